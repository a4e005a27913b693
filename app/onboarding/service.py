"""The welcome desk: visitors register, members check in, everyone checks out.

A visitor gives a first and last name, optionally an e-mail address and a phone number, their
language and why they came; they agree to what is kept and until when (`retention_days` after
today). A returning visitor is recognised by their e-mail address (or their badge) and never
registered twice. A visit stays open until the person checks out by badge or the antenne
closes (`closing_time`, local time): `check_out_at_closing` closes what is left.

Every function takes the context, runs one transaction, and publishes what happened
(`app.events.CheckedIn`, `CheckedOut`) once it is committed.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import log
from app.antennas import antenna_of
from app.audit import record_audit_in
from app.changes import Changes, Entity
from app.clock import utcnow
from app.config import LANGUAGES
from app.contacts import NAME_MAX, is_email, is_name, is_phone, normal_name, normal_phone
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import CheckedIn, CheckedOut
from app.localtime import closing_moment, kept_until, local_day, zone
from app.onboarding.types import PURPOSES, CheckIn, CheckOut, Present, VisitorForm
from db.models import Person, PersonKind, Visit

CONTEXT = "Onboarding"


# -- Validation --------------------------------------------------------------------------------


def _invalid(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, params))


def clean_name(value: str, *, first: bool) -> str:
    """A name as stored: NFC, spaces collapsed; raises `InvalidInputError` in plain words."""
    text = normal_name(value)
    if not text:
        raise _invalid(
            QT_TRANSLATE_NOOP("Onboarding", "Please write your first name.")
            if first
            else QT_TRANSLATE_NOOP("Onboarding", "Please write your last name.")
        )
    if len(text) > NAME_MAX:
        raise _invalid(
            QT_TRANSLATE_NOOP("Onboarding", "A name can be at most {max} characters long."),
            max=NAME_MAX,
        )
    if not is_name(text):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Onboarding", "A name can hold letters, spaces, hyphens and apostrophes only."
            )
        )
    return text


def clean_email(value: str) -> str:
    text = value.strip()
    if text and not is_email(text):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "This e-mail address does not look right: it needs an @ and a domain, "
                "like name@example.org.",
            )
        )
    return text


def clean_phone(value: str) -> str:
    text = normal_phone(value)
    if text and not is_phone(text):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "This phone number does not look right: use digits, spaces and + only.",
            )
        )
    return text


def check_purpose(purpose: str) -> str:
    if purpose not in PURPOSES:
        raise _invalid(QT_TRANSLATE_NOOP("Onboarding", "Please choose why you came today."))
    return purpose


def clean_visitor(form: VisitorForm) -> VisitorForm:
    """The form with every field checked and tidied; the first problem raises, in plain words."""
    first = clean_name(form.first_name, first=True)
    last = clean_name(form.last_name, first=False)
    email = clean_email(form.email)
    phone = clean_phone(form.phone)
    if form.language not in LANGUAGES:
        raise _invalid(
            QT_TRANSLATE_NOOP("Onboarding", "Please choose your language."),
        )
    purpose = check_purpose(form.purpose)
    return replace(
        form, first_name=first, last_name=last, email=email, phone=phone, purpose=purpose
    )


# -- Checking in and out ---------------------------------------------------------------------


def _live_person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Onboarding", "This person is no longer known."))
        )
    return person


def _open_visit_today(
    session: Session, ctx: AppContext, person_id: uuid.UUID, now: datetime
) -> Visit | None:
    today = local_day(ctx, now)
    visits = session.scalars(
        select(Visit)
        .where(
            Visit.person_id == person_id,
            Visit.checked_out_at.is_(None),
            Visit.deleted_at.is_(None),
        )
        .order_by(Visit.checked_in_at.desc())
    ).all()
    return next((v for v in visits if local_day(ctx, v.checked_in_at) == today), None)


def involvement_due(person: Person, now: datetime) -> bool:
    from app.involvement.service import is_due

    return is_due(person.involvement_updated_at, now)


def record_visit(
    session: Session, ctx: AppContext, person: Person, purpose: str, now: datetime
) -> tuple[Visit, bool]:
    """The person's visit today, in the caller's transaction: the open one if they already
    checked in today (True), else a new one (False). A session's check-in records its visit
    here too, so nobody checks in twice (docs/architecture.md, "Sessions")."""
    visit = _open_visit_today(session, ctx, person.id, now)
    if visit is not None:
        return visit, True
    visit = Visit(
        person_id=person.id,
        # Where the person came: this kiosk's antenne, whoever's member they are (another
        # antenne's kiosk may record a visit of a person and nothing more, docs/architecture.md,
        # "Sync").
        antenna_id=antenna_of(session, ctx) or person.antenna_id,
        checked_in_at=now,
        purpose=purpose,
    )
    session.add(visit)
    if person.kind is PersonKind.visitor and not person.is_member:
        # A visitor who comes back is kept for the retention period from this visit.
        keep = kept_until(ctx, now)
        if person.retain_until is None or person.retain_until < keep:
            person.retain_until = keep
    session.flush()
    return visit, False


def _result(
    person: Person, visit: Visit, *, purpose: str, returning: bool, already: bool, now: datetime
) -> CheckIn:
    return CheckIn(
        person_id=person.id,
        visit_id=visit.id,
        first_name=person.first_name,
        last_name=person.last_name,
        language=person.language,
        purpose=visit.purpose or purpose,
        is_visitor=person.kind is PersonKind.visitor and not person.is_member,
        returning=returning,
        already_here=already,
        involvement_due=involvement_due(person, now),
    )


def find_by_email(session: Session, email: str) -> Person | None:
    """The live person with this e-mail address (case-insensitive), the oldest if several."""
    if not email:
        return None
    return session.scalars(
        select(Person)
        .where(func.lower(Person.email) == email.lower(), Person.deleted_at.is_(None))
        .order_by(Person.created_at, Person.id)
        .limit(1)
    ).first()


def register_visitor(
    ctx: AppContext, form: VisitorForm, *, consent: bool, now: datetime | None = None
) -> CheckIn:
    """Register a visitor who agreed to what is kept, and check them in.

    Someone already known by this e-mail address is checked in as themselves (their contact
    details completed), never registered twice. Nothing is saved unless everything is valid.
    """
    form = clean_visitor(form)
    if not consent:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Onboarding",
                "We can only register you if you agree to what we keep. "
                "You can also ask someone at the desk.",
            )
        )
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = find_by_email(session, form.email)
        returning = person is not None
        if person is None:
            person = Person(
                kind=PersonKind.visitor,
                first_name=form.first_name,
                last_name=form.last_name,
                email=form.email or None,
                phone=form.phone or None,
                language=form.language,
                name_search=form.name_search,
                antenna_id=antenna_of(session, ctx),
            )
            session.add(person)
        else:
            if form.phone:
                person.phone = form.phone
            person.language = form.language
        person.name_search = form.name_search
        person.consent_at = now
        session.flush()
        visit, already = record_visit(session, ctx, person, form.purpose, now)
        result = _result(
            person, visit, purpose=form.purpose, returning=returning, already=already, now=now
        )
    log.misc.info(
        "visitor %s checked in (%s)", result.person_id, "returning" if returning else "new"
    )
    if not already:
        ctx.events.publish(ctx, CheckedIn(person_id=result.person_id, purpose=result.purpose))
    return result


def check_in(
    ctx: AppContext, person_id: uuid.UUID, *, purpose: str, now: datetime | None = None
) -> CheckIn:
    """Check in a person who scanned their badge or found their name."""
    check_purpose(purpose)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = _live_person(session, person_id)
        visit, already = record_visit(session, ctx, person, purpose, now)
        result = _result(person, visit, purpose=purpose, returning=True, already=already, now=now)
    log.misc.info("person %s checked in", person_id)
    if not already:
        ctx.events.publish(ctx, CheckedIn(person_id=person_id, purpose=purpose))
    return result


def check_out(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> CheckOut:
    """The person leaves: their open visits end now. A facilitator checking them out by hand
    (`actor`) is audited ("check_out") in the same transaction."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = _live_person(session, person_id)
        visits = session.scalars(
            select(Visit).where(
                Visit.person_id == person_id,
                Visit.checked_out_at.is_(None),
                Visit.deleted_at.is_(None),
            )
        ).all()
        for visit in visits:
            visit.checked_out_at = max(now, visit.checked_in_at)
        first_name = person.first_name
        if actor is not None:
            record_audit_in(session, actor=actor, action="check_out", target=f"person:{person_id}")
    if visits:
        log.misc.info("person %s checked out", person_id)
        ctx.events.publish(ctx, CheckedOut(person_id=person_id))
    changes = Changes.of(Entity.VISIT, Entity.AUDIT_ENTRY) if actor else Changes.of(Entity.VISIT)
    return CheckOut(person_id=person_id, first_name=first_name, closed=len(visits), changes=changes)


