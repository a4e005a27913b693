"""`antenne sessions …`: the group of session commands.

`sheet` and `ics` write a session's documents (its attendance sheet, its calendar file); they
read the database and change nothing.
"""

from __future__ import annotations

import argparse
import re
import uuid
from pathlib import Path

from app.commands import add_db_option, check_output, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sessions = subparsers.add_parser(
        "sessions", help="sessions: attendance sheets and calendar files"
    )
    commands = sessions.add_subparsers(dest="sessions_command", required=True, metavar="ACTION")
    add_document_commands(commands)


# -- Documents: the attendance sheet and the calendar files -------------------------------------


def add_document_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sheet = commands.add_parser(
        "sheet", help="write a session's attendance sheet (PDF, or CSV with --csv)"
    )
    sheet.add_argument("--session", required=True, type=_an_id, help="the session's id")
    sheet.add_argument("--out", required=True, type=Path, help="file to write")
    sheet.add_argument(
        "--csv", action="store_true", help="write a CSV (UTF-8, `;`) instead of a PDF"
    )
    add_db_option(sheet)
    sheet.set_defaults(handler=_sheet)

    ics = commands.add_parser("ics", help="write the calendar file of a session, series or antenne")
    which = ics.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=_an_id, help="one session's id")
    which.add_argument("--series", type=_an_id, help="a series' id (its sessions' series_id)")
    which.add_argument("--antenna", type=_a_slug, help="an antenne's slug: its upcoming sessions")
    ics.add_argument("--out", required=True, type=Path, help="ICS file to write")
    add_db_option(ics)
    ics.set_defaults(handler=_ics)


def _an_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def _a_slug(text: str) -> str:
    if not SLUG.match(text):
        raise argparse.ArgumentTypeError(f"not an antenne's slug: {text!r}")
    return text


def _write(data: bytes, out: Path) -> None:
    try:
        out.write_bytes(data)
    except OSError as error:
        raise InvalidInputError(
            Message(
                "Sessions",
                QT_TRANSLATE_NOOP("Sessions", "Cannot write {path}: {error}"),
                {"path": str(out), "error": error.strerror or str(error)},
            )
        ) from error


def _sheet(args: argparse.Namespace) -> int:
    from app.sessions.sheet import attendance_of, render_csv, render_pdf

    check_output(args.out)
    with command_context(args) as ctx:
        sheet = attendance_of(ctx, args.session)
    _write(render_csv(sheet) if args.csv else render_pdf(sheet), args.out)
    print(f"{args.session}  {len(sheet.attendees)} people  {args.out}")
    return 0


def _ics(args: argparse.Namespace) -> int:
    from app.sessions import calendars

    check_output(args.out)
    with command_context(args) as ctx:
        if args.session is not None:
            data = calendars.session_ics(ctx, args.session)
        elif args.series is not None:
            data = calendars.series_ics(ctx, args.series)
        else:
            data = calendars.antenna_ics(ctx, args.antenna)
    _write(data, args.out)
    print(f"{args.out}")
    return 0
