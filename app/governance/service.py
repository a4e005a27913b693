"""The governance read model: the map of bodies and links, a body with its people, meetings and
agenda, where a person fits, and who sits where (docs/architecture.md, "Governance").

Everything here reads: governance content is hub-authoritative (published by the cooperative,
pulled by the sync), so the kiosk only shows it. People appear as first name and initial, with
their photo only when they consented to it; only people holding a current mandate can be found.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from app.agenda.rules import shown_status, support_needed
from app.antennas import antenna_of
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.governance import wording
from app.governance.types import (
    AgendaLine,
    BodyCard,
    BodyDetail,
    Face,
    Fit,
    FitLine,
    GovernanceMap,
    LinkLine,
    MeetingInfo,
    MeetTheBoard,
    OwnItem,
    PersonHit,
    Phrase,
)
from app.localtime import local_day
from app.sync.service import sync_status
from app.text import fold
from db.models import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    Body,
    BodyLink,
    BodyLinkKind,
    Mandate,
    Meeting,
    MeetingStatus,
    Person,
    PersonKind,
    SessionKind,
)
from db.models import Session as KioskSession

CONTEXT = "Governance"
# A name search lists nobody until the query is specific (docs/architecture.md, "Kiosk
# conventions"): two letters at least.
MIN_QUERY = 2
MAX_HITS = 20
# How far ahead a mandate's end counts as "a seat frees up" (stand for election).
ELECTION_HORIZON = timedelta(days=365)
PAST_MEETINGS = 5
# The published agenda: what the body put on a meeting (its own items and members' accepted
# ones). Items still waiting for the secretary are not on a meeting's agenda yet.
ON_AGENDA = (AgendaStatus.scheduled, AgendaStatus.treated)
# A member's item still on its way: the body has neither treated nor declined it.
IN_PROGRESS = (
    AgendaStatus.submitted,
    AgendaStatus.supported,
    AgendaStatus.accepted,
    AgendaStatus.scheduled,
)
# How far along an item is, to name the furthest of a body's items on its card.
PROGRESS = ("submitted", "supported", "accepted", "scheduled", "treated")


def _current(today: date) -> tuple[ColumnElement[bool], ...]:
    return (
        Mandate.deleted_at.is_(None),
        Mandate.start <= today,
        or_(Mandate.end.is_(None), Mandate.end >= today),
    )


def _people_counts(session: Session, today: date) -> Counter[uuid.UUID]:
    rows = session.execute(
        select(Mandate.body_id, func.count(func.distinct(Mandate.person_id)))
        .join(Person, Person.id == Mandate.person_id)
        .where(*_current(today), Person.deleted_at.is_(None))
        .group_by(Mandate.body_id)
    )
    return Counter({body_id: int(count) for body_id, count in rows})


def _card(body: Body, people: int, local_antenna: uuid.UUID | None) -> BodyCard:
    kind = body.kind.value
    return BodyCard(
        id=body.id,
        slug=body.slug,
        kind=kind,
        name=dict(body.name or {}),
        purpose=dict(body.purpose or {}),
        plain_name=wording.plain_name(kind),
        plain_purpose=wording.plain_purpose(kind, people),
        people=people,
        local=body.antenna_id is not None and body.antenna_id == local_antenna,
        position=body.position,
        level=wording.PARTICIPATION_OF_KIND.get(kind, "information"),
    )


def _bodies() -> Select[Any]:
    return select(Body).where(Body.deleted_at.is_(None)).order_by(Body.position, Body.slug)


def _items_with_support(
    session: Session, bodies: dict[uuid.UUID, Body], *conditions: ColumnElement[bool]
) -> list[OwnItem]:
    """Members' items matching `conditions`, newest first, each with the status a member is
    shown: the hub's, or `supported` once enough members co-signed (`app.agenda.rules`, the
    rule the agenda's own screens apply). One query counts the co-signatures; the antenne's
    members are counted only for a body whose threshold is a share of them."""
    rows = session.execute(
        select(
            AgendaItem.body_id,
            AgendaItem.title,
            AgendaItem.status,
            Person.antenna_id,
            func.count(AgendaSupport.id),
        )
        .outerjoin(Person, Person.id == AgendaItem.proposer_id)
        .outerjoin(
            AgendaSupport,
            (AgendaSupport.item_id == AgendaItem.id) & AgendaSupport.deleted_at.is_(None),
        )
        .where(AgendaItem.deleted_at.is_(None), AgendaItem.proposer_id.is_not(None), *conditions)
        .group_by(AgendaItem.id, Person.antenna_id)
        .order_by(AgendaItem.created_at.desc(), AgendaItem.id.desc())
    ).all()
    members: dict[uuid.UUID | None, int] = {}
    shown = []
    for body_id, title, status, proposer_antenna, supports in rows:
        body = bodies.get(body_id)
        if body is None:
            continue
        shown_as = status.value
        if status is AgendaStatus.submitted:
            rules = body.rules or {}
            antenna = None
            if isinstance(rules.get("support_threshold"), dict):
                # A share of the antenne's members: the local body's, else the proposer's.
                antenna = body.antenna_id or proposer_antenna
                if antenna not in members:
                    members[antenna] = _members_of(session, antenna)
            needed = support_needed(rules, members.get(antenna, 0))
            shown_as = shown_status(shown_as, int(supports), needed)
        shown.append(OwnItem(body_id, title, shown_as))
    return shown


def _members_of(session: Session, antenna_id: uuid.UUID | None) -> int:
    if antenna_id is None:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(
                Person.antenna_id == antenna_id,
                Person.kind == PersonKind.member,
                Person.deleted_at.is_(None),
            )
        )
        or 0
    )


def _in_progress(session: Session, bodies: dict[uuid.UUID, Body]) -> dict[uuid.UUID, list[str]]:
    """Each body's members' items in progress, by the status a member is shown. Items past
    the secretary are counted in SQL; only those still waiting are read one by one, to count
    their co-signatures."""
    statuses: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    for body_id, status, count in session.execute(
        select(AgendaItem.body_id, AgendaItem.status, func.count())
        .where(
            AgendaItem.deleted_at.is_(None),
            AgendaItem.proposer_id.is_not(None),
            AgendaItem.status.in_([s for s in IN_PROGRESS if s is not AgendaStatus.submitted]),
        )
        .group_by(AgendaItem.body_id, AgendaItem.status)
    ):
        statuses[body_id].extend([status.value] * int(count))
    for item in _items_with_support(session, bodies, AgendaItem.status == AgendaStatus.submitted):
        statuses[item.body_id].append(item.status)
    return statuses


def _next_meet_the_board(session: Session, now: datetime) -> datetime | None:
    starts_at = session.scalar(
        select(func.min(KioskSession.starts_at)).where(
            KioskSession.kind == SessionKind.meet_the_board,
            KioskSession.deleted_at.is_(None),
            KioskSession.cancelled.is_(False),
            KioskSession.starts_at >= now,
        )
    )
    return None if starts_at is None else _aware(starts_at)


def governance_map(
    ctx: AppContext, *, today: date | None = None, now: datetime | None = None
) -> GovernanceMap:
    """Every body as a card — with its members' items in progress and, on the board's, the
    next meet-the-board moment — and every link between two live bodies."""
    now = now or utcnow()
    with ctx.db.session() as session:
        today = today or local_day(ctx, now)
        counts = _people_counts(session, today)
        local = antenna_of(session, ctx)
        bodies = {body.id: body for body in session.scalars(_bodies())}
        in_progress = _in_progress(session, bodies)
        meet = _next_meet_the_board(session, now)
        cards = tuple(
            replace(
                _card(body, counts[body.id], local),
                items_in_progress=len(in_progress.get(body.id, ())),
                furthest_status=max(in_progress.get(body.id, ()), key=PROGRESS.index, default=None),
                meet_the_board=meet if body.kind.value == "board" else None,
            )
            for body in bodies.values()
        )
        known = {card.id for card in cards}
        links = tuple(
            LinkLine(row.source_id, row.target_id, row.kind.value)
            for row in session.execute(
                select(BodyLink.source_id, BodyLink.target_id, BodyLink.kind)
                .where(BodyLink.deleted_at.is_(None))
                .order_by(BodyLink.source_id, BodyLink.target_id, BodyLink.kind)
            )
            if row.source_id in known and row.target_id in known
        )
    return GovernanceMap(cards, links)


def _unknown_body() -> NotFoundError:
    return NotFoundError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("Governance", "This body is not known on this kiosk."))
    )


def _body(session: Session, *, body_id: uuid.UUID | None, slug: str | None) -> Body:
    statement = select(Body).where(Body.deleted_at.is_(None))
    if body_id is not None:
        statement = statement.where(Body.id == body_id)
    elif slug:
        statement = statement.where(Body.slug == slug)
    else:
        raise _unknown_body()
    body = session.scalar(statement)
    if body is None:
        raise _unknown_body()
    return body


def initials(first_name: str, last_name: str) -> str:
    return (first_name[:1] + last_name[:1]).upper()


def _faces(session: Session, body_id: uuid.UUID, today: date) -> tuple[Face, ...]:
    # The photo column is deferred: read only the consented ones.
    rows = session.execute(
        select(Mandate, Person)
        .join(Person, Person.id == Mandate.person_id)
        .where(Mandate.body_id == body_id, *_current(today), Person.deleted_at.is_(None))
        .order_by(Person.search_first, Person.search_last, Person.id)
    ).all()
    faces = [
        Face(
            person_id=person.id,
            name=person.display_name,
            initials=initials(person.first_name, person.last_name),
            photo=person.photo if person.photo_consent else None,
            role=mandate.role,
            until=mandate.end,
        )
        for mandate, person in rows
    ]
    # Chairs and officers first, then members, each group by first name (as read on the wall).
    order = {role: index for index, role in enumerate(wording.ROLES)}
    return tuple(sorted(faces, key=lambda face: order.get(face.role, len(order) - 1)))


def _agenda_line(item: AgendaItem) -> AgendaLine:
    return AgendaLine(
        id=item.id,
        title=item.title,
        status=item.status.value,
        answer=item.answer,
        by_member=item.proposer_id is not None,
        language=item.language,
        position=item.position,
    )


def _meeting(meeting: Meeting, agenda: Iterable[AgendaItem]) -> MeetingInfo:
    return MeetingInfo(
        id=meeting.id,
        title=dict(meeting.title or {}),
        starts_at=meeting.starts_at,
        location=meeting.location,
        online=bool(meeting.online_url),
        status=meeting.status.value,
        minutes=meeting.minutes,
        agenda=tuple(_agenda_line(item) for item in agenda),
    )


def body_detail(
    ctx: AppContext,
    *,
    body_id: uuid.UUID | None = None,
    slug: str | None = None,
    now: datetime | None = None,
) -> BodyDetail:
    """A body with its rules in words, its people, its next and past meetings, the items
    members brought to its agenda and its meet-the-board sessions."""
    now = now or utcnow()
    today = local_day(ctx, now)
    with ctx.db.session() as session:
        body = _body(session, body_id=body_id, slug=slug)
        faces = _faces(session, body.id, today)
        card = _card(body, len({face.person_id for face in faces}), antenna_of(session, ctx))
        meetings = session.scalars(
            select(Meeting)
            .where(
                Meeting.body_id == body.id,
                Meeting.deleted_at.is_(None),
                Meeting.status != MeetingStatus.cancelled,
            )
            .order_by(Meeting.starts_at)
        ).all()
        items = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.body_id == body.id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
        ).all()
        on_meeting: defaultdict[uuid.UUID, list[AgendaItem]] = defaultdict(list)
        for item in items:
            if item.meeting_id is not None and item.status in ON_AGENDA:
                on_meeting[item.meeting_id].append(item)
        upcoming = [
            m for m in meetings if m.status is MeetingStatus.planned and _aware(m.starts_at) >= now
        ]
        past = [m for m in meetings if m.status is MeetingStatus.held]
        sessions = session.scalars(
            select(KioskSession)
            .where(
                KioskSession.kind == SessionKind.meet_the_board,
                KioskSession.deleted_at.is_(None),
                KioskSession.cancelled.is_(False),
                KioskSession.starts_at >= now,
            )
            .order_by(KioskSession.starts_at)
        ).all()
        return BodyDetail(
            card=card,
            rules=wording.rules_in_words(body.rules or {}),
            faces=faces,
            next_meeting=_meeting(upcoming[0], on_meeting[upcoming[0].id]) if upcoming else None,
            past_meetings=tuple(
                _meeting(m, on_meeting[m.id]) for m in reversed(past[-PAST_MEETINGS:])
            ),
            member_items=tuple(_agenda_line(item) for item in items if item.proposer_id),
            # Meet-the-board moments are the board's: other bodies list none.
            meet_the_board=tuple(
                MeetTheBoard(s.id, s.title, s.starts_at, s.location) for s in sessions
            )
            if body.kind.value == "board"
            else (),
        )


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes in some paths; every stored time is UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def public_page_url(ctx: AppContext, language: str) -> str | None:
    """Where the cooperative's public governance page is (the hub's `/public/governance`, in
    `language`), for the QR code on the printed boards; None while this kiosk is not enrolled
    with a hub."""
    status = sync_status(ctx)
    if not status.enrolled or not status.hub_url:
        return None
    lang = language if language in wording.PUBLIC_LANGUAGES else wording.PUBLIC_LANGUAGES[0]
    return f"{status.hub_url.rstrip('/')}/public/governance?lang={lang}"


def _unknown_person() -> NotFoundError:
    return NotFoundError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("Governance", "This person is no longer known."))
    )


def where_do_i_fit(ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None) -> Fit:
    """The bodies open to a person for the participation levels they asked for, each at the
    highest of their levels the body offers, with what they can do next there."""
    now = now or utcnow()
    today = local_day(ctx, now)
    with ctx.db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise _unknown_person()
        chosen = tuple(level for level in wording.LEVELS if level in (person.levels or ()))
        levels = chosen or wording.LEVELS
        bodies = session.scalars(_bodies()).all()
        next_meetings: dict[uuid.UUID, datetime] = {}
        for body_id, starts_at in session.execute(
            select(Meeting.body_id, func.min(Meeting.starts_at))
            .where(
                Meeting.deleted_at.is_(None),
                Meeting.status == MeetingStatus.planned,
                Meeting.starts_at >= now,
            )
            .group_by(Meeting.body_id)
        ):
            next_meetings[body_id] = _aware(starts_at)
        elected = set(
            session.scalars(
                select(BodyLink.target_id).where(
                    BodyLink.kind == BodyLinkKind.elects, BodyLink.deleted_at.is_(None)
                )
            )
        )
        seats: dict[uuid.UUID, date] = {}
        for body_id, end in session.execute(
            select(Mandate.body_id, func.min(Mandate.end))
            .where(
                *_current(today), Mandate.end.is_not(None), Mandate.end <= today + ELECTION_HORIZON
            )
            .group_by(Mandate.body_id)
        ):
            if end is not None:
                seats[body_id] = end
        lines = []
        for body in bodies:
            ceiling = wording.PARTICIPATION_OF_KIND.get(body.kind.value, "information")
            open_levels = [level for level in levels if wording.level_at_most(level, ceiling)]
            if not open_levels:
                continue
            actions = _actions(
                open_levels,
                next_meetings.get(body.id),
                seats.get(body.id) if body.id in elected else None,
            )
            lines.append(FitLine(body.id, open_levels[-1], actions))
        return Fit(
            person_id=person.id,
            first_name=person.first_name,
            levels=levels,
            chose_levels=bool(chosen),
            lines=tuple(lines),
            own_items=tuple(
                _items_with_support(
                    session,
                    {body.id: body for body in bodies},
                    AgendaItem.proposer_id == person.id,
                )
            ),
        )


def _actions(
    levels: list[str], next_meeting: datetime | None, seat: date | None
) -> tuple[Phrase, ...]:
    actions = []
    for level in levels:
        if level == "information":
            actions.append(wording.phrase(wording.READ))
        elif level == "consultation":
            actions.append(wording.phrase(wording.PROPOSE))
        elif level == "concertation":
            actions.append(
                wording.phrase(wording.COME, day=next_meeting.date())
                if next_meeting is not None
                else wording.phrase(wording.COME_LATER)
            )
        else:
            actions.append(wording.phrase(wording.DECIDE))
    if seat is not None and levels[-1] != "information":
        actions.append(wording.phrase(wording.STAND, day=seat))
    return tuple(actions)


def find_people(ctx: AppContext, query: str, *, today: date | None = None) -> tuple[PersonHit, ...]:
    """People holding a current mandate whose first or last name starts with what was typed
    (accent- and case-insensitive), with their bodies; nobody until two letters are typed, and
    never someone found by their badge only (`person.name_search`)."""
    folded = fold(query).strip()
    if len(folded) < MIN_QUERY:
        return ()
    if len(folded) > 120:
        raise InvalidInputError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Governance", "That name is too long."))
        )
    # LIKE's own wildcards typed by a person are letters to match, not patterns.
    pattern = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with ctx.db.session() as session:
        today = today or local_day(ctx)
        rows = session.execute(
            select(Person.id, Person.first_name, Person.last_name, Mandate.body_id)
            .join(Mandate, Mandate.person_id == Person.id)
            .join(Body, Body.id == Mandate.body_id)
            .where(
                *_current(today),
                Person.deleted_at.is_(None),
                # "Find me by my badge only": not found by typing a name on the map either.
                Person.name_search.is_(True),
                Body.deleted_at.is_(None),
                or_(
                    Person.search_first.like(pattern, escape="\\"),
                    Person.search_last.like(pattern, escape="\\"),
                    (Person.search_first + " " + Person.search_last).like(pattern, escape="\\"),
                ),
            )
            .order_by(Person.search_first, Person.search_last, Person.id, Body.position)
        ).all()
    hits: dict[uuid.UUID, tuple[str, list[uuid.UUID]]] = {}
    for person_id, first, last, body_id in rows:
        initial = last[:1].upper()
        _name, bodies = hits.setdefault(
            person_id, (f"{first} {initial}." if initial else first, [])
        )
        if body_id not in bodies:
            bodies.append(body_id)
    return tuple(
        PersonHit(person_id, name, tuple(bodies))
        for person_id, (name, bodies) in list(hits.items())[:MAX_HITS]
    )
