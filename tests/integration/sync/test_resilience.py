"""What goes wrong in the field: a kiosk killed in the middle of a pull, a hub away for a week,
a seat freed while others wait (hub on a real PostgreSQL, kiosks on SQLite)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, tuple_

from app.clock import HybridClock
from app.sync import service
from app.sync.client import HubUnreachableError
from app.sync.protocol import PULL_PAGE, Cursor
from db.engine import Database, sqlite_url
from db.models import OutboxEntry, Person, Session, SessionKind, Signup, SignupStatus
from hub.models import AppliedOp, HubChange, HubRecord
from tests.helpers.sync import Hub, Kiosk, KioskFactory, seed_people

ROOT = Path(__file__).resolve().parents[3]
WEEK_MS = 7 * 24 * 3600 * 1000


def _antenne(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", *args]


def _environ() -> dict[str, str]:
    # The kiosk's defaults only: nothing from the developer's own configuration.
    return {k: v for k, v in os.environ.items() if not k.startswith("ANTENNE_")}


def _cursor(path: Path) -> Cursor:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
        row = connection.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone()
    return Cursor.parse(row[0] if row else "")


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _changes_up_to(hub: Hub, cursor: Cursor) -> int:
    with hub.database.transaction() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(HubChange)
                .where(tuple_(HubChange.txid, HubChange.seq) <= tuple_(cursor.txid, cursor.seq))
            )
            or 0
        )


def test_a_kiosk_killed_in_the_middle_of_a_pull_resumes_whole(
    pg_hub: Hub, migrated_template: Path, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    people = seed_people(pg_hub.database, 5 * PULL_PAGE)
    path = tmp_path / "kiosk.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    enrol = subprocess.run(
        [
            *_antenne("sync", "enroll", "--hub", pg_hub.url, "--code", pg_hub.code("rennes")),
            *("--db", str(path)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_environ(),
        timeout=60,
        check=False,
    )
    assert enrol.returncode == 0, enrol.stderr

    kiosk = subprocess.Popen(
        _antenne("sync", "now", "--db", str(path)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=_environ(),
    )
    try:
        # Killed as soon as some pages are in, long before the last one.
        deadline = time.monotonic() + 60
        while _cursor(path).is_start and kiosk.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        kiosk.send_signal(signal.SIGKILL)
    finally:
        kiosk.wait(timeout=30)
    assert kiosk.returncode == -signal.SIGKILL, "the pull ended before it could be killed"

    # What the killed kiosk kept is exactly the pages up to its cursor: whole pages only.
    cursor = _cursor(path)
    kept = _count(path, "person")
    assert 0 < kept < len(people)
    assert kept == _changes_up_to(pg_hub, cursor) - 1  # the antenne's row is a change too

    again = subprocess.run(
        _antenne("sync", "now", "--db", str(path)),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=_environ(),
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    database = Database(sqlite_url(path), clock=HybridClock("check"))
    try:
        with database.transaction() as session:
            ids = session.scalars(select(Person.id)).all()
            assert sorted(str(i) for i in ids) == sorted(people)  # nothing lost, nothing twice
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
            connection = session.connection()
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        database.dispose()


def _offline(kiosk: Kiosk) -> None:
    """The hub moves out of reach (a port nobody listens on)."""
    kiosk.http = None
    with kiosk.database.engine.begin() as connection:
        service.write_state(connection, hub_url="http://127.0.0.1:9")


def _online(kiosk: Kiosk, hub: Hub) -> None:
    kiosk.http = hub.client
    with kiosk.database.engine.begin() as connection:
        service.write_state(connection, hub_url=hub.url)


def test_the_hub_away_for_a_week_then_everything_arrives_once(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    # A kiosk's clock during the week: its wall clock runs on, the hub is gone.
    days: list[int] = []

    def wall() -> int:
        return time.time_ns() // 1_000_000 + sum(days)

    a.database.clock = HybridClock("kiosk-a", wall=wall)
    _offline(a)
    created: list[uuid.UUID] = []
    for day in range(7):
        days.append(24 * 3600 * 1000 if day else 0)
        for n in range(3):
            with a.database.transaction() as session:
                person = Person(first_name=f"Jour{day}", last_name=f"N{n}")
                session.add(person)
                session.flush()
                created.append(person.id)
        with pytest.raises(HubUnreachableError):
            a.sync()  # every try of the week fails; the outbox keeps everything
    status = service.sync_status(a.database)
    assert status.offline_since is not None
    assert status.pending_ops == len(created)

    _online(a, pg_hub)
    summary = a.sync()
    assert summary.pushed == len(created)
    assert service.sync_status(a.database).offline_since is None
    a.sync()  # nothing sent twice
    b.sync()
    with pg_hub.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == len(created)
        records = session.scalar(
            select(func.count()).select_from(HubRecord).where(HubRecord.entity == "person")
        )
        assert records == len(created)
    with b.database.transaction() as session:
        assert sorted(session.scalars(select(Person.id)).all()) == sorted(created)


def test_a_freed_seat_goes_to_the_first_on_the_waiting_list(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    with a.database.transaction() as session:
        people = [Person(first_name=name, last_name="Martin") for name in ("Zoé", "Ahmed", "Inès")]
        workshop = Session(
            kind=SessionKind.workshop,
            antenna_id=a.antenna_id,
            title="Atelier",
            starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
            capacity=1,
        )
        session.add_all([*people, workshop])
        session.flush()
        zoe, ahmed, ines = (p.id for p in people)
        session.add(Signup(session_id=workshop.id, person_id=zoe))
        session.flush()
        session.add(Signup(session_id=workshop.id, person_id=ahmed))
        session.flush()
        session.add(Signup(session_id=workshop.id, person_id=ines))
    a.sync()
    b.sync()

    def seats(kiosk: Kiosk) -> dict[uuid.UUID, tuple[SignupStatus, int | None]]:
        with kiosk.database.transaction() as session:
            return {
                s.person_id: (s.status, s.waitlist_position)
                for s in session.scalars(select(Signup))
            }

    assert seats(b) == {
        zoe: (SignupStatus.confirmed, None),
        ahmed: (SignupStatus.waitlisted, 1),
        ines: (SignupStatus.waitlisted, 2),
    }
    # Zoé cancels at the other kiosk: Ahmed, first in line, gets her seat; Inès still waits.
    with b.database.transaction() as session:
        signup = session.scalars(select(Signup).where(Signup.person_id == zoe)).one()
        signup.status = SignupStatus.cancelled
    b.sync()
    a.sync()
    for kiosk in (a, b):
        current = seats(kiosk)
        assert current[zoe][0] is SignupStatus.cancelled
        assert current[ahmed] == (SignupStatus.confirmed, None)
        assert current[ines][0] is SignupStatus.waitlisted


def test_a_sign_up_made_and_cancelled_before_a_sync_arrives_cancelled(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    # Found by the stateful test: both operations in one push, on a row new to the hub.
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    with a.database.transaction() as session:
        drop_in = Session(
            kind=SessionKind.drop_in,
            antenna_id=a.antenna_id,
            title="Permanence",
            starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
            capacity=1,
        )
        person = Person(first_name="Zoé", last_name="Martin")
        session.add_all([drop_in, person])
        session.flush()
        signup = Signup(session_id=drop_in.id, person_id=person.id)
        session.add(signup)
        session.flush()
        signup_id = signup.id
    with a.database.transaction() as session:
        session.get_one(Signup, signup_id).status = SignupStatus.cancelled
    for kiosk in (a, b, a):
        kiosk.sync()
    for kiosk in (a, b):
        with kiosk.database.transaction() as session:
            assert session.get_one(Signup, signup_id).status is SignupStatus.cancelled
    assert service.sync_status(a.database).pending_ops == 0
