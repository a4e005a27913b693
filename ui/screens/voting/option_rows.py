"""In the console's new-vote form: the vote's texts in French, Dutch and English (the vote's
own language first, the others optional) and its options or projects as rows — a name, a cost
for a budget, a description, a picture — to add, move and remove with a finger. A project's
picture is tapped among the thumbnails of the console's `projects.PicturePicker`, shown small in
its row, and made small by the service with the vote (as the draft's `projects.ProjectsEditor`
does after)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.voting.texts import MAX_DESCRIPTION, MAX_LABEL, MAX_QUESTION, MAX_TITLE
from app.voting.types import OptionRow
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.page import count_label, label, tabular_figures

LANGUAGES = ("fr", "nl", "en")
# Each language by its own name, as the kiosk's language buttons say it.
ENDONYMS = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def language_in_text(language: str) -> str:
    """`language`'s name inside a sentence of the reader's language ("en français",
    "in het Nederlands"): the endonyms above are for buttons."""
    names = {
        "fr": QCoreApplication.translate("OptionRows", "French"),
        "nl": QCoreApplication.translate("OptionRows", "Dutch"),
        "en": QCoreApplication.translate("OptionRows", "English"),
    }
    return names[language]


# Rows a new form starts with (two options are the least a choice needs).
FIRST_ROWS = 2
MAX_ROWS = 30
# A project's picture in its row: small, the shape of the booth's.
ROW_PICTURE = QSize(80, 60)


def _field(length: int) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(length)
    field.setMinimumHeight(60)
    return field


class OptionRowEditor(QFrame):
    """One option: its number, its name and description in each language (one language shown
    at a time), its cost for a budget, and buttons to move it up or down or remove it."""

    sig_move = Signal(int)
    """The row asks to move by -1 (up) or +1 (down)."""
    sig_remove = Signal()
    sig_choose_picture = Signal()
    """The row asks for a picture (a budget's project)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        # The rows' numbers one under the other, right-aligned ("9." over "10.").
        self.number = count_label("heading")
        self.number.setMinimumWidth(40)
        self.names = {language: _field(MAX_LABEL) for language in LANGUAGES}
        self.descriptions = {language: _field(MAX_DESCRIPTION) for language in LANGUAGES}
        self.cost = _field(16)
        self.cost.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.cost.setMaximumWidth(200)
        # The projects' costs one under the other: right-aligned, in figures of one width.
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tabular_figures(self.cost)
        self.up = TouchButton(icon_name="chevron-up")
        self.down = TouchButton(icon_name="chevron-down")
        self.remove = TouchButton(kind="quiet", icon_name="x")
        self.picture_file: Path | None = None
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(ROW_PICTURE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_picture = TouchButton(icon_name="image")
        self.choose_picture.clicked.connect(self.sig_choose_picture)
        self.remove_picture = TouchButton(kind="destructive", icon_name="trash-2")
        self.remove_picture.setMinimumSize(60, 60)
        self.remove_picture.clicked.connect(lambda: self.set_picture(None, QImage()))
        self.costs = False
        self.up.clicked.connect(lambda: self.sig_move.emit(-1))
        self.down.clicked.connect(lambda: self.sig_move.emit(1))
        self.remove.clicked.connect(self.sig_remove)
        # Name and cost on one line, the description under them, the buttons last: the
        # fields keep the row's width, whatever the column's.
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        for language in LANGUAGES:
            top.addWidget(self.names[language], 1)
        top.addWidget(self.cost)
        description = QHBoxLayout()
        description.setContentsMargins(52, 0, 0, 0)
        for language in LANGUAGES:
            description.addWidget(self.descriptions[language], 1)
        # A project's picture on a line of its own: beside the buttons it widened the form.
        picture = QHBoxLayout()
        picture.setSpacing(8)
        picture.setContentsMargins(52, 0, 0, 0)
        picture.addWidget(self.thumbnail)
        picture.addWidget(self.choose_picture)
        picture.addWidget(self.remove_picture)
        picture.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        for button in (self.up, self.down, self.remove):
            button.setMinimumSize(60, 60)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(description)
        layout.addLayout(picture)
        layout.addLayout(buttons)

    def show_language(self, language: str, *, own: str, costs: bool) -> None:
        for key in LANGUAGES:
            self.names[key].setVisible(key == language)
            self.descriptions[key].setVisible(key == language)
        self.cost.setVisible(costs)
        self.costs = costs
        self._show_picture()
        name = language_in_text(language)
        self.names[language].setPlaceholderText(
            QCoreApplication.translate("OptionRows", "Name ({language})").format(language=name)
            if language == own
            else QCoreApplication.translate("OptionRows", "Name ({language}, optional)").format(
                language=name
            )
        )
        self.descriptions[language].setPlaceholderText(
            QCoreApplication.translate("OptionRows", "Description ({language}, optional)").format(
                language=name
            )
        )
        self.cost.setPlaceholderText(QCoreApplication.translate("OptionRows", "Cost in euros"))
        self.up.setToolTip(QCoreApplication.translate("OptionRows", "Move up"))
        self.up.setAccessibleName(QCoreApplication.translate("OptionRows", "Move up"))
        self.down.setAccessibleName(QCoreApplication.translate("OptionRows", "Move down"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("OptionRows", "Remove this option")
        )

    def set_picture(self, path: Path | None, preview: QImage) -> None:
        """The project's picture (`preview`: as the picker decoded it), or none."""
        self.picture_file = path
        pixmap = QPixmap()
        if path is not None and not preview.isNull():
            pixmap = QPixmap.fromImage(
                preview.scaled(
                    ROW_PICTURE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.thumbnail.setPixmap(pixmap)
        self._show_picture()

    def _show_picture(self) -> None:
        # A picture is a budget's project's; the strings are the projects editor's. The
        # remove button is its icon alone, as the row's others: the line keeps to a portrait
        # column in Dutch with large text.
        chosen = self.picture_file is not None
        self.choose_picture.setVisible(self.costs)
        for widget in (self.thumbnail, self.remove_picture):
            widget.setVisible(self.costs and chosen)
        self.choose_picture.setText(
            QCoreApplication.translate("ProjectsEditor", "Choose a picture")
        )
        remove = QCoreApplication.translate("ProjectsEditor", "Remove the picture")
        self.remove_picture.setAccessibleName(remove)
        self.remove_picture.setToolTip(remove)

    def set_number(self, number: int, *, first: bool, last: bool) -> None:
        self.number.setText(f"{number}.")
        self.up.setEnabled(not first)
        self.down.setEnabled(not last)

    def row(self) -> OptionRow:
        return OptionRow(
            names={key: field.text() for key, field in self.names.items()},
            cost=self.cost.text(),
            descriptions={key: field.text() for key, field in self.descriptions.items()},
            picture=self.picture_file if self.costs else None,
        )


class VoteTextsEditor(QWidget):
    """The new vote's language, its title and question per language and its option rows."""

    sig_choose_picture = Signal(object)
    """A project's row asks for a picture (the `OptionRowEditor`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_label = label("lead")
        self.language = ChoiceButtons(list(LANGUAGES), exclusive=True, columns=3)
        self.language.set_texts(dict(ENDONYMS))
        self.language.set_selected(["fr"])
        self.tabs_label = label("lead")
        self.tabs = ChoiceButtons(list(LANGUAGES), exclusive=True, columns=3)
        self.tabs.set_selected(["fr"])
        self.hint = label("muted")
        self.hint.setWordWrap(True)
        self.titles = {language: _field(MAX_TITLE) for language in LANGUAGES}
        self.questions = {language: _field(MAX_QUESTION) for language in LANGUAGES}
        self.rows: list[OptionRowEditor] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.add_button = TouchButton(icon_name="plus")
        self.add_button.clicked.connect(self.add_row)
        self.options_part = QWidget()
        options = QVBoxLayout(self.options_part)
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(8)
        options.addLayout(self.rows_box)
        options.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addWidget(self.tabs_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.hint)
        for language in LANGUAGES:
            layout.addWidget(self.titles[language])
            layout.addWidget(self.questions[language])
        layout.addWidget(self.options_part)
        self.costs = False
        self.language.sig_changed.connect(self._language_changed)
        self.tabs.sig_changed.connect(self._show)
        self.clear()

    # -- What the facilitator typed ----------------------------------------------------------

    def own_language(self) -> str:
        return self.language.choice() or "fr"

    def shown_language(self) -> str:
        return self.tabs.choice() or self.own_language()

    def title(self) -> str:
        return self.titles[self.own_language()].text()

    def question(self) -> str:
        return self.questions[self.own_language()].text()

    def translations(self) -> dict[str, dict[str, str]]:
        own = self.own_language()
        return {
            language: {
                "title": self.titles[language].text(),
                "question": self.questions[language].text(),
            }
            for language in LANGUAGES
            if language != own
        }

    def option_rows(self) -> tuple[OptionRow, ...]:
        return tuple(row.row() for row in self.rows)

    # -- Changing it ---------------------------------------------------------------------------

    def set_kind(self, *, options: bool, costs: bool) -> None:
        """Rows for a template that has options; a cost on each for a budget."""
        self.options_part.setVisible(options)
        self.costs = costs
        self._show()

    def set_own_language(self, language: str) -> None:
        self.language.set_selected([language])
        self._language_changed()

    def clear(self) -> None:
        for field in [*self.titles.values(), *self.questions.values()]:
            field.clear()
        for row in list(self.rows):
            self._drop(row)
        for _ in range(FIRST_ROWS):
            self.add_row()
        self.tabs.set_selected([self.own_language()])
        self._show()

    def add_row(self) -> OptionRowEditor | None:
        if len(self.rows) >= MAX_ROWS:
            return None
        row = OptionRowEditor()
        row.sig_move.connect(lambda step, row=row: self.move_row(row, step))
        row.sig_remove.connect(lambda row=row: self.remove_row(row))
        row.sig_choose_picture.connect(lambda row=row: self.sig_choose_picture.emit(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._show()
        return row

    def move_row(self, row: OptionRowEditor, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
        self.rows_box.removeWidget(row)
        self.rows_box.insertWidget(target, row)
        self._show()

    def remove_row(self, row: OptionRowEditor) -> None:
        self._drop(row)
        self._show()

    def _drop(self, row: OptionRowEditor) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()  # gone from sight now, not when Qt deletes it
        row.deleteLater()

    def _language_changed(self) -> None:
        # The vote's own texts are the ones to write first.
        self.tabs.set_selected([self.own_language()])
        self._show()

    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        own, shown = self.own_language(), self.shown_language()
        self.language_label.setText(
            QCoreApplication.translate("OptionRows", "Language of the vote")
        )
        self.tabs_label.setText(QCoreApplication.translate("OptionRows", "Texts in"))
        self.tabs.set_texts(
            {
                key: (
                    QCoreApplication.translate("OptionRows", "{language}, translated").format(
                        language=ENDONYMS[key]
                    )
                    if self._has_texts(key) and key != own
                    else ENDONYMS[key]
                )
                for key in LANGUAGES
            }
        )
        self.hint.setText(
            QCoreApplication.translate(
                "OptionRows",
                "The texts in {language} are the vote's own and count; the other languages "
                "are optional translations, shown to those who read them.",
            ).format(language=language_in_text(own))
        )
        name = language_in_text(shown)
        optional = shown != own
        for key in LANGUAGES:
            self.titles[key].setVisible(key == shown)
            self.questions[key].setVisible(key == shown)
        self.titles[shown].setPlaceholderText(
            QCoreApplication.translate("OptionRows", "Title ({language}, optional)").format(
                language=name
            )
            if optional
            else QCoreApplication.translate("OptionRows", "Title of the vote ({language})").format(
                language=name
            )
        )
        self.questions[shown].setPlaceholderText(
            QCoreApplication.translate("OptionRows", "Question ({language}, optional)").format(
                language=name
            )
        )
        self.add_button.setText(
            QCoreApplication.translate("OptionRows", "Add a project")
            if self.costs
            else QCoreApplication.translate("OptionRows", "Add an option")
        )
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        for index, row in enumerate(self.rows):
            row.show_language(shown, own=own, costs=self.costs)
            row.set_number(index + 1, first=index == 0, last=index == len(self.rows) - 1)

    def _has_texts(self, language: str) -> bool:
        fields = [self.titles[language], self.questions[language]]
        for row in self.rows:
            fields += [row.names[language], row.descriptions[language]]
        return any(field.text().strip() for field in fields)
