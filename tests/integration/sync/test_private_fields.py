"""A person's e-mail and phone reach only the kiosks of the person's own antenne, and a kiosk
that never received them cannot wipe them (hub on a real PostgreSQL)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.sync import service
from app.sync.protocol import OpStatus, PushOp, Refusal
from db.models import Person
from db.outbox import SCHEMA_VERSION
from hub.models import HubChange, HubRecord
from tests.helpers.sync import Hub, Kiosk, KioskFactory

EMAIL = "zoe.martin@example.org"
PHONE = "+32 470 12 34 56"


def _person(kiosk: Kiosk, person_id: uuid.UUID) -> Person:
    with kiosk.database.transaction() as session:
        return session.get_one(Person, person_id)


def _hub_row(hub: Hub, person_id: uuid.UUID) -> dict[str, object]:
    with hub.database.transaction() as session:
        return dict(session.get_one(HubRecord, ("person", str(person_id))).data)


def _members_of_two_antennes(
    hub: Hub, make_kiosk: KioskFactory
) -> tuple[Kiosk, Kiosk, Kiosk, uuid.UUID]:
    hub.add_antenna("rennes")
    hub.add_antenna("liege", "Liège")
    a = make_kiosk(hub, "kiosk-a")
    a2 = make_kiosk(hub, "kiosk-a2")
    b = make_kiosk(hub, "kiosk-b", slug="liege")
    with a.database.transaction() as session:
        person = Person(
            first_name="Zoé", last_name="Martin", email=EMAIL, phone=PHONE, antenna_id=a.antenna_id
        )
        session.add(person)
        session.flush()
        person_id = person.id
    a.sync()
    b.sync()
    a2.sync()
    return a, a2, b, person_id


def test_another_antennes_kiosk_never_receives_a_members_email_and_phone(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    _a, a2, b, person_id = _members_of_two_antennes(pg_hub, make_kiosk)
    seen_by_b = _person(b, person_id)
    assert (seen_by_b.first_name, seen_by_b.email, seen_by_b.phone) == ("Zoé", None, None)
    seen_by_a2 = _person(a2, person_id)  # the same antenne's other kiosk has them
    assert (seen_by_a2.email, seen_by_a2.phone) == (EMAIL, PHONE)
    # Not on the wire either: the page B is served carries no trace of them.
    with service.open_client(b.database, http=b.http, machine=b.machine) as client:
        wire = b.http.get("/v1/changes", params={"limit": 1000}, headers=client._headers()).text
    assert "Zoé" in wire
    assert EMAIL not in wire and PHONE not in wire
    with pg_hub.database.transaction() as session:
        logged = session.scalars(select(HubChange.payload).where(HubChange.entity == "person"))
        assert all(row["email"] == EMAIL for row in logged)  # the hub keeps them


def test_an_edit_from_another_antenne_is_refused_and_put_back(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """A person's row is their antenne's alone (`app.sync.policies.OWNERSHIP`): another
    antenne's kiosk may not change it at all (before issue #14 it could change the name)."""
    a, _a2, b, person_id = _members_of_two_antennes(pg_hub, make_kiosk)
    with b.database.transaction() as session:
        session.get_one(Person, person_id).first_name = "Zoë"
    assert b.sync().refused == 1
    a.sync()
    assert (_person(a, person_id).first_name, _person(a, person_id).email) == ("Zoé", EMAIL)
    assert _person(a, person_id).phone == PHONE
    assert _hub_row(pg_hub, person_id)["first_name"] == "Zoé"
    assert _hub_row(pg_hub, person_id)["email"] == EMAIL
    # B got the hub's row back, still without the contact details.
    assert _person(b, person_id).first_name == "Zoé"
    assert _person(b, person_id).email is None


def test_a_whole_row_from_another_antenne_is_refused_without_the_contact_details(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """A whole row with no changed columns, the private fields emptied: refused, and the answer
    carries the hub's row as B may see it (no e-mail, no phone)."""
    a, _a2, b, person_id = _members_of_two_antennes(pg_hub, make_kiosk)
    row = _hub_row(pg_hub, person_id)
    row.update(email=None, phone=None, last_name="Martin-Dubois")
    op = PushOp(
        op_id=str(uuid.uuid4()),
        entity="person",
        entity_id=str(person_id),
        operation="update",
        payload=row,
        hlc=str(b.database.clock.now()),
        schema_version=SCHEMA_VERSION,
        changed=None,
    )
    with service.open_client(b.database, http=b.http, machine=b.machine) as client:
        (result,) = client.push([op]).results
    assert (result.status, result.reason) == (OpStatus.refused, Refusal.not_your_antenne)
    assert result.row is not None
    assert (result.row["last_name"], result.row["email"], result.row["phone"]) == (
        "Martin",
        None,
        None,
    )
    stored = _hub_row(pg_hub, person_id)
    assert (stored["last_name"], stored["email"], stored["phone"]) == ("Martin", EMAIL, PHONE)
    a.sync()
    assert (_person(a, person_id).last_name, _person(a, person_id).email) == ("Martin", EMAIL)
