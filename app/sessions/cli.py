"""`antenne sessions list|create|cancel`: the antenne's programme without the kiosk's screens.

`list` prints one line per session of a day (or of the week from that day): id, local start,
kind, title, and the seats left or "waiting list". `create` puts a session or a series on the
programme (`--repeat weekly|every_other_week|monthly --until DATE`, `--except DATE` for each
day without it) and prints the new ids; `cancel` cancels one (`--following`: it and the rest
of its series) with the reason those signed up read. Bad input: one line, exit status 1,
nothing changed (docs/architecture.md, "A CLI command" and "Sessions").
"""

from __future__ import annotations

import argparse
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.commands import add_db_option, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.sessions.types import KINDS, Repeat


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
