"""The box of an open vote: slots made before anyone votes, each filled in place by one ballot.

SQLite keeps the order of writes in its file: a new cell goes to the free end of its page, a
row that grows moves there too (docs/architecture.md, "Secrecy and integrity"). So a vote's box
is made of empty slots, one for every ballot that could come (a roll row, a phone code printed
on a slip), inserted when the vote opens or when the roll grows, before anyone casts. A ballot
fills a slot drawn uniformly at random among the empty ones (each equally likely, whatever was
filled before: a draw that favoured the slot after a filled one would put consecutive ballots
side by side), with text of the same length as the empty slot: SQLite then rewrites the row
where it stands. What the file shows of an open box is which slots are filled and with what,
never in which order.

A slot's text (`BallotSlot.sealed`) is `slot_width(vote)` ASCII characters: spaces while empty,
then `{"channel": …, "content": …, "weight": …}` as compact JSON with `\\u` escapes, padded with
spaces. Its width is an upper bound of every ballot the tally engine accepts for the vote's
method and options (each option named at most once, numbers of at most 20 digits, an objection
of at most `OBJECTION_MAX` characters); a ballot that would not fit (none should) gets a new,
larger slot rather than being refused, and is logged.

At close the filled slots become the vote's `Ballot` rows, in the order of their ids, and every
slot is deleted (zeroed: `secure_delete`).
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app import log
from db.models import Ballot, BallotSlot, BallotToken, Vote, VoteChannel, VoterRoll

# The longest objection a consent ballot may carry (the phone form's textarea says the same).
OBJECTION_MAX = 500
# Room for the fixed parts of a ballot: its braces, field names, channel and weight.
_FRAME = 128
# Per option: its quotes, a colon or comma, and a number of up to 20 digits.
_PER_OPTION = 24
# The widest character after escaping: a pair of `\\uXXXX` surrogates.
_WIDEST_CHAR = 12
_INSERT_BATCH = 5_000
# Slots drawn at random before counting the empty ones (a box half full: 1 in 2**32 gets there).
_DRAWS = 32


@dataclass(frozen=True)
class BoxedBallot:
    """A ballot as the box holds it, whether in a slot or, after close, a `Ballot` row."""

    id: uuid.UUID
    content: dict[str, Any]
    weight: int
    channel: VoteChannel


def slot_width(vote: Vote) -> int:
    """The length of every slot of `vote`: no valid ballot of its method and options is
    longer (a motion's choice; a consent's objection; otherwise each option named once, with
    a number). Depends only on what cannot change once the vote is open."""
    if vote.method.value == "motion":
        return _FRAME
    if vote.method.value == "consent":
        return _FRAME + OBJECTION_MAX * _WIDEST_CHAR
    return _FRAME + sum(len(_text(option.label)) + _PER_OPTION for option in vote.options)


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)


def _sealed(ballot: dict[str, Any], weight: int, channel: VoteChannel) -> str:
    return _text({"channel": channel.value, "content": ballot, "weight": weight})


def allocate(session: Session, vote: Vote, count: int) -> None:
    """`count` empty slots for `vote`, numbered after the last, in one statement per batch."""
    if count <= 0:
        return
    empty = " " * slot_width(vote)
    first = _slot_count(session, vote.id)
    for start in range(first, first + count, _INSERT_BATCH):
        session.execute(
            insert(BallotSlot),
            [
                {"vote_id": vote.id, "number": number, "id": uuid.uuid4(), "sealed": empty}
                for number in range(start, min(start + _INSERT_BATCH, first + count))
            ],
        )


def _slot_count(session: Session, vote_id: uuid.UUID) -> int:
    """How many slots the vote has (they are numbered from 0, none ever deleted while open)."""
    last = session.scalar(select(func.max(BallotSlot.number)).where(BallotSlot.vote_id == vote_id))
    return 0 if last is None else int(last) + 1


def allocate_at_opening(session: Session, vote: Vote) -> None:
    """Slots for every ballot that could come when `vote` opens: one per roll row, one per
    phone code printed on a slip in draft (a slip's ballot flips no roll row)."""
    roll = session.scalar(select(func.count()).where(VoterRoll.vote_id == vote.id)) or 0
    slips = session.scalar(select(func.count()).where(BallotToken.vote_id == vote.id)) or 0
    allocate(session, vote, int(roll) + int(slips))


def fill(
    session: Session, vote: Vote, ballot: dict[str, Any], weight: int, channel: VoteChannel
) -> None:
    """Put one ballot in an empty slot of `vote` drawn uniformly at random, in place."""
    width = slot_width(vote)
    sealed = _sealed(ballot, weight, channel)
    if len(sealed) > width:
        # Not expected (the width bounds every valid ballot): a slot of its own rather than
        # a refused ballot. Its place in the file may say it came last.
        log.voting.warning("A ballot longer than its vote's slots was given a slot of its own")
        _add_slot(session, vote.id, sealed)
        return
    number = _draw_empty(session, vote.id)
    if number is None:
        # A vote opened before the box had slots, or a roll row that bypassed `allocate`.
        log.voting.warning("A vote's box had no empty slot left: one was added")
        _add_slot(session, vote.id, sealed.ljust(width))
        return
    session.execute(
        update(BallotSlot)
        .where(BallotSlot.vote_id == vote.id, BallotSlot.number == number)
        .values(sealed=sealed.ljust(width))
        .execution_options(synchronize_session=False)
    )


def _add_slot(session: Session, vote_id: uuid.UUID, sealed: str) -> None:
    number = _slot_count(session, vote_id)
    session.execute(
        insert(BallotSlot),
        [{"vote_id": vote_id, "number": number, "id": uuid.uuid4(), "sealed": sealed}],
    )


def _draw_empty(session: Session, vote_id: uuid.UUID) -> int | None:
    """The number of an empty slot, each empty slot equally likely whatever was filled
    before: slots drawn uniformly until an empty one comes (a few key look-ups while the box
    has room), else one drawn among the empty ones counted (a box nearly full)."""
    total = _slot_count(session, vote_id)
    for _attempt in range(_DRAWS):
        if not total:
            break
        number = secrets.randbelow(total)
        sealed = session.scalar(
            select(func.substr(BallotSlot.sealed, 1, 1)).where(
                BallotSlot.vote_id == vote_id, BallotSlot.number == number
            )
        )
        if sealed == " ":
            return number
    empty = (BallotSlot.vote_id == vote_id, func.substr(BallotSlot.sealed, 1, 1) == " ")
    left = int(session.scalar(select(func.count()).where(*empty)) or 0)
    if not left:
        return None
    return session.scalar(
        select(BallotSlot.number)
        .where(*empty)
        .order_by(BallotSlot.number)
        .offset(secrets.randbelow(left))
        .limit(1)
    )


def _filled(session: Session, vote_id: uuid.UUID) -> Iterator[BoxedBallot]:
    rows = session.execute(select(BallotSlot.id, BallotSlot.sealed).where(*_filled_slot(vote_id)))
    for slot_id, sealed in rows:
        data = json.loads(sealed)
        yield BoxedBallot(
            slot_id, data["content"], int(data["weight"]), VoteChannel(data["channel"])
        )


def ballots(session: Session, vote_id: uuid.UUID) -> list[BoxedBallot]:
    """Every ballot of the vote: the `Ballot` rows (a closed vote, or one opened before the
    box had slots) and the filled slots (an open vote)."""
    boxed = [
        BoxedBallot(row.id, row.content, row.weight, row.channel)
        for row in session.execute(
            select(Ballot.id, Ballot.content, Ballot.weight, Ballot.channel).where(
                Ballot.vote_id == vote_id
            )
        )
    ]
    return boxed + list(_filled(session, vote_id))


def count(session: Session, vote_id: uuid.UUID) -> int:
    """How many ballots are in the box."""
    rows = session.scalar(select(func.count()).where(Ballot.vote_id == vote_id)) or 0
    filled = session.scalar(select(func.count()).where(*_filled_slot(vote_id))) or 0
    return int(rows) + int(filled)


def weight_by_channel(session: Session, vote_id: uuid.UUID) -> tuple[int, dict[str, int]]:
    """(how many ballots, their weight by channel), counted by SQLite without decoding the
    box in Python (the roll call asks at every badge)."""
    by_channel: dict[str, int] = {}
    ballots = 0
    channel = func.json_extract(BallotSlot.sealed, "$.channel")
    weight = func.json_extract(BallotSlot.sealed, "$.weight")
    for query in (
        select(Ballot.channel, func.count(), func.sum(Ballot.weight))
        .where(Ballot.vote_id == vote_id)
        .group_by(Ballot.channel),
        select(channel, func.count(), func.sum(weight))
        .where(*_filled_slot(vote_id))
        .group_by(channel),
    ):
        for name, n, total in session.execute(query):
            key = VoteChannel(name).value
            by_channel[key] = by_channel.get(key, 0) + int(total)
            ballots += int(n)
    return ballots, dict(sorted(by_channel.items()))


def _filled_slot(vote_id: uuid.UUID) -> tuple[ColumnElement[bool], ...]:
    return (BallotSlot.vote_id == vote_id, func.substr(BallotSlot.sealed, 1, 1) == "{")


def seal_box(session: Session, vote: Vote) -> list[BoxedBallot]:
    """At close: the box as `Ballot` rows inserted in the order of their ids, its slots (and
    any earlier rows) deleted first. In one transaction, with `secure_delete`: the file keeps
    neither the slots nor the order in which any ballot came. Returns the box, sorted (the
    close reads it once, for its digest, its tally and the hub's copy)."""
    box = sorted(ballots(session, vote.id), key=lambda ballot: ballot.id)
    session.execute(
        delete(BallotSlot)
        .where(BallotSlot.vote_id == vote.id)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(Ballot).where(Ballot.vote_id == vote.id).execution_options(synchronize_session=False)
    )
    _insert_sorted(session, vote.id, box)
    return box


def _insert_sorted(session: Session, vote_id: uuid.UUID, box: Sequence[BoxedBallot]) -> None:
    for start in range(0, len(box), _INSERT_BATCH):
        session.execute(
            insert(Ballot),
            [
                {
                    "id": ballot.id,
                    "vote_id": vote_id,
                    "content": ballot.content,
                    "weight": ballot.weight,
                    "channel": ballot.channel,
                }
                for ballot in box[start : start + _INSERT_BATCH]
            ],
        )
