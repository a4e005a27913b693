"""Alembic, configured in code (no alembic.ini): upgrade a database, compare it with the models.

The migration scripts live in `db/migrations/versions/` and ship inside the package. To write a
new one after changing the models:

    .venv/bin/python -m db.migrate revision -m "what changed"   # autogenerate against a scratch DB

then read and edit the generated file (autogenerate does not see every change).
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app import log
from db import skill_search
from db.engine import Database
from db.models import Base

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Alembic reports every plugin it loads at INFO; our own "upgrading database" line is enough.
logging.getLogger("alembic").setLevel(logging.WARNING)


def alembic_config(database: Database) -> AlembicConfig:
    """An Alembic configuration for `database`; `env.py` reuses its engine (and pragmas)."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # `%` is interpolation syntax in Alembic's config parser.
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    config.attributes["engine"] = database.engine
    return config


def head_revision() -> str | None:
    """The newest migration's revision (None before the first migration exists)."""
    return ScriptDirectory.from_config(_bare_config()).get_current_head()


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(database: Database, revision: str = "head") -> None:
    """Bring `database` to `revision` (creates every table on an empty database)."""
    head = head_revision()
    if revision == "head" and head is not None and current_revision(database) == head:
        # Alembic's command machinery costs ~100 ms of imports and script parsing: skip it
        # on the common path, a kiosk starting on an up-to-date database.
        return
    log.db.info("upgrading database to %s", revision)
    command.upgrade(alembic_config(database), revision)


def downgrade_database(database: Database, revision: str) -> None:
    command.downgrade(alembic_config(database), revision)


def schema_differences(database: Database) -> list[Any]:
    """What differs between the models and the database (empty when they match)."""
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                "include_name": skill_search.compared,
            },
        )
        return list(compare_metadata(context, Base.metadata))


def _bare_config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def main(argv: Sequence[str] | None = None) -> int:
    """Developer helper: `python -m db.migrate revision -m MESSAGE` autogenerates a migration
    against a scratch database upgraded to the current head."""
    parser = argparse.ArgumentParser(prog="python -m db.migrate")
    sub = parser.add_subparsers(dest="command", required=True)
    revision = sub.add_parser("revision", help="autogenerate a new migration")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--rev-id", default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        database = Database.at(Path(folder) / "scratch.sqlite3", node_id="migrate")
        try:
            upgrade_database(database)
            command.revision(
                alembic_config(database),
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
            )
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
