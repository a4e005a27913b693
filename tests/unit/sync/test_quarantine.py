"""A change the kiosk cannot apply goes to the quarantine with its error; the rest of the page
is applied, and `retry_problems` applies it again once it can be."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clock import HybridClock
from app.people.service import find_people
from app.sync.apply import ApplyStats, apply_changes
from app.sync.protocol import Change, Cursor
from app.sync.service import retry_problems, sync_problems, sync_status
from db.engine import Database
from db.models import Person, QuarantinedChange, Visit
from tests.helpers.sync import person_row

CLOCK = HybridClock("hub-test")


def _person(index: int, **changes: Any) -> dict[str, Any]:
    row = person_row(index, stamp=str(CLOCK.now()))
    row.update(changes)
    return row


def _change(row: dict[str, Any], seq: int, *, entity: str = "person", op: str = "upsert") -> Change:
    return Change(
        Cursor(7, seq), entity, str(row.get("id")), op, row, str(row.get("hlc", "")), "kiosk-x"
    )


def _apply(database: Database, changes: list[Change]) -> ApplyStats:
    with database.engine.begin() as connection:
        return apply_changes(connection, changes)


def _people(database: Database) -> set[str]:
    with database.transaction() as session:
        return {str(person_id) for person_id in session.scalars(select(Person.id))}


def _quarantine(database: Database) -> dict[str, str]:
    with database.engine.connect() as connection:
        rows = connection.execute(select(QuarantinedChange.entity_id, QuarantinedChange.error))
        return {str(entity_id): str(error) for entity_id, error in rows}


POISONED: list[tuple[str, dict[str, Any], str]] = [
    ("a row id that is not a UUID", {"id": "not-a-uuid"}, "id:"),
    ("another", {"id": "nope"}, "id:"),
    ("an unknown kind", {"kind": "alien"}, "kind:"),
    ("a date that is not one", {"created_at": "garbage"}, "created_at:"),
    ("an antenne id that is not a UUID", {"antenna_id": "zzz"}, "antenna_id:"),
    ("a number for a name", {"first_name": 12345}, "first_name:"),
    ("text for a yes/no", {"photo_consent": "yes"}, "photo_consent:"),
    ("a naive time", {"consent_at": "2026-03-01T10:00:00"}, "consent_at:"),
    ("a lone surrogate in a name", {"last_name": "Mar\ud800tin"}, "Error"),
    ("no last name at all", {"last_name": None}, "last_name"),
]


@pytest.mark.parametrize(("what", "poison", "named"), POISONED, ids=[p[0] for p in POISONED])
def test_a_poisoned_row_is_quarantined_and_the_rest_of_the_page_applied(
    database: Database, what: str, poison: dict[str, Any], named: str
) -> None:
    rows = [_person(index) for index in range(12)]
    bad = {**rows[5], **poison}
    changes = [_change(row, seq) for seq, row in enumerate([*rows[:5], bad, *rows[6:]], 1)]
    stats = _apply(database, changes)
    assert [change.entity_id for change in stats.quarantined] == [str(bad["id"])]
    good = {str(row["id"]) for index, row in enumerate(rows) if index != 5}
    assert _people(database) == good
    quarantined = _quarantine(database)
    assert list(quarantined) == [str(bad["id"]).encode("utf-8", "backslashreplace").decode()]
    assert named in next(iter(quarantined.values()))
    # The good rows are found by name: the index was written with them.
    with database.transaction() as session:
        assert [str(p.id) for p in find_people(session, str(rows[7]["first_name"]))] == [
            str(rows[7]["id"])
        ]


def test_the_raw_change_is_kept_whole_with_its_cursor(database: Database) -> None:
    bad = _person(1, kind="alien", first_name="Zo\ud800é")
    _apply(database, [_change(bad, 42)])
    with database.engine.connect() as connection:
        (entry,) = connection.execute(select(QuarantinedChange)).all()
    assert (entry.entity, entry.op, entry.cursor, entry.origin) == (
        "person",
        "upsert",
        "7.42",
        "kiosk-x",
    )
    assert entry.hlc == bad["hlc"]
    assert json.loads(entry.row) == bad
    assert "alien" in entry.error


def test_a_purge_of_an_id_that_is_not_a_uuid_is_quarantined(database: Database) -> None:
    rows = [_person(index) for index in range(3)]
    purge = Change(Cursor(7, 2), "person", "not-a-uuid", "purge", {"id": "not-a-uuid"}, "", "x")
    stats = _apply(database, [_change(rows[0], 1), purge, _change(rows[1], 3)])
    assert [change.op for change in stats.quarantined] == ["purge"]
    assert _people(database) == {str(rows[0]["id"]), str(rows[1]["id"])}
    assert "entity_id" in _quarantine(database)["not-a-uuid"]


def test_a_row_naming_another_row_than_its_change_is_quarantined(database: Database) -> None:
    victim = _person(1)
    _apply(database, [_change(victim, 1)])
    forged = {**victim, "first_name": "Mallory"}
    change = Change(Cursor(7, 2), "person", str(uuid.uuid4()), "upsert", forged, "z", "x")
    stats = _apply(database, [change])
    assert stats.quarantined == [change]
    with database.transaction() as session:
        assert session.get_one(Person, uuid.UUID(victim["id"])).first_name == victim["first_name"]


@pytest.mark.parametrize("entity", ["outbox", "ballot", "voter_roll", "sync_state"])
def test_a_change_to_a_table_the_hub_never_writes_is_quarantined(
    database: Database, entity: str
) -> None:
    row = {"id": str(uuid.uuid4()), "vote_id": str(uuid.uuid4())}
    stats = _apply(database, [_change(row, 1, entity=entity)])
    assert len(stats.quarantined) == 1
    assert "not taken from the hub" in _quarantine(database)[row["id"]]


def test_an_unknown_operation_is_quarantined(database: Database) -> None:
    row = _person(1)
    stats = _apply(database, [_change(row, 1, op="explode")])
    assert len(stats.quarantined) == 1
    assert _people(database) == set()


def test_a_table_this_kiosk_does_not_have_is_kept_for_after_an_update(
    database: Database,
) -> None:
    """A newer hub's entity: `antenne sync retry` applies it once the kiosk knows the table."""
    row_id = str(uuid.uuid4())
    stats = _apply(database, [_change({"id": row_id}, 1, entity="hologram")])
    assert len(stats.quarantined) == 1
    assert "hologram" in _quarantine(database)[row_id]


