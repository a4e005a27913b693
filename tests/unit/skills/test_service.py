"""Posting, editing, removing and renewing; every refusal keeps nothing (app/skills/service.py)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import InvalidInputError, KnownError, NotFoundError
from app.events import SkillPosted
from app.skills import queries, service
from app.skills.types import (
    MAX_TAGS,
    BoardFilter,
    Level,
    Modality,
    PostForm,
    PostKind,
)
from db.models import AuditEntry
from db.models.skills import SkillPost, SkillPostTag
from tests.unit.skills.conftest import NOW, TODAY, World, add_post

FORM = PostForm(
    kind=PostKind.offer,
    title="Aide pour Excel",
    description="Tableaux croisés, formules.\nLe mardi soir.",
    tag_slugs=("spreadsheets", "accounting"),
    modality=Modality.in_person,
    level=Level.expert,
    availability="Le mardi soir",
    months=3,
    language="fr",
)


def counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(SkillPost)) or 0,
            session.scalar(select(func.count()).select_from(SkillPostTag)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def board_titles(ctx: AppContext, world: World, today: date = TODAY) -> list[str]:
    with ctx.db.session() as session:
        shown = queries.board(session, BoardFilter(), antenna_id=world.rennes, today=today, now=NOW)
    return [card.title for card in shown.cards]


def test_a_post_is_on_the_board_until_its_expiry(ctx: AppContext, world: World) -> None:
    heard: list[SkillPosted] = []
    ctx.events.subscribe(SkillPosted, lambda _ctx, event: heard.append(event))
    posted = service.post(ctx, FORM, author_id=world.person("Camille"), now=NOW)
    assert posted.expires_on == date(2027, 3, 7)
    with ctx.db.session() as session:
        detail = queries.post_detail(
            session, posted.post_id, viewer_id=world.person("Camille"), today=TODAY
        )
        assert detail is not None
        assert detail.yours
        assert detail.card.author == "Camille D."
        assert detail.card.confirmed_on == TODAY
        assert detail.card.antenna_name == "Rennes"
        assert {t.slug for t in detail.card.tags} == {"spreadsheets", "accounting"}
        assert detail.card.level is Level.expert
        assert detail.description == "Tableaux croisés, formules.\nLe mardi soir."
        found = queries.search(session, "rekenblad", antenna_id=world.rennes, today=TODAY)
    assert [c.id for c in found.cards] == [posted.post_id]
    assert board_titles(ctx, world, date(2027, 3, 7)) == ["Aide pour Excel"]
    assert board_titles(ctx, world, date(2027, 3, 8)) == []
    # The journey's step: on the first post only.
    service.post(ctx, replace(FORM, title="Encore"), author_id=world.person("Camille"), now=NOW)
    assert heard == [SkillPosted(person_id=world.person("Camille"))]


def test_the_months_count_in_calendar_months() -> None:
    assert service.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert service.add_months(date(2026, 12, 7), 12) == date(2027, 12, 7)
    assert service.add_months(date(2026, 11, 30), 1) == date(2026, 12, 30)


REFUSED: list[tuple[str, dict[str, Any]]] = [
    ("no title", {"title": "   "}),
    ("long title", {"title": "x" * 121}),
    ("NUL", {"title": "Excel\x00"}),
    ("long description", {"description": "x" * 1001}),
    ("long availability", {"availability": "x" * 201}),
    ("long other", {"other_tag": "x" * 81}),
    ("too many tags", {"tag_slugs": ("video", "sound", "website", "writing", "sewing", "grants")}),
    ("unknown tag", {"tag_slugs": ("no-such-skill",)}),
    ("months", {"months": 2}),
    ("months zero", {"months": 0}),
    ("language", {"language": "de"}),
    ("kind", {"kind": "swap"}),
    ("modality", {"modality": "telepathy"}),
    ("level", {"level": "guru"}),
    ("e-mail", {"description": "Écris-moi : camille@example.org"}),
    ("phone", {"title": "Appelle le 0470 12 34 56"}),
    ("phone abroad", {"availability": "+33 6 12 34 56 78"}),
]


@pytest.mark.parametrize(("why", "change"), REFUSED, ids=[why for why, _ in REFUSED])
def test_a_bad_form_is_refused_in_one_line_and_nothing_is_kept(
    ctx: AppContext, world: World, why: str, change: dict[str, Any]
) -> None:
    before = counts(ctx)
    with pytest.raises(InvalidInputError) as refused:
        service.post(ctx, replace(FORM, **change), author_id=world.person("Camille"), now=NOW)
    assert "\n" not in str(refused.value)
    assert refused.value.message.context == "Skills"
    assert counts(ctx) == before


def test_dates_and_prices_are_not_phone_numbers(ctx: AppContext, world: World) -> None:
    form = replace(FORM, description="Du 12/03/2026 au 2027, 150 € la journée, 2 x 45 minutes.")
    service.post(ctx, form, author_id=world.person("Camille"), now=NOW)


def test_at_most_max_tags_and_repeats_count_once(ctx: AppContext, world: World) -> None:
    five = ("video", "sound", "website", "writing", "sewing")
    assert len(five) == MAX_TAGS
    posted = service.post(
        ctx, replace(FORM, tag_slugs=(*five, "video")), author_id=world.person("Camille"), now=NOW
    )
    with ctx.db.session() as session:
        detail = queries.post_detail(session, posted.post_id, today=TODAY)
    assert detail is not None
    assert len(detail.card.tags) == MAX_TAGS


def test_an_unknown_author_is_refused(ctx: AppContext, world: World) -> None:
    with pytest.raises(NotFoundError):
        service.post(ctx, FORM, author_id=uuid.uuid4(), now=NOW)


def test_the_author_edits_their_post_and_its_tags(ctx: AppContext, world: World) -> None:
    camille = world.person("Camille")
    posted = service.post(ctx, FORM, author_id=camille, now=NOW)
    later = NOW + timedelta(days=40)
    edited = service.edit(
        ctx,
        posted.post_id,
        replace(FORM, title="Excel et Calc", tag_slugs=("spreadsheets",), months=1),
        author_id=camille,
        now=later,
    )
    assert edited.expires_on == date(2027, 2, 16)
    # A tag taken off and put back revives its link.
    service.edit(ctx, posted.post_id, FORM, author_id=camille, now=later)
    with ctx.db.session() as session:
        detail = queries.post_detail(session, posted.post_id, viewer_id=camille, today=TODAY)
        assert detail is not None
        assert {t.slug for t in detail.card.tags} == {"spreadsheets", "accounting"}
        assert detail.card.confirmed_on == date(2027, 1, 16)
        # The index follows the edit.
        assert queries.search(session, "calc", antenna_id=None, today=TODAY).total == 0
        assert queries.search(session, "boekhouding", antenna_id=None, today=TODAY).total == 1


def test_only_the_author_edits_removes_or_renews(ctx: AppContext, world: World) -> None:
    posted = service.post(ctx, FORM, author_id=world.person("Camille"), now=NOW)
    noor = world.person("Noor")
    before = counts(ctx)
    for action in (
        lambda: service.edit(ctx, posted.post_id, FORM, author_id=noor, now=NOW),
        lambda: service.remove(ctx, posted.post_id, author_id=noor, now=NOW),
        lambda: service.renew(ctx, posted.post_id, author_id=noor, now=NOW),
    ):
        with pytest.raises(InvalidInputError, match="Only the post's author"):
            action()
    assert counts(ctx) == before


def test_a_removed_post_leaves_the_board_and_cannot_be_changed(
    ctx: AppContext, world: World
) -> None:
    camille = world.person("Camille")
    posted = service.post(ctx, FORM, author_id=camille, now=NOW)
    service.remove(ctx, posted.post_id, author_id=camille, now=NOW)
    assert board_titles(ctx, world) == []
    with ctx.db.session() as session:
        assert queries.post_detail(session, posted.post_id, viewer_id=camille, today=TODAY) is None
        assert queries.person_posts(session, camille, today=TODAY) == ()
    with pytest.raises(NotFoundError):
        service.remove(ctx, posted.post_id, author_id=camille, now=NOW)
    with pytest.raises(NotFoundError):
        service.renew(ctx, posted.post_id, author_id=camille, now=NOW)
    with pytest.raises(NotFoundError):
        service.remove(ctx, uuid.uuid4(), author_id=camille, now=NOW)


def test_renewing_brings_an_expired_post_back(ctx: AppContext, world: World) -> None:
    camille = world.person("Camille")
    post_id = add_post(
        ctx,
        world,
        "Camille",
        "offer",
        "Montage vidéo",
        expires_on=TODAY - timedelta(days=3),
        confirmed_on=TODAY - timedelta(days=200),
    )
    assert board_titles(ctx, world) == []
    with ctx.db.session() as session:
        # Off the board, but still the author's to renew.
        assert (
            queries.post_detail(session, post_id, viewer_id=world.person("Noor"), today=TODAY)
            is None
        )
        mine = queries.person_posts(session, camille, today=TODAY)
        assert [(d.card.title, d.expired) for d in mine] == [("Montage vidéo", True)]
    renewed = service.renew(ctx, post_id, author_id=camille, now=NOW)
    assert renewed.expires_on == date(2027, 6, 7)
    assert board_titles(ctx, world) == ["Montage vidéo"]
    with ctx.db.session() as session:
        assert queries.freshness_due(session, camille, today=TODAY) == ()
    assert service.keep_fresh is service.renew
    with pytest.raises(InvalidInputError):
        service.renew(ctx, post_id, author_id=camille, months=7, now=NOW)


def test_writes_are_audited_without_names(ctx: AppContext, world: World) -> None:
    camille = world.person("Camille")
    posted = service.post(ctx, FORM, author_id=camille, now=NOW)
    service.renew(ctx, posted.post_id, author_id=camille, now=NOW)
    service.remove(ctx, posted.post_id, author_id=camille, now=NOW)
    with ctx.db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.created_at)).all()
        assert [e.action for e in entries] == [
            "skill_posted",
            "skill_post_renewed",
            "skill_post_removed",
        ]
        assert all("Camille" not in repr(e.details) for e in entries)


def test_known_errors_are_translatable_lines(ctx: AppContext, world: World) -> None:
    with pytest.raises(KnownError) as refused:
        service.post(ctx, replace(FORM, title=""), author_id=world.person("Camille"), now=NOW)
    assert refused.value.message.source == "Please give your post a title."
