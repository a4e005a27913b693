"""What the sessions' screens show: the day and the week, "now" and "next today", a session,
the host's list, and what changed for a person since they last saw it.

Reads only (docs/architecture.md, "Sessions"). A person's place is told the same way
everywhere (`place_of`): provisional until the hub answered, "offered" while a seat given
from the waiting list waits for the person to say they come. No-shows are the person's own
(`no_shows_of`): no list or card here carries them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.antennas import antenna_of
from app.changes import NOTHING, Changes
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from app.localtime import local_day, zone
from app.sessions.types import (
    KINDS,
    Attendee,
    DayPlan,
    News,
    NowNext,
    Place,
    Roster,
    SessionCard,
    SessionDetail,
    SignupView,
    Week,
    WhatChanged,
)
from app.sync.policies import SEAT_HOLDERS
from db.models import Person, Signup, SignupStatus
from db.models import Session as Sitting

CONTEXT = "Sessions"
# "Next today": a session starting within the hour.
NEXT_WINDOW = timedelta(hours=1)
# Gentle no-shows are forgotten after three months, or after two sessions attended since.
NO_SHOW_MEMORY = timedelta(days=91)
NO_SHOW_FORGIVEN_AFTER = 2
_ACTIVE = (SignupStatus.confirmed, SignupStatus.waitlisted, SignupStatus.attended)


def not_found() -> NotFoundError:
    return NotFoundError(
        Message(
            CONTEXT, QT_TRANSLATE_NOOP("Sessions", "This session is no longer on the programme.")
        )
    )


def live_sitting(session: Session, sitting_id: uuid.UUID) -> Sitting:
    sitting = session.get(Sitting, sitting_id)
    if sitting is None or sitting.deleted_at is not None:
        raise not_found()
    return sitting


def hold_deadline(ctx: AppContext, sitting: Sitting) -> datetime:
    """Until when a seat given from the waiting list waits for its person to say they come."""
    return sitting.starts_at - timedelta(hours=ctx.config.session_hold_hours)


def is_offered(ctx: AppContext, signup: Signup, sitting: Sitting) -> bool:
    """A seat given from the waiting list before the hold deadline, not yet taken."""
    return (
        signup.status is SignupStatus.confirmed
        and signup.promoted_at is not None
        and signup.accepted_at is None
        and signup.promoted_at < hold_deadline(ctx, sitting)
    )


def place_of(ctx: AppContext, signup: Signup, sitting: Sitting) -> Place:
    """The person's place as they are told it."""
    if sitting.cancelled and signup.status in _ACTIVE:
        return Place.session_cancelled
    if signup.status is not SignupStatus.confirmed:
        return Place(signup.status.value)
    if is_offered(ctx, signup, sitting):
        return Place.offered
    return Place.provisional if signup.provisional else Place.confirmed


def seen_key(ctx: AppContext, signup: Signup, sitting: Sitting) -> str:
    """What telling the person their place now amounts to (`Signup.seen`)."""
    return f"{place_of(ctx, signup, sitting).value}:{sitting.revision}"


def signup_view(
    ctx: AppContext, signup: Signup, sitting: Sitting, first_name: str, changes: Changes = NOTHING
) -> SignupView:
    offered = is_offered(ctx, signup, sitting)
    return SignupView(
        signup_id=signup.id,
        session_id=sitting.id,
        person_id=signup.person_id,
        first_name=first_name,
        title=sitting.title,
        starts_at=sitting.starts_at,
        place=place_of(ctx, signup, sitting),
        waitlist_position=signup.waitlist_position,
        hold_until=hold_deadline(ctx, sitting) if offered else None,
        paid=signup.paid_at is not None,
        changes=changes,
    )


