"""`antenne privacy purge|export|erase`: personal data past retention, and per person."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import add_db_option, cannot_use, check_output, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError

if TYPE_CHECKING:
    from app.context import AppContext


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = subparsers.add_parser(
        "privacy", help="personal data: purge what is past retention, export or erase a person"
    )
    commands = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    purge = commands.add_parser(
        "purge",
        help="delete visits and visitors' data older than the retention period "
        "(retention_days); the kiosk also runs it daily",
    )
    add_db_option(purge)
    purge.set_defaults(handler=_purge)
    export = commands.add_parser(
        "export",
        help="print everything the kiosk holds about a person as JSON (never a ballot)",
    )
    export.add_argument("--person", required=True, type=uuid.UUID, help="the person's id")
    export.add_argument("--out", type=Path, help="JSON file to write (default: standard output)")
    add_db_option(export)
    export.set_defaults(handler=_export)
    erase = commands.add_parser(
        "erase",
        help="erase a person's data: visits, badges, journey and posts deleted, the profile "
        "removed or emptied (anonymous counts stay); cannot be undone",
    )
    erase.add_argument("--person", required=True, type=uuid.UUID, help="the person's id")
    add_db_option(erase)
    erase.set_defaults(handler=_erase)


def _purge(args: argparse.Namespace) -> int:
    from app.privacy.service import purge

    with command_context(args) as context:
        report = purge(context)
    print(f"{report.visits} visit(s) and {report.people} visitor(s) removed")
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.audit import record_audit
    from app.privacy.service import export_person

    if args.out is not None:
        check_output(args.out)
    with command_context(args) as context:
        data = export_person(context, args.person)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if args.out is None:
            sys.stdout.write(text)
        else:
            try:
                args.out.write_text(text, encoding="utf-8")
            except OSError as error:
                raise cannot_use(args.out, error) from error
        # Audited once the person's data has left the kiosk, not before.
        record_audit(
            context,
            actor=None,
            action="privacy_export",
            target=f"person:{args.person}",
            details={"via": "cli"},
        )
    if args.out is not None:
        print(f"written to {args.out}", file=sys.stderr)
    return 0


def _erase(args: argparse.Namespace) -> int:
    from app.audit import record_audit
    from app.privacy.service import erase_person

    with command_context(args) as context:
        try:
            erased = erase_person(context, args.person)
        except NotFoundError:
            _refuse_tombstone(context, args.person)
            raise
        record_audit(
            context,
            actor=None,
            action="privacy_erase",
            target=f"person:{args.person}",
            details={"via": "cli", "removed": erased.removed},
        )
    kept = "removed" if erased.removed else "emptied and kept as an anonymous tombstone"
    print(
        f"person {args.person} erased: {erased.visits} visit(s) deleted, "
        f"{erased.badges} badge(s) deleted, profile {kept}"
    )
    return 0


def _refuse_tombstone(context: AppContext, person_id: uuid.UUID) -> None:
    """A person erased before is still exported (as a tombstone, nothing personal): a second
    erasure says so rather than that nobody is known."""
    from app.privacy.service import export_person

    try:
        export_person(context, person_id)
    except NotFoundError:
        return
    raise InvalidInputError(
        Message(
            "Privacy",
            QT_TRANSLATE_NOOP(
                "Privacy",
                "{id} was already erased: only an anonymous tombstone is left, nothing personal.",
            ),
            {"id": str(person_id)},
        )
    )
