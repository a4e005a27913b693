"""The audit log: who did what on this kiosk, shared by every feature.

Every facilitator action (and a few of the kiosk's own, like a facilitator-mode lock) writes one
entry, in the same transaction as the action when the action writes anything else. The log is
not a feature of its own: badges, journeys, check-outs, privacy requests and votes all write to
it, so it lives here rather than in any of them (`app.facilitators` keeps the accounts, PINs
and sessions; it writes its logins here too).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.changes import Changes, Entity
from app.clock import uuid7
from app.context import AppContext
from db.models import AuditEntry, FacilitatorAccount


@dataclass(frozen=True)
class AuditLine:
    """One entry of the audit log as a facilitator reads it."""

    at: datetime
    actor: str
    """The facilitator's name ("" for a failed PIN or the system)."""
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)


def record_audit(
    ctx: AppContext,
    *,
    actor: uuid.UUID | None,
    action: str,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> Changes:
    """Write one facilitator action to the audit log, in its own transaction (an action that
    changes nothing else: a setting; an action that does writes its entry with
    `record_audit_in`).

    `actor` is the facilitator's account id; `target` what the action was on, as an id
    (`person:<uuid>`), never a name; `details` small JSON values.
    """
    with ctx.db.transaction() as session:
        record_audit_in(session, actor=actor, action=action, target=target, details=details)
    return Changes.of(Entity.AUDIT_ENTRY)


def record_audit_in(
    session: Session,
    *,
    actor: uuid.UUID | None,
    action: str,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> uuid.UUID:
    """Like `record_audit`, in the caller's open transaction: the entry is written if and
    only if the action it records is. Returns the entry's id (see `add_audit_details`)."""
    entry = AuditEntry(
        id=uuid7(), facilitator_id=actor, action=action, target=target, details=dict(details or {})
    )
    session.add(entry)
    # Names stay out of log files: the audit table has them, the log only the action.
    log.audit.info("%s", action)
    return entry.id


def add_audit_details(ctx: AppContext, entry_id: uuid.UUID, details: Mapping[str, Any]) -> None:
    """Complete an entry with what was learnt after its action was committed (whether the
    printer took the badge): the printer is never waited on inside a transaction."""
    with ctx.db.transaction() as session:
        entry = session.get(AuditEntry, entry_id)
        if entry is not None:
            entry.details = {**entry.details, **details}


def recent_audit(ctx: AppContext, limit: int = 20) -> list[AuditLine]:
    """The last `limit` audit entries, newest first, with the facilitator's name."""
    query = (
        select(AuditEntry, FacilitatorAccount.name)
        .outerjoin(FacilitatorAccount, AuditEntry.facilitator_id == FacilitatorAccount.id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    with ctx.db.transaction() as session:
        return [
            AuditLine(
                at=entry.created_at,
                actor=name or "",
                action=entry.action,
                target=entry.target,
                details=dict(entry.details or {}),
            )
            for entry, name in session.execute(query)
        ]
