"""Facilitator accounts, PIN checks with lockout, and the audit log.

A facilitator is recognised by their PIN alone (the kiosk shows a PIN pad, no name list), so
wrong PINs are counted for the whole kiosk: the counter and the lock are written on every
active account. After `facilitator_max_failures` wrong PINs in a row, facilitator mode is
locked for `facilitator_lockout_s` seconds; while locked, no PIN is even checked.

PINs are stored as a salted scrypt hash (n=2**14, r=8, p=1): slow enough that a stolen
database does not give the PINs away in seconds, quick enough (~50 ms) at the PIN pad.
Every check derives a key for every account and compares them all in constant time, so the
time taken says nothing about which account, if any, matched.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.changes import Changes, Entity
from app.clock import utcnow, uuid7
from app.context import AppContext
from app.errors import (
    QT_TRANSLATE_NOOP,
    BugError,
    InvalidInputError,
    KnownError,
    LockedError,
    Message,
)
from app.facilitators.types import AuditLine, FacilitatorSession
from db.models import AuditEntry, FacilitatorAccount

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
SALT_BYTES = 16
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
NAME_MAX = 80

CONTEXT = "Facilitators"


@dataclass(frozen=True)
class Facilitator:
    account_id: uuid.UUID
    name: str


KDF = f"scrypt:n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}"


def hash_pin(pin: str, salt: bytes, kdf: str = KDF) -> bytes:
    """The scrypt key of `pin`, with the parameters named by `kdf` (as stored with the hash,
    so the cost can be raised later without losing existing accounts)."""
    name, _, params = kdf.partition(":")
    if name != "scrypt":
        raise BugError(f"unknown PIN key derivation {kdf!r}")
    values = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    for item in filter(None, params.split(",")):
        key, _, value = item.partition("=")
        values[key.strip()] = int(value)
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=values["n"],
        r=values["r"],
        p=values["p"],
        dklen=KEY_BYTES,
        maxmem=256 * 1024 * 1024,
    )


def check_pin_format(pin: str) -> None:
    """Refuse a PIN that is not 4 to 12 digits."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Facilitators", "A PIN is {minimum} to {maximum} digits."),
                {"minimum": PIN_MIN_DIGITS, "maximum": PIN_MAX_DIGITS},
            )
        )


def add_facilitator(ctx: AppContext, name: str, pin: str) -> Facilitator:
    """Register a facilitator on this kiosk. The PIN must be unique: it alone identifies them."""
    name = " ".join(name.split())
    if not name or len(name) > NAME_MAX:
        raise InvalidInputError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Facilitators", "Give the facilitator a name."))
        )
    check_pin_format(pin)
    with ctx.db.transaction() as session:
        accounts = _active_accounts(session)
        if any(account.name == name for account in accounts):
            raise InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Facilitators", "A facilitator named {name} already exists."),
                    {"name": name},
                )
            )
        if _matching(accounts, pin) is not None:
            raise InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Facilitators", "This PIN is already taken: choose another one."
                    ),
                )
            )
        salt = secrets.token_bytes(SALT_BYTES)
        account = FacilitatorAccount(
            name=name, salt=salt.hex(), pin_hash=hash_pin(pin, salt).hex(), kdf=KDF
        )
        session.add(account)
        session.flush()
        _audit(session, actor=account.id, action="facilitator_add")
        return Facilitator(account_id=account.id, name=account.name)


def verify_pin(ctx: AppContext, pin: str, *, now: datetime | None = None) -> FacilitatorSession:
    """Open facilitator mode for the owner of `pin`.

    Raises `LockedError` while the kiosk is locked (and when this failure locks it),
    `InvalidInputError` for a wrong PIN (saying how many tries are left).
    """
    now = now or utcnow()
    config = ctx.config
    refusal: KnownError
    with ctx.db.transaction() as session:
        accounts = _active_accounts(session)
        if not accounts:
            raise KnownError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Facilitators",
                        "No facilitator is registered on this kiosk yet (antenne facilitator add).",
                    ),
                )
            )
        locked_until = max((a.locked_until for a in accounts if a.locked_until), default=None)
        if locked_until is not None and locked_until > now:
            raise _locked(locked_until - now)

        match = _matching(accounts, pin)
        if match is not None:
            for account in accounts:
                account.failed_attempts = 0
                account.locked_until = None
            match.last_login_at = now
            _audit(session, actor=match.id, action="login")
            return FacilitatorSession(account_id=match.id, name=match.name, started_at=now)

        failures = max(a.failed_attempts for a in accounts) + 1
        if failures >= config.facilitator_max_failures:
            until = now + timedelta(seconds=config.facilitator_lockout_s)
            for account in accounts:
                account.failed_attempts = 0
                account.locked_until = until
            _audit(session, actor=None, action="locked", details={"failures": failures})
            log.audit.warning("facilitator mode locked after %d wrong PINs", failures)
            refusal = _locked(until - now)
        else:
            for account in accounts:
                account.failed_attempts = failures
            _audit(session, actor=None, action="login_failed", details={"failures": failures})
            refusal = InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Facilitators", "Wrong PIN. Tries left: {left}."),
                    {"left": config.facilitator_max_failures - failures},
                )
            )
    # Raised after the commit: the failure counter must survive the refusal.
    raise refusal


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
        _audit(session, actor=actor, action=action, target=target, details=details)
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
    return _audit(session, actor=actor, action=action, target=target, details=details)


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


# -- Internals ---------------------------------------------------------------------------------


def _active_accounts(session: Session) -> list[FacilitatorAccount]:
    query = select(FacilitatorAccount).where(
        FacilitatorAccount.deleted_at.is_(None), FacilitatorAccount.active.is_(True)
    )
    return list(session.scalars(query.order_by(FacilitatorAccount.name)))


def _matching(accounts: list[FacilitatorAccount], pin: str) -> FacilitatorAccount | None:
    found = None
    for account in accounts:
        # Every account is checked, even after a match: the time taken must not tell which.
        key = hash_pin(pin, bytes.fromhex(account.salt), account.kdf)
        if hmac.compare_digest(key, bytes.fromhex(account.pin_hash)):
            found = account
    return found


def _locked(remaining: timedelta) -> LockedError:
    minutes = max(1, -(-int(remaining.total_seconds()) // 60))
    return LockedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Facilitators",
                "Too many wrong PINs. Facilitator mode is locked for {minutes} min.",
            ),
            {"minutes": minutes},
        )
    )


def _audit(
    session: Session,
    *,
    actor: uuid.UUID | None,
    action: str,
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> uuid.UUID:
    entry = AuditEntry(
        id=uuid7(), facilitator_id=actor, action=action, target=target, details=dict(details or {})
    )
    session.add(entry)
    # Names stay out of log files: the audit table has them, the log only the action.
    log.audit.info("%s", action)
    return entry.id
