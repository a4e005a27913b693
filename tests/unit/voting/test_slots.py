"""The box of an open vote is made of slots filled in place (app/voting/slots.py;
docs/architecture.md, "Secrecy and integrity"): what the file shows is which slots are full,
never in which order they were filled."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.voting import service, slots
from app.voting.service import VotingError
from db.models import Ballot, BallotSlot, Vote, VoteChannel, VoteMethod, VoteOption
from tests.helpers.sqlite_file import DatabaseImage
from tests.unit.voting.conftest import build_room
from tests.unit.voting.test_live import MOTION

LONG_LABELS = [f"Projet {i} " + "x" * 180 for i in range(30)]
IRV: dict[str, Any] = {
    "title": "Classement",
    "method": "irv",
    "level": "consultation",
    "options": LONG_LABELS,
}


def _slot_cells(ctx: AppContext, vote_id: uuid.UUID) -> dict[str, tuple[int, int]]:
    """Where each slot's cell sits in the file (page, offset), read byte by byte."""
    ctx.db.empty_wal()
    image = DatabaseImage.read(Path(ctx.config.db_path))
    places = {}
    for cell in image.cells():
        values = cell.values or cell.prefix
        sealed = values[3] if len(values) == 4 else None
        if values[:1] == (vote_id.hex,) and isinstance(sealed, str) and sealed[:1] in " {":
            places[str(values[2])] = (cell.page, cell.offset)
    return places


def _sealed(ctx: AppContext, vote_id: uuid.UUID) -> list[str]:
    with ctx.db.session() as session:
        return list(session.scalars(select(BallotSlot.sealed).where(BallotSlot.vote_id == vote_id)))


@pytest.mark.parametrize(
    ("definition", "content"),
    [
        (MOTION, {"choice": "yes"}),
        # Slots longer than a page: the record runs on into overflow pages.
        (IRV, {"ranking": list(reversed(LONG_LABELS))}),
    ],
    ids=["motion", "overflowing ranking"],
)
def test_every_ballot_fills_a_slot_made_at_opening_without_moving_it(
    ctx: AppContext, definition: dict[str, Any], content: dict[str, Any]
) -> None:
    room = build_room(ctx, shareholders=12)
    vote_id = service.create_vote(ctx, definition)
    for person in room.shareholders:
        service.mark_present(ctx, vote_id, person)
    service.open_vote(ctx, vote_id)
    before = _slot_cells(ctx, vote_id)
    assert len(before) == 12
    widths = {len(sealed) for sealed in _sealed(ctx, vote_id)}
    assert len(widths) == 1 and all(sealed.isspace() for sealed in _sealed(ctx, vote_id))

    for person in room.shareholders:
        service.cast_ballot(ctx, vote_id, voter_id=person, content=content)

    assert _slot_cells(ctx, vote_id) == before
    assert {len(sealed) for sealed in _sealed(ctx, vote_id)} == widths
    boxed = [json.loads(sealed) for sealed in _sealed(ctx, vote_id)]
    assert [b["content"] for b in boxed] == [content] * 12
    assert service.turnout(ctx, vote_id).ballots == 12


def test_late_arrivals_and_printed_slips_get_their_slot_before_they_vote(
    ctx: AppContext,
) -> None:
    room = build_room(ctx, shareholders=4)
    vote_id = service.create_vote(ctx, MOTION)
    service.mark_present(ctx, vote_id, room.shareholders[0])
    service.issue_codes(ctx, vote_id, 2)
    service.open_vote(ctx, vote_id)
    assert len(_sealed(ctx, vote_id)) == 3  # one roll row and two slips
    service.mark_present(ctx, vote_id, room.shareholders[1])
    service.record_proxy(
        ctx, vote_id, giver_id=room.shareholders[2], holder_id=room.shareholders[1]
    )
    [code] = service.issue_codes(ctx, vote_id, 1)
    assert len(_sealed(ctx, vote_id)) == 6
    service.cast_with_code(ctx, code, {"choice": "no"})
    service.cast_ballot(ctx, vote_id, voter_id=room.shareholders[1], content={"choice": "yes"})
    assert sum(not sealed.isspace() for sealed in _sealed(ctx, vote_id)) == 2


