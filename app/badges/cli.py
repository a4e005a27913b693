"""`antenne badge issue|verify|revoke|batch`.

Tokens never appear in the output: `issue` and `batch` print ids and the layout, and the PDF
is the only place a token is written to.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import add_db_option, check_output, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from app.context import AppContext

LAYOUT_CHOICES = ("62x100", "54x101", "cr80", "a4-8")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    badge = subparsers.add_parser("badge", help="QR badges: issue, verify, revoke, batch print")
    commands = badge.add_subparsers(dest="badge_command", required=True, metavar="ACTION")

    issue = commands.add_parser(
        "issue", help="issue a new badge to a person (revokes the old one) and write its PDF"
    )
    issue.add_argument("--person", required=True, type=_an_id, help="the person's id")
    issue.add_argument("--layout", choices=LAYOUT_CHOICES, help="default: from the configuration")
    issue.add_argument("--out", required=True, type=Path, help="PDF file to write")
    add_db_option(issue)
    issue.set_defaults(handler=_issue)

    verify = commands.add_parser("verify", help="check a badge token; prints the person's id")
    verify.add_argument("token", help="the token as scanned (keyboard-layout damage is repaired)")
    add_db_option(verify)
    verify.set_defaults(handler=_verify)

    revoke = commands.add_parser("revoke", help="make a person's badges stop working (lost)")
    revoke.add_argument("--person", required=True, type=_an_id, help="the person's id")
    revoke.add_argument("--reason", default="lost", help='stored reason (default "lost")')
    add_db_option(revoke)
    revoke.set_defaults(handler=_revoke)

    batch = commands.add_parser("batch", help="issue badges to several people, one PDF")
    who = batch.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--people", type=Path, help="file with one person id per line (# starts a comment)"
    )
    who.add_argument("--session", type=_an_id, help="everyone confirmed for this session")
    batch.add_argument("--layout", choices=LAYOUT_CHOICES, default="a4-8")
    batch.add_argument("--out", required=True, type=Path, help="PDF file to write")
    add_db_option(batch)
    batch.set_defaults(handler=_batch)


def _an_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def _write_pdf(data: bytes, out: Path) -> None:
    try:
        out.write_bytes(data)
    except OSError as error:
        raise InvalidInputError(
            Message(
                "Badges",
                QT_TRANSLATE_NOOP("Badges", "Cannot write {path}: {error}"),
                {"path": str(out), "error": error.strerror or str(error)},
            )
        ) from error


def _audit(ctx: AppContext, action: str, target: str, **details: object) -> None:
    """A badge action from the command line, in the audit log as the kiosk's are (with no
    facilitator: whoever holds the machine's shell)."""
    from app.audit import record_audit

    record_audit(ctx, actor=None, action=action, target=target, details={"via": "cli", **details})


def _issue(args: argparse.Namespace) -> int:
    from app.badges.service import issue_badge_pdf

    check_output(args.out)
    with command_context(args) as ctx:
        issued, data = issue_badge_pdf(ctx, [args.person], layout=args.layout)
        _write_pdf(data, args.out)
        _audit(ctx, "badge_print", f"person:{args.person}", layout=issued[0].layout)
    print(f"{issued[0].holder.person_id}  {issued[0].layout}  {args.out}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.badges.service import verify_badge

    with command_context(args) as ctx:
        holder = verify_badge(ctx, args.token)
    print(holder.person_id)
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from app.badges.service import revoke_badges

    with command_context(args) as ctx:
        changes = revoke_badges(ctx, args.person, reason=args.reason)
        if changes:
            _audit(ctx, "badge_revoke", f"person:{args.person}", reason=args.reason)
    print(f"{args.person}  {'revoked' if changes else 'no active badge'}")
    return 0


def _batch(args: argparse.Namespace) -> int:
    from app.badges.service import issue_badge_pdf, people_of_session

    check_output(args.out)
    person_ids = _read_people(args.people) if args.people is not None else None
    with command_context(args) as ctx:
        if person_ids is None:
            person_ids = people_of_session(ctx, args.session)
        if not person_ids:
            raise InvalidInputError(
                Message("Badges", QT_TRANSLATE_NOOP("Badges", "There is no badge to print."))
            )
        issued, data = issue_badge_pdf(ctx, person_ids, layout=args.layout)
        _write_pdf(data, args.out)
        _audit(ctx, "badge_batch", "", count=len(issued), layout=args.layout)
    for badge in issued:
        print(f"{badge.holder.person_id}  {badge.layout}")
    print(f"{len(issued)} badges  {args.out}")
    return 0


def _read_people(path: Path) -> list[uuid.UUID]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InvalidInputError(
            Message(
                "Badges",
                QT_TRANSLATE_NOOP("Badges", "{path} is not a text file (UTF-8)."),
                {"path": str(path)},
            )
        ) from None
    except OSError as error:
        raise InvalidInputError(
            Message(
                "Badges",
                QT_TRANSLATE_NOOP("Badges", "Cannot read {path}: {error}"),
                {"path": str(path), "error": error.strerror or str(error)},
            )
        ) from error
    ids = []
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        try:
            ids.append(uuid.UUID(text))
        except ValueError:
            raise InvalidInputError(
                Message(
                    "Badges",
                    QT_TRANSLATE_NOOP("Badges", "Line {line} of {path} is not a person id."),
                    {"line": number, "path": str(path)},
                )
            ) from None
    return ids
