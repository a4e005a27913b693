"""What facilitator services hand to the UI: frozen values, never ORM objects.

Kept apart from `service.py` so the kiosk can name these types before SQLAlchemy is imported.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class FacilitatorSession:
    """A facilitator who typed a right PIN on this kiosk."""

    account_id: uuid.UUID
    name: str
    started_at: datetime


@dataclass(frozen=True)
class Facilitator:
    account_id: uuid.UUID
    name: str
