"""“How involved do you want to be?”: participation levels, topics and channels of news.

The seed's grid of participation levels (information → consultation → concertation →
codecision), the topics a person cares about, and how they want to hear from the antenne.
Stored on the person with the day they answered; asked again after a year. Facilitators see
the counts for the antenne and export who wants which news (only people who consented).
"""

from __future__ import annotations

import csv
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app import log
from app.audit import record_audit_in
from app.changes import NOTHING, Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.events import InvolvementSaved
from app.involvement.types import Involvement, InvolvementCounts, NewsExport, Recipient
from app.private_files import private_folder
from db.models import Antenna, ParticipationLevel, Person

CONTEXT = "Involvement"
LEVELS: tuple[str, ...] = tuple(level.value for level in ParticipationLevel)
TOPICS: tuple[str, ...] = (
    "governance",
    "local_budget",
    "skill_sharing",
    "events",
    "training",
    "collective_struggles",
)
CHANNELS: tuple[str, ...] = ("email", "sms", "paper", "none")
NO_NEWS = "none"
ASK_AGAIN_AFTER = timedelta(days=365)


def is_due(updated_at: datetime | None, now: datetime | None = None) -> bool:
    return updated_at is None or (now or utcnow()) - updated_at > ASK_AGAIN_AFTER


def _ordered(values: Iterable[str], known: Sequence[str], what: str) -> tuple[str, ...]:
    chosen = set(values)
    unknown = chosen - set(known)
    if unknown:
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Involvement", "Unknown {what}: {values}."),
                {"what": what, "values": ", ".join(sorted(unknown))},
            )
        )
    return tuple(value for value in known if value in chosen)


