"""The kiosk's file is the secret ballot box (docs/architecture.md, "Secrecy and integrity"):
an attacker holding a copy of it tries to link ballots to voters.

36 shareholders vote in a known random order, at the booth and by phone code, through the real
services (the journey's listeners on, as on a kiosk). The attacker reads the file alone, byte by
byte (`tests.helpers.sqlite_file`): the cell offsets of every page of every table and index, the
WAL's commits in their order (each page diffed with its version before), and every synced row
and outbox entry that names a voter. Each source gives an order of ballots or of voters; pairing
a voter order with a ballot order rank by rank links voters to ballots.

Statistics: the number of voters linked to their own ballot (a random pairing links 1 on
average; at least 8 of 36 happens about once in 100 000 tries, Poisson(1)), and Kendall's tau
between the true casting order and each recovered order (|tau| ≥ 0.5 for 36 items is 4.3
standard deviations from chance). After close the best of all the attacker's pairings must stay
at chance on both; during the vote the test prints what the attacker achieves.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.application import with_listeners
from app.context import AppContext
from app.voting import service
from db.models import Ballot, BallotSlot, JourneyProgress, JourneyStep
from db.outbox import OutboxEntry
from tests.helpers.sqlite_file import DatabaseImage, records
from tests.unit.voting.conftest import build_room
from tests.unit.voting.test_live import MOTION

VOTERS = 36
CHANNELS = {"booth", "phone", "analog"}
LINKED_AT_CHANCE = 7  # at most: P(≥ 8 fixed points of a random pairing of 36) ≈ 1e-5
TAU_AT_CHANCE = 0.5


@dataclass(frozen=True)
class Attack:
    """What the attacker recovered: the best pairing and the best orders, with their source."""

    linked: int
    linked_by: str
    ballot_tau: float
    ballot_tau_by: str
    voter_tau: float
    voter_tau_by: str

    def report(self, when: str) -> str:
        return (
            f"{when}: {self.linked}/{VOTERS} voters linked to their ballot ({self.linked_by}; "
            f"chance 1, p = {linked_p_value(self.linked):.2g}); ballot order tau "
            f"{self.ballot_tau:+.2f} ({self.ballot_tau_by}, p = {tau_p_value(self.ballot_tau):.2g})"
            f"; voter order tau {self.voter_tau:+.2f} ({self.voter_tau_by})"
        )


def kendall_tau(truth: Sequence[str], recovered: Sequence[str]) -> float:
    """Kendall's tau between the true order and a recovered order of the same items (items
    the recovered order lacks are left out)."""
    place = {item: i for i, item in enumerate(truth)}
    ranks = [place[item] for item in recovered if item in place]
    n = len(ranks)
    if n < 2:
        return 0.0
    agree = sum(1 if ranks[i] < ranks[j] else -1 for i in range(n) for j in range(i + 1, n))
    return agree / (n * (n - 1) / 2)


def tau_p_value(tau: float) -> float:
    """Two-sided, normal approximation of tau's null distribution for VOTERS items."""
    sd = math.sqrt(2 * (2 * VOTERS + 5) / (9 * VOTERS * (VOTERS - 1)))
    return math.erfc(abs(tau) / sd / math.sqrt(2))


def linked_p_value(linked: int) -> float:
    """P(a random pairing links at least `linked`): fixed points of a permutation, Poisson(1)."""
    return 1 - sum(math.exp(-1) / math.factorial(k) for k in range(linked))


def _hex(value: uuid.UUID) -> str:
    return value.hex


def _cell_orders(image: DatabaseImage, vote: str, ballots: set[str]) -> dict[str, list[str]]:
    """Orders from where cells sit: SQLite fills a page from its end, so within a page a cell
    at a higher offset was written earlier (ballot rows, index entries, the open box's filled
    slots, voted roll rows)."""
    ballot_cells: list[tuple[int, int, str]] = []
    slot_cells: list[tuple[int, int, str]] = []
    index_cells: list[tuple[int, int, str]] = []
    roll_cells: list[tuple[int, int, str]] = []
    for cell in image.cells():
        values = cell.values
        if values is None:
            continue
        place = (cell.page, -cell.offset)
        if len(values) == 5 and values[1] == vote and values[0] in ballots:
            ballot_cells.append((*place, str(values[0])))
        elif _filled_slot(values, vote, ballots):
            slot_cells.append((*place, str(values[2])))
        elif len(values) == 2 and values[0] == vote and values[1] in ballots:
            index_cells.append((*place, str(values[1])))
        elif len(values) == 5 and values[0] == vote and values[3] == 1 and _channel(values[4]):
            roll_cells.append((*place, str(values[1])))
    return {
        "ballot cells": [item for *_place, item in sorted(ballot_cells)],
        "slot cells": [item for *_place, item in sorted(slot_cells)],
        "ballot index cells": [item for *_place, item in sorted(index_cells)],
        "roll cells": [item for *_place, item in sorted(roll_cells)],
    }


