"""What a running kiosk (or a CLI command) hands to services: configuration, database, events.

Importing SQLAlchemy costs several times a bare Qt window's start, so the database is opened
lazily: the kiosk draws its first frame, then calls `app.application.open_context` off the
critical path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.config import Config
from app.events import EventBus

if TYPE_CHECKING:
    from db.engine import Database


@dataclass
class AppContext:
    config: Config
    db: Database
    events: EventBus[AppContext] = field(default_factory=EventBus)
    """Domain events of this context's services (`app.events`); `open_context` installs the
    application's listeners (`app.application`), a context built by hand has none."""
