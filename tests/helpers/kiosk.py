"""A kiosk for UI tests: the shell and its window on a fresh database with the content pages.

Idle timeouts are short here (seconds, from the configuration, as on a real kiosk);
tests wait for what a person would see, never assert durations.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import Config, load_config
from app.context import AppContext
from db.engine import Database


def load_content_pages(database: Database) -> None:
    from db.content_files import load_content_pages as load_files

    with database.transaction() as session:
        load_files(session.connection())


def kiosk_config(tmp_path: Path, **changes: object) -> Config:
    values: dict[str, object] = {
        "db_path": tmp_path / "antenne.sqlite3",
        "seed_demo": False,
        "virtual_keyboard": False,
        "language": "fr",
        "idle_timeout_s": 600,
        "idle_warning_s": 10,
        "facilitator_idle_s": 600,
        "facilitator_personal_idle_s": 600,
        # The kiosk closes the day's open visits at closing time (18:00 by default) when it
        # starts: a test run in the evening would find every visit it made closed.
        "closing_time": "23:59",
        # The phone ballot and calendar servers on a free port of this machine only: two test
        # workers (or a kiosk running beside the tests) never fight over 8765 and 8766.
        "ballot_host": "127.0.0.1",
        "ballot_port": 0,
        "calendar_port": 0,
    }
    values.update(changes)
    return load_config(environ={}, **values)


@pytest.fixture
def kiosk_context(database: Database, tmp_path: Path) -> Iterator[AppContext]:
    """A context on a fresh database holding the booklet, statutes and stories."""
    load_content_pages(database)
    yield AppContext(config=kiosk_config(tmp_path), db=database)
