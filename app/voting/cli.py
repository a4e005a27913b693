"""`antenne tally FILE [--method M] [--rule R]`: count a vote held in a file; `antenne vote …`:
run a live vote without the kiosk's screens (create, open, slips, serve, close, results,
verify, minutes).

FILE is the JSON form of a vote (issue 5, `app/voting/tally/ballots.py`) or a Pabulib `.pb` file;
`-` reads standard input. One JSON object is printed: method, ranking (tiers, best first),
winners, ties, details and the explanation in French, Dutch and English. Invalid input: the
message on standard error and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.addresses import check_host, check_port
from app.catalogues import LANGUAGES
from app.commands import add_db_option, cannot_use, check_output, command_context
from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting.methods import METHOD_NAMES, PB_RULE_NAMES

# A countdown longer than a week is a typo.
MAX_MINUTES = 7 * 24 * 60


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
    _add_vote_commands(subparsers)


def _tally(args: argparse.Namespace) -> int:
    from app.voting.tally import (
        Election,
        TallyInputError,
        parse_election,
        parse_pabulib,
        read_pabulib,
        tally,
    )
    from app.voting.tally.reading import CONTEXT

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


# -- antenne vote ... ----------------------------------------------------------------------------


def _add_vote_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("vote", help="run a live vote: create, open, close, verify…")
    actions = parser.add_subparsers(dest="vote_command", required=True, metavar="ACTION")

    def action(name: str, help_text: str, handler: Any, *, needs_id: bool = True) -> Any:
        sub = actions.add_parser(name, help=help_text)
        add_db_option(sub)
        if needs_id:
            sub.add_argument("vote_id", metavar="ID", help="the vote's id")
        sub.set_defaults(handler=handler)
        return sub

    create = action(
        "create", "create a draft vote from a JSON file; prints its id", _create, needs_id=False
    )
    create.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="FILE",
        help="the vote: tally input without ballots, plus title, level, channels",
    )
    opened = action("open", "open the vote", _open)
    opened.add_argument("--minutes", type=int, help="countdown in minutes")
    slips = action("slips", "print one-time phone codes as QR slips (PDF)", _slips)
    slips.add_argument("--count", type=int, required=True, help="how many codes")
    slips.add_argument("--out", type=Path, required=True, help="the PDF to write")
    slips.add_argument("--host", help="the address phones reach (default: this machine's)")
    slips.add_argument("--port", type=int, help="the ballot server's port")
    serve = action("serve", "serve the phone ballot page until the vote closes", _serve)
    serve.add_argument("--host", help="address to listen on (default: ballot_host)")
    serve.add_argument("--port", type=int, help="port to listen on (default: ballot_port)")
    action("close", "close the vote and count it", _close)
    action(
        "results",
        "print the results as JSON (tally and turnout, with the texts people read)",
        _results,
    )
    action("verify", "recompute the ledger, the ballot box digest and the tally", _verify)
    minutes = action("minutes", "write the minutes (procès-verbal) as a PDF", _minutes)
    minutes.add_argument("--out", type=Path, required=True, help="the PDF to write")
    minutes.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the minutes' language (default: the vote's; its own text stays authoritative)",
    )


def _vote_id(raw: str) -> Any:
    import uuid

    from app.errors import InvalidInputError

    try:
        return uuid.UUID(raw)
    except ValueError as error:
        raise InvalidInputError(
            Message(
                "Voting", QT_TRANSLATE_NOOP("Voting", "Not a vote id: {value}."), {"value": raw}
            )
        ) from error


def _with_context(args: argparse.Namespace, work: Any) -> int:
    with command_context(args) as ctx:
        return int(work(ctx) or 0)


def _create(args: argparse.Namespace) -> int:
    from app.voting import service

    try:
        spec = json.loads(Path(args.source).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _unreadable(str(args.source), str(error)) from error
    _read_pictures(spec, Path(args.source).resolve().parent)

    def work(ctx: Any) -> int:
        print(service.create_vote(ctx, spec))
        return 0

    return _with_context(args, work)


def _read_pictures(spec: Any, folder: Path) -> None:
    """Each option's `picture` names a file relative to the vote file: read it (its size
    checked before reading), the service makes it small."""
    from app.errors import InvalidInputError
    from app.voting.pictures import read_raw

    if not isinstance(spec, dict) or not isinstance(spec.get("options"), list):
        return
    for entry in spec["options"]:
        if not isinstance(entry, dict) or entry.get("picture") is None:
            continue
        name = entry["picture"]
        if not isinstance(name, str) or not name.strip():
            raise InvalidInputError(
                Message(
                    "Voting",
                    QT_TRANSLATE_NOOP(
                        "Voting", "The picture of {option} must be a file name, relative to {path}."
                    ),
                    {"option": str(entry.get("label", entry.get("id", ""))), "path": str(folder)},
                )
            )
        entry["picture"] = read_raw(folder / name)


def _unreadable(path: str, reason: str) -> Exception:
    from app.errors import InvalidInputError

    return InvalidInputError(
        Message(
            "Voting",
            QT_TRANSLATE_NOOP("Voting", "Cannot read the vote in {path}: {reason}."),
            {"path": path, "reason": reason},
        )
    )


def _open(args: argparse.Namespace) -> int:
    from app.errors import InvalidInputError
    from app.voting import service

    if args.minutes is not None and not 1 <= args.minutes <= MAX_MINUTES:
        raise InvalidInputError(
            Message(
                "Voting",
                QT_TRANSLATE_NOOP("Voting", "The countdown is 1 to {maximum} minutes."),
                {"maximum": MAX_MINUTES},
            )
        )

    def work(ctx: Any) -> int:
        service.open_vote(ctx, _vote_id(args.vote_id), minutes=args.minutes)
        print(f"open: {args.vote_id}")
        return 0

    return _with_context(args, work)


def _slips(args: argparse.Namespace) -> int:
    from app.voting import service
    from app.voting.lan import ballot_url
    from app.voting.pdf import render_slips

    check_output(args.out)
    _check_address(args.host, args.port)

    def work(ctx: Any) -> int:
        vote_id = _vote_id(args.vote_id)
        host = args.host or ctx.config.ballot_host
        port = args.port or ctx.config.ballot_port
        _check_address(host, port)
        title = service.get_vote(ctx, vote_id).title
        # A file beside the PDF is opened before the codes are issued, and takes the PDF's
        # name once written: codes the ledger counts are on paper unless the disk fills up
        # in between, and a refusal leaves an existing file as it was.
        try:
            descriptor, name = tempfile.mkstemp(
                dir=args.out.parent, prefix=".slips-", suffix=".pdf"
            )
        except OSError as error:
            raise cannot_use(args.out, error) from error
        written = Path(name)
        try:
            with os.fdopen(descriptor, "wb") as out:
                codes = service.issue_codes(ctx, vote_id, args.count)
                out.write(render_slips(title, [ballot_url(host, port, c) for c in codes]))
            written.replace(args.out)
        finally:
            written.unlink(missing_ok=True)
        print(f"{len(codes)} codes written to {args.out}")
        return 0

    return _with_context(args, work)


def _check_address(host: str | None, port: int | None) -> None:
    """The address a slip's QR code or the server names must be one a phone can reach."""
    if host is not None:
        check_host(host)
    if port is not None:
        check_port(port)


