"""What the sessions' screens and commands hand to the service and get back from it.

Forms are what a facilitator or a member typed or chose; results are frozen and carry their
`changes`. No SQLAlchemy here: screens import this module at module top (docs/architecture.md,
"The feature slice" and "Sessions").
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.changes import NOTHING, Changes, Entity

KINDS = ("mentored_coworking", "drop_in", "workshop", "training", "meet_the_board")
"""The kinds of session, as `db.models.SessionKind` stores them."""
HOST_KINDS = ("drop_in", "workshop")
"""What a member may offer to host: a drop-in, or a skill-share workshop."""


class Repeat(enum.StrEnum):
    """How a series repeats (an iCalendar rule, `app.sessions.recurrence`)."""

    once = "once"
    weekly = "weekly"
    every_other_week = "every_other_week"
    # The same weekday of the month: the second Tuesday, the last Friday.
    monthly = "monthly"


class Scope(enum.StrEnum):
    """What a facilitator's change of a session of a series reaches."""

    this_one = "this_one"
    this_and_following = "this_and_following"


class Place(enum.StrEnum):
    """A person's place in a session, as they are told it."""

    confirmed = "confirmed"
    # Signed up on a kiosk, not yet answered by the hub: "we'll confirm your seat".
    provisional = "provisional"
    waitlisted = "waitlisted"
    # Given a seat from the waiting list: theirs if they say they come before the deadline.
    offered = "offered"
    attended = "attended"
    no_show = "no_show"
    cancelled = "cancelled"
    # The facilitators cancelled the session.
    session_cancelled = "session_cancelled"


@dataclass(frozen=True)
class SessionForm:
    """A session or a series a facilitator creates. `starts` is the antenne's local wall-clock
    time of the first occurrence (naive); a series keeps it across daylight-saving changes."""

    kind: str
    title: str
    starts: datetime
    minutes: int
    capacity: int | None = None
    topic: str = ""
    description: str = ""
    location: str = ""
    online_url: str = ""
    price_cents: int = 0
    language: str = "fr"
    host_id: uuid.UUID | None = None
    repeat: Repeat = Repeat.once
    # The last day of a series (required unless `repeat` is `once`).
    until: date | None = None
    # Days without the session (holidays, a date taken out).
    exceptions: tuple[date, ...] = ()


@dataclass(frozen=True)
class HostOffer:
    """A member offers to host a drop-in (or a skill-share workshop, proposed from one of
    their matches on the skills board): a topic, a first day and time, weekly or not."""

    person_id: uuid.UUID
    topic: str
    day: date
    start: time
    minutes: int
    capacity: int
    weekly: bool = False
    description: str = ""
    # One of `HOST_KINDS`.
    kind: str = "drop_in"


@dataclass(frozen=True)
class SessionEdit:
    """What a facilitator changes in a session (None: unchanged). `start` and `minutes` move
    each occurrence to that local time on its own day."""

    title: str | None = None
    topic: str | None = None
    description: str | None = None
    location: str | None = None
    capacity: int | None = None
    price_cents: int | None = None
    start: time | None = None
    minutes: int | None = None


@dataclass(frozen=True)
class SessionCard:
    """A session as a card in the day and week views."""

    id: uuid.UUID
    kind: str
    title: str
    topic: str
    starts_at: datetime
    ends_at: datetime
    location: str
    online: bool
    host_first_name: str
    # Only when the host agreed to show their photo.
    host_id_with_photo: uuid.UUID | None
    capacity: int | None
    # None: no limit.
    seats_left: int | None
    waiting: int
    price_cents: int
    currency: str
    cancelled: bool
    proposed: bool
    series_id: uuid.UUID | None

    @property
    def free(self) -> bool:
        return self.price_cents == 0

    @property
    def full(self) -> bool:
        return self.seats_left == 0


@dataclass(frozen=True)
class DayPlan:
    day: date
    cards: tuple[SessionCard, ...]


@dataclass(frozen=True)
class Week:
    """Seven days from the first (today first)."""

    days: tuple[DayPlan, ...]


@dataclass(frozen=True)
class NowNext:
    """Sessions under way, and those starting within the hour."""

    now: tuple[SessionCard, ...]
    next: tuple[SessionCard, ...]


@dataclass(frozen=True)
class SignupView:
    """A person's place in a session, and what the action changed."""

    signup_id: uuid.UUID
    session_id: uuid.UUID
    person_id: uuid.UUID
    first_name: str
    title: str
    starts_at: datetime
    place: Place
    waitlist_position: int | None
    # An offered seat: theirs if they say they come before this moment.
    hold_until: datetime | None
    paid: bool
    changes: Changes = NOTHING


@dataclass(frozen=True)
class SessionDetail:
    card: SessionCard
    description: str
    language: str
    online_url: str
    # The facilitators' reason for the last change or the cancellation.
    notice: str
    recurrence: str
    # The person's place, when the screen knows who is looking (after a badge scan).
    yours: SignupView | None
    # The person looking hosts it: they may check people in from its list.
    hosting: bool


@dataclass(frozen=True)
class Attendee:
    """A line of the host's list (never a no-show history: that is the person's own)."""

    signup_id: uuid.UUID
    person_id: uuid.UUID
    first_name: str
    last_name: str
    place: Place
    waitlist_position: int | None
    paid: bool


@dataclass(frozen=True)
class Roster:
    card: SessionCard
    attendees: tuple[Attendee, ...]


@dataclass(frozen=True)
class News:
    """Something the person has not been told yet about one of their sessions."""

    signup_id: uuid.UUID
    session_id: uuid.UUID
    title: str
    starts_at: datetime
    place: Place
    hold_until: datetime | None
    # The facilitators' reason, when they changed or cancelled the session.
    notice: str


@dataclass(frozen=True)
class WhatChanged:
    person_id: uuid.UUID
    news: tuple[News, ...]


@dataclass(frozen=True)
class SessionCheckIn:
    """A person checked in to a session; `visit_already` when they had checked in at the desk
    today (the same visit counts)."""

    person_id: uuid.UUID
    first_name: str
    session_id: uuid.UUID
    title: str
    already: bool
    visit_already: bool
    changes: Changes = field(
        default_factory=lambda: Changes.of(Entity.SIGNUP, Entity.VISIT, Entity.AUDIT_ENTRY)
    )


@dataclass(frozen=True)
class Scheduled:
    """Sessions created or changed: one, or a series' occurrences."""

    session_ids: tuple[uuid.UUID, ...]
    series_id: uuid.UUID | None
    # How many people signed up are told the reason (a change or a cancellation).
    told: int = 0
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.SESSION, Entity.AUDIT_ENTRY))


@dataclass(frozen=True)
class Released:
    """Offered seats not taken in time: given up, and who got them next."""

    released: int
    promoted: int
    changes: Changes = NOTHING