def check_choices(
    levels: Iterable[str], topics: Iterable[str], channels: Iterable[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The choices in their canonical order; unknown values or “no news” with a channel raise."""
    chosen_channels = _ordered(channels, CHANNELS, "channel")
    if NO_NEWS in chosen_channels and len(chosen_channels) > 1:
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Involvement", "“No news” cannot go with another way of hearing from us."
                ),
            )
        )
    return _ordered(levels, LEVELS, "level"), _ordered(topics, TOPICS, "topic"), chosen_channels


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("Involvement", "This person is no longer known."))
        )
    return person


def _involvement(person: Person, now: datetime, changes: Changes = NOTHING) -> Involvement:
    return Involvement(
        levels=tuple(v for v in LEVELS if v in person.levels),
        topics=tuple(v for v in TOPICS if v in person.topics),
        channels=tuple(v for v in CHANNELS if v in person.channels),
        updated_at=person.involvement_updated_at,
        due=is_due(person.involvement_updated_at, now),
        changes=changes,
    )


def involvement_of(
    ctx: AppContext, person_id: uuid.UUID, *, now: datetime | None = None
) -> Involvement:
    with ctx.db.session() as session:
        return _involvement(_person(session, person_id), now or utcnow())


def save_involvement(
    ctx: AppContext,
    person_id: uuid.UUID,
    *,
    levels: Iterable[str],
    topics: Iterable[str],
    channels: Iterable[str],
    now: datetime | None = None,
) -> Involvement:
    """Store the person's answers, dated now (editable at any time)."""
    chosen_levels, chosen_topics, chosen_channels = check_choices(levels, topics, channels)
    now = now or utcnow()
    with ctx.db.transaction() as session:
        person = _person(session, person_id)
        person.levels = list(chosen_levels)
        person.topics = list(chosen_topics)
        person.channels = list(chosen_channels)
        person.involvement_updated_at = now
        session.flush()
        result = _involvement(person, now, Changes.of(Entity.PERSON))
    log.misc.info("person %s saved their involvement", person_id)
    ctx.events.publish(ctx, InvolvementSaved(person_id=person_id))
    return result


def _antenna_people(ctx: AppContext) -> Select[Any]:
    antenna = select(Antenna.id).where(Antenna.slug == ctx.config.antenna_slug).scalar_subquery()
    columns: tuple[Any, ...] = (
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.phone,
        Person.language,
        Person.levels,
        Person.topics,
        Person.channels,
    )
    statement: Select[Any] = select(*columns).where(
        Person.antenna_id == antenna,
        Person.deleted_at.is_(None),
        Person.consent_at.is_not(None),
    )
    return statement


def involvement_counts(ctx: AppContext) -> InvolvementCounts:
    """Counts per level, topic and channel among the antenne's people who consented."""
    statement = _antenna_people(ctx)
    levels: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    people = 0
    with ctx.db.session() as session:
        for row in session.execute(statement):
            people += 1
            levels.update(set(row.levels or ()) & set(LEVELS))
            topics.update(set(row.topics or ()) & set(TOPICS))
            channels.update(set(row.channels or ()) & set(CHANNELS))
    return InvolvementCounts(
        people=people,
        levels={level: levels[level] for level in LEVELS},
        topics={topic: topics[topic] for topic in TOPICS},
        channels={channel: channels[channel] for channel in CHANNELS},
    )


def people_wanting(
    ctx: AppContext, *, level: str | None = None, topic: str | None = None
) -> list[Recipient]:
    """People of the antenne who consented and want this level and topic of news (either may
    be None: any), with at least one way to reach them; by last, first name."""
    if level is not None:
        _ordered([level], LEVELS, "level")
    if topic is not None:
        _ordered([topic], TOPICS, "topic")
    with ctx.db.session() as session:
        return _wanting(ctx, session, level=level, topic=topic)


def _wanting(
    ctx: AppContext, session: Session, *, level: str | None, topic: str | None
) -> list[Recipient]:
    found: list[Recipient] = []
    statement = _antenna_people(ctx).order_by(Person.search_last, Person.search_first, Person.id)
    for row in session.execute(statement):
        channels = tuple(c for c in CHANNELS if c in (row.channels or ()) and c != NO_NEWS)
        if not channels:
            continue
        if level is not None and level not in (row.levels or ()):
            continue
        if topic is not None and topic not in (row.topics or ()):
            continue
        found.append(
            Recipient(
                id=row.id,
                first_name=row.first_name,
                last_name=row.last_name,
                email=row.email or "",
                phone=row.phone or "",
                language=row.language,
                channels=channels,
            )
        )
    return found


def export_news_csv(
    ctx: AppContext,
    *,
    level: str | None,
    topics: Sequence[str],
    folder: Path,
    actor: uuid.UUID | None,
) -> NewsExport:
    """Who wants this level of news (None: any) on any of `topics` (none: any topic), as a CSV
    file in `folder`. Contact details leave the kiosk: the audit log says who took them, in
    the same transaction (a file that could not be written leaves no entry)."""
    if level is not None:
        _ordered([level], LEVELS, "level")
    _ordered(topics, TOPICS, "topic")
    parts = [level or "all", *(topics or ["all"])]
    path = folder / f"news-{'-'.join(parts)}.csv"
    found: dict[uuid.UUID, Recipient] = {}
    with ctx.db.transaction() as session:
        wanted: list[str | None] = [*topics] or [None]  # no topic chosen: any topic
        for topic in wanted:
            for person in _wanting(ctx, session, level=level, topic=topic):
                found[person.id] = person
        private_folder(folder)  # contact details: for the kiosk's user only
        with path.open("w", encoding="utf-8", newline="") as out:
            count = write_csv(found.values(), out)
        record_audit_in(
            session,
            actor=actor,
            action="involvement_export",
            details={"level": level or "", "topics": list(topics), "people": count},
        )
    return NewsExport(count=count, path=path)


CSV_COLUMNS = ("id", "first_name", "last_name", "email", "phone", "language", "channels")


def write_csv(recipients: Iterable[Recipient], out: TextIO) -> int:
    """Write the recipients as CSV (header first); returns how many rows."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for person in recipients:
        writer.writerow(
            (
                str(person.id),
                person.first_name,
                person.last_name,
                person.email,
                person.phone,
                person.language,
                " ".join(person.channels),
            )
        )
        count += 1
    return count
