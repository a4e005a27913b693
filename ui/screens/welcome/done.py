"""The end of checking in: the badge is printed (or its QR code shown large when printing
fails)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout

from app.badges.types import Printed
from app.changes import NOTHING
from ui.i18n import translate_message
from ui.navigation import Screen, register_screen
from ui.screen_args import PersonArgs, ScreenArgs, WelcomedArgs
from ui.screens.welcome import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    import uuid

# How long a badge's code stays on the public screen: long enough to photograph it, not long
# enough for the next person to find it there.
QR_SHOWN_MS = 60_000


@register_screen
class WelcomeDoneScreen(Screen):
    """The end of checking in: the badge is printed (or shown large when printing fails)."""

    name = "welcome-done"
    args_type = WelcomedArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.printing = False
        self.first_name = ""
        self.printed: Printed | None = None
        self.heading = label()
        self.status = label("lead")
        self.qr = QrView()
        # Large enough to photograph from arm's length.
        self.qr.setFixedSize(440, 440)
        self.qr.hide()
        self.qr_hint = label("muted")
        self.qr_hint.hide()
        self.qr_timer = QTimer(self)
        self.qr_timer.setSingleShot(True)
        self.qr_timer.setInterval(QR_SHOWN_MS)
        self.qr_timer.timeout.connect(self._hide_qr)
        self.qr_hidden = False
        self.journey = TouchButton(big=True, icon_name="history")
        self.journey.clicked.connect(self._journey)
        self.home = TouchButton(kind="primary", big=True, icon_name="house")
        self.home.clicked.connect(self.shell.go_home)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.journey)
        buttons.addStretch(1)
        buttons.addWidget(self.home)
        texts = QVBoxLayout()
        texts.setSpacing(24)
        texts.addWidget(self.heading)
        texts.addWidget(self.status)
        texts.addWidget(self.qr_hint)
        texts.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(48)
        self._body.addLayout(texts, 1)
        self._body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addLayout(self._body, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        printed = self.printed
        name = self.first_name
        self.heading.setText(
            self.tr("You are checked in, {name}. Welcome!").format(name=name)
            if name
            else self.tr("You are checked in. Welcome!")
        )
        if self.printing:
            self.status.setText(self.tr("Your badge is being printed…"))
        elif printed is None:
            self.status.clear()
        elif printed.outcome.printed:
            self.status.setText(self.tr("Take your badge from the printer."))
        elif printed.outcome.message is not None:
            self.status.setText(translate_message(printed.outcome.message))
        self.qr_hint.setText(
            self.tr("The code is hidden now, so that nobody else can use it.")
            if self.qr_hidden
            else self.tr("Photograph this code: it works like your badge today.")
        )
        self.journey.setText(self.tr("My journey"))
        self.home.setText(self.tr("Done"))

    def reset(self) -> None:
        self.person_id = None
        self.printing = False
        self.first_name = ""
        self.printed = None
        self.qr.set_data("")
        self.qr.hide()
        self.qr_hint.hide()
        self.qr_timer.stop()
        self.qr_hidden = False
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if not isinstance(args, WelcomedArgs):
            return
        self.reset()
        self.person_id = args.person_id
        if args.print_badge:
            self.print_badge()
        else:
            self._name_only()

    def prepare_screenshot(self) -> None:
        from app.printing.service import PrintProblem, badge_message, printer_message
        from app.printing.types import PrintOutcome

        self._printed(
            Printed(
                outcome=PrintOutcome(
                    printed=False,
                    message=badge_message(),
                    staff_message=printer_message(PrintProblem.PAUSED, printer="accueil"),
                ),
                token="ANT1-" + "0" * 26,
                first_name="Noor",
                count=1,
                changes=NOTHING,
            )
        )

    def _name_only(self) -> None:
        assert self.person_id is not None
        ops.first_name(self, self.person_id, success=self._named)

    def _named(self, first_name: str) -> None:
        self.first_name = first_name
        self.retranslate()

    def print_badge(self) -> None:
        """Issue, render and print the person's badge (one service call)."""
        person_id = self.person_id
        if person_id is None or self.printing:
            return
        self.printing = True
        self.retranslate()
        ops.print_badge(self, person_id, success=self._printed, failure=self._failed)

    def _printed(self, printed: Printed) -> None:
        self.printing = False
        self.first_name = printed.first_name
        self.printed = printed
        self._show_printed()

    def _show_printed(self) -> None:
        printed = self.printed
        failed = printed is not None and bool(printed.token)
        self.qr.set_data(printed.token if printed is not None and failed else "")
        self.qr.setVisible(failed)
        self.qr_hint.setVisible(failed)
        self.qr_hidden = False
        if failed:
            self.qr_timer.start()
        self.retranslate()

    def _hide_qr(self) -> None:
        """The badge's code leaves the public screen; the hint says why."""
        self.qr.set_data("")
        self.qr.hide()
        self.qr_hidden = True
        self.retranslate()

    def _failed(self, error: Exception) -> None:
        self.printing = False
        self.retranslate()
        self.status.setText(failure_text(error))

    def _journey(self) -> None:
        if self.person_id is not None:
            self.shell.go("journey", PersonArgs(self.person_id))
