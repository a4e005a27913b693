"""`antenne privacy purge [--db PATH]`: remove visits and visitors past the retention period."""

from __future__ import annotations

import argparse

from app.cli import add_db_option


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = subparsers.add_parser("privacy", help="personal data: purge what is past retention")
    commands = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    purge = commands.add_parser(
        "purge",
        help="delete visits and visitors' data older than the retention period "
        "(retention_days); the kiosk also runs it daily",
    )
    add_db_option(purge)
    purge.set_defaults(handler=_purge)


def _purge(args: argparse.Namespace) -> int:
    from app.config import load_config
    from app.context import open_context
    from app.privacy.service import purge

    context = open_context(load_config(args.config, db_path=args.db))
    try:
        report = purge(context)
    finally:
        context.db.dispose()
    print(f"{report.visits} visit(s) and {report.people} visitor(s) removed")
    return 0
