"""“How involved do you want to be?”: stored, dated, asked again, counted, exported."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from app.changes import Entity
from app.context import AppContext
from app.errors import InvalidInputError
from app.involvement import service
from db.models import PersonKind
from tests.helpers.people import add_person

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_answers_are_stored_in_order_with_the_date(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont", consent_at=NOW)
    assert service.involvement_of(ctx, person, now=NOW).due
    saved = service.save_involvement(
        ctx,
        person,
        levels=["codecision", "information"],
        topics=["events", "governance"],
        channels=["sms", "email"],
        now=NOW,
    )
    assert saved.levels == ("information", "codecision")
    assert saved.topics == ("governance", "events")
    assert saved.channels == ("email", "sms")
    assert not saved.due and saved.changes.concerns(Entity.PERSON)
    assert not service.involvement_of(ctx, person, now=NOW + timedelta(days=300)).due
    assert service.involvement_of(ctx, person, now=NOW + timedelta(days=400)).due


def test_no_news_cannot_go_with_a_channel(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont")
    with pytest.raises(InvalidInputError):
        service.save_involvement(ctx, person, levels=[], topics=[], channels=["none", "sms"])
    with pytest.raises(InvalidInputError):
        service.save_involvement(ctx, person, levels=["vote"], topics=[], channels=[])


def test_counts_and_export_only_count_people_who_consented(ctx: AppContext) -> None:
    wants = add_person(ctx, "Camille", "Dupont", consent_at=NOW, email="c@example.org")
    quiet = add_person(ctx, "Jules", "Martin", consent_at=NOW)
    never = add_person(ctx, "Zoé", "Abad", kind=PersonKind.visitor)
    for person, channels in ((wants, ["email"]), (quiet, ["none"]), (never, ["email"])):
        service.save_involvement(
            ctx,
            person,
            levels=["information", "codecision"],
            topics=["local_budget"],
            channels=channels,
            now=NOW,
        )
    counts = service.involvement_counts(ctx)
    assert counts.people == 2
    assert counts.levels["codecision"] == 2 and counts.levels["consultation"] == 0
    assert counts.topics["local_budget"] == 2
    assert counts.channels == {"email": 1, "sms": 0, "paper": 0, "none": 1}

    found = service.people_wanting(ctx, level="codecision", topic="local_budget")
    assert [p.first_name for p in found] == ["Camille"]
    assert service.people_wanting(ctx, topic="events") == []
    out = io.StringIO()
    assert service.write_csv(found, out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "id,first_name,last_name,email,phone,language,channels"
    assert lines[1].endswith(",Camille,Dupont,c@example.org,,fr,email")


def test_antenne_people_export_writes_the_csv(ctx: AppContext, tmp_path: object) -> None:
    from pathlib import Path

    from app.cli import main

    person = add_person(ctx, "Camille", "Dupont", consent_at=NOW, email="c@example.org")
    service.save_involvement(
        ctx, person, levels=["codecision"], topics=["local_budget"], channels=["email"], now=NOW
    )
    out = Path(str(tmp_path)) / "news.csv"
    args = ["people", "export", "--level", "codecision", "--topic", "local_budget"]
    assert main([*args, "--out", str(out), "--db", str(ctx.config.db_path)]) == 0
    assert (
        out.read_text(encoding="utf-8")
        .splitlines()[1]
        .endswith(",Camille,Dupont,c@example.org,,fr,email")
    )
