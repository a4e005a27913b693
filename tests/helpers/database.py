"""A fresh, migrated SQLite database per test (copied from one migrated template: fast), and
the context (`ctx`) the domain's services run in on it.

A folder whose tests need more of the context overrides `ctx` in its conftest, building on
this one (`tests/unit/journey/conftest.py`: the events reach the application's listeners).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clock import HybridClock
from app.config import load_config
from app.context import AppContext
from db.engine import Database, sqlite_url

NODE_ID = "kiosk-test"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from db.migrate import upgrade_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = Database(sqlite_url(path), clock=HybridClock(NODE_ID))
    upgrade_database(database)
    database.dispose()
    return path


@pytest.fixture
def database(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database in `tmp_path`, stamping changes as node `kiosk-test`."""
    path = tmp_path / "antenne.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = Database(sqlite_url(path), clock=HybridClock(NODE_ID))
    yield db
    db.dispose()


@pytest.fixture
def ctx(database: Database, tmp_path: Path) -> AppContext:
    """A context on `database` with the default settings (no environment variable read); the
    timezone is fixed because visitor badges and visits count in the antenne's local day.

    Built by hand, its events reach no listener (`app.application.with_listeners`)."""
    config = load_config(
        environ={}, db_path=tmp_path / "antenne.sqlite3", seed_demo=False, timezone="Europe/Paris"
    )
    return AppContext(config=config, db=database)
