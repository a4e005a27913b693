"""Facilitator accounts (PIN behind a salted slow hash, lockout) and the audit log.

How a PIN is kept is part of the row's format, so it is here, shared by the service that
checks PINs (`app.facilitators.service`) and the demo that creates an account (`db.demo`):
argon2id at `PIN_COST`, stored as argon2's self-describing string (docs/architecture.md,
"Facilitator mode").
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2.low_level import Type, hash_secret
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin

PIN_KDF = "argon2id"
PIN_SALT_BYTES = 16
PIN_HASH_BYTES = 32


@dataclass(frozen=True)
class PinCost:
    """argon2id's cost for one PIN: passes over the memory, KiB of memory, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


# About 0.4 s a hash on the 2-core development machine (benchmarks/pin_hash.py): a 6-digit
# PIN then takes about 4.6 days of one core to find from a stolen hash, a 4-digit one an hour,
# and 128 MiB a try makes guessing in parallel costly. One lane: the wall time is the work,
# whatever else the kiosk is doing, and an attacker's cores gain nothing from more lanes.
PIN_COST = PinCost(time_cost=4, memory_kib=128 * 1024, parallelism=1)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """`pin`'s argon2id hash at `PIN_COST`, as "$argon2id$v=19$m=…,t=…,p=…$salt$hash": the
    parameters travel with the hash. The salt is random unless given (the demo's is seeded)."""
    cost = PIN_COST  # read when called: tests lower it
    encoded = hash_secret(
        pin.encode("utf-8"),
        salt if salt is not None else secrets.token_bytes(PIN_SALT_BYTES),
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=PIN_HASH_BYTES,
        type=Type.ID,
    )
    return encoded.decode("ascii")


class FacilitatorAccount(SyncedMixin, Base):
    __tablename__ = "facilitator_account"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("antenna.id"), default=None)
    # `kdf` names the function. "argon2id": `pin_hash` is argon2's string (parameters and
    # salt inside it) and `salt` is empty. Accounts from before: "scrypt:n=16384,r=8,p=1",
    # hex digest and hex salt; they still open and are re-hashed at their next login.
    pin_hash: Mapped[str] = mapped_column(String(256))
    salt: Mapped[str] = mapped_column(String(64))
    kdf: Mapped[str] = mapped_column(String(64), default="scrypt")
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)


class AuditEntry(SyncedMixin, Base):
    """One facilitator action (append-only). `created_at` is when it happened."""

    __tablename__ = "audit_entry"

    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("facilitator_account.id"), default=None, index=True
    )
    # Identifier: "login", "login_failed", "logout", "badge_print", "vote_open", ...
    action: Mapped[str] = mapped_column(String(64), index=True)
    # What it acted on, e.g. "person:<uuid>" (ids, never names).
    target: Mapped[str] = mapped_column(String(120), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
