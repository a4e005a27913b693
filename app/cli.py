"""The `antenne` command.

Each feature adds its sub-commands in its own `cli.py` (`add_commands(subparsers)`, with the
options every command shares from `app.commands`); this module only assembles them and runs the
command named. It is also the composition root: `antenne run` and `antenne screenshot`
import the Qt user interface lazily, inside the command, so the domain stays Qt-free.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.errors import KnownError

# Commands that start Qt: their parser skips the other commands' modules.
KIOSK_COMMANDS = frozenset({"run", "screenshot"})


def build_parser(*, kiosk_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with `kiosk_only`, just `run` and `screenshot` (starting the
    kiosk does not wait for every other command's module to load)."""
    parser = argparse.ArgumentParser(
        prog="antenne", description="Antenne, the touchscreen kiosk of a Smart antenne."
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print log lines on standard error"
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    from ui import cli as ui_cli

    ui_cli.add_commands(subparsers)
    if kiosk_only:
        return parser
    # Each module keeps its heavy imports (Qt, SQLAlchemy) inside its handlers.
    from app.badges import cli as badges_cli
    from app.database import cli as database_cli
    from app.facilitators import cli as facilitators_cli
    from app.people import cli as people_cli
    from app.privacy import cli as privacy_cli
    from app.sessions import cli as sessions_cli
    from app.skills import cli as skills_cli
    from app.sync import cli as sync_cli
    from app.voting import cli as voting_cli
    from hub import cli as hub_cli  # `antenne hub …`: the CLI is the composition root
    from ui.screens.governance import cli as governance_cli  # its PDFs speak Qt's translations

    for module in (
        database_cli,
        people_cli,
        privacy_cli,
        facilitators_cli,
        badges_cli,
        sessions_cli,
        skills_cli,
        voting_cli,
        governance_cli,
        sync_cli,
        hub_cli,
    ):
        module.add_commands(subparsers)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The sub-command `argv` names (its first word that is not an option)."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(kiosk_only=_command(words) in KIOSK_COMMANDS)
    args = parser.parse_args(words)
    from app import log

    log.init(verbose=args.verbose)
    try:
        return int(args.handler(args) or 0)
    except KnownError as error:
        print(f"antenne: {error.message.untranslated()}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `antenne people find "" | head -1`: the reader has what it wanted. Python would
        # report the pipe again when it flushes stdout at exit: point stdout elsewhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
