"""A session's list, for the facilitators (docs/architecture.md, "Sessions"): who has a seat,
who waits (in order), whose seat is offered and until when, who came.

From the list a facilitator checks in someone without their badge, gives a waiting person a
seat by hand (with a reason, kept in the audit log), marks a training paid at the desk, and
once the session is over records who did not come. The gentle no-shows a person has are shown
here, to the facilitators, and nowhere else but to the person. The attendance sheet prints on
the house's printer (kept as a PDF when there is none) and is saved as CSV.

A session's host who is no facilitator opens it from the session (`HostListArgs`, after
scanning their own badge): then it shows that session's list only, with nothing but "Check in"
— no seat given by hand, no payment, no no-shows, no sheet — and needs no PIN; the service
checks they host it and logs them as the actor.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.sessions.types import Place
from ui import theme
from ui.demo import demo_facilitator
from ui.i18n import translate_message
from ui.navigation import Screen, register_screen
from ui.screen_args import HostListArgs
from ui.screens.sessions import host_ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from pathlib import Path

    from app.changes import Changes
    from app.printing.types import PrintOutcome
    from app.sessions.types import Attendee, DayPlan, SessionCard, SessionCheckIn, SignupView
    from ui.screen_args import ScreenArgs
    from ui.screens.sessions.host_ops import AttendanceList, NoShows


@register_screen
class AttendanceScreen(Screen):
    name = "session-attendance"
    shows_personal_data = True
    facilitator_only = True
    args_type = HostListArgs

    @classmethod
    def needs_facilitator(cls, args: ScreenArgs | None) -> bool:
        return not isinstance(args, HostListArgs)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        # A host's view of their session's list (None: the facilitators' lists).
        self.hosting: HostListArgs | None = None
        self.day: date | None = None
        self.session_id: uuid.UUID | None = None
        self.list: AttendanceList | None = None
        self.busy = False
        self.heading = label("title")
        self.programme = TouchButton(icon_name="chevron-right")
        self.programme.clicked.connect(lambda: self.shell.go("session-edit"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.heading, 1)
        top.addWidget(self.programme)
        self.previous = TouchButton(icon_name="chevron-left")
        self.previous.clicked.connect(lambda: self._move(-1))
        self.day_label = label("heading")
        self.next = TouchButton(icon_name="chevron-right")
        self.next.clicked.connect(lambda: self._move(1))
        days = QHBoxLayout()
        days.setSpacing(16)
        days.addWidget(self.previous)
        days.addWidget(self.day_label, 1)
        days.addWidget(self.next)
        self.sessions_slot = QVBoxLayout()
        self.sessions: ChoiceButtons | None = None
        self.no_session = EmptyState("inbox")
        self.summary = label("lead")
        self.reason_label = label("heading")
        self.reason = QLineEdit()
        self.reason_label.setBuddy(self.reason)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(10)
        self.rows: dict[uuid.UUID, QWidget] = {}
        self.buttons: dict[tuple[uuid.UUID, str], TouchButton] = {}
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.setSpacing(12)
        detail.addWidget(self.summary)
        detail.addWidget(self.reason_label)
        detail.addWidget(self.reason)
        detail.addLayout(self.rows_box)
        detail.addSpacing(8)
        self.notice = label("muted")
        self.notice.setWordWrap(True)
        self.no_shows = TouchButton(icon_name="x")
        self.no_shows.clicked.connect(self._record_no_shows)
        self.print_sheet = TouchButton(kind="primary", icon_name="printer")
        self.print_sheet.clicked.connect(self._print)
        self.csv = TouchButton(icon_name="scroll-text")
        self.csv.clicked.connect(self._save_csv)
        # After the list, what is done once: the pinned row keeps the message and the sheet.
        after = QVBoxLayout()
        after.setSpacing(16)
        after.addWidget(self.no_shows, 0, Qt.AlignmentFlag.AlignLeft)
        after.addWidget(self.csv, 0, Qt.AlignmentFlag.AlignLeft)
        detail.addLayout(after)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.print_sheet)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(days)
        layout.addLayout(self.sessions_slot)
        layout.addWidget(self.no_session)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.action_bar = self.pin_actions(bottom)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Check people in") if self.hosting is not None else self.tr("Session lists")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who comes to the session"))
        self.programme.setText(self.tr("Sessions and series"))
        self.previous.setText(self.tr("Day before"))
        self.next.setText(self.tr("Day after"))
        if self.day is not None:
            self.day_label.setText(
                QLocale().toString(
                    QDate(self.day.year, self.day.month, self.day.day), "dddd d MMMM yyyy"
                )
            )
        self.no_session.set_texts(self.tr("No session this day."))
        self.reason_label.setText(self.tr("Why give a seat by hand? (kept in the log)"))
        self.reason.setPlaceholderText(self.tr("For example: she is presenting her project"))
        self.no_shows.setText(self.tr("Record who did not come"))
        self.print_sheet.setText(self.tr("Print the attendance sheet"))
        self.csv.setText(self.tr("Save it as a spreadsheet"))
        self._show_list()

    def reset(self) -> None:
        self.hosting = None
        self.day = None
        self.session_id = None
        self.list = None
        self.busy = False
        self.reason.clear()
        self.notice.clear()
        self._set_sessions(None)
        self._show_mode()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, HostListArgs):
            self.reset()
            self.hosting = args
            self.session_id = args.session_id
            self._show_mode()
            self.sig_title_changed.emit()
            self._load_list()
            return
        if self.hosting is not None:
            # A facilitator after a host: their own lists, nothing of the host's view.
            self.reset()
            self.sig_title_changed.emit()
        if self.day is None:
            from app.clock import utcnow

            self.day = host_ops.local(self.shell, utcnow()).date()
        self._load_day()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        from app.changes import Entity

        if initiator is self:
            return  # its own action: `_done` reads the list again already
        if self.isVisible() and changes.concerns(Entity.SIGNUP, Entity.SESSION):
            if self.hosting is not None:
                self._load_list()
            else:
                self._load_day()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.reason.setText("Elle présente son projet")

    def arrange(self, space: QSize) -> None:
        if self.sessions is not None:
            room = space.width() / theme.current().metrics.scale
            self.sessions.set_columns(3 if room >= 1700 else 2 if room >= 1000 else 1)

    # -- The day and its sessions ---------------------------------------------------------------

    def _move(self, days: int) -> None:
        if self.day is not None:
            self.day += timedelta(days=days)
            self.session_id = None
            self.retranslate()
            self._load_day()

    def _load_day(self) -> None:
        self.retranslate()
        host_ops.day(self, self.day, success=self._day_loaded, failure=self._failed)

    def _day_loaded(self, plan: DayPlan) -> None:
        if plan.day != self.day:
            return
        self._set_sessions(plan)
        ids = [card.id for card in plan.cards]
        if self.session_id not in ids:
            self.session_id = ids[0] if ids else None
        if self.sessions is not None and self.session_id is not None:
            self.sessions.set_selected([str(self.session_id)])
        self._load_list()

    def _set_sessions(self, plan: DayPlan | None) -> None:
        if self.sessions is not None:
            self.sessions_slot.removeWidget(self.sessions)
            self.sessions.hide()
            self.sessions.deleteLater()
            self.sessions = None
        if plan is None or not plan.cards:
            self.no_session.setVisible(plan is not None)
            return
        self.no_session.hide()
        self.sessions = ChoiceButtons([str(c.id) for c in plan.cards], exclusive=True)
        self.sessions.set_texts({str(c.id): self._card_text(c) for c in plan.cards})
        self.sessions.sig_changed.connect(self._session_chosen)
        self.sessions_slot.addWidget(self.sessions)
        self.arrange(self.space())

    def _card_text(self, card: SessionCard) -> str:
        start = host_ops.local(self.shell, card.starts_at)
        text = self.tr("{time} {title}").format(time=start.strftime("%H:%M"), title=card.title)
        return self.tr("{session} (cancelled)").format(session=text) if card.cancelled else text

    def _session_chosen(self) -> None:
        if self.sessions is not None:
            self.session_id = uuid.UUID(self.sessions.choice())
            self.reason.clear()
            self.notice.clear()
            self._load_list()

    def _load_list(self) -> None:
        if self.session_id is None:
            self.list = None
            self._show_list()
            self._show()
            return
        host_ops.attendance(
            self,
            self.session_id,
            host=self.hosting is not None,
            success=self._listed,
            failure=self._failed,
        )

    def _listed(self, listed: AttendanceList) -> None:
        if listed.roster.card.id != self.session_id:
            return
        self.list = listed
        self._show_list()
        self._show()

    def _show(self) -> None:
        shown = self.list is not None
        self.detail.setVisible(shown)
        self.action_bar.setVisible(shown)

    def _show_mode(self) -> None:
        """The host's view keeps the list and its message; the rest is the facilitators'."""
        facilitators = self.hosting is None
        for widget in (
            self.programme,
            self.previous,
            self.day_label,
            self.next,
            self.no_shows,
            self.csv,
            self.print_sheet,
        ):
            widget.setVisible(facilitators)

    # -- The list -------------------------------------------------------------------------------

    def _show_list(self) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = {}
        self.buttons = {}
        listed = self.list
        if listed is None:
            return
        card = listed.roster.card
        self.summary.setText(self._summary(card, len(listed.roster.attendees)))
        waiting = any(a.place is Place.waitlisted for a in listed.roster.attendees)
        by_hand = waiting and not listed.over and self.hosting is None
        self.reason_label.setVisible(by_hand)
        self.reason.setVisible(by_hand)
        self.no_shows.setEnabled(listed.over and not card.cancelled)
        for attendee in listed.roster.attendees:
            row = self._row(attendee, listed)
            self.rows_box.addWidget(row)
            self.rows[attendee.person_id] = row
        if not listed.roster.attendees:
            empty = label("muted")
            empty.setText(self.tr("Nobody has signed up yet."))
            self.rows_box.addWidget(empty)
            self.rows[uuid.UUID(int=0)] = empty

    def _summary(self, card: SessionCard, people: int) -> str:
        start = host_ops.local(self.shell, card.starts_at)
        end = host_ops.local(self.shell, card.ends_at)
        parts = [
            self.tr("{start}–{end}").format(
                start=start.strftime("%H:%M"), end=end.strftime("%H:%M")
            )
        ]
        if card.location:
            parts.append(card.location)
        if card.capacity is None:
            parts.append(self.tr("no seat limit"))
        else:
            parts.append(
                self.tr("%n seat(s) left", "", card.seats_left or 0)
                + " / "
                + self.tr("%n seat(s)", "", card.capacity)
            )
        if card.waiting:
            parts.append(self.tr("%n waiting", "", card.waiting))
        parts.append(
            self.tr("free")
            if card.free
            else self.tr("{euros} € (paid at the desk)").format(euros=_euros(card.price_cents))
        )
        if card.cancelled:
            parts.append(self.tr("cancelled"))
        return " · ".join(parts)

    def _place_text(self, attendee: Attendee, listed: AttendanceList) -> str:
        place = attendee.place
        if place is Place.waitlisted:
            return self.tr("waiting, number {n}").format(n=attendee.waitlist_position or "?")
        if place is Place.offered:
            until = host_ops.local(self.shell, listed.hold_until)
            return self.tr("seat offered, to confirm before {time}").format(
                time=until.strftime("%H:%M")
            )
        return {
            Place.confirmed: self.tr("has a seat"),
            Place.provisional: self.tr("has a seat (to be confirmed by the hub)"),
            Place.attended: self.tr("came"),
            Place.no_show: self.tr("did not come"),
            Place.session_cancelled: self.tr("session cancelled"),
        }.get(place, "")

    def _row(self, attendee: Attendee, listed: AttendanceList) -> QWidget:
        row = QFrame()
        row.setProperty("role", "card")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        words = QVBoxLayout()
        words.setSpacing(2)
        name = label("heading")
        name.setText(f"{attendee.first_name} {attendee.last_name}")
        place = label("muted")
        notes = [self._place_text(attendee, listed)]
        facilitators = self.hosting is None
        if facilitators and not listed.roster.card.free:
            notes.append(self.tr("paid") if attendee.paid else self.tr("not paid yet"))
        missed = listed.no_shows.get(attendee.person_id, 0)
        if missed:
            notes.append(self.tr("missed %n session(s) lately", "", missed))
        place.setText(" · ".join(n for n in notes if n))
        words.addWidget(name)
        words.addWidget(place)
        layout.addLayout(words, 1)
        card = listed.roster.card
        open_ = not listed.over and not card.cancelled
        if facilitators and open_ and attendee.place is Place.waitlisted:
            self._button(layout, attendee, "promote", self.tr("Give a seat"), "plus")
        if open_ and attendee.place in (Place.confirmed, Place.provisional, Place.offered):
            self._button(layout, attendee, "check-in", self.tr("Check in"), "check")
        if (
            facilitators
            and not card.free
            and not attendee.paid
            and attendee.place not in (Place.waitlisted, Place.session_cancelled)
        ):
            self._button(layout, attendee, "paid", self.tr("Paid at the desk"), "check")
        return row

    def _button(
        self, layout: QHBoxLayout, attendee: Attendee, action: str, text: str, icon: str
    ) -> None:
        button = TouchButton(text, icon_name=icon)
        button.clicked.connect(lambda _c=False, a=attendee, act=action: self._act(act, a))
        layout.addWidget(button)
        self.buttons[(attendee.person_id, action)] = button

    # -- Actions --------------------------------------------------------------------------------

    def _act(self, action: str, attendee: Attendee) -> None:
        session_id = self.session_id
        if session_id is None or self.busy:
            return
        self.busy = True
        person = attendee.person_id
        if action == "check-in":
            host_ops.check_in(
                self,
                session_id,
                person,
                host_id=self.hosting.host_id if self.hosting is not None else None,
                success=self._checked_in,
                failure=self._failed,
            )
        elif action == "promote":
            host_ops.promote(
                self,
                session_id,
                person,
                self.reason.text(),
                success=self._promoted,
                failure=self._failed,
            )
        else:
            host_ops.mark_paid(self, session_id, person, success=self._paid, failure=self._failed)

    def _done(self, text: str) -> None:
        self.busy = False
        self.notice.setText(text)
        self._load_list()

    def _checked_in(self, result: SessionCheckIn) -> None:
        self._done(self.tr("{name} is checked in.").format(name=result.first_name))

    def _promoted(self, result: SignupView) -> None:
        self.reason.clear()
        self._done(self.tr("{name} has a seat now.").format(name=result.first_name))

    def _paid(self, result: SignupView) -> None:
        self._done(self.tr("{name} paid at the desk.").format(name=result.first_name))

    def _record_no_shows(self) -> None:
        if self.session_id is None or self.busy:
            return
        self.busy = True
        host_ops.no_shows(self, self.session_id, success=self._no_shows_done, failure=self._failed)

    def _no_shows_done(self, result: NoShows) -> None:
        self._done(
            self.tr("%n person(s) did not come: noted, only they and you see it.", "", result.count)
        )

    def _print(self) -> None:
        if self.session_id is None or self.busy:
            return
        self.busy = True
        self.notice.setText(self.tr("Printing…"))
        host_ops.print_sheet(self, self.session_id, success=self._printed, failure=self._failed)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.busy = False
        if outcome.printed:
            self.notice.setText(self.tr("The attendance sheet is printing."))
            return
        # Facilitator mode: what went wrong with the printer, its queue named.
        fault = outcome.staff_message or outcome.message
        text = translate_message(fault) if fault is not None else ""
        if outcome.kept_pdf is not None:
            text = self.tr("{problem} The sheet is kept as {file}.").format(
                problem=text, file=outcome.kept_pdf.name
            )
        self.notice.setText(text)

    def _save_csv(self) -> None:
        if self.session_id is None or self.busy:
            return
        self.busy = True
        host_ops.save_csv(self, self.session_id, success=self._saved, failure=self._failed)

    def _saved(self, path: Path) -> None:
        self.busy = False
        self.notice.setText(self.tr("Saved as {file}.").format(file=path.name))

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.notice.setText(failure_text(error))


def _euros(cents: int) -> str:
    return QLocale().toString(cents / 100, "f", 2)
