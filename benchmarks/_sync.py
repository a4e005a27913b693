"""Shared pieces of the sync benchmarks: PostgreSQL, the hub in its own processes, kiosks.

PostgreSQL is started the way the tests start it (`tests/helpers/postgres.py`); the hub runs
as in production (`uvicorn --factory hub.main:app_from_env`, packaging/hub.md), in other
processes than the kiosks, on 127.0.0.1 only.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import ROOT, emit

sys.path.insert(0, str(ROOT))  # tests.helpers: the same PostgreSQL recipe as the tests

from app.clock import HybridClock
from app.sync import service
from db.engine import Database, sqlite_url
from db.migrate import upgrade_database
from hub.db import HubDatabase
from hub.service.enrolment import add_antenna, new_enrolment_code
from tests.helpers.postgres import (
    PostgresServer,
    PostgresUnavailableError,
    create_hub_database,
    running_postgres,
)


@contextmanager
def postgres_or_skip(names: list[str]) -> Iterator[PostgresServer | None]:
    """A private PostgreSQL server, or None after a JSON line per figure saying why not."""
    try:
        with running_postgres() as server:
            yield server
    except PostgresUnavailableError as missing:
        for name in names:
            emit(name, float("nan"), "", skipped=str(missing))
        yield None


def new_hub(server: PostgresServer, name: str, *, antenna: str = "rennes") -> HubDatabase:
    """A migrated hub database with one antenne."""
    database = HubDatabase(create_hub_database(server, name))
    with database.transaction() as session:
        add_antenna(session, slug=antenna, name=antenna.title(), clock=HybridClock("hub"))
    return database


def new_kiosk(folder: Path, name: str) -> Database:
    database = Database(sqlite_url(folder / f"{name}.sqlite3"), clock=HybridClock(name))
    upgrade_database(database)
    return database


def enrol(kiosk: Database, hub: HubDatabase, url: str, *, slug: str = "rennes") -> None:
    """Enrol `kiosk` as this machine (later syncs present the same machine id)."""
    with hub.transaction() as session:
        code = new_enrolment_code(session, antenna_slug=slug)
    service.enroll(kiosk, hub_url=url, code=code)


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="antenne-bench-sync-"))
