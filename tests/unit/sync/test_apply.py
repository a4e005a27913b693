"""Pulled pages written the fast way store exactly what the ORM or Core would, and a page
commits with its cursor or not at all."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert

from app.clock import HybridClock
from app.people.service import find_people
from app.sync.apply import apply_changes, to_columns
from app.sync.protocol import Change, Cursor
from app.sync.service import KEY_CURSOR, read_state, write_state
from db.engine import Database, sqlite_url
from db.models import Person
from db.models.people import reindex_people
from tests.helpers.sync import person_row


def _changes(rows: list[dict[str, object]]) -> list[Change]:
    return [
        Change(Cursor(0, i + 1), "person", str(row["id"]), "upsert", row, str(row["hlc"]), "x")
        for i, row in enumerate(rows)
    ]


def _rows() -> list[dict[str, object]]:
    clock = HybridClock("seed")
    rows = [person_row(i, stamp=str(clock.now())) for i in range(40)]
    # Times with microseconds and another offset, dates, lists, a tombstone, a photo.
    rows[1].update(consent_at="2026-03-01T11:30:05.000123+01:30", shareholder_since="2025-02-03")
    rows[2].update(deleted_at="2026-04-01T08:00:00.5+00:00", topics=["budget", "vélo"])
    rows[3].update(photo="iVBORw0KGgo=", photo_consent=True, phone="+32 470 00 00 00")
    return rows


@pytest.fixture
def second(migrated_template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "second.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database(sqlite_url(path), clock=HybridClock("second"))
    yield database
    database.dispose()


def test_a_page_stores_what_a_core_insert_stores(database: Database, second: Database) -> None:
    rows = _rows()
    with database.engine.begin() as connection:
        apply_changes(connection, _changes(rows))
    with second.engine.begin() as connection:
        values = [to_columns("person", row) for row in rows]
        connection.execute(insert(Person), values)
        reindex_people(connection, refresh_columns=False)
    for query in ("SELECT * FROM person ORDER BY id", "SELECT * FROM person_name_word"):
        with database.engine.connect() as a, second.engine.connect() as b:
            assert sorted(a.exec_driver_sql(query).all()) == sorted(b.exec_driver_sql(query).all())
    with database.transaction() as session:
        zoe = session.get_one(Person, uuid.UUID(str(rows[9]["id"])))
        assert [p.id for p in find_people(session, "zoe9")] == [zoe.id]
        assert session.get_one(Person, uuid.UUID(str(rows[2]["id"]))).deleted_at is not None


def test_a_page_and_its_cursor_commit_together_or_not_at_all(database: Database) -> None:
    rows = _rows()
    with pytest.raises(RuntimeError), database.engine.begin() as connection:
        apply_changes(connection, _changes(rows))
        write_state(connection, **{KEY_CURSOR: "0.40"})
        raise RuntimeError("the kiosk dies before the commit")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM person").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM person_name_word").scalar() == 0
        assert KEY_CURSOR not in read_state(connection)


def test_a_renamed_person_is_found_by_the_new_name_only(
    database: Database, second: Database
) -> None:
    rows = _rows()
    with database.engine.begin() as connection:
        apply_changes(connection, _changes(rows))
    renamed = [dict(row) for row in rows[4:9]]
    for row in renamed:
        row.update(first_name="Maëlle", hlc=str(HybridClock("later").now()))
    # One page mixing people held here (renamed) and one new, given twice.
    extra = person_row(99, stamp=str(HybridClock("later").now()))
    with database.engine.begin() as connection:
        apply_changes(connection, _changes([*renamed, extra, {**extra, "first_name": "Ode"}]))
    with database.transaction() as session:
        assert len(find_people(session, "maelle")) == 5
        assert [p.first_name for p in find_people(session, "ode")] == ["Ode"]
        assert find_people(session, str(rows[4]["first_name"]).lower()) == []
    with second.engine.begin() as connection:
        connection.execute(insert(Person), [to_columns("person", row) for row in rows])
        reindex_people(connection, refresh_columns=False)
    with database.engine.begin() as connection:
        words = sorted(connection.exec_driver_sql("SELECT * FROM person_name_word").all())
        reindex_people(connection, refresh_columns=False)
        assert sorted(connection.exec_driver_sql("SELECT * FROM person_name_word").all()) == words
