"""Finding people by name as they are typed at the welcome desk."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest

from app.clock import utcnow
from app.people import cli as people_cli
from app.people.service import find_people
from db.engine import Database
from db.models import Antenna, Person, PersonKind
from db.models.people import reindex_people

NAMES = [
    ("Marie-Évangéline", "de La Tour d'Auvergne"),
    ("Zoé", "D'Hondt"),
    ("Jean-Baptiste", "Van den Broeck"),
    ("Lætitia", "Cœur"),
    ("Émile", "Lefèvre"),
    ("Marc", "Tourneur"),
    ("Anne", "Le Goff"),
]


@pytest.fixture
def people(database: Database) -> Database:
    with database.transaction() as session:
        rennes = Antenna(slug="rennes", name="Rennes")
        session.add(rennes)
        session.flush()
        for first, last in NAMES:
            session.add(
                Person(
                    first_name=first,
                    last_name=last,
                    antenna_id=rennes.id,
                    kind=PersonKind.member,
                    shareholder_since=date(2023, 1, 1) if first == "Zoé" else None,
                )
            )
    return database


def _names(database: Database, query: str, **kwargs: int | None) -> list[str]:
    return [f"{p.first_name} {p.last_name}" for p in find_people(database, query, **kwargs)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mar tour", ["Marie-Évangéline de La Tour d'Auvergne", "Marc Tourneur"]),
        ("MARIE-EVANGELINE", ["Marie-Évangéline de La Tour d'Auvergne"]),
        ("évangéline", ["Marie-Évangéline de La Tour d'Auvergne"]),
        ("auvergne", ["Marie-Évangéline de La Tour d'Auvergne"]),  # after the apostrophe
        ("d'hondt", ["Zoé D'Hondt"]),
        ("d’Hondt", ["Zoé D'Hondt"]),  # typographic apostrophe
        ("hondt zoe", ["Zoé D'Hondt"]),  # any order
        ("dhondt", ["Zoé D'Hondt"]),  # apostrophe left out
        ("vandenbr", ["Jean-Baptiste Van den Broeck"]),  # particles typed run together
        ("jeanbaptiste", ["Jean-Baptiste Van den Broeck"]),
        ("van den", ["Jean-Baptiste Van den Broeck"]),  # particles
        ("baptiste", ["Jean-Baptiste Van den Broeck"]),
        ("laetitia coeur", ["Lætitia Cœur"]),  # ligatures typed as two letters
        ("lefevre", ["Émile Lefèvre"]),
        ("goff", ["Anne Le Goff"]),
        ("tour xyz", []),  # every word must match
        ("our", []),  # prefixes only, not infixes
    ],
)
def test_accent_case_and_punctuation_insensitive(
    people: Database, query: str, expected: list[str]
) -> None:
    assert _names(people, query) == expected


def test_empty_query_lists_everyone_by_last_then_first_name(people: Database) -> None:
    assert _names(people, "  ") == [
        "Lætitia Cœur",
        "Zoé D'Hondt",
        "Marie-Évangéline de La Tour d'Auvergne",
        "Anne Le Goff",
        "Émile Lefèvre",
        "Marc Tourneur",
        "Jean-Baptiste Van den Broeck",
    ]
    assert len(_names(people, "", limit=3)) == 3


def test_summaries_say_kind_antenna_and_shares(people: Database) -> None:
    [zoe] = find_people(people, "zoe")
    assert (zoe.kind, zoe.antenna, zoe.is_member, zoe.is_shareholder) == (
        PersonKind.member,
        "Rennes",
        True,
        True,
    )


def test_soft_deleted_people_are_not_found_and_renamed_people_are(people: Database) -> None:
    with people.transaction() as session:
        [zoe] = [p for p in session.query(Person) if p.first_name == "Zoé"]
        zoe.deleted_at = utcnow()
        [marc] = [p for p in session.query(Person) if p.first_name == "Marc"]
        marc.last_name = "Dubœuf"
    assert _names(people, "zoe") == []
    assert "Zoé D'Hondt" not in _names(people, "")
    assert _names(people, "tourneur") == []
    assert _names(people, "duboeuf") == ["Marc Dubœuf"]


def test_a_page_is_full_even_when_people_match_twice(database: Database) -> None:
    with database.transaction() as session:
        for i in range(30):
            session.add(Person(first_name=f"Léa{i:02d}", last_name="Le Leroux"))
    found = find_people(database, "le", limit=20)
    assert len(found) == len({p.id for p in found}) == 20
    assert len(find_people(database, "le", limit=None)) == 30


def test_reindex_rebuilds_the_search_index_after_core_writes(people: Database) -> None:
    with people.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM person_name_word")
    assert _names(people, "goff") == []
    with people.engine.begin() as connection:
        assert reindex_people(connection) == len(NAMES)
    assert _names(people, "goff") == ["Anne Le Goff"]


def test_cli_prints_json(
    people: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTENNE_SEED_DEMO", "0")
    parser = argparse.ArgumentParser()
    people_cli.add_commands(parser.add_subparsers())
    db_path = Path(people.url.removeprefix("sqlite:///"))
    args = parser.parse_args(["people", "find", "mar tour", "--json", "--db", str(db_path)])
    assert args.handler(args) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(p["first_name"], p["kind"]) for p in found] == [
        ("Marie-Évangéline", "member"),
        ("Marc", "member"),
    ]
    assert {"id", "first_name", "last_name", "kind"} <= set(found[0])
