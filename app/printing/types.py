"""What printing hands back to the features and the UI: frozen values with no SQLAlchemy nor
CUPS client behind them, so `app.*.types` modules and screens can name them at module top."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import Message


@dataclass(frozen=True)
class PrintOutcome:
    """What became of a badge or a page sent to the printer, for the screen to show.

    `message` is for the visitor ("ready at the desk"): it never names the printer's queue nor
    the fault. `staff_message` says what went wrong ("The printer accueil is paused…"): only
    facilitator-mode screens show it."""

    printed: bool
    job_id: str | None = None
    kept_pdf: Path | None = None
    message: Message | None = None
    staff_message: Message | None = None