def seats_held(session: Session, sitting_id: uuid.UUID) -> int:
    """Seats taken: confirmed sign-ups, provisional ones included, and those checked in."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Signup)
            .where(
                Signup.session_id == sitting_id,
                Signup.status.in_(SEAT_HOLDERS),
                Signup.deleted_at.is_(None),
            )
        )
        or 0
    )


def _counts(session: Session, ids: Sequence[uuid.UUID]) -> dict[tuple[uuid.UUID, str], int]:
    if not ids:
        return {}
    rows = session.execute(
        select(Signup.session_id, Signup.status, func.count())
        .where(Signup.session_id.in_(ids), Signup.deleted_at.is_(None))
        .group_by(Signup.session_id, Signup.status)
    ).all()
    return {(sitting_id, str(status)): int(count) for sitting_id, status, count in rows}


def _hosts(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, tuple[str, bool]]:
    wanted = {host for host in ids if host is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Person.id, Person.first_name, Person.photo_consent).where(
            Person.id.in_(wanted), Person.deleted_at.is_(None)
        )
    ).all()
    return {person_id: (first, bool(consent)) for person_id, first, consent in rows}


def cards(session: Session, sittings: Sequence[Sitting]) -> list[SessionCard]:
    """The sittings as cards: two queries for any number of them (sign-up counts, hosts)."""
    counts = _counts(session, [s.id for s in sittings])
    hosts = _hosts(session, (s.host_id for s in sittings))
    result = []
    for s in sittings:
        held = sum(counts.get((s.id, status), 0) for status in SEAT_HOLDERS)
        first_name, consent = hosts.get(s.host_id, ("", False)) if s.host_id else ("", False)
        result.append(
            SessionCard(
                id=s.id,
                kind=s.kind.value,
                title=s.title,
                topic=s.topic,
                starts_at=s.starts_at,
                ends_at=s.ends_at,
                location=s.location,
                online=bool(s.online_url),
                host_first_name=first_name,
                host_id_with_photo=s.host_id if consent else None,
                capacity=s.capacity,
                seats_left=None if s.capacity is None else max(s.capacity - held, 0),
                waiting=counts.get((s.id, "waitlisted"), 0),
                price_cents=s.price_cents,
                currency=s.currency,
                cancelled=s.cancelled,
                proposed=s.proposed,
                series_id=s.series_id,
            )
        )
    return result


def _programme(
    session: Session,
    ctx: AppContext,
    start: datetime,
    end: datetime,
    *,
    kind: str | None,
    topic: str | None,
) -> list[Sitting]:
    """The antenne's sessions overlapping [start, end), in order; not members' offers."""
    query = (
        select(Sitting)
        .where(
            Sitting.deleted_at.is_(None),
            Sitting.proposed.is_(False),
            Sitting.starts_at < end,
            Sitting.ends_at > start,
        )
        .order_by(Sitting.starts_at, Sitting.title)
    )
    antenna_id = antenna_of(session, ctx)
    if antenna_id is not None:
        query = query.where(Sitting.antenna_id == antenna_id)
    if kind:
        # An unknown kind shows nothing (never every kind).
        query = query.where(Sitting.kind == (kind if kind in KINDS else None))
    if topic:
        query = query.where(func.lower(Sitting.topic) == topic.strip().lower())
    return list(session.scalars(query))


def _day_bounds(ctx: AppContext, day: date) -> tuple[datetime, datetime]:
    tz = zone(ctx)
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    return start, end


def day_of(
    ctx: AppContext,
    day: date | None = None,
    *,
    kind: str | None = None,
    topic: str | None = None,
    now: datetime | None = None,
) -> DayPlan:
    """The antenne's sessions of a local day (today by default), cancelled ones included."""
    day = day or local_day(ctx, now)
    start, end = _day_bounds(ctx, day)
    with ctx.db.session() as session:
        sittings = _programme(session, ctx, start, end, kind=kind, topic=topic)
        return DayPlan(day=day, cards=tuple(cards(session, sittings)))


def week_of(
    ctx: AppContext,
    first: date | None = None,
    *,
    kind: str | None = None,
    topic: str | None = None,
    now: datetime | None = None,
) -> Week:
    """Seven local days from `first` (today first), in two queries."""
    first = first or local_day(ctx, now)
    start, _ = _day_bounds(ctx, first)
    _, end = _day_bounds(ctx, first + timedelta(days=6))
    tz = zone(ctx)
    with ctx.db.session() as session:
        sittings = _programme(session, ctx, start, end, kind=kind, topic=topic)
        by_day: dict[date, list[SessionCard]] = {first + timedelta(days=n): [] for n in range(7)}
        for card in cards(session, sittings):
            # A session that began the day before and runs on is that day's.
            starts_on = card.starts_at.astimezone(tz).date()
            if starts_on in by_day:
                by_day[starts_on].append(card)
    return Week(days=tuple(DayPlan(day=d, cards=tuple(c)) for d, c in by_day.items()))


def now_and_next(
    ctx: AppContext,
    *,
    kind: str | None = None,
    topic: str | None = None,
    now: datetime | None = None,
) -> NowNext:
    """What is under way, and what starts within the hour (not cancelled)."""
    now = now or utcnow()
    with ctx.db.session() as session:
        sittings = [
            s
            for s in _programme(session, ctx, now, now + NEXT_WINDOW, kind=kind, topic=topic)
            if not s.cancelled
        ]
        shown = cards(session, sittings)
    return NowNext(
        now=tuple(c for c in shown if c.starts_at <= now),
        next=tuple(c for c in shown if c.starts_at > now),
    )


def session_detail(
    ctx: AppContext, sitting_id: uuid.UUID, *, person_id: uuid.UUID | None = None
) -> SessionDetail:
    """A session, and the place of the person looking (after a badge scan)."""
    with ctx.db.session() as session:
        sitting = live_sitting(session, sitting_id)
        yours = None
        if person_id is not None:
            row = session.execute(
                select(Signup, Person.first_name)
                .join(Person, Person.id == Signup.person_id)
                .where(
                    Signup.session_id == sitting.id,
                    Signup.person_id == person_id,
                    Signup.deleted_at.is_(None),
                )
            ).first()
            if row is not None:
                yours = signup_view(ctx, row[0], sitting, row[1])
        return SessionDetail(
            card=cards(session, [sitting])[0],
            description=sitting.description,
            language=sitting.language,
            online_url=sitting.online_url,
            notice=sitting.notice,
            recurrence=sitting.recurrence,
            yours=yours,
            hosting=person_id is not None and person_id == sitting.host_id,
        )


