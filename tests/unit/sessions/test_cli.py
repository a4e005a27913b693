"""`antenne sessions list|create|cancel` on a kiosk's database: a series created, listed,
cancelled from a date on; bad input is the walk's (tests/unit/test_cli_inputs.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.cli import main
from app.context import AppContext
from db.models import AuditEntry
from db.models import Session as Sitting
from tests.helpers.people import in_rennes


def test_create_list_and_cancel_a_series(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    in_rennes(ctx)
    db = ["--db", str(ctx.config.db_path)]
    create = ["sessions", "create", "--title", "Permanence compta", "--kind", "drop_in"]
    series = ["--start", "2030-03-19T17:00", "--repeat", "weekly", "--until", "2030-04-09"]
    options = ["--except", "2030-03-26", "--capacity", "5", "--price", "12,50"]
    assert main([*create, *series, *options, *db]) == 0
    ids = capsys.readouterr().out.split()
    assert len(ids) == 3
    assert main(["sessions", "list", "--day", "2030-03-19", "--week", *db]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split("\t") == [
        ids[0],
        "2030-03-19 17:00",
        "drop_in",
        "Permanence compta",
        "5 seat(s) left",
    ]
    reason = ["--reason", "Fin de la saison"]
    assert main(["sessions", "cancel", "--session", ids[1], "--following", *reason, *db]) == 0
    assert capsys.readouterr().out == "2 session(s) cancelled; 0 person(s) will be told.\n"
    with ctx.db.session() as session:
        rows = session.scalars(select(Sitting).order_by(Sitting.starts_at)).all()
        assert [(r.cancelled, r.price_cents) for r in rows] == [
            (False, 1250),
            (True, 1250),
            (True, 1250),
        ]
        actions = set(session.scalars(select(AuditEntry.action)))
        assert actions == {"session_created", "session_cancelled"}
    assert main(["sessions", "list", "--day", "2030-04-02", *db]) == 0
    assert capsys.readouterr().out.endswith("\tcancelled\n")
