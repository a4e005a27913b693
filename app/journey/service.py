"""The member journey (parcours du sociétaire): ordered steps, ticked as a person goes.

Steps are configurable content (`JourneyStep`, hub-authoritative; the defaults of
`db.journey_steps` are seeded on an empty database). A step ticks itself when a domain event
named in its `trigger` is published (`listen` subscribes to the bus: nothing polls); the others
are ticked by a facilitator. Becoming a shareholder is recorded by a facilitator and is the
celebrated step.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.audit import record_audit_in
from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import BecameShareholder, Event, EventBus
from app.journey.types import Celebrated, Journey, NewShareholder, StepProgress
from app.localtime import local_day
from db.journey_steps import seed_journey_steps
from db.models import Antenna, JourneyProgress, JourneyStep, Person, PersonKind
from db.outbox import insert_synced

CONTEXT = "Journey"
# People per query when an event concerns many (SQLite's bound parameters are limited).
_CHUNK = 500


def _steps(session: Session) -> list[JourneyStep]:
    steps = session.scalars(
        select(JourneyStep)
        .where(JourneyStep.deleted_at.is_(None))
        .order_by(JourneyStep.position, JourneyStep.slug)
    ).all()
    return list(steps)


def ensure_steps(ctx: AppContext) -> None:
    """Seed the default steps if the database has none (a kiosk without a hub)."""
    with ctx.db.transaction() as session:
        seed_journey_steps(session.connection())


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Journey", "This person is no longer known."))
        )
    return person


def journey_of(ctx: AppContext, person_id: uuid.UUID) -> Journey:
    """Every step in order, with the day the person did it (None: not yet)."""
    ensure_steps(ctx)
    with ctx.db.session() as session:
        person = _live_person(session, person_id)
        done = dict(
            session.execute(
                select(JourneyProgress.step_id, JourneyProgress.completed_at).where(
                    JourneyProgress.person_id == person_id,
                    JourneyProgress.deleted_at.is_(None),
                )
            ).all()
        )
        steps = tuple(
            StepProgress(
                slug=step.slug,
                title=dict(step.title),
                description=dict(step.description),
                celebrate=step.celebrate,
                automatic=bool(step.trigger),
                done_at=done.get(step.id) or _shareholder_since(person, step),
            )
            for step in _steps(session)
        )
        return Journey(person.id, person.first_name, person.language, steps)


def _shareholder_since(person: Person, step: JourneyStep) -> datetime | None:
    """People who were shareholders before the journey existed: the step is theirs too."""
    if step.trigger != "became_shareholder" or person.shareholder_since is None:
        return None
    return datetime.combine(person.shareholder_since, time(12, 0), tzinfo=UTC)


def _complete(
    session: Session, person_id: uuid.UUID, step: JourneyStep, *, now: datetime, note: str
) -> bool:
    exists = session.scalar(
        select(JourneyProgress.id).where(
            JourneyProgress.person_id == person_id, JourneyProgress.step_id == step.id
        )
    )
    if exists is not None:
        return False
    session.add(JourneyProgress(person_id=person_id, step_id=step.id, completed_at=now, note=note))
    return True


def complete_step(
    ctx: AppContext,
    person_id: uuid.UUID,
    slug: str,
    *,
    note: str = "",
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Changes:
    """Tick a step for the person (a facilitator's hand, or an event); ticking twice is fine.
    A facilitator's tick (`actor`) is audited ("journey_step") in the same transaction."""
    ensure_steps(ctx)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        _live_person(session, person_id)
        step = session.scalars(
            select(JourneyStep).where(JourneyStep.slug == slug, JourneyStep.deleted_at.is_(None))
        ).first()
        if step is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Journey", "No journey step {slug}."),
                    {"slug": slug},
                )
            )
        added = _complete(session, person_id, step, now=now, note=note)
        if actor is not None:
            record_audit_in(
                session,
                actor=actor,
                action="journey_step",
                target=f"person:{person_id}",
                details={"step": slug},
            )
    audited = Changes.of(Entity.AUDIT_ENTRY) if actor is not None else Changes()
    return (Changes.of(Entity.JOURNEY_PROGRESS) if added else Changes()) | audited


