"""A session: what it is, with whom, when, where (or its video link as a QR code for an online
one), the seats, the price and who it is for; the person's place once they scanned their
badge, and what they can do — sign up, join the waiting list, say they come to a seat offered
from the waiting list, "I can't come", check in. A QR code adds it to the phone's calendar
(`ui/calendar_server.py`: the hub's address when it is reachable, else this kiosk's). Its host,
once they scanned their own badge, opens its list to check in people without a badge."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.errors import QT_TRANSLATE_NOOP
from app.sessions.types import Place
from ui.calendar_server import CalendarServerHolder
from ui.navigation import Screen, register_screen
from ui.screen_args import HostListArgs, ScreenArgs, SessionArgs
from ui.screens.sessions import ops
from ui.screens.sessions.widgets import (
    PHOTO_SIDE,
    host_text,
    kind_colour,
    kind_text,
    pixmap_of,
    place_text,
    price_text,
    seats_text,
    when_text,
    where_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import failure_text, label, set_page_margins
from ui.widgets.qr_view import QrView

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.sessions.types import SessionDetail, SignupView

QR_SIDE = 300

FOR_WHOM = {
    "mentored_coworking": QT_TRANSLATE_NOOP(
        "SessionForWhom", "For members working on their project, with a mentor to ask."
    ),
    "drop_in": QT_TRANSLATE_NOOP(
        "SessionForWhom", "For anyone curious about the topic: no need to prepare."
    ),
    "workshop": QT_TRANSLATE_NOOP(
        "SessionForWhom", "For members and visitors who want to practise."
    ),
    "training": QT_TRANSLATE_NOOP(
        "SessionForWhom", "For members who want to learn a skill step by step."
    ),
    "meet_the_board": QT_TRANSLATE_NOOP(
        "SessionForWhom", "For every member with a question or an idea for the board."
    ),
}


@register_screen
class SessionDetailScreen(Screen):
    name = "session-detail"
    args_type = SessionArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.tz = ZoneInfo(shell.config.timezone)
        self.session_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.detail: SessionDetail | None = None
        self.busy = False
        self.calendar = CalendarServerHolder.of(shell)
        self.kind = label("heading")
        self.heading = label("title")
        self.when = label("lead")
        self.where = label("lead")
        self.host_line = label("lead")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.hide()
        self.seats = label("lead")
        self.for_whom = label("lead")
        self.description = label("lead")
        self.notice = label("lead")
        self.yours = label("heading")
        self.hint = label("muted")
        self.error = label("error")
        self.error.hide()
        self.empty = EmptyState("clock")
        self.sign_up = TouchButton(kind="primary", big=True, icon_name="plus")
        self.sign_up.clicked.connect(self._sign_up)
        self.coming = TouchButton(kind="primary", big=True, icon_name="check")
        self.coming.clicked.connect(self._accept)
        self.check_in = TouchButton(kind="primary", big=True, icon_name="id-card")
        self.check_in.clicked.connect(self._check_in)
        self.cannot = TouchButton(kind="destructive", big=True, icon_name="x")
        self.cannot.clicked.connect(self._cancel)
        self.host_list = TouchButton(kind="primary", big=True, icon_name="users")
        self.host_list.clicked.connect(self._open_host_list)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        # The host's first: they scanned to check people in, not to sign up.
        for button in (self.host_list, self.sign_up, self.coming, self.check_in, self.cannot):
            actions.addWidget(button)
        actions.addStretch(1)
        self.video_title = label("muted")
        self.video_qr = QrView()
        self.video_qr.setFixedSize(QR_SIDE, QR_SIDE)
        self.calendar_title = label("muted")
        self.calendar_qr = QrView()
        self.calendar_qr.setFixedSize(QR_SIDE, QR_SIDE)
        codes = QVBoxLayout()
        codes.setSpacing(12)
        for widget in (self.video_title, self.video_qr, self.calendar_title, self.calendar_qr):
            codes.addWidget(widget)
        codes.addStretch(1)
        texts = QVBoxLayout()
        texts.setSpacing(12)
        host_row = QHBoxLayout()
        host_row.setSpacing(16)
        host_row.addWidget(self.photo)
        host_row.addWidget(self.host_line, 1)
        for part in (self.kind, self.heading, self.when, self.where):
            texts.addWidget(part)
        texts.addLayout(host_row)
        for part in (self.seats, self.for_whom, self.description, self.notice, self.yours):
            texts.addWidget(part)
        texts.addLayout(actions)
        texts.addWidget(self.hint)
        texts.addWidget(self.error)
        texts.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(40)
        self._body.addLayout(texts, 1)
        self._body.addLayout(codes)
        self.content = QWidget()
        self.content.setLayout(self._body)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("A session")

    def retranslate(self) -> None:
        self.sign_up.setText(self.tr("Sign up"))
        self.coming.setText(self.tr("I'm coming"))
        self.check_in.setText(self.tr("Check in"))
        self.cannot.setText(self.tr("I can't come"))
        self.host_list.setText(self.tr("Check people in"))
        self.video_title.setText(self.tr("Join the video call: scan with your phone"))
        self.calendar_title.setText(self.tr("Add it to your phone's calendar"))
        self.empty.set_texts(self.tr("This session is no longer on the programme."))
        self._show()

    def arrange(self, space: QSize) -> None:
        self._body.setDirection(
            QBoxLayout.Direction.LeftToRight
            if space.width() >= 1100
            else QBoxLayout.Direction.TopToBottom
        )

    def reset(self) -> None:
        self.session_id = self.person_id = None
        self.detail = None
        self.busy = False
        self.error.hide()
        self.calendar_qr.set_data("")
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, SessionArgs):
            if args.session_id != self.session_id:
                self.reset()
            self.session_id = args.session_id
            self.person_id = args.person_id or self.person_id
        window = self.window()
        if isinstance(window, QMainWindow):
            self.calendar.watch(window)
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if (
            initiator is not self
            and changes.concerns(Entity.SESSION, Entity.SIGNUP)
            and self.isVisible()
        ):
            self.load()

    def prepare_screenshot(self) -> None:
        def picked(session_id: uuid.UUID | None) -> None:
            if session_id is not None:
                self.session_id = session_id
                self.load()

        ops.demo_session(self, success=picked)

    def load(self) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        ops.detail(self, session_id, self.person_id, success=self._loaded, failure=self._gone)
        ops.calendar_url(self, self.calendar, session_id, success=self._calendar)

    def _loaded(self, detail: SessionDetail) -> None:
        if detail.card.id != self.session_id:
            return
        self.detail = detail
        self._show()
        host = detail.card.host_id_with_photo
        if host is not None:
            ops.photos(self, frozenset({host}), success=self._photo)

    def _photo(self, photos: dict[uuid.UUID, bytes]) -> None:
        detail = self.detail
        host = detail.card.host_id_with_photo if detail is not None else None
        photo = photos.get(host) if host is not None else None
        if photo is not None:
            self.photo.setPixmap(pixmap_of(photo))
        self.photo.setVisible(photo is not None)

    def _calendar(self, url: str) -> None:
        self.calendar_qr.set_data(url)
        self._show()

    def _gone(self, error: Exception) -> None:
        self.detail = None
        self._show()
        self.shell.toast(failure_text(error))

    def _show(self) -> None:
        detail = self.detail
        self.empty.setVisible(detail is None and self.session_id is not None)
        self.content.setVisible(detail is not None)
        if detail is None:
            return
        card = detail.card
        self.kind.setText(kind_text(card.kind))
        self.kind.setStyleSheet(f"color: {kind_colour(card.kind)};")
        self.heading.setText(card.title)
        self.when.setText(when_text(card, self.tz))
        self.where.setText(where_text(card))
        self.host_line.setText(host_text(card))
        self.host_line.setVisible(bool(card.host_first_name))
        self.seats.setText(f"{seats_text(card)} · {price_text(card)}")
        self.for_whom.setText(self.translate_for_whom(card.kind))
        self.description.setText(detail.description)
        self.description.setVisible(bool(detail.description))
        self.notice.setText(self.tr("Note: {notice}").format(notice=detail.notice))
        self.notice.setVisible(bool(detail.notice))
        self.video_qr.set_data(detail.online_url)
        self.video_qr.setVisible(bool(detail.online_url))
        self.video_title.setVisible(bool(detail.online_url))
        # No address (the port is taken): no code rather than one that leads nowhere.
        has_calendar = bool(self.calendar_qr.data)
        self.calendar_qr.setVisible(has_calendar)
        self.calendar_title.setVisible(has_calendar)
        self._show_place(detail.yours)

    def translate_for_whom(self, kind: str) -> str:
        return QCoreApplication.translate("SessionForWhom", FOR_WHOM.get(kind, ""))

    def _show_place(self, yours: SignupView | None) -> None:
        detail = self.detail
        open_ = detail is not None and not detail.card.cancelled
        place = yours.place if yours is not None else None
        holding = place in (Place.confirmed, Place.provisional, Place.offered)
        self.yours.setText(place_text(yours, self.tz) if yours is not None else "")
        self.yours.setVisible(yours is not None)
        self.sign_up.setVisible(open_ and place in (None, Place.cancelled, Place.no_show))
        full = detail is not None and detail.card.full
        self.sign_up.setText(self.tr("Join the waiting list") if full else self.tr("Sign up"))
        self.coming.setVisible(open_ and place is Place.offered)
        self.check_in.setVisible(open_ and holding)
        self.cannot.setVisible(open_ and (holding or place is Place.waitlisted))
        self.host_list.setVisible(open_ and detail is not None and detail.hosting)
        self.hint.setText(
            self.tr("Scan your badge to see your place.") if self.person_id is None else ""
        )
        self.hint.setVisible(self.person_id is None and open_)

    # -- What a person does ---------------------------------------------------------------------

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy:
            self.person_id = holder.person_id
            self.load()

    def _sign_up(self) -> None:
        session_id = self.session_id
        if session_id is not None:
            self.shell.go("session-signup", SessionArgs(session_id, self.person_id))

    def _check_in(self) -> None:
        session_id = self.session_id
        if session_id is not None:
            self.shell.go("session-checkin", SessionArgs(session_id, self.person_id))

    def _open_host_list(self) -> None:
        session_id, person_id = self.session_id, self.person_id
        if session_id is not None and person_id is not None:
            self.shell.go("session-attendance", HostListArgs(session_id, person_id))

    def _accept(self) -> None:
        self._act(ops.accept)

    def _cancel(self) -> None:
        self._act(ops.cancel)

    def _act(self, action: ops.SignupAction) -> None:
        session_id, person_id = self.session_id, self.person_id
        if session_id is None or person_id is None or self.busy:
            return
        self.busy = True
        self.error.hide()
        action(self, session_id, person_id, success=self._acted, failure=self._refused)

    def _acted(self, view: SignupView) -> None:
        self.busy = False
        if self.detail is not None and view.session_id == self.session_id:
            self.load()

    def _refused(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()
