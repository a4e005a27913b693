"""Sessions: signing up, waiting fairly, checking in by badge, hosting, and the facilitators'
programme. One function per action, each one transaction with its audit entry
(docs/architecture.md, "Sessions").

Seats: a kiosk gives a seat while the session has room by what it knows, always
*provisionally*; the hub alone decides (`hub.service.seats`), so capacity is never exceeded
across kiosks, offline ones included, and the person is told the hub's answer at their next
scan (`queries.what_changed`). A seat freed ("I can't come", a hold not taken) goes to the
first on the waiting list at once, here and at the hub. A seat given from the waiting list
before the hold deadline (`config.session_hold_hours` before the start) is the person's once
they say they come; not taken by then, it goes to the next (`release_expired_holds`).
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import log
from app.antennas import antenna_of
from app.audit import record_audit_in
from app.changes import NOTHING, Changes, Entity
from app.clock import utcnow
from app.config import LANGUAGES
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import CheckedIn
from app.localtime import zone
from app.onboarding.service import record_visit
from app.sessions.queries import (
    is_offered,
    live_sitting,
    seats_held,
    seen_key,
    signup_view,
    unseen,
)
from app.sessions.recurrence import local_starts, rule_text, to_utc
from app.sessions.types import (
    HOST_KINDS,
    KINDS,
    HostOffer,
    Released,
    Repeat,
    Scheduled,
    Scope,
    SessionCheckIn,
    SessionEdit,
    SessionForm,
    SignupView,
)
from app.sync.policies import SEAT_HOLDERS
from db.models import Person, PersonKind, SessionKind, Signup, SignupStatus
from db.models import Session as Sitting

CONTEXT = "Sessions"
TITLE_MIN, TITLE_MAX = 3, 200
TOPIC_MAX = 120
DESCRIPTION_MAX = 4000
LOCATION_MAX = 200
URL_MAX = 400
REASON_MIN, REASON_MAX = 3, 500
# Bounds that catch typing slips: a session of five minutes to twelve hours, a room of at most
# 500, a training of at most 5 000 euros, a series of at most a year and 100 exceptions.
MINUTES_MIN, MINUTES_MAX = 5, 12 * 60
CAPACITY_MAX = 500
PRICE_MAX_CENTS = 500_000
SERIES_MAX = timedelta(days=366)
EXCEPTIONS_MAX = 100
# A session's check-in opens an hour before its start.
CHECK_IN_EARLY = timedelta(hours=1)
_ACTIVE = (SignupStatus.confirmed, SignupStatus.waitlisted, SignupStatus.attended)
_SIGNUP_CHANGES = Changes.of(Entity.SIGNUP, Entity.AUDIT_ENTRY)
_SESSION_CHANGES = Changes.of(Entity.SESSION, Entity.SIGNUP, Entity.AUDIT_ENTRY)
# Why a session's check-in counts as a visit (`app.onboarding.types.PURPOSES`).
_VISIT_PURPOSE = {
    SessionKind.mentored_coworking: "coworking",
    SessionKind.drop_in: "drop_in",
    SessionKind.meet_the_board: "meeting",
}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


def _refuse(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, dict(params)))


# -- Checks ------------------------------------------------------------------------------------


def _text(
    value: str,
    *,
    longest: int,
    too_long: str,
    shortest: int = 0,
    too_short: str = "",
    lines: bool = False,
) -> str:
    """`value` trimmed (on one line unless `lines`), within its bounds."""
    text = value.strip() if lines else " ".join(value.split())
    if "\x00" in text:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sessions", "The text holds a character that is not allowed.")
        )
    if len(text) > longest:
        raise _refuse(too_long, count=longest)
    if len(text) < shortest:
        raise _refuse(too_short, count=shortest)
    return text


def _title(value: str) -> str:
    return _text(
        value,
        longest=TITLE_MAX,
        too_long=QT_TRANSLATE_NOOP("Sessions", "The title is too long: at most {count} letters."),
        shortest=TITLE_MIN,
        too_short=QT_TRANSLATE_NOOP("Sessions", "The title needs at least {count} letters."),
    )


def _topic(value: str) -> str:
    return _text(
        value,
        longest=TOPIC_MAX,
        too_long=QT_TRANSLATE_NOOP("Sessions", "The topic is too long: at most {count} letters."),
    )


def _description(value: str) -> str:
    return _text(
        value,
        longest=DESCRIPTION_MAX,
        too_long=QT_TRANSLATE_NOOP(
            "Sessions", "The description is too long: at most {count} letters."
        ),
        lines=True,
    )


def _location(value: str) -> str:
    return _text(
        value,
        longest=LOCATION_MAX,
        too_long=QT_TRANSLATE_NOOP("Sessions", "The place is too long: at most {count} letters."),
    )


def _reason(value: str) -> str:
    return _text(
        value,
        longest=REASON_MAX,
        too_long=QT_TRANSLATE_NOOP("Sessions", "The reason is too long: at most {count} letters."),
        shortest=REASON_MIN,
        too_short=QT_TRANSLATE_NOOP(
            "Sessions", "Please give a reason (at least {count} letters): people signed up read it."
        ),
    )


def _minutes(value: int) -> int:
    if not MINUTES_MIN <= value <= MINUTES_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Sessions", "A session lasts between {shortest} minutes and {longest} hours."
            ),
            shortest=MINUTES_MIN,
            longest=MINUTES_MAX // 60,
        )
    return value


def _capacity(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= CAPACITY_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sessions", "A session has between 1 and {count} seats."),
            count=CAPACITY_MAX,
        )
    return value


def _price(value: int) -> int:
    if not 0 <= value <= PRICE_MAX_CENTS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sessions", "The price is between 0 and {count} euros."),
            count=PRICE_MAX_CENTS // 100,
        )
    return value


def _check_form(form: SessionForm) -> SessionForm:
    if form.kind not in KINDS:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "Please choose the kind of session."))
    if form.language not in LANGUAGES:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "Please choose the session's language."))
    url = form.online_url.strip()
    if url and (len(url) > URL_MAX or not _URL.match(url)):
        raise _refuse(
            QT_TRANSLATE_NOOP("Sessions", "The video link must be a web address (https://…).")
        )
    if form.starts.tzinfo is not None:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "Give the start in the antenne's local time."))
    if form.repeat is not Repeat.once:
        if form.until is None or form.until < form.starts.date():
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "A series needs its last day, on or after the first.")
            )
        if form.until - form.starts.date() > SERIES_MAX:
            raise _refuse(QT_TRANSLATE_NOOP("Sessions", "A series lasts at most a year."))
    if len(form.exceptions) > EXCEPTIONS_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sessions", "At most {count} days without the session."),
            count=EXCEPTIONS_MAX,
        )
    return SessionForm(
        kind=form.kind,
        title=_title(form.title),
        starts=form.starts.replace(second=0, microsecond=0),
        minutes=_minutes(form.minutes),
        capacity=_capacity(form.capacity),
        topic=_topic(form.topic),
        description=_description(form.description),
        location=_location(form.location),
        online_url=url,
        price_cents=_price(form.price_cents),
        language=form.language,
        host_id=form.host_id,
        repeat=form.repeat,
        until=form.until,
        exceptions=tuple(sorted(set(form.exceptions))),
    )


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Sessions", "This person is no longer known."))
        )
    return person


def _open_for_signups(sitting: Sitting, now: datetime) -> None:
    if sitting.proposed:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Sessions",
                "This session is not on the programme yet: a facilitator will look at it.",
            )
        )
    if sitting.cancelled:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "This session is cancelled."))
    if sitting.ends_at <= now:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "This session is over."))


def _signup_of(session: Session, sitting_id: uuid.UUID, person_id: uuid.UUID) -> Signup | None:
    return session.scalar(
        select(Signup).where(
            Signup.session_id == sitting_id,
            Signup.person_id == person_id,
            Signup.deleted_at.is_(None),
        )
    )


def _next_position(session: Session, sitting_id: uuid.UUID) -> int:
    top = session.scalar(
        select(func.max(Signup.waitlist_position)).where(
            Signup.session_id == sitting_id,
            Signup.status == SignupStatus.waitlisted,
            Signup.deleted_at.is_(None),
        )
    )
    return (top or 0) + 1


def _promote(session: Session, sitting: Sitting, now: datetime) -> list[Signup]:
    """Seats free: the first on the waiting list get them, provisionally (the hub decides the
    same way when the freed seat reaches it)."""
    promoted: list[Signup] = []
    if sitting.cancelled:
        return promoted
    free = None if sitting.capacity is None else sitting.capacity - seats_held(session, sitting.id)
    waiting = session.scalars(
        select(Signup)
        .where(
            Signup.session_id == sitting.id,
            Signup.status == SignupStatus.waitlisted,
            Signup.deleted_at.is_(None),
        )
        .order_by(Signup.waitlist_position, Signup.created_at)
    ).all()
    for signup in waiting:
        if free is not None and free <= 0:
            break
        signup.status = SignupStatus.confirmed
        signup.waitlist_position = None
        signup.promoted_at = now
        signup.accepted_at = None
        signup.provisional = True
        promoted.append(signup)
        if free is not None:
            free -= 1
    session.flush()
    return promoted


def _first_name(session: Session, person_id: uuid.UUID) -> str:
    return session.scalar(select(Person.first_name).where(Person.id == person_id)) or ""


# -- A person's place ----------------------------------------------------------------------------


def sign_up(
    ctx: AppContext, sitting_id: uuid.UUID, person_id: uuid.UUID, *, now: datetime | None = None
) -> SignupView:
    """Sign a person up (badge scan, or a visitor found by name): a seat while there is room by
    what this kiosk knows, else the next place on the waiting list; provisional until the hub
    answers. One place per person. Past no-shows never refuse anyone."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        _open_for_signups(sitting, now)
        person = _person(session, person_id)
        signup = _signup_of(session, sitting.id, person.id)
        if signup is not None and signup.status in _ACTIVE:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "{name}, you already have a place in this session."),
                name=person.first_name,
            )
        room = sitting.capacity is None or seats_held(session, sitting.id) < sitting.capacity
        if signup is None:
            signup = Signup(session_id=sitting.id, person_id=person.id)
            session.add(signup)
        signup.status = SignupStatus.confirmed if room else SignupStatus.waitlisted
        signup.waitlist_position = None if room else _next_position(session, sitting.id)
        signup.provisional = True
        signup.promoted_at = signup.accepted_at = signup.paid_at = None
        session.flush()
        signup.seen = seen_key(ctx, signup, sitting)
        record_audit_in(
            session,
            actor=None,
            action="session_signup",
            target=f"session:{sitting.id}",
            details={"person": str(person.id), "status": signup.status.value},
        )
        view = signup_view(ctx, signup, sitting, person.first_name, _SIGNUP_CHANGES)
    log.misc.info("person %s signed up to session %s (%s)", person_id, sitting_id, view.place)
    return view


