"""What privacy services hand to the kiosk's screens and commands: frozen values the UI may
import at module top (no SQLAlchemy here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from app.changes import Changes, Entity


@dataclass(frozen=True)
class PurgeReport:
    """What `purge` did."""

    visits: int
    """Visits older than the retention period, deleted."""
    people: int
    """Visitors whose data was kept until a day now past, removed."""
    changes: Changes = field(
        default_factory=lambda: Changes.of(Entity.VISIT, Entity.PERSON, Entity.BADGE)
    )


ERASED = Changes.of(
    Entity.PERSON,
    Entity.VISIT,
    Entity.BADGE,
    Entity.JOURNEY_PROGRESS,
    Entity.SKILL_POST,
    Entity.SKILL_POST_TAG,
    Entity.SKILL_REPORT,
    Entity.INTRO_REQUEST,
    Entity.AGENDA_ITEM,
    Entity.AGENDA_SUPPORT,
    Entity.TRAVEL_AID_REQUEST,
)
"""What an erasure changes (an audited one writes its audit entry too)."""


@dataclass(frozen=True)
class Erased:
    """What `erase_person` did."""

    person_id: uuid.UUID
    removed: bool
    """The person row itself is gone (else it is kept, emptied, as an anonymous tombstone)."""
    visits: int
    badges: int
    """Badges that no longer open anything."""
    changes: Changes = field(default_factory=lambda: ERASED)


@dataclass(frozen=True)
class Exported:
    """Where `export_person_to` wrote the person's data."""

    path: Path
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.AUDIT_ENTRY))
