"""What the skills board's screens and commands show: the taxonomy, the board and its search, a
post, a person's posts and matches, the facilitators' new matches and unmet needs, the
freshness prompt, introductions and the moderation queue.

Reads only, each in the caller's SQLAlchemy session (docs/architecture.md, "The skills board").
A post is *live* while it is not removed (`deleted_at`), not hidden by a facilitator, and not
expired (`expires_on` today or later, or none); its author is shown as "Camille D.", their
photo only with their consent, never their e-mail or phone.

Search goes through the posts' FTS5 index (`db.skill_search`): whatever a person types is
turned into quoted prefix terms (`search_terms`), never passed as FTS5 syntax.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import json
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Float,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, lazyload

from app.clock import utcnow
from app.skills import matching
from app.skills.types import (
    EXPIRY_WARNING_DAYS,
    STALE_AFTER_DAYS,
    Board,
    BoardFilter,
    Freshness,
    FreshnessDue,
    IntroState,
    IntroView,
    Level,
    Match,
    Modality,
    Moderation,
    NewMatch,
    PersonMatches,
    PostCard,
    PostDetail,
    PostKind,
    PostMatches,
    ReportReason,
    ReportView,
    Sector,
    Tag,
    Taxonomy,
    UnmetNeeds,
)
from db.models import Antenna, Person, Visit
from db.models.skills import (
    IntroRequest,
    IntroStatus,
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillReport,
    SkillTag,
)

# What a search keeps of what a person typed: this many characters, this many words.
QUERY_CHARS = 200
QUERY_WORDS = 8
# A card's summary: the description's first lines, this long at most.
SUMMARY_CHARS = 160
# How many posts fit one of a person's posts, at most; how many candidates a text search reads.
MATCHES_PER_POST = 10
TEXT_CANDIDATES = 100
# How many posts each set of a post's skills (or each tag of its sectors) hands over to
# scoring, newest first; how many sets of a size are looked for (five tags make ten pairs).
ANCHOR_POSTS = 30
SKILL_SETS = 10
# A word in more than one document in COMMON_SHARE (and more than COMMON_FLOOR) is too common
# to tell posts apart.
COMMON_SHARE = 20
COMMON_FLOOR = 50
# The expiry of a post that never expires, for comparisons (`live`).
_NEVER = date(9999, 12, 31)
_NOBODY: frozenset[str] = frozenset()
# A search matching more documents than this (a letter or two typed) is not ranked by bm25.
RANKED_MATCHES = 2_000
# The index's columns' weights in a search: the title counts most, then the tags.
_BM25 = "bm25(skill_search, 10.0, 1.0, 5.0)"


def _posts() -> Select[SkillPost]:
    """Posts as ORM rows without their `tags` relationship: cards read every card's tags in
    one query (`_tags_of`)."""
    return select(SkillPost).options(lazyload(SkillPost.tags))


def _rank() -> ColumnElement[float]:
    return literal_column(_BM25, type_=Float())


_search = table("skill_search", column("rowid"))
_doc = table("skill_search_doc", column("docid"), column("post_id", Uuid))
_WORD = re.compile(r"\w+")


# -- People and tags ---------------------------------------------------------------------------


def display_name(first_name: str, last_name: str) -> str:
    """ "Camille D.": a first name and the initial of the last name, nothing more."""
    first = " ".join(first_name.split())
    last = last_name.strip()
    return f"{first} {last[0].upper()}." if last else first


def tag_view(row: SkillTag) -> Tag:
    labels = {k: str(v) for k, v in (row.label or {}).items() if isinstance(v, str)}
    return Tag(id=row.id, slug=row.slug, sector=row.sector, labels=labels)


def taxonomy(session: Session) -> Taxonomy:
    """Sectors in order, each with its skills in order; removed tags and skills of a removed
    sector left out."""
    rows = session.scalars(
        select(SkillTag)
        .where(SkillTag.deleted_at.is_(None))
        .order_by(SkillTag.position, SkillTag.slug)
    ).all()
    skills: dict[str, list[Tag]] = defaultdict(list)
    for row in rows:
        if row.sector:
            skills[row.sector].append(tag_view(row))
    return Taxonomy(
        sectors=tuple(
            Sector(tag=tag_view(row), skills=tuple(skills.get(row.slug, ())))
            for row in rows
            if not row.sector
        )
    )


def _tags_of(session: Session, post_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[Tag]]:
    ids = list(set(post_ids))
    result: dict[uuid.UUID, list[Tag]] = defaultdict(list)
    if not ids:
        return result
    rows = session.execute(
        select(
            SkillPostTag.post_id, SkillTag.id, SkillTag.slug, SkillTag.sector, _raw(SkillTag.label)
        )
        .join(SkillTag, SkillTag.id == SkillPostTag.tag_id)
        .where(
            SkillPostTag.post_id.in_(ids),
            SkillPostTag.deleted_at.is_(None),
            SkillTag.deleted_at.is_(None),
        )
        .order_by(SkillTag.position, SkillTag.slug)
    ).all()
    # A few dozen tags for any number of posts: each tag's view made once (its labels' JSON
    # read once), columns only (no ORM row per link).
    views: dict[uuid.UUID, Tag] = {}
    for post_id, tag_id, slug, sector, label in rows:
        view = views.get(tag_id)
        if view is None:
            found = json.loads(label) if label else {}
            labels = (
                {k: str(v) for k, v in found.items() if isinstance(v, str)}
                if isinstance(found, dict)
                else {}
            )
            view = views[tag_id] = Tag(id=tag_id, slug=slug, sector=sector, labels=labels)
        result[post_id].append(view)
    return result


# -- Live posts and cards ----------------------------------------------------------------------


def live(today: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """A post on the board: not removed, not hidden, not expired."""
    return and_(
        SkillPost.deleted_at.is_(None),
        SkillPost.hidden.is_(False),
        # One comparison, not "IS NULL OR >=": SQLite plans an OR badly (it can turn the whole
        # board query into a union of two index scans), and a missing date is never past.
        func.coalesce(SkillPost.expires_on, _NEVER) >= today,
    )


def is_live(post: SkillPost, today: date) -> bool:
    return (
        post.deleted_at is None
        and not post.hidden
        and (post.expires_on is None or post.expires_on >= today)
    )


def _known_author() -> ColumnElement[bool]:
    """The author is still there: one primary-key lookup per post read (a list of every
    person left, built for each query, costs more with 100 000 people than the posts' checks)."""
    return exists().where(Person.id == SkillPost.person_id, Person.deleted_at.is_(None))


def in_room(
    session: Session,
    *,
    antenna_id: uuid.UUID | None,
    today: date,
    now: datetime,
    zone: tzinfo | None = None,
) -> frozenset[uuid.UUID]:
    """The people checked in at this antenne now: an open visit begun today (the antenne's
    local day, in `zone`; UTC when not given), as the welcome desk reads it."""
    zone = zone or now.tzinfo or UTC
    start = datetime.combine(today, time.min, tzinfo=zone)
    query = select(Visit.person_id).where(
        Visit.checked_out_at.is_(None),
        Visit.deleted_at.is_(None),
        Visit.checked_in_at >= start.astimezone(UTC),
        Visit.checked_in_at < (start + timedelta(days=1)).astimezone(UTC),
        Visit.checked_in_at <= _aware(now),
    )
    if antenna_id is not None:
        query = query.where(Visit.antenna_id == antenna_id)
    return frozenset(session.scalars(query))


def _aware(moment: datetime) -> datetime:
    """A moment in UTC (a naive one is taken as UTC)."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _summary(description: str) -> str:
    lines = [" ".join(line.split()) for line in description.splitlines()]
    summary = " ".join(line for line in lines if line)
    if len(summary) <= SUMMARY_CHARS:
        return summary
    return summary[: SUMMARY_CHARS - 1].rstrip() + "…"


def cards(
    session: Session,
    posts: Sequence[SkillPost],
    *,
    antenna_id: uuid.UUID | None,
    room: frozenset[uuid.UUID] = frozenset(),
) -> list[PostCard]:
    """The posts as cards, in their order (`cards_of`)."""
    return cards_of(session, [p.id for p in posts], antenna_id=antenna_id, room=room)


def cards_of(
    session: Session,
    post_ids: Sequence[uuid.UUID],
    *,
    antenna_id: uuid.UUID | None,
    room: frozenset[uuid.UUID] = frozenset(),
) -> list[PostCard]:
    """The posts of `post_ids` as cards, in that order (those gone left out): two queries for
    any number of them, the columns a card shows with its author and antenne, then the tags
    (no ORM row: a keystroke of the search builds sixty cards)."""
    if not post_ids:
        return []
    photo = and_(Person.photo_consent.is_(True), Person.photo.is_not(None))
    rows = {
        row.id: row
        for row in session.execute(
            select(
                SkillPost.id,
                SkillPost.kind,
                SkillPost.title,
                SkillPost.description,
                SkillPost.language,
                SkillPost.modality,
                SkillPost.level,
                SkillPost.availability,
                SkillPost.other_tag,
                SkillPost.person_id,
                SkillPost.antenna_id,
                SkillPost.expires_on,
                SkillPost.confirmed_on,
                Person.first_name,
                Person.last_name,
                photo.label("photo"),
                Antenna.name.label("antenna_name"),
            )
            .outerjoin(Person, Person.id == SkillPost.person_id)
            .outerjoin(Antenna, Antenna.id == SkillPost.antenna_id)
            .where(SkillPost.id.in_(set(post_ids)))
        )
    }
    tags = _tags_of(session, rows)
    result = []
    for post_id in post_ids:
        post = rows.get(post_id)
        if post is None:
            continue
        known = post.first_name is not None
        result.append(
            PostCard(
                id=post.id,
                kind=PostKind(post.kind.value),
                title=post.title,
                summary=_summary(post.description),
                language=post.language,
                modality=Modality(post.modality.value),
                level=Level(post.level.value),
                availability=post.availability,
                tags=tuple(tags.get(post.id, ())),
                other_tag=post.other_tag,
                person_id=post.person_id,
                author=display_name(post.first_name, post.last_name) if known else "",
                author_photo_id=post.person_id if known and post.photo else None,
                antenna_name=str(post.antenna_name or "") if post.antenna_id else "",
                same_antenna=antenna_id is not None and post.antenna_id == antenna_id,
                expires_on=post.expires_on,
                confirmed_on=post.confirmed_on,
                in_room=post.person_id in room,
            )
        )
    return result


# -- The board and its search ------------------------------------------------------------------


def search_terms(query: str) -> tuple[str, ...]:
    """The words of what a person typed, lower case, at most `QUERY_WORDS` of them from its
    first `QUERY_CHARS` characters: quotes, operators, punctuation, emoji and control
    characters are separators, never FTS5 syntax."""
    cut = unicodedata.normalize("NFKC", query[:QUERY_CHARS]).casefold()
    words = [w.replace("_", " ").strip() for w in _WORD.findall(cut)]
    kept: list[str] = []
    for word in (part for w in words for part in w.split()):
        if word not in kept:
            kept.append(word)
    return tuple(kept[:QUERY_WORDS])


def match_expression(query: str) -> str:
    """An FTS5 query for what a person typed: each word a quoted prefix, all of them required
    (`"excel"* "formule"*`); "" when nothing searchable was typed."""
    return " ".join(f'"{word}"*' for word in search_terms(query))


def _sector_filter(slug: str) -> ColumnElement[bool]:
    """A post is in a sector when one of its tags is the sector or one of its skills."""
    return exists().where(
        SkillPostTag.post_id == SkillPost.id,
        SkillPostTag.deleted_at.is_(None),
        SkillTag.id == SkillPostTag.tag_id,
        SkillTag.deleted_at.is_(None),
        or_(SkillTag.slug == slug, SkillTag.sector == slug),
    )


def _modality_filter(modality: Modality) -> ColumnElement[bool] | None:
    if modality is Modality.either:
        return None
    return SkillPost.modality.in_((SkillModality(modality.value), SkillModality.either))


def _filters(
    board_filter: BoardFilter,
    *,
    today: date,
    room: frozenset[uuid.UUID] | None,
    author: bool = True,
) -> list[ColumnElement[bool]]:
    where = [live(today), _known_author()] if author else [live(today)]
    if board_filter.kind is not None:
        where.append(SkillPost.kind == SkillPostKind(PostKind(board_filter.kind).value))
    if board_filter.sector:
        where.append(_sector_filter(board_filter.sector))
    if board_filter.modality is not None:
        modality = _modality_filter(Modality(board_filter.modality))
        if modality is not None:
            where.append(modality)
    if room is not None:
        where.append(SkillPost.person_id.in_(room) if room else false())
    return where


def _same_antenna_first(antenna_id: uuid.UUID | None) -> list[ColumnElement[Any]]:
    if antenna_id is None:
        return []
    return [case((SkillPost.antenna_id == antenna_id, 0), else_=1)]


def board(
    session: Session,
    board_filter: BoardFilter,
    *,
    antenna_id: uuid.UUID | None,
    today: date,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> Board:
    """The live posts the filter keeps: with no query, this antenne's first, newest first; with
    a query, the most relevant first (bm25: the title weighs most, then the tags' labels in
    every language). A query with nothing searchable in it is no query."""
    now = now or utcnow()
    room = in_room(session, antenna_id=antenna_id, today=today, now=now, zone=zone)
    where = _filters(board_filter, today=today, room=room if board_filter.in_room else None)
    limit = max(0, min(board_filter.limit, 500))
    expression = match_expression(board_filter.query)
    plain_search = not (
        board_filter.kind or board_filter.sector or board_filter.modality or board_filter.in_room
    )
    if expression and plain_search:
        ids, total = _searched(session, expression, today=today, limit=limit)
    elif expression:
        # Ids first (bm25 computed once per match, nothing else read), then the cards' rows.
        matched = (
            select(SkillPost.id)
            .select_from(_search)
            .join(_doc, _doc.c.docid == _search.c.rowid)
            .join(SkillPost, SkillPost.id == _doc.c.post_id)
            .where(_matching(expression), *where)
        )
        ids = list(
            session.scalars(
                matched.order_by(
                    _rank(),
                    *_same_antenna_first(antenna_id),
                    SkillPost.created_at.desc(),
                    SkillPost.id,
                ).limit(limit)
            )
        )
        total = int(session.scalar(matched.with_only_columns(func.count())) or 0)
    else:
        ids = _newest(session, where, antenna_id, limit)
        total = _live_count(session, board_filter, today=today, room=room)
    return Board(cards=tuple(cards_of(session, ids, antenna_id=antenna_id, room=room)), total=total)


def _live_count(
    session: Session, board_filter: BoardFilter, *, today: date, room: frozenset[uuid.UUID]
) -> int:
    """How many posts the filter keeps: the same filters, counted per author along the posts'
    live index (`ix_skill_post_live` holds the author), then each author looked up once —
    a few thousand lookups in the people's table, not one per post."""
    where = _filters(
        board_filter, today=today, room=room if board_filter.in_room else None, author=False
    )
    per_author = (
        select(SkillPost.person_id, func.count().label("posts"))
        .where(*where)
        .group_by(SkillPost.person_id)
        .subquery()
    )
    query = (
        select(func.coalesce(func.sum(per_author.c.posts), 0))
        .select_from(per_author)
        .join(Person, Person.id == per_author.c.person_id)
        .where(Person.deleted_at.is_(None))
    )
    return int(session.scalar(query) or 0)


def _newest(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    antenna_id: uuid.UUID | None,
    limit: int,
) -> list[uuid.UUID]:
    """The ids of the first `limit` posts `where` keeps, this antenne's first, newest first.

    This antenne's are read newest first along `ix_skill_post_antenna_id_created_at` until
    `limit` pass the filters, then, if the page is not full, the others; ids only (sorting
    whole rows would read every post's description)."""

    def newest(*more: ColumnElement[bool], count: int) -> list[uuid.UUID]:
        return list(
            session.scalars(
                select(SkillPost.id)
                .where(*where, *more)
                .order_by(SkillPost.created_at.desc(), SkillPost.id.desc())
                .limit(count)
            )
        )

    if antenna_id is None:
        return newest(count=limit)
    ids = newest(SkillPost.antenna_id == antenna_id, count=limit)
    if len(ids) < limit:
        ids += newest(
            or_(SkillPost.antenna_id.is_(None), SkillPost.antenna_id != antenna_id),
            count=limit - len(ids),
        )
    return ids


def _matching(expression: str) -> ColumnElement[bool]:
    return text("skill_search MATCH :terms").bindparams(terms=expression)  # type: ignore[return-value]


def _searched(
    session: Session, expression: str, *, today: date, limit: int
) -> tuple[list[uuid.UUID], int]:
    """A search with no other filter, as the board runs it at every keystroke: the best
    `limit` live posts and how many live posts match, without joining every match to its post.

    The index counts its matches alone (it holds no removed or hidden post); the expired posts
    that match are counted apart and subtracted, and the index hands over that many
    more documents than the board shows, so that `limit` live ones remain once they are left
    out. A query that matches more than `RANKED_MATCHES` documents (its first letter or two)
    lists them newest indexed first: bm25 of "m"* ranks by how many words begin with an m, and
    would be computed for nearly every post at each keystroke."""
    # Removed and hidden posts have no document (`db.skill_search`): only expired ones. Both
    # counts in one walk of the index's matches (the expired documents a list SQLite builds
    # once, along the posts' expiry index).
    expired = (
        select(_doc.c.docid)
        .join(SkillPost, SkillPost.id == _doc.c.post_id)
        .where(SkillPost.expires_on < today)
    )
    every, dead = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((_search.c.rowid.in_(expired), 1), else_=0)), 0),
        )
        .select_from(_search)
        .where(_matching(expression))
    ).one()
    every, dead = int(every), int(dead)
    if not every:
        return [], 0
    ranked = every <= RANKED_MATCHES
    best = (
        select(_search.c.rowid, (_rank() if ranked else _search.c.rowid).label("rank"))
        .where(_matching(expression))
        .order_by(_rank() if ranked else _search.c.rowid.desc())
        .limit(limit + dead)
        .subquery()
    )
    ids = list(
        session.scalars(
            select(SkillPost.id)
            .select_from(best)
            .join(_doc, _doc.c.docid == best.c.rowid)
            .join(SkillPost, SkillPost.id == _doc.c.post_id)
            .where(live(today), _known_author())
            .order_by(
                best.c.rank if ranked else best.c.rank.desc(),
                SkillPost.created_at.desc(),
                SkillPost.id,
            )
            .limit(limit)
        )
    )
    return ids, every - dead


