"""The hub's Alembic migrations (`hub/migrations/`, apart from the kiosk's).

.venv/bin/python -m hub.migrate revision -m "what changed"   # autogenerate (scratch SQLite)
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory

from hub.db import HubDatabase

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

logging.getLogger("alembic").setLevel(logging.WARNING)


def alembic_config(database: HubDatabase) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    config.attributes["engine"] = database.engine
    return config


def upgrade_hub(database: HubDatabase, revision: str = "head") -> None:
    command.upgrade(alembic_config(database), revision)


def heads() -> list[str]:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return list(ScriptDirectory.from_config(config).get_heads())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hub.migrate")
    sub = parser.add_subparsers(dest="command", required=True)
    revision = sub.add_parser("revision", help="autogenerate a new hub migration")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument("--rev-id", default=None)
    sub.add_parser("heads", help="print the head revision(s)")
    args = parser.parse_args(argv)
    if args.command == "heads":
        print("\n".join(heads()))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        database = HubDatabase(str(Path(folder) / "scratch.sqlite3"))
        try:
            upgrade_hub(database)
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
