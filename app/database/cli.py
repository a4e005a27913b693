"""`antenne db upgrade` and `antenne demo [--members N] [--seed S] [--replace]`.

`demo` builds the demo antenne of Rennes into a database (by default the embedded one). Heavy
imports (SQLAlchemy, the models) stay inside the handlers so `antenne --help` stays quick.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.commands import add_db_option, check_database
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from db.demo_data import DEFAULT_MEMBERS, MIN_MEMBERS

CONTEXT = "Demo"
# Ten times the benchmark's directory: more is a typo, not a test.
MAX_MEMBERS = 1_000_000


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db_parser = subparsers.add_parser("db", help="manage the database")
    db_commands = db_parser.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_commands.add_parser("upgrade", help="migrate the database to the latest schema")
    add_db_option(upgrade)
    upgrade.set_defaults(handler=_upgrade)

    parser = subparsers.add_parser(
        "demo",
        help="build the demo antenne of Rennes (people, governance, sessions, content)",
    )
    add_db_option(parser)
    parser.add_argument(
        "--members",
        type=int,
        default=DEFAULT_MEMBERS,
        help=f"people in the directory (default {DEFAULT_MEMBERS}; 100000 for benchmarks)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="random seed: the same seed gives the same antenne"
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="delete the database file first if it exists (never the embedded default)",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from app.config import load_config
    from db.demo import DEMO_FACILITATOR_PIN, build_demo, holds_data
    from db.engine import Database
    from db.migrate import upgrade_database

    if not MIN_MEMBERS <= args.members <= MAX_MEMBERS:
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Demo", "The demo antenne holds {minimum} to {maximum} people."),
                {"minimum": MIN_MEMBERS, "maximum": MAX_MEMBERS},
            )
        )
    config = load_config(args.config, db_path=args.db)
    path: Path = config.db_path
    if args.replace:
        if args.db is None:
            # The embedded database may hold a kiosk's real data: only a named file is replaced.
            raise InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Demo", "--replace needs --db: name the file to replace."),
                )
            )
        # Only a database (or nothing) is replaced: never a folder or another kind of file.
        check_database(path, create=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    check_database(path, create=True)
    database = Database.at(path, node_id=config.node_id)
    try:
        upgrade_database(database)
        with database.engine.connect() as connection:
            if holds_data(connection):
                raise InvalidInputError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Demo",
                            "{path} already holds an antenne or people: use another file or "
                            "--replace.",
                        ),
                        {"path": str(path)},
                    )
                )
        started = time.perf_counter()
        summary = build_demo(database, members=args.members, seed=args.seed)
        elapsed = time.perf_counter() - started
    finally:
        database.dispose()
    print(
        f"Demo antenne built in {path} in {elapsed:.1f} s: "
        f"{summary.people} people ({summary.members} members, {summary.shareholders} "
        f"shareholders, {summary.visitors} visitors, {summary.staff} staff), "
        f"{summary.bodies} bodies, {summary.mandates} mandates, {summary.meetings} meetings, "
        f"{summary.agenda_items} agenda items, {summary.skill_posts} skill posts, "
        f"{summary.sessions} sessions, {summary.signups} sign-ups, {summary.votes} draft votes, "
        f"{summary.content_pages} content pages."
    )
    if summary.facilitator:
        print(f"Demo facilitator: PIN {DEMO_FACILITATOR_PIN}.")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    from app.config import load_config
    from db.engine import Database
    from db.migrate import current_revision, upgrade_database

    config = load_config(args.config, db_path=args.db)
    check_database(config.db_path, create=True)
    database = Database.at(config.db_path, node_id=config.node_id)
    try:
        upgrade_database(database)
        print(f"{config.db_path}: schema {current_revision(database)}")
    finally:
        database.dispose()
    return 0
