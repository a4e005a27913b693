"""A name search on a public screen: nobody until the query is specific enough, never more than a
handful, never someone who chose to be found by their badge only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.people.service import (
    PUBLIC_LIMIT,
    PublicFind,
    find_people,
    find_people_publicly,
    specific_enough,
)
from db.engine import Database
from db.models import Antenna, Person, PersonKind

# Fourteen people whose first name starts with "mar", six of them "Marie D…".
MARS = [
    ("Marie", "Dupont"),
    ("Marie", "Durand"),
    ("Marie", "Delvaux"),
    ("Marie", "Dubois"),
    ("Marie", "Dumont"),
    ("Marie", "Dewit"),
    ("Marc", "Tourneur"),
    ("Marcel", "Peeters"),
    ("Marianne", "Claes"),
    ("Martine", "Janssens"),
    ("Marthe", "Goossens"),
    ("Mario", "Rossi"),
    ("Marion", "Leroy"),
    ("Margot", "Smets"),
]


@pytest.fixture
def people(database: Database) -> Database:
    with database.transaction() as session:
        rennes = Antenna(slug="rennes", name="Rennes")
        session.add(rennes)
        session.flush()
        for first, last in MARS:
            session.add(
                Person(
                    first_name=first,
                    last_name=last,
                    antenna_id=rennes.id,
                    kind=PersonKind.member,
                    # Marion chose to be found by her badge only.
                    name_search=first != "Marion",
                )
            )
    return database


def _public(database: Database, query: str) -> tuple[PublicFind, list[str]]:
    found = find_people_publicly(database, query)
    return found.outcome, [f"{p.first_name} {p.last_name}" for p in found.people]


@pytest.mark.parametrize(
    ("query", "ready"),
    [
        ("", False),
        ("m", False),
        ("mar", False),
        ("marie", False),  # a first name alone: fourteen Maries in a big antenne
        ("ma d", False),  # two letters and one: too vague
        ("mar d", True),  # three letters of the first name, one of the last
        ("marie d", True),
        ("d mar", True),  # in either order
        ("marie dupont", True),
        ("  mar   d  ", True),
        ("%% __", False),  # no letters: no words
    ],
)
def test_a_query_is_specific_enough_with_two_words_one_of_three_letters(
    query: str, ready: bool
) -> None:
    assert specific_enough(query) is ready


def test_typing_mar_lists_nobody(people: Database) -> None:
    assert len(find_people(people, "mar")) == 14  # staff's search: everyone
    assert _public(people, "mar") == (PublicFind.TOO_VAGUE, [])
    assert _public(people, "marie") == (PublicFind.TOO_VAGUE, [])


def test_more_than_a_handful_lists_nobody_and_asks_for_more(people: Database) -> None:
    assert _public(people, "marie d") == (PublicFind.TOO_MANY, [])


def test_a_specific_query_lists_at_most_a_handful(people: Database) -> None:
    outcome, names = _public(people, "marie du")
    assert outcome is PublicFind.FOUND
    assert names == ["Marie Dubois", "Marie Dumont", "Marie Dupont", "Marie Durand"]
    assert len(names) <= PUBLIC_LIMIT
    assert _public(people, "marie dupont") == (PublicFind.FOUND, ["Marie Dupont"])
    assert _public(people, "marie zz") == (PublicFind.FOUND, [])


def test_a_person_found_by_badge_only_is_never_listed(people: Database) -> None:
    assert _public(people, "marion leroy") == (PublicFind.FOUND, [])
    assert _public(people, "mar l") == (PublicFind.FOUND, [])
    # Staff still find her (facilitator screens, the command line).
    assert [p.last_name for p in find_people(people, "marion leroy")] == ["Leroy"]
    with people.session() as session:
        marion = session.scalars(select(Person).where(Person.first_name == "Marion")).one()
        assert marion.name_search is False


@pytest.mark.parametrize(
    "query",
    ["x" * 10_000, "mar " + "d" * 5000, "\x00mar d", "mar\u202ed", "'; DROP TABLE person; --"],
)
def test_hostile_queries_list_nobody_they_should_not(people: Database, query: str) -> None:
    outcome, names = _public(people, query)
    assert len(names) <= PUBLIC_LIMIT
    assert outcome in {PublicFind.TOO_VAGUE, PublicFind.FOUND, PublicFind.TOO_MANY}
    assert "Marion Leroy" not in names