def test_closing_turns_the_filled_slots_into_the_box_and_deletes_every_slot(
    ctx: AppContext,
) -> None:
    room = build_room(ctx, shareholders=6)
    vote_id = service.create_vote(ctx, MOTION)
    for person in room.shareholders:
        service.mark_present(ctx, vote_id, person)
    service.open_vote(ctx, vote_id)
    for person, choice in zip(room.shareholders[:4], ["yes", "yes", "no", "abstain"], strict=True):
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    filled = {
        slot_id
        for slot_id, sealed in _slot_rows(ctx, vote_id)
        if not sealed.isspace()  # the two who did not vote leave their slots empty
    }

    service.close_vote(ctx, vote_id)

    assert _sealed(ctx, vote_id) == []
    with ctx.db.session() as session:
        box = session.execute(
            select(Ballot.id, Ballot.content).where(Ballot.vote_id == vote_id)
        ).all()
    assert {row.id for row in box} == filled
    assert sorted(row.content["choice"] for row in box) == ["abstain", "no", "yes", "yes"]
    assert service.verify(ctx, vote_id) == []
    # The freed slots were zeroed: no slot text is left anywhere in the file.
    raw = Path(ctx.config.db_path).read_bytes()
    assert b'"channel":"booth"' not in raw


def _slot_rows(ctx: AppContext, vote_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    with ctx.db.session() as session:
        return [
            (row.id, row.sealed)
            for row in session.execute(
                select(BallotSlot.id, BallotSlot.sealed).where(BallotSlot.vote_id == vote_id)
            )
        ]


def test_the_width_bounds_the_longest_ballots_the_engine_accepts(ctx: AppContext) -> None:
    labels = ["é" * 40, '"quoted" \\ back', "😀" * 20, "plain"]
    longest = {
        "plurality": {"ranking": labels},
        "irv": {"ranking": labels},
        "schulze": {"ranking": labels},
        "approval": {"approve": labels},
        "score": {"scores": dict.fromkeys(labels, 10**19)},
        "consent": {"objection": "😀" * slots.OBJECTION_MAX},
        "mj": {"grades": dict.fromkeys(labels, 10**19)},
        "pb": {"points": dict.fromkeys(labels, 10**19)},
        "motion": {"choice": "abstain"},
    }
    for method, ballot in longest.items():
        vote = Vote(method=VoteMethod(method), title=method)
        vote.options = [VoteOption(label=label) for label in labels]
        sealed = slots._sealed(ballot, 10**19, VoteChannel.analog)
        assert len(sealed) <= slots.slot_width(vote), method


def test_an_objection_longer_than_its_slot_is_refused_and_changes_nothing(
    ctx: AppContext,
) -> None:
    room = build_room(ctx, shareholders=2)
    vote_id = service.create_vote(
        ctx, {"title": "Consent", "method": "consent", "level": "consultation"}
    )
    service.mark_present(ctx, vote_id, room.shareholders[0])
    service.open_vote(ctx, vote_id)
    too_long = {"objection": "x" * (slots.OBJECTION_MAX + 1)}
    with pytest.raises(VotingError, match="at most 500"):
        service.cast_ballot(ctx, vote_id, voter_id=room.shareholders[0], content=too_long)
    assert all(sealed.isspace() for sealed in _sealed(ctx, vote_id))
    service.cast_ballot(
        ctx,
        vote_id,
        voter_id=room.shareholders[0],
        content={"objection": "x" * slots.OBJECTION_MAX},
    )
    assert service.turnout(ctx, vote_id).ballots == 1


def test_a_vote_opened_before_the_box_had_slots_still_takes_every_ballot(
    ctx: AppContext,
) -> None:
    """A kiosk upgraded in the middle of a vote: its ballots are rows already, and no slot
    was made at opening. A ballot then gets a slot of its own; nothing is refused or lost."""
    room = build_room(ctx, shareholders=3)
    vote_id = service.create_vote(ctx, MOTION)
    for person in room.shareholders:
        service.mark_present(ctx, vote_id, person)
    service.open_vote(ctx, vote_id)
    service.cast_ballot(ctx, vote_id, voter_id=room.shareholders[0], content={"choice": "no"})
    # What an older kiosk left: the first ballot as a row, no slots.
    path = ctx.config.db_path
    with sqlite3.connect(path) as db:
        [(sealed,)] = db.execute("SELECT sealed FROM ballot_slot WHERE sealed LIKE '{%'")
        boxed = json.loads(sealed)
        db.execute(
            "INSERT INTO ballot (id, vote_id, content, weight, channel) VALUES (?, ?, ?, 1, ?)",
            (uuid.uuid4().hex, vote_id.hex, json.dumps(boxed["content"]), "booth"),
        )
        db.execute("DELETE FROM ballot_slot")
    for person in room.shareholders[1:]:
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": "yes"})
    assert service.turnout(ctx, vote_id).ballots == 3
    service.close_vote(ctx, vote_id)
    with ctx.db.session() as session:
        box = session.scalars(select(Ballot.content).where(Ballot.vote_id == vote_id)).all()
    assert sorted(content["choice"] for content in box) == ["no", "yes", "yes"]
    assert service.verify(ctx, vote_id) == []