def roster(ctx: AppContext, sitting_id: uuid.UUID) -> Roster:
    """The host's and the facilitators' list: who has a seat, who waits (in order), who came."""
    with ctx.db.session() as session:
        sitting = live_sitting(session, sitting_id)
        rows = session.execute(
            select(Signup, Person.first_name, Person.last_name)
            .join(Person, Person.id == Signup.person_id)
            .where(
                Signup.session_id == sitting.id,
                Signup.deleted_at.is_(None),
                Signup.status.in_(_ACTIVE),
                Person.deleted_at.is_(None),
            )
        ).all()
        attendees = sorted(
            (
                Attendee(
                    signup_id=signup.id,
                    person_id=signup.person_id,
                    first_name=first,
                    last_name=last,
                    place=place_of(ctx, signup, sitting),
                    waitlist_position=signup.waitlist_position,
                    paid=signup.paid_at is not None,
                )
                for signup, first, last in rows
            ),
            key=lambda a: (
                a.place is Place.waitlisted,
                a.waitlist_position or 0,
                a.last_name.casefold(),
                a.first_name.casefold(),
            ),
        )
        return Roster(card=cards(session, [sitting])[0], attendees=tuple(attendees))


def unseen(
    session: Session, ctx: AppContext, person_id: uuid.UUID, now: datetime
) -> list[tuple[Signup, Sitting]]:
    """The person's sign-ups to sessions not over whose place or notice they were not told."""
    rows = session.execute(
        select(Signup, Sitting)
        .join(Sitting, Sitting.id == Signup.session_id)
        .where(
            Signup.person_id == person_id,
            Signup.deleted_at.is_(None),
            Sitting.deleted_at.is_(None),
            Sitting.ends_at > now,
        )
        .order_by(Sitting.starts_at)
    ).all()
    return [(s, t) for s, t in rows if s.seen != seen_key(ctx, s, t)]


def what_changed(
    ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None
) -> WhatChanged:
    """What the person has not been told yet (a seat confirmed or refused by the hub, a seat
    offered from the waiting list, a session changed or cancelled): asked at their next scan;
    `service.mark_seen` once the screen told them."""
    now = now or utcnow()
    with ctx.db.session() as session:
        news = tuple(
            News(
                signup_id=signup.id,
                session_id=sitting.id,
                title=sitting.title,
                starts_at=sitting.starts_at,
                place=place_of(ctx, signup, sitting),
                hold_until=hold_deadline(ctx, sitting)
                if is_offered(ctx, signup, sitting)
                else None,
                notice=sitting.notice,
            )
            for signup, sitting in unseen(session, ctx, person_id, now)
            # Who said "I can't come" knows; a seat offered and not taken in time is news.
            if signup.status is not SignupStatus.cancelled or signup.promoted_at is not None
        )
    return WhatChanged(person_id=person_id, news=news)


def gentle_no_shows(history: Iterable[tuple[datetime, SignupStatus]], now: datetime) -> int:
    """No-shows still remembered: of the last three months, and fewer than two sessions
    attended since. `history` is the person's (start, status) of no-shows and attendances."""
    remembered = 0
    attended_after = 0
    for starts_at, status in sorted(history, reverse=True):
        if status is SignupStatus.attended:
            attended_after += 1
        elif (
            status is SignupStatus.no_show
            and starts_at >= now - NO_SHOW_MEMORY
            and attended_after < NO_SHOW_FORGIVEN_AFTER
        ):
            remembered += 1
    return remembered


def no_shows_of(ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None) -> int:
    """The person's remembered no-shows, for them and the facilitators only: never on a card or
    a list, and never a reason to refuse a sign-up."""
    now = now or utcnow()
    with ctx.db.session() as session:
        history = session.execute(
            select(Sitting.starts_at, Signup.status)
            .join(Sitting, Sitting.id == Signup.session_id)
            .where(
                Signup.person_id == person_id,
                Signup.deleted_at.is_(None),
                Signup.status.in_((SignupStatus.no_show, SignupStatus.attended)),
            )
        ).all()
    return gentle_no_shows(((s, SignupStatus(st)) for s, st in history), now)


def proposals(ctx: AppContext) -> tuple[SessionCard, ...]:
    """Members' offers to host, waiting for a facilitator."""
    with ctx.db.session() as session:
        query = (
            select(Sitting)
            .where(Sitting.deleted_at.is_(None), Sitting.proposed.is_(True))
            .order_by(Sitting.created_at)
        )
        antenna_id = antenna_of(session, ctx)
        if antenna_id is not None:
            query = query.where(Sitting.antenna_id == antenna_id)
        return tuple(cards(session, list(session.scalars(query))))
