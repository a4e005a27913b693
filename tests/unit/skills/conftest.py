"""The skills board's taxonomy (the demo's sectors and skills), the Rennes antenne of the
configuration and Brussels, their people, and a way to write posts straight to the database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from app.context import AppContext
from db.demo_data import catalogue
from db.models import Antenna, FacilitatorAccount, Person, PersonKind
from db.models.skills import (
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillTag,
)

# Monday 7 December 2026, 10:00 in Rennes: the tests' fixed clock.
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 7)


@dataclass(frozen=True)
class World:
    rennes: uuid.UUID
    brussels: uuid.UUID
    # "Camille Durand" -> id
    people: dict[str, uuid.UUID]
    tags: dict[str, uuid.UUID]
    # Marc's facilitator account.
    facilitator: uuid.UUID

    def person(self, first: str) -> uuid.UUID:
        return self.people[first]


def seed_taxonomy(ctx: AppContext) -> dict[str, uuid.UUID]:
    tags: dict[str, uuid.UUID] = {}
    with ctx.db.transaction() as db:
        for position, (sector, label, skills) in enumerate(catalogue.SKILL_SECTORS):
            row = SkillTag(slug=sector, label=dict(label), sector="", position=position)
            db.add(row)
            db.flush()
            tags[sector] = row.id
            for place, (slug, skill_label) in enumerate(skills):
                skill = SkillTag(slug=slug, label=dict(skill_label), sector=sector, position=place)
                db.add(skill)
                db.flush()
                tags[slug] = skill.id
    return tags


def add_post(
    ctx: AppContext,
    world: World,
    author: str,
    kind: str,
    title: str,
    *,
    tags: tuple[str, ...] = (),
    description: str = "",
    modality: str = "either",
    antenna: uuid.UUID | None = None,
    expires_on: date | None = TODAY + timedelta(days=120),
    confirmed_on: date | None = TODAY,
    created_at: datetime | None = None,
    **fields: object,
) -> uuid.UUID:
    with ctx.db.transaction() as db:
        person = db.get(Person, world.person(author))
        assert person is not None
        post = SkillPost(
            person_id=person.id,
            antenna_id=antenna or person.antenna_id,
            kind=SkillPostKind(kind),
            title=title,
            description=description,
            modality=SkillModality(modality),
            expires_on=expires_on,
            confirmed_on=confirmed_on,
            **fields,
        )
        if created_at is not None:
            post.created_at = created_at
        db.add(post)
        db.flush()
        for slug in tags:
            db.add(SkillPostTag(post_id=post.id, tag_id=world.tags[slug]))
        return post.id


PEOPLE = (
    ("Camille", "Durand", "rennes"),
    ("Noor", "Janssens", "brussels"),
    ("Élodie", "Dubois", "rennes"),
    ("Marc", "Lefèvre", "rennes"),
    ("Zoé", "Abeloos", "brussels"),
)


@pytest.fixture
def world(ctx: AppContext) -> World:
    with ctx.db.transaction() as db:
        rennes = Antenna(slug="rennes", name="Rennes")
        brussels = Antenna(slug="bruxelles", name="Bruxelles", country="BE")
        db.add_all([rennes, brussels])
        db.flush()
        antennas = {"rennes": rennes.id, "brussels": brussels.id}
        people = {}
        for first, last, where in PEOPLE:
            person = Person(
                first_name=first,
                last_name=last,
                antenna_id=antennas[where],
                kind=PersonKind.member,
                email=f"{first.lower()}@example.org",
                phone="+32 470 12 34 56",
            )
            db.add(person)
            db.flush()
            people[first] = person.id
        account = FacilitatorAccount(
            name="Marc", pin_hash="-", salt="-", person_id=people["Marc"], antenna_id=rennes.id
        )
        db.add(account)
        db.flush()
        facilitator = account.id
    return World(
        rennes=antennas["rennes"],
        brussels=antennas["brussels"],
        people=people,
        tags=seed_taxonomy(ctx),
        facilitator=facilitator,
    )
