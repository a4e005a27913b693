"""What journey services hand to the kiosk's screens: frozen values the UI may import at
module top (no SQLAlchemy here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.changes import Changes, Entity

if TYPE_CHECKING:
    from app.printing.types import PrintOutcome


@dataclass(frozen=True)
class Celebrated:
    """What came of a celebration (`service.celebrate_shareholder`)."""

    first_name: str
    badge: PrintOutcome
    certificate: PrintOutcome
    token: str
    """The new badge's token when it did not print (shown as a QR code), else ""."""
    changes: Changes

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"Celebrated(badge={self.badge.printed}, certificate={self.certificate.printed})"


FALLBACK_LANGUAGE = "fr"


@dataclass(frozen=True)
class StepProgress:
    slug: str
    title: dict[str, str]
    description: dict[str, str]
    celebrate: bool
    automatic: bool
    """Ticked by itself when the person does it at the kiosk (else by a facilitator)."""
    done_at: datetime | None

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get(FALLBACK_LANGUAGE, self.slug)

    def description_in(self, language: str) -> str:
        return self.description.get(language) or self.description.get(FALLBACK_LANGUAGE, "")


@dataclass(frozen=True)
class Journey:
    person_id: uuid.UUID
    first_name: str
    language: str
    steps: tuple[StepProgress, ...]

    @property
    def done(self) -> int:
        return sum(step.done_at is not None for step in self.steps)


@dataclass(frozen=True)
class NewShareholder:
    """What the celebration needs: who, in which language, since when."""

    person_id: uuid.UUID
    first_name: str
    last_name: str
    language: str
    antenna: str
    since: date
    changes: Changes = field(
        default_factory=lambda: Changes.of(Entity.PERSON, Entity.JOURNEY_PROGRESS)
    )
