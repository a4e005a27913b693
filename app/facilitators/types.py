"""What facilitator services hand to the UI: frozen values, never ORM objects.

Kept apart from `service.py` so the kiosk can name these types before SQLAlchemy is imported.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class FacilitatorSession:
    """A facilitator who typed a right PIN on this kiosk."""

    account_id: uuid.UUID
    name: str
    started_at: datetime


@dataclass(frozen=True)
class AuditLine:
    """One entry of the audit log as a facilitator reads it."""

    at: datetime
    actor: str
    """The facilitator's name ("" for a failed PIN or the system)."""
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)
