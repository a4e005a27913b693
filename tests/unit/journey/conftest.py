"""A kiosk context (Rennes, Europe/Paris, 90 days' retention, closing at 18:00) whose events
reach the application's listeners, as the kiosk's do: the journey ticks its steps from them."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.application import with_listeners
from app.config import load_config
from app.context import AppContext
from db.engine import Database
from db.models import Antenna, Person, PersonKind


@pytest.fixture
def ctx(database: Database, tmp_path: Path) -> AppContext:
    config = load_config(
        environ={}, db_path=tmp_path / "antenne.sqlite3", seed_demo=False, timezone="Europe/Paris"
    )
    with database.transaction() as session:
        session.add(Antenna(slug="rennes", name="Rennes"))
    return with_listeners(AppContext(config=config, db=database))


def add_person(ctx: AppContext, first: str, last: str, **fields: object) -> uuid.UUID:
    fields.setdefault("kind", PersonKind.member)
    with ctx.db.transaction() as session:
        antenna = session.query(Antenna).filter_by(slug="rennes").one()
        person = Person(first_name=first, last_name=last, antenna_id=antenna.id, **fields)
        session.add(person)
        session.flush()
        return person.id
