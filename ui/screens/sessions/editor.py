"""The facilitators' sessions editor (docs/architecture.md, "Sessions"): everything the CLI
does with sessions, at the kiosk, so a board secretary never edits a file.

Three parts, one shown at a time:
- members' offers to host: accepted, an offer made for every week becomes a weekly series
  through the day given;
- a new session or series: kind, title, day and time, length, seats, price, weekly, every
  other week or monthly (the same weekday) until a day, days left out;
- a session of the week changed or cancelled, "this one" or "this and the following ones" of
  its series, with the reason those signed up read at their next scan.

Days are typed as 2026-12-15 or 15/12/2026, times as 14:00. What cannot be read is said in
plain words and nothing is sent; what the service refuses (fewer seats than are taken, a
start in the past) is said beside the buttons, and nothing changes.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.sessions.types import KINDS, Repeat, Scope, SessionEdit, SessionForm
from ui.demo import demo_facilitator
from ui.navigation import Screen, register_screen
from ui.screen_args import NewSessionArgs
from ui.screens.sessions import host_ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.count_field import CountField
from ui.widgets.page import failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.changes import Changes
    from app.sessions.types import Scheduled, SessionCard
    from ui.screen_args import ScreenArgs

_DAY = re.compile(r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4}))\s*$")
_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:hH.]([0-5]\d)\s*$")
# Longer than the service accepts: a text one letter too long is refused with the reason.
FIELD_MAX = 600


class UnreadableError(ValueError):
    """A field the screen cannot read (a day, a time, an amount): said in plain words."""


def read_day(text: str) -> date:
    match = _DAY.match(text)
    if match is None:
        raise UnreadableError(text)
    year, month, day = (
        (match[1], match[2], match[3]) if match[1] else (match[6], match[5], match[4])
    )
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise UnreadableError(text) from None


def read_time(text: str) -> time:
    match = _TIME.match(text)
    if match is None:
        raise UnreadableError(text)
    return time(int(match[1]), int(match[2]))


def read_cents(text: str) -> int:
    """Euros as typed (12, 12.50, 12,50) in cents; empty is free."""
    cleaned = text.strip().replace(",", ".").replace("€", "").strip() or "0"
    try:
        euros = Decimal(cleaned)
        # Whole cents, and an amount a person types (the service bounds it, in words).
        exact = euros.is_finite() and euros >= 0 and euros == euros.quantize(Decimal("0.01"))
    except InvalidOperation:
        raise UnreadableError(text) from None
    if not exact:
        raise UnreadableError(text)
    return int(euros * 100)


def _field(placeholder_width: int = 0) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(FIELD_MAX)
    if placeholder_width:
        field.setMaximumWidth(placeholder_width)
    return field


@register_screen
class SessionEditorScreen(Screen):
    name = "session-edit"
    args_type = NewSessionArgs
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.busy = False
        self.first_day: date | None = None
        self.offers: tuple[SessionCard, ...] = ()
        self.upcoming: tuple[SessionCard, ...] = ()
        self.chosen: SessionCard | None = None
        self.heading = label("title")
        self.mode = ChoiceButtons(["offers", "new", "change"], exclusive=True, columns=3)
        self.mode.sig_changed.connect(self._mode_changed)

        # -- Offers
        self.offers_part = QWidget()
        offers = QVBoxLayout(self.offers_part)
        offers.setContentsMargins(0, 0, 0, 0)
        offers.setSpacing(12)
        self.offers_intro = label("lead")
        self.until_label = label("heading")
        self.offer_until = _field(420)
        self.offers_box = QVBoxLayout()
        self.offers_box.setSpacing(10)
        self.offer_rows: list[QWidget] = []
        self.accept_buttons: dict[uuid.UUID, TouchButton] = {}
        offers.addWidget(self.offers_intro)
        offers.addWidget(self.until_label)
        offers.addWidget(self.offer_until)
        offers.addLayout(self.offers_box)

        # -- A new session or series
        self.new_part = QWidget()
        new = QVBoxLayout(self.new_part)
        new.setContentsMargins(0, 0, 0, 0)
        new.setSpacing(10)
        self.kind_label = label("heading")
        self.kinds = ChoiceButtons(list(KINDS), exclusive=True, columns=3)
        self.title_label = label("heading")
        self.title_field = _field()
        self.topic_label = label("heading")
        self.topic = _field()
        self.description_label = label("heading")
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(140)
        self.description.setTabChangesFocus(True)
        self.location_label = label("heading")
        self.location = _field()
        self.when_label = label("heading")
        self.day = _field(420)
        self.start = _field(220)
        when = QHBoxLayout()
        when.setSpacing(16)
        when.addWidget(self.day, 1)
        when.addWidget(self.start, 1)
        when.addStretch(1)
        self.minutes_label = label("heading")
        self.minutes = CountField(maximum=720)
        self.minutes.box.setRange(5, 720)
        self.minutes.box.setSingleStep(15)
        self.minutes.setMaximumWidth(420)
        self.seats_label = label("heading")
        self.seats = CountField(maximum=500)
        self.seats.setMaximumWidth(420)
        self.price_label = label("heading")
        self.price = _field(220)
        self.repeat_label = label("heading")
        self.repeat = ChoiceButtons([r.value for r in Repeat], exclusive=True, columns=2)
        self.repeat.sig_changed.connect(self._repeat_changed)
        self.until_new_label = label("heading")
        self.until = _field(420)
        self.exceptions_label = label("heading")
        self.exceptions = _field()
        widget: QWidget
        for widget in (
            self.kind_label,
            self.kinds,
            self.title_label,
            self.title_field,
            self.topic_label,
            self.topic,
            self.description_label,
            self.description,
            self.location_label,
            self.location,
            self.when_label,
        ):
            new.addWidget(widget)
        new.addLayout(when)
        for widget in (
            self.minutes_label,
            self.minutes,
            self.seats_label,
            self.seats,
            self.price_label,
            self.price,
            self.repeat_label,
            self.repeat,
            self.until_new_label,
            self.until,
            self.exceptions_label,
            self.exceptions,
        ):
            new.addWidget(widget)

        # -- A session changed or cancelled
        self.change_part = QWidget()
        change = QVBoxLayout(self.change_part)
        change.setContentsMargins(0, 0, 0, 0)
        change.setSpacing(10)
        self.week_before = TouchButton(icon_name="chevron-left")
        self.week_before.clicked.connect(lambda: self._move_week(-7))
        self.week_label = label("heading")
        self.week_after = TouchButton(icon_name="chevron-right")
        self.week_after.clicked.connect(lambda: self._move_week(7))
        week = QHBoxLayout()
        week.setSpacing(16)
        week.addWidget(self.week_before)
        week.addWidget(self.week_label, 1)
        week.addWidget(self.week_after)
        self.sessions_slot = QVBoxLayout()
        self.sessions: ChoiceButtons | None = None
        self.no_session = label("muted")
        self.edit_part = QWidget()
        edit = QVBoxLayout(self.edit_part)
        edit.setContentsMargins(0, 0, 0, 0)
        edit.setSpacing(10)
        self.edit_title_label = label("heading")
        self.edit_title = _field()
        self.edit_location_label = label("heading")
        self.edit_location = _field()
        self.edit_when_label = label("heading")
        self.edit_start = _field(220)
        self.edit_minutes = CountField(maximum=720)
        self.edit_minutes.box.setRange(5, 720)
        self.edit_minutes.box.setSingleStep(15)
        edit_when = QHBoxLayout()
        edit_when.setSpacing(16)
        edit_when.addWidget(self.edit_start, 1)
        edit_when.addWidget(self.edit_minutes, 2)
        edit_when.addStretch(1)
        self.edit_seats_label = label("heading")
        self.edit_seats = CountField(maximum=500)
        self.edit_seats.setMaximumWidth(420)
        self.scope_label = label("heading")
        self.scope = ChoiceButtons([s.value for s in Scope], exclusive=True, columns=2)
        self.reason_label = label("heading")
        self.reason = _field()
        for widget in (self.edit_title_label, self.edit_title, self.edit_location_label):
            edit.addWidget(widget)
        edit.addWidget(self.edit_location)
        edit.addWidget(self.edit_when_label)
        edit.addLayout(edit_when)
        for widget in (
            self.edit_seats_label,
            self.edit_seats,
            self.scope_label,
            self.scope,
            self.reason_label,
            self.reason,
        ):
            edit.addWidget(widget)
        change.addLayout(week)
        change.addLayout(self.sessions_slot)
        change.addWidget(self.no_session)
        change.addWidget(self.edit_part)

        # -- The buttons, pinned
        self.notice = label("lead")
        self.notice.setWordWrap(True)
        self.create_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.create_button.clicked.connect(self.create_session)
        self.save_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = TouchButton(kind="danger", big=True, icon_name="ban")
        self.cancel_button.clicked.connect(self.cancel)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.mode)
        layout.addWidget(self.offers_part)
        layout.addWidget(self.new_part)
        layout.addWidget(self.change_part)
        layout.addStretch(1)
        self.pin_actions(bottom)
        self._defaults()
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Sessions and series")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sessions and series"))
        self.mode.set_texts(
            {
                "offers": self.tr("Offers to host ({count})").format(count=len(self.offers)),
                "new": self.tr("A new session or series"),
                "change": self.tr("Change or cancel"),
            }
        )
        self.offers_intro.setText(
            self.tr("Members offered to host these drop-ins. Accepted, they are on the programme.")
            if self.offers
            else self.tr("No member's offer is waiting.")
        )
        self.until_label.setText(self.tr("Weekly offers run until (a day, like 2027-06-30)"))
        self.kind_label.setText(self.tr("What kind of session?"))
        self.kinds.set_texts(
            {
                "mentored_coworking": self.tr("Mentored co-working"),
                "drop_in": self.tr("Drop-in"),
                "workshop": self.tr("Workshop"),
                "training": self.tr("Training"),
                "meet_the_board": self.tr("Meet the board"),
            }
        )
        self.title_label.setText(self.tr("Title"))
        self.topic_label.setText(self.tr("Topic (optional)"))
        self.description_label.setText(self.tr("What happens there (optional)"))
        self.location_label.setText(self.tr("Room (optional)"))
        self.when_label.setText(self.tr("First day and time"))
        self.day.setPlaceholderText(self.tr("Day, like 2026-12-15"))
        self.start.setPlaceholderText(self.tr("Time, like 14:00"))
        self.minutes_label.setText(self.tr("Length in minutes"))
        self.seats_label.setText(self.tr("Seats (0: no limit)"))
        self.price_label.setText(self.tr("Price in euros (0: free)"))
        self.repeat_label.setText(self.tr("How often?"))
        self.repeat.set_texts(
            {
                "once": self.tr("Once"),
                "weekly": self.tr("Every week"),
                "every_other_week": self.tr("Every other week"),
                "monthly": self.tr("Every month, same weekday"),
            }
        )
        self.until_new_label.setText(self.tr("Last day of the series"))
        self.until.setPlaceholderText(self.tr("Day, like 2027-06-30"))
        self.exceptions_label.setText(
            self.tr("Days without the session (holidays), separated by spaces")
        )
        self.exceptions.setPlaceholderText(self.tr("Like 2026-12-24 2026-12-31"))
        self.week_before.setText(self.tr("Week before"))
        self.week_after.setText(self.tr("Week after"))
        if self.first_day is not None:
            self.week_label.setText(self.tr("From {day}").format(day=_long_day(self.first_day)))
        self.no_session.setText(self.tr("No session this week."))
        self.edit_title_label.setText(self.tr("Title"))
        self.edit_location_label.setText(self.tr("Room"))
        self.edit_when_label.setText(self.tr("Time and length in minutes"))
        self.edit_start.setPlaceholderText(self.tr("Like 14:00"))
        self.edit_seats_label.setText(self.tr("Seats (0: no limit)"))
        self.scope_label.setText(self.tr("Which sessions?"))
        self.scope.set_texts(
            {
                "this_one": self.tr("This one"),
                "this_and_following": self.tr("This one and the following ones"),
            }
        )
        self.reason_label.setText(self.tr("The reason, for those signed up"))
        self.reason.setPlaceholderText(self.tr("For example: the room is being painted"))
        self.create_button.setText(self.tr("Put it on the programme"))
        self.save_button.setText(self.tr("Save the change"))
        self.cancel_button.setText(self.tr("Cancel the session"))
        self._show_offers()
        self._set_session_texts()

    def reset(self) -> None:
        self.busy = False
        self.chosen = None
        for field in (
            self.title_field,
            self.topic,
            self.location,
            self.day,
            self.start,
            self.until,
            self.exceptions,
            self.offer_until,
            self.reason,
        ):
            field.clear()
        self.description.clear()
        self.notice.clear()
        self._defaults()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if self.first_day is None:
            from app.clock import utcnow

            self.first_day = host_ops.local(self.shell, utcnow()).date()
        if isinstance(args, NewSessionArgs):
            # Prefilled (a training the skills board's needs call for): the facilitator
            # chooses the day and the rest, nothing is kept before "create".
            self.mode.set_selected(["new"])
            if args.kind in KINDS:
                self.kinds.set_selected([args.kind])
            self.title_field.setText(args.title)
            self.topic.setText(args.topic)
            self.description.setPlainText(args.description)
            self._show()
        self.retranslate()
        self._load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        from app.changes import Entity

        if self.isVisible() and changes.concerns(Entity.SESSION):
            self._load()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.mode.set_selected(["new"])
        self.kinds.set_selected(["training"])
        self.title_field.setText("Comptabilité : les bases pour démarrer")
        self.topic.setText("comptabilité")
        self.location.setText("Salle du premier étage")
        self.day.setText("2027-01-12")
        self.start.setText("14:00")
        self.minutes.setValue(180)
        self.seats.setValue(12)
        self.price.setText("20")
        self.repeat.set_selected(["monthly"])
        self.until.setText("2027-06-30")
        self.exceptions.setText("2027-04-13")
        self._show()

    def arrange(self, space: QSize) -> None:
        # Each group of choices as many columns as fit, measured (the series' choices in
        # French large text at 1366 were wider than a guess from the window's width allowed).
        room = self.room(space)
        groups: list[tuple[ChoiceButtons, tuple[int, ...]]] = [
            (self.mode, (3, 1)),
            (self.kinds, (3, 2, 1)),
            (self.repeat, (4, 2, 1)),
            (self.scope, (2, 1)),
        ]
        if self.sessions is not None:
            groups.append((self.sessions, (2, 1)))
        for group, _columns in groups:
            group.set_columns(1)
        for group, columns in groups:
            for count in columns:
                group.set_columns(count)
                if count == 1 or self.minimum_width() <= room:
                    break

    # -- Showing --------------------------------------------------------------------------------

    def _defaults(self) -> None:
        self.mode.set_selected(["new"])
        self.kinds.set_selected(["drop_in"])
        self.minutes.setValue(120)
        self.seats.setValue(10)
        self.price.setText("0")
        self.repeat.set_selected(["once"])
        self.scope.set_selected(["this_one"])

    def _mode_changed(self) -> None:
        self.notice.clear()
        self._show()

    def _repeat_changed(self) -> None:
        self._show()

    def _show(self) -> None:
        mode = self.mode.choice()
        self.offers_part.setVisible(mode == "offers")
        self.new_part.setVisible(mode == "new")
        self.change_part.setVisible(mode == "change")
        self.create_button.setVisible(mode == "new")
        series = self.repeat.choice() != "once"
        for widget in (self.until_new_label, self.until, self.exceptions_label, self.exceptions):
            widget.setVisible(series)
        self.until_label.setVisible(
            any(o.series_id is None for o in self.offers) and bool(self.offers)
        )
        self.offer_until.setVisible(self.until_label.isVisible())
        chosen = self.chosen
        self.edit_part.setVisible(mode == "change" and chosen is not None)
        self.save_button.setVisible(mode == "change" and chosen is not None)
        self.cancel_button.setVisible(mode == "change" and chosen is not None)
        in_series = chosen is not None and chosen.series_id is not None
        self.scope_label.setVisible(in_series)
        self.scope.setVisible(in_series)
        self.arrange(self.space())

    def _load(self) -> None:
        host_ops.offers(self, success=self._offers_loaded)
        host_ops.upcoming(self, self.first_day, success=self._upcoming_loaded)

    def _offers_loaded(self, offers: tuple[SessionCard, ...]) -> None:
        self.offers = offers
        self.retranslate()
        self._show()

    def _offer_text(self, offer: SessionCard) -> str:
        start = host_ops.local(self.shell, offer.starts_at)
        minutes = int((offer.ends_at - offer.starts_at).total_seconds() // 60)
        return self.tr(
            "{topic}, by {name}: from {day} at {time}, {minutes} min, {seats} people"
        ).format(
            topic=offer.title,
            name=offer.host_first_name,
            day=_long_day(start.date()),
            time=start.strftime("%H:%M"),
            minutes=minutes,
            seats=offer.capacity or 0,
        )

    def _show_offers(self) -> None:
        for row in self.offer_rows:
            self.offers_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.offer_rows = []
        self.accept_buttons = {}
        for offer in self.offers:
            row = QFrame()
            row.setProperty("role", "card")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(16, 8, 16, 8)
            layout.setSpacing(12)
            text = label("lead")
            text.setText(self._offer_text(offer))
            accept = TouchButton(self.tr("Accept"), kind="primary", icon_name="check")
            accept.clicked.connect(lambda _c=False, o=offer.id: self.accept(o))
            layout.addWidget(text, 1)
            layout.addWidget(accept)
            self.offers_box.addWidget(row)
            self.offer_rows.append(row)
            self.accept_buttons[offer.id] = accept

    def _upcoming_loaded(self, cards: tuple[SessionCard, ...]) -> None:
        self.upcoming = cards
        if self.sessions is not None:
            self.sessions_slot.removeWidget(self.sessions)
            self.sessions.hide()
            self.sessions.deleteLater()
            self.sessions = None
        ids = [str(c.id) for c in cards]
        self.no_session.setVisible(not cards)
        if cards:
            self.sessions = ChoiceButtons(ids, exclusive=True, columns=2)
            self.sessions.sig_changed.connect(self._session_chosen)
            self.sessions_slot.addWidget(self.sessions)
            self._set_session_texts()
        if self.chosen is not None and str(self.chosen.id) in ids:
            self._choose(next(c for c in cards if str(c.id) == str(self.chosen.id)))
        else:
            self.chosen = None
        self._show()

    def _set_session_texts(self) -> None:
        if self.sessions is None:
            return
        texts = {}
        for card in self.upcoming:
            start = host_ops.local(self.shell, card.starts_at)
            texts[str(card.id)] = self.tr("{day} {time}: {title}").format(
                day=_short_day(start.date()), time=start.strftime("%H:%M"), title=card.title
            )
        self.sessions.set_texts(texts)

    def _session_chosen(self) -> None:
        if self.sessions is None:
            return
        key = self.sessions.choice()
        card = next((c for c in self.upcoming if str(c.id) == key), None)
        if card is not None:
            self._choose(card)
            self.notice.clear()
            self._show()

    def _choose(self, card: SessionCard) -> None:
        self.chosen = card
        if self.sessions is not None:
            self.sessions.set_selected([str(card.id)])
        start = host_ops.local(self.shell, card.starts_at)
        self.edit_title.setText(card.title)
        self.edit_location.setText(card.location)
        self.edit_start.setText(start.strftime("%H:%M"))
        self.edit_minutes.setValue(int((card.ends_at - card.starts_at).total_seconds() // 60))
        self.edit_seats.setValue(card.capacity or 0)

    def _move_week(self, days: int) -> None:
        if self.first_day is not None:
            self.first_day += timedelta(days=days)
            self.chosen = None
            self.retranslate()
            self._load()

    # -- Acting ---------------------------------------------------------------------------------

    def _refuse(self, text: str) -> None:
        self.busy = False
        self.notice.setText(text)

    def _failed(self, error: Exception) -> None:
        self._refuse(failure_text(error))

    def _done(self, text: str) -> None:
        self.busy = False
        self.notice.setText(text)
        self._load()

    def accept(self, offer_id: uuid.UUID) -> None:
        if self.busy:
            return
        until: date | None = None
        if self.offer_until.text().strip():
            try:
                until = read_day(self.offer_until.text())
            except UnreadableError:
                self._refuse(self.tr("Type the last day like 2027-06-30."))
                return
        self.busy = True
        host_ops.accept_offer(self, offer_id, until, success=self._accepted, failure=self._failed)

    def _accepted(self, scheduled: Scheduled) -> None:
        self._done(self.tr("On the programme: %n session(s).", "", len(scheduled.session_ids)))

    def _form(self) -> SessionForm | str:
        """The new session as typed, or what cannot be read."""
        try:
            day = read_day(self.day.text())
        except UnreadableError:
            return self.tr("Type the first day like 2026-12-15.")
        try:
            start = read_time(self.start.text())
        except UnreadableError:
            return self.tr("Type the time like 14:00.")
        try:
            cents = read_cents(self.price.text())
        except UnreadableError:
            return self.tr("Type the price in euros, like 20 or 12,50.")
        repeat = Repeat(self.repeat.choice())
        until: date | None = None
        exceptions: tuple[date, ...] = ()
        if repeat is not Repeat.once:
            try:
                until = read_day(self.until.text())
            except UnreadableError:
                return self.tr("Type the last day of the series like 2027-06-30.")
            try:
                exceptions = tuple(
                    read_day(d) for d in self.exceptions.text().replace(",", " ").split()
                )
            except UnreadableError as error:
                return self.tr("This is not a day: {text}").format(text=str(error))
        return SessionForm(
            kind=self.kinds.choice(),
            title=self.title_field.text(),
            starts=datetime.combine(day, start),
            minutes=self.minutes.value(),
            capacity=self.seats.value() or None,
            topic=self.topic.text(),
            description=self.description.toPlainText(),
            location=self.location.text(),
            price_cents=cents,
            language=self.shell.language,
            repeat=repeat,
            until=until,
            exceptions=exceptions,
        )

    def create_session(self) -> None:
        if self.busy:
            return
        form = self._form()
        if isinstance(form, str):
            self._refuse(form)
            return
        self.busy = True
        host_ops.create(self, form, success=self._created, failure=self._failed)

    def _created(self, scheduled: Scheduled) -> None:
        for field in (self.title_field, self.topic, self.location, self.day, self.start):
            field.clear()
        self.description.clear()
        self._done(self.tr("On the programme: %n session(s).", "", len(scheduled.session_ids)))

    def _edit(self, card: SessionCard) -> SessionEdit | str:
        """What changed, as typed (unchanged fields are left alone)."""
        try:
            start = read_time(self.edit_start.text())
        except UnreadableError:
            return self.tr("Type the time like 14:00.")
        old_start = host_ops.local(self.shell, card.starts_at)
        old_minutes = int((card.ends_at - card.starts_at).total_seconds() // 60)
        seats = self.edit_seats.value() or None
        title = self.edit_title.text()
        location = self.edit_location.text()
        minutes = self.edit_minutes.value()
        return SessionEdit(
            title=None if title == card.title else title,
            location=None if location == card.location else location,
            capacity=None if seats == card.capacity else seats,
            start=None if start == old_start.time().replace(second=0, microsecond=0) else start,
            minutes=None if minutes == old_minutes else minutes,
        )

    def _scope(self) -> Scope:
        chosen = self.chosen
        if chosen is None or chosen.series_id is None:
            return Scope.this_one
        return Scope(self.scope.choice())

    def save(self) -> None:
        chosen = self.chosen
        if chosen is None or self.busy:
            return
        change = self._edit(chosen)
        if isinstance(change, str):
            self._refuse(change)
            return
        if change == SessionEdit():
            self._refuse(self.tr("Nothing was changed."))
            return
        self.busy = True
        host_ops.edit(
            self,
            chosen.id,
            change,
            scope=self._scope(),
            reason=self.reason.text(),
            success=self._saved,
            failure=self._failed,
        )

    def _saved(self, scheduled: Scheduled) -> None:
        self.reason.clear()
        self._done(self._told(self.tr("Changed."), scheduled))

    def cancel(self) -> None:
        chosen = self.chosen
        if chosen is None or self.busy:
            return
        self.busy = True
        host_ops.cancel(
            self,
            chosen.id,
            scope=self._scope(),
            reason=self.reason.text(),
            success=self._cancelled,
            failure=self._failed,
        )

    def _cancelled(self, scheduled: Scheduled) -> None:
        self.reason.clear()
        self.chosen = None
        self._done(
            self._told(
                self.tr("Cancelled: %n session(s).", "", len(scheduled.session_ids)), scheduled
            )
        )

    def _told(self, done: str, scheduled: Scheduled) -> str:
        if not scheduled.told:
            return done
        return (
            done
            + " "
            + self.tr("%n person(s) will read the reason at their next scan.", "", scheduled.told)
        )


def _long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def _short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
