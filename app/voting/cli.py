"""`antenne tally FILE [--method M] [--rule R]`: count a vote held in a file.

FILE is the JSON form of a vote (issue 5, `app/voting/tally/ballots.py`) or a Pabulib `.pb` file;
`-` reads standard input. One JSON object is printed: method, ranking (tiers, best first),
winners, ties, details and the explanation in French, Dutch and English. Invalid input: the
message on standard error and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting.methods import METHOD_NAMES, PB_RULE_NAMES


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "tally",
        help="count a vote from a JSON or Pabulib .pb file and explain the result",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a JSON vote, a Pabulib .pb file, or -")
    parser.add_argument("--method", choices=METHOD_NAMES, help="override the file's method")
    parser.add_argument("--rule", choices=PB_RULE_NAMES, help="participatory budgeting rule")
    parser.set_defaults(handler=_tally)


def _tally(args: argparse.Namespace) -> int:
    from app.voting.tally import (
        Election,
        TallyInputError,
        parse_election,
        parse_pabulib,
        read_pabulib,
        tally,
    )
    from app.voting.tally.ballots import CONTEXT

    if args.file == "-":
        text, path = sys.stdin.read(), None
    else:
        path = Path(args.file)
        text = None
    is_pabulib = (path is not None and path.suffix.lower() == ".pb") or (
        text is not None and text.lstrip("\ufeff \r\n").upper().startswith("META")
    )
    if is_pabulib:
        if args.method not in (None, "pb"):
            raise TallyInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Tally", "A Pabulib file holds a participatory budget."),
                )
            )
        election: Election = (
            read_pabulib(path, rule=args.rule)
            if path is not None
            else parse_pabulib(text or "", rule=args.rule)
        )
    else:
        if path is not None:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise TallyInputError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP("Tally", "Cannot read {path}: {reason}."),
                        {"path": str(path), "reason": str(error)},
                    )
                ) from error
        try:
            data = json.loads(text or "")
        except json.JSONDecodeError as error:
            raise TallyInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Tally", "Not valid JSON (line {line}, column {column}): {reason}."
                    ),
                    {"line": error.lineno, "column": error.colno, "reason": error.msg},
                )
            ) from error
        election = parse_election(data, method=args.method, rule=args.rule)
    result = tally(election)
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
