"""The hub in development mode (SQLite): enrol, push, pull, converge."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Antenna, OutboxEntry, Person
from tests.helpers.sync import Hub, KioskFactory


def test_a_person_created_on_one_kiosk_reaches_the_other(
    sqlite_hub: Hub, make_kiosk: KioskFactory
) -> None:
    sqlite_hub.add_antenna("rennes", "Rennes")
    a = make_kiosk(sqlite_hub, "kiosk-a")
    b = make_kiosk(sqlite_hub, "kiosk-b")
    with a.database.transaction() as session:
        assert session.scalar(select(Antenna.slug)) == "rennes"
        session.add(Person(first_name="Zoé", last_name="Martin", antenna_id=a.antenna_id))

    summary = a.sync()
    assert summary.pushed == 1
    b.sync()

    with b.database.transaction() as session:
        assert session.scalars(select(Person.first_name)).all() == ["Zoé"]
        # Pulled rows do not echo back into b's outbox.
        assert session.scalars(select(OutboxEntry)).all() == []


def test_another_antennes_kiosk_gets_no_email_from_the_development_hub(
    sqlite_hub: Hub, make_kiosk: KioskFactory
) -> None:
    sqlite_hub.add_antenna("rennes", "Rennes")
    sqlite_hub.add_antenna("liege", "Liège")
    a = make_kiosk(sqlite_hub, "kiosk-a")
    a2 = make_kiosk(sqlite_hub, "kiosk-a2")
    b = make_kiosk(sqlite_hub, "kiosk-b", slug="liege")
    with a.database.transaction() as session:
        session.add(
            Person(
                first_name="Zoé",
                last_name="Martin",
                email="zoe@example.org",
                phone="+32 470 00 00 00",
                antenna_id=a.antenna_id,
            )
        )
    a.sync()
    for kiosk, seen in ((b, (None, None)), (a2, ("zoe@example.org", "+32 470 00 00 00"))):
        kiosk.sync()
        with kiosk.database.transaction() as session:
            person = session.scalars(select(Person)).one()
            assert (person.first_name, person.email, person.phone) == ("Zoé", *seen)
