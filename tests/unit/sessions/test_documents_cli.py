"""`antenne sessions sheet|ics`: the files they write, and the one line they say when they
cannot (the bad inputs every command shares are in tests/unit/test_cli_inputs.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import main
from app.context import AppContext
from tests.unit.sessions.conftest import Planned, add_session

MAY = datetime(2026, 5, 5, 12, tzinfo=UTC)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sheet_writes_a_pdf_and_a_csv(
    ctx: AppContext, planned: Planned, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(ctx.config.db_path)
    pdf, sheet_csv = tmp_path / "sheet.pdf", tmp_path / "sheet.csv"
    code, out, _err = _run(
        capsys,
        "sessions",
        "sheet",
        "--session",
        str(planned.session),
        "--out",
        str(pdf),
        "--db",
        db,
    )
    assert code == 0 and "4 people" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _out, _err = _run(
        capsys,
        "sessions",
        "sheet",
        "--session",
        str(planned.session),
        "--out",
        str(sheet_csv),
        "--csv",
        "--db",
        db,
    )
    assert code == 0
    assert sheet_csv.read_bytes().startswith("\ufeffSéance;".encode())


def test_ics_of_a_session_a_series_and_an_antenne(
    ctx: AppContext, planned: Planned, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(ctx.config.db_path)
    series_id = uuid.uuid4()
    for week in range(3):
        add_session(
            ctx,
            planned.antenna,
            title="Permanence",
            recurrence="FREQ=WEEKLY;BYDAY=TU",
            series_id=series_id,
            # Tuesdays of May 2026, 14:00 in Brussels (no change of time between them).
            starts_at=MAY + timedelta(weeks=week),
            ends_at=MAY + timedelta(weeks=week, hours=2),
        )
    out = tmp_path / "out.ics"
    for option, value, uid in [
        ("--session", str(planned.session), f"session-{planned.session}@antenne"),
        ("--series", str(series_id), f"series-{series_id}@antenne"),
    ]:
        code, _o, _e = _run(capsys, "sessions", "ics", option, value, "--out", str(out), "--db", db)
        assert code == 0
        [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert str(event["UID"]) == uid
        assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    # The antenne's feed: what has not ended (the fixture's sessions are in March 2026).
    code, _o, _e = _run(
        capsys, "sessions", "ics", "--antenna", "bruxelles", "--out", str(out), "--db", db
    )
    assert code == 0
    assert str(Calendar.from_ical(out.read_bytes())["X-WR-CALNAME"]) == "Bruxelles"


@pytest.mark.parametrize(
    "argv",
    [
        ("sessions", "sheet", "--session", "{unknown}", "--out", "{tmp}/x.pdf"),
        ("sessions", "ics", "--session", "{unknown}", "--out", "{tmp}/x.ics"),
        ("sessions", "ics", "--series", "{unknown}", "--out", "{tmp}/x.ics"),
        ("sessions", "ics", "--antenna", "nowhere", "--out", "{tmp}/x.ics"),
        ("sessions", "ics", "--session", "{session}", "--out", "{tmp}/missing/x.ics"),
        ("sessions", "sheet", "--session", "{session}", "--out", "{tmp}"),
    ],
)
def test_what_cannot_be_written_is_one_line_and_no_file(
    ctx: AppContext,
    planned: Planned,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    words = [
        word.format(unknown=uuid.uuid4(), session=planned.session, tmp=folder) for word in argv
    ]
    code, out, err = _run(capsys, *words, "--db", str(ctx.config.db_path))
    assert code == 1 and out == ""
    assert err.startswith("antenne: ") and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_ics_wants_exactly_one_of_session_series_antenna(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["sessions", "ics", "--out", str(tmp_path / "x.ics"), "--db", str(ctx.config.db_path)])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["sessions", "ics", "--antenna", "../etc", "--out", str(tmp_path / "x.ics")])
    assert not (tmp_path / "x.ics").exists()