def _serve(args: argparse.Namespace) -> int:
    from app.errors import InvalidInputError
    from app.voting import service
    from app.voting.lan import ballot_url, serve

    _check_address(args.host, args.port)

    def work(ctx: Any) -> int:
        vote_id = _vote_id(args.vote_id)
        info = service.get_vote(ctx, vote_id)
        if info.status != "open":
            raise InvalidInputError(
                Message(
                    "Voting",
                    QT_TRANSLATE_NOOP(
                        "Voting", "The vote is not open yet: open it first (antenne vote open)."
                    )
                    if info.status == "draft"
                    else QT_TRANSLATE_NOOP(
                        "Voting", "The vote is closed: it takes no more ballots."
                    ),
                )
            )
        host = args.host or ctx.config.ballot_host
        port = args.port if args.port is not None else ctx.config.ballot_port
        _check_address(host, port)

        def closed() -> bool:
            return service.get_vote(ctx, vote_id).status != "open"

        def started() -> None:
            print(f"Serving {info.title!r} on {ballot_url(host, port, '<code>')}", flush=True)

        try:
            serve(ctx, host=host, port=port, until_closed=closed, started=started)
        except OSError as error:
            # The day's most likely error: another program (or another `vote serve`) holds
            # the port, or the host is mistyped.
            raise InvalidInputError(
                Message(
                    "Voting",
                    QT_TRANSLATE_NOOP(
                        "Voting",
                        "The phone ballot page cannot be served on {host}:{port} ({reason}).",
                    ),
                    {"host": host, "port": port, "reason": error.strerror or str(error)},
                )
            ) from error
        return 0

    return _with_context(args, work)


def _close(args: argparse.Namespace) -> int:
    from app.voting import service
    from app.voting.labelled import labelled_results

    def work(ctx: Any) -> int:
        vote_id = _vote_id(args.vote_id)
        result = service.close_vote(ctx, vote_id)
        labelled = labelled_results(service.get_vote(ctx, vote_id), result)
        json.dump(labelled, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0

    return _with_context(args, work)


def _results(args: argparse.Namespace) -> int:
    from app.voting import service
    from app.voting.labelled import labelled_results

    def work(ctx: Any) -> int:
        vote_id = _vote_id(args.vote_id)
        labelled = labelled_results(service.get_vote(ctx, vote_id), service.results(ctx, vote_id))
        json.dump(labelled, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0

    return _with_context(args, work)


def _verify(args: argparse.Namespace) -> int:
    from app.voting import service

    def work(ctx: Any) -> int:
        problems = service.verify(ctx, _vote_id(args.vote_id))
        for problem in problems:
            print(problem.untranslated())
        if not problems:
            print(f"intact: {service.final_hash(ctx, _vote_id(args.vote_id))}")
        return 1 if problems else 0

    return _with_context(args, work)


def _minutes(args: argparse.Namespace) -> int:
    from app.voting import service
    from app.voting.pdf import render_minutes

    check_output(args.out)

    def work(ctx: Any) -> int:
        vote_id = _vote_id(args.vote_id)
        info = service.get_vote(ctx, vote_id)
        result = service.results(ctx, vote_id)
        # What the ledger sealed at close (and `vote verify` checks), not a count made today.
        figures = service.sealed_turnout(ctx, vote_id) or service.turnout(ctx, vote_id)
        pdf = render_minutes(
            info,
            result,
            figures,
            final_hash=service.final_hash(ctx, vote_id),
            quorum=service.quorum_met(info, figures),
            when=info.opened_at,
            timezone=ctx.config.timezone,
            named=service.named_lines(ctx, vote_id),
            language=args.lang or "",
        )
        try:
            args.out.write_bytes(pdf)
        except OSError as error:
            raise cannot_use(args.out, error) from error
        print(f"minutes written to {args.out}")
        return 0

    return _with_context(args, work)
