"""One declarative base, one naming convention, one synced mixin (pypi/warehouse's `db.py`)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Enum, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.clock import utcnow, uuid7
from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSON(),
        dict[str, str]: JSON(),
        list[str]: JSON(),
        list[Any]: JSON(),
        # Kinds and statuses: Python `StrEnum`s stored as their values in a VARCHAR with a CHECK
        # constraint (named `ck_<table>_<enum name>`), portable to PostgreSQL without enum types.
        enum.StrEnum: Enum(
            enum.StrEnum,
            native_enum=False,
            create_constraint=True,
            validate_strings=True,
            values_callable=lambda kind: [member.value for member in kind],
            length=32,
        ),
    }


class SyncedMixin:
    """Columns every synced table shares.

    `hlc` and `origin` are stamped by the session on flush (see `db.outbox`), which also writes
    one outbox row per insert, update or delete in the same transaction. Synced rows are never
    hard-deleted: `deleted_at` is their tombstone (only the privacy purge removes rows).
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7, sort_order=-1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(64), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
