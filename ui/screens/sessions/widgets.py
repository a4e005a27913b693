"""What the session screens share: a session as a card (the kind in words and colour, the
title, the host's first name — their photo only with consent —, the room, the seats left or
"waiting list", the price or "free"), the words for kinds, times and places, and the
calendar QR code. The facilitators' session screens reuse the card."""

from __future__ import annotations

import uuid
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.errors import QT_TRANSLATE_NOOP
from app.sessions.types import Place
from ui import theme
from ui.screen_args import SessionArgs
from ui.widgets.buttons import TouchButton
from ui.widgets.page import label

if TYPE_CHECKING:
    from app.sessions.types import News, NowNext, SessionCard, SignupView, WhatChanged

PHOTO_SIDE = 72
# How far a finger slides sideways to swipe to another day (a tap moves a few pixels).
SWIPE_PX = 120

# A place that home offers to check in with.
_CHECK_IN_PLACES = (Place.confirmed, Place.provisional, Place.offered)

KIND_WORDS = {
    "mentored_coworking": QT_TRANSLATE_NOOP("SessionKind", "Mentored co-working"),
    "drop_in": QT_TRANSLATE_NOOP("SessionKind", "Drop-in"),
    "workshop": QT_TRANSLATE_NOOP("SessionKind", "Workshop"),
    "training": QT_TRANSLATE_NOOP("SessionKind", "Training"),
    "meet_the_board": QT_TRANSLATE_NOOP("SessionKind", "Meet the board"),
}
"""Each kind in words (translation context `SessionKind`), in `app.sessions.types.KINDS`'s
order."""

# Each kind keeps one colour of the palette (a participation level's, or the accent), so a
# card is told apart before it is read; the words say it too (never colour alone).
KIND_COLOURS = {
    "mentored_coworking": "information",
    "drop_in": "consultation",
    "workshop": "concertation",
    "training": "codecision",
    "meet_the_board": "primary",
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("SessionKind", KIND_WORDS.get(kind, kind))


def kind_colour(kind: str) -> str:
    """The `#RRGGBB` colour of a kind in the current theme; in high contrast, the ink (the
    levels are black there: the words tell the kind)."""
    current = theme.current()
    if current.high_contrast:
        return current.palette.ink
    colour = KIND_COLOURS.get(kind, "primary")
    return current.palette.levels.get(colour, current.palette.primary)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionWords", text)


def clock_text(moment: datetime, tz: tzinfo) -> str:
    """ "14:00": a time of day on the antenne's clock."""
    return moment.astimezone(tz).strftime("%H:%M")


def day_text(day: date) -> str:
    """ "mardi 8 décembre": a day in the kiosk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def when_text(card: SessionCard, tz: tzinfo) -> str:
    """ "mardi 8 décembre, 14:00–17:00"."""
    return f"{day_text(card.starts_at.astimezone(tz).date())}, {hours_text(card, tz)}"


def hours_text(card: SessionCard, tz: tzinfo) -> str:
    return f"{clock_text(card.starts_at, tz)}\u2013{clock_text(card.ends_at, tz)}"


def price_text(card: SessionCard) -> str:
    if card.free:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "Free"))
    amount = QLocale().toString(
        card.price_cents / 100, "f", 0 if card.price_cents % 100 == 0 else 2
    )
    return f"{amount}\u00a0{'€' if card.currency == 'EUR' else card.currency}"


def seats_text(card: SessionCard) -> str:
    if card.cancelled:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "Cancelled"))
    if card.seats_left is None:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "Open to all"))
    if card.seats_left == 0:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "Full: waiting list"))
    if card.seats_left == 1:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "1 seat left"))
    return _tr(QT_TRANSLATE_NOOP("SessionWords", "{count} seats left")).format(
        count=card.seats_left
    )


def where_text(card: SessionCard) -> str:
    if card.online:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "Online"))
    return card.location or _tr(QT_TRANSLATE_NOOP("SessionWords", "At the antenne"))


def host_text(card: SessionCard) -> str:
    if not card.host_first_name:
        return ""
    return _tr(QT_TRANSLATE_NOOP("SessionWords", "With {name}")).format(name=card.host_first_name)


def hold_text(moment: datetime, tz: tzinfo) -> str:
    """ "by mardi 8 décembre, 12:00": when an offered seat goes to the next."""
    local = moment.astimezone(tz)
    return _tr(QT_TRANSLATE_NOOP("SessionWords", "by {day}, {time}")).format(
        day=day_text(local.date()), time=local.strftime("%H:%M")
    )


def place_text(view: SignupView, tz: tzinfo) -> str:
    """The person's place in words, the same on every screen."""
    place = view.place
    if place is Place.confirmed:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "{name}, your seat is confirmed.")).format(
            name=view.first_name
        )
    if place is Place.provisional:
        return _tr(
            QT_TRANSLATE_NOOP("SessionWords", "{name}, you have a seat: we'll confirm it.")
        ).format(name=view.first_name)
    if place is Place.waitlisted:
        return _tr(
            QT_TRANSLATE_NOOP(
                "SessionWords", "{name}, you are number {position} on the waiting list."
            )
        ).format(name=view.first_name, position=view.waitlist_position or 1)
    if place is Place.offered and view.hold_until is not None:
        return _tr(
            QT_TRANSLATE_NOOP(
                "SessionWords", "{name}, a seat is waiting for you: say you come {deadline}."
            )
        ).format(name=view.first_name, deadline=hold_text(view.hold_until, tz))
    if place is Place.attended:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "{name}, you are checked in.")).format(
            name=view.first_name
        )
    if place is Place.session_cancelled:
        return _tr(QT_TRANSLATE_NOOP("SessionWords", "This session is cancelled."))
    return _tr(QT_TRANSLATE_NOOP("SessionWords", "{name}, you have no place in it.")).format(
        name=view.first_name
    )


