"""Help with travel costs to a national or international meeting: after a badge scan, the
member's requests with the hub's answers, and the form to ask (which meeting, from where, the
estimated cost, a few words). The hub answers; the member sees it here on their next scan.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.agenda.types import TravelAid, TravelAidView
from app.clock import utcnow
from ui.demo import demo_person
from ui.navigation import Screen, register_screen
from ui.screen_args import PersonArgs, ScreenArgs
from ui.screens.agenda import ops
from ui.screens.agenda.widgets import day_text
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.count_field import CountField
from ui.widgets.empty_state import EmptyState
from ui.widgets.figures import money
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder

OTHER = "other"
"""The choice of a meeting the kiosk does not know (named in words)."""
# Typed digits beyond the service's limit are refused with the reason, not silently capped
# (app.agenda.service.COST_MAX).
COST_FIELD_MAX = 99_999
TEXT_FIELD_MAX = 300


@register_screen
class TravelAidScreen(Screen):
    name = "travel-aid"
    args_type = PersonArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.aid: TravelAid | None = None
        self.busy = False
        self.heading = label("title")
        self.intro = label("lead")
        self.empty = EmptyState("id-card")
        # The member's requests.
        self.requests_title = label("heading")
        self.requests_box = QVBoxLayout()
        self.requests_box.setSpacing(12)
        self.request_rows: list[QWidget] = []
        self.no_requests = label("muted")
        # The form.
        self.form_title = label("heading")
        self.meeting_label = label("lead")
        self.meetings_slot = QVBoxLayout()
        self.meetings: ChoiceButtons | None = None
        self.event_name = QLineEdit()
        self.event_name.setMaxLength(TEXT_FIELD_MAX)
        self.departure_label = label("lead")
        self.departure = QLineEdit()
        self.departure.setMaxLength(TEXT_FIELD_MAX)
        self.departure_label.setBuddy(self.departure)
        self.cost_label = label("lead")
        self.cost = CountField(maximum=COST_FIELD_MAX)
        self.cost.setMaximumWidth(420)
        self.note_label = label("lead")
        self.note = QPlainTextEdit()
        self.note.setMinimumHeight(110)
        self.note.setMaximumHeight(180)
        self.note.setTabChangesFocus(True)
        form_card = QFrame()
        form_card.setProperty("role", "card")
        form = QVBoxLayout(form_card)
        form.setContentsMargins(32, 24, 32, 24)
        form.setSpacing(10)
        form.addWidget(self.form_title)
        form.addWidget(self.meeting_label)
        form.addLayout(self.meetings_slot)
        form.addWidget(self.event_name)
        form.addSpacing(6)
        form.addWidget(self.departure_label)
        form.addWidget(self.departure)
        form.addSpacing(6)
        form.addWidget(self.cost_label)
        form.addWidget(self.cost)
        form.addSpacing(6)
        form.addWidget(self.note_label)
        form.addWidget(self.note)
        self.member_part = QWidget()
        member = QVBoxLayout(self.member_part)
        member.setContentsMargins(0, 0, 0, 0)
        member.setSpacing(16)
        member.addWidget(self.requests_title)
        member.addLayout(self.requests_box)
        member.addWidget(self.no_requests)
        member.addSpacing(8)
        member.addWidget(form_card)
        self.error = label("error")
        self.error.hide()
        self.send = TouchButton(kind="primary", big=True, icon_name="check")
        self.send.clicked.connect(self.submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.error, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.send, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.member_part)
        layout.addStretch(1)
        self.action_bar = self.pin_actions(bottom)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Help with travel costs")

    def retranslate(self) -> None:
        aid = self.aid
        self.heading.setText(
            self.tr("Help with travel costs")
            if aid is None
            else self.tr("{name}, your travel to a meeting").format(name=aid.first_name)
        )
        self.intro.setText(
            self.tr(
                "The cooperative can pay part of your travel to a national or international "
                "meeting. Ask here; the answer comes within a few days. Scan your badge again "
                "to see it."
            )
        )
        self.empty.set_texts(
            self.tr("Scan your badge to ask for help or to see your requests."),
            self.tr("Members of the cooperative can do this."),
        )
        self.requests_title.setText(self.tr("Your requests"))
        self.no_requests.setText(self.tr("You have not asked for travel aid yet."))
        self.form_title.setText(self.tr("A new request"))
        self.meeting_label.setText(self.tr("Which meeting?"))
        self.event_name.setPlaceholderText(self.tr("The meeting's name, where and when"))
        self.departure_label.setText(self.tr("From where do you leave?"))
        self.departure.setPlaceholderText(self.tr("For example: Rennes"))
        self.cost_label.setText(self.tr("Estimated cost of the trip, in euros"))
        self.note_label.setText(self.tr("A few words (optional)"))
        self.send.setText(self.tr("Send my request"))
        self._set_meeting_texts()
        self._show_requests()

    def reset(self) -> None:
        self.person_id = None
        self.aid = None
        self.busy = False
        self._clear_form()
        self._set_meetings()
        self._show_requests()
        self.retranslate()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, PersonArgs):
            self._load(args.person_id)
        elif self.person_id is None and self.shell.visitor_id is not None:
            self._load(self.shell.visitor_id)
        self._show()

    def prepare_screenshot(self) -> None:
        def picked(person_id: uuid.UUID | None) -> None:
            if person_id is not None:
                self.person_id = person_id
                ops.travel_aid(self, person_id, success=self._demo, failure=self._refused)

        demo_person(self, "evangeline", success=picked)

    def _demo(self, aid: TravelAid) -> None:
        """Two requests of the demo member, one answered (shown, never written)."""
        now = utcnow()
        first = aid.meetings[-1] if aid.meetings else None
        asked = (
            TravelAidView(
                id=uuid.UUID(int=2),
                person_id=aid.person_id,
                meeting_id=None if first is None else first.id,
                meeting_title={} if first is None else first.title,
                event="" if first is not None else "Assemblée générale, Bruxelles",
                departure="Rennes",
                estimated_cost=180,
                note="",
                status="submitted",
                answer="",
                created_at=now - timedelta(days=2),
            ),
            TravelAidView(
                id=uuid.UUID(int=1),
                person_id=aid.person_id,
                meeting_id=None,
                meeting_title={},
                event="Rencontre européenne des coopératives, Lisbonne",
                departure="Rennes",
                estimated_cost=320,
                note="",
                status="granted",
                answer="Accordé : 250 € sur présentation des billets.",
                created_at=now - timedelta(days=40),
            ),
        )
        self._loaded(replace(aid, requests=asked))
        self.departure.setText("Rennes")
        self.cost.setValue(140)

    def arrange(self, space: QSize) -> None:
        if self.meetings is not None:
            # Two meetings a row where they fit (measured: Dutch titles in large text run
            # long), else one.
            self.meetings.set_columns(2)
            if self.minimum_width() > self.room(space):
                self.meetings.set_columns(1)

    # -- The member -----------------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy:
            self._load(holder.person_id)

    def _load(self, person_id: uuid.UUID) -> None:
        if person_id != self.person_id:
            self._clear_form()
        self.person_id = person_id
        ops.travel_aid(self, person_id, success=self._loaded, failure=self._refused)

    def _loaded(self, aid: TravelAid) -> None:
        if aid.person_id != self.person_id:
            return
        fresh = self.aid is None or self.aid.meetings != aid.meetings
        self.aid = aid
        if fresh:
            self._set_meetings()
        self.retranslate()
        self._show()

    def _refused(self, error: Exception) -> None:
        self.person_id = None
        self.aid = None
        self._show()
        self.shell.toast(failure_text(error))

    def _show(self) -> None:
        known = self.aid is not None
        self.empty.setVisible(not known)
        self.member_part.setVisible(known)
        self.action_bar.setVisible(known)
        self.event_name.setVisible(self.meetings is None or self.meetings.choice() == OTHER)

    def _show_requests(self) -> None:
        for row in self.request_rows:
            self.requests_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.request_rows = []
        aid = self.aid
        requests = () if aid is None else aid.requests
        self.no_requests.setVisible(not requests)
        language = self.shell.language
        for request in requests:
            row = QFrame()
            row.setProperty("role", "card")
            box = QVBoxLayout(row)
            box.setContentsMargins(24, 16, 24, 16)
            box.setSpacing(4)
            what = label("heading")
            what.setText(request.what_in(language))
            detail = label("lead")
            detail.setText(
                self.tr("From {place}, about {cost}. {status}").format(
                    place=request.departure,
                    cost=money(request.estimated_cost),
                    status=self.status_text(request.status),
                )
            )
            box.addWidget(what)
            box.addWidget(detail)
            if request.answer:
                answer = label("lead")
                answer.setText(self.tr("The answer: {answer}").format(answer=request.answer))
                box.addWidget(answer)
            self.requests_box.addWidget(row)
            self.request_rows.append(row)

    def status_text(self, status: str) -> str:
        return {
            "submitted": self.tr("Waiting for an answer."),
            "granted": self.tr("Granted."),
            "declined": self.tr("Not granted."),
        }.get(status, status)

    # -- The form -------------------------------------------------------------------------------

    def _set_meetings(self) -> None:
        if self.meetings is not None:
            self.meetings_slot.removeWidget(self.meetings)
            self.meetings.hide()
            self.meetings.deleteLater()
            self.meetings = None
        aid = self.aid
        if aid is None:
            return
        keys = [str(meeting.id) for meeting in aid.meetings] + [OTHER]
        self.meetings = ChoiceButtons(keys, exclusive=True, columns=2)
        self.meetings.sig_changed.connect(self._show)
        self.meetings_slot.addWidget(self.meetings)
        self._set_meeting_texts()
        self.arrange(self.space())

    def _set_meeting_texts(self) -> None:
        aid = self.aid
        if self.meetings is None or aid is None:
            return
        language = self.shell.language
        texts = {
            # The day under the title: a long title and its day on one line were wider than
            # the screen in portrait.
            str(meeting.id): f"{meeting.title_in(language)}\n{day_text(meeting.starts_at)}"
            for meeting in aid.meetings
        }
        texts[OTHER] = self.tr("Another meeting")
        self.meetings.set_texts(texts)

    def _clear_form(self) -> None:
        if self.meetings is not None:
            self.meetings.clear()
        self.event_name.clear()
        self.departure.clear()
        self.cost.setValue(0)
        self.note.clear()
        self.error.clear()
        self.error.hide()

    def submit(self) -> None:
        aid = self.aid
        if aid is None or self.busy:
            return
        chosen = self.meetings.choice() if self.meetings is not None else OTHER
        if not chosen:
            self._invalid_text(self.tr("Choose a meeting or write its name."))
            return
        self.busy = True
        ops.request_travel_aid(
            self,
            aid.person_id,
            meeting_id=None if chosen == OTHER else uuid.UUID(chosen),
            event=self.event_name.text() if chosen == OTHER else "",
            departure=self.departure.text(),
            estimated_cost=self.cost.value(),
            note=self.note.toPlainText(),
            success=self._sent,
            failure=self._invalid,
        )

    def _sent(self, aid: TravelAid) -> None:
        self.busy = False
        self._clear_form()
        self.shell.toast(self.tr("Your request is sent. The answer will show here."))
        self._loaded(aid)

    def _invalid(self, error: Exception) -> None:
        self.busy = False
        self._invalid_text(failure_text(error))

    def _invalid_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
