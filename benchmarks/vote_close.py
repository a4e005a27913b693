"""Closing a vote of VOTERS people who all voted (docs/architecture.md, "Secrecy and integrity"):
the filled slots become the box in sorted order, the slots are deleted and zeroed, the digest
and the tally are sealed, the box is queued for the hub, everyone who voted has their journey
step ticked (one synced row and outbox entry each) and the WAL is emptied.

A fresh database holds VOTERS members present at an open motion, each with a filled slot, as
VOTERS casts leave them (the roll flipped, a ballot in every slot: written here in bulk, since
casting one by one is `phone_ballots.py`'s figure). The close runs with the journey listening,
as on a kiosk. Baseline, same run and same file: one executemany writing the same number of
ballot rows into the box of another vote (`vote_close_box_insert`), what the close cannot go
below. Figures: `vote_close_100k` (s) with its `ratio`, and `vote_close_box_insert_100k` (s).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from _common import emit

VOTERS = int(os.environ.get("ANTENNE_BENCH_VOTERS", "100000"))
BATCH = 5_000
SUFFIX = f"{VOTERS // 1000}k" if VOTERS % 1000 == 0 else str(VOTERS)


def prepare(ctx: object) -> uuid.UUID:
    """An open motion with VOTERS members present, on the roll, all voted."""
    from sqlalchemy import bindparam, insert, select, update

    from app.context import AppContext
    from app.voting import service, slots
    from db.models import (
        Antenna,
        Attendance,
        BallotSlot,
        Person,
        PersonKind,
        Vote,
        VoteChannel,
        VoterRoll,
    )

    assert isinstance(ctx, AppContext)
    with ctx.db.transaction() as session:
        antenna = Antenna(slug="rennes", name="Rennes")
        session.add(antenna)
        session.flush()
        people = [
            {
                "id": uuid.uuid4(),
                "first_name": f"Membre{i}",
                "last_name": "Bench",
                "kind": PersonKind.member,
                "antenna_id": antenna.id,
                "member_since": date(2023, 1, 1),
            }
            for i in range(VOTERS)
        ]
        for start in range(0, VOTERS, BATCH):
            session.execute(insert(Person), people[start : start + BATCH])
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Motion de l'assemblée",
            "method": "motion",
            "level": "codecision",
            "channels": ["kiosk", "phone"],
            "eligibility": "members",
        },
    )
    with ctx.db.transaction() as session:
        for start in range(0, VOTERS, BATCH):
            chunk = people[start : start + BATCH]
            session.execute(
                insert(Attendance),
                [{"vote_id": vote_id, "person_id": p["id"], "present": True} for p in chunk],
            )
            session.execute(
                insert(VoterRoll),
                [
                    {"vote_id": vote_id, "person_id": p["id"], "weight": 1, "has_voted": True}
                    for p in chunk
                ],
            )
    service.open_vote(ctx, vote_id)
    rng = random.Random(15)
    with ctx.db.transaction() as session:
        vote = session.get(Vote, vote_id)
        assert vote is not None
        width = slots.slot_width(vote)
        numbers = list(
            session.scalars(select(BallotSlot.number).where(BallotSlot.vote_id == vote_id))
        )
        slot = BallotSlot.__table__
        session.connection().execute(
            update(slot)
            .where(slot.c.vote_id == vote_id, slot.c.number == bindparam("n"))
            .values(sealed=bindparam("s")),
            [
                {
                    "n": number,
                    "s": slots._sealed(
                        {"choice": rng.choice(["yes", "no", "abstain"])}, 1, VoteChannel.booth
                    ).ljust(width),
                }
                for number in numbers
            ],
        )
    return vote_id


def baseline(ctx: object) -> float:
    """One executemany of VOTERS ballot rows into the box of a vote of their own."""
    from sqlalchemy import insert

    from app.context import AppContext
    from app.voting import service
    from db.models import Ballot, VoteChannel

    assert isinstance(ctx, AppContext)
    other = service.create_vote(
        ctx, {"title": "Témoin", "method": "motion", "level": "consultation"}
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "vote_id": other,
            "content": {"choice": "yes"},
            "weight": 1,
            "channel": VoteChannel.booth,
        }
        for _ in range(VOTERS)
    ]
    start = time.perf_counter()
    with ctx.db.transaction() as session:
        session.execute(insert(Ballot), rows)
    return time.perf_counter() - start


def main() -> None:
    from sqlalchemy import func, select

    from app.application import open_context
    from app.config import load_config
    from app.voting import service
    from db.models import Ballot, JourneyProgress

    with tempfile.TemporaryDirectory(prefix="antenne-close-") as folder:
        ctx = open_context(
            load_config(db_path=Path(folder) / "close.sqlite3", seed_demo=False, environ={})
        )
        try:
            vote_id = prepare(ctx)
            start = time.perf_counter()
            service.close_vote(ctx, vote_id)
            close = time.perf_counter() - start
            with ctx.db.session() as session:
                boxed = session.scalar(select(func.count()).where(Ballot.vote_id == vote_id))
                ticked = session.scalar(select(func.count()).select_from(JourneyProgress))
            assert boxed == VOTERS and ticked == VOTERS, (boxed, ticked)
            bulk = baseline(ctx)
        finally:
            ctx.db.dispose()
    emit(f"vote_close_{SUFFIX}", close, "s", ratio=round(close / bulk, 2), voters=VOTERS)
    emit(f"vote_close_box_insert_{SUFFIX}", bulk, "s", voters=VOTERS)


if __name__ == "__main__":
    main()
