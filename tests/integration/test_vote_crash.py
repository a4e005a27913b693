"""Crash safety of a live vote: the kiosk's process is killed (SIGKILL, no clean-up) while
ballots are being cast, twice, and restarted; nothing confirmed is lost and the ledger verifies.

A child process casts ballots through the services against a real SQLite file (WAL,
`synchronous=FULL`), alternating the booth (a badge: the roll row flipped and the ballot boxed
in one transaction) and phone codes (the code spent and the ballot boxed in one transaction). It
prints one line after each commit, which is what "confirmed" means to a voter ("A voté !").
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from sqlalchemy import func, select

from app.config import load_config
from app.context import AppContext
from app.voting import service, slots
from db.engine import Database
from db.models import BallotToken, VoterRoll
from tests.unit.voting.conftest import build_room

ROOT = Path(__file__).resolve().parents[2]
VOTERS = 80
CODES = 80

CHILD = """
import sys, uuid
from pathlib import Path
from app.config import load_config
from app.context import AppContext
from app.voting import service
from db.engine import Database

path, vote = Path(sys.argv[1]), uuid.UUID(sys.argv[2])
people, codes = sys.argv[3].split(","), sys.argv[4].split(",")
db = Database.at(path, node_id="kiosk-crash")
ctx = AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=db)
print("ready", flush=True)
choices = ("yes", "no", "abstain")
for index, (person, code) in enumerate(zip(people, codes)):
    choice = {"choice": choices[index % 3]}
    try:
        service.cast_ballot(ctx, vote, voter_id=uuid.UUID(person), content=choice)
    except service.VotingError:
        pass  # voted before the crash
    else:
        print("booth", person, flush=True)
    try:
        service.cast_with_code(ctx, code, choice)
    except service.VotingError:
        pass
    else:
        print("phone", code, flush=True)
print("done", flush=True)
"""


def open_context(path: Path) -> AppContext:
    database = Database.at(path, node_id="kiosk-test")
    return AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=database)


def run_child(
    path: Path,
    vote_id: uuid.UUID,
    people: list[uuid.UUID],
    codes: list[str],
    *,
    kill_after: int | None,
) -> list[tuple[str, str]]:
    """Run the casting process; SIGKILL it after `kill_after` confirmed ballots. The lines it
    printed (each one a committed ballot)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(path),
            str(vote_id),
            ",".join(map(str, people)),
            ",".join(codes),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    confirmed: list[tuple[str, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, _, value = line.strip().partition(" ")
            if kind in ("booth", "phone"):
                confirmed.append((kind, value))
            if kill_after is not None and len(confirmed) >= kill_after:
                # Mid-vote: the child is already inside its next cast.
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.wait(timeout=60)
        stderr = child.stderr.read() if child.stderr else ""
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    if kill_after is None:
        assert child.returncode == 0, stderr
    else:
        assert child.returncode == -signal.SIGKILL, stderr
    return confirmed


def box(ctx: AppContext, vote_id: uuid.UUID) -> tuple[int, int, set[uuid.UUID], int]:
    """(ballots in the box, roll rows flipped, who is flipped, codes spent)."""
    with ctx.db.transaction() as session:
        ballots = slots.count(session, vote_id)
        voted = set(
            session.scalars(
                select(VoterRoll.person_id).where(
                    VoterRoll.vote_id == vote_id, VoterRoll.has_voted.is_(True)
                )
            )
        )
        spent = (
            session.scalar(
                select(func.count()).where(
                    BallotToken.vote_id == vote_id, BallotToken.used.is_(True)
                )
            )
            or 0
        )
    return int(ballots), len(voted), voted, int(spent)


def test_a_killed_kiosk_keeps_every_confirmed_ballot(
    migrated_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "antenne.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    ctx = open_context(path)
    room = build_room(ctx, shareholders=VOTERS, members=0, visitors=0)
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Motion",
            "method": "motion",
            "level": "codecision",
            "channels": ["kiosk", "phone"],
            "body": "general-assembly",
        },
    )
    service.open_vote(ctx, vote_id)
    for person in room.shareholders:
        service.mark_present(ctx, vote_id, person)
    codes = service.issue_codes(ctx, vote_id, CODES)
    ctx.db.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    confirmed: list[tuple[str, str]] = []
    for kill_after in (15, 40, None):
        confirmed += run_child(path, vote_id, room.shareholders, codes, kill_after=kill_after)
        ctx = open_context(path)
        try:
            ballots, flipped, voted, spent = box(ctx, vote_id)
            booth = {uuid.UUID(v) for k, v in confirmed if k == "booth"}
            phone = [v for k, v in confirmed if k == "phone"]
            # Every confirmed ballot is in the box; at most the one being cast when the
            # process died is there too (committed, not yet printed).
            assert booth <= voted
            assert len(confirmed) <= ballots <= len(confirmed) + 1
            # The voter roll agrees with the box: one flipped row or one spent code per ballot.
            assert ballots == flipped + spent
            assert spent >= len(phone)
            assert service.verify(ctx, vote_id) == []  # the chain is intact while open
        finally:
            ctx.db.dispose()

    ctx = open_context(path)
    try:
        assert box(ctx, vote_id)[0] == VOTERS + CODES
        service.close_vote(ctx, vote_id)
        assert service.verify(ctx, vote_id) == []
        result = service.results(ctx, vote_id)
        assert result["turnout"]["ballots"] == VOTERS + CODES
    finally:
        ctx.db.dispose()