def cancel_signup(
    ctx: AppContext, sitting_id: uuid.UUID, person_id: uuid.UUID, *, now: datetime | None = None
) -> SignupView:
    """ "I can't come": the seat (or the waiting-list place) is freed at once, and the first on
    the waiting list gets the seat."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        person = _person(session, person_id)
        signup = _signup_of(session, sitting.id, person.id)
        if signup is None or signup.status not in (SignupStatus.confirmed, SignupStatus.waitlisted):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sessions", "{name}, you have no place in this session to give up."
                ),
                name=person.first_name,
            )
        held = signup.status in SEAT_HOLDERS
        signup.status = SignupStatus.cancelled
        signup.waitlist_position = None
        session.flush()
        signup.seen = seen_key(ctx, signup, sitting)
        promoted = _promote(session, sitting, now) if held else []
        record_audit_in(
            session,
            actor=None,
            action="session_signup_cancelled",
            target=f"session:{sitting.id}",
            details={"person": str(person.id), "promoted": [str(s.person_id) for s in promoted]},
        )
        return signup_view(ctx, signup, sitting, person.first_name, _SIGNUP_CHANGES)


def _release(
    session: Session, ctx: AppContext, sittings: list[Sitting], now: datetime
) -> tuple[int, int]:
    """Offered seats whose hold deadline passed go to the next on the waiting list."""
    released = promoted = 0
    for sitting in sittings:
        deadline = sitting.starts_at - timedelta(hours=ctx.config.session_hold_hours)
        if now < deadline or sitting.cancelled:
            continue
        lapsed = session.scalars(
            select(Signup).where(
                Signup.session_id == sitting.id,
                Signup.status == SignupStatus.confirmed,
                Signup.promoted_at.is_not(None),
                Signup.promoted_at < deadline,
                Signup.accepted_at.is_(None),
                Signup.deleted_at.is_(None),
            )
        ).all()
        for signup in lapsed:
            signup.status = SignupStatus.cancelled
            released += 1
        if lapsed:
            session.flush()
            promoted += len(_promote(session, sitting, now))
            record_audit_in(
                session,
                actor=None,
                action="session_hold_released",
                target=f"session:{sitting.id}",
                details={"people": [str(s.person_id) for s in lapsed]},
            )
    return released, promoted


def release_expired_holds(ctx: AppContext, *, now: datetime | None = None) -> Released:
    """Seats offered from the waiting list and not taken by their deadline go to the next
    (the kiosk's housekeeping runs it; every kiosk of the antenne reaches the same result)."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sittings = list(
            session.scalars(
                select(Sitting)
                .join(Signup, Signup.session_id == Sitting.id)
                .where(
                    Sitting.deleted_at.is_(None),
                    Sitting.ends_at > now,
                    Signup.status == SignupStatus.confirmed,
                    Signup.promoted_at.is_not(None),
                    Signup.accepted_at.is_(None),
                    Signup.deleted_at.is_(None),
                )
                .distinct()
            )
        )
        released, promoted = _release(session, ctx, sittings, now)
    return Released(
        released=released,
        promoted=promoted,
        changes=_SIGNUP_CHANGES if released else NOTHING,
    )


