"""Personal data: purged after the retention period, exported and erased per person.

One set of rules removes a person's data, whether the daily purge does it (visitors whose
`retain_until` day has passed) or a facilitator erases one person on request (`erase_person`,
`antenne privacy erase`):
- their visits, badges (a deleted badge no longer opens anything: it is revoked everywhere),
  journey progress, skill posts (with their tags, the introductions asked on them and the
  reports on them), the introductions they asked for, the reports they made, the agenda items
  they proposed (with the co-signatures on them), their co-signatures and their travel-aid
  requests are deleted, for real: the one place synced rows are hard-deleted; the outbox then
  carries only their ids;
- the person row goes too, unless something else still points at it (a sign-up, a mandate, a
  proxy, a roll call...), in which case it is emptied of every personal detail and kept as a
  tombstone, so that counts stay right and nothing can name them again;
- what the outbox still held about those rows (already pushed or not) is forgotten first: a hub
  restored from a backup is sent again what the kiosk kept, and it must not get them back.

The purge also deletes every visit that started more than `retention_days` ago.

`export_person` gathers everything the kiosk holds about one person as JSON-ready data. Ballots
are never in it: nothing links a ballot to anyone (docs/architecture.md, "Voting").
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, inspect, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import log
from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from app.localtime import local_day
from app.privacy.types import ERASED, Erased, Exported, PurgeReport
from app.private_files import private_folder
from db.base import SyncedMixin
from db.models import (
    AgendaItem,
    AgendaSupport,
    Attendance,
    AuditEntry,
    Badge,
    Body,
    FacilitatorAccount,
    IntroRequest,
    JourneyProgress,
    JourneyStep,
    Mandate,
    OutboxEntry,
    Person,
    PersonKind,
    Proxy,
    Signup,
    SkillPost,
    SkillPostTag,
    SkillReport,
    TravelAidRequest,
    Visit,
    VoterRoll,
)
from db.models import Session as KioskSession
from db.outbox import row_payload, to_json_value

CONTEXT = "Privacy"
EXPORT_FORMAT = 1
# Sync bookkeeping and secrets: never part of what is shown to a person about themselves.
_HIDDEN = frozenset(
    {"hlc", "origin", "token_hash", "pin_hash", "salt", "kdf", "search_first", "search_last"}
)
_INVOLVEMENT = ("levels", "topics", "channels", "involvement_updated_at")
_CHUNK = 500


# -- Removing a person's data (the purge and erase share these rules) --------------------------


def _personal_rows(session: Session, person_id: uuid.UUID) -> list[SyncedMixin]:
    """The rows that go with a person, dependants before what they depend on."""
    rows: list[SyncedMixin] = []
    for model in (Visit, Badge, JourneyProgress):
        rows.extend(session.scalars(select(model).where(model.person_id == person_id)))
    posts = list(session.scalars(select(SkillPost).where(SkillPost.person_id == person_id)))
    post_ids = [post.id for post in posts]
    rows.extend(session.scalars(select(SkillPostTag).where(SkillPostTag.post_id.in_(post_ids))))
    rows.extend(
        session.scalars(
            select(IntroRequest).where(
                or_(IntroRequest.post_id.in_(post_ids), IntroRequest.requester_id == person_id)
            )
        )
    )
    rows.extend(
        session.scalars(
            select(SkillReport).where(
                or_(SkillReport.post_id.in_(post_ids), SkillReport.reporter_id == person_id)
            )
        )
    )
    rows.extend(posts)
    # Agenda items they proposed go with everyone's co-signatures on them (as a skill post
    # with the introductions asked on it); their own co-signatures and travel-aid requests go.
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.proposer_id == person_id)))
    item_ids = [item.id for item in items]
    rows.extend(
        session.scalars(
            select(AgendaSupport).where(
                or_(AgendaSupport.item_id.in_(item_ids), AgendaSupport.person_id == person_id)
            )
        )
    )
    rows.extend(items)
    rows.extend(
        session.scalars(select(TravelAidRequest).where(TravelAidRequest.person_id == person_id))
    )
    return rows


def _forget_in_outbox(session: Session, ids: Iterable[uuid.UUID]) -> None:
    # Core on purpose: the outbox is not a synced table, and these entries must simply go.
    keys = sorted({str(row_id) for row_id in ids})
    for start in range(0, len(keys), _CHUNK):
        session.execute(
            delete(OutboxEntry).where(OutboxEntry.entity_id.in_(keys[start : start + _CHUNK]))
        )


def _empty(person: Person, now: datetime) -> None:
    person.first_name = "-"
    person.last_name = "-"
    person.email = None
    person.phone = None
    person.photo = None
    person.photo_consent = False
    person.levels = []
    person.topics = []
    person.channels = []
    person.involvement_updated_at = None
    person.consent_at = None
    person.retain_until = None
    person.deleted_at = now


def _remove_people(
    session: Session, people: Sequence[Person], *, now: datetime, also: Sequence[Visit] = ()
) -> list[bool]:
    """Remove the people's data (and the visits `also`) by the rules of the module's docstring;
    for each person, whether the row itself went (else it is an emptied tombstone)."""
    doomed: dict[uuid.UUID, SyncedMixin] = {visit.id: visit for visit in also}
    for person in people:
        doomed.update((row.id, row) for row in _personal_rows(session, person.id))
    _forget_in_outbox(session, [*doomed, *(person.id for person in people)])
    # One kind of row at a time, in the order found (dependants first): most of these models
    # have no relationship() for the unit of work to order their deletes by.
    by_kind: dict[type[SyncedMixin], list[SyncedMixin]] = {}
    for row in doomed.values():
        by_kind.setdefault(type(row), []).append(row)
    for rows in by_kind.values():
        for row in rows:
            session.delete(row)
        session.flush()
    removed: list[bool] = []
    for person in people:
        person_id: uuid.UUID = person.id
        try:
            with session.begin_nested():
                session.delete(person)
            removed.append(True)
        except IntegrityError:
            # Still referenced elsewhere: keep an empty tombstone, nothing personal.
            _empty(session.get(Person, person_id) or person, now)
            session.flush()
            removed.append(False)
    return removed


def purge(ctx: AppContext, *, now: datetime | None = None) -> PurgeReport:
    """Remove what is past the retention period (see the module's docstring)."""
    now = now or utcnow()
    cutoff = now - timedelta(days=ctx.config.retention_days)
    today = local_day(ctx, now)
    with ctx.db.transaction() as session:
        old_visits = session.scalars(select(Visit).where(Visit.checked_in_at < cutoff)).all()
        expired = session.scalars(
            select(Person).where(
                Person.kind == PersonKind.visitor,
                Person.member_since.is_(None),
                Person.shareholder_since.is_(None),
                Person.retain_until.is_not(None),
                Person.retain_until < today,
            )
        ).all()
        _remove_people(session, expired, now=now, also=old_visits)
    if old_visits or expired:
        log.misc.info("purge: %d visit(s), %d visitor(s) removed", len(old_visits), len(expired))
    return PurgeReport(visits=len(old_visits), people=len(expired))


def _unknown(person_id: uuid.UUID) -> NotFoundError:
    return NotFoundError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Privacy", "Nobody is known by the id {id}."),
            {"id": str(person_id)},
        )
    )


