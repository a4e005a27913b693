"""People (visitors, members, staff), their visits and their member journey.

Names are searched through accent-folded copies kept in step with the names: `search_first`,
`search_last` (for sorting) and the word table `person_name_word` (for prefix matching, see
`app.people.service.find_people`). Writes through the ORM keep them current by themselves;
bulk writes through Core must call `reindex_people` afterwards (or fill them with
`person_search_columns` / `name_word_rows`). Soft-deleted people leave the word table.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship, validates

from app.text import fold, words
from db.base import Base, SyncedMixin

if TYPE_CHECKING:
    from db.models.antennas import Antenna


class PersonKind(enum.StrEnum):
    visitor = "visitor"
    member = "member"
    staff = "staff"


class ParticipationLevel(enum.StrEnum):
    """The seed's grid, from advisory to binding (French terms kept as identifiers)."""

    information = "information"
    consultation = "consultation"
    concertation = "concertation"
    codecision = "codecision"


class Person(SyncedMixin, Base):
    __tablename__ = "person"
    __table_args__ = (
        # The order of every list of people: last name, then first name (accent-folded).
        Index("ix_person_search_last_first", "search_last", "search_first", "id"),
    )

    kind: Mapped[PersonKind] = mapped_column(default=PersonKind.visitor, index=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    # The language the person wants to be addressed in: "fr", "nl" or "en".
    language: Mapped[str] = mapped_column(String(2), default="fr")
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    member_since: Mapped[date | None] = mapped_column(default=None)
    # Buying one's shares is the celebrated step of the member journey.
    shareholder_since: Mapped[date | None] = mapped_column(default=None)
    # `ParticipationLevel` values the person wants to be invited to, plus topics and channels
    # ("in_person", "online", "video", "email", ...) from the registration questionnaire.
    levels: Mapped[list[str]] = mapped_column(default=list)
    topics: Mapped[list[str]] = mapped_column(default=list)
    channels: Mapped[list[str]] = mapped_column(default=list)
    # When the person last answered "how involved do you want to be?" (asked again after a year).
    involvement_updated_at: Mapped[datetime | None] = mapped_column(default=None)
    # A small JPEG, only with consent; lists show initials otherwise.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    photo_consent: Mapped[bool] = mapped_column(default=False)
    # Whether "find my name" on a kiosk may list the person (False: their badge only).
    name_search: Mapped[bool] = mapped_column(default=True)
    # When the person agreed to their data being kept, and until when (visitors are purged).
    consent_at: Mapped[datetime | None] = mapped_column(default=None)
    retain_until: Mapped[date | None] = mapped_column(default=None, index=True)
    # Accent-folded, lower-cased copies of the names (`app.text.fold`), kept by the validators.
    search_first: Mapped[str] = mapped_column(String(120), default="")
    search_last: Mapped[str] = mapped_column(String(120), default="")

    antenna: Mapped[Antenna | None] = relationship(lazy="select")

    @validates("first_name")
    def _fold_first_name(self, _key: str, value: str) -> str:
        self.search_first = fold(value)
        return value

    @validates("last_name")
    def _fold_last_name(self, _key: str, value: str) -> str:
        self.search_last = fold(value)
        return value

    @property
    def is_member(self) -> bool:
        return self.kind is PersonKind.member or self.member_since is not None

    @property
    def is_shareholder(self) -> bool:
        return self.shareholder_since is not None

    @property
    def display_name(self) -> str:
        """What lists show: first name and initial (personal data stays minimal on screen)."""
        initial = self.last_name[:1].upper()
        return f"{self.first_name} {initial}." if initial else self.first_name


class PersonNameWord(Base):
    """Every folded word of every live person's names, with the person's sort key: the index
    behind `app.people.service.find_people`.

    The primary key (word, sort_key, person_id) in a table without rowid is one clustered
    B-tree: a typed prefix is one range scan that yields people already carrying their place in
    the list (`name_sort_key`), so the first page of results needs no read of `person` and no
    full sort. Soft-deleted people have no rows here. Derived data, never synced; kept current
    on flush (below) and rebuilt by `reindex_people` after Core bulk writes.
    """

    __tablename__ = "person_name_word"
    __table_args__ = (
        Index("ix_person_name_word_person_id_word", "person_id", "word"),
        {"sqlite_with_rowid": False},
    )
    __synced__ = False

    word: Mapped[str] = mapped_column(String(120), primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )


def name_sort_key(search_last: str, search_first: str, person_id: uuid.UUID) -> str:
    """Text whose order is the order of lists of people: (last name, first name, id).

    `\x01` sorts before every character a folded name can contain, so comparing the joined
    text compares the parts one by one.
    """
    return f"{search_last}\x01{search_first}\x01{person_id.hex}"


def person_search_columns(first_name: str, last_name: str) -> dict[str, str]:
    """The folded columns of a person row, for bulk inserts through Core."""
    return {"search_first": fold(first_name), "search_last": fold(last_name)}


def name_word_rows(person_id: uuid.UUID, first_name: str, last_name: str) -> list[dict[str, Any]]:
    """The `person_name_word` rows of one live person (each distinct folded word once)."""
    key = name_sort_key(fold(last_name), fold(first_name), person_id)
    found: dict[str, None] = {}
    for name in (first_name, last_name):
        parts = words(name)
        found.update(dict.fromkeys(parts))
        # People type "dhondt" for D'Hondt and "vandenbossche" for Van den Bossche: index the
        # whole name run together as one more word.
        if len(parts) > 1:
            found["".join(parts)] = None
    return [{"word": word, "sort_key": key, "person_id": person_id} for word in found]


def reindex_people(
    connection: Connection,
    person_ids: Sequence[uuid.UUID] | None = None,
    *,
    refresh_columns: bool = True,
) -> int:
    """Recompute the word table (and, unless `refresh_columns` is false, the folded columns)
    from the names; returns the number of live people indexed.

    For Core bulk writes (demo seeder, sync pull), which bypass the ORM's events. A seeder that
    already filled `search_first`/`search_last` with `person_search_columns` passes
    `refresh_columns=False`.
    """
    query = select(Person.id, Person.first_name, Person.last_name, Person.deleted_at)
    if person_ids is None:
        connection.execute(delete(PersonNameWord))
    else:
        query = query.where(Person.id.in_(person_ids))
        connection.execute(delete(PersonNameWord).where(PersonNameWord.person_id.in_(person_ids)))
    rows = connection.execute(query).all()
    if refresh_columns and rows:
        connection.execute(
            update(Person)
            .where(Person.id == bindparam("b_id"))
            .values(search_first=bindparam("b_first"), search_last=bindparam("b_last")),
            [
                {"b_id": person_id, "b_first": fold(first), "b_last": fold(last)}
                for person_id, first, last, _deleted in rows
            ],
        )
    word_rows = [
        row
        for person_id, first, last, deleted_at in rows
        if deleted_at is None
        for row in name_word_rows(person_id, first, last)
    ]
    if word_rows:
        connection.execute(insert(PersonNameWord), word_rows)
    return sum(1 for row in rows if row.deleted_at is None)


def _write_name_words(connection: Connection, person: Person, *, replace: bool) -> None:
    if replace:
        connection.execute(delete(PersonNameWord).where(PersonNameWord.person_id == person.id))
    if person.deleted_at is None:
        rows = name_word_rows(person.id, person.first_name, person.last_name)
        if rows:
            connection.execute(insert(PersonNameWord), rows)


@event.listens_for(Person, "after_insert")
def _index_new_person(_mapper: Mapper[Person], connection: Connection, person: Person) -> None:
    _write_name_words(connection, person, replace=False)


@event.listens_for(Person, "after_update")
def _reindex_changed_person(
    _mapper: Mapper[Person], connection: Connection, person: Person
) -> None:
    attrs = inspect(person).attrs
    if any(attrs[name].history.has_changes() for name in ("first_name", "last_name", "deleted_at")):
        _write_name_words(connection, person, replace=True)


class Visit(SyncedMixin, Base):
    """A check-in at the welcome desk (purged after the retention period)."""

    __tablename__ = "visit"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(index=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(default=None)
    # Free identifier: "info_session", "coworking", "appointment", "event", "session", "other".
    purpose: Mapped[str] = mapped_column(String(64), default="")

    person: Mapped[Person] = relationship(lazy="select")


class JourneyStep(SyncedMixin, Base):
    """One step of the member journey (parcours du sociétaire); hub-authoritative content."""

    __tablename__ = "journey_step"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    # Multilingual texts: {"fr": ..., "nl": ..., "en": ...}.
    title: Mapped[dict[str, str]] = mapped_column(default=dict)
    description: Mapped[dict[str, str]] = mapped_column(default=dict)
    # The step that deserves a celebration (buying one's shares).
    celebrate: Mapped[bool] = mapped_column(default=False)
    # What ticks the step by itself: domain event keys separated by "|" (`app.events`), e.g.
    # "checked_in:coworking|checked_in:drop_in"; "" = ticked by a facilitator.
    trigger: Mapped[str] = mapped_column(String(200), default="")


class JourneyProgress(SyncedMixin, Base):
    """A person completed a journey step (append-only)."""

    __tablename__ = "journey_progress"
    __table_args__ = (UniqueConstraint("person_id", "step_id"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    step_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("journey_step.id"))
    completed_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")

    step: Mapped[JourneyStep] = relationship(lazy="select")
