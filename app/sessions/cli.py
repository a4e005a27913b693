"""`antenne sessions list|create|cancel|sheet|ics`: the antenne's programme and its documents
without the kiosk's screens.

`list` prints one line per session of a day (or of the week from that day): id, local start,
kind, title, and the seats left or "waiting list". `create` puts a session or a series on the
programme (`--repeat weekly|every_other_week|monthly --until DATE`, `--except DATE` for each
day without it) and prints the new ids; `cancel` cancels one (`--following`: it and the rest
of its series) with the reason those signed up read. Bad input: one line, exit status 1,
nothing changed (docs/architecture.md, "A CLI command" and "Sessions").

`sheet` and `ics` write a session's documents (its attendance sheet, its calendar file); they
read the database and change nothing.
"""

from __future__ import annotations

import argparse
import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.commands import add_db_option, check_output, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.sessions.types import KINDS, Repeat

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sessions", help="the antenne's sessions and series")
    commands = parser.add_subparsers(dest="sessions_command", required=True, metavar="ACTION")

    listing = commands.add_parser("list", help="the sessions of a day, or of a week")
    listing.add_argument("--day", help="the first day, YYYY-MM-DD (default: today)")
    listing.add_argument("--week", action="store_true", help="seven days from --day")
    listing.add_argument("--kind", dest="session_kind", choices=KINDS, help="only this kind")
    add_db_option(listing)
    listing.set_defaults(handler=_list)

    create = commands.add_parser("create", help="put a session or a series on the programme")
    create.add_argument("--title", required=True, help="what people read on the card")
    create.add_argument("--kind", dest="session_kind", required=True, choices=KINDS)
    create.add_argument("--start", required=True, help="local start, YYYY-MM-DDTHH:MM")
    create.add_argument("--minutes", type=int, default=120, help="how long (default 120)")
    create.add_argument("--capacity", type=int, help="seats (default: no limit)")
    create.add_argument("--price", help="in euros, paid at the desk (default: free)")
    create.add_argument("--topic", default="", help="the topic, for the filter")
    create.add_argument("--location", default="", help="the room")
    create.add_argument("--repeat", choices=[r.value for r in Repeat], default=Repeat.once.value)
    create.add_argument("--until", help="a series' last day, YYYY-MM-DD")
    create.add_argument(
        "--except", dest="exceptions", action="append", default=[], help="a day without it"
    )
    add_db_option(create)
    create.set_defaults(handler=_create)

    cancel = commands.add_parser("cancel", help="cancel a session, with the reason")
    cancel.add_argument("--session", required=True, help="the session's id")
    cancel.add_argument("--reason", required=True, help="what those signed up read")
    cancel.add_argument(
        "--following", action="store_true", help="and the following ones of its series"
    )
    add_db_option(cancel)
    cancel.set_defaults(handler=_cancel)

    add_document_commands(commands)


def _bad(source: str, value: str) -> InvalidInputError:
    return InvalidInputError(Message("Sessions", source, {"value": value}))


def _day(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Sessions", "Not a day (YYYY-MM-DD): {value}."), raw) from None


def _start(raw: str) -> datetime:
    try:
        start = datetime.fromisoformat(raw)
    except ValueError:
        start = None
    if start is None or start.tzinfo is not None:
        raise _bad(
            QT_TRANSLATE_NOOP("Sessions", "Not a local start (YYYY-MM-DDTHH:MM): {value}."), raw
        )
    return start


def _cents(raw: str | None) -> int:
    if raw is None:
        return 0
    try:
        euros = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        euros = Decimal("NaN")
    # Past a billion it is no price (and `quantize` would need more digits than it has).
    if not euros.is_finite() or euros.adjusted() > 9 or euros != euros.quantize(Decimal("0.01")):
        raise _bad(QT_TRANSLATE_NOOP("Sessions", "Not a price in euros: {value}."), raw)
    # The service says whether the amount is one a training may cost.
    return int(euros * 100)


def _session_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Sessions", "Not a session id: {value}."), raw) from None


def _list(args: argparse.Namespace) -> int:
    from app.localtime import zone
    from app.sessions import queries

    first = None if args.day is None else _day(args.day)
    with command_context(args) as ctx:
        if args.week:
            days = queries.week_of(ctx, first, kind=args.session_kind).days
        else:
            days = (queries.day_of(ctx, first, kind=args.session_kind),)
        tz = zone(ctx)
        for plan in days:
            for card in plan.cards:
                seats = (
                    "cancelled"
                    if card.cancelled
                    else "no limit"
                    if card.seats_left is None
                    else f"{card.seats_left} seat(s) left"
                    if card.seats_left
                    else f"waiting list ({card.waiting})"
                )
                start = card.starts_at.astimezone(tz)
                print(f"{card.id}\t{start:%Y-%m-%d %H:%M}\t{card.kind}\t{card.title}\t{seats}")
    return 0


def _create(args: argparse.Namespace) -> int:
    from app.sessions import service
    from app.sessions.types import SessionForm

    form = SessionForm(
        kind=args.session_kind,
        title=args.title,
        starts=_start(args.start),
        minutes=args.minutes,
        capacity=args.capacity,
        price_cents=_cents(args.price),
        topic=args.topic,
        location=args.location,
        repeat=Repeat(args.repeat),
        until=None if args.until is None else _day(args.until),
        exceptions=tuple(_day(raw) for raw in args.exceptions),
    )

    with command_context(args) as ctx:
        created = service.create_session(ctx, form, actor=None)
    for sitting_id in created.session_ids:
        print(sitting_id)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from app.sessions import service
    from app.sessions.types import Scope

    sitting_id = _session_id(args.session)
    scope = Scope.this_and_following if args.following else Scope.this_one
    with command_context(args) as ctx:
        done = service.cancel_session(ctx, sitting_id, scope=scope, reason=args.reason, actor=None)
    print(f"{len(done.session_ids)} session(s) cancelled; {done.told} person(s) will be told.")
    return 0


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
