"""People, the demo's taxonomy and posts written straight to the database, for the tests of
the matching, freshness and facilitators' skills screens (imported by path)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import select

from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.localtime import local_day
from db.demo_data import catalogue
from db.models import Person
from db.models.skills import (
    IntroRequest,
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillReport,
    SkillTag,
)
from db.models.skills import ReportReason as StoredReason
from tests.ui.conftest import Kiosk


def seed_taxonomy(ctx: AppContext) -> dict[str, uuid.UUID]:
    """The demo's sectors and skills."""
    tags: dict[str, uuid.UUID] = {}
    with ctx.db.transaction() as db:
        if db.scalar(select(SkillTag.id).limit(1)) is not None:
            return {tag.slug: tag.id for tag in db.scalars(select(SkillTag))}
        for position, (sector, label, skills) in enumerate(catalogue.SKILL_SECTORS):
            row = SkillTag(slug=sector, label=dict(label), sector="", position=position)
            db.add(row)
            db.flush()
            tags[sector] = row.id
            for place, (slug, skill_label) in enumerate(skills):
                skill = SkillTag(slug=slug, label=dict(skill_label), sector=sector, position=place)
                db.add(skill)
                db.flush()
                tags[slug] = skill.id
    return tags


def today(ctx: AppContext) -> date:
    return local_day(ctx)


def add_post(
    ctx: AppContext,
    author: uuid.UUID,
    kind: str,
    title: str,
    *,
    tags: tuple[str, ...] = (),
    description: str = "",
    other_tag: str = "",
    expires_in: int | None = 120,
    confirmed_ago: int = 0,
    hidden_reason: str = "",
) -> uuid.UUID:
    slugs = seed_taxonomy(ctx)
    day = today(ctx)
    with ctx.db.transaction() as db:
        person = db.get(Person, author)
        assert person is not None
        post = SkillPost(
            person_id=author,
            antenna_id=person.antenna_id,
            kind=SkillPostKind(kind),
            title=title,
            description=description,
            modality=SkillModality.either,
            other_tag=other_tag,
            expires_on=None if expires_in is None else day + timedelta(days=expires_in),
            confirmed_on=day - timedelta(days=confirmed_ago),
            hidden=bool(hidden_reason),
            hidden_reason=hidden_reason,
            hidden_at=utcnow() if hidden_reason else None,
        )
        db.add(post)
        db.flush()
        for slug in tags:
            db.add(SkillPostTag(post_id=post.id, tag_id=slugs[slug]))
        return post.id


def set_contact(ctx: AppContext, person_id: uuid.UUID, email: str, phone: str) -> None:
    with ctx.db.transaction() as db:
        person = db.get(Person, person_id)
        assert person is not None
        person.email, person.phone = email, phone


def ask_intro(
    ctx: AppContext, post_id: uuid.UUID, requester: uuid.UUID, message: str = ""
) -> uuid.UUID:
    with ctx.db.transaction() as db:
        intro = IntroRequest(post_id=post_id, requester_id=requester, message=message)
        db.add(intro)
        db.flush()
        return intro.id


def report(ctx: AppContext, post_id: uuid.UUID, reason: str, note: str = "") -> uuid.UUID:
    with ctx.db.transaction() as db:
        row = SkillReport(post_id=post_id, reason=StoredReason(reason), note=note)
        db.add(row)
        db.flush()
        return row.id


def become_facilitator(kiosk: Kiosk, ctx: AppContext) -> uuid.UUID:
    account = add_facilitator(ctx, "Dominique", "246813")
    kiosk[0].start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    return account.account_id
