"""Printed QR badges. Only the SHA-256 of a token is kept; the token says nothing of the person."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin

if TYPE_CHECKING:
    from db.models.people import Person


class BadgeLayout(enum.StrEnum):
    label_62x100 = "62x100"  # Brother DK-11202 label
    label_54x101 = "54x101"  # Dymo 99014
    cr80 = "cr80"  # 85.6 x 54 mm card
    a4_8 = "a4-8"  # A4 sheet, 8 badges


class Badge(SyncedMixin, Base):
    """A badge issued to a person; a reprint issues a new token and revokes the old badge."""

    __tablename__ = "badge"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    # Hex SHA-256 of the printed token (`ANT1-` + 26 Crockford base32 characters).
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    layout: Mapped[BadgeLayout] = mapped_column(default=BadgeLayout.label_62x100)
    issued_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # "lost", "reprint", "erased", ...
    revoked_reason: Mapped[str] = mapped_column(String(64), default="")
    # The one local day (in the antenne's timezone) a visitor badge is valid on; None for
    # members, whose badges last until revoked.
    valid_on: Mapped[date | None] = mapped_column(default=None)

    person: Mapped[Person] = relationship(lazy="select")

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.deleted_at is None