def accept_seat(
    ctx: AppContext, sitting_id: uuid.UUID, person_id: uuid.UUID, *, now: datetime | None = None
) -> SignupView:
    """A person offered a seat from the waiting list says they come: the seat is theirs."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        _open_for_signups(sitting, now)
        person = _person(session, person_id)
        _release(session, ctx, [sitting], now)
        signup = _signup_of(session, sitting.id, person.id)
        if signup is None or not is_offered(ctx, signup, sitting):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sessions",
                    "{name}, there is no seat waiting for you in this session any more.",
                ),
                name=person.first_name,
            )
        signup.accepted_at = now
        session.flush()
        signup.seen = seen_key(ctx, signup, sitting)
        record_audit_in(
            session,
            actor=None,
            action="session_seat_accepted",
            target=f"session:{sitting.id}",
            details={"person": str(person.id)},
        )
        return signup_view(ctx, signup, sitting, person.first_name, _SIGNUP_CHANGES)


def mark_seen(ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None) -> Changes:
    """The screen told the person what `queries.what_changed` listed: not again."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        told = unseen(session, ctx, person_id, now)
        for signup, sitting in told:
            signup.seen = seen_key(ctx, signup, sitting)
    return Changes.of(Entity.SIGNUP) if told else NOTHING


def promote_by_hand(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    actor: uuid.UUID,
    reason: str,
    now: datetime | None = None,
) -> SignupView:
    """A facilitator gives a waiting person a seat, whatever their place in line: a free seat
    if there is one, else one more seat for the session (capacity is never exceeded, it is
    raised). Audited with the reason."""
    reason = _reason(reason)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        _open_for_signups(sitting, now)
        person = _person(session, person_id)
        signup = _signup_of(session, sitting.id, person.id)
        if signup is None or signup.status is not SignupStatus.waitlisted:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "{name} is not on this session's waiting list."),
                name=person.first_name,
            )
        raised = (
            sitting.capacity is not None and seats_held(session, sitting.id) >= sitting.capacity
        )
        if raised and sitting.capacity is not None:
            sitting.capacity = _capacity(sitting.capacity + 1)
        signup.status = SignupStatus.confirmed
        signup.waitlist_position = None
        signup.promoted_at = now
        signup.accepted_at = None
        signup.provisional = True
        session.flush()
        record_audit_in(
            session,
            actor=actor,
            action="session_promoted_by_hand",
            target=f"session:{sitting.id}",
            details={"person": str(person.id), "reason": reason, "seat_added": raised},
        )
        changes = _SESSION_CHANGES if raised else _SIGNUP_CHANGES
        return signup_view(ctx, signup, sitting, person.first_name, changes)