def erase_person(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    actor: uuid.UUID | None = None,
    now: datetime | None = None,
) -> Erased:
    """Erase one person's data on request: the purge's rules, whoever they are. A facilitator's
    request at the kiosk (`actor`) is audited ("privacy_erase") in the same transaction."""
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise _unknown(person_id)
        visits = session.scalar(
            select(func.count()).select_from(Visit).where(Visit.person_id == person_id)
        )
        badges = session.scalar(
            select(func.count())
            .select_from(Badge)
            .where(
                Badge.person_id == person_id,
                Badge.revoked_at.is_(None),
                Badge.deleted_at.is_(None),
            )
        )
        (removed,) = _remove_people(session, [person], now=now)
        if actor is not None:
            from app.audit import record_audit_in

            record_audit_in(
                session,
                actor=actor,
                action="privacy_erase",
                target=f"person:{person_id}",
                details={"removed": removed},
            )
    log.misc.info("person %s erased (%s)", person_id, "removed" if removed else "emptied")
    return Erased(
        person_id=person_id,
        removed=removed,
        visits=visits or 0,
        badges=badges or 0,
        changes=ERASED | Changes.of(Entity.AUDIT_ENTRY) if actor is not None else ERASED,
    )


# -- Export -------------------------------------------------------------------------------------


def _data(row: object, **extra: Any) -> dict[str, Any]:
    """A row as JSON values, without sync bookkeeping nor secrets."""
    values = row_payload(inspect(type(row)), row)
    shown = {key: value for key, value in values.items() if key not in _HIDDEN}
    shown.update((key, to_json_value(value)) for key, value in extra.items())
    return shown


def _all(session: Session, statement: Any) -> list[dict[str, Any]]:
    return [_data(row) for row in session.scalars(statement)]


