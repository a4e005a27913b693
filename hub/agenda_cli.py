"""`antenne hub agenda list|answer` and `antenne hub travel list|answer`: the body's secretary
answers members' agenda items, the cooperative answers travel-aid requests (the engine of
`hub.service.agenda`). Lists print one JSON object a line; an answer prints the item or
request as it now is; a refusal is one line and a non-zero exit, with nothing changed.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hub.db import HubDatabase

# How `hub.cli` opens the hub's database (migrated) and turns a `HubError` into one line.
OpenHub = Callable[[str], "HubDatabase"]
Known = Callable[[Any], Any]


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
    *,
    open_hub: OpenHub,
    known: Known,
) -> None:
    def handler(run: Callable[..., int]) -> Callable[[argparse.Namespace], int]:
        return functools.partial(run, open_hub=open_hub, known=known)

    agenda = commands.add_parser("agenda", help="members' agenda items: list, answer")
    agenda_commands = agenda.add_subparsers(dest="agenda_command", required=True)
    listing = with_db(agenda_commands.add_parser("list", help="members' items, as JSON lines"))
    listing.add_argument("--body", metavar="SLUG", help="only this body's items")
    listing.add_argument(
        "--status",
        choices=("submitted", "supported", "accepted", "scheduled", "treated", "declined"),
    )
    listing.set_defaults(handler=handler(_agenda_list))
    answer = with_db(agenda_commands.add_parser("answer", help="the secretary answers an item"))
    answer.add_argument("item", metavar="ITEM", help="the item's id")
    action = answer.add_mutually_exclusive_group(required=True)
    action.add_argument("--accept", action="store_true", help="a supported item is accepted")
    action.add_argument("--schedule", metavar="MEETING", help="put it on a meeting of the body")
    action.add_argument("--decline", action="store_true", help="decline it (--answer needed)")
    action.add_argument("--treated", action="store_true", help="the body has treated it")
    answer.add_argument("--answer", default="", metavar="TEXT", help="the answer, in words")
    answer.set_defaults(handler=handler(_agenda_answer))

    travel = commands.add_parser("travel", help="travel-aid requests: list, answer")
    travel_commands = travel.add_subparsers(dest="travel_command", required=True)
    travel_list = with_db(travel_commands.add_parser("list", help="requests, as JSON lines"))
    travel_list.add_argument("--status", choices=("submitted", "granted", "declined"))
    travel_list.set_defaults(handler=handler(_travel_list))
    travel_answer = with_db(travel_commands.add_parser("answer", help="grant or decline one"))
    travel_answer.add_argument("request", metavar="REQUEST", help="the request's id")
    decision = travel_answer.add_mutually_exclusive_group(required=True)
    decision.add_argument("--grant", action="store_true", help="the aid is granted")
    decision.add_argument("--decline", action="store_true", help="the aid is declined")
    travel_answer.add_argument("--answer", required=True, metavar="TEXT", help="in words")
    travel_answer.set_defaults(handler=handler(_travel_answer))


def _agenda_list(args: argparse.Namespace, *, open_hub: OpenHub, known: Known) -> int:
    from hub.service.agenda import list_items

    database = open_hub(args.db)
    try:
        with database.transaction() as session:
            lines = known(lambda: list_items(session, body_slug=args.body, status=args.status))
    finally:
        database.dispose()
    for line in lines:
        print(json.dumps(line.as_json(), ensure_ascii=False))
    return 0


def _agenda_answer(args: argparse.Namespace, *, open_hub: OpenHub, known: Known) -> int:
    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.agenda import Answer, answer_item

    if args.accept:
        answer = Answer.accept
    elif args.schedule is not None:
        answer = Answer.schedule
    elif args.decline:
        answer = Answer.decline
    else:
        answer = Answer.treated
    database = open_hub(args.db)
    try:
        with database.transaction() as session:
            line = known(
                lambda: answer_item(
                    session,
                    args.item,
                    answer,
                    text=args.answer,
                    meeting_id=args.schedule,
                    clock=HybridClock(HUB_ORIGIN),
                )
            )
    finally:
        database.dispose()
    print(json.dumps(line.as_json(), ensure_ascii=False))
    return 0


def _travel_list(args: argparse.Namespace, *, open_hub: OpenHub, known: Known) -> int:
    from hub.service.agenda import list_travel

    database = open_hub(args.db)
    try:
        with database.transaction() as session:
            rows = known(lambda: list_travel(session, status=args.status))
    finally:
        database.dispose()
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


def _travel_answer(args: argparse.Namespace, *, open_hub: OpenHub, known: Known) -> int:
    from app.clock import HybridClock
    from app.sync.policies import HUB_ORIGIN
    from hub.service.agenda import answer_travel

    database = open_hub(args.db)
    try:
        with database.transaction() as session:
            row = known(
                lambda: answer_travel(
                    session,
                    args.request,
                    "granted" if args.grant else "declined",
                    text=args.answer,
                    clock=HybridClock(HUB_ORIGIN),
                )
            )
    finally:
        database.dispose()
    print(json.dumps(row, ensure_ascii=False))
    return 0
