"""A hub and kiosks in one process: the hub served by a real uvicorn on 127.0.0.1 in a
thread (the kiosks' real httpx client talks to it), kiosks on fresh SQLite databases."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from app.clock import HybridClock
from app.sync import service
from app.sync.policies import HUB_ORIGIN
from db.engine import Database, sqlite_url
from hub.db import HubDatabase
from hub.main import create_app
from hub.models import HubChange
from hub.service import enrolment, publish
from hub.service.meta import txid_expr
from hub.settings import HubSettings
from tests.helpers.postgres import free_port

YEAR_MS = 365 * 24 * 3600 * 1000


@dataclass
class Hub:
    database: HubDatabase
    client: httpx.Client
    settings: HubSettings
    url: str
    clock: HybridClock = field(default_factory=lambda: HybridClock(HUB_ORIGIN))

    def add_antenna(self, slug: str, name: str = "") -> str:
        with self.database.transaction() as session:
            antenna = enrolment.add_antenna(
                session, slug=slug, name=name or slug.title(), clock=self.clock
            )
            return str(antenna.id)

    def code(self, slug: str) -> str:
        with self.database.transaction() as session:
            return enrolment.new_enrolment_code(session, antenna_slug=slug)

    def publish(self, entity: str, rows: list[dict[str, Any]]) -> int:
        with self.database.transaction() as session:
            return publish.publish_rows(session, entity, rows, clock=self.clock)

    def change_count(self, entity: str | None = None) -> int:
        with self.database.transaction() as session:
            query = select(func.count()).select_from(HubChange)
            if entity:
                query = query.where(HubChange.entity == entity)
            return int(session.scalar(query) or 0)


@dataclass
class Kiosk:
    name: str
    database: Database
    http: Any
    machine: str
    hub_url: str
    antenna_id: uuid.UUID | None = None

    def enroll(self, code: str) -> service.Enrolled:
        done = service.enroll(
            self.database, hub_url=self.hub_url, code=code, http=self.http, machine=self.machine
        )
        with self.database.engine.connect() as connection:
            self.antenna_id = uuid.UUID(service.read_state(connection)["antenna_id"])
        return done

    def sync(self) -> service.SyncSummary:
        return service.sync_now(self.database, http=self.http, machine=self.machine)


def make_hub(url: str, **settings: Any) -> Iterator[Hub]:
    from hub.migrate import upgrade_hub

    database = HubDatabase(url)
    upgrade_hub(database)
    hub_settings = HubSettings(db_url=url, **settings)
    app = create_app(hub_settings, database=database)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="hub", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Hub(database, client, hub_settings, url)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        database.dispose()


@pytest.fixture
def pg_hub(hub_pg_url: str) -> Iterator[Hub]:
    """The hub on a fresh PostgreSQL database."""
    yield from make_hub(hub_pg_url)


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Iterator[Hub]:
    """The hub in development mode, on a SQLite file."""
    yield from make_hub(str(tmp_path / "hub.sqlite3"))


KioskFactory = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(migrated_template: Path, tmp_path: Path) -> Iterator[KioskFactory]:
    """`make_kiosk(hub, "kiosk-a", slug="rennes", clock_offset_ms=0)`: an enrolled kiosk on a
    fresh database (its own machine id), synced once so it knows its antenne."""
    opened: list[Database] = []

    def make(hub: Hub, name: str, *, slug: str = "rennes", clock_offset_ms: int = 0) -> Kiosk:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(migrated_template, path)

        def wall() -> int:
            return time.time_ns() // 1_000_000 + clock_offset_ms

        database = Database(sqlite_url(path), clock=HybridClock(name, wall=wall))
        opened.append(database)
        kiosk = Kiosk(name, database, hub.client, machine=f"machine-{name}", hub_url=hub.url)
        kiosk.enroll(hub.code(slug))
        kiosk.sync()
        return kiosk

    yield make
    for database in opened:
        database.dispose()


FIRST_NAMES = ("Zoé", "Ahmed", "Lotte", "Camille", "Jan", "Inès", "Pieter", "Fatou", "Élodie")
LAST_NAMES = ("Martin", "Benali", "Peeters", "Dubois", "Janssens", "Diallo", "Lambert", "Maes")


def person_row(index: int, *, stamp: str, antenna_id: str | None = None) -> dict[str, Any]:
    """A whole person row as the hub stores it (what a kiosk pushed)."""
    from app.text import fold

    first = f"{FIRST_NAMES[index % len(FIRST_NAMES)]}{index}"
    last = LAST_NAMES[index % len(LAST_NAMES)]
    now = "2026-03-01T10:00:00+00:00"
    return {
        "id": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "hlc": stamp,
        "origin": "kiosk-seed",
        "deleted_at": None,
        "kind": "member",
        "first_name": first,
        "last_name": last,
        "email": f"person{index}@example.org",
        "phone": None,
        "language": "fr",
        "antenna_id": antenna_id,
        "member_since": "2024-01-15",
        "shareholder_since": None,
        "levels": ["information", "consultation"],
        "topics": [],
        "channels": ["in_person"],
        "involvement_updated_at": None,
        "photo": None,
        "photo_consent": False,
        "name_search": True,
        "consent_at": now,
        "retain_until": None,
        "search_first": fold(first),
        "search_last": fold(last),
    }


def seed_people(hub_database: HubDatabase, count: int, *, chunk: int = 5000) -> list[str]:
    """`count` people in the hub's records and change log, as if kiosks of the hub's first
    antenne had pushed them (it owns them: `app.sync.policies.OWNERSHIP`; none if the hub has
    no antenne yet). Core, in chunks: fast enough for 100 000. Returns their ids."""
    from sqlalchemy import insert

    from hub.models import HubAntenna, HubRecord

    clock = HybridClock("kiosk-seed")
    with hub_database.transaction() as session:
        owner = session.scalar(select(HubAntenna.id).order_by(HubAntenna.created_at).limit(1))
    ids: list[str] = []
    for start in range(0, count, chunk):
        rows = [
            person_row(index, stamp=str(clock.now()))
            for index in range(start, min(count, start + chunk))
        ]
        with hub_database.transaction() as session:
            session.execute(
                insert(HubRecord),
                [
                    {
                        "entity": "person",
                        "entity_id": row["id"],
                        "scope_antenna_id": None,
                        "owner_antenna_id": owner,
                        "data": row,
                        "field_hlc": dict.fromkeys(
                            (k for k in row if k not in ("id", "hlc", "origin", "updated_at")),
                            row["hlc"],
                        ),
                        "hlc": row["hlc"],
                        "origin": row["origin"],
                    }
                    for row in rows
                ],
            )
            session.execute(
                insert(HubChange).values(txid=txid_expr(session)),
                [
                    {
                        "entity": "person",
                        "entity_id": row["id"],
                        "op": "upsert",
                        "payload": row,
                        "hlc": row["hlc"],
                        "origin": row["origin"],
                        "scope_antenna_id": None,
                    }
                    for row in rows
                ],
            )
        ids.extend(row["id"] for row in rows)
    return ids


@dataclass(frozen=True)
class ServedHub:
    url: str
    # The uvicorn process (with several workers, their parent).
    pid: int


@contextmanager
def serve_hub(db_url: str, *, workers: int = 1) -> Iterator[ServedHub]:
    """The hub's API in `workers` uvicorn processes of its own (as packaging/hub.md runs it),
    apart from the clients: benchmarks time it, tests measure its memory."""
    port = free_port()
    env = dict(os.environ, ANTENNE_HUB_DB_URL=db_url)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "hub.main:app_from_env",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.05)
        yield ServedHub(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
