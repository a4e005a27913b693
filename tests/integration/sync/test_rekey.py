"""A kiosk that ran before its enrolment (the demo) knew its antenne under its own id: at
enrolment its rows take the hub's id, and the hub accepts them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from app.sync import service
from db.engine import Database
from db.models import Antenna, OutboxEntry, Person, Session, SessionKind
from tests.helpers.sync import Hub, Kiosk, KioskFactory


def _local_antenne(
    database: Database, slug: str, *, outbox: bool = True
) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """An antenne row, someone of that antenne and one of its sessions, made offline (without
    `outbox`: seeded like the demo, nothing to push)."""
    with database.transaction() as session:
        session.info["outbox"] = outbox
        antenna = Antenna(slug=slug, name="Rennes (démo)")
        session.add(antenna)
        session.flush()
        person = Person(first_name="Zoé", last_name="Martin", antenna_id=antenna.id)
        drop_in = Session(
            kind=SessionKind.drop_in,
            antenna_id=antenna.id,
            title="Drop-in",
            starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
            capacity=3,
        )
        session.add_all([person, drop_in])
        session.flush()
        return antenna.id, person.id, drop_in.id


def test_local_rows_take_the_hubs_antenne_id_at_enrolment(
    pg_hub: Hub, make_kiosk: KioskFactory, database: Database
) -> None:
    hub_id = uuid.UUID(pg_hub.add_antenna("rennes"))
    local_id, person_id, session_id = _local_antenne(database, "rennes")
    assert local_id != hub_id
    demo = Kiosk("kiosk-demo", database, pg_hub.client, machine="machine-demo", hub_url=pg_hub.url)

    enrolled = demo.enroll(pg_hub.code("rennes"))

    assert enrolled.rekeyed_from == local_id
    with database.transaction() as session:
        assert session.scalars(select(Antenna.id)).all() == [hub_id]
        assert session.get_one(Person, person_id).antenna_id == hub_id
        assert session.get_one(Session, session_id).antenna_id == hub_id
        # The operations not yet sent name the hub's antenne; the kiosk's antenne row is moot.
        payloads = [e.payload for e in session.scalars(select(OutboxEntry))]
        assert {p.get("antenna_id") for p in payloads} == {str(hub_id)}
    summary = demo.sync()
    assert summary.refused == 0
    assert summary.pushed == 2

    # Another kiosk of the antenne receives both, pointing at the antenne it knows.
    other = make_kiosk(pg_hub, "kiosk-b")
    with other.database.transaction() as session:
        assert session.get_one(Person, person_id).antenna_id == hub_id
        assert session.get_one(Session, session_id).antenna_id == hub_id


def test_a_configured_slug_other_than_the_hubs_is_adopted_too(
    pg_hub: Hub, database: Database
) -> None:
    hub_id = uuid.UUID(pg_hub.add_antenna("rennes-centre"))
    local_id, person_id, _session_id = _local_antenne(database, "rennes")
    enrolled = service.enroll(
        database,
        hub_url=pg_hub.url,
        code=pg_hub.code("rennes-centre"),
        http=pg_hub.client,
        machine="machine-demo",
        local_slug="rennes",
    )
    assert enrolled.rekeyed_from == local_id
    with database.transaction() as session:
        assert session.get_one(Antenna, hub_id).slug == "rennes-centre"
        assert session.get_one(Person, person_id).antenna_id == hub_id
    summary = service.sync_now(database, http=pg_hub.client, machine="machine-demo")
    assert summary.refused == 0


def test_another_antenne_known_locally_takes_the_hubs_id_when_pulled(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    local_liege, person_id, _ = _local_antenne(kiosk.database, "liege", outbox=False)
    hub_liege = uuid.UUID(pg_hub.add_antenna("liege"))
    kiosk.sync()
    with kiosk.database.transaction() as session:
        assert session.get(Antenna, local_liege) is None
        assert session.get_one(Antenna, hub_liege).slug == "liege"
        assert session.get_one(Person, person_id).antenna_id == hub_liege
