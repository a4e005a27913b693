"""Every change to a synced row leaves exactly one outbox row, in the same transaction."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from app.clock import Stamp, utcnow
from db.engine import Database
from db.models import (
    Antenna,
    Ballot,
    BallotToken,
    OutboxEntry,
    OutboxOperation,
    Person,
    PersonKind,
    Vote,
    VoteChannel,
    VoterRoll,
)


def _outbox(database: Database) -> list[OutboxEntry]:
    with database.session() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.op_id)))


def _add_person(database: Database, **values: object) -> uuid.UUID:
    with database.transaction() as session:
        person = Person(first_name="Zoé", last_name="Lefèvre", **values)
        session.add(person)
        session.flush()
        return person.id


class BoomError(Exception):
    """Something going wrong in the middle of a transaction."""


def test_a_rolled_back_transaction_leaves_no_outbox_row(database: Database) -> None:
    with pytest.raises(BoomError), database.transaction() as session:
        session.add(Person(first_name="Zoé", last_name="Lefèvre"))
        session.flush()  # the outbox row exists inside the transaction...
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1
        raise BoomError
    assert _outbox(database) == []  # ...and is gone with it
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_transaction_that_starts_with_a_savepoint_is_still_all_or_nothing(
    database: Database,
) -> None:
    # Python's sqlite3, left to itself, would commit the savepoint's rows when it is released.
    with pytest.raises(BoomError), database.transaction() as session:
        with session.begin_nested():
            session.add(Person(first_name="Zoé", last_name="Lefèvre"))
        raise BoomError
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
    assert _outbox(database) == []


def test_a_committed_insert_leaves_one_stamped_insert(database: Database) -> None:
    person_id = _add_person(database, kind=PersonKind.member, member_since=date(2024, 5, 1))
    [entry] = _outbox(database)
    with database.session() as session:
        person = session.get_one(Person, person_id)
    assert (entry.entity, entry.entity_id, entry.operation) == (
        "person",
        str(person_id),
        OutboxOperation.insert,
    )
    assert entry.hlc == person.hlc != ""
    assert person.origin == "kiosk-test"
    assert entry.payload["id"] == str(person_id)
    assert entry.payload["first_name"] == "Zoé"
    assert entry.payload["kind"] == "member"
    assert entry.payload["member_since"] == "2024-05-01"
    assert entry.payload["origin"] == "kiosk-test"
    assert entry.done_at is None
    json.dumps(entry.payload)  # JSON-safe


def test_updates_soft_and_hard_deletes_leave_one_row_each(database: Database) -> None:
    person_id = _add_person(database)
    with database.transaction() as session:
        session.get_one(Person, person_id).email = "zoe@example.org"
    with database.transaction() as session:
        session.get_one(Person, person_id).email = "zoe@example.org"  # no change: nothing
    with database.transaction() as session:
        session.get_one(Person, person_id).deleted_at = utcnow()
    with database.transaction() as session:
        session.delete(session.get_one(Person, person_id))

    entries = _outbox(database)
    assert [entry.operation for entry in entries] == [
        OutboxOperation.insert,
        OutboxOperation.update,
        OutboxOperation.delete,
        OutboxOperation.delete,
    ]
    assert entries[1].payload["email"] == "zoe@example.org"
    assert entries[2].payload["deleted_at"] is not None  # the tombstone travels whole
    assert entries[3].payload == {"id": str(person_id)}  # a purge copies no personal data
    stamps = [Stamp.parse(entry.hlc) for entry in entries]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_one_row_per_change_in_a_transaction(database: Database) -> None:
    with database.transaction() as session:
        antenna = Antenna(slug="rennes", name="Rennes")
        session.add(antenna)
        session.flush()
        session.add_all(
            [Person(first_name=f"P{i}", last_name="X", antenna_id=antenna.id) for i in range(3)]
        )
        session.flush()
        antenna.city = "Rennes"
    operations = [(entry.entity, entry.operation) for entry in _outbox(database)]
    assert sorted(operations) == sorted(
        [("antenna", OutboxOperation.insert)]
        + [("person", OutboxOperation.insert)] * 3
        + [("antenna", OutboxOperation.update)]
    )


def test_ballots_voter_roll_and_tokens_stay_out_of_the_outbox(database: Database) -> None:
    person_id = _add_person(database)
    with database.transaction() as session:
        vote = Vote(title="Budget")
        session.add(vote)
        session.flush()
        vote_id = vote.id
    before = len(_outbox(database))
    with database.transaction() as session:
        session.add(VoterRoll(vote_id=vote_id, person_id=person_id))
        session.add(BallotToken(hash="ab" * 32, vote_id=vote_id))
    with database.transaction() as session:
        session.get_one(VoterRoll, (vote_id, person_id)).has_voted = True
        session.get_one(VoterRoll, (vote_id, person_id)).channel = VoteChannel.booth
        session.get_one(BallotToken, "ab" * 32).used = True
        ballot = Ballot(vote_id=vote_id, content={"choice": "yes"}, channel=VoteChannel.booth)
        session.add(ballot)
    assert len(_outbox(database)) == before
    assert ballot.id.version == 4  # random: a UUIDv7 would say when it was cast


def test_core_bulk_inserts_bypass_the_outbox(database: Database) -> None:
    with database.transaction() as session:
        session.execute(
            insert(Antenna),
            [
                {
                    "id": uuid.uuid4(),
                    "slug": "liege",
                    "name": "Liège",
                    "created_at": utcnow(),
                    "updated_at": utcnow(),
                    "hlc": "",
                    "origin": "",
                    "languages": ["fr"],
                }
            ],
        )
    assert _outbox(database) == []


def test_a_session_without_outbox_writes_none(database: Database) -> None:
    with database.session() as session, session.begin():
        session.info["outbox"] = False
        session.add(Antenna(slug="brussels", name="Bruxelles"))
    assert _outbox(database) == []


def test_rows_inserted_in_bulk_are_stamped_and_queued_as_the_orm_would(
    database: Database,
) -> None:
    from db.models import JourneyProgress, JourneyStep
    from db.outbox import insert_synced

    people = sorted(_add_person(database, email=f"p{i}@example.org") for i in range(3))
    with database.transaction() as session:
        step = JourneyStep(slug="voted", trigger="vote_cast", position=1)
        session.add(step)
        session.flush()
        one = JourneyProgress(person_id=people[0], step_id=step.id, completed_at=utcnow())
        session.add(one)
        session.flush()
        step_id = step.id
    by_orm = _outbox(database)[-1]
    now = utcnow()
    with database.transaction() as session:
        insert_synced(
            session,
            JourneyProgress,
            [
                {"person_id": person, "step_id": step_id, "completed_at": now, "note": "bulk"}
                for person in people[1:]
            ],
        )
    queued = _outbox(database)[-2:]
    assert [entry.entity for entry in queued] == ["journey_progress"] * 2
    assert all(set(entry.payload) == set(by_orm.payload) for entry in queued)
    assert [entry.payload["person_id"] for entry in queued] == [str(p) for p in people[1:]]
    with database.session() as session:
        rows = session.scalars(
            select(JourneyProgress)
            .where(JourneyProgress.note == "bulk")
            .order_by(JourneyProgress.id)
        ).all()
    # Ids and stamps in the order given; one origin, the database's.
    assert [row.person_id for row in rows] == people[1:]
    assert rows[0].hlc < rows[1].hlc and {row.origin for row in rows} == {database.origin}
    assert [str(row.id) for row in rows] == [entry.entity_id for entry in queued]
