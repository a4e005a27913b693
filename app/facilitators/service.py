"""Facilitator accounts and PIN checks with lockout (their logins go to `app.audit`).

A facilitator is recognised by their PIN alone (the kiosk shows a PIN pad, no name list), so
wrong PINs are counted for the whole kiosk: the counter and the lock are written on every
active account. After `facilitator_max_failures` wrong PINs in a row, facilitator mode is
locked for `facilitator_lockout_s` seconds; while locked, no PIN is even checked.

PINs are stored as argon2id hashes costing about 0.4 s each (`db.models.facilitators`,
`PIN_COST`), so a stolen database or a hub's copy does not give them away: a new PIN has at
least 6 digits and none of the patterns guessed first (`check_new_pin`). Accounts hashed
before with scrypt still open, and their hash is replaced by argon2id's at that login (a
change of the account, synced as any). Every check derives a key for every account and
compares them all, so the time taken says nothing about which account, if any, matched; it
runs on the task runner's worker, never on the screen's thread.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
from datetime import datetime, timedelta

from argon2 import extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import Type, verify_secret
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.audit import record_audit_in
from app.clock import utcnow
from app.context import AppContext
from app.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    KnownError,
    LockedError,
    Message,
)
from app.facilitators.types import Facilitator, FacilitatorSession
from db.models import FacilitatorAccount
from db.models import facilitators as accounts_format

# New PINs: 6 to 12 digits. A PIN chosen before this rule (4 digits) still opens its account.
PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
NAME_MAX = 80
# The hashes of accounts created before argon2id, still checked until their next login.
LEGACY_SCRYPT = "scrypt"

CONTEXT = "Facilitators"


def check_new_pin(pin: str) -> None:
    """Refuse a new PIN that is not 6 to 12 digits, or that follows a pattern guessed first:
    one digit repeated (000000), digits going up or down in a row (123456, 654321, 567890),
    a group of digits repeated (121212, 123123). Each refusal says which."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Facilitators", "A new PIN is {minimum} to {maximum} digits."),
                {"minimum": PIN_MIN_DIGITS, "maximum": PIN_MAX_DIGITS},
            )
        )
    digits = [int(digit) for digit in pin]
    # Steps between neighbours, modulo 10: on a keypad 0 follows 9 (567890, 109876).
    steps = {(after - before) % 10 for before, after in itertools.pairwise(digits)}
    if steps == {0}:
        weakness = QT_TRANSLATE_NOOP(
            "Facilitators",
            "A PIN of one digit repeated (like 000000) is too easy to guess: choose another one.",
        )
    elif steps == {1}:
        weakness = QT_TRANSLATE_NOOP(
            "Facilitators",
            "A PIN of digits going up in a row (like 123456) is too easy to guess: "
            "choose another one.",
        )
    elif steps == {9}:
        weakness = QT_TRANSLATE_NOOP(
            "Facilitators",
            "A PIN of digits going down in a row (like 654321) is too easy to guess: "
            "choose another one.",
        )
    elif _repeats_a_group(pin):
        weakness = QT_TRANSLATE_NOOP(
            "Facilitators",
            "A PIN that repeats a group of digits (like 121212) is too easy to guess: "
            "choose another one.",
        )
    else:
        return
    raise InvalidInputError(Message(CONTEXT, weakness))


def _repeats_a_group(pin: str) -> bool:
    """Whether `pin` is a shorter group of digits said again and again (121212, 123123)."""
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(1, len(pin) // 2 + 1)
    )


def add_facilitator(ctx: AppContext, name: str, pin: str) -> Facilitator:
    """Register a facilitator on this kiosk. The PIN must be unique: it alone identifies them."""
    name = " ".join(name.split())
    if not name or len(name) > NAME_MAX:
        raise InvalidInputError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Facilitators", "Give the facilitator a name."))
        )
    check_new_pin(pin)
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
        account = FacilitatorAccount(name=name)
        _keep_pin(account, pin)
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
            if _needs_new_hash(match):
                _keep_pin(match, pin)
                log.audit.info("facilitator account %s: PIN hash renewed (argon2id)", match.id)
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
        if _pin_opens(account, pin):
            found = account
    return found


def _pin_opens(account: FacilitatorAccount, pin: str) -> bool:
    """Whether `pin` is `account`'s. A hash this kiosk cannot read (a newer kiosk's, a
    damaged row) opens nothing, and the other accounts still work."""
    kdf, _, params = account.kdf.partition(":")
    secret = pin.encode("utf-8")
    try:
        if kdf == accounts_format.PIN_KDF:
            return verify_secret(account.pin_hash.encode("ascii"), secret, Type.ID)
        if kdf == LEGACY_SCRYPT:
            key = _legacy_scrypt(secret, bytes.fromhex(account.salt), params)
            return hmac.compare_digest(key, bytes.fromhex(account.pin_hash))
    except VerifyMismatchError:
        return False
    except (VerificationError, InvalidHashError, ValueError) as error:
        log.audit.warning("facilitator account %s: unreadable PIN hash (%s)", account.id, error)
        return False
    log.audit.warning("facilitator account %s: unknown PIN hash %r", account.id, kdf)
    return False


def _legacy_scrypt(secret: bytes, salt: bytes, params: str) -> bytes:
    """The scrypt key of accounts created before argon2id, with the parameters stored with
    it ("n=16384,r=8,p=1")."""
    values = {"n": 2**14, "r": 8, "p": 1}
    for item in filter(None, params.split(",")):
        key, _, value = item.partition("=")
        values[key.strip()] = int(value)
    return hashlib.scrypt(
        secret,
        salt=salt,
        n=values["n"],
        r=values["r"],
        p=values["p"],
        dklen=32,
        maxmem=256 * 1024 * 1024,
    )


def _needs_new_hash(account: FacilitatorAccount) -> bool:
    """Whether the account's hash is not argon2id at today's cost (older, or cheaper)."""
    if account.kdf != accounts_format.PIN_KDF:
        return True
    stored = extract_parameters(account.pin_hash)
    cost = accounts_format.PIN_COST
    return (stored.time_cost, stored.memory_cost, stored.parallelism) != (
        cost.time_cost,
        cost.memory_kib,
        cost.parallelism,
    )


def _keep_pin(account: FacilitatorAccount, pin: str) -> None:
    account.pin_hash = accounts_format.hash_pin(pin)
    account.salt = ""  # inside argon2's string
    account.kdf = accounts_format.PIN_KDF


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
