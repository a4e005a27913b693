"""Find a person by name: a big field (the on-screen keyboard types into it) and a list.

Lists show first name and initial only (docs/architecture.md, "Personal data"). On a public
screen (the default) nobody is listed until the query is specific enough, never more than a
handful, never someone found by their badge only (`app.people.service.find_people_publicly`),
and the hint says in words why nobody is listed yet; facilitator screens pass `public=False`.
Searching runs through the task runner; while one search runs, only the latest text typed
meanwhile is searched next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.buttons import TouchButton

if TYPE_CHECKING:
    from app.context import AppContext
    from app.people.service import PersonSummary, PublicSearch
    from ui.tasks import TaskRunner

PAGE = 30


def short_name(first_name: str, last_name: str) -> str:
    """ "Camille D." — how lists name a person."""
    initial = last_name.strip()[:1].upper()
    return f"{first_name.strip()} {initial}." if initial else first_name.strip()


class PersonSearch(QWidget):
    sig_person_chosen = Signal(object)
    """A person was tapped in the list (`PersonSummary`)."""

    def __init__(
        self, tasks: TaskRunner, parent: QWidget | None = None, *, public: bool = True
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.public = public
        # What the last public search came to (`PublicFind`'s value), "" before any.
        self.outcome = ""
        self.people: list[PersonSummary] = []
        self.searching = False
        self._next: str | None = None
        self.field = QLineEdit()
        self.field.setObjectName("SearchField")
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.field.textChanged.connect(self.search)
        # Qt's own clear button is a 16 px cross: this one is for a finger.
        self.erase = TouchButton(icon_name="x")
        self.erase.clicked.connect(self._erase)
        self.erase.hide()
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A narrow column (large text, 1366 wide) wraps a long name rather than scrolling sideways.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemClicked.connect(self._clicked)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        field_row = QHBoxLayout()
        field_row.setSpacing(16)
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.erase)
        layout.addLayout(field_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Type a first or last name"))
        self.field.setAccessibleName(self.tr("Find a person"))
        self.erase.setText(self.tr("Clear"))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._next = None
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.erase.hide()
        self.people = []
        self.outcome = ""
        self.results.clear()
        self._show_hint()

    def _erase(self) -> None:
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, text: str | None = None) -> None:
        query = self.field.text() if text is None else text
        self.erase.setVisible(bool(query))
        if not query.strip():
            self._next = None
            self.people = []
            self.outcome = ""
            self.results.clear()
            self._show_hint()
            return
        if self.searching:
            self._next = query
            return
        self.searching = True

        public = self.public

        def find(ctx: AppContext) -> list[PersonSummary] | PublicSearch:
            from app.people.service import find_people, find_people_publicly

            if public:
                return find_people_publicly(ctx, query)
            return find_people(ctx, query, limit=PAGE)

        self._tasks.run(find, on_success=self._found, on_failure=self._failed, parent=self)

    def _found(self, found: list[PersonSummary] | PublicSearch) -> None:
        self.searching = False
        if self._next is not None:
            query, self._next = self._next, None
            self.search(query)
            return
        if not self.field.text().strip():
            return
        if isinstance(found, list):
            self.people = found
        else:
            self.outcome = found.outcome.value
            self.people = list(found.people)
        self.results.clear()
        for person in self.people:
            item = QListWidgetItem(short_name(person.first_name, person.last_name))
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        self._show_hint()

    def _failed(self, _error: Exception) -> None:
        self.searching = False

    def _show_hint(self) -> None:
        typed = bool(self.field.text().strip())
        if self.public and (not typed or self.outcome == "too-vague"):
            # Names show only once the query is precise: a passer-by sees nobody's name.
            self.hint.setText(
                self.tr("Type your first name and the first letter of your last name.")
            )
        elif not typed:
            self.hint.setText(self.tr("Start typing: the list fills in as you type."))
        elif self.public and self.outcome == "too-many":
            self.hint.setText(
                self.tr("Several people have this name: type more letters of your last name.")
            )
        elif not self.people and not self.searching and self.public:
            self.hint.setText(
                self.tr("Nobody found with this name. Found by your badge only? Scan your badge.")
            )
        elif not self.people and not self.searching:
            self.hint.setText(self.tr("Nobody found with this name."))
        else:
            self.hint.setText(self.tr("%n person(s) found", "", len(self.people)))

    def first_result(self, within: QWidget) -> QRect | None:
        """Where the first person found shows, in the coordinates of `within` (one of this
        widget's ancestors); None while nobody is listed."""
        if self.results.count() == 0:
            return None
        rect = self.results.visualItemRect(self.results.item(0))
        return QRect(self.results.viewport().mapTo(within, rect.topLeft()), rect.size())

    def _clicked(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        if person is not None:
            self.sig_person_chosen.emit(person)
