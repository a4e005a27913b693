"""`antenne people find QUERY [--json]`, `antenne people export --level L --topic T --out F`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands import add_db_option, cannot_use, check_output, command_context


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = subparsers.add_parser("people", help="people of the antenne")
    commands = people.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    find = commands.add_parser(
        "find",
        help="find people by name (accent- and case-insensitive; empty query lists everyone)",
    )
    find.add_argument("query", nargs="?", default="", help='e.g. "mar tour"')
    find.add_argument("--json", action="store_true", help="print a JSON list")
    add_db_option(find)
    find.set_defaults(handler=_find)
    export = commands.add_parser(
        "export",
        help="write a CSV of the people who want this kind of news (only those who consented)",
    )
    export.add_argument(
        "--level",
        choices=("information", "consultation", "concertation", "codecision"),
        help="participation level (default: any)",
    )
    export.add_argument(
        "--topic",
        choices=(
            "governance",
            "local_budget",
            "skill_sharing",
            "events",
            "training",
            "collective_struggles",
        ),
        help="topic (default: any)",
    )
    export.add_argument("--out", required=True, type=Path, help="CSV file to write")
    add_db_option(export)
    export.set_defaults(handler=_export)


def _find(args: argparse.Namespace) -> int:
    from app.people.service import find_people

    with command_context(args) as context:
        found = find_people(context, args.query, limit=None)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": str(person.id),
                        "first_name": person.first_name,
                        "last_name": person.last_name,
                        "kind": person.kind.value,
                        "antenna": person.antenna,
                        "member": person.is_member,
                        "shareholder": person.is_shareholder,
                    }
                    for person in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for person in found:
            print(f"{person.id}  {person.last_name}, {person.first_name}  ({person.kind.value})")
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.involvement.service import people_wanting, write_csv

    check_output(args.out)
    with command_context(args) as context:
        recipients = people_wanting(context, level=args.level, topic=args.topic)
    try:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            count = write_csv(recipients, out)
    except OSError as error:
        raise cannot_use(args.out, error) from error
    print(f"{count} person(s) written to {args.out}")
    return 0
