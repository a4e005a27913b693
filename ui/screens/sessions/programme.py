"""The week and the day of sessions, for a finger: today first, the sessions as cards, a swipe
(or the big buttons) to another day, a filter by kind and by topic. "Now" and "Next today" —
a session under way or starting within the hour — are one tap away at the top.

The week is read once (`queries.week_of`, two queries whatever the number of sessions) and
its days are shown from memory; the day screen reads one day at a time (`queries.day_of`) and
goes further than a week. Filters are applied to what was read: the topics offered are those
of the days shown. The kinds are always in view; the topics (ten in a busy week) fold behind one
big button that says which is chosen, so the cards stay above the fold at 1366×768. A button
under the filters opens the catalogue of basic trainings, a content page the hub publishes
(`TRAININGS_PAGE`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.clock import utcnow
from app.sessions.types import KINDS, NowNext
from ui.navigation import Screen, register_screen
from ui.screen_args import ReadArgs, ScreenArgs, SessionArgs
from ui.screens.sessions import ops
from ui.screens.sessions.topics import topic_text
from ui.screens.sessions.widgets import (
    SWIPE_PX,
    HomeNews,
    SessionCardWidget,
    SoonStrip,
    day_text,
    kind_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import PAGE_MARGINS, failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.sessions.types import DayPlan, SessionCard, SignupView, Week, WhatChanged

ALL = "all"
# "Next today": starting within the hour (`app.sessions.queries.NEXT_WINDOW`).
NEXT_WINDOW = timedelta(hours=1)
CARDS_AT_ONCE = 12
# ChoiceButtons' spacing between buttons.
FILTER_SPACING = 16
# The content page of the basic trainings (db/content/*/formations-de-base.md; on a real kiosk
# the hub publishes it): docs/architecture.md, "Sessions".
TRAININGS_PAGE = "formations-de-base"


class ProgrammeScreen(Screen):
    """One day of sessions at a time, today first; the week and day screens differ in what
    they read."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.tz = ZoneInfo(shell.config.timezone)
        self.plans: dict[date, DayPlan] = {}
        self.today: date | None = None
        self.day: date | None = None
        self.cards: list[SessionCardWidget] = []
        self.photos: dict[uuid.UUID, bytes] = {}
        self._asked: set[uuid.UUID] = set()
        self.soon: NowNext | None = None
        self.heading = label("title")
        # Members' offers to host are how drop-ins come about: the way there is on the programme.
        self.offer = TouchButton(kind="secondary", big=True, icon_name="users")
        self.offer.clicked.connect(lambda: self.shell.go("session-host-propose"))
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._top = top
        top.setSpacing(16)
        top.addWidget(self.heading, 1)
        top.addWidget(self.offer)
        # One above the other: a long title on a big button needs the whole width.
        self.soon_row = QVBoxLayout()
        self.soon_row.setSpacing(16)
        self.soon_buttons: list[TouchButton] = []
        self.previous = TouchButton(kind="secondary", big=True, icon_name="chevron-left")
        self.previous.clicked.connect(lambda: self.go_day(-1))
        self.following = TouchButton(kind="secondary", big=True, icon_name="chevron-right")
        self.following.clicked.connect(lambda: self.go_day(1))
        self.day_label = label("heading")
        days = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._days = days
        days.setSpacing(16)
        days.addWidget(self.previous)
        days.addWidget(self.day_label, 1)
        days.addWidget(self.following)
        self.kinds = ChoiceButtons((ALL, *KINDS), exclusive=True, columns=3)
        self.kinds.set_selected([ALL])
        self.kinds.sig_changed.connect(self._show_day)
        self.filter_columns = 3
        self.topics = ChoiceButtons((ALL,), exclusive=True, columns=self.filter_columns)
        self.topics.set_selected([ALL])
        self.topics.hide()
        # The topics unfold under this button and fold again once one is chosen.
        self.topics_toggle = TouchButton(kind="secondary", big=True)
        self.topics_toggle.clicked.connect(self._toggle_topics)
        self.topics_toggle.hide()
        self.trainings = TouchButton(kind="secondary", big=True, icon_name="book-open")
        self.trainings.clicked.connect(lambda: self.shell.go("booklet", ReadArgs(TRAININGS_PAGE)))
        filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._filters = filters
        filters.setSpacing(16)
        filters.addWidget(self.topics_toggle, 1)
        filters.addWidget(self.trainings)
        self._topics_box = QVBoxLayout()
        self._topics_box.addWidget(self.topics)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(16)
        self.empty = EmptyState("clock")
        self._shown: list[SessionCard] = []
        self.more = TouchButton(kind="secondary", big=True, icon_name="plus")
        self.more.clicked.connect(self._add_cards)
        self.more.hide()
        self.error = label("error")
        self.error.hide()
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(20)
        layout.addLayout(top)
        layout.addLayout(self.soon_row)
        layout.addLayout(days)
        layout.addWidget(self.kinds)
        layout.addLayout(filters)
        layout.addLayout(self._topics_box)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addLayout(self.list_box)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self._pressed_at = 0.0
        self.retranslate()

    # -- What is read ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the days this screen shows (the week or the day)."""
        raise NotImplementedError

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.concerns(Entity.SESSION, Entity.SIGNUP) and self.isVisible():
            self.load()

    def reset(self) -> None:
        self.day = None
        self.kinds.set_selected([ALL])
        self.topics.set_selected([ALL])
        self.topics.hide()
        self._toggle_text()

    def loaded(self, plans: tuple[DayPlan, ...], today: date) -> None:
        self.error.hide()
        self.today = today
        self.plans.update({plan.day: plan for plan in plans})
        if self.day is None or self.day < today:
            self.day = today
        self._offer_topics()
        self._show_day()
        self.rearrange()

    def failed(self, error: Exception) -> None:
        self.error.setText(failure_text(error))
        self.error.show()

    def _photos(self, photos: dict[uuid.UUID, bytes]) -> None:
        self.photos.update(photos)
        for widget in self.cards:
            host = widget.card.host_id_with_photo
            widget.set_photo(self.photos.get(host) if host is not None else None)

    def show_soon(self, soon: NowNext) -> None:
        """ "Now" and "Next today" as big buttons at the top."""
        self.soon = soon
        for button in self.soon_buttons:
            self.soon_row.removeWidget(button)
            button.deleteLater()
        self.soon_buttons = []
        for card in (*soon.now, *soon.next)[:2]:
            button = TouchButton(kind="primary", big=True, icon_name="clock")
            button.clicked.connect(lambda _c=False, card=card: self.choose(card))
            self.soon_row.addWidget(button)
            self.soon_buttons.append(button)
        self._soon_texts()
        self.rearrange()
        self._soon_texts()

    def _soon_texts(self) -> None:
        if self.soon is None:
            return
        now = set(self.soon.now)
        for button, card in zip(self.soon_buttons, (*self.soon.now, *self.soon.next), strict=False):
            words = self.tr("Now: {title}") if card in now else self.tr("Next today: {title}")
            button.setText(words.format(title=card.title))

    # -- What is shown --------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sessions")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sessions: co-working, drop-ins, workshops"))
        self.offer.setText(self.tr("Host a session on your topic"))
        self.previous.setText(self.tr("Day before"))
        self.following.setText(self.tr("Next day"))
        self.kinds.set_texts({ALL: self.tr("Every kind"), **{k: kind_text(k) for k in KINDS}})
        self.trainings.setText(self.tr("Basic trainings"))
        self._topic_texts()
        self._soon_texts()
        self._show_day()

    def arrange(self, space: QSize) -> None:
        # As many filter buttons a row as their widest lets fit (large text, portrait: fewer).
        room = self.room(space) - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        widest = max(
            button.sizeHint().width()
            for buttons in (self.kinds.buttons, self.topics.buttons)
            for button in buttons.values()
        )
        self.filter_columns = next(
            (c for c in (6, 3, 2) if c * widest + (c - 1) * FILTER_SPACING <= room), 1
        )
        self.kinds.set_columns(self.filter_columns)
        self.topics.set_columns(self.filter_columns)
        self.side_by_side_if_room(self._days, self.room(space))
        self.side_by_side_if_room(self._filters, self.room(space))
        # The heading keeps to one line beside the button, or the button goes under it (a
        # wrapped label would fit in any width, four lines tall).
        room = self.room(space) - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        one_line = self.heading.fontMetrics().horizontalAdvance(self.heading.text())
        beside = one_line + self._top.spacing() + self.offer.sizeHint().width() <= room
        self._top.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )

    def _offer_topics(self) -> None:
        topics = sorted({c.topic for plan in self.plans.values() for c in plan.cards if c.topic})
        if tuple(topics) == self.topics.keys[1:]:
            return
        chosen = self.topics.choice()
        self._topics_box.removeWidget(self.topics)
        self.topics.deleteLater()
        self.topics = ChoiceButtons((ALL, *topics), exclusive=True, columns=self.filter_columns)
        self.topics.set_selected([chosen if chosen in topics else ALL])
        self.topics.sig_changed.connect(self._topic_chosen)
        self.topics.hide()
        self.topics_toggle.setVisible(bool(topics))
        self._topics_box.addWidget(self.topics)
        self._topic_texts()

    def _toggle_topics(self) -> None:
        self.topics.setVisible(self.topics.isHidden())
        self._toggle_text()

    def _topic_chosen(self) -> None:
        self.topics.hide()
        self._toggle_text()
        self._show_day()

    def _toggle_text(self) -> None:
        """How many topics there are while none is chosen, else the one chosen; the arrow says
        whether a tap unfolds or folds them."""
        arrow = "▾" if self.topics.isHidden() else "▴"
        chosen = self.topics.choice()
        if chosen in (ALL, ""):
            words = self.tr("Topics {arrow} ({count})").format(
                arrow=arrow, count=len(self.topics.keys) - 1
            )
        else:
            words = self.tr("Topic: {topic} {arrow}").format(topic=topic_text(chosen), arrow=arrow)
        self.topics_toggle.setText(words)

    def _topic_texts(self) -> None:
        self.topics.set_texts(
            {
                ALL: self.tr("Every topic"),
                **{t: topic_text(t) for t in self.topics.keys[1:]},
            }
        )
        self._toggle_text()

    def shown_cards(self) -> list[SessionCard]:
        """The day's cards the filters let through."""
        plan = self.plans.get(self.day) if self.day is not None else None
        if plan is None:
            return []
        kind, topic = self.kinds.choice(), self.topics.choice()
        return [
            card
            for card in plan.cards
            if kind in (ALL, "", card.kind) and topic in (ALL, "", card.topic)
        ]

    def _show_day(self) -> None:
        for widget in self.cards:
            self.list_box.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        day = self.day
        if day is None:
            self.day_label.setText("")
            self.empty.hide()
            return
        if day == self.today:
            self.day_label.setText(self.tr("Today, {day}").format(day=day_text(day)))
        elif self.today is not None and day == self.today + timedelta(days=1):
            self.day_label.setText(self.tr("Tomorrow, {day}").format(day=day_text(day)))
        else:
            self.day_label.setText(day_text(day).capitalize())
        self.previous.setEnabled(self.today is not None and day > self.today)
        self.following.setEnabled(self.can_show(day + timedelta(days=1)))
        self._shown = self.shown_cards()
        self._add_cards()
        self.empty.set_texts(
            self.tr("No session this day."), self.tr("Swipe or tap “Next day” to see the next.")
        )
        self.empty.setVisible(not self.cards and day in self.plans)

    def _add_cards(self) -> None:
        """The next cards of the day (a dozen at a time: a busy day draws at once, and a
        finger goes through it by "Show more")."""
        for card in self._shown[len(self.cards) : len(self.cards) + CARDS_AT_ONCE]:
            widget = SessionCardWidget(card, self.tz)
            host = card.host_id_with_photo
            widget.set_photo(self.photos.get(host) if host is not None else None)
            widget.sig_chosen.connect(self.choose)
            widget.sig_swiped.connect(self.go_day)
            self.list_box.addWidget(widget)
            self.cards.append(widget)
        self._more_text()
        # The photos of the hosts shown (of those who agreed), read once.
        wanted = frozenset(
            host
            for widget in self.cards
            if (host := widget.card.host_id_with_photo) is not None and host not in self._asked
        )
        if wanted:
            self._asked |= wanted
            ops.photos(self, wanted, success=self._photos)

    def _more_text(self) -> None:
        left = len(self._shown) - len(self.cards)
        # Named context: the week and day screens share the words.
        words = QCoreApplication.translate("ProgrammeScreen", "Show more sessions ({count})")
        self.more.setText(words.format(count=left))
        self.more.setVisible(left > 0)

    def can_show(self, day: date) -> bool:
        """Whether `go_day` may reach `day`."""
        return True

    def go_day(self, days: int) -> None:
        """Show the day `days` after (or before) the one shown; never before today."""
        if self.day is None or self.today is None:
            return
        target = self.day + timedelta(days=days)
        if target < self.today or not self.can_show(target):
            return
        self.day = target
        if target in self.plans:
            self._show_day()
        else:
            self.load()

    def choose(self, card: SessionCard) -> None:
        self.shell.go("session-detail", SessionArgs(card.id))

    # A swipe on the page itself (between or beside the cards).
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().x()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        moved = event.position().x() - self._pressed_at
        if abs(moved) >= SWIPE_PX:
            self.go_day(-1 if moved > 0 else 1)
        super().mouseReleaseEvent(event)