def check_out_at_closing(ctx: AppContext, *, now: datetime | None = None) -> Changes:
    """Close every visit still open once its day's closing time has passed (at closing time)."""
    now = now or utcnow()
    closed: list[uuid.UUID] = []
    with ctx.db.transaction() as session:
        visits = session.scalars(
            select(Visit).where(Visit.checked_out_at.is_(None), Visit.deleted_at.is_(None))
        ).all()
        for visit in visits:
            closing = closing_moment(ctx, local_day(ctx, visit.checked_in_at))
            if now >= closing:
                visit.checked_out_at = max(closing, visit.checked_in_at)
                closed.append(visit.person_id)
    if not closed:
        return Changes()
    log.misc.info("%d visit(s) closed at closing time", len(closed))
    for person_id in dict.fromkeys(closed):
        ctx.events.publish(ctx, CheckedOut(person_id=person_id))
    return Changes.of(Entity.VISIT)


def whos_here(ctx: AppContext, *, now: datetime | None = None) -> list[Present]:
    """Who checked in today and has not left, earliest first (first name and initial only)."""
    now = now or utcnow()
    today = local_day(ctx, now)
    start = datetime.combine(today, time(0, 0), tzinfo=zone(ctx))
    with ctx.db.session() as session:
        rows = session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.kind,
                Person.member_since,
                Visit.purpose,
                Visit.checked_in_at,
            )
            .join(Person, Person.id == Visit.person_id)
            .where(
                Visit.checked_out_at.is_(None),
                Visit.deleted_at.is_(None),
                Person.deleted_at.is_(None),
                Visit.checked_in_at >= start,
            )
            .order_by(Visit.checked_in_at, Visit.id)
        ).all()
    seen: dict[uuid.UUID, Present] = {}
    for row in rows:
        if row.id in seen:
            continue
        seen[row.id] = Present(
            person_id=row.id,
            first_name=row.first_name,
            initial=row.last_name.strip()[:1].upper(),
            purpose=row.purpose,
            since=row.checked_in_at,
            is_visitor=row.kind is PersonKind.visitor and row.member_since is None,
        )
    return list(seen.values())
