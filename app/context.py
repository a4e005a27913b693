"""What a running kiosk (or a CLI command) hands to services: configuration and database.

Importing SQLAlchemy costs several times a bare Qt window's start, so the database is opened
lazily: the kiosk draws its first frame, then calls `open_context` off the critical path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.config import Config

if TYPE_CHECKING:
    from app.events import EventBus
    from db.engine import Database


def _domain_bus() -> EventBus:
    # The journey's listeners import half the domain: not before the kiosk's first frame.
    from app.events import domain_bus

    return domain_bus()


@dataclass
class AppContext:
    config: Config
    db: Database
    events: EventBus = field(default_factory=_domain_bus)
    """Domain events of this context's services (`app.events`); the journey listens."""


def open_context(config: Config, *, upgrade: bool = True) -> AppContext:
    """Open the configured database, migrate it, and seed the demo antenne if it is new."""
    from db.engine import Database

    database = Database.at(config.db_path, node_id=config.node_id)
    if upgrade:
        from db.migrate import upgrade_database

        upgrade_database(database)
    if config.seed_demo:
        from db.demo import seed_if_empty

        seed_if_empty(database)
    return AppContext(config=config, db=database)
