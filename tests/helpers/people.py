"""The Rennes antenne (the configuration's `antenna_slug`) and its people, written straight to
the database for domain tests of the welcome desk: onboarding, involvement, journey, privacy."""

from __future__ import annotations

import uuid

from app.context import AppContext
from db.models import Antenna, Person, PersonKind


def in_rennes(ctx: AppContext) -> AppContext:
    """`ctx`, its database now holding the Rennes antenne that people and visits belong to."""
    with ctx.db.transaction() as session:
        session.add(Antenna(slug="rennes", name="Rennes"))
    return ctx


def add_person(ctx: AppContext, first: str, last: str, **fields: object) -> uuid.UUID:
    """A person of the Rennes antenne (a member unless `kind` says otherwise)."""
    fields.setdefault("kind", PersonKind.member)
    with ctx.db.transaction() as session:
        antenna = session.query(Antenna).filter_by(slug="rennes").one()
        person = Person(first_name=first, last_name=last, antenna_id=antenna.id, **fields)
        session.add(person)
        session.flush()
        return person.id
