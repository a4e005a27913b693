"""“How involved do you want to be?”: stored, dated, asked again, counted, exported."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.changes import Entity
from app.context import AppContext
from app.errors import InvalidInputError
from app.facilitators.service import add_facilitator
from app.involvement import service
from db.models import AuditEntry, PersonKind
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


def test_the_kiosk_export_is_audited_and_a_refused_one_is_not(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Contact details leave the kiosk: the audit log says who exported them, and only when
    the file was written."""
    actor = add_facilitator(ctx, "Dominique", "246813").account_id
    for first, topics in (("Camille", ["local_budget"]), ("Jules", ["events", "local_budget"])):
        person = add_person(ctx, first, "Dupont", consent_at=NOW, email=f"{first}@example.org")
        service.save_involvement(
            ctx, person, levels=["codecision"], topics=topics, channels=["email"], now=NOW
        )

    def exports() -> list[dict[str, object]]:
        with ctx.db.session() as session:
            entries = session.scalars(select(AuditEntry)).all()
            return [e.details for e in entries if e.action == "involvement_export"]

    folder = tmp_path / "exports"
    done = service.export_news_csv(
        ctx, level="codecision", topics=["events", "local_budget"], folder=folder, actor=actor
    )
    assert done.count == 2 and done.path == folder / "news-codecision-events-local_budget.csv"
    assert done.path.read_text(encoding="utf-8").count("@example.org") == 2
    assert done.changes.concerns(Entity.AUDIT_ENTRY)
    assert exports() == [{"level": "codecision", "topics": ["events", "local_budget"], "people": 2}]

    with pytest.raises(InvalidInputError):
        service.export_news_csv(ctx, level=None, topics=["gossip"], folder=folder, actor=actor)
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        service.export_news_csv(ctx, level=None, topics=[], folder=blocked, actor=actor)
    assert len(exports()) == 1


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