@register_screen
class SessionsWeekScreen(ProgrammeScreen):
    """Seven days from today, read at once."""

    name = "sessions-week"

    @classmethod
    def home_news_for(
        cls, home: Screen, holder: BadgeHolder, show: Callable[[QWidget], None]
    ) -> None:
        """Their session of the hour ("check in?"), what changed since they last looked (then
        marked seen), else what is on now or next today."""
        tz = ZoneInfo(home.shell.config.timezone)

        def read(found: tuple[WhatChanged, NowNext, tuple[SignupView, ...]]) -> None:
            news = HomeNews(holder.person_id, *found, tz=tz)
            if not news.worth_telling:
                news.deleteLater()
                return
            news.sig_go.connect(home.shell.go)
            show(news)

        ops.news(home, holder.person_id, success=read)

    @classmethod
    def attract_news_for(cls, attract: Screen, show: Callable[[QWidget | None], None]) -> None:
        """What is on now and next today, a tap from the session (nothing: the strip goes)."""
        tz = ZoneInfo(attract.shell.config.timezone)

        def read(soon: NowNext) -> None:
            if not (soon.now or soon.next):
                show(None)
                return
            strip = SoonStrip(soon, tz=tz)
            strip.sig_go.connect(attract.shell.go)
            show(strip)

        ops.now_and_next(attract, success=read)

    def load(self) -> None:
        ops.week(self, None, kind=None, topic=None, success=self._week, failure=self.failed)

    def _week(self, week: Week) -> None:
        self.plans = {}
        self.loaded(week.days, week.days[0].day)
        # "Now" and "Next today" are in today's cards: no second read.
        now = utcnow()
        today = [c for c in week.days[0].cards if not c.cancelled and c.ends_at > now]
        self.show_soon(
            NowNext(
                now=tuple(c for c in today if c.starts_at <= now),
                next=tuple(c for c in today if now < c.starts_at <= now + NEXT_WINDOW),
            )
        )

    def can_show(self, day: date) -> bool:
        return self.today is not None and day < self.today + timedelta(days=7)


@register_screen
class SessionsDayScreen(ProgrammeScreen):
    """One day at a time, as far ahead as a person goes."""

    name = "sessions-day"

    def load(self) -> None:
        ops.day(self, self.day, kind=None, topic=None, success=self._day, failure=self.failed)
        ops.now_and_next(self, success=self.show_soon)

    def _day(self, plan: DayPlan) -> None:
        self.loaded((plan,), self.today or plan.day)
