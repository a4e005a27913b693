"""A question over the screen before something that cannot be undone: two big buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.scrolling import visible_rect


class ConfirmOverlay(QFrame):
    """Covers what can be seen of its parent (a screen taller than the window scrolls);
    `ask()` shows a question, the callback runs only on "yes"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # Same look as the idle warning: a dimmed screen, one card.
        self.setObjectName("IdleOverlay")
        card = QFrame()
        card.setObjectName("IdleCard")
        card.setMaximumWidth(1000)
        self.question = QLabel()
        self.question.setProperty("role", "heading")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setProperty("role", "lead")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no = TouchButton(big=True, icon_name="x")
        self.yes = TouchButton(kind="primary", big=True, icon_name="check")
        self.no.clicked.connect(self.cancel)
        self.yes.clicked.connect(self._confirmed)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.no, 1)
        buttons.addWidget(self.yes, 1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 48, 48, 48)
        inner.setSpacing(32)
        inner.addWidget(self.question)
        inner.addWidget(self.detail)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._then: Callable[[], None] | None = None
        parent.installEventFilter(self)
        self.hide()

    def ask(
        self,
        question: str,
        *,
        detail: str = "",
        yes: str,
        no: str,
        then: Callable[[], None],
        danger: bool = False,
    ) -> None:
        self.question.setText(question)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.yes.setText(yes)
        self.no.setText(no)
        restyle(self.yes, "kind", "destructive" if danger else "primary")
        self.yes.set_icon_name("triangle-alert" if danger else "check")
        self._then = then
        self._cover()
        self.show()
        self.raise_()

    @property
    def asking(self) -> bool:
        return self.isVisible() and self._then is not None

    def cancel(self) -> None:
        self._then = None
        self.hide()

    def _confirmed(self) -> None:
        then, self._then = self._then, None
        self.hide()
        if then is not None:
            then()

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(visible_rect(parent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scrolled screen moves inside its scroll area: the question stays in view.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._cover()
        return False
