"""The application put together: the listeners of its domain events, and opening a context.

`app.events` knows no feature; this is the one place that lists who reacts to what the
services announce (`LISTENERS`), and `open_context` installs them on every context the kiosk
or a command opens. A context built by hand (in a test) hears nothing until `with_listeners`.

Importing this module imports the listening features (SQLAlchemy with them): the kiosk does it
after its first frame, when it opens the database.
"""

from __future__ import annotations

from collections.abc import Callable

from app.config import Config
from app.context import AppContext
from app.events import EventBus
from app.journey import service as journey

LISTENERS: tuple[Callable[[EventBus[AppContext]], None], ...] = (
    journey.listen,  # ticks the member journey's steps
)


def with_listeners(ctx: AppContext) -> AppContext:
    """`ctx`, its bus now calling the application's listeners (call it once per context)."""
    for install in LISTENERS:
        install(ctx.events)
    return ctx


def open_context(config: Config, *, upgrade: bool = True) -> AppContext:
    """Open the configured database, migrate it, and seed the demo antenne if it is new; the
    context's events reach the application's listeners."""
    from db.engine import Database

    database = Database.at(config.db_path, node_id=config.node_id)
    if upgrade:
        from db.migrate import upgrade_database

        upgrade_database(database)
    if config.seed_demo:
        from db.demo import seed_if_empty

        seed_if_empty(database)
    return with_listeners(AppContext(config=config, db=database))
