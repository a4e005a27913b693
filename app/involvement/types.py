"""What involvement services hand to the kiosk's screens and commands: frozen values the UI may
import at module top (no SQLAlchemy here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.changes import Changes, Entity


@dataclass(frozen=True)
class Involvement:
    levels: tuple[str, ...]
    topics: tuple[str, ...]
    channels: tuple[str, ...]
    updated_at: datetime | None
    due: bool
    """Never answered, or answered more than a year ago: the kiosk asks again."""
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class InvolvementCounts:
    """How many people of the antenne (who consented) want each level, topic and channel."""

    people: int
    levels: dict[str, int]
    topics: dict[str, int]
    channels: dict[str, int]


@dataclass(frozen=True)
class Recipient:
    """A person who wants a kind of news, with how to reach them (for the export only)."""

    id: uuid.UUID
    first_name: str
    last_name: str
    email: str
    phone: str
    language: str
    channels: tuple[str, ...]


@dataclass(frozen=True)
class NewsExport:
    """What `export_news_csv` wrote: how many people, and the file."""

    count: int
    path: Path
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.AUDIT_ENTRY))
