"""Checking in: find my name (no badge with me), then say why I came."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from app.onboarding.types import PURPOSES
from ui.navigation import Screen, ask_after_check_in, register_screen
from ui.purposes import purpose_texts
from ui.screen_args import CheckinArgs, InvolvementArgs, ScreenArgs, WelcomedArgs
from ui.screens.welcome import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.person_search import PersonSearch, short_name

if TYPE_CHECKING:
    import uuid

    from app.onboarding.types import CheckIn
    from app.people.service import PersonSummary


@register_screen
class CheckinSearchScreen(Screen):
    name = "checkin-search"
    scrolls = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.heading = label("heading")
        self.search = PersonSearch(shell.tasks)
        self.search.sig_person_chosen.connect(self._chosen)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.search, 1)
        self.retranslate()

    def keyboard_result(self) -> QRect | None:
        return self.search.first_result(self)

    def title(self) -> str:
        return self.tr("Find my name")

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Type your first name and the start of your last name, then tap your name.")
        )

    def reset(self) -> None:
        self.search.clear()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.search.field.setFocus()

    def prepare_screenshot(self) -> None:
        self.search.field.setText("marie d")

    def _chosen(self, person: PersonSummary) -> None:
        self.shell.go(
            "checkin",
            CheckinArgs(
                person.id,
                person.first_name,
                initial=short_name(person.first_name, person.last_name),
                confirm=True,
            ),
        )
        self.search.clear()


@register_screen
class CheckinScreen(Screen):
    """Who (a person found by name confirms it is them) and why they came, then check in."""

    name = "checkin"
    args_type = CheckinArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.first_name = ""
        self.shown_name = ""
        self.confirm = False
        self.busy = False
        self.heading = label()
        self.question = label("lead")
        self.purposes = ChoiceButtons(PURPOSES, exclusive=True, columns=3)
        self.purposes.sig_changed.connect(self._update)
        self.error = label("error")
        self.error.hide()
        self.not_me = TouchButton(big=True, icon_name="arrow-left")
        self.not_me.clicked.connect(lambda: self.shell.go("checkin-search"))
        self.go_in = TouchButton(kind="primary", big=True, icon_name="check")
        self.go_in.clicked.connect(self.check_in)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.not_me)
        buttons.addStretch(1)
        buttons.addWidget(self.go_in)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.purposes)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check in")

    def retranslate(self) -> None:
        if self.confirm:
            self.heading.setText(self.tr("Are you {name}?").format(name=self.shown_name))
        else:
            self.heading.setText(self.tr("Hello {name}!").format(name=self.first_name))
        self.question.setText(self.tr("What brings you here today?"))
        self.purposes.set_texts(purpose_texts())
        self.not_me.setText(self.tr("This is not me"))
        self.go_in.setText(
            self.tr("Yes, it is me: check in") if self.confirm else self.tr("Check in")
        )
        self.not_me.setVisible(self.confirm)

    def reset(self) -> None:
        self.person_id = None
        self.first_name = self.shown_name = ""
        self.confirm = False
        self.busy = False
        self.purposes.clear()
        self.error.hide()
        self.retranslate()
        self._update()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, CheckinArgs):
            self.reset()
            self.person_id = args.person_id
            self.first_name = args.first_name
            self.shown_name = args.initial or args.first_name
            self.confirm = args.confirm
            self.retranslate()
        self._update()

    def prepare_screenshot(self) -> None:
        self.first_name = "Camille"
        self.shown_name = "Camille D."
        self.confirm = True
        self.purposes.set_selected(["coworking"])
        self.retranslate()

    def _update(self) -> None:
        self.go_in.setEnabled(bool(self.purposes.choice()) and not self.busy)

    def check_in(self) -> None:
        person_id, purpose = self.person_id, self.purposes.choice()
        if person_id is None or not purpose or self.busy:
            return
        self.busy = True
        self._update()
        # Found by name: they have no badge with them, a new one is printed.
        print_badge = self.confirm

        def done(result: CheckIn) -> None:
            self.busy = False
            self.shell.visitor_id = result.person_id
            after = WelcomedArgs(result.person_id, print_badge=print_badge)
            then: tuple[str, ScreenArgs | None] = (
                ("involvement", InvolvementArgs(after.person_id, "welcome-done", after))
                if result.involvement_due
                else ("welcome-done", after)
            )
            if result.already_here:
                # Asked at the visit's first check-in: one prompt per visit.
                self.shell.go(*then)
            else:
                ask_after_check_in(self, result.person_id, then)

        ops.check_in(self, person_id, purpose, success=done, failure=self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
        self._update()
