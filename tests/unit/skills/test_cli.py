"""`antenne skills list|search|matches` on a kiosk's database; hostile input fails in one line
(the walk over every command in tests/unit/test_cli_inputs.py covers the ids and the database)."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.context import AppContext
from tests.unit.skills.conftest import World, add_post


@pytest.fixture
def db(ctx: AppContext, world: World) -> list[str]:
    # No expiry: the command counts days from the real today.
    add_post(
        ctx,
        world,
        "Camille",
        "need",
        "Aide en comptabilité",
        tags=("accounting",),
        expires_on=None,
    )
    add_post(
        ctx, world, "Élodie", "offer", "Je tiens des comptes", tags=("accounting",), expires_on=None
    )
    add_post(ctx, world, "Noor", "offer", "Fotografie", tags=("photography",), expires_on=None)
    return ["--db", str(ctx.config.db_path)]


def test_list_and_search(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["skills", "list", *db]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(kind, author, title) for _, kind, author, title, _ in lines] == [
        ("offer", "Élodie D.", "Je tiens des comptes"),
        ("need", "Camille D.", "Aide en comptabilité"),
        ("offer", "Noor J.", "Fotografie"),
    ]
    assert main(["skills", "list", "--kind", "need", "--limit", "1", *db]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("\tAide en comptabilité\taccounting")
    assert main(["skills", "search", "BOEKHOUD", "--json", *db]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {card["title"] for card in found} == {"Aide en comptabilité", "Je tiens des comptes"}
    assert found[0]["tags"] == ["accounting"]
    assert "@" not in json.dumps(found) and "470" not in json.dumps(found)


def test_matches(
    ctx: AppContext, world: World, db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    person = str(world.person("Camille"))
    assert main(["skills", "matches", "--person", person, *db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("need: Aide en comptabilité")
    assert "\tJe tiens des comptes\t" in out[1]
    assert main(["skills", "matches", "--person", person, "--json", *db]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["first_name"] == "Camille"
    assert [m["post"]["author"] for m in found["needs"][0]["matches"]] == ["Élodie D."]
    assert main(["skills", "matches", "--person", str(world.person("Marc")), *db]) == 0
    assert capsys.readouterr().out == "Marc: no live post.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", ""], "Nothing to search for"),
        (["search", "   "], "Nothing to search for"),
        (["search", '"*:-()'], "Nothing to search for"),
        (["search", "x" * 10_000], "too long"),
        (["search", "compta", "--limit", "0"], "limit"),
        (["list", "--limit", "100000"], "limit"),
        (["matches", "--person", "not-an-id"], "Not a person id"),
        (["matches", "--person", "'; DROP TABLE person;--"], "Not a person id"),
        (["matches", "--person", "00000000-0000-0000-0000-000000000000"], "no longer known"),
    ],
)
def test_hostile_input_is_one_line(
    db: list[str], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["skills", *argv, *db]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err


def test_odd_but_searchable_input_works(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    for query in ("(compta)", "compta*", '"compta"', "compta 🙂", "compta:"):
        assert main(["skills", "search", query, *db]) == 0
        assert "Aide en comptabilité" in capsys.readouterr().out