def _filled_slot(values: tuple[object, ...], vote: str, ballots: set[str]) -> bool:
    """A slot of the open box (vote, number, ballot id, text) holding a ballot."""
    return (
        len(values) == 4
        and values[0] == vote
        and values[2] in ballots
        and str(values[3]).startswith("{")
    )


def _channel(value: object) -> bool:
    return isinstance(value, str) and value.strip() in CHANNELS


def _wal_orders(image: DatabaseImage, vote: str, ballots: set[str]) -> dict[str, list[str]]:
    """Orders from the WAL: each commit's pages diffed with their versions before it; a new
    ballot, a slot filled or a roll row turned to voted is dated by its commit."""
    seen = dict(image.pages)
    ballot_order: list[str] = []
    voter_order: list[str] = []
    for commit in image.commits:
        for number, page in commit.pages.items():
            before = set(records(seen.get(number, b""), number, image.usable))
            for values in set(records(page, number, image.usable)) - before:
                if _filled_slot(values, vote, ballots) and values[2] not in ballot_order:
                    ballot_order.append(str(values[2]))
                if len(values) != 5:
                    continue
                if values[0] in ballots and values[1] == vote and values[0] not in ballot_order:
                    ballot_order.append(str(values[0]))
                elif values[0] == vote and values[3] == 1 and values[1] not in voter_order:
                    voter_order.append(str(values[1]))
            seen[number] = page
    return {"wal ballots": ballot_order, "wal voters": voter_order}


def _synced_orders(copy: Path, voters: set[str]) -> dict[str, list[str]]:
    """Orders from rows that name a person: every table with a person and a time, by time and
    by id; the outbox by its op id."""
    orders: dict[str, list[str]] = {}
    with sqlite3.connect(copy) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = {row[1] for row in db.execute(f"PRAGMA table_info('{table}')")}
            if "person_id" not in columns:
                continue
            for key in ("created_at", "hlc", "id", "updated_at"):
                if key in columns:
                    rows = db.execute(
                        f"SELECT person_id FROM '{table}' ORDER BY {key}, rowid"
                    ).fetchall()
                    orders[f"{table}.{key}"] = _dedup(
                        str(r[0]) for r in rows if str(r[0]) in voters
                    )
        outbox: list[str] = []
        for (payload,) in db.execute("SELECT payload FROM outbox ORDER BY op_id"):
            person = json.loads(payload).get("person_id") if payload else None
            if isinstance(person, str) and uuid.UUID(person).hex in voters:
                outbox.append(uuid.UUID(person).hex)
        orders["outbox"] = _dedup(outbox)
    return orders


def _dedup(items: object) -> list[str]:
    out: list[str] = []
    for item in items:  # type: ignore[attr-defined]
        if item not in out:
            out.append(item)
    return out


def attack(folder: Path, vote_id: uuid.UUID, truth: list[tuple[str, str]]) -> Attack:
    """Everything the attacker can get from the copy in `folder` (database file and WAL)."""
    vote = _hex(vote_id)
    voters_in_order = [voter for voter, _ballot in truth]
    ballots_in_order = [ballot for _voter, ballot in truth]
    ballot_of = dict(truth)
    image = DatabaseImage.read(folder / "antenne.sqlite3")
    orders = _cell_orders(image, vote, set(ballots_in_order))
    orders |= _wal_orders(image, vote, set(ballots_in_order))
    # The synced rows, read through SQLite from a second copy (reading may touch the WAL).
    readable = folder / "readable"
    readable.mkdir()
    for name in ("antenne.sqlite3", "antenne.sqlite3-wal"):
        if (folder / name).exists():
            shutil.copyfile(folder / name, readable / name)
    orders |= _synced_orders(readable / "antenne.sqlite3", set(voters_in_order))
    ballot_orders = {k: v for k, v in orders.items() if set(v) & set(ballots_in_order)}
    voter_orders = {k: v for k, v in orders.items() if set(v) & set(voters_in_order)}
    best = (0, "nothing")
    for vname, voter_order in voter_orders.items():
        for bname, ballot_order in ballot_orders.items():
            linked = sum(
                ballot_of[voter] == ballot
                for voter, ballot in zip(voter_order, ballot_order, strict=False)
            )
            best = max(best, (linked, f"{vname} × {bname}"))
    ballot_tau = max(
        ((kendall_tau(ballots_in_order, o), k) for k, o in ballot_orders.items()),
        key=lambda t: abs(t[0]),
        default=(0.0, "nothing"),
    )
    voter_tau = max(
        ((kendall_tau(voters_in_order, o), k) for k, o in voter_orders.items()),
        key=lambda t: abs(t[0]),
        default=(0.0, "nothing"),
    )
    return Attack(best[0], best[1], *ballot_tau, *voter_tau)


