"""A kiosk context on a fresh database with a room of people and two governance bodies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from app.context import AppContext
from db.models import Antenna, Body, BodyKind, Person, PersonKind

GA_RULES = {
    "quorum": {"count": "present", "of": "entitled", "ratio": 0.1},
    "base": "cast",
    "majority": "simple",
    "proxy_cap": 1,
}
BOARD_RULES = {"base": "cast", "majority": "simple", "proxy_cap": 2}


@dataclass(frozen=True)
class Room:
    shareholders: list[uuid.UUID]
    members: list[uuid.UUID]
    visitors: list[uuid.UUID]


def add_people(
    ctx: AppContext, count: int, kind: PersonKind, *, shareholder: bool
) -> list[uuid.UUID]:
    with ctx.db.transaction() as session:
        antenna = session.query(Antenna).filter_by(slug="rennes").one_or_none()
        if antenna is None:
            antenna = Antenna(slug="rennes", name="Rennes")
            session.add(antenna)
            session.flush()
        people = [
            Person(
                first_name=f"{kind.value.title()}{i}",
                last_name=f"Nom{i}",
                kind=kind,
                antenna_id=antenna.id,
                shareholder_since=date(2024, 1, 1) if shareholder else None,
            )
            for i in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [person.id for person in people]


def build_room(
    ctx: AppContext, *, shareholders: int = 30, members: int = 5, visitors: int = 3
) -> Room:
    with ctx.db.transaction() as session:
        session.add(Body(slug="general-assembly", kind=BodyKind.general_assembly, rules=GA_RULES))
        session.add(Body(slug="board", kind=BodyKind.board, rules=BOARD_RULES))
    return Room(
        shareholders=add_people(ctx, shareholders, PersonKind.member, shareholder=True),
        members=add_people(ctx, members, PersonKind.member, shareholder=False),
        visitors=add_people(ctx, visitors, PersonKind.visitor, shareholder=False),
    )


@pytest.fixture
def room(ctx: AppContext) -> Room:
    return build_room(ctx)
