"""A closed vote's ballot box leaves the kiosk as one batch: one outbox entry written by the
close, in an order and with times that say nothing of who voted when."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.sync import ballot_box
from app.voting import ledger, service
from db.models import OutboxEntry
from tests.unit.voting.conftest import Room, build_room

MOTION = {
    "title": "Ouvrir une permanence le samedi",
    "method": "motion",
    "level": "consultation",
    "channels": ["kiosk"],
    "secret": True,
    "body": "general-assembly",
}
# Cast in the reverse of the box's sorted order ("yes" sorts after "no" and "abstain").
CHOICES = ["yes", "yes", "yes", "no", "no", "abstain"]
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@pytest.fixture
def closed(ctx: AppContext) -> tuple[uuid.UUID, Room, uuid.UUID]:
    room = build_room(ctx)
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    voters = room.shareholders[: len(CHOICES)]
    for person, choice in zip(voters, CHOICES, strict=True):
        service.mark_present(ctx, vote_id, person)
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    with ctx.db.transaction() as session:
        before_close = max(session.scalars(select(OutboxEntry.op_id)))
    service.close_vote(ctx, vote_id)
    return vote_id, room, before_close


def _boxes(ctx: AppContext) -> list[OutboxEntry]:
    with ctx.db.transaction() as session:
        return list(
            session.scalars(select(OutboxEntry).where(OutboxEntry.entity == ballot_box.ENTITY))
        )


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (str(key), *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_closing_a_vote_writes_its_box_once_for_the_hub(
    ctx: AppContext, closed: tuple[uuid.UUID, Room, uuid.UUID]
) -> None:
    vote_id, room, before_close = closed
    (entry,) = _boxes(ctx)
    assert (entry.entity_id, str(entry.operation)) == (str(vote_id), "insert")
    # Made at the close, after everything cast: its op id tells nothing of the casting.
    assert entry.op_id > before_close
    with ctx.db.transaction() as session:
        entities = set(session.scalars(select(OutboxEntry.entity)))
        _count, digest = ledger.box_digest(session, vote_id)
    assert not entities & {"ballot", "voter_roll", "ballot_token"}
    payload = entry.payload
    assert payload["vote_id"] == str(vote_id)
    assert (payload["ballot_count"], payload["weight"], payload["digest"]) == (6, 6, digest)
    # The hub's check computes what the ledger computes.
    assert ballot_box.box_digest(payload["ballots"]) == digest
    assert ballot_box.box_problems(payload, ledger_digest=digest) == []
    voters = room.shareholders[: len(CHOICES)]
    assert payload["roll"] == {
        "voted": sorted(str(person) for person in voters),
        "by_channel": {"booth": 6},
    }
    assert payload["named"] == []  # a secret vote: nobody's choice leaves


def test_a_named_vote_sends_who_voted_what_sorted_by_person(ctx: AppContext) -> None:
    room = build_room(ctx)
    vote_id = service.create_vote(ctx, {**MOTION, "secret": False})
    service.open_vote(ctx, vote_id)
    voters = room.shareholders[: len(CHOICES)]
    for person, choice in zip(voters, CHOICES, strict=True):
        service.mark_present(ctx, vote_id, person)
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    service.close_vote(ctx, vote_id)
    (entry,) = _boxes(ctx)
    named = entry.payload["named"]
    assert [line["person_id"] for line in named] == sorted(str(p) for p in voters)
    chosen = {str(p): c for p, c in zip(voters, CHOICES, strict=True)}
    assert all(line["content"] == {"choice": chosen[line["person_id"]]} for line in named)


def test_the_batch_follows_neither_casting_order_nor_any_clock(
    ctx: AppContext, closed: tuple[uuid.UUID, Room, uuid.UUID]
) -> None:
    (entry,) = _boxes(ctx)
    ballots = entry.payload["ballots"]
    choices = [ballot["content"]["choice"] for ballot in ballots]
    assert sorted(choices) == sorted(CHOICES)
    assert choices != CHOICES
    assert ballots == sorted(ballots, key=ballot_box.canonical)
    # Random ids (UUIDv4), which embed no time, and no time anywhere in the batch.
    assert {uuid.UUID(ballot["id"]).version for ballot in ballots} == {4}
    assert not [text for text in _strings(entry.payload) if ISO_MOMENT.search(text)]
    assert not [key for key in _strings(entry.payload) if key.endswith(("_at", "time"))]


def test_a_box_that_does_not_match_its_digest_is_told(
    ctx: AppContext, closed: tuple[uuid.UUID, Room, uuid.UUID]
) -> None:
    (entry,) = _boxes(ctx)
    payload = dict(entry.payload)
    digest = payload["digest"]
    altered = [dict(ballot) for ballot in payload["ballots"]]
    altered[0]["content"] = {"choice": "yes" if altered[0]["content"]["choice"] != "yes" else "no"}
    assert ballot_box.box_problems({**payload, "ballots": altered}, ledger_digest=digest) == [
        "digest_mismatch"
    ]
    # Altered with a digest to match: the ledger's digest, taken at close, still tells.
    forged = {**payload, "ballots": altered, "digest": ballot_box.box_digest(altered)}
    assert ballot_box.box_problems(forged, ledger_digest=digest) == ["ledger_digest_mismatch"]
    assert ballot_box.box_problems({**payload, "ballots": altered[1:]}, ledger_digest=None) == [
        "digest_mismatch",
        "count_mismatch",
    ]
