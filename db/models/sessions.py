"""Sessions people sign up for: mentored co-working, drop-ins, workshops, trainings, and
meet-the-board moments.

The model is called `Session` as in the design; in service code that also needs SQLAlchemy's
session, import the ORM one as `from sqlalchemy import orm` (`orm.Session`).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin

if TYPE_CHECKING:
    from db.models.people import Person


class SessionKind(enum.StrEnum):
    mentored_coworking = "mentored_coworking"
    drop_in = "drop_in"
    workshop = "workshop"
    training = "training"
    meet_the_board = "meet_the_board"


class SignupStatus(enum.StrEnum):
    confirmed = "confirmed"
    waitlisted = "waitlisted"
    cancelled = "cancelled"
    attended = "attended"
    no_show = "no_show"


class Session(SyncedMixin, Base):
    __tablename__ = "session"

    kind: Mapped[SessionKind] = mapped_column(index=True)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    host_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id"), default=None, index=True
    )
    # Written by the host in their language (drop-ins are on "a topic of their choice").
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    topic: Mapped[str] = mapped_column(String(120), default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    location: Mapped[str] = mapped_column(String(200), default="")
    online_url: Mapped[str] = mapped_column(String(400), default="")
    # None: no limit.
    capacity: Mapped[int | None] = mapped_column(default=None)
    # Money in cents; 0 is free.
    price_cents: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # iCalendar RRULE of the series ("FREQ=WEEKLY;BYDAY=TU"); occurrences share `series_id`.
    recurrence: Mapped[str] = mapped_column(String(200), default="")
    series_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    # The series' exceptions (holidays, dates taken out), local ISO dates, on every occurrence.
    exdates: Mapped[list[str]] = mapped_column(default=list)
    cancelled: Mapped[bool] = mapped_column(default=False)
    # A member's offer to host, not on the programme until a facilitator accepts it.
    proposed: Mapped[bool] = mapped_column(default=False)
    # Why a facilitator last changed or cancelled it, shown to those signed up; `revision`
    # counts those changes, so a kiosk knows who has not been told yet.
    notice: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(default=0)

    host: Mapped[Person | None] = relationship(lazy="select")


class Signup(SyncedMixin, Base):
    """A person's place in a session. `provisional` until the hub grants the seat (sync)."""

    __tablename__ = "signup"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[SignupStatus] = mapped_column(default=SignupStatus.confirmed, index=True)
    provisional: Mapped[bool] = mapped_column(default=True)
    # Order on the waiting list (1 = next in); None when not waitlisted.
    waitlist_position: Mapped[int | None] = mapped_column(default=None)
    # Moved from the waiting list to a seat, and when the person said they still come: a seat
    # given and not taken by the hold deadline goes to the next (docs/architecture.md,
    # "Sessions").
    promoted_at: Mapped[datetime | None] = mapped_column(default=None)
    accepted_at: Mapped[datetime | None] = mapped_column(default=None)
    # A paid training paid at the desk (no payment is processed here).
    paid_at: Mapped[datetime | None] = mapped_column(default=None)
    # What the person was last told of this sign-up (`app.sessions.service.what_changed`).
    seen: Mapped[str] = mapped_column(String(40), default="")

    session: Mapped[Session] = relationship(lazy="select")
    person: Mapped[Person] = relationship(lazy="select")
