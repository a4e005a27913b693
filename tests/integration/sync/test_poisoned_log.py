"""Nothing in the hub's change log can stop a kiosk from pulling (issue #14, findings 1, 9
and 10), against the real hub on PostgreSQL with kiosks of two antennes.

Poisoned rows are written straight into the change log, as a hub from before the push
validation (or a bug) could hold them: the kiosks quarantine them, pull on past them and keep
converging."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from app.context import AppContext
from app.onboarding.service import register_visitor
from app.onboarding.types import VisitorForm
from app.sync import service
from db.engine import Database
from db.models import Person
from hub.models import HubChange
from hub.service.meta import txid_expr
from tests.helpers.kiosk import kiosk_config
from tests.helpers.sync import Hub, Kiosk, KioskFactory, person_row

EMAIL = "zoe.martin@example.org"
PHONE = "+32 470 12 34 56"


def _poison(hub: Hub, changes: list[dict[str, Any]]) -> None:
    """Rows in the hub's change log that no kiosk push put there (shared with every kiosk)."""
    with hub.database.transaction() as session:
        session.execute(
            insert(HubChange).values(txid=txid_expr(session)),
            [
                {
                    "entity": change.get("entity", "person"),
                    "entity_id": change["entity_id"],
                    "op": change.get("op", "upsert"),
                    "payload": change["payload"],
                    "hlc": str(change["payload"].get("hlc", "")),
                    "origin": "kiosk-evil",
                    "scope_antenna_id": None,
                }
                for change in changes
            ],
        )


def _poisoned_people(hub: Hub) -> list[dict[str, Any]]:
    def person(index: int, **bad: Any) -> dict[str, Any]:
        row = person_row(index, stamp=str(hub.clock.now()))
        row.update(bad)
        return {"entity_id": str(row["id"]), "payload": row}

    return [
        person(1, id="not-a-uuid"),
        person(2, kind="alien"),
        person(3, created_at="garbage"),
        person(4, antenna_id="zzz"),
        person(5, first_name=12345),
        person(6, id="nope"),
        {"entity_id": "purge-not-a-uuid", "op": "purge", "payload": {"id": "purge-not-a-uuid"}},
    ]


def _names(kiosk: Kiosk) -> set[str]:
    with kiosk.database.transaction() as session:
        return set(session.scalars(select(Person.first_name)))


def _add(kiosk: Kiosk, first: str) -> uuid.UUID:
    with kiosk.database.transaction() as session:
        person = Person(first_name=first, last_name="Martin", antenna_id=kiosk.antenna_id)
        session.add(person)
        session.flush()
        return person.id


def test_poisoned_rows_are_quarantined_and_every_kiosk_pulls_on(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege", "Liège")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b", slug="liege")
    _add(a, "Avant")
    a.sync()
    poisoned = _poisoned_people(pg_hub)
    _poison(pg_hub, poisoned)
    _add(a, "Après")
    assert a.sync().quarantined == len(poisoned)
    assert b.sync().quarantined == len(poisoned)

    for kiosk in (a, b):
        status = service.sync_status(kiosk.database)
        assert status.quarantined_changes == len(poisoned)
        assert status.last_error == ""
        assert {"Avant", "Après"} <= _names(kiosk)
        # The cursor moved past them: the next pull brings nothing again.
        again = kiosk.sync()
        assert (again.pulled, again.quarantined) == (0, 0)
    errors = [line.error for line in service.sync_problems(b.database).quarantined]
    for named in ("id:", "kind:", "created_at:", "antenna_id:", "first_name:", "entity_id:"):
        assert any(error.startswith(named) for error in errors), named

    # Both antennes' kiosks keep converging afterwards.
    _add(b, "Liégeoise")
    b.sync()
    a.sync()
    _add(a, "Rennaise")
    a.sync()
    b.sync()
    assert _names(a) == _names(b) >= {"Avant", "Après", "Liégeoise", "Rennaise"}

    # An upgrade would make them apply; here they still cannot, and stay with their error.
    outcome = service.retry_problems(b.database)
    assert (outcome.applied, outcome.still_quarantined) == (0, len(poisoned))


def test_a_visitor_registered_before_the_first_pull_keeps_their_contact_details(
    pg_hub: Hub, make_kiosk: KioskFactory, database: Database, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege", "Liège")
    fresh = Kiosk(
        "kiosk-fresh", database, pg_hub.client, machine="machine-fresh", hub_url=pg_hub.url
    )
    fresh.enroll(pg_hub.code("rennes"))
    ctx = AppContext(config=kiosk_config(tmp_path), db=database)
    done = register_visitor(
        ctx,
        VisitorForm(first_name="Zoé", last_name="Martin", email=EMAIL, phone=PHONE),
        consent=True,
    )
    with database.transaction() as session:
        assert session.get_one(Person, done.person_id).antenna_id == fresh.antenna_id

    fresh.sync()
    fresh.sync()
    a2 = make_kiosk(pg_hub, "kiosk-a2")
    b = make_kiosk(pg_hub, "kiosk-b", slug="liege")

    def contact(kiosk: Kiosk) -> tuple[str, str | None, str | None]:
        with kiosk.database.transaction() as session:
            person = session.get_one(Person, done.person_id)
            return person.first_name, person.email, person.phone

    assert contact(fresh) == ("Zoé", EMAIL, PHONE)
    assert contact(a2) == ("Zoé", EMAIL, PHONE)
    assert contact(b) == ("Zoé", None, None)


def test_an_op_the_hub_cannot_take_is_parked_and_said_and_the_rest_flows(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    a2 = make_kiosk(pg_hub, "kiosk-a2")
    # A NUL in a name: the hub cannot store it (an error, or a refusal as invalid).
    _add(a, "Zo\x00é")
    for _round in range(service.MAX_ERRORS):
        a.sync()
        status = service.sync_status(a.database)
        if status.parked_ops:
            break
        # Not an empty "last error" with a change waiting for ever.
        assert status.pending_ops == 1
        assert "error" in status.last_error
    status = service.sync_status(a.database)
    assert (status.pending_ops, status.parked_ops) == (0, 1)
    (parked,) = service.sync_problems(a.database).parked
    assert parked.entity == "person"
    _add(a, "Inès")
    a.sync()
    a2.sync()
    assert "Inès" in _names(a2)
    assert service.sync_status(a.database).pending_ops == 0
