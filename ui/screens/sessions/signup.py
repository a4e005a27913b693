"""Signing up, the waiting list and checking in, at the kiosk.

`session-signup`: a badge scan signs the person up (a visitor without a badge finds their name,
the welcome desk's search); a seat while there is room, else the next place on the waiting
list (`session-waitlisted`: their place in line, what happens next, the hold window in words).
`session-checkin`: a badge scanned on the session's screen checks the person in — the day's
visit too, recorded once (docs/architecture.md, "Sessions")."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from app.sessions.types import Place
from ui.navigation import Screen, register_screen
from ui.screen_args import ScreenArgs, SessionArgs
from ui.screens.sessions import ops
from ui.screens.sessions.widgets import hold_text, place_text, when_text
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.person_search import PersonSearch

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.people.service import PersonSummary
    from app.sessions.types import SessionCheckIn, SessionDetail, SignupView


class SessionStep(Screen):
    """A screen about one session and one person: the session's title and time on top, what
    happened below, and the way back to the session."""

    args_type = SessionArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.tz = ZoneInfo(shell.config.timezone)
        self.session_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.detail: SessionDetail | None = None
        self.busy = False
        self.heading = label("title")
        self.when = label("lead")
        self.outcome = label("heading")
        self.outcome.hide()
        self.error = label("error")
        self.error.hide()
        self.back_to_session = TouchButton(kind="secondary", big=True, icon_name="arrow-left")
        self.back_to_session.clicked.connect(self._back)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(16)
        self.action_row.addWidget(self.back_to_session)
        self.action_row.addStretch(1)
        self.body = QVBoxLayout(self)
        set_page_margins(self.body)
        self.body.setSpacing(20)
        for widget in (self.heading, self.when, self.outcome, self.error):
            self.body.addWidget(widget)

    def finish_layout(self) -> None:
        self.body.addLayout(self.action_row)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.back_to_session.setText(self.tr("Back to the session"))
        self._show_session()

    def reset(self) -> None:
        self.session_id = self.person_id = None
        self.detail = None
        self.busy = False
        self.outcome.hide()
        self.error.hide()
        self._show_session()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, SessionArgs):
            self.reset()
            self.session_id = args.session_id
            self.person_id = args.person_id
        self.load()

    def prepare_screenshot(self) -> None:
        def picked(session_id: uuid.UUID | None) -> None:
            if session_id is not None:
                self.session_id = session_id
                self.load()

        ops.demo_session(self, success=picked)

    def load(self) -> None:
        if self.session_id is not None:
            ops.detail(
                self, self.session_id, self.person_id, success=self.loaded, failure=self.refused
            )

    def loaded(self, detail: SessionDetail) -> None:
        if detail.card.id == self.session_id:
            self.detail = detail
            self._show_session()

    def _show_session(self) -> None:
        detail = self.detail
        self.heading.setText(detail.card.title if detail is not None else self.title())
        self.when.setText(when_text(detail.card, self.tz) if detail is not None else "")

    def _back(self) -> None:
        if self.session_id is not None:
            self.shell.go("session-detail", SessionArgs(self.session_id, self.person_id))

    def refused(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy and self.session_id is not None:
            self.act(holder.person_id)

    def act(self, person_id: uuid.UUID) -> None:
        """What a scan (or a name found) does here."""
        raise NotImplementedError


@register_screen
class SessionSignupScreen(SessionStep):
    name = "session-signup"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.scan_hint = label("heading")
        self.search_hint = label("lead")
        self.search = PersonSearch(shell.tasks)
        self.search.setMinimumHeight(320)
        self.search.sig_person_chosen.connect(self._chosen)
        self.body.addWidget(self.scan_hint)
        self.body.addWidget(self.search_hint)
        self.body.addWidget(self.search)
        self.finish_layout()
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def keyboard_result(self) -> QRect | None:
        return self.search.first_result(self)

    def title(self) -> str:
        return self.tr("Sign up")

    def retranslate(self) -> None:
        super().retranslate()
        self.scan_hint.setText(self.tr("Scan your badge to sign up."))
        self.search_hint.setText(self.tr("No badge? Type your name and tap it."))

    def on_enter(self, args: ScreenArgs | None) -> None:
        super().on_enter(args)
        self.search.clear()
        self._asking(True)
        # Who scanned their badge on the session's screen is signed up at once.
        if self.person_id is not None:
            self.act(self.person_id)

    def _asking(self, asking: bool) -> None:
        for widget in (self.scan_hint, self.search_hint, self.search):
            widget.setVisible(asking)

    def _chosen(self, person: PersonSummary) -> None:
        if not self.busy and self.session_id is not None:
            self.act(person.id)

    def act(self, person_id: uuid.UUID) -> None:
        if self.session_id is None:
            return
        self.busy = True
        self.person_id = person_id
        self.error.hide()
        ops.sign_up(self, self.session_id, person_id, success=self.signed_up, failure=self.refused)

    def signed_up(self, view: SignupView) -> None:
        self.busy = False
        if view.session_id != self.session_id:
            return
        if view.place is Place.waitlisted:
            self.shell.go("session-waitlisted", SessionArgs(view.session_id, view.person_id))
            return
        self._asking(False)
        self.outcome.setText(place_text(view, self.tz))
        self.outcome.show()


@register_screen
class SessionWaitlistedScreen(SessionStep):
    name = "session-waitlisted"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.next_title = label("heading")
        self.next = label("lead")
        self.hold = label("lead")
        self.body.addWidget(self.next_title)
        self.body.addWidget(self.next)
        self.body.addWidget(self.hold)
        self.finish_layout()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Waiting list")

    def retranslate(self) -> None:
        super().retranslate()
        self.next_title.setText(self.tr("What happens next"))
        self.next.setText(
            self.tr(
                "When someone can't come, their seat goes to the first person waiting, at once. "
                "You will see it at your next badge scan, on any kiosk."
            )
        )
        hours = self.shell.config.session_hold_hours
        self.hold.setText(
            self.tr(
                "A seat freed more than {hours} hours before the start waits for you until "
                "{hours} hours before the start: scan your badge and say you come, or it goes "
                "to the next person. A seat freed later is simply yours."
            ).format(hours=hours)
        )
        self._show_place()

    def prepare_screenshot(self) -> None:
        super().prepare_screenshot()
        self.outcome.setText(self.tr("Camille, you are number 3 on the waiting list."))
        self.outcome.show()

    def loaded(self, detail: SessionDetail) -> None:
        super().loaded(detail)
        self._show_place()

    def _show_place(self) -> None:
        yours = self.detail.yours if self.detail is not None else None
        if yours is None:
            return
        text = place_text(yours, self.tz)
        if yours.place is Place.offered and yours.hold_until is not None:
            text = self.tr("A seat is yours if you say you come {deadline}.").format(
                deadline=hold_text(yours.hold_until, self.tz)
            )
        self.outcome.setText(text)
        self.outcome.show()

    def act(self, person_id: uuid.UUID) -> None:
        """Nothing is scanned here (the session's screen says what to do)."""


@register_screen
class SessionCheckinScreen(SessionStep):
    name = "session-checkin"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.scan_hint = label("heading")
        self.body.addWidget(self.scan_hint)
        self.finish_layout()
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check in")

    def retranslate(self) -> None:
        super().retranslate()
        self.scan_hint.setText(self.tr("Scan your badge to check in."))

    def on_enter(self, args: ScreenArgs | None) -> None:
        super().on_enter(args)
        if self.person_id is not None:
            self.act(self.person_id)

    def act(self, person_id: uuid.UUID) -> None:
        if self.session_id is None:
            return
        self.busy = True
        self.person_id = person_id
        self.error.hide()
        ops.check_in(
            self, self.session_id, person_id, success=self.checked_in, failure=self.refused
        )

    def checked_in(self, done: SessionCheckIn) -> None:
        self.busy = False
        if done.session_id != self.session_id:
            return
        words = (
            self.tr("{name}, you were already checked in. Enjoy!")
            if done.already
            else self.tr("Welcome, {name}: you are checked in.")
        )
        self.outcome.setText(words.format(name=done.first_name))
        self.outcome.show()
