"""Facilitator accounts (PIN behind a salted slow hash, lockout) and the audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin


class FacilitatorAccount(SyncedMixin, Base):
    __tablename__ = "facilitator_account"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("antenna.id"), default=None)
    # Hex digest of the PIN and hex salt; `kdf` names the function and its parameters
    # (e.g. "scrypt:n=16384,r=8,p=1") so they can be raised later without losing accounts.
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
