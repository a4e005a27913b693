"""`antenne sync enroll|now|status|retry`: the kiosk's side of sync from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.commands import add_db_option, check_database
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from db.engine import Database


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sync", help="sync this kiosk with the cooperative's hub")
    commands = parser.add_subparsers(dest="sync_command", required=True, metavar="ACTION")

    enroll = commands.add_parser("enroll", help="enrol this kiosk with a one-time code")
    add_db_option(enroll)
    enroll.add_argument("--hub", required=True, metavar="URL", help="the hub's address")
    enroll.add_argument("--code", required=True, help="the code `antenne hub enroll` printed")
    enroll.set_defaults(handler=_enroll)

    now = commands.add_parser("now", help="push and pull once; prints a JSON summary")
    add_db_option(now)
    now.set_defaults(handler=_now)

    status = commands.add_parser(
        "status",
        help="last success, pending operations, changes not applied and operations refused "
        "(JSON; the problems also in words on stderr)",
    )
    add_db_option(status)
    status.set_defaults(handler=_status)

    retry = commands.add_parser(
        "retry",
        help="apply the quarantined changes from the hub again (after an upgrade) and send "
        "the parked operations again at the next sync",
    )
    add_db_option(retry)
    retry.set_defaults(handler=_retry)


def _open(args: argparse.Namespace) -> Database:
    from app.config import load_config
    from db.engine import Database
    from db.migrate import upgrade_database

    config = load_config(args.config, db_path=args.db)
    check_database(config.db_path)
    database = Database.at(config.db_path, node_id=config.node_id)
    upgrade_database(database)
    return database


def _check_hub_url(url: str) -> None:
    """An address the kiosk can ask: http(s) and a host. Anything else is a typo, not a hub
    that is down."""
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[" and other addresses the parser refuses
        usable = False
    if not usable:
        raise InvalidInputError(
            Message(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "{url} is not a hub address: write it as https://host (or http://)."
                ),
                {"url": url},
            )
        )


def _enroll(args: argparse.Namespace) -> int:
    from app.config import load_config
    from app.sync import service

    _check_hub_url(args.hub)
    config = load_config(args.config, db_path=args.db)
    database = _open(args)
    try:
        done = service.enroll(
            database, hub_url=args.hub, code=args.code, local_slug=config.antenna_slug
        )
    finally:
        database.dispose()
    if done.rekeyed_from is not None:
        print(f"This kiosk's antenne now has the hub's id (it was {done.rekeyed_from}).")
    if done.antenna_slug != config.antenna_slug:
        print(f'Set antenna_slug = "{done.antenna_slug}" in this kiosk\'s configuration.')
    print(f"Enrolled for the antenne {done.antenna_slug} ({done.antenna_name}).")
    return 0


def _now(args: argparse.Namespace) -> int:
    from app.config import load_config
    from app.sync import service

    config = load_config(args.config, db_path=args.db)
    database = _open(args)
    try:
        summary = service.run_steps(
            service.sync_steps(database, keep_done_days=config.outbox_keep_days)
        )
    finally:
        database.dispose()
    print(service.summary_json(summary))
    return 0


def _status(args: argparse.Namespace) -> int:
    from app.sync import service

    database = _open(args)
    try:
        status = service.sync_status(database)
        problems = service.sync_problems(database)
    finally:
        database.dispose()
    # Stdout stays one JSON object for scripts; a person reads the problems on stderr. The
    # problems' lists replace the status's counts of the same names (their lengths).
    print(json.dumps({**status.to_json(), **problems.to_json()}, ensure_ascii=False))
    _tell(
        f"{len(problems.quarantined)} change(s) from the hub could not be applied here "
        "(update this kiosk, then run `antenne sync retry`):",
        [
            f"{change.at:%Y-%m-%d %H:%M} {change.entity} {change.entity_id}: {change.error}"
            for change in problems.quarantined
        ],
    )
    _tell(
        f"{len(problems.parked)} operation(s) of this kiosk refused by the hub "
        "(tell the hub's administrator; `antenne sync retry` sends them again):",
        [
            f"{op.at:%Y-%m-%d %H:%M} {op.operation} {op.entity} {op.entity_id}: {op.reason}"
            for op in problems.parked
        ],
    )
    return 0


def _tell(heading: str, lines: list[str]) -> None:
    """A list for the person at the terminal (stderr), if it has anything in it."""
    if not lines:
        return
    print(heading, file=sys.stderr)
    for line in lines:
        print(f"  {line}", file=sys.stderr)


def _retry(args: argparse.Namespace) -> int:
    from app.sync import service

    database = _open(args)
    try:
        outcome = service.retry_problems(database, via="cli")
    finally:
        database.dispose()
    print(json.dumps(outcome.to_json()))
    if outcome.still_quarantined:
        print(
            f"{outcome.still_quarantined} change(s) still cannot be applied: "
            "`antenne sync status` says why.",
            file=sys.stderr,
        )
    return 0