def tick_for_event(ctx: AppContext, event: Event, *, now: datetime | None = None) -> int:
    """Tick, for each person the event concerns, every step whose trigger names one of the
    event's keys; returns how many were ticked. One transaction and one time for all of them,
    written in the order of their ids: an event about many people at once (`VotesCast`, at a
    vote's close) says nothing of who came first."""
    keys = set(event.keys())
    people = sorted(set(event.people()))
    if not keys or not people:
        return 0
    ensure_steps(ctx)
    now = now or utcnow()
    ticked = 0
    with ctx.db.transaction() as session:
        steps = [
            step
            for step in _steps(session)
            if keys & {part.strip() for part in step.trigger.split("|") if part.strip()}
        ]
        if not steps:
            return 0
        live: set[uuid.UUID] = set()
        done: set[tuple[uuid.UUID, uuid.UUID]] = set()
        for start in range(0, len(people), _CHUNK):
            chunk = people[start : start + _CHUNK]
            live.update(
                session.scalars(
                    select(Person.id).where(Person.id.in_(chunk), Person.deleted_at.is_(None))
                )
            )
            done.update(
                session.execute(
                    select(JourneyProgress.person_id, JourneyProgress.step_id).where(
                        JourneyProgress.person_id.in_(chunk),
                        JourneyProgress.step_id.in_([step.id for step in steps]),
                    )
                )
            )
        rows = [
            {
                "person_id": person_id,
                "step_id": step.id,
                "completed_at": now,
                "note": type(event).__name__,
            }
            for person_id in people
            if person_id in live
            for step in steps
            if (person_id, step.id) not in done
        ]
        # One statement (a close may tick tens of thousands), synced like any other row.
        insert_synced(session, JourneyProgress, rows)
        ticked = len(rows)
    if ticked:
        log.misc.info("%s: %d journey step(s) ticked", type(event).__name__, ticked)
    return ticked


def _on_event(ctx: AppContext, event: Event) -> None:
    tick_for_event(ctx, event)


def listen(bus: EventBus[AppContext]) -> None:
    """Tick steps from every event published on `bus`."""
    bus.subscribe(Event, _on_event)


def record_shareholder(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    since: date | None = None,
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> NewShareholder:
    """A facilitator records that the person bought their shares (the celebrated step).

    The person becomes a member if they were not; the journey ticks "became a shareholder".
    The facilitator (`actor`) is audited ("shareholder") in the same transaction.
    """
    now = now or utcnow()
    day = since or local_day(ctx, now)
    with ctx.db.transaction() as session:
        person = _live_person(session, person_id)
        if person.shareholder_since is not None:
            raise InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Journey", "{name} is already a shareholder."),
                    {"name": person.first_name},
                )
            )
        person.shareholder_since = day
        if person.member_since is None:
            person.member_since = day
        if person.kind is PersonKind.visitor:
            person.kind = PersonKind.member
        # Members are not purged with visitors.
        person.retain_until = None
        antenna = (
            session.scalar(select(Antenna.name).where(Antenna.id == person.antenna_id))
            if person.antenna_id
            else None
        )
        if actor is not None:
            record_audit_in(
                session, actor=actor, action="shareholder", target=f"person:{person_id}"
            )
        result = NewShareholder(
            person_id=person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            language=person.language,
            antenna=antenna or "",
            since=day,
        )
    log.misc.info("person %s became a shareholder", person_id)
    ctx.events.publish(ctx, BecameShareholder(person_id=person_id))
    return result


def celebrate_shareholder(
    ctx: AppContext, person_id: uuid.UUID, *, actor: uuid.UUID | None, layout: str | None = None
) -> Celebrated:
    """The celebration: record the shares (audited), print the welcome certificate, and print
    the badge again, now saying "Shareholder" (its QR code comes back if it did not print)."""
    from app.badges.service import print_badge
    from app.journey.certificate import render_certificate
    from app.printing.service import print_pdf_document

    new = record_shareholder(ctx, person_id, actor=actor)
    certificate = render_certificate(
        first_name=new.first_name,
        last_name=new.last_name,
        antenna=new.antenna,
        since=new.since,
        language=new.language,
    )
    printed_certificate = print_pdf_document(ctx, certificate, title="certificate")
    # The shareholder's entry is the audit of it all: the new badge is not audited apart.
    badge = print_badge(ctx, person_id, layout=layout, reason="shareholder")
    audited = Changes.of(Entity.AUDIT_ENTRY) if actor is not None else Changes()
    return Celebrated(
        first_name=new.first_name,
        badge=badge.outcome,
        certificate=printed_certificate,
        token=badge.token,
        changes=new.changes | badge.changes | audited,
    )
