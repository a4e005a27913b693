"""`antenne badge issue|verify|revoke|batch` as a facilitator types them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from app.badges import service
from app.cli import main
from app.context import AppContext
from db.models import Session, SessionKind, Signup
from tests.unit.badges.conftest import People


@pytest.fixture
def db_args(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("ANTENNE_SEED_DEMO", "0")
    monkeypatch.delenv("ANTENNE_CONFIG", raising=False)
    return ["--db", str(ctx.config.db_path)]


def tokens_in(pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    found = [
        result.text
        for page in document
        for result in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())
    ]
    document.close()
    return found


def test_issue_writes_the_pdf_and_never_prints_the_token(
    people: People, db_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "badge.pdf"
    args = ["badge", "issue", "--person", str(people.member), "--layout", "cr80", "--out", str(out)]
    assert main([*args, *db_args]) == 0
    printed = capsys.readouterr()
    assert str(people.member) in printed.out and "cr80" in printed.out
    (token,) = tokens_in(out)
    assert token not in printed.out + printed.err

    assert main(["badge", "verify", token.lower(), *db_args]) == 0
    assert capsys.readouterr().out.strip() == str(people.member)


def test_verify_refuses_with_the_reason(
    ctx: AppContext, people: People, db_args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    issued = service.issue_badge(ctx, people.member)
    assert main(["badge", "revoke", "--person", str(people.member), *db_args]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["badge", "verify", issued.token, *db_args]) == 1
    printed = capsys.readouterr()
    assert printed.out == "" and "lost" in printed.err
    assert main(["badge", "verify", "ANT1-123", *db_args]) == 1
    assert "not an Antenne badge" in capsys.readouterr().err
    assert main(["badge", "verify", "ANT1-" + "0" * 26, *db_args]) == 1
    assert "not recognised" in capsys.readouterr().err


def test_issue_for_an_unknown_person_fails_plainly(
    db_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    person = uuid.uuid4()
    assert main(["badge", "issue", "--person", str(person), "--out", str(out), *db_args]) == 1
    assert str(person) in capsys.readouterr().err
    assert not out.exists()


def test_batch_from_a_file_of_people(
    ctx: AppContext,
    people: People,
    db_args: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    listing = tmp_path / "people.txt"
    listing.write_text(
        f"# welcome evening\n{people.member}\n\n{people.dutch}  # Joke\n{people.shareholder}\n"
    )
    out = tmp_path / "sheet.pdf"
    command = ["badge", "batch", "--people", str(listing), "--layout", "a4-8", "--out", str(out)]
    assert main([*command, *db_args]) == 0
    assert "3 badges" in capsys.readouterr().out
    found = {service.verify_badge(ctx, token).person_id for token in tokens_in(out)}
    assert found == {people.member, people.dutch, people.shareholder}


def test_batch_for_a_session(
    ctx: AppContext,
    people: People,
    db_args: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with ctx.db.transaction() as session:
        drop_in = Session(
            kind=SessionKind.drop_in,
            title="Permanence",
            starts_at=datetime(2026, 6, 2, 14, tzinfo=UTC),
            ends_at=datetime(2026, 6, 2, 16, tzinfo=UTC),
        )
        session.add(drop_in)
        session.flush()
        session.add(Signup(session_id=drop_in.id, person_id=people.facilitator))
        session_id = drop_in.id
    out = tmp_path / "session.pdf"
    command = ["badge", "batch", "--session", str(session_id), "--out", str(out)]
    assert main([*command, *db_args]) == 0
    capsys.readouterr()
    (token,) = tokens_in(out)
    assert service.verify_badge(ctx, token).role == "facilitator"


def test_a_bad_line_in_the_people_file_is_named(
    db_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "people.txt"
    listing.write_text("# header\nnot-an-id\n")
    out = tmp_path / "sheet.pdf"
    assert main(["badge", "batch", "--people", str(listing), "--out", str(out), *db_args]) == 1
    assert "Line 2" in capsys.readouterr().err