@pytest.mark.parametrize(
    "item",
    [
        "not an object",
        {"cursor": "1.1", "entity": "person", "entity_id": "x", "op": "upsert", "row": [1, 2]},
        {"cursor": "one", "entity": "person", "entity_id": "x", "op": "upsert", "row": {}},
        {"cursor": "1.1", "entity": "person", "entity_id": "x", "row": {"id": "x"}},
    ],
)
def test_a_change_the_kiosk_cannot_read_is_quarantined_and_the_page_applied(
    database: Database, item: object
) -> None:
    good = _person(2)
    stats = _apply(database, [Change.from_json(item), _change(good, 2)])
    assert len(stats.quarantined) == 1
    assert _people(database) == {good["id"]}


def test_a_later_good_version_of_the_row_replaces_its_quarantined_one(database: Database) -> None:
    row = _person(1)
    _apply(database, [_change({**row, "kind": "alien"}, 1)])
    assert list(_quarantine(database)) == [row["id"]]
    _apply(database, [_change({**row, "kind": "alien", "first_name": "Again"}, 2)])
    with database.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(QuarantinedChange)) == 1
    _apply(database, [_change(row, 3)])
    assert _quarantine(database) == {}
    assert _people(database) == {row["id"]}


def _visit(person_id: str) -> dict[str, Any]:
    now = "2026-03-01T10:00:00+00:00"
    return {
        "id": str(uuid.uuid4()),
        "person_id": person_id,
        "antenna_id": None,
        "checked_in_at": now,
        "checked_out_at": None,
        "purpose": "",
        "created_at": now,
        "updated_at": now,
        "hlc": str(CLOCK.now()),
        "origin": "kiosk-x",
        "deleted_at": None,
    }


def test_retry_applies_what_now_applies_and_keeps_the_rest_with_its_new_error(
    database: Database,
) -> None:
    person = _person(1)
    # A visit of someone this kiosk does not hold yet: a constraint it cannot settle now.
    visit = _visit(person["id"])
    alien = _person(2, kind="alien")
    stats = _apply(database, [_change(visit, 1, entity="visit"), _change(alien, 2)])
    assert len(stats.quarantined) == 2
    status = sync_status(database)
    assert status.quarantined_changes == 2
    problems = sync_problems(database)
    assert [(line.entity, line.entity_id) for line in problems.quarantined] == [
        ("visit", visit["id"]),
        ("person", alien["id"]),
    ]
    assert "FOREIGN KEY" in problems.quarantined[0].error

    _apply(database, [_change(person, 3)])
    outcome = retry_problems(database)
    assert (outcome.applied, outcome.still_quarantined) == (1, 1)
    with database.transaction() as session:
        assert session.get(Visit, uuid.UUID(visit["id"])) is not None
    assert list(_quarantine(database)) == [alien["id"]]
    assert "alien" in _quarantine(database)[alien["id"]]
    assert sync_status(database).quarantined_changes == 1


def test_retry_with_nothing_to_retry_changes_nothing(database: Database) -> None:
    outcome = retry_problems(database)
    assert (outcome.applied, outcome.still_quarantined, outcome.requeued) == (0, 0, 0)
