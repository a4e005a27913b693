"""What journey services hand to the kiosk's screens: frozen values the UI may import at
module top (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.changes import Changes

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
