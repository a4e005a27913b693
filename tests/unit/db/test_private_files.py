"""The kiosk's database, its SQLite side files and its folder are for the kiosk's user only,
and `antenne run` says so, with the `chmod` to run, when they are not (finding 11 of #14)."""

from __future__ import annotations

import logging
import os
import shlex
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app import cli
from app.private_files import exposed, fix_command, warn_if_exposed
from db.engine import Database


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask of most systems (022): files come out 0644 unless asked otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_something(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS note (body TEXT)"))
        connection.execute(text("INSERT INTO note VALUES ('a phone number')"))


def test_a_new_database_its_wal_and_its_folders_are_the_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "antenne" / "antenne.sqlite3"
    database = Database.at(path, node_id="kiosk-test")
    try:
        write_something(database)
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        # The connection is still open: the write sits in the WAL, which SQLite keeps.
        assert wal.stat().st_size > 0
        assert {p.name: mode(p) for p in (path, wal, shm)} == {
            "antenne.sqlite3": 0o600,
            "antenne.sqlite3-wal": 0o600,
            "antenne.sqlite3-shm": 0o600,
        }
    finally:
        database.dispose()
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700
    assert exposed(path) == []


def test_an_existing_database_keeps_its_data_and_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "antenne.sqlite3"
    database = Database.at(path, node_id="kiosk-test")
    write_something(database)
    database.dispose()
    path.chmod(0o644)
    database = Database.at(path, node_id="kiosk-test")
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM note")).scalar_one() == 1
        # Not changed behind anyone's back: `antenne run` reports it instead.
        assert mode(path) == 0o644
    finally:
        database.dispose()


def test_readable_files_and_folder_are_reported_with_the_chmod_that_fixes_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "kiosk data"
    folder.mkdir(mode=0o755)
    path = folder / "antenne.sqlite3"
    path.touch(mode=0o644)
    database = Database.at(path, node_id="kiosk-test")
    try:
        write_something(database)
        found = exposed(path)
        # SQLite gives the WAL and SHM files the database's own (readable) mode.
        assert {(item.path.name, item.mode, item.folder) for item in found} == {
            ("kiosk data", 0o755, True),
            ("antenne.sqlite3", 0o644, False),
            ("antenne.sqlite3-wal", 0o644, False),
            ("antenne.sqlite3-shm", 0o644, False),
        }
        command = fix_command(found)
        assert command.startswith(f"chmod 700 '{folder}' && chmod 600 '{path}'")
        subprocess.run(["sh", "-c", command], check=True)
        assert exposed(path) == []
        write_something(database)
    finally:
        database.dispose()
    assert mode(path) == 0o600


def test_a_file_only_others_can_write_is_reported_too(tmp_path: Path) -> None:
    path = tmp_path / "antenne.sqlite3"
    Database.at(path, node_id="kiosk-test").dispose()
    path.chmod(0o602)
    assert [(item.path, item.mode) for item in exposed(path)] == [(path, 0o602)]


def test_a_shared_sticky_folder_is_not_reported_but_the_files_in_it_are(tmp_path: Path) -> None:
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    path = shared / "antenne.sqlite3"
    Database.at(path, node_id="kiosk-test").dispose()
    assert mode(shared) == 0o1777
    assert exposed(path) == []
    path.chmod(0o640)
    assert [item.path for item in exposed(path)] == [path]


def test_nothing_is_reported_before_the_database_exists(tmp_path: Path) -> None:
    assert exposed(tmp_path / "nowhere" / "antenne.sqlite3") == []
    assert warn_if_exposed(tmp_path / "antenne.sqlite3") is None


def test_the_warning_is_logged_and_names_the_command(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "antenne.sqlite3"
    path.touch(mode=0o644)
    with caplog.at_level(logging.WARNING, logger="antenne.db"):
        message = warn_if_exposed(path)
    assert message is not None
    command = f"chmod 600 {shlex.quote(str(path))}"
    assert message.params == {"command": command}
    assert command in message.untranslated()
    assert any(f"run: {command}" in record.getMessage() for record in caplog.records)


def test_antenne_run_warns_and_hands_the_notice_to_the_facilitators_panel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from db.migrate import upgrade_database

    path = tmp_path / "antenne.sqlite3"
    # `run --db` opens an existing database only (a mistyped path is not made one).
    database = Database.at(path, node_id="kiosk-test")
    upgrade_database(database)
    database.dispose()
    path.chmod(0o644)
    started: dict[str, Any] = {}

    def start_kiosk(config: Any, **kwargs: Any) -> int:
        started.update(kwargs, db_path=config.db_path)
        return 0

    import ui.app

    monkeypatch.setattr(ui.app, "run", start_kiosk)
    with caplog.at_level(logging.WARNING, logger="antenne.db"):
        assert cli.main(["run", "--db", str(path)]) == 0
    assert started["db_path"] == path
    [notice] = started["notices"]
    assert notice.context == "PrivateFiles"
    assert notice.params["command"] == f"chmod 600 {shlex.quote(str(path))}"
    assert any("other users" in record.getMessage() for record in caplog.records)

    path.chmod(0o600)
    assert cli.main(["run", "--db", str(path)]) == 0
    assert started["notices"] == []


def test_a_badge_kept_for_later_printing_is_in_a_folder_of_the_owners_only(
    tmp_path: Path,
) -> None:
    from app.printing.service import keep_unprinted

    kept = keep_unprinted(b"%PDF-1.4 a name", data_dir=tmp_path / "data")
    assert mode(kept.parent) == 0o700
    assert mode(tmp_path / "data") == 0o700