def _posts_in_order(session: Session, ids: Sequence[uuid.UUID]) -> list[SkillPost]:
    """The posts of `ids`, in that order (cards read their tags in one query of their own)."""
    if not ids:
        return []
    rows = {post.id: post for post in session.scalars(_posts().where(SkillPost.id.in_(ids)))}
    return [rows[post_id] for post_id in ids if post_id in rows]


def search(
    session: Session,
    query: str,
    *,
    antenna_id: uuid.UUID | None,
    today: date,
    now: datetime | None = None,
    limit: int = 60,
) -> Board:
    """The board searched for `query` (every other filter empty)."""
    return board(
        session,
        BoardFilter(query=query, limit=limit),
        antenna_id=antenna_id,
        today=today,
        now=now,
    )


# -- A post ------------------------------------------------------------------------------------


def _open_reports(session: Session, post_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    ids = list(post_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(SkillReport.post_id, func.count())
        .where(
            SkillReport.post_id.in_(ids),
            SkillReport.resolved_at.is_(None),
            SkillReport.deleted_at.is_(None),
        )
        .group_by(SkillReport.post_id)
    ).all()
    return {post_id: int(count) for post_id, count in rows}


def _details(
    session: Session,
    posts: Sequence[SkillPost],
    *,
    viewer_id: uuid.UUID | None,
    today: date,
    antenna_id: uuid.UUID | None,
    room: frozenset[uuid.UUID] = frozenset(),
) -> list[PostDetail]:
    shown = cards(session, posts, antenna_id=antenna_id, room=room)
    reports = _open_reports(session, (p.id for p in posts))
    asked: set[uuid.UUID] = set()
    if viewer_id is not None and posts:
        asked = set(
            session.scalars(
                select(IntroRequest.post_id).where(
                    IntroRequest.post_id.in_([p.id for p in posts]),
                    IntroRequest.requester_id == viewer_id,
                    IntroRequest.deleted_at.is_(None),
                )
            )
        )
    return [
        PostDetail(
            card=card,
            description=post.description,
            hidden=post.hidden,
            hidden_reason=post.hidden_reason,
            expired=post.expires_on is not None and post.expires_on < today,
            yours=viewer_id is not None and post.person_id == viewer_id,
            asked=post.id in asked,
            open_reports=reports.get(post.id, 0),
        )
        for post, card in zip(posts, shown, strict=True)
    ]


def post_detail(
    session: Session,
    post_id: uuid.UUID,
    *,
    viewer_id: uuid.UUID | None = None,
    today: date,
    antenna_id: uuid.UUID | None = None,
    moderator: bool = False,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> PostDetail | None:
    """A post as the person looking sees it; None when it is gone. A hidden or expired post is
    shown only to its author (and, hidden, to a facilitator: `moderator`)."""
    post = session.get(SkillPost, post_id)
    if post is None or post.deleted_at is not None:
        return None
    author = session.get(Person, post.person_id)
    if author is None or author.deleted_at is not None:
        return None
    yours = viewer_id is not None and post.person_id == viewer_id
    if not yours and not is_live(post, today) and not (moderator and post.hidden):
        return None
    room = in_room(session, antenna_id=antenna_id, today=today, now=now or utcnow(), zone=zone)
    return _details(
        session, [post], viewer_id=viewer_id, today=today, antenna_id=antenna_id, room=room
    )[0]


def person_posts(
    session: Session,
    person_id: uuid.UUID,
    *,
    today: date,
    antenna_id: uuid.UUID | None = None,
) -> tuple[PostDetail, ...]:
    """A person's own posts, expired and hidden ones included (to renew, edit or remove),
    newest first."""
    posts = session.scalars(
        _posts()
        .where(SkillPost.person_id == person_id, SkillPost.deleted_at.is_(None))
        .order_by(SkillPost.created_at.desc(), SkillPost.id.desc())
    ).all()
    return tuple(_details(session, posts, viewer_id=person_id, today=today, antenna_id=antenna_id))


# -- Matching ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tags:
    """The taxonomy as matching reads it, read once per matching: each live tag by its id as
    stored (`_raw`), with its id, whether it is a skill and its sector's tag id (a sector's
    own tag has none; a skill of a removed sector neither); and each sector's skills."""

    by_raw: dict[str, tuple[uuid.UUID, bool, uuid.UUID | None]]
    sector_tags: dict[uuid.UUID, list[uuid.UUID]]


def _matching_tags(session: Session) -> _Tags:
    rows = (
        session.connection()
        .execute(
            select(SkillTag.id, SkillTag.slug, SkillTag.sector).where(SkillTag.deleted_at.is_(None))
        )
        .all()
    )
    sectors = {slug: tag_id for tag_id, slug, sector in rows if not sector}
    skills: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    by_raw: dict[str, tuple[uuid.UUID, bool, uuid.UUID | None]] = {}
    for tag_id, _slug, sector in rows:
        by_raw[tag_id.hex] = (tag_id, bool(sector), sectors.get(sector) if sector else None)
        if sector and sector in sectors:
            skills[sectors[sector]].append(tag_id)
    return _Tags(by_raw=by_raw, sector_tags=skills)


def _candidates(
    session: Session, post_ids: Iterable[uuid.UUID], tags: _Tags
) -> tuple[dict[uuid.UUID, matching.Candidate], dict[int, uuid.UUID]]:
    """What scoring reads of these posts: their skills, sectors, modality, antenne and
    confirmation (`matching.Candidate`), and the posts of their documents in the index (for
    `_ranks_of`); in one statement, ids as stored (each post's tag ids gathered by SQLite,
    `tags` mapping them): converting every link's ids back would cost more than the
    query."""
    wanted = {post_id.hex: post_id for post_id in post_ids}
    if not wanted:
        return {}, {}
    links = (
        select(func.group_concat(_raw(SkillPostTag.tag_id), " "))
        .where(SkillPostTag.post_id == SkillPost.id, SkillPostTag.deleted_at.is_(None))
        .scalar_subquery()
    )
    rows = session.connection().execute(
        select(
            _raw(SkillPost.id),
            _raw(SkillPost.modality),
            _raw(SkillPost.antenna_id),
            _raw(SkillPost.confirmed_on),
            links,
            select(_doc.c.docid).where(_doc.c.post_id == SkillPost.id).scalar_subquery(),
        ).where(SkillPost.id.in_(list(wanted.values())))
    )
    antennas: dict[str, uuid.UUID] = {}
    found: dict[uuid.UUID, matching.Candidate] = {}
    docs: dict[int, uuid.UUID] = {}
    for raw_id, modality, antenna, confirmed, tag_ids, docid in rows:
        skills: set[uuid.UUID] = set()
        sectors: set[uuid.UUID] = set()
        for raw_tag in tag_ids.split() if tag_ids else ():
            known = tags.by_raw.get(raw_tag)
            if known is None:
                continue
            tag_id, is_skill, sector_id = known
            if not is_skill:
                sectors.add(tag_id)
                continue
            skills.add(tag_id)
            if sector_id is not None:
                sectors.add(sector_id)
        if antenna is not None and antenna not in antennas:
            antennas[antenna] = uuid.UUID(antenna)
        post_id = wanted[raw_id]
        if docid is not None:
            docs[int(docid)] = post_id
        found[post_id] = matching.Candidate(
            id=post_id,
            skills=frozenset(skills),
            sectors=frozenset(sectors),
            modality=modality,
            antenna_id=antennas[antenna] if antenna is not None else None,
            confirmed_on=date.fromisoformat(confirmed) if confirmed else None,
        )
    return found, docs


def _fitting_where(post: SkillPost, own: matching.Candidate, today: date) -> dict[str, Any]:
    """The values of `_anchors`' parameters for `post`: the live posts of the other kind, of
    other people, whose modality agrees with its."""
    other_kind = SkillPostKind.need if post.kind is SkillPostKind.offer else SkillPostKind.offer
    ways = (
        tuple(SkillModality)
        if own.modality == "either"
        else (SkillModality(own.modality), SkillModality.either)
    )
    return {"today": today, "kind": other_kind, "person": post.person_id, "ways": list(ways)}


_LINKS = SkillPostTag.__tablename__
# The links by tag, removal and post (`SkillPostTag`'s indexes).
_LINKS_BY_TAG = "ix_skill_post_tag_tag_id_deleted_at_post_id"


@functools.cache
def _anchors(count: int, width: int) -> Select[Any]:
    """The newest `ANCHOR_POSTS` posts carrying each of `count` sets of `width` tags (`tag0_0`,
    `tag0_1`, … for the first) that are live, of the `kind`, not the `person`'s, in one of the
    `ways`: the first tag's links walked newest first along their index (UUIDv7 ids) until
    enough pass — a few dozen rows, not every post of a popular skill. Built once per shape
    (the matching of one person runs a dozen of them)."""
    where = and_(
        live(bindparam("today", type_=SkillPost.expires_on.type)),
        _known_author(),
        SkillPost.kind == bindparam("kind", type_=SkillPost.kind.type),
        SkillPost.person_id != bindparam("person", type_=SkillPost.person_id.type),
        SkillPost.modality.in_(bindparam("ways", expanding=True, type_=SkillPost.modality.type)),
    )
    parts = []
    for index in range(count):
        query = (
            select(SkillPostTag.post_id.label("id"))
            .join(SkillPost, SkillPost.id == SkillPostTag.post_id)
            .where(
                SkillPostTag.tag_id == bindparam(f"tag{index}_0", type_=SkillPostTag.tag_id.type),
                SkillPostTag.deleted_at.is_(None),
            )
        )
        for other in range(1, width):
            # Each other tag checked on the link before its post is read (a join would read
            # the post of every link of the first tag first), in the links' covering index
            # (SQLite would pick the (post, tag) one, and read each link's row for its
            # removal): a few thousand lookups where the first tag's posts rarely carry the
            # others, cheaper than building each other tag's list of posts.
            tag = f"tag{index}_{other}"
            query = query.where(
                text(
                    f"EXISTS (SELECT 1 FROM {_LINKS} AS also INDEXED BY {_LINKS_BY_TAG} "
                    f"WHERE also.tag_id = :{tag} AND also.deleted_at IS NULL "
                    f"AND also.post_id = {_LINKS}.post_id)"
                ).bindparams(bindparam(tag, type_=SkillPostTag.tag_id.type))
            )
        # In a function, the filters cannot lead SQLite to scan the posts by an index of
        # theirs (every need, say) and look each up in the links: the links lead, in order.
        query = query.where(func.likely(where, type_=Boolean))
        limited = query.order_by(SkillPostTag.post_id.desc()).limit(ANCHOR_POSTS).subquery()
        parts.append(select(limited.c.id))
    return parts[0] if count == 1 else union_all(*parts).subquery().select()


def _anchored(
    session: Session,
    anchors: Sequence[tuple[uuid.UUID, ...]],
    values: dict[str, Any],
    exclude: Iterable[uuid.UUID],
) -> list[uuid.UUID]:
    """The posts the anchors (sets of tags of the same size) hand over, in one statement,
    each post once."""
    if not anchors:
        return []
    params = dict(values)
    for index, tags in enumerate(anchors):
        for position, tag in enumerate(tags):
            params[f"tag{index}_{position}"] = tag
    found = dict.fromkeys(
        session.connection().execute(_anchors(len(anchors), len(anchors[0])), params).scalars()
    )
    for post_id in exclude:
        found.pop(post_id, None)
    return list(found)


def _by_tags(
    session: Session,
    own: matching.Candidate,
    values: dict[str, Any],
    *,
    sector_tags: dict[uuid.UUID, list[uuid.UUID]],
    limit: int,
) -> list[uuid.UUID]:
    """The posts that may share `own`'s skills or sectors, the candidates of scoring.

    A post sharing more skills outscores any sharing fewer (`matching`), so the posts
    carrying all of `own`'s skills are read first, `ANCHOR_POSTS` of them, newest first; then,
    while fewer than `limit` are found, those carrying each set of one skill less (at most
    `SKILL_SETS` sets of a size), down to each skill's own; then the posts sharing only a
    sector (any tag of it)."""
    skills = sorted(own.skills)
    found: list[uuid.UUID] = []
    for width in range(len(skills), 0, -1):
        if len(found) >= limit:
            break
        sets = list(itertools.islice(itertools.combinations(skills, width), SKILL_SETS))
        found += _anchored(session, sets, values, found)
    if own.sectors and len(found) < limit:
        related = sorted(
            {tag for sector in own.sectors for tag in (sector, *sector_tags.get(sector, ()))}
            - own.skills
        )
        found += _anchored(session, [(tag,) for tag in related], values, found)
    return found


def _by_words(session: Session, expression: str, values: dict[str, Any]) -> dict[uuid.UUID, float]:
    """The index's best `TEXT_CANDIDATES` documents for `expression` (ranked in the index
    alone: one bm25 query, comparable ranks) that fit as `values` say (`_fitting_where`), with
    their ranks."""
    where = [
        live(values["today"]),
        _known_author(),
        SkillPost.kind == values["kind"],
        SkillPost.person_id != values["person"],
        SkillPost.modality.in_(values["ways"]),
    ]
    best = (
        select(_search.c.rowid, _rank().label("rank"))
        .where(_matching(expression))
        .order_by(_rank())
        .limit(TEXT_CANDIDATES)
        .subquery()
    )
    rows = (
        session.connection()
        .execute(
            select(SkillPost.id, best.c.rank)
            .select_from(best)
            .join(_doc, _doc.c.docid == best.c.rowid)
            .join(SkillPost, SkillPost.id == _doc.c.post_id)
            .where(*where)
        )
        .all()
    )
    return {post_id: float(rank) for post_id, rank in rows}


def _ranks_of(
    session: Session, expression: str, docs: dict[int, uuid.UUID]
) -> dict[uuid.UUID, float]:
    """bm25 of `expression` for these documents alone (`_candidates` reads which are whose;
    those it does not match have none).

    The index is walked once for `expression` and only these documents are ranked: a
    `rowid IN` the index itself would take runs the whole query once per document."""
    if not docs:
        return {}
    rows = session.connection().execute(
        select(_search.c.rowid, _rank()).where(
            _matching(expression),
            text("+skill_search.rowid IN :docids").bindparams(
                bindparam("docids", list(docs), expanding=True)
            ),
        )
    )
    return {docs[docid]: float(rank) for docid, rank in rows if docid in docs}


def _post_matches(
    session: Session,
    posts: Sequence[SkillPost],
    *,
    today: date,
    antenna_id: uuid.UUID | None,
    limit: int,
) -> list[tuple[SkillPost, list[matching.Scored]]]:
    """Each post's best `limit` fits (`matching`), in three steps: the candidates that share
    a tag (`_by_tags`), scored without their words; then the words' similarity (bm25 of the
    post's telling words) for those it may still reorder (`matching.worth_words`) — and, when
    the tags leave room, the index's best documents for the words alone; then the whole
    score."""
    if not posts:
        return []
    tags = _matching_tags(session)
    own, _ = _candidates(session, (p.id for p in posts), tags)
    vocabulary = _Vocabulary(session)
    gathered = []
    for post in posts:
        mine = own[post.id]
        values = _fitting_where(post, mine, today)
        found = _by_tags(session, mine, values, sector_tags=tags.sector_tags, limit=limit)
        expression = vocabulary.telling_query(f"{post.title} {post.description}")
        words = _by_words(session, expression, values) if expression and len(found) < limit else {}
        gathered.append((post, found, expression, words))
    # Every post's candidates read at once: two queries, not two per post.
    others, docs = _candidates(
        session, {i for _, found, _, words in gathered for i in (*found, *words)}, tags
    )
    result = []
    for post, found, expression, words in gathered:
        mine = own[post.id]
        base = [
            matching.score(mine, others[i], text=0.0, today=today, antenna_id=antenna_id)
            for i in found
            if i in others
        ]
        worth = [s.id for s in matching.worth_words(base, limit, TEXT_CANDIDATES)]
        ranks = dict(words)
        if expression:
            wanted = {i for i in worth if i not in ranks}
            ranks.update(
                _ranks_of(session, expression, {d: i for d, i in docs.items() if i in wanted})
            )
        texts = matching.relative_ranks(ranks)
        scored = matching.ranked(
            (
                matching.score(
                    mine, others[i], text=texts.get(i, 0.0), today=today, antenna_id=antenna_id
                )
                for i in dict.fromkeys([*worth, *words])
                if i in others
            ),
            limit,
        )
        result.append((post, scored))
    return result


class _Vocabulary:
    """How many documents of the index each word begins, for `telling_query`; read from an
    `fts5vocab` view of the index (in the connection's temporary schema) and kept for the
    process while the index holds the same documents (as many, the last the same): an edit
    changes a count by one, which does not make a word common or rare (the threshold is one
    document in `COMMON_SHARE`)."""

    _kept: ClassVar[dict[str, tuple[tuple[int, int], dict[str, int]]]] = {}

    def __init__(self, session: Session) -> None:
        self.session = session
        self.documents = -1
        self.counts: dict[str, int] = {}
        self.view = False

    def _start(self) -> None:
        if self.documents >= 0:
            return
        self.key = str(self.session.get_bind().engine.url)
        documents, last = self.session.execute(
            select(func.count(), func.coalesce(func.max(_doc.c.docid), 0)).select_from(_doc)
        ).one()
        self.documents = int(documents)
        kept = self._kept.get(self.key)
        if kept is not None and kept[0] == (self.documents, int(last)):
            self.counts = kept[1]
        else:
            self.counts = {}
            self._kept[self.key] = ((self.documents, int(last)), self.counts)

    def documents_of(self, stem: str) -> int:
        self._start()
        if stem not in self.counts:
            connection = self.session.connection()
            if not self.view:
                connection.exec_driver_sql(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.skill_search_vocab "
                    "USING fts5vocab(main, 'skill_search', 'row')"
                )
                self.view = True
            count = connection.exec_driver_sql(
                "SELECT coalesce(max(doc), 0) FROM temp.skill_search_vocab "
                "WHERE term >= ? AND term < ?",
                (stem, stem + "\uffff"),
            ).scalar()
            self.counts[stem] = int(count or 0)
        return self.counts[stem]

    def telling_query(self, text_: str) -> str:
        """An FTS5 query of `text_`'s significant words that tell posts apart: a word found in
        more than one document in `COMMON_SHARE` of the index says little of a skill (bm25
        would weigh it little) and would make the query rank most of the board."""
        stems = matching.significant_words(text_)
        if not stems:
            return ""
        self._start()
        common = max(COMMON_FLOOR, self.documents // COMMON_SHARE)
        telling = [stem for stem in stems if self.documents_of(stem) <= common]
        return " OR ".join(f'"{stem}"*' for stem in telling)


def matches(
    session: Session,
    person_id: uuid.UUID,
    *,
    today: date,
    antenna_id: uuid.UUID | None = None,
    limit: int = MATCHES_PER_POST,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> PersonMatches:
    """For each of the person's live needs, the live offers of other people that fit it, and for
    each of their live offers, the needs; best first (`app.skills.matching`)."""
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        return PersonMatches(person_id=person_id, first_name="", needs=(), offers=())
    posts = session.scalars(
        _posts()
        .where(SkillPost.person_id == person_id, live(today))
        .order_by(SkillPost.created_at.desc(), SkillPost.id.desc())
    ).all()
    found = _post_matches(session, posts, today=today, antenna_id=antenna_id, limit=limit)
    room = in_room(session, antenna_id=antenna_id, today=today, now=now or utcnow(), zone=zone)
    shown = _cards_by_id(
        session,
        {p.id for p in posts} | {s.id for _, scored in found for s in scored},
        antenna_id=antenna_id,
        room=room,
    )
    needs: list[PostMatches] = []
    offers: list[PostMatches] = []
    for post, scored in found:
        card = shown[post.id]
        entry = PostMatches(post=card, matches=tuple(_match(shown[s.id], s) for s in scored))
        (needs if post.kind is SkillPostKind.need else offers).append(entry)
    return PersonMatches(
        person_id=person_id, first_name=person.first_name, needs=tuple(needs), offers=tuple(offers)
    )


def _match(card: PostCard, scored: matching.Scored) -> Match:
    shared = tuple(tag for tag in card.tags if tag.id in scored.shared_skills)
    return Match(post=card, score=scored.score, shared_tags=shared)


def _cards_by_id(
    session: Session,
    ids: Iterable[uuid.UUID],
    *,
    antenna_id: uuid.UUID | None,
    room: frozenset[uuid.UUID] = frozenset(),
) -> dict[uuid.UUID, PostCard]:
    shown = cards_of(session, list(set(ids)), antenna_id=antenna_id, room=room)
    return {card.id: card for card in shown}


def new_matches(
    session: Session,
    *,
    since: datetime,
    today: date,
    antenna_id: uuid.UUID | None = None,
    limit: int = 50,
) -> tuple[NewMatch, ...]:
    """Needs and offers that fit, one of them posted since `since` (the week's, for the
    facilitators), best first; each pair once, scored from the side of its newer post (or the
    better of both sides when both are new).

    Read from the whole board at once (`_live_board`), not post by post: the pairs sharing
    the most skills come first (a shared skill outscores everything else, `matching`), so the
    new posts are grouped with the board's by the sets of skills they share, the most skills
    first, and within a set the other side's best (this antenne's, the freshest) first; the
    words are then ranked (bm25) for the pairs they may still reorder. Only when the skills
    and sectors leave room are the new posts matched one by one, words included."""
    board = _live_board(session, today=today, since=since)
    recent = [post for post in board.values() if post.recent]
    if not recent or limit <= 0:
        return ()
    here = _raw_id(antenna_id)
    best: dict[tuple[str, str], tuple[float, str]] = {}
    deepest = max(len(post.skills) for post in recent)
    for shared in range(deepest, -1, -1):
        for pair, (value, own) in _sharing_pairs(
            board, recent, shared, here=here, today=today, keep=TEXT_CANDIDATES
        ).items():
            if pair not in best or value > best[pair][0]:
                best[pair] = (value, own)
        if len(best) >= limit:
            break
    scored = _with_words(session, best, today=today, antenna_id=antenna_id, limit=limit)
    if len(scored) < limit:
        # Too few pairs share a tag: the new posts one by one, their words searched too.
        posts = _posts_in_order(session, [uuid.UUID(post.id) for post in recent])
        for post, fits in _post_matches(
            session, posts, today=today, antenna_id=antenna_id, limit=MATCHES_PER_POST
        ):
            for s in fits:
                need, offer = (
                    (post.id, s.id) if post.kind is SkillPostKind.need else (s.id, post.id)
                )
                scored[(need, offer)] = max(scored.get((need, offer), 0.0), s.score)
    ordered = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:limit]
    shown = _cards_by_id(session, {i for pair, _ in ordered for i in pair}, antenna_id=antenna_id)
    return tuple(
        NewMatch(need=shown[need], offer=shown[offer], score=score)
        for (need, offer), score in ordered
        if need in shown and offer in shown
    )


def _sharing_pairs(
    board: dict[str, _LivePost],
    recent: Sequence[_LivePost],
    shared: int,
    *,
    here: str | None,
    today: date,
    keep: int,
) -> dict[tuple[str, str], tuple[float, str]]:
    """The best `keep` pairs of a recent post and a post of the other kind that share exactly
    `shared` skills (0: a sector and no skill), scored without words, with the id of the post
    they are scored from. Within such pairs the score only depends on the other post (this
    antenne's, its freshness), so each group of posts is sorted once by it and read from its
    best until the pairs kept are better."""
    groups: dict[tuple[str, ...], dict[str, list[_LivePost]]] = {}
    for post in recent:
        for key in _keys(post, shared):
            groups.setdefault(key, {})
    if not groups:
        return {}
    for post in board.values():
        for key in _keys(post, shared):
            group = groups.get(key)
            if group is not None:
                group.setdefault(post.kind, []).append(post)

    def quality(post: _LivePost) -> float:
        return matching.SAME_ANTENNA_WEIGHT * (
            here is not None and post.antenna == here
        ) + matching.FRESHNESS_WEIGHT * matching.freshness(post.confirmed_on, today)

    floor = matching.SKILL_WEIGHT * shared + matching.SECTOR_WEIGHT + matching.MODALITY_WEIGHT
    kept: list[tuple[float, str, str, str]] = []  # a heap of (score, need, offer, own)
    for group in groups.values():
        for posts in group.values():
            posts.sort(key=lambda post: (-quality(post), post.id))
    for post in recent:
        other_kind = "need" if post.kind == "offer" else "offer"
        for key in _keys(post, shared):
            for other in groups[key].get(other_kind, ()):
                value = floor + quality(other)
                if len(kept) >= keep and value <= kept[0][0]:
                    break
                if (
                    other.person == post.person
                    or not matching.modalities_agree(post.modality, other.modality)
                    or len(post.skills & other.skills) != shared
                    or (shared == 0 and not post.sectors & other.sectors)
                ):
                    continue
                need, offer = (post.id, other.id) if post.kind == "need" else (other.id, post.id)
                entry = (round(value, 6), need, offer, post.id)
                if len(kept) < keep:
                    heapq.heappush(kept, entry)
                else:
                    heapq.heappushpop(kept, entry)
    found: dict[tuple[str, str], tuple[float, str]] = {}
    for value, need, offer, own in kept:
        if (need, offer) not in found or value > found[(need, offer)][0]:
            found[(need, offer)] = (value, own)
    return found


def _keys(post: _LivePost, shared: int) -> list[tuple[str, ...]]:
    """The groups a post is in for pairs sharing `shared` skills: each set of that many of its
    skills (at most `SKILL_SETS` of them), or with 0 each of its sectors."""
    if shared == 0:
        return [(sector,) for sector in sorted(post.sectors)]
    if shared > len(post.skills):
        return []
    return list(itertools.islice(itertools.combinations(sorted(post.skills), shared), SKILL_SETS))


def _with_words(
    session: Session,
    pairs: dict[tuple[str, str], tuple[float, str]],
    *,
    today: date,
    antenna_id: uuid.UUID | None,
    limit: int,
) -> dict[tuple[uuid.UUID, uuid.UUID], float]:
    """The pairs' whole scores (`matching.score`), the words' similarity ranked for those it
    may still reorder: for each post they are scored from, bm25 of its telling words against
    its pairs' other posts, relative to the best of them."""
    if not pairs:
        return {}
    order = sorted(pairs.items(), key=lambda item: -item[1][0])
    floor = order[min(limit, len(order)) - 1][1][0] - matching.TEXT_WEIGHT
    worth = [(pair, own) for pair, (value, own) in order if value >= floor]
    ids = {i for (need, offer), _own in worth for i in (need, offer)}
    candidates, docs = _candidates(session, (uuid.UUID(i) for i in ids), _matching_tags(session))
    doc_of = {post_id.hex: docid for docid, post_id in docs.items()}
    others: dict[str, list[str]] = defaultdict(list)
    for (need, offer), own in worth:
        others[own].append(offer if own == need else need)
    vocabulary = _Vocabulary(session)
    words: dict[str, str] = {
        str(post_id): f"{title} {description}"
        for post_id, title, description in session.execute(
            select(_raw(SkillPost.id), SkillPost.title, SkillPost.description).where(
                SkillPost.id.in_([uuid.UUID(own) for own in others])
            )
        )
    }
    texts: dict[tuple[str, str], float] = {}
    for own, other_ids in others.items():
        expression = vocabulary.telling_query(str(words.get(own, "")))
        if not expression:
            continue
        their_docs = {doc_of[i]: docs[doc_of[i]] for i in other_ids if i in doc_of}
        ranks = matching.relative_ranks(_ranks_of(session, expression, their_docs))
        for other_id, value in ranks.items():
            texts[(own, other_id.hex)] = value
    scored: dict[tuple[uuid.UUID, uuid.UUID], float] = {}
    for (need, offer), own in worth:
        other = offer if own == need else need
        mine, theirs = candidates.get(uuid.UUID(own)), candidates.get(uuid.UUID(other))
        if mine is None or theirs is None:
            continue
        found = matching.score(
            mine, theirs, text=texts.get((own, other), 0.0), today=today, antenna_id=antenna_id
        )
        if found is not None:
            scored[(uuid.UUID(need), uuid.UUID(offer))] = found.score
    return scored


def _raw(column_: Any) -> Any:
    """A column as SQLite stores it (a UUID's hex, an enum's value): reading every live post,
    converting each id and modality back would cost more than the query."""
    return type_coerce(column_, String())


def _raw_id(value: uuid.UUID | None) -> str | None:
    """An id as `_raw` reads it."""
    return value.hex if value is not None else None


@dataclass(frozen=True)
class _LivePost:
    """What the facilitators' views read of a live post (`_live_board`), ids as stored."""

    id: str
    person: str
    kind: str
    modality: str
    antenna: str | None
    confirmed_on: date | None
    title: str
    recent: bool
    # Its skills' ids; the slugs of its sectors (of its skills, or a sector's own tag).
    skills: frozenset[str]
    sectors: frozenset[str]


def _live_board(
    session: Session, *, today: date, since: datetime | None = None
) -> dict[str, _LivePost]:
    """Every live post of a known author with its skills and sectors, newest first, in one
    query for the whole board (each post's tag ids gathered by SQLite, the taxonomy mapping
    them): what the week's new matches and the needs nobody offers both group by. `recent`:
    created since `since`."""
    tags = {
        tag_id.hex: (sector, slug)
        for tag_id, sector, slug in session.execute(
            select(SkillTag.id, SkillTag.sector, SkillTag.slug).where(SkillTag.deleted_at.is_(None))
        )
    }
    links = (
        select(func.group_concat(_raw(SkillPostTag.tag_id), " "))
        .where(SkillPostTag.post_id == SkillPost.id, SkillPostTag.deleted_at.is_(None))
        .scalar_subquery()
    )
    recent = SkillPost.created_at >= _aware(since) if since is not None else false()
    rows = session.execute(
        select(
            _raw(SkillPost.id),
            _raw(SkillPost.person_id),
            _raw(SkillPost.kind),
            _raw(SkillPost.modality),
            _raw(SkillPost.antenna_id),
            _raw(SkillPost.confirmed_on),
            SkillPost.title,
            recent,
            links,
        )
        .where(live(today), _known_author())
        .order_by(SkillPost.created_at.desc(), SkillPost.id.desc())
    ).all()
    board: dict[str, _LivePost] = {}
    for post_id, person_id, kind, modality, antenna, confirmed, title, is_recent, tag_ids in rows:
        skills: set[str] = set()
        sectors: set[str] = set()
        for tag_id in tag_ids.split() if tag_ids else ():
            known = tags.get(tag_id)
            if known is not None:
                sector, slug = known
                if sector:
                    skills.add(tag_id)
                sectors.add(sector or slug)
        board[post_id] = _LivePost(
            id=post_id,
            person=person_id,
            kind=kind,
            modality=modality,
            antenna=antenna,
            confirmed_on=date.fromisoformat(confirmed) if confirmed else None,
            title=title,
            recent=bool(is_recent),
            skills=frozenset(skills),
            sectors=frozenset(sectors),
        )
    return board


def unmet_needs(session: Session, *, today: date, titles: int = 5) -> tuple[UnmetNeeds, ...]:
    """The live needs no live offer fits, counted by sector (a need without a tag counts
    under None), the biggest count first: the trainings an antenne could organise.

    A need is met when another person's live offer is in one of its sectors (a shared skill
    or a shared sector, `matching`) with a modality that agrees; read for the whole board in
    one query (`_live_board`, which the week's new matches read too), not need by need."""
    board = _live_board(session, today=today)
    offered: dict[tuple[str, str], set[str]] = defaultdict(set)
    for post in board.values():
        if post.kind == SkillPostKind.offer.value:
            for slug in post.sectors:
                offered[(slug, post.modality)].add(post.person)

    def met(post: _LivePost) -> bool:
        agreeing = (
            ("in_person", "online", "either")
            if post.modality == "either"
            else (post.modality, "either")
        )
        # Someone else offers it: no copy of a sector's offerers less the author per need.
        return any(
            len(people) > 1 or (bool(people) and post.person not in people)
            for slug in post.sectors
            for other in agreeing
            for people in (offered.get((slug, other), _NOBODY),)
        )

    unmet = [
        post for post in board.values() if post.kind == SkillPostKind.need.value and not met(post)
    ]
    sectors = {
        s.tag.slug: (position, s.tag) for position, s in enumerate(taxonomy(session).sectors)
    }
    grouped: dict[str | None, list[str]] = defaultdict(list)
    for post in unmet:
        known = sorted((s for s in post.sectors if s in sectors), key=lambda s: sectors[s][0])
        grouped[known[0] if known else None].append(post.title)
    ordered = sorted(
        grouped.items(),
        key=lambda item: (-len(item[1]), sectors[item[0]][0] if item[0] else len(sectors)),
    )
    return tuple(
        UnmetNeeds(
            sector=sectors[slug][1] if slug else None,
            count=len(found),
            titles=tuple(found[:titles]),
        )
        for slug, found in ordered
    )


# -- Freshness ---------------------------------------------------------------------------------


def freshness_of(post: SkillPost, today: date) -> Freshness | None:
    """Why the author should be asked about their post now, if they should."""
    if post.expires_on is not None and post.expires_on < today:
        return Freshness.expired
    if post.expires_on is not None and post.expires_on <= today + timedelta(
        days=EXPIRY_WARNING_DAYS
    ):
        return Freshness.expiring
    confirmed = post.confirmed_on or post.created_at.date()
    if confirmed < today - timedelta(days=STALE_AFTER_DAYS):
        return Freshness.old
    return None


def freshness_due(
    session: Session, person_id: uuid.UUID, *, today: date
) -> tuple[FreshnessDue, ...]:
    """The person's posts to ask about at check-in ("Still offering Excel help?"): expired,
    expiring within `EXPIRY_WARNING_DAYS`, or confirmed more than `STALE_AFTER_DAYS` ago; the
    soonest to go first. Hidden posts are a facilitator's matter, not asked about."""
    posts = session.scalars(
        _posts()
        .where(
            SkillPost.person_id == person_id,
            SkillPost.deleted_at.is_(None),
            SkillPost.hidden.is_(False),
        )
        .order_by(SkillPost.created_at, SkillPost.id)
    ).all()
    due = [(post, reason) for post in posts if (reason := freshness_of(post, today)) is not None]
    due.sort(key=lambda item: ((item[0].expires_on or date.max), item[0].created_at, item[0].id))
    return tuple(
        FreshnessDue(
            post_id=post.id,
            kind=PostKind(post.kind.value),
            title=post.title,
            reason=reason,
            expires_on=post.expires_on,
        )
        for post, reason in due
    )


# -- Introductions -----------------------------------------------------------------------------


def _intro_views(session: Session, where: Sequence[ColumnElement[bool]]) -> tuple[IntroView, ...]:
    requester = Person.__table__.alias("requester")
    author = Person.__table__.alias("author")
    rows = session.execute(
        select(
            IntroRequest,
            SkillPost.title,
            requester.c.first_name,
            requester.c.last_name,
            author.c.first_name,
            author.c.last_name,
        )
        .join(SkillPost, SkillPost.id == IntroRequest.post_id)
        .join(requester, requester.c.id == IntroRequest.requester_id)
        .join(author, author.c.id == SkillPost.person_id)
        .where(
            IntroRequest.deleted_at.is_(None),
            SkillPost.deleted_at.is_(None),
            requester.c.deleted_at.is_(None),
            author.c.deleted_at.is_(None),
            *where,
        )
        .order_by(IntroRequest.created_at.desc(), IntroRequest.id.desc())
    ).all()
    return tuple(
        IntroView(
            id=intro.id,
            post_id=intro.post_id,
            post_title=title,
            requester=display_name(r_first, r_last),
            author=display_name(a_first, a_last),
            message=intro.message,
            state=IntroState(intro.status.value),
            asked_at=intro.created_at,
            answered_at=intro.answered_at,
            relayed=intro.relayed_at is not None,
        )
        for intro, title, r_first, r_last, a_first, a_last in rows
    )


def intros_for_author(session: Session, person_id: uuid.UUID) -> tuple[IntroView, ...]:
    """The introductions waiting for the person's answer, on their posts; newest first."""
    return _intro_views(
        session,
        [SkillPost.person_id == person_id, IntroRequest.status == IntroStatus.pending],
    )


def intros_asked_by(session: Session, person_id: uuid.UUID) -> tuple[IntroView, ...]:
    """The introductions the person asked for, in every state; newest first."""
    return _intro_views(session, [IntroRequest.requester_id == person_id])


# -- Moderation --------------------------------------------------------------------------------


def moderation(
    session: Session,
    *,
    today: date,
    antenna_id: uuid.UUID | None = None,
    facilitator_id: uuid.UUID | None = None,
) -> Moderation:
    """Open reports on posts still there, oldest first; the hidden posts, last hidden first."""
    reports = session.execute(
        select(SkillReport, SkillPost)
        .join(SkillPost, SkillPost.id == SkillReport.post_id)
        .where(
            SkillReport.resolved_at.is_(None),
            SkillReport.deleted_at.is_(None),
            SkillPost.deleted_at.is_(None),
        )
        .order_by(SkillReport.created_at, SkillReport.id)
    ).all()
    shown = _cards_by_id(session, {post.id for _, post in reports}, antenna_id=antenna_id)
    hidden = session.scalars(
        _posts()
        .where(SkillPost.deleted_at.is_(None), SkillPost.hidden.is_(True))
        .order_by(SkillPost.hidden_at.desc(), SkillPost.id)
    ).all()
    return Moderation(
        reports=tuple(
            ReportView(
                id=report.id,
                post=shown[post.id],
                reason=ReportReason(report.reason.value),
                note=report.note,
                reported_at=report.created_at,
            )
            for report, post in reports
        ),
        hidden=tuple(
            _details(session, hidden, viewer_id=facilitator_id, today=today, antenna_id=antenna_id)
        ),
    )