def export_person(ctx: AppContext, person_id: uuid.UUID) -> dict[str, Any]:
    """Everything the kiosk holds about the person (see the module's docstring), JSON-ready.

    A tombstone left by an earlier erasure is exported as what it is: nothing personal.
    """
    with ctx.db.session() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise _unknown(person_id)
        profile = _data(person, antenna=person.antenna.slug if person.antenna else None)
        involvement = {key: profile.pop(key) for key in _INVOLVEMENT}
        journey = [
            _data(progress, step=slug)
            for progress, slug in session.execute(
                select(JourneyProgress, JourneyStep.slug)
                .join(JourneyStep, JourneyStep.id == JourneyProgress.step_id)
                .where(JourneyProgress.person_id == person_id)
                .order_by(JourneyProgress.completed_at)
            )
        ]
        signups = [
            _data(signup, session_title=title, session_starts_at=starts_at)
            for signup, title, starts_at in session.execute(
                select(Signup, KioskSession.title, KioskSession.starts_at)
                .join(KioskSession, KioskSession.id == Signup.session_id)
                .where(Signup.person_id == person_id)
                .order_by(KioskSession.starts_at)
            )
        ]
        mandates = [
            _data(mandate, body=slug)
            for mandate, slug in session.execute(
                select(Mandate, Body.slug)
                .join(Body, Body.id == Mandate.body_id)
                .where(Mandate.person_id == person_id)
                .order_by(Mandate.start)
            )
        ]
        posts = session.scalars(
            select(SkillPost).where(SkillPost.person_id == person_id).order_by(SkillPost.created_at)
        ).all()
        return {
            "format": EXPORT_FORMAT,
            "exported_at": to_json_value(utcnow()),
            "person": profile,
            "involvement": involvement,
            "visits": _all(
                session,
                select(Visit).where(Visit.person_id == person_id).order_by(Visit.checked_in_at),
            ),
            # What a badge was and when, never its token (only its hash is kept, and not shown).
            "badges": _all(
                session,
                select(Badge).where(Badge.person_id == person_id).order_by(Badge.issued_at),
            ),
            "journey": journey,
            "signups": signups,
            "sessions_hosted": _all(
                session,
                select(KioskSession)
                .where(KioskSession.host_id == person_id)
                .order_by(KioskSession.starts_at),
            ),
            "mandates": mandates,
            "skill_posts": [_data(post, tags=[tag.slug for tag in post.tags]) for post in posts],
            "introductions_asked": _all(
                session, select(IntroRequest).where(IntroRequest.requester_id == person_id)
            ),
            "skill_reports_made": _all(
                session,
                select(SkillReport)
                .where(SkillReport.reporter_id == person_id)
                .order_by(SkillReport.created_at),
            ),
            # Reports on their posts: why and what came of it, never who reported them.
            "skill_reports_on_their_posts": [
                _data(report, reporter_id=None, resolved_by=None)
                for report in session.scalars(
                    select(SkillReport)
                    .join(SkillPost, SkillPost.id == SkillReport.post_id)
                    .where(SkillPost.person_id == person_id)
                    .order_by(SkillReport.created_at)
                )
            ],
            "agenda_items_proposed": _all(
                session, select(AgendaItem).where(AgendaItem.proposer_id == person_id)
            ),
            "agenda_supports": _all(
                session, select(AgendaSupport).where(AgendaSupport.person_id == person_id)
            ),
            "travel_aid_requests": _all(
                session,
                select(TravelAidRequest)
                .where(TravelAidRequest.person_id == person_id)
                .order_by(TravelAidRequest.created_at),
            ),
            # Votes: present or not, proxies, whether they voted. Never a ballot.
            "vote_attendance": _all(
                session, select(Attendance).where(Attendance.person_id == person_id)
            ),
            "proxies": _all(
                session,
                select(Proxy).where(or_(Proxy.giver_id == person_id, Proxy.holder_id == person_id)),
            ),
            "voter_rolls": _all(session, select(VoterRoll).where(VoterRoll.person_id == person_id)),
            "facilitator_accounts": _all(
                session,
                select(FacilitatorAccount).where(FacilitatorAccount.person_id == person_id),
            ),
            "audit": _all(
                session,
                select(AuditEntry)
                .where(AuditEntry.target == f"person:{person_id}")
                .order_by(AuditEntry.created_at),
            ),
        }


def export_person_to(
    ctx: AppContext, person_id: uuid.UUID, folder: Path, *, actor: uuid.UUID | None
) -> Exported:
    """Write the person's data (`export_person`) as `person-<id>.json` in `folder`, for a
    facilitator at the kiosk to hand to the person; audited ("privacy_export") once written."""
    import json

    from app.audit import record_audit

    data = export_person(ctx, person_id)
    private_folder(folder)  # a person's data: for the kiosk's user only
    path = folder / f"person-{person_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    record_audit(ctx, actor=actor, action="privacy_export", target=f"person:{person_id}")
    return Exported(path)
