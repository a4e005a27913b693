"""`antenne facilitator add --name NAME`: register a facilitator and their PIN."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.commands import add_db_option, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("facilitator", help="manage facilitator accounts")
    commands = parser.add_subparsers(dest="facilitator_command", required=True, metavar="ACTION")
    add = commands.add_parser(
        "add",
        help="add a facilitator; the PIN is asked on the terminal (or read from stdin)",
    )
    add.add_argument("--name", required=True, help="the facilitator's name")
    add_db_option(add)
    add.set_defaults(handler=_add)


def read_pin() -> str:
    """Ask twice on a terminal; read one line when stdin is a pipe (scripts, tests)."""
    from app.facilitators.service import PIN_MAX_DIGITS, PIN_MIN_DIGITS

    if sys.stdin.isatty():
        first = getpass.getpass(f"PIN ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits): ")
        second = getpass.getpass("PIN again: ")
        if first != second:
            raise InvalidInputError(
                Message("Facilitators", QT_TRANSLATE_NOOP("Facilitators", "The two PINs differ."))
            )
        return first.strip()
    return sys.stdin.readline().strip()


def _add(args: argparse.Namespace) -> int:
    from app.facilitators.service import add_facilitator, check_new_pin

    # The database is checked before anyone types a PIN twice for nothing.
    with command_context(args) as ctx:
        pin = read_pin()
        check_new_pin(pin)
        facilitator = add_facilitator(ctx, args.name, pin)
    print(f"Facilitator {facilitator.name} added.")
    return 0
