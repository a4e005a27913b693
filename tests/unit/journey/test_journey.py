"""The member journey: steps in order, ticked by domain events, the celebrated step."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.application import open_context
from app.badges.service import issue_badge
from app.changes import Entity
from app.config import load_config
from app.content.service import page_read
from app.context import AppContext
from app.errors import InvalidInputError
from app.events import SkillPosted
from app.journey import service
from app.journey.certificate import render_certificate
from app.onboarding import service as onboarding
from db.journey_steps import DEFAULT_STEPS
from db.models import Antenna, PersonKind
from tests.helpers.people import add_person

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def done(ctx: AppContext, person_id: object) -> list[str]:
    journey = service.journey_of(ctx, person_id)  # type: ignore[arg-type]
    return [step.slug for step in journey.steps if step.done_at is not None]


def test_an_empty_database_gets_the_default_steps_in_order(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont")
    journey = service.journey_of(ctx, person)
    assert [step.slug for step in journey.steps] == [spec.slug for spec in DEFAULT_STEPS]
    assert journey.done == 0
    assert journey.steps[0].title_in("nl") == "Ik heb het boekje gelezen"
    assert journey.steps[-1].celebrate
    assert not journey.steps[2].automatic  # met a facilitator: ticked by hand


def test_steps_tick_themselves_from_what_the_person_does(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont")
    onboarding.check_in(ctx, person, purpose="drop_in", now=NOW)
    page_read(ctx, person, "c-est-quoi-smart", "booklet")
    page_read(ctx, person, "statuts-en-bref", "statutes")
    ctx.events.publish(ctx, SkillPosted(person_id=person))
    assert done(ctx, person) == ["booklet-read", "first-coworking", "first-skill"]
    # Again: nothing twice.
    onboarding.check_in(ctx, person, purpose="coworking", now=NOW.replace(day=27))
    assert len(done(ctx, person)) == 3


def test_a_context_opened_as_the_kiosk_opens_it_ticks_the_journey(tmp_path: Path) -> None:
    config = load_config(environ={}, db_path=tmp_path / "opened.sqlite3", seed_demo=False)
    opened = open_context(config)
    try:
        with opened.db.transaction() as session:
            session.add(Antenna(slug="rennes", name="Rennes"))
        person = add_person(opened, "Camille", "Dupont")
        onboarding.check_in(opened, person, purpose="coworking", now=NOW)
        assert done(opened, person) == ["first-coworking"]
    finally:
        opened.db.dispose()


def test_a_context_built_by_hand_hears_nothing_until_asked(ctx: AppContext) -> None:
    bare = AppContext(config=ctx.config, db=ctx.db)
    person = add_person(bare, "Camille", "Dupont")
    onboarding.check_in(bare, person, purpose="coworking", now=NOW)
    assert done(bare, person) == []


def test_a_facilitator_ticks_a_step_by_hand(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont")
    assert service.complete_step(ctx, person, "met-facilitator").concerns(Entity.JOURNEY_PROGRESS)
    assert not service.complete_step(ctx, person, "met-facilitator")
    assert done(ctx, person) == ["met-facilitator"]


def test_becoming_a_shareholder_is_recorded_ticked_and_the_badge_says_so(
    ctx: AppContext,
) -> None:
    person = add_person(ctx, "Noor", "Haddad", kind=PersonKind.visitor, language="nl")
    new = service.record_shareholder(ctx, person, now=NOW)
    assert (new.first_name, new.language, new.since) == ("Noor", "nl", date(2026, 11, 26))
    assert done(ctx, person) == ["shareholder"]
    assert issue_badge(ctx, person).holder.role == "shareholder"
    with pytest.raises(InvalidInputError):
        service.record_shareholder(ctx, person, now=NOW)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Bienvenue parmi les sociétaires"),
        ("nl", "Welkom bij de vennoten"),
        ("en", "Welcome, new shareholder"),
    ],
)
def test_the_welcome_certificate_speaks_the_persons_language(
    tmp_path: Path, language: str, title: str
) -> None:
    import pypdfium2

    pdf = render_certificate(
        first_name="Noor", last_name="Haddad", antenna="Rennes", since=date(2026, 11, 26),
        language=language,
    )  # fmt: skip
    document = pypdfium2.PdfDocument(pdf)
    text = document[0].get_textpage().get_text_range()
    assert title in text
    assert "Noor Haddad" in text
    document.close()


def _facilitator(ctx: AppContext) -> object:
    from db.models import FacilitatorAccount

    with ctx.db.transaction() as session:
        account = FacilitatorAccount(name="Inès", pin_hash="00", salt="00")
        session.add(account)
        session.flush()
        return account.id


def _audit(ctx: AppContext) -> list[str]:
    from app.audit import recent_audit

    return [line.action for line in recent_audit(ctx)]


def test_a_celebration_records_the_shares_audited_and_reprints_the_badge(
    ctx: AppContext,
) -> None:
    person = add_person(ctx, "Camille", "Dupont", kind=PersonKind.visitor)
    actor = _facilitator(ctx)
    celebrated = service.celebrate_shareholder(ctx, person, actor=actor, layout="62x100")  # type: ignore[arg-type]
    assert celebrated.first_name == "Camille"
    assert not celebrated.badge.printed and celebrated.token  # no printer: shown as a QR code
    from app.badges.service import verify_badge

    assert verify_badge(ctx, celebrated.token).role == "shareholder"
    assert _audit(ctx) == ["shareholder"]
    assert celebrated.changes.concerns(
        Entity.PERSON, Entity.BADGE, Entity.JOURNEY_PROGRESS, Entity.AUDIT_ENTRY
    )


def test_a_refused_celebration_writes_no_audit(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont", shareholder_since=date(2024, 3, 1))
    with pytest.raises(InvalidInputError):
        service.celebrate_shareholder(ctx, person, actor=_facilitator(ctx))  # type: ignore[arg-type]
    assert _audit(ctx) == []


def test_a_facilitators_tick_is_audited_with_the_step(ctx: AppContext) -> None:
    person = add_person(ctx, "Camille", "Dupont")
    changes = service.complete_step(ctx, person, "met-facilitator", actor=_facilitator(ctx))  # type: ignore[arg-type]
    assert changes.concerns(Entity.JOURNEY_PROGRESS, Entity.AUDIT_ENTRY)
    assert _audit(ctx) == ["journey_step"]
    assert done(ctx, person) == ["met-facilitator"]