def _copy_files(ctx: AppContext, to: Path) -> Path:
    """The database file and its WAL as they are on disk now (what a thief would copy)."""
    to.mkdir()
    source = ctx.config.db_path
    for suffix in ("", "-wal"):
        path = Path(f"{source}{suffix}")
        if path.exists():
            shutil.copyfile(path, to / f"antenne.sqlite3{suffix}")
    return to


def _ballot_ids(ctx: AppContext, vote_id: uuid.UUID) -> set[str]:
    """The ids of the ballots in the box: the filled slots while the vote is open."""
    with ctx.db.session() as session:
        rows = set(session.scalars(select(Ballot.id).where(Ballot.vote_id == vote_id)))
        filled = session.scalars(
            select(BallotSlot.id).where(
                BallotSlot.vote_id == vote_id, BallotSlot.sealed.startswith("{")
            )
        )
        return {ballot_id.hex for ballot_id in rows | set(filled)}


def test_an_attacker_with_the_file_cannot_link_ballots_to_voters_after_close(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx = with_listeners(ctx)
    room = build_room(ctx, shareholders=VOTERS + 4)
    rng = random.Random(15)
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    for person in rng.sample(room.shareholders, len(room.shareholders)):
        service.mark_present(ctx, vote_id, person)
    truth: list[tuple[str, str]] = []
    for voter in rng.sample(room.shareholders, VOTERS):
        before = _ballot_ids(ctx, vote_id)
        content = {"choice": rng.choice(["yes", "no", "abstain"])}
        if rng.random() < 0.5:
            service.cast_ballot(ctx, vote_id, voter_id=voter, content=content)
        else:
            [code] = service.issue_phone_codes(ctx, vote_id, voter)
            service.cast_with_code(ctx, code, content)
        [ballot] = _ballot_ids(ctx, vote_id) - before
        truth.append((voter.hex, ballot))

    during = attack(_copy_files(ctx, tmp_path / "during"), vote_id, truth)
    print(during.report("during the vote"))
    assert during.linked <= LINKED_AT_CHANCE, during.report("during the vote")
    assert abs(during.ballot_tau) < TAU_AT_CHANCE, during.report("during the vote")
    assert abs(during.voter_tau) < TAU_AT_CHANCE, during.report("during the vote")

    service.close_vote(ctx, vote_id)
    after = attack(_copy_files(ctx, tmp_path / "after"), vote_id, truth)
    print(after.report("after close"))
    assert after.linked <= LINKED_AT_CHANCE, after.report("after close")
    assert abs(after.ballot_tau) < TAU_AT_CHANCE, after.report("after close")
    assert abs(after.voter_tau) < TAU_AT_CHANCE, after.report("after close")
    # The WAL is checkpointed and emptied at close: no page of the vote is left in it.
    wal = Path(f"{ctx.config.db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_having_voted_is_recorded_for_everyone_at_once_when_the_vote_closes(
    ctx: AppContext,
) -> None:
    ctx = with_listeners(ctx)
    room = build_room(ctx, shareholders=6)
    vote_id = service.create_vote(ctx, MOTION)
    service.open_vote(ctx, vote_id)
    booth, phone, holder, giver, absent = room.shareholders[:5]
    for person in (booth, phone, holder):
        service.mark_present(ctx, vote_id, person)
    service.record_proxy(ctx, vote_id, giver_id=giver, holder_id=holder)
    with ctx.db.session() as session:
        queued = session.scalar(select(func.count()).select_from(OutboxEntry))
    service.cast_ballot(ctx, vote_id, voter_id=booth, content={"choice": "yes"})
    [code] = service.issue_phone_codes(ctx, vote_id, phone)
    service.cast_with_code(ctx, code, {"choice": "no"})
    service.cast_ballot(ctx, vote_id, voter_id=holder, content={"choice": "yes"})
    service.cast_ballot(ctx, vote_id, voter_id=holder, content={"choice": "no"}, proxy_for=giver)
    with ctx.db.session() as session:
        # Nothing that goes to the hub, nothing in the journey while the vote is open.
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == queued
        assert session.scalar(select(func.count()).select_from(JourneyProgress)) == 0

    service.close_vote(ctx, vote_id)
    with ctx.db.session() as session:
        rows = session.execute(
            select(JourneyProgress.person_id, JourneyProgress.completed_at, JourneyProgress.id)
            .join(JourneyStep, JourneyStep.id == JourneyProgress.step_id)
            .where(JourneyStep.trigger.contains("vote_cast"))
            .order_by(JourneyProgress.id)
        ).all()
    # The people who voted, the proxy holder for the absent giver; one time; ids in the order
    # of the people's ids, not of their votes.
    assert [row.person_id for row in rows] == sorted([booth, phone, holder])
    assert len({row.completed_at for row in rows}) == 1
    assert absent not in {row.person_id for row in rows}
