"""A fresh, migrated SQLite database per test (copied from one migrated template: fast)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.clock import HybridClock
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
