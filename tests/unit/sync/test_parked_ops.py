"""An operation the hub refuses as bad, or keeps answering with an error, is parked: no longer
sent, not counted as waiting, shown in the status; `retry_problems` queues it again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from unittest import mock

import pytest
from sqlalchemy import select

from app.sync.apply import apply_changes
from app.sync.client import PushReply
from app.sync.protocol import Change, Cursor, OpResult, OpStatus, PushOp
from app.sync.service import (
    MAX_ERRORS,
    PARKING_REFUSALS,
    push,
    retry_problems,
    sync_problems,
    sync_status,
)
from db.engine import Database
from db.models import OutboxEntry, Person

Answer = Callable[[PushOp], OpResult]


@dataclass
class FakeHub:
    """Answers each pushed operation as `answer` says; remembers what it was sent."""

    answer: Answer
    sent: list[list[str]] = field(default_factory=list)
    epoch: str = "epoch-1"
    nonce: str = ""

    def push(self, ops: Sequence[PushOp]) -> PushReply:
        self.sent.append([op.entity_id for op in ops])
        return PushReply(
            results=[self.answer(op) for op in ops],
            epoch=self.epoch,
            hub_time_ms=0,
            clock_warning=False,
            clock_ahead_ms=0,
        )


def _push(database: Database, hub: FakeHub) -> None:
    push(database, hub)  # type: ignore[arg-type]  # the fake answers like a HubClient


def _register(database: Database, *names: str) -> dict[str, str]:
    ids: dict[str, str] = {}
    with database.transaction() as session:
        for name in names:
            person = Person(first_name=name, last_name="Martin")
            session.add(person)
            session.flush()
            ids[name] = str(person.id)
    return ids


def _failing(bad: str) -> Answer:
    def answer(op: PushOp) -> OpResult:
        if op.entity_id == bad:
            return OpResult(op.op_id, OpStatus.error, "hub_error")
        return OpResult(op.op_id, OpStatus.applied, row=None)

    return answer


def test_an_op_the_hub_keeps_failing_is_parked_after_some_tries(database: Database) -> None:
    ids = _register(database, "Zoé", "Ahmed")
    hub = FakeHub(_failing(ids["Zoé"]))
    _push(database, hub)
    assert sync_status(database).pending_ops == 1
    for _round in range(MAX_ERRORS - 2):
        _push(database, hub)
        assert sync_status(database).pending_ops == 1
    _push(database, hub)
    status = sync_status(database)
    assert (status.pending_ops, status.parked_ops) == (0, 1)
    # Sent once per round, MAX_ERRORS times in all, and no more.
    assert sum(batch.count(ids["Zoé"]) for batch in hub.sent) == MAX_ERRORS
    _push(database, hub)
    assert sum(batch.count(ids["Zoé"]) for batch in hub.sent) == MAX_ERRORS
    (parked,) = sync_problems(database).parked
    assert (parked.entity, parked.entity_id, parked.operation) == ("person", ids["Zoé"], "insert")
    assert parked.reason == "error: hub_error"


@pytest.mark.parametrize("reason", sorted(PARKING_REFUSALS))
def test_an_op_refused_as_bad_is_parked_at_once(database: Database, reason: str) -> None:
    ids = _register(database, "Zoé", "Ahmed")

    def answer(op: PushOp) -> OpResult:
        if op.entity_id == ids["Zoé"]:
            return OpResult(op.op_id, OpStatus.refused, reason)
        return OpResult(op.op_id, OpStatus.applied)

    hub = FakeHub(answer)
    _push(database, hub)
    _push(database, hub)
    # Both sent in the first round; nothing left to send in the second.
    assert hub.sent == [[ids["Zoé"], ids["Ahmed"]]]
    status = sync_status(database)
    assert (status.pending_ops, status.parked_ops) == (0, 1)
    assert [line.reason for line in sync_problems(database).parked] == [f"refused: {reason}"]


@pytest.mark.parametrize("reason", ["hub_authoritative", "not_your_antenne", "field_not_writable"])
def test_a_refusal_by_the_rules_is_final_as_before(database: Database, reason: str) -> None:
    """Another antenne's row, hub content: the rules working, not a problem to show."""
    _register(database, "Zoé")
    hub = FakeHub(lambda op: OpResult(op.op_id, OpStatus.refused, reason))
    _push(database, hub)
    status = sync_status(database)
    assert (status.pending_ops, status.parked_ops) == (0, 0)


