"""A closed vote's ballot box reaches the hub once, as one batch that matches its digest, and
goes to no other kiosk (hub on a real PostgreSQL)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select, update

from app.config import load_config
from app.context import AppContext
from app.sync import ballot_box, service
from app.voting import service as voting
from db.models import OutboxEntry, Person
from hub.models import AppliedOp, HubBallotBox, HubChange, HubRecord
from tests.helpers.sync import Hub, Kiosk, KioskFactory

MOTION = {
    "title": "Ouvrir une permanence le samedi",
    "method": "motion",
    "level": "consultation",
    "channels": ["kiosk"],
    "secret": True,
    "rules": {"base": "cast", "majority": "simple"},
}


def _closed_vote(kiosk: Kiosk, tmp_path: Path) -> tuple[uuid.UUID, str]:
    config = load_config(environ={}, db_path=tmp_path / "unused.sqlite3", seed_demo=False)
    ctx = AppContext(config=config, db=kiosk.database)
    with kiosk.database.transaction() as session:
        people = [
            Person(first_name=f"Zoé{i}", last_name="Martin", antenna_id=kiosk.antenna_id)
            for i in range(5)
        ]
        session.add_all(people)
        session.flush()
        voters = [person.id for person in people]
    vote_id = voting.create_vote(ctx, MOTION)
    voting.open_vote(ctx, vote_id)
    for person, choice in zip(voters, ["yes", "yes", "no", "yes", "abstain"], strict=True):
        voting.mark_present(ctx, vote_id, person)
        voting.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": choice})
    voting.close_vote(ctx, vote_id)
    with kiosk.database.transaction() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == ballot_box.ENTITY)
        ).one()
        return vote_id, str(entry.payload["digest"])


def test_the_box_reaches_the_hub_once_and_no_other_kiosk(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    vote_id, digest = _closed_vote(a, tmp_path)
    a.sync()
    with pg_hub.database.transaction() as session:
        (box,) = session.scalars(select(HubBallotBox)).all()
        assert (box.vote_id, box.digest, box.ballot_count) == (str(vote_id), digest, 5)
        assert box.antenna_id == a.antenna_id
        assert box.problems == []  # matches its digest and the vote's `closed` ledger entry
        # Never in the change log: no kiosk receives ballots.
        logged = session.scalar(
            select(func.count()).select_from(HubChange).where(HubChange.entity == ballot_box.ENTITY)
        )
        assert logged == 0
        # The ledger's `closed` entry reached the hub in the same push: the box was checked
        # against the digest it holds.
        closed = [
            record.data["payload"]["digest"]
            for record in session.scalars(
                select(HubRecord).where(HubRecord.entity == "ledger_entry")
            )
            if record.data["kind"] == "closed"
        ]
        assert closed == [digest]
        assert box.payload["ballots"] == sorted(box.payload["ballots"], key=ballot_box.canonical)

    # Sent again (an answer lost, a hub restored): kept once.
    with a.database.transaction() as session:
        session.execute(
            update(OutboxEntry).where(OutboxEntry.entity == ballot_box.ENTITY).values(done_at=None)
        )
        session.add(
            OutboxEntry(
                entity=ballot_box.ENTITY,
                entity_id=str(vote_id),
                operation="insert",
                payload=session.scalars(
                    select(OutboxEntry.payload).where(OutboxEntry.entity == ballot_box.ENTITY)
                ).first(),
                hlc=str(a.database.clock.now()),
            )
        )
    a.sync()
    with pg_hub.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(HubBallotBox)) == 1
        statuses = {
            op.result["status"]
            for op in session.scalars(
                select(AppliedOp).where(AppliedOp.entity == ballot_box.ENTITY)
            )
        }
        assert statuses == {"applied", "unchanged"}
    b.sync()
    with b.database.engine.connect() as connection:
        assert service.read_state(connection)["cursor"]
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        ballots = connection.exec_driver_sql("SELECT count(*) FROM ballot").scalar()
    assert "ballot" in tables and ballots == 0