def pixmap_of(photo: bytes) -> QPixmap:
    return QPixmap.fromImage(QImage.fromData(photo)).scaled(
        PHOTO_SIDE,
        PHOTO_SIDE,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )


class SessionCardWidget(QFrame):
    """A session as a card a finger taps (`sig_chosen` with the card)."""

    sig_chosen = Signal(object)
    sig_swiped = Signal(int)
    """A sideways slide: +1 the next day, -1 the one before."""

    def __init__(self, card: SessionCard, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setProperty("role", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(120)
        self.strip = QFrame()
        self.strip.setFixedWidth(14)
        self.kind = label("muted")
        self.heading = label("heading")
        self.details = label("lead")
        self.seats = label("lead")
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.hide()
        texts = QVBoxLayout()
        texts.setSpacing(6)
        for widget in (self.kind, self.heading, self.details, self.seats):
            texts.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 24, 0)
        texts.setContentsMargins(0, 16, 0, 16)
        row.setSpacing(20)
        row.addWidget(self.strip)
        row.addLayout(texts, 1)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        self._tz = tz
        self._pressed_at = 0.0
        self.show_texts()

    def show_texts(self) -> None:
        card = self.card
        self.strip.setStyleSheet(f"background: {kind_colour(card.kind)}; border-radius: 6px;")
        self.kind.setText(f"{kind_text(card.kind)} · {hours_text(card, self._tz)}")
        self.heading.setText(card.title)
        parts = [host_text(card), where_text(card)]
        self.details.setText(" · ".join(part for part in parts if part))
        self.seats.setText(f"{seats_text(card)} · {price_text(card)}")
        self.setAccessibleName(f"{card.title}, {kind_text(card.kind)}")

    def set_photo(self, photo: bytes | None) -> None:
        """The host's photo: only given when they agreed to show it."""
        if photo is None or self.card.host_id_with_photo is None:
            self.photo.clear()
            self.photo.hide()
            return
        self.photo.setPixmap(pixmap_of(photo))
        self.photo.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A finger that slid sideways swipes to another day: the screen hears it, not the card.
        moved = event.position().x() - self._pressed_at
        if abs(moved) >= SWIPE_PX:
            self.sig_swiped.emit(-1 if moved > 0 else 1)
        elif self.rect().contains(event.position().toPoint()):
            self.sig_chosen.emit(self.card)
        super().mouseReleaseEvent(event)


def news_text(news: News, tz: tzinfo) -> str:
    """One thing a person was not told yet about one of their sessions, in a line."""
    local = news.starts_at.astimezone(tz)
    session = f"{news.title} ({day_text(local.date())}, {local.strftime('%H:%M')})"
    place = news.place
    if place is Place.confirmed:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: your seat is confirmed."))
    elif place is Place.provisional:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: you have a seat."))
    elif place is Place.offered and news.hold_until is not None:
        words = _tr(
            QT_TRANSLATE_NOOP(
                "SessionWords", "{session}: a seat is waiting for you, say you come {deadline}."
            )
        )
    elif place is Place.waitlisted:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: you are on the waiting list."))
    elif place is Place.session_cancelled:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: cancelled."))
    elif place is Place.cancelled:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: your place was given up."))
    else:
        words = _tr(QT_TRANSLATE_NOOP("SessionWords", "{session}: changed."))
    text = words.format(
        session=session,
        deadline=hold_text(news.hold_until, tz) if news.hold_until is not None else "",
    )
    if news.notice:
        text += " " + news.notice
    return text


class HomeNews(QFrame):
    """What home tells a person who scanned their badge: their session of the hour ("you're
    signed up for … at 14:00 — check in?"), what changed since they last looked, else what
    is on now or next today. `sig_go` asks for a screen (name, `SessionArgs`)."""

    sig_go = Signal(str, object)

    def __init__(
        self,
        person_id: uuid.UUID,
        changed: WhatChanged,
        soon: NowNext,
        yours: tuple[SignupView, ...],
        *,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._person_id = person_id
        self._changed = changed
        self._soon = soon
        self._yours = [v for v in yours if v.place in _CHECK_IN_PLACES]
        self._tz = tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        self.title = label("heading")
        layout.addWidget(self.title)
        self.lines: list[QLabel] = []
        for _news in changed.news[:3]:
            line = label("lead")
            layout.addWidget(line)
            self.lines.append(line)
        self.buttons: list[tuple[TouchButton, str, uuid.UUID]] = []
        row = QHBoxLayout()
        row.setSpacing(16)
        if self._yours:
            for view in self._yours[:2]:
                self._button(row, "session-checkin", view.session_id, "id-card")
        else:
            for card in (*soon.now, *soon.next)[:2]:
                self._button(row, "session-detail", card.id, "clock")
        row.addStretch(1)
        layout.addLayout(row)
        self.show_texts()

    def _button(self, row: QHBoxLayout, screen: str, session_id: uuid.UUID, icon: str) -> None:
        button = TouchButton(kind="primary", big=True, icon_name=icon)
        button.clicked.connect(
            lambda _c=False: self.sig_go.emit(screen, SessionArgs(session_id, self._person_id))
        )
        row.addWidget(button)
        self.buttons.append((button, screen, session_id))

    @property
    def worth_telling(self) -> bool:
        return bool(self._changed.news or self.buttons)

    def show_texts(self) -> None:
        tz = self._tz
        if self._yours:
            view = self._yours[0]
            self.title.setText(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "SessionWords", "You're signed up for {title} at {time}: check in?"
                    )
                ).format(title=view.title, time=clock_text(view.starts_at, tz))
            )
        elif self._changed.news:
            self.title.setText(
                _tr(
                    QT_TRANSLATE_NOOP("SessionWords", "News of your sessions since your last visit")
                )
            )
        else:
            self.title.setText(_tr(QT_TRANSLATE_NOOP("SessionWords", "Sessions now and soon")))
        for line, news in zip(self.lines, self._changed.news, strict=False):
            line.setText(news_text(news, tz))
        now = {card.id for card in self._soon.now}
        titles = {card.id: card.title for card in (*self._soon.now, *self._soon.next)}
        titles |= {view.session_id: view.title for view in self._yours}
        for button, screen, session_id in self.buttons:
            if screen == "session-checkin":
                words = _tr(QT_TRANSLATE_NOOP("SessionWords", "Check in: {title}"))
            elif session_id in now:
                words = _tr(QT_TRANSLATE_NOOP("SessionWords", "Now: {title}"))
            else:
                words = _tr(QT_TRANSLATE_NOOP("SessionWords", "Next today: {title}"))
            button.setText(words.format(title=titles.get(session_id, "")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_texts()
        super().changeEvent(event)


class SoonStrip(QWidget):
    """The attract screen's "Now" and "Next today": up to two sessions under way or starting
    within the hour, each a row a finger taps to reach the session (`sig_go`: name,
    `SessionArgs`). Rows, not buttons: a session's title is up to 200 characters, and a
    button never cuts its text (it would widen the whole screen); a row wraps it."""

    sig_go = Signal(str, object)

    def __init__(self, soon: NowNext, *, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = {card.id for card in soon.now}
        self._tz = tz
        self.cards = (*soon.now, *soon.next)[:2]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.rows: list[QLabel] = []
        for card in self.cards:
            row = _SoonRow(card.id)
            row.sig_tapped.connect(lambda args: self.sig_go.emit("session-detail", args))
            layout.addWidget(row)
            self.rows.append(row.text)
        self.show_texts()

    def show_texts(self) -> None:
        for text, card in zip(self.rows, self.cards, strict=True):
            if card.id in self._now:
                words = _tr(QT_TRANSLATE_NOOP("SessionWords", "Now: {title}"))
            else:
                words = _tr(QT_TRANSLATE_NOOP("SessionWords", "Next today: {title}"))
            # The times are the same in every language.
            times = f"{clock_text(card.starts_at, self._tz)}–{clock_text(card.ends_at, self._tz)}"
            text.setText(f"{words.format(title=card.title)} · {times}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_texts()
        super().changeEvent(event)


class _SoonRow(QFrame):
    """One session of the strip: a card with its wrapped line, tapped as a whole."""

    sig_tapped = Signal(object)

    def __init__(self, session_id: uuid.UUID) -> None:
        super().__init__()
        self._args = SessionArgs(session_id)
        self.setProperty("role", "card")
        # A finger's target (docs/architecture.md, kiosk conventions).
        self.setMinimumHeight(56)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        self.text = label("lead")
        layout.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Taken here: the attract screen starts the visit on a press that reaches it.
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.sig_tapped.emit(self._args)
        event.accept()