def test_an_error_then_a_success_does_not_count_towards_parking(database: Database) -> None:
    ids = _register(database, "Zoé")
    hub = FakeHub(_failing(ids["Zoé"]))
    for _round in range(MAX_ERRORS - 1):
        _push(database, hub)
    hub.answer = lambda op: OpResult(op.op_id, OpStatus.applied)
    _push(database, hub)
    with database.engine.connect() as connection:
        (entry,) = connection.execute(select(OutboxEntry)).all()
    assert entry.done_at is not None and entry.parked_at is None
    assert entry.attempts == MAX_ERRORS


def test_retry_queues_parked_ops_again_and_they_are_sent(database: Database) -> None:
    ids = _register(database, "Zoé")
    hub = FakeHub(lambda op: OpResult(op.op_id, OpStatus.refused, "invalid_payload"))
    _push(database, hub)
    assert sync_status(database).parked_ops == 1
    outcome = retry_problems(database)
    assert outcome.requeued == 1
    status = sync_status(database)
    # The op again, and the audit entry that says who tried again.
    assert (status.pending_ops, status.parked_ops) == (2, 0)
    hub.answer = lambda op: OpResult(op.op_id, OpStatus.applied)
    _push(database, hub)
    assert hub.sent[-1] == [ids["Zoé"], mock.ANY]
    status = sync_status(database)
    assert (status.pending_ops, status.parked_ops) == (0, 0)


def test_a_parked_op_does_not_keep_the_hubs_version_of_its_row_away(database: Database) -> None:
    """The hub's row is taken meanwhile: the parked op is no longer "waiting"."""
    ids = _register(database, "Zoé")
    hub = FakeHub(lambda op: OpResult(op.op_id, OpStatus.refused, "invalid_payload"))
    _push(database, hub)
    with database.transaction() as session:
        row = session.get_one(Person, uuid.UUID(ids["Zoé"]))
        first = row.first_name
    assert first == "Zoé"
    with database.engine.begin() as connection:
        (payload,) = connection.scalars(select(OutboxEntry.payload)).all()
        stats = apply_changes(
            connection,
            [
                Change(
                    Cursor(1, 1),
                    "person",
                    ids["Zoé"],
                    "upsert",
                    {**payload, "first_name": "Zoë", "hlc": "z"},
                    "z",
                    "hub",
                )
            ],
        )
    assert stats.conflicts == 0
    with database.transaction() as session:
        assert session.get_one(Person, uuid.UUID(ids["Zoé"])).first_name == "Zoë"


def test_a_batch_stays_under_the_byte_limit_and_an_op_too_large_alone_is_parked(
    database: Database,
) -> None:
    """The hub refuses a body over its limit every time: a push is cut by bytes as well as by
    count, and an op too large to ever be sent is parked, never sent."""
    ids = _register(database, "Zoé", "Ahmed", "Inès", "Jan")
    hub = FakeHub(lambda op: OpResult(op.op_id, OpStatus.applied))
    push(database, hub, max_bytes=1500)  # type: ignore[arg-type]  # answers like a HubClient
    assert sorted(entity_id for batch in hub.sent for entity_id in batch) == sorted(ids.values())
    assert max(len(batch) for batch in hub.sent) < len(ids)
    with database.transaction() as session:
        session.get_one(Person, uuid.UUID(ids["Jan"])).last_name = "Martin-" * 150
        session.get_one(Person, uuid.UUID(ids["Zoé"])).last_name = "Dubois"
    hub.sent.clear()
    push(database, hub, max_bytes=1500)  # type: ignore[arg-type]
    assert hub.sent == [[ids["Zoé"]]]
    (parked,) = sync_problems(database).parked
    assert (parked.entity_id, parked.reason) == (ids["Jan"], "refused: too_large")
    assert sync_status(database).pending_ops == 0
