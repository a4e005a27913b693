"""A kiosk context on a fresh database with a few people of every role."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from app.context import AppContext
from db.models import Antenna, FacilitatorAccount, Person, PersonKind

LONG_FIRST = "Marie-Évangéline"
LONG_LAST = "de La Tour d'Auvergne-Lauraguais"


@dataclass(frozen=True)
class People:
    member: uuid.UUID
    shareholder: uuid.UUID
    visitor: uuid.UUID
    facilitator: uuid.UUID
    dutch: uuid.UUID


def add_person(ctx: AppContext, first: str, last: str, **fields: object) -> uuid.UUID:
    with ctx.db.transaction() as session:
        antenna = session.query(Antenna).filter_by(slug="rennes").one_or_none()
        if antenna is None:
            antenna = Antenna(slug="rennes", name="Rennes")
            session.add(antenna)
            session.flush()
        person = Person(first_name=first, last_name=last, antenna_id=antenna.id, **fields)
        session.add(person)
        session.flush()
        return person.id


@pytest.fixture
def people(ctx: AppContext) -> People:
    member = add_person(ctx, "Camille", "Dupont", kind=PersonKind.member)
    shareholder = add_person(
        ctx, LONG_FIRST, LONG_LAST, kind=PersonKind.member, shareholder_since=date(2024, 3, 1)
    )
    visitor = add_person(ctx, "Noor", "Haddad", kind=PersonKind.visitor, language="en")
    facilitator = add_person(ctx, "Inès", "Martin", kind=PersonKind.member)
    dutch = add_person(ctx, "Joke", "Peeters", kind=PersonKind.member, language="nl")
    with ctx.db.transaction() as session:
        session.add(
            FacilitatorAccount(name="Inès", person_id=facilitator, pin_hash="00", salt="00")
        )
    return People(member, shareholder, visitor, facilitator, dutch)
