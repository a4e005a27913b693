"""What the matching, freshness and facilitators' skills screens read, each in one go: a
person's matches with the introductions waiting for them, their posts to keep fresh at
check-in, the facilitators' queue with the "other" texts to turn into skills, and the needs
nobody offers (docs/architecture.md, "The skills board").

Reads only, built on `app.skills.queries` in one session each; the kiosk's antenne and day are
the configuration's. Nothing here carries an e-mail address or a phone number: `by_email` only
says whether the person gave one.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.antennas import antenna_of
from app.clock import utcnow
from app.context import AppContext
from app.localtime import local_day
from app.skills import queries
from app.skills.types import (
    FreshnessDue,
    MatchesView,
    ModerationView,
    NeedsView,
    OtherText,
)
from app.text import fold
from db.models import Person
from db.models.skills import IntroRequest, IntroStatus, SkillPost, SkillPostTag, SkillTag

# The facilitators' view of new matches: the last seven days.
NEW_MATCHES_DAYS = 7


def matches_at_kiosk(
    ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None
) -> MatchesView:
    """For each of the person's needs the offers that fit, for each offer the needs, best first;
    and the introductions others asked for on their posts, waiting for their answer."""
    now = now or utcnow()
    with ctx.db.session() as session:
        found = queries.matches(
            session,
            person_id,
            today=local_day(ctx, now),
            antenna_id=antenna_of(session, ctx),
            now=now,
        )
        intros = queries.intros_for_author(session, person_id)
        email = session.scalar(select(Person.email).where(Person.id == person_id))
    return MatchesView(matches=found, intros=intros, by_email=bool(email and email.strip()))


def demo_author(ctx: AppContext) -> uuid.UUID | None:
    """For `antenne screenshot`: the author of a live post an introduction waits on, the one
    with the most posts; else the author with the most posts."""
    today = local_day(ctx)
    with ctx.db.session() as session:
        waited = (
            select(IntroRequest.id)
            .where(
                IntroRequest.post_id == SkillPost.id,
                IntroRequest.status == IntroStatus.pending,
                IntroRequest.deleted_at.is_(None),
            )
            .exists()
        )
        return session.scalar(
            select(SkillPost.person_id)
            .where(queries.live(today))
            .group_by(SkillPost.person_id)
            .order_by(func.max(case((waited, 1), else_=0)).desc(), func.count().desc())
            .limit(1)
        )


def demo_stale_author(ctx: AppContext) -> uuid.UUID | None:
    """For `antenne screenshot`: the author with the most posts to ask about at check-in."""
    today = local_day(ctx)
    with ctx.db.session() as session:
        authors = session.scalars(
            select(SkillPost.person_id).where(SkillPost.deleted_at.is_(None)).distinct()
        ).all()
        counted = sorted(
            ((len(queries.freshness_due(session, a, today=today)), str(a), a) for a in authors),
            reverse=True,
        )
    return counted[0][2] if counted and counted[0][0] else None


def freshness_due(
    ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None
) -> tuple[FreshnessDue, ...]:
    """The person's posts to ask about as they check in: expired, expiring soon, or confirmed
    long ago; the soonest to go first."""
    with ctx.db.session() as session:
        return queries.freshness_due(session, person_id, today=local_day(ctx, now))


def other_texts(session: Session, *, limit: int = 20) -> tuple[OtherText, ...]:
    """The free "other" texts of the posts not removed, counted alike whatever their case and
    accents (the most common spelling shown), the most frequent first."""
    rows = session.execute(
        select(SkillPost.id, SkillPost.other_tag).where(
            SkillPost.deleted_at.is_(None), SkillPost.other_tag != ""
        )
    ).all()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    posts: dict[str, list[uuid.UUID]] = defaultdict(list)
    for post_id, text in rows:
        key = fold(text)
        if not key:
            continue
        spellings[key][text.strip()] += 1
        posts[key].append(post_id)
    sectors = _sectors_of(session, [p for ids in posts.values() for p in ids])
    found = [
        OtherText(
            text=spellings[key].most_common(1)[0][0],
            count=len(ids),
            sector=_commonest(sectors, ids),
        )
        for key, ids in posts.items()
    ]
    found.sort(key=lambda other: (-other.count, fold(other.text)))
    return tuple(found[:limit])


def _sectors_of(session: Session, post_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    sectors: dict[uuid.UUID, list[str]] = defaultdict(list)
    if not post_ids:
        return sectors
    rows = session.execute(
        select(SkillPostTag.post_id, SkillTag.sector, SkillTag.slug)
        .join(SkillTag, SkillTag.id == SkillPostTag.tag_id)
        .where(SkillPostTag.post_id.in_(post_ids), SkillPostTag.deleted_at.is_(None))
    ).all()
    for post_id, sector, slug in rows:
        sectors[post_id].append(sector or slug)
    return sectors


def _commonest(sectors: dict[uuid.UUID, list[str]], post_ids: list[uuid.UUID]) -> str:
    counted = Counter(sector for post in post_ids for sector in sectors.get(post, ()))
    if not counted:
        return ""
    return min(counted.items(), key=lambda item: (-item[1], item[0]))[0]


def moderation_view(
    ctx: AppContext, *, facilitator_id: uuid.UUID | None = None, now: datetime | None = None
) -> ModerationView:
    """The open reports oldest first, the hidden posts, and the "other" texts to turn into
    skills."""
    with ctx.db.session() as session:
        moderation = queries.moderation(
            session,
            today=local_day(ctx, now),
            antenna_id=antenna_of(session, ctx),
            facilitator_id=facilitator_id,
        )
        others = other_texts(session)
        sectors = tuple(sector.tag for sector in queries.taxonomy(session).sectors)
    return ModerationView(moderation=moderation, others=others, sectors=sectors)


def needs_view(ctx: AppContext, *, now: datetime | None = None) -> NeedsView:
    """The needs nobody offers by sector, and the matches of the last seven days."""
    now = now or utcnow()
    today = local_day(ctx, now)
    with ctx.db.session() as session:
        unmet = queries.unmet_needs(session, today=today)
        fresh = queries.new_matches(
            session,
            since=now - timedelta(days=NEW_MATCHES_DAYS),
            today=today,
            antenna_id=antenna_of(session, ctx),
        )
    return NeedsView(
        unmet=unmet, new_matches=fresh, unmet_total=sum(needs.count for needs in unmet)
    )
