"""Find people by name, the way a person types at the kiosk.

Accent-, case- and punctuation-insensitive; every word of the query must be the start of a
word of the first or last name ("mar tour" finds "Marie-Évangéline de La Tour d'Auvergne").

How it stays under 20 ms per keystroke at 100 000 people: each query word is a range scan
`word >= w AND word < w⁺` on `person_name_word`, a clustered (word, sort_key, person_id)
B-tree that holds only live people. The scan of the most selective word drives; the other words
are checked per candidate on the (person_id, word) index; SQLite keeps only the first page by
`sort_key` (a top-N sort, no full sort), and only that page's people are read.

On a public screen (`find_people_publicly`) a name is a personal detail: nothing is listed until
the query is specific enough — two words, one of at least three letters ("mar d", "marie dupont")
— nobody who chose to be found by their badge only (`person.name_search`), and never more than
`PUBLIC_LIMIT` people: more than that, and the person is asked to type more.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Executable, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from app.text import words
from db.engine import Database
from db.models import Antenna, Person, PersonKind, PersonNameWord

if TYPE_CHECKING:
    from app.context import AppContext

# Counting a word's matches stops here: beyond it, the exact number does not change the plan.
_COUNT_CAP = 20_000
# A public search lists at most this many people, and only once the query has two words, one of
# them this long (docs/architecture.md, "Personal data").
PUBLIC_LIMIT = 5
PUBLIC_LONGEST_WORD = 3


@dataclass(frozen=True)
class PersonSummary:
    """A person as lists show them (never contact details)."""

    id: uuid.UUID
    first_name: str
    last_name: str
    kind: PersonKind
    antenna: str | None
    is_member: bool
    is_shareholder: bool


class PublicFind(enum.Enum):
    """What a public name search came to."""

    TOO_VAGUE = "too-vague"  # not specific enough yet: nobody is listed
    TOO_MANY = "too-many"  # more than PUBLIC_LIMIT match: nobody is listed
    FOUND = "found"  # the people listed (perhaps nobody)


@dataclass(frozen=True)
class PublicSearch:
    """A name search on a public screen: `people` is empty unless `outcome` is FOUND."""

    outcome: PublicFind
    people: tuple[PersonSummary, ...] = ()


def specific_enough(query: str) -> bool:
    """Whether a public screen may list the people matching `query`: two words or more, one of
    them at least three letters ("mar d", "marie dupont"; not "mar", "ma d")."""
    query_words = words(query)
    return len(query_words) >= 2 and max(len(word) for word in query_words) >= PUBLIC_LONGEST_WORD


def find_people(
    source: AppContext | Database | Session, query: str, *, limit: int | None = 50
) -> list[PersonSummary]:
    """People whose names match `query`, by last then first name; `limit=None` for all.

    An empty query lists everyone. Soft-deleted people are never listed. For staff and the
    command line: a public screen uses `find_people_publicly`.
    """
    if isinstance(source, Session):
        return _find(source, query, limit)
    database = source if isinstance(source, Database) else source.db
    with database.session() as session:
        return _find(session, query, limit)


def find_people_publicly(source: AppContext | Database | Session, query: str) -> PublicSearch:
    """`find_people` for a public screen: nobody until `specific_enough(query)`, never someone
    found by their badge only, and nobody when more than `PUBLIC_LIMIT` match."""
    if not specific_enough(query):
        return PublicSearch(PublicFind.TOO_VAGUE)
    if isinstance(source, Session):
        found = _find(source, query, PUBLIC_LIMIT + 1, public=True)
    else:
        database = source if isinstance(source, Database) else source.db
        with database.session() as session:
            found = _find(session, query, PUBLIC_LIMIT + 1, public=True)
    if len(found) > PUBLIC_LIMIT:
        return PublicSearch(PublicFind.TOO_MANY)
    return PublicSearch(PublicFind.FOUND, tuple(found))


def _prefix_condition(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range that an index can scan (binary collation)."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return column >= prefix  # type: ignore[no-any-return]  # cannot happen with real names
    return and_(column >= prefix, column < prefix[:-1] + chr(last + 1))


def _count(session: Session, word: str) -> int:
    matching = (
        select(PersonNameWord.person_id)
        .where(_prefix_condition(PersonNameWord.word, word))
        .limit(_COUNT_CAP)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(matching)) or 0


def _matching_ids(
    session: Session, query_words: list[str], limit: int | None, *, public: bool = False
) -> list[uuid.UUID]:
    """Ids of the live people matching every word, in list order, at most `limit`; `public`
    leaves out who is found by their badge only."""
    # Drive from the word with the fewest matches.
    counted = sorted((_count(session, word), word) for word in query_words)
    if counted[0][0] == 0:
        return []
    driver = PersonNameWord
    statement = select(driver.person_id).where(_prefix_condition(driver.word, counted[0][1]))
    for _matches, word in counted[1:]:
        other = aliased(PersonNameWord)
        statement = statement.where(
            exists().where(other.person_id == driver.person_id, _prefix_condition(other.word, word))
        )
    if public:
        statement = statement.where(
            exists().where(Person.id == driver.person_id, Person.name_search.is_(True))
        )
    statement = statement.order_by(driver.sort_key)
    # A person with two matching words ("le leroux" for "le") comes twice, side by side (same
    # sort key): fetch a little more than a page and widen until the page is full.
    fetch = None if limit is None else limit * 2 + 8
    while True:
        rows = session.scalars(statement if fetch is None else statement.limit(fetch)).all()
        ids = list(dict.fromkeys(rows))
        if fetch is None or len(rows) < fetch or (limit is not None and len(ids) >= limit):
            return ids if limit is None else ids[:limit]
        fetch *= 4


def _summaries(statement: Executable, session: Session) -> list[PersonSummary]:
    return [
        PersonSummary(
            id=row.id,
            first_name=row.first_name,
            last_name=row.last_name,
            kind=row.kind,
            antenna=row.antenna,
            is_member=row.kind is PersonKind.member or row.member_since is not None,
            is_shareholder=row.shareholder_since is not None,
        )
        for row in session.execute(statement)
    ]


def _find(
    session: Session, query: str, limit: int | None, *, public: bool = False
) -> list[PersonSummary]:
    statement = select(
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.kind,
        Antenna.name.label("antenna"),
        Person.member_since,
        Person.shareholder_since,
    ).outerjoin(Antenna, Antenna.id == Person.antenna_id)
    query_words = sorted(set(words(query)))
    if not query_words:
        statement = statement.where(Person.deleted_at.is_(None)).order_by(
            Person.search_last, Person.search_first, Person.id
        )
        return _summaries(statement if limit is None else statement.limit(limit), session)
    ids = _matching_ids(session, query_words, limit, public=public)
    if not ids:
        return []
    found = {
        summary.id: summary for summary in _summaries(statement.where(Person.id.in_(ids)), session)
    }
    return [found[person_id] for person_id in ids if person_id in found]
