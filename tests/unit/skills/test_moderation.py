"""Reports and moderation, introductions, the freshness prompt and making a tag of an "other"
free text (app/skills/service.py, app/skills/queries.py)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import InvalidInputError, NotFoundError
from app.skills import queries, service
from app.skills.types import (
    BoardFilter,
    Freshness,
    IntroForm,
    IntroState,
    ReportForm,
    ReportReason,
)
from db.models import AuditEntry
from db.models.skills import IntroRequest, SkillPost, SkillReport
from tests.unit.skills.conftest import NOW, TODAY, World, add_post


def count(ctx: AppContext, model: type[object]) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def posted(ctx: AppContext, world: World) -> uuid.UUID:
    return add_post(ctx, world, "Camille", "offer", "Aide en comptabilité", tags=("accounting",))


# -- Reports and moderation --------------------------------------------------------------------


def test_a_report_waits_and_hiding_resolves_every_open_report(
    ctx: AppContext, world: World, posted: uuid.UUID
) -> None:
    service.report(
        ctx,
        ReportForm(posted, ReportReason.commercial, note="Pub", reporter_id=world.person("Noor")),
        now=NOW,
    )
    service.report(ctx, ReportForm(posted, ReportReason.offensive), now=NOW + timedelta(minutes=1))
    with pytest.raises(InvalidInputError, match="already reported"):
        service.report(
            ctx,
            ReportForm(posted, ReportReason.other, reporter_id=world.person("Noor")),
            now=NOW,
        )
    with ctx.db.session() as session:
        queue = queries.moderation(session, today=TODAY)
        detail = queries.post_detail(session, posted, today=TODAY)
    assert [(r.reason, r.note) for r in queue.reports] == [
        (ReportReason.commercial, "Pub"),
        (ReportReason.offensive, ""),
    ]
    assert queue.reports[0].post.author == "Camille D."
    assert detail is not None and detail.open_reports == 2
    # Still on the board meanwhile.
    with ctx.db.session() as session:
        assert queries.board(session, BoardFilter(), antenna_id=None, today=TODAY).total == 1
    service.hide(ctx, posted, facilitator_id=world.facilitator, reason="Publicité", now=NOW)
    with ctx.db.session() as session:
        queue = queries.moderation(session, today=TODAY)
        assert queries.board(session, BoardFilter(), antenna_id=None, today=TODAY).total == 0
        assert queries.post_detail(session, posted, today=TODAY) is None
        seen = queries.post_detail(session, posted, today=TODAY, moderator=True)
        mine = queries.post_detail(session, posted, viewer_id=world.person("Camille"), today=TODAY)
        reports = session.scalars(select(SkillReport)).all()
        assert {(r.resolution, r.resolved_by) for r in reports} == {
            ("hidden", world.person("Marc"))
        }
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "skill_post_hidden"))
        assert [(a.facilitator_id, a.details["reason"]) for a in audit] == [
            (world.facilitator, "Publicité")
        ]
    assert queue.reports == ()
    assert [h.card.id for h in queue.hidden] == [posted]
    assert seen is not None and seen.hidden
    assert mine is not None and mine.hidden_reason == "Publicité"
    # Once hidden, nobody reports it any more; a facilitator may put it back, with a reason.
    with pytest.raises(NotFoundError):
        service.report(ctx, ReportForm(posted, ReportReason.other), now=NOW)
    with pytest.raises(InvalidInputError, match="already hidden"):
        service.hide(ctx, posted, facilitator_id=world.facilitator, reason="Encore", now=NOW)
    service.unhide(ctx, posted, facilitator_id=world.facilitator, reason="Corrigé", now=NOW)
    with ctx.db.session() as session:
        assert queries.board(session, BoardFilter(), antenna_id=None, today=TODAY).total == 1
    with pytest.raises(InvalidInputError, match="not hidden"):
        service.unhide(ctx, posted, facilitator_id=world.facilitator, reason="Corrigé", now=NOW)


def test_a_report_kept_is_resolved_alone(ctx: AppContext, world: World, posted: uuid.UUID) -> None:
    first = service.report(ctx, ReportForm(posted, ReportReason.out_of_date), now=NOW)
    service.report(ctx, ReportForm(posted, ReportReason.other), now=NOW + timedelta(seconds=1))
    service.resolve_report(ctx, first.report_id, facilitator_id=world.facilitator, hide=False)
    with ctx.db.session() as session:
        queue = queries.moderation(session, today=TODAY)
    assert [r.reason for r in queue.reports] == [ReportReason.other]
    assert queue.hidden == ()
    with pytest.raises(InvalidInputError, match="already dealt with"):
        service.resolve_report(ctx, first.report_id, facilitator_id=world.facilitator, hide=False)
    (second,) = queue.reports
    with pytest.raises(InvalidInputError, match="reason"):
        service.resolve_report(ctx, second.id, facilitator_id=world.facilitator, hide=True)
    service.resolve_report(
        ctx, second.id, facilitator_id=world.facilitator, hide=True, reason="Obsolète"
    )
    with ctx.db.session() as session:
        assert queries.moderation(session, today=TODAY).reports == ()
        row = session.get(SkillPost, posted)
        assert row is not None and row.hidden and row.hidden_reason == "Obsolète"


@pytest.mark.parametrize(
    ("reason", "match"),
    [("", "reason"), ("  x ", "reason"), ("x" * 501, "too long"), ("ok\x00ok", "not allowed")],
)
def test_moderation_needs_a_reason_and_a_facilitator(
    ctx: AppContext, world: World, posted: uuid.UUID, reason: str, match: str
) -> None:
    before = count(ctx, AuditEntry)
    with pytest.raises(InvalidInputError, match=match):
        service.hide(ctx, posted, facilitator_id=world.facilitator, reason=reason)
    with pytest.raises(InvalidInputError, match="Only a facilitator"):
        service.hide(ctx, posted, facilitator_id=world.person("Noor"), reason="Publicité")
    assert count(ctx, AuditEntry) == before


@pytest.mark.parametrize(
    "form",
    [
        ReportForm(uuid.uuid4(), ReportReason.other),
        ReportForm(uuid.UUID(int=0), "rude"),  # type: ignore[arg-type]
    ],
)
def test_bad_reports_are_refused(ctx: AppContext, world: World, form: ReportForm) -> None:
    with pytest.raises((InvalidInputError, NotFoundError)):
        service.report(ctx, form, now=NOW)
    assert count(ctx, SkillReport) == 0


def test_a_report_note_is_bounded_and_its_reporter_known(
    ctx: AppContext, world: World, posted: uuid.UUID
) -> None:
    with pytest.raises(InvalidInputError, match="too long"):
        service.report(ctx, ReportForm(posted, ReportReason.other, note="x" * 501), now=NOW)
    with pytest.raises(NotFoundError):
        service.report(ctx, ReportForm(posted, ReportReason.other, reporter_id=uuid.uuid4()))
    assert count(ctx, SkillReport) == 0


# -- Introductions -----------------------------------------------------------------------------


def test_an_introduction_is_asked_once_and_answered_by_the_author(
    ctx: AppContext, world: World, posted: uuid.UUID
) -> None:
    noor = world.person("Noor")
    camille = world.person("Camille")
    asked = service.ask_intro(
        ctx, IntroForm(posted, noor, message="  Bonjour,\nje débute.  "), now=NOW
    )
    assert asked.state is IntroState.pending
    with pytest.raises(InvalidInputError, match="already asked"):
        service.ask_intro(ctx, IntroForm(posted, noor), now=NOW)
    with ctx.db.session() as session:
        waiting = queries.intros_for_author(session, camille)
        mine = queries.intros_asked_by(session, noor)
        detail = queries.post_detail(session, posted, viewer_id=noor, today=TODAY)
    assert [(i.requester, i.author, i.message, i.state) for i in waiting] == [
        ("Noor J.", "Camille D.", "Bonjour,\nje débute.", IntroState.pending)
    ]
    assert [i.id for i in mine] == [asked.intro_id]
    assert not mine[0].relayed
    assert detail is not None and detail.asked
    with pytest.raises(InvalidInputError, match="Only the post's author"):
        service.answer_intro(ctx, asked.intro_id, author_id=noor, accept=True)
    answered = service.answer_intro(ctx, asked.intro_id, author_id=camille, accept=True, now=NOW)
    assert answered.state is IntroState.accepted
    with pytest.raises(InvalidInputError, match="already answered"):
        service.answer_intro(ctx, asked.intro_id, author_id=camille, accept=False)
    with pytest.raises(InvalidInputError, match="already answered you"):
        service.ask_intro(ctx, IntroForm(posted, noor), now=NOW)
    with ctx.db.session() as session:
        assert queries.intros_for_author(session, camille) == ()
        (seen,) = queries.intros_asked_by(session, noor)
    assert seen.state is IntroState.accepted and seen.answered_at == NOW


@pytest.mark.parametrize(
    ("message", "match"),
    [
        ("x" * 501, "too long"),
        ("Écris-moi à noor@example.org", "e-mail"),
        ("Mon numéro : 0470/12.34.56", "phone"),
        ("\x00", "not allowed"),
    ],
)
def test_bad_intro_messages_are_refused(
    ctx: AppContext, world: World, posted: uuid.UUID, message: str, match: str
) -> None:
    with pytest.raises(InvalidInputError, match=match):
        service.ask_intro(ctx, IntroForm(posted, world.person("Noor"), message=message), now=NOW)
    assert count(ctx, IntroRequest) == 0


def test_no_introduction_on_ones_own_or_a_dead_post(
    ctx: AppContext, world: World, posted: uuid.UUID
) -> None:
    noor = world.person("Noor")
    with pytest.raises(InvalidInputError, match="your own post"):
        service.ask_intro(ctx, IntroForm(posted, world.person("Camille")), now=NOW)
    expired = add_post(ctx, world, "Élodie", "offer", "Vieux", expires_on=TODAY - timedelta(days=1))
    hidden = add_post(ctx, world, "Élodie", "offer", "Caché", hidden=True)
    for post_id in (expired, hidden, uuid.uuid4()):
        with pytest.raises(NotFoundError):
            service.ask_intro(ctx, IntroForm(post_id, noor), now=NOW)
    with pytest.raises(NotFoundError):
        service.ask_intro(ctx, IntroForm(posted, uuid.uuid4()), now=NOW)
    with pytest.raises(NotFoundError):
        service.answer_intro(ctx, uuid.uuid4(), author_id=noor, accept=True)
    assert count(ctx, IntroRequest) == 0


# -- Freshness ---------------------------------------------------------------------------------


def test_the_freshness_prompt(ctx: AppContext, world: World) -> None:
    camille = world.person("Camille")
    add_post(ctx, world, "Camille", "offer", "Fresh", expires_on=TODAY + timedelta(days=15))
    add_post(ctx, world, "Camille", "offer", "Expiring", expires_on=TODAY + timedelta(days=14))
    add_post(ctx, world, "Camille", "offer", "Expired", expires_on=TODAY - timedelta(days=1))
    add_post(
        ctx,
        world,
        "Camille",
        "need",
        "Old",
        expires_on=TODAY + timedelta(days=100),
        confirmed_on=TODAY - timedelta(days=92),
    )
    add_post(
        ctx,
        world,
        "Camille",
        "need",
        "Just not old",
        expires_on=TODAY + timedelta(days=100),
        confirmed_on=TODAY - timedelta(days=91),
    )
    add_post(ctx, world, "Camille", "offer", "Hidden", expires_on=TODAY, hidden=True)
    add_post(ctx, world, "Noor", "offer", "Not hers", expires_on=TODAY)
    with ctx.db.session() as session:
        due = queries.freshness_due(session, camille, today=TODAY)
    assert [(d.title, d.reason) for d in due] == [
        ("Expired", Freshness.expired),
        ("Expiring", Freshness.expiring),
        ("Old", Freshness.old),
    ]


# -- Making a tag ------------------------------------------------------------------------------


def test_a_facilitator_makes_a_tag_of_an_other_text(ctx: AppContext, world: World) -> None:
    one = add_post(ctx, world, "Camille", "offer", "Plâtre", other_tag="Enduits à la chaux")
    two = add_post(ctx, world, "Élodie", "need", "Murs", other_tag="  ENDUITS a la  chaux ")
    elsewhere = add_post(ctx, world, "Noor", "need", "Muren", other_tag="Enduits à la chaux")
    add_post(ctx, world, "Marc", "need", "Autre", other_tag="Enduits")
    made = service.make_tag(
        ctx,
        other_text="enduits à la chaux",
        sector_slug="crafts",
        labels={"fr": "Enduits à la chaux", "nl": "Kalkpleister"},
        facilitator_id=world.facilitator,
    )
    assert made.tagged == 2
    assert made.tag.slug == "enduits-a-la-chaux"
    assert made.tag.labels == {
        "fr": "Enduits à la chaux",
        "nl": "Kalkpleister",
        "en": "Enduits à la chaux",
    }
    with ctx.db.session() as session:
        found = queries.search(session, "kalkpleister", antenna_id=None, today=TODAY)
        taxonomy = queries.taxonomy(session)
        rows = {p.id: p.other_tag for p in session.scalars(select(SkillPost))}
    assert {c.id for c in found.cards} == {one, two}
    crafts = next(s for s in taxonomy.sectors if s.tag.slug == "crafts")
    assert crafts.skills[-1].slug == "enduits-a-la-chaux"
    assert rows[one] == rows[two] == ""
    assert rows[elsewhere] == "Enduits à la chaux"
    again = service.make_tag(
        ctx,
        other_text="Enduits",
        sector_slug="crafts",
        labels={"fr": "Enduits à la chaux"},
        facilitator_id=world.facilitator,
    )
    assert again.tag.slug == "enduits-a-la-chaux-2"
    assert again.tagged == 1


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"sector_slug": "nowhere"}, "sector"),
        ({"sector_slug": "sewing"}, "sector"),
        ({"labels": {"nl": "Kalk"}}, "French"),
        ({"labels": {"fr": "Chaux", "de": "Kalk"}}, "French"),
        ({"labels": {"fr": "!!!"}}, "letters or digits"),
        ({"labels": {"fr": "x" * 81}}, "too long"),
        ({"other_text": "  "}, "which other skill"),
        ({"other_text": "x" * 81}, "too long"),
        ({"facilitator_id": uuid.UUID(int=7)}, "Only a facilitator"),
    ],
)
def test_bad_tags_are_refused(
    ctx: AppContext, world: World, fields: dict[str, object], match: str
) -> None:
    values: dict[str, object] = {
        "other_text": "Chaux",
        "sector_slug": "crafts",
        "labels": {"fr": "Chaux"},
        "facilitator_id": world.facilitator,
    }
    values.update(fields)
    with ctx.db.session() as session:
        before = len(queries.taxonomy(session).sectors[5].skills)
    with pytest.raises(InvalidInputError, match=match):
        service.make_tag(ctx, **values)  # type: ignore[arg-type]
    with ctx.db.session() as session:
        assert len(queries.taxonomy(session).sectors[5].skills) == before
