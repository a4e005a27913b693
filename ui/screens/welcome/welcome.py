"""The welcome desk's first screen: scan a badge to check in (or out), find my name, register.

    welcome ──badge──────────► checkin ─► (questions) ─► (involvement) ─► welcome-done
       ├─ find my name ─► checkin-search ─┘
       ├─ first visit ─► register ─► consent ─► involvement ─► welcome-done (badge printed)
       └─ leaving ─► scan the badge: checked out

After a visit's first check-in, the features may ask a question first
(`Screen.check_in_question_for`: the skills board's posts to keep fresh). Each step is its own
screen (the screenshot command shows each); what one step hands the next travels as a typed
record of `ui.screen_args` (`shell.go(name, args)`), and every screen forgets it in `reset()`
(idle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout

from ui.navigation import Screen, register_screen
from ui.screen_args import CheckinArgs, ScreenArgs
from ui.screens.welcome import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.illustration import Illustration
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.onboarding.types import CheckOut


@register_screen
class WelcomeScreen(Screen):
    name = "welcome"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.leaving = False
        self.busy = False
        self.heading = label()
        self.scan_hint = label("lead")
        self.reader_hint = label("muted")
        self.find_name = TouchButton(big=True, icon_name="users")
        self.find_name.clicked.connect(lambda: self.shell.go("checkin-search"))
        self.register = TouchButton(kind="primary", big=True, icon_name="pointer")
        self.register.clicked.connect(lambda: self.shell.go("register"))
        self.leave = TouchButton(big=True, icon_name="log-out", checkable=True)
        self.leave.clicked.connect(self._toggle_leaving)
        self.message = label("lead")
        self.message.hide()
        self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._buttons.setSpacing(24)
        for button in (self.register, self.find_name, self.leave):
            self._buttons.addWidget(button)
        card = QFrame()
        card.setProperty("role", "card")
        # Where to hold the badge, drawn (issue #19): the reader under the screen.
        self.reader_picture = Illustration("badge-reader", width=240)
        texts = QVBoxLayout()
        texts.setSpacing(16)
        texts.addWidget(self.scan_hint)
        texts.addWidget(self.reader_hint)
        texts.addWidget(self.message)
        texts.addStretch(1)
        inner = QHBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(40)
        inner.addWidget(self.reader_picture)
        inner.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(32)
        layout.addWidget(self.heading)
        layout.addWidget(card)
        layout.addLayout(self._buttons)
        layout.addStretch(1)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to the antenne!"))
        self.scan_hint.setText(
            self.tr("Leaving? Scan your badge to check out.")
            if self.leaving
            else self.tr("Have a badge? Scan it now to check in.")
        )
        self.reader_hint.setText(self.tr("Hold it flat against the reader under the screen."))
        self.reader_picture.setAccessibleName(
            self.tr("A badge held against the reader under the screen")
        )
        self.find_name.setText(self.tr("I am a member: find my name"))
        self.register.setText(self.tr("First visit? Register"))
        self.leave.setText(self.tr("I am leaving"))

    def reset(self) -> None:
        self.leaving = False
        self.busy = False
        self.leave.setChecked(False)
        self.message.clear()
        self.message.hide()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.message.hide()

    def arrange(self, space: QSize) -> None:
        # The three ways in side by side when their whole labels fit, else one under the other.
        self.side_by_side_if_room(self._buttons, self.room(space))

    def _toggle_leaving(self) -> None:
        self.leaving = self.leave.isChecked()
        self.message.hide()
        self.retranslate()

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if not self.isVisible() or self.busy:
            return
        if not self.leaving:
            self.shell.go("checkin", CheckinArgs(holder.person_id, holder.first_name))
            return
        self.busy = True
        ops.check_out(self, holder.person_id, success=self._checked_out, failure=self._failed)

    def _checked_out(self, result: CheckOut) -> None:
        self.busy = False
        self.leaving = False
        self.leave.setChecked(False)
        self.retranslate()
        if result.closed:
            text = self.tr("Goodbye {name}, see you soon!").format(name=result.first_name)
        else:
            text = self.tr("{name}, you had not checked in today. See you soon!").format(
                name=result.first_name
            )
        self.message.setText(text)
        self.message.show()
        self.shell.visitor_id = None

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.shell.toast(failure_text(error))
