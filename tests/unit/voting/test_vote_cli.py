"""`antenne vote …`: a whole vote from the command line, slips and minutes decoded."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from app.cli import main
from app.config import load_config
from app.context import AppContext
from app.voting import service
from db.engine import Database
from tests.unit.voting.conftest import build_room

VOTE = {
    "title": "Adopter le règlement d'ordre intérieur",
    "method": "motion",
    "level": "codecision",
    "channels": ["kiosk", "phone", "analog"],
    "secret": True,
    "body": "general-assembly",
    "language": "fr",
}


def decode_pdf(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            image = page.render(scale=200 / 72).to_pil()
            texts += [result.text for result in zxingcpp.read_barcodes(image)]
            page.close()
        return texts
    finally:
        document.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_a_vote_from_the_command_line(
    migrated_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vote.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.at(path, node_id="kiosk-test")
    ctx = AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=database)
    room = build_room(ctx, shareholders=10, members=0, visitors=0)
    spec = tmp_path / "vote.json"
    spec.write_text(json.dumps(VOTE), encoding="utf-8")
    db = ("--db", str(path))

    status, out = run(capsys, "vote", "create", "--from", str(spec), *db)
    assert status == 0
    vote_id = out.strip()
    uuid.UUID(vote_id)
    assert run(capsys, "vote", "open", vote_id, *db)[0] == 0
    slips = tmp_path / "slips.pdf"
    status, _ = run(
        capsys,
        "vote",
        "slips",
        vote_id,
        "--count",
        "9",
        "--out",
        str(slips),
        "--host",
        "192.168.1.20",
        "--port",
        "8765",
        *db,
    )
    assert status == 0
    urls = decode_pdf(slips)
    assert len(urls) == 9 and len(set(urls)) == 9
    assert all(u.startswith("http://192.168.1.20:8765/v/") for u in urls)

    for person in room.shareholders[:4]:
        service.mark_present(ctx, uuid.UUID(vote_id), person)
    for url, choice in zip(urls[:3], ["yes", "yes", "no"], strict=True):
        service.cast_with_code(ctx, url.rsplit("/", 1)[1], {"choice": choice})
    assert run(capsys, "vote", "close", vote_id, *db)[0] == 0
    status, out = run(capsys, "vote", "results", vote_id, *db)
    results = json.loads(out)
    assert (results["details"]["yes"], results["details"]["no"]) == (2, 1)
    assert results["turnout"]["present"] == 4 and results["turnout"]["ballots"] == 3
    assert set(results["explanation"]) == {"fr", "nl", "en"}

    status, out = run(capsys, "vote", "verify", vote_id, *db)
    assert status == 0 and out.startswith("intact: ")
    final = out.split()[-1]
    minutes = tmp_path / "minutes.pdf"
    assert run(capsys, "vote", "minutes", vote_id, "--out", str(minutes), *db)[0] == 0
    assert decode_pdf(minutes) == [final]
    assert minutes.stat().st_size < 200_000

    # Someone edits the file behind the kiosk's back: verify says so and fails.
    database.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE ballot SET content = '{\"choice\": \"yes\"}' WHERE content LIKE '%no%'"
        )
    connection.close()
    status, out = run(capsys, "vote", "verify", vote_id, *db)
    assert status == 1
    assert "added, removed or altered" in out


def test_unknown_vote_and_bad_file(
    tmp_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vote.sqlite3"
    shutil.copyfile(migrated_template, path)
    assert main(["vote", "open", str(uuid.uuid4()), "--db", str(path)]) == 1
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["vote", "create", "--from", str(bad), "--db", str(path)]) == 1
    assert "Cannot read the vote" in capsys.readouterr().err


def test_results_json_names_grades_and_options_in_words(
    tmp_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue #19: no identifier (`very_good`) reaches a person, the results' JSON included."""
    path = tmp_path / "vote.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database.at(path, node_id="kiosk-test")
    ctx = AppContext(config=load_config(environ={}, db_path=path, seed_demo=False), db=database)
    grades = ["to_reject", "poor", "fair", "good", "very_good", "excellent"]
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Thème de l'automne",
            "translations": {"en": {"title": "Autumn theme"}},
            "method": "mj",
            "grades": grades,
            "channels": ["phone"],
            "options": [
                {"label": "Droits d'auteur", "translations": {"nl": {"label": "Auteursrechten"}}},
                "Facturer",
            ],
        },
    )
    service.open_vote(ctx, vote_id)
    for code in service.issue_codes(ctx, vote_id, 2):
        service.cast_with_code(ctx, code, {"grades": {"Droits d'auteur": 4, "Facturer": 1}})
    service.close_vote(ctx, vote_id)
    status, out = run(capsys, "vote", "results", str(vote_id), "--db", str(path))
    assert status == 0
    results = json.loads(out)
    for language, text in results["explanation"].items():
        assert "very_good" not in text and "poor" not in text, (language, text)
    assert "Très bien" in results["explanation"]["fr"]
    assert "Very good" in results["explanation"]["en"]
    texts = results["texts"]
    assert texts["language"] == "fr"
    assert texts["title"] == {
        "fr": "Thème de l'automne",
        "nl": "Thème de l'automne",
        "en": "Autumn theme",
    }
    assert texts["options"][0] == {
        "label": "Droits d'auteur",
        "names": {"fr": "Droits d'auteur", "nl": "Auteursrechten", "en": "Droits d'auteur"},
    }
    assert texts["grades"]["very_good"] == {"fr": "Très bien", "nl": "Zeer goed", "en": "Very good"}
    # The kept result stays as verify recomputes it.
    assert results["winners"] == ["Droits d'auteur"]
    assert run(capsys, "vote", "verify", str(vote_id), "--db", str(path))[0] == 0
    minutes = tmp_path / "pv.pdf"
    args = ("vote", "minutes", str(vote_id), "--out", str(minutes), "--lang", "nl")
    assert run(capsys, *args, "--db", str(path))[0] == 0
    assert minutes.read_bytes().startswith(b"%PDF")
    with pytest.raises(SystemExit):
        main(["vote", "minutes", str(vote_id), "--out", str(minutes), "--lang", "de"])
    assert "invalid choice: 'de'" in capsys.readouterr().err
