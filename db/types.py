"""Column types shared by every model."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, also on SQLite (which stores naive text).

    Naive datetimes are refused when written: every time in Antenne is aware.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


class FixedWidthChoice(TypeDecorator[str]):
    """An enum's value (or None) stored as text of one width, padded with spaces.

    SQLite rewrites a row in place only when its new record has the size of the old one;
    otherwise the row moves to the page's free end, and the place of the moved cells tells in
    which order they were changed. The voter roll's channel goes from none to `booth`, `phone`
    or `analog` when a person votes: at one width the flip leaves the row where it was
    (docs/architecture.md, "Secrecy and integrity")."""

    impl = String
    cache_ok = True

    def __init__(self, choices: type[enum.StrEnum]) -> None:
        self.choices = choices
        self.width = max(len(choice.value) for choice in choices)
        super().__init__(self.width)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        if value is None:
            return " " * self.width
        return str(self.choices(value)).ljust(self.width)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        text = (value or "").strip()
        return self.choices(text) if text else None
