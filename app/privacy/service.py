"""The privacy purge: visits and visitors' data are not kept past the retention period.

`purge` deletes (for real: the one place synced rows are hard-deleted, the outbox then carries
only their ids) every visit that started more than `retention_days` ago, and every visitor
whose `retain_until` day has passed: their visits, badges and journey progress go, and the
person row too, unless something else still points at it (a sign-up, say), in which case it is
emptied of every personal detail and kept as a tombstone so counts stay right.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import log
from app.clock import utcnow
from app.context import AppContext
from app.onboarding.service import PurgeReport, local_day
from db.models import Badge, JourneyProgress, Person, PersonKind, Visit


def purge(ctx: AppContext, *, now: datetime | None = None) -> PurgeReport:
    """Remove what is past the retention period (see the module's docstring)."""
    now = now or utcnow()
    cutoff = now - timedelta(days=ctx.config.retention_days)
    today = local_day(ctx, now)
    with ctx.db.transaction() as session:
        old_visits = session.scalars(select(Visit).where(Visit.checked_in_at < cutoff)).all()
        for visit in old_visits:
            session.delete(visit)
        session.flush()
        expired = session.scalars(
            select(Person).where(
                Person.kind == PersonKind.visitor,
                Person.member_since.is_(None),
                Person.shareholder_since.is_(None),
                Person.retain_until.is_not(None),
                Person.retain_until < today,
            )
        ).all()
        removed = 0
        for person in expired:
            _remove_visitor(session, person, now=now)
            removed += 1
    if old_visits or removed:
        log.misc.info("purge: %d visit(s), %d visitor(s) removed", len(old_visits), removed)
    return PurgeReport(visits=len(old_visits), people=removed)


def _remove_visitor(session: Session, person: Person, *, now: datetime) -> None:
    person_id: uuid.UUID = person.id
    for model in (Visit, Badge, JourneyProgress):
        for row in session.scalars(select(model).where(model.person_id == person_id)):
            session.delete(row)
    session.flush()
    try:
        with session.begin_nested():
            session.delete(person)
    except IntegrityError:
        # Still referenced elsewhere: keep an empty tombstone, nothing personal.
        person = session.get(Person, person_id) or person
        person.first_name = "-"
        person.last_name = "-"
        person.email = None
        person.phone = None
        person.photo = None
        person.photo_consent = False
        person.levels = []
        person.topics = []
        person.channels = []
        person.retain_until = None
        person.deleted_at = now
        session.flush()