# -- Coming ------------------------------------------------------------------------------------


def check_in_to_session(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    host_id: uuid.UUID | None = None,
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> SessionCheckIn:
    """A person checks in to a session by badge, or its host (`host_id`, who scanned their own
    badge) or a facilitator (`actor`) checks them in from the list. It is the day's visit too:
    someone who already checked in at the desk is not checked in twice. Someone without a seat
    takes one if there is room; a full session refuses them."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        if sitting.proposed or sitting.cancelled:
            raise _refuse(QT_TRANSLATE_NOOP("Sessions", "This session is cancelled."))
        if not sitting.starts_at - CHECK_IN_EARLY <= now < sitting.ends_at:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sessions", "Check-in opens an hour before the session and closes at its end."
                )
            )
        if host_id is not None and host_id != sitting.host_id:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sessions", "Only the session's host can check people in from the list."
                )
            )
        person = _person(session, person_id)
        signup = _signup_of(session, sitting.id, person.id)
        already = signup is not None and signup.status is SignupStatus.attended
        if not already:
            has_seat = signup is not None and signup.status is SignupStatus.confirmed
            room = sitting.capacity is None or seats_held(session, sitting.id) < sitting.capacity
            if not has_seat and not room:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Sessions", "{name}, the session is full: you can join its waiting list."
                    ),
                    name=person.first_name,
                )
            if signup is None:
                signup = Signup(session_id=sitting.id, person_id=person.id, provisional=True)
                session.add(signup)
            signup.status = SignupStatus.attended
            signup.waitlist_position = None
            if signup.promoted_at is not None and signup.accepted_at is None:
                signup.accepted_at = now
            session.flush()
            signup.seen = seen_key(ctx, signup, sitting)
        purpose = _VISIT_PURPOSE.get(sitting.kind, "other")
        _visit, visit_already = record_visit(session, ctx, person, purpose, now)
        if not already:
            record_audit_in(
                session,
                actor=actor,
                action="session_check_in",
                target=f"session:{sitting.id}",
                details={
                    "person": str(person.id),
                    "by": "host" if host_id else "facilitator" if actor else "badge",
                    # The host is a person, not a facilitator account: named here.
                    **({"host": str(host_id)} if host_id else {}),
                },
            )
        result = SessionCheckIn(
            person_id=person.id,
            first_name=person.first_name,
            session_id=sitting.id,
            title=sitting.title,
            already=already,
            visit_already=visit_already,
        )
    if not visit_already:
        ctx.events.publish(ctx, CheckedIn(person_id=person_id, purpose=purpose))
    return result


def record_no_shows(
    ctx: AppContext, sitting_id: uuid.UUID, *, actor: uuid.UUID, now: datetime | None = None
) -> int:
    """Once a session is over, who had a seat and did not come is a gentle no-show: private,
    forgotten after three months or two sessions attended (`queries.no_shows_of`)."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        if sitting.ends_at > now:
            raise _refuse(QT_TRANSLATE_NOOP("Sessions", "The session is not over yet."))
        absent = session.scalars(
            select(Signup).where(
                Signup.session_id == sitting.id,
                Signup.status == SignupStatus.confirmed,
                Signup.deleted_at.is_(None),
            )
        ).all()
        for signup in absent:
            signup.status = SignupStatus.no_show
        record_audit_in(
            session,
            actor=actor,
            action="session_no_shows",
            target=f"session:{sitting.id}",
            details={"count": len(absent)},
        )
        return len(absent)


def mark_paid(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    actor: uuid.UUID,
    now: datetime | None = None,
) -> SignupView:
    """A facilitator marks a paid training paid at the desk (no payment is processed here)."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        if sitting.price_cents == 0:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "This session is free: there is nothing to pay.")
            )
        person = _person(session, person_id)
        signup = _signup_of(session, sitting.id, person.id)
        if signup is None or signup.status not in _ACTIVE:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "{name} has no place in this session."),
                name=person.first_name,
            )
        if signup.paid_at is None:
            signup.paid_at = now
            record_audit_in(
                session,
                actor=actor,
                action="session_paid_at_desk",
                target=f"session:{sitting.id}",
                details={"person": str(person.id), "cents": sitting.price_cents},
            )
        return signup_view(ctx, signup, sitting, person.first_name, _SIGNUP_CHANGES)


# -- The programme -------------------------------------------------------------------------------


def _occurrences(
    session: Session, ctx: AppContext, form: SessionForm, now: datetime
) -> list[Sitting]:
    tz = zone(ctx)
    until = form.until or form.starts.date()
    starts = local_starts(form.starts, form.repeat, until, form.exceptions)
    if not starts:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "These dates leave no session at all."))
    if to_utc(starts[0], tz) < now:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "The first session would start in the past."))
    if form.host_id is not None:
        _person(session, form.host_id)
    series_id = None if form.repeat is Repeat.once else uuid.uuid4()
    recurrence = rule_text(form.starts, form.repeat, to_utc(starts[-1], tz))
    antenna_id = antenna_of(session, ctx)
    sittings = []
    for local in starts:
        start = to_utc(local, tz)
        sittings.append(
            Sitting(
                kind=SessionKind(form.kind),
                antenna_id=antenna_id,
                host_id=form.host_id,
                title=form.title,
                description=form.description,
                language=form.language,
                topic=form.topic,
                starts_at=start,
                ends_at=to_utc(local + timedelta(minutes=form.minutes), tz),
                location=form.location,
                online_url=form.online_url,
                capacity=form.capacity,
                price_cents=form.price_cents,
                recurrence=recurrence,
                series_id=series_id,
                exdates=[day.isoformat() for day in form.exceptions],
            )
        )
    session.add_all(sittings)
    session.flush()
    return sittings


def create_session(
    ctx: AppContext, form: SessionForm, *, actor: uuid.UUID | None, now: datetime | None = None
) -> Scheduled:
    """A facilitator puts a session, or a series of them, on the programme."""
    form = _check_form(form)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sittings = _occurrences(session, ctx, form, now)
        record_audit_in(
            session,
            actor=actor,
            action="session_created",
            target=f"session:{sittings[0].id}",
            details={"occurrences": len(sittings), "repeat": form.repeat.value},
        )
        return Scheduled(session_ids=tuple(s.id for s in sittings), series_id=sittings[0].series_id)


def propose_to_host(ctx: AppContext, offer: HostOffer, *, now: datetime | None = None) -> Scheduled:
    """A member offers to host a drop-in (after a badge scan): kept as an offer, off the
    programme, until a facilitator accepts it."""
    topic = _topic(offer.topic)
    if offer.kind not in HOST_KINDS:
        raise _refuse(QT_TRANSLATE_NOOP("Sessions", "Members can offer a drop-in or a workshop."))
    form = _check_form(
        SessionForm(
            kind=offer.kind,
            title=topic,
            topic=topic,
            description=offer.description,
            starts=datetime.combine(offer.day, offer.start),
            minutes=offer.minutes,
            capacity=offer.capacity,
            host_id=offer.person_id,
        )
    )
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = _person(session, offer.person_id)
        if person.kind is PersonKind.visitor and not person.is_member:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "Only members of the cooperative can host a drop-in.")
            )
        (sitting,) = _occurrences(session, ctx, form, now)
        sitting.proposed = True
        sitting.recurrence = rule_text(form.starts, Repeat.weekly, None) if offer.weekly else ""
        session.flush()
        record_audit_in(
            session,
            actor=None,
            action="session_host_offer",
            target=f"session:{sitting.id}",
            details={"person": str(person.id), "weekly": offer.weekly},
        )
        return Scheduled(session_ids=(sitting.id,), series_id=None)


def accept_proposal(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    *,
    actor: uuid.UUID,
    until: date | None = None,
    now: datetime | None = None,
) -> Scheduled:
    """A facilitator accepts a member's offer: on the programme, as a weekly series through
    `until` when the member offered every week."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        offer = live_sitting(session, sitting_id)
        if not offer.proposed:
            raise _refuse(
                QT_TRANSLATE_NOOP("Sessions", "This session is already on the programme.")
            )
        tz = zone(ctx)
        local = offer.starts_at.astimezone(tz).replace(tzinfo=None)
        minutes = int((offer.ends_at - offer.starts_at).total_seconds() // 60)
        form = _check_form(
            SessionForm(
                kind=offer.kind.value,
                title=offer.title,
                starts=local,
                minutes=minutes,
                capacity=offer.capacity,
                topic=offer.topic,
                description=offer.description,
                language=offer.language,
                host_id=offer.host_id,
                repeat=Repeat.weekly if offer.recurrence else Repeat.once,
                until=until,
            )
        )
        offer.deleted_at = now
        session.flush()
        sittings = _occurrences(session, ctx, form, now)
        record_audit_in(
            session,
            actor=actor,
            action="session_host_offer_accepted",
            target=f"session:{sittings[0].id}",
            details={"offer": str(offer.id), "occurrences": len(sittings)},
        )
        return Scheduled(session_ids=tuple(s.id for s in sittings), series_id=sittings[0].series_id)


def _targets(session: Session, sitting: Sitting, scope: Scope) -> list[Sitting]:
    if scope is Scope.this_one or sitting.series_id is None:
        return [sitting]
    return list(
        session.scalars(
            select(Sitting)
            .where(
                Sitting.series_id == sitting.series_id,
                Sitting.starts_at >= sitting.starts_at,
                Sitting.deleted_at.is_(None),
                Sitting.cancelled.is_(False),
            )
            .order_by(Sitting.starts_at)
        )
    )


def _told(session: Session, ids: list[uuid.UUID]) -> int:
    return int(
        session.scalar(
            select(func.count(func.distinct(Signup.person_id))).where(
                Signup.session_id.in_(ids),
                Signup.status.in_((SignupStatus.confirmed, SignupStatus.waitlisted)),
                Signup.deleted_at.is_(None),
            )
        )
        or 0
    )


def edit_session(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    edit: SessionEdit,
    *,
    scope: Scope,
    reason: str,
    actor: uuid.UUID,
    now: datetime | None = None,
) -> Scheduled:
    """A facilitator changes a session, or it and the following ones of its series; those
    signed up are told the reason at their next scan. A new time keeps each one's day; fewer
    seats than are taken is refused (nobody loses a seat); more seats go to the waiting list."""
    reason = _reason(reason)
    now = now or utcnow()
    title = None if edit.title is None else _title(edit.title)
    topic = None if edit.topic is None else _topic(edit.topic)
    description = None if edit.description is None else _description(edit.description)
    location = None if edit.location is None else _location(edit.location)
    capacity = _capacity(edit.capacity)
    price = None if edit.price_cents is None else _price(edit.price_cents)
    minutes = None if edit.minutes is None else _minutes(edit.minutes)
    tz = zone(ctx)
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        if sitting.cancelled:
            raise _refuse(QT_TRANSLATE_NOOP("Sessions", "This session is cancelled."))
        targets = _targets(session, sitting, scope)
        for target in targets:
            if capacity is not None and seats_held(session, target.id) > capacity:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Sessions",
                        "More people have a seat than that: the session needs at least {count}.",
                    ),
                    count=seats_held(session, target.id),
                )
            for column, value in (
                ("title", title),
                ("topic", topic),
                ("description", description),
                ("location", location),
                ("capacity", capacity),
                ("price_cents", price),
            ):
                if value is not None:
                    setattr(target, column, value)
            if edit.start is not None or minutes is not None:
                local = target.starts_at.astimezone(tz).replace(tzinfo=None)
                length = minutes or int((target.ends_at - target.starts_at).total_seconds() // 60)
                if edit.start is not None:
                    local = datetime.combine(local.date(), edit.start)
                target.starts_at = to_utc(local, tz)
                target.ends_at = to_utc(local + timedelta(minutes=length), tz)
            target.notice = reason
            target.revision += 1
            session.flush()
            if capacity is not None:
                _promote(session, target, now)
        record_audit_in(
            session,
            actor=actor,
            action="session_edited",
            target=f"session:{sitting.id}",
            details={"scope": scope.value, "occurrences": len(targets), "reason": reason},
        )
        ids = [t.id for t in targets]
        return Scheduled(
            session_ids=tuple(ids),
            series_id=sitting.series_id,
            told=_told(session, ids),
            changes=_SESSION_CHANGES,
        )


def cancel_session(
    ctx: AppContext,
    sitting_id: uuid.UUID,
    *,
    scope: Scope,
    reason: str,
    actor: uuid.UUID | None,
    now: datetime | None = None,
) -> Scheduled:
    """A facilitator cancels a session, or it and the following ones of its series, with a
    reason those signed up read at their next scan. Their sign-ups stay, shown as cancelled.
    A date taken out of a series becomes one of its exceptions."""
    reason = _reason(reason)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        sitting = live_sitting(session, sitting_id)
        if sitting.cancelled:
            raise _refuse(QT_TRANSLATE_NOOP("Sessions", "This session is already cancelled."))
        targets = _targets(session, sitting, scope)
        tz = zone(ctx)
        for target in targets:
            target.cancelled = True
            target.notice = reason
            target.revision += 1
        if sitting.series_id is not None:
            days = {t.starts_at.astimezone(tz).date().isoformat() for t in targets}
            for member in session.scalars(
                select(Sitting).where(
                    Sitting.series_id == sitting.series_id, Sitting.deleted_at.is_(None)
                )
            ):
                member.exdates = sorted(set(member.exdates) | days)
        session.flush()
        record_audit_in(
            session,
            actor=actor,
            action="session_cancelled",
            target=f"session:{sitting.id}",
            details={"scope": scope.value, "occurrences": len(targets), "reason": reason},
        )
        ids = [t.id for t in targets]
        return Scheduled(
            session_ids=tuple(ids),
            series_id=sitting.series_id,
            told=_told(session, ids),
            changes=_SESSION_CHANGES,
        )
