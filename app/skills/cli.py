"""`antenne skills list|search TEXT|matches --person ID`: the skills board without the kiosk's
screens (docs/architecture.md, "The skills board").

`list` prints the live posts as the board shows them (this antenne's first, newest first),
`search` the posts that match TEXT best first, `matches` a person's needs with the offers that
fit them and their offers with the needs. One line per post (id, kind, author as "Camille D.",
title, tags), or `--json`. Never an e-mail or a phone number. Bad input: one line, exit status
1 (the house's, `app.cli.main`), nothing changed.
"""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING, Any

from app.commands import add_db_option, command_context
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from app.skills.types import PersonMatches, PostCard

# What a search may be: what a person types, not a document.
QUERY_CHARS = 200
LIMIT_MAX = 500


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("skills", help="the skills board: offers, needs, matches")
    commands = parser.add_subparsers(dest="skills_command", required=True, metavar="ACTION")

    listing = commands.add_parser("list", help="the live posts, this antenne's first")
    listing.add_argument("--kind", dest="post_kind", choices=("offer", "need"))
    listing.add_argument("--sector", help="a sector's or a skill's slug, e.g. business")
    listing.add_argument("--limit", type=int, default=60, help=f"at most (1 to {LIMIT_MAX})")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    add_db_option(listing)
    listing.set_defaults(handler=_list)

    search = commands.add_parser(
        "search", help="posts matching words (accents, case and language aside), best first"
    )
    search.add_argument("query", nargs="?", default="", help='e.g. "comptab"')
    search.add_argument("--limit", type=int, default=60, help=f"at most (1 to {LIMIT_MAX})")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    add_db_option(search)
    search.set_defaults(handler=_search)

    matches = commands.add_parser(
        "matches", help="a person's needs with the offers that fit, and the other way round"
    )
    matches.add_argument("--person", required=True, help="the person's id")
    matches.add_argument("--json", action="store_true", help="print a JSON object")
    add_db_option(matches)
    matches.set_defaults(handler=_matches)


def _bad(source: str, **params: object) -> InvalidInputError:
    return InvalidInputError(Message("Skills", source, dict(params)))


def _limit(value: int) -> int:
    if not 1 <= value <= LIMIT_MAX:
        raise _bad(
            QT_TRANSLATE_NOOP("Skills", "The limit is between 1 and {count}."), count=LIMIT_MAX
        )
    return value


def _person_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Skills", "Not a person id: {value}."), value=raw) from None


def _query(raw: str) -> str:
    from app.skills.queries import search_terms

    if len(raw) > QUERY_CHARS:
        raise _bad(
            QT_TRANSLATE_NOOP("Skills", "The search is too long: at most {count} letters."),
            count=QUERY_CHARS,
        )
    if "\x00" in raw or not search_terms(raw):
        raise _bad(QT_TRANSLATE_NOOP("Skills", "Nothing to search for: type a word."))
    return raw


def card_json(card: PostCard) -> dict[str, Any]:
    """A card as JSON: what the board shows, no contact details."""
    return {
        "id": str(card.id),
        "kind": card.kind.value,
        "title": card.title,
        "summary": card.summary,
        "language": card.language,
        "modality": card.modality.value,
        "level": card.level.value,
        "availability": card.availability,
        "tags": [tag.slug for tag in card.tags],
        "other_tag": card.other_tag,
        "author": card.author,
        "antenna": card.antenna_name,
        "expires_on": card.expires_on.isoformat() if card.expires_on else None,
        "confirmed_on": card.confirmed_on.isoformat() if card.confirmed_on else None,
        "in_room": card.in_room,
    }


def _line(card: PostCard, indent: str = "") -> str:
    tags = ",".join(tag.slug for tag in card.tags)
    return f"{indent}{card.id}\t{card.kind.value}\t{card.author}\t{card.title}\t{tags}"


def _print_cards(cards: tuple[PostCard, ...], total: int, as_json: bool) -> None:
    if as_json:
        print(json.dumps([card_json(c) for c in cards], ensure_ascii=False, indent=2))
        return
    for card in cards:
        print(_line(card))
    if total > len(cards):
        print(f"… {total - len(cards)} more")


def _board(args: argparse.Namespace, query: str | None) -> int:
    from app.antennas import antenna_of
    from app.localtime import local_day, zone
    from app.skills import queries
    from app.skills.types import BoardFilter, PostKind

    limit = _limit(args.limit)
    with command_context(args) as ctx:
        text = "" if query is None else _query(query)
        kind = getattr(args, "post_kind", None)
        board_filter = BoardFilter(
            query=text,
            kind=PostKind(kind) if kind else None,
            sector=getattr(args, "sector", None),
            limit=limit,
        )
        with ctx.db.session() as session:
            board = queries.board(
                session,
                board_filter,
                antenna_id=antenna_of(session, ctx),
                today=local_day(ctx),
                zone=zone(ctx),
            )
    _print_cards(board.cards, board.total, args.json)
    return 0


def _list(args: argparse.Namespace) -> int:
    return _board(args, None)


def _search(args: argparse.Namespace) -> int:
    return _board(args, str(args.query))


def matches_json(found: PersonMatches) -> dict[str, Any]:
    def side(entries: Any) -> list[dict[str, Any]]:
        return [
            {
                "post": card_json(entry.post),
                "matches": [
                    {
                        "post": card_json(match.post),
                        "score": match.score,
                        "shared_tags": [tag.slug for tag in match.shared_tags],
                    }
                    for match in entry.matches
                ],
            }
            for entry in entries
        ]

    return {
        "person": str(found.person_id),
        "first_name": found.first_name,
        "needs": side(found.needs),
        "offers": side(found.offers),
    }


def _matches(args: argparse.Namespace) -> int:
    from app.antennas import antenna_of
    from app.localtime import local_day, zone
    from app.skills import queries
    from app.skills.service import known_person

    person_id = _person_id(args.person)
    with command_context(args) as ctx, ctx.db.session() as session:
        known_person(session, person_id)
        found = queries.matches(
            session,
            person_id,
            today=local_day(ctx),
            antenna_id=antenna_of(session, ctx),
            zone=zone(ctx),
        )
    if args.json:
        print(json.dumps(matches_json(found), ensure_ascii=False, indent=2))
        return 0
    for label, entries in (("need", found.needs), ("offer", found.offers)):
        for entry in entries:
            print(f"{label}: {entry.post.title} ({entry.post.id})")
            for match in entry.matches:
                print(f"{_line(match.post, '  ')}\t{match.score:.2f}")
    if not found.needs and not found.offers:
        print(f"{found.first_name}: no live post.")
    return 0
