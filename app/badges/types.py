"""What badge services hand to the UI: frozen values, never ORM objects.

Kept apart from `service.py` so the kiosk (the scanner, the greeting) can name these types
before SQLAlchemy is imported.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from app.changes import Changes

if TYPE_CHECKING:
    from app.printing.types import PrintOutcome

Role = Literal["member", "visitor", "facilitator", "shareholder"]
ROLES: tuple[Role, ...] = ("facilitator", "shareholder", "member", "visitor")


@dataclass(frozen=True)
class BadgeHolder:
    """The person a badge belongs to, as the kiosk greets them (no contact details).

    `role` is what the badge prints, decided in this order: a facilitator account linked to
    the person → "facilitator"; shares bought (`shareholder_since`) → "shareholder"; a member
    (or staff) → "member"; anyone else → "visitor".
    """

    person_id: uuid.UUID
    first_name: str
    last_name: str
    kind: str
    language: str
    antenna: str
    is_member: bool
    is_shareholder: bool
    role: str


@dataclass(frozen=True)
class IssuedBadge:
    """A badge just issued. `token` exists only here, in memory, for printing: it is never
    stored nor logged, and a lost `IssuedBadge` means printing a new badge."""

    holder: BadgeHolder
    token: str
    layout: str
    badge_id: uuid.UUID
    valid_on: date | None
    changes: Changes

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return (
            f"IssuedBadge(badge_id={self.badge_id}, person_id={self.holder.person_id}, "
            f"layout={self.layout!r}, valid_on={self.valid_on})"
        )


@dataclass(frozen=True)
class BadgeInfo:
    """A person's active badge as the facilitator screen shows it (never the token)."""

    badge_id: uuid.UUID
    issued_at: datetime
    layout: str
    valid_on: date | None
    """The one day a visitor badge is valid on; None for members' badges."""

    def is_valid_on(self, day: date) -> bool:
        return self.valid_on is None or self.valid_on == day


@dataclass(frozen=True)
class Printed:
    """What came of printing one badge or a sheet of them (`service.print_badge`)."""

    outcome: PrintOutcome
    token: str
    """The new badge's token when one badge did not print, to show as a QR code that works
    like the badge; "" when it printed, and for a sheet (no QR codes for a whole batch)."""
    first_name: str
    """The holder's first name ("" for a sheet)."""
    count: int
    changes: Changes

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"Printed(printed={self.outcome.printed}, count={self.count})"
