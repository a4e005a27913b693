"""Facilitator accounts and PIN checks with lockout (their logins go to `app.audit`).

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
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.audit import record_audit_in
from app.clock import utcnow
from app.context import AppContext
from app.errors import (
    QT_TRANSLATE_NOOP,
    BugError,
    InvalidInputError,
    KnownError,
    LockedError,
    Message,
)
from app.facilitators.types import Facilitator, FacilitatorSession
from db.models import FacilitatorAccount

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
SALT_BYTES = 16
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
NAME_MAX = 80

CONTEXT = "Facilitators"


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
        record_audit_in(session, actor=account.id, action="facilitator_add")
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
            record_audit_in(session, actor=match.id, action="login")
            return FacilitatorSession(account_id=match.id, name=match.name, started_at=now)

        failures = max(a.failed_attempts for a in accounts) + 1
        if failures >= config.facilitator_max_failures:
            until = now + timedelta(seconds=config.facilitator_lockout_s)
            for account in accounts:
                account.failed_attempts = 0
                account.locked_until = until
            record_audit_in(session, actor=None, action="locked", details={"failures": failures})
            log.audit.warning("facilitator mode locked after %d wrong PINs", failures)
            refusal = _locked(until - now)
        else:
            for account in accounts:
                account.failed_attempts = failures
            record_audit_in(
                session, actor=None, action="login_failed", details={"failures": failures}
            )
            refusal = InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Facilitators", "Wrong PIN. Tries left: {left}."),
                    {"left": config.facilitator_max_failures - failures},
                )
            )
    # Raised after the commit: the failure counter must survive the refusal.
    raise refusal


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
