"""`antenne sync status` lists what could not be synced; `antenne sync retry` tries it again,
and the audit log says so."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select, update

from app.cli import main
from app.clock import HybridClock, utcnow
from app.sync.apply import apply_changes
from app.sync.protocol import Change, Cursor
from db.engine import Database
from db.models import AuditEntry, OutboxEntry, Person
from tests.helpers.sync import person_row


@pytest.fixture
def db_args(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("ANTENNE_SEED_DEMO", "0")
    monkeypatch.delenv("ANTENNE_CONFIG", raising=False)
    return ["--db", database.url.removeprefix("sqlite:///")]


def _problems(database: Database) -> tuple[str, uuid.UUID]:
    """One change from the hub this kiosk cannot take, one of its operations parked."""
    row = person_row(1, stamp=str(HybridClock("hub").now()))
    row["kind"] = "alien"
    with database.engine.begin() as connection:
        apply_changes(
            connection, [Change(Cursor(3, 9), "person", row["id"], "upsert", row, "", "x")]
        )
    with database.transaction() as session:
        person = Person(first_name="Zoé", last_name="Martin")
        session.add(person)
    with database.engine.begin() as connection:
        connection.execute(
            update(OutboxEntry).values(
                parked_at=utcnow(),
                last_result={"status": "refused", "reason": "invalid_payload"},
            )
        )
    return str(row["id"]), person.id


def test_status_lists_quarantined_changes_and_parked_ops(
    database: Database, db_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    quarantined_id, person_id = _problems(database)
    assert main(["sync", "status", *db_args]) == 0
    printed = capsys.readouterr()
    data = json.loads(printed.out)
    assert (data["quarantined_changes"][0]["entity_id"], data["pending_ops"]) == (
        quarantined_id,
        0,
    )
    (change,) = data["quarantined_changes"]
    assert change["entity"] == "person" and change["cursor"] == "3.9"
    assert "kind" in change["error"] and "alien" in change["error"]
    (op,) = data["parked_ops"]
    assert (op["entity"], op["entity_id"], op["reason"]) == (
        "person",
        str(person_id),
        "refused: invalid_payload",
    )
    assert op["at"] and change["at"]
    # In words for a person, on stderr.
    assert "1 change(s) from the hub could not be applied" in printed.err
    assert f"person {quarantined_id}: kind" in printed.err
    assert "1 operation(s) of this kiosk refused by the hub" in printed.err


def test_status_without_problems_says_nothing_more(
    database: Database, db_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "status", *db_args]) == 0
    printed = capsys.readouterr()
    data = json.loads(printed.out)
    assert (data["quarantined_changes"], data["parked_ops"]) == ([], [])
    assert printed.err == ""


def test_retry_requeues_parked_ops_keeps_what_still_fails_and_is_audited(
    database: Database, db_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    quarantined_id, _person_id = _problems(database)
    assert main(["sync", "retry", *db_args]) == 0
    printed = capsys.readouterr()
    assert json.loads(printed.out) == {"applied": 0, "still_quarantined": 1, "requeued": 1}
    assert "1 change(s) still cannot be applied" in printed.err
    assert main(["sync", "status", *db_args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pending_ops"] >= 1 and data["parked_ops"] == []
    assert [c["entity_id"] for c in data["quarantined_changes"]] == [quarantined_id]
    with database.transaction() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "sync_retry"))
        assert entry.details == {
            "via": "cli",
            "applied": 0,
            "still_quarantined": 1,
            "requeued": 1,
        }
