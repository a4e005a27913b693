"""Per person: everything held is exported (never a ballot), and erased on request by the
purge's rules (profile removed or emptied, badges revoked, outbox left with ids only)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.application import with_listeners
from app.audit import record_audit
from app.badges.errors import UnknownBadgeError
from app.badges.service import issue_badge, verify_badge
from app.changes import Entity
from app.cli import main
from app.context import AppContext
from app.errors import NotFoundError
from app.facilitators.service import add_facilitator
from app.involvement.service import save_involvement
from app.journey.service import complete_step
from app.onboarding import service
from app.onboarding.types import VisitorForm
from app.people.service import find_people
from app.privacy.service import erase_person, export_person
from db.models import (
    AuditEntry,
    Ballot,
    Body,
    BodyKind,
    JourneyProgress,
    Mandate,
    OutboxEntry,
    OutboxOperation,
    Person,
    Session,
    SessionKind,
    Signup,
    SkillPost,
    SkillPostKind,
    Visit,
    Vote,
    VoteChannel,
)
from tests.helpers.people import add_person

THEN = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def camille(ctx: AppContext) -> tuple[uuid.UUID, str]:
    """A member with a bit of everything: visit, badge, journey, involvement, sign-up,
    mandate, skill post, audit line; and a ballot in the box, linked to nobody."""
    person = add_person(
        ctx, "Camille", "Dupont", email="camille@example.org", phone="+33 6 39 98 00 01"
    )
    service.check_in(ctx, person, purpose="coworking", now=THEN)
    token = issue_badge(ctx, person, now=THEN).token
    complete_step(ctx, person, "met-facilitator", note="facilitator", now=THEN)
    save_involvement(
        ctx, person, levels=["codecision"], topics=["governance"], channels=["email"], now=THEN
    )
    with ctx.db.transaction() as session:
        workshop = Session(
            kind=SessionKind.drop_in, title="Permanence", starts_at=THEN, ends_at=THEN
        )
        board = Body(slug="board", kind=BodyKind.board, name={"fr": "CA"})
        session.add_all([workshop, board])
        session.flush()
        session.add(Signup(session_id=workshop.id, person_id=person))
        session.add(Mandate(person_id=person, body_id=board.id, role="chair", start=THEN.date()))
        session.add(SkillPost(person_id=person, kind=SkillPostKind.offer, title="Sérigraphie"))
        vote = Vote(title="Budget")
        session.add(vote)
        session.flush()
        session.add(Ballot(vote_id=vote.id, content={"yes": 1}, channel=VoteChannel.booth))
    record_audit(ctx, actor=None, action="badge_print", target=f"person:{person}")
    return person, token


def test_export_holds_everything_about_the_person_and_no_secret(ctx: AppContext) -> None:
    with_listeners(ctx)  # the journey ticks "first coworking" from the check-in
    person, token = camille(ctx)
    other = add_person(ctx, "Jef", "Peeters")
    service.check_in(ctx, other, purpose="coworking", now=THEN)

    data = export_person(ctx, person)

    assert data["person"]["first_name"] == "Camille"
    assert data["person"]["email"] == "camille@example.org"
    assert data["person"]["antenna"] == "rennes"
    assert data["involvement"]["levels"] == ["codecision"]
    assert [v["purpose"] for v in data["visits"]] == ["coworking"]
    assert sorted(j["step"] for j in data["journey"]) == ["first-coworking", "met-facilitator"]
    assert [s["session_title"] for s in data["signups"]] == ["Permanence"]
    assert [(m["body"], m["role"]) for m in data["mandates"]] == [("board", "chair")]
    assert [p["title"] for p in data["skill_posts"]] == ["Sérigraphie"]
    assert [a["action"] for a in data["audit"]] == ["badge_print"]
    assert len(data["badges"]) == 1
    text = json.dumps(data)
    # The badge is described, never its token nor its hash; nobody else's data; no ballot.
    assert token not in text and "token_hash" not in text
    assert str(other) not in text
    assert "ballot" not in text.lower()


def test_erasing_a_member_keeps_an_empty_tombstone_and_anonymous_counts(
    ctx: AppContext,
) -> None:
    person, token = camille(ctx)

    erased = erase_person(ctx, person, now=THEN)

    assert (erased.removed, erased.visits, erased.badges) == (False, 1, 1)
    with ctx.db.session() as session:
        left = session.get(Person, person)
        assert left is not None
        assert (left.first_name, left.last_name, left.email, left.phone) == ("-", "-", None, None)
        assert (left.levels, left.topics, left.consent_at, left.deleted_at) == ([], [], None, THEN)
        for model in (Visit, JourneyProgress, SkillPost):
            assert session.scalars(select(model)).all() == []
        # The sign-up and the mandate stay, anonymous: the session's count is still right.
        assert len(session.scalars(select(Signup)).all()) == 1
        assert len(session.scalars(select(Mandate)).all()) == 1
        outbox = session.scalars(select(OutboxEntry)).all()
    assert find_people(ctx, "camille") == []
    with pytest.raises(UnknownBadgeError):
        verify_badge(ctx, token)
    # What the outbox held with her data is forgotten; hard deletes carry only the id.
    dump = json.dumps([entry.payload for entry in outbox])
    assert "Camille" not in dump and "camille@example.org" not in dump
    assert "Sérigraphie" not in dump
    purged = [e for e in outbox if e.entity in {"visit", "badge", "journey_progress"}]
    assert purged and all(
        e.operation is OutboxOperation.delete and set(e.payload) == {"id"} for e in purged
    )
    with pytest.raises(NotFoundError):
        erase_person(ctx, person)


def test_erasing_a_visitor_nothing_points_at_removes_them(ctx: AppContext) -> None:
    visitor = service.register_visitor(
        ctx, VisitorForm("Noor", "Haddad", email="noor@example.org"), consent=True, now=THEN
    )
    erased = erase_person(ctx, visitor.person_id, now=THEN)
    assert erased.removed
    with ctx.db.session() as session:
        assert session.get(Person, visitor.person_id) is None
        assert session.scalars(select(Visit)).all() == []
    # A returning visitor with the same e-mail is a new person now.
    again = service.register_visitor(
        ctx, VisitorForm("Noor", "Haddad", email="noor@example.org"), consent=True, now=THEN
    )
    assert not again.returning


def test_an_erasure_asked_at_the_kiosk_announces_its_audit_entry(ctx: AppContext) -> None:
    """The facilitator panel's audit list refreshes on what a result says it changed."""
    account = add_facilitator(ctx, "Dominique", "246813").account_id
    visitors = [
        service.register_visitor(ctx, VisitorForm(name, "Haddad"), consent=True, now=THEN)
        for name in ("Noor", "Sami")
    ]
    asked = erase_person(ctx, visitors[0].person_id, now=THEN, actor=account)
    assert asked.changes.concerns(Entity.AUDIT_ENTRY)
    with ctx.db.session() as session:
        assert "privacy_erase" in session.scalars(select(AuditEntry.action)).all()
    purged = erase_person(ctx, visitors[1].person_id, now=THEN)
    assert not purged.changes.concerns(Entity.AUDIT_ENTRY)
    assert purged.changes.concerns(Entity.PERSON)


def test_antenne_privacy_export_and_erase_on_the_command_line(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = add_person(ctx, "Camille", "Dupont", retain_until=date(2030, 1, 1))
    db = str(ctx.config.db_path)
    out = tmp_path / "camille.json"

    assert main(["privacy", "export", "--person", str(person), "--out", str(out), "--db", db]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["first_name"] == "Camille"
    assert main(["privacy", "export", "--person", str(person), "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["person"]["last_name"] == "Dupont"

    assert main(["privacy", "erase", "--person", str(person), "--db", db]) == 0
    assert "erased" in capsys.readouterr().out
    assert main(["people", "find", "camille", "--db", db]) == 0
    assert "Camille" not in capsys.readouterr().out
    with ctx.db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.target == f"person:{person}")
        ).all()
    assert sorted(actions) == ["privacy_erase", "privacy_export", "privacy_export"]

    assert main(["privacy", "erase", "--person", str(person), "--db", db]) == 1
    assert str(person) in capsys.readouterr().err
