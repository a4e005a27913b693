"""The demo antenne: deterministic, realistic, complete, and quiet towards the outbox."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clock import HybridClock
from app.config import Config
from app.context import AppContext
from db.base import Base
from db.content_files import CONTENT_LANGUAGES
from db.demo import DEMO_FACILITATOR_PIN, DemoSummary, build_demo, seed_if_empty
from db.engine import Database, sqlite_url
from db.models import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    Antenna,
    Body,
    BodyKind,
    BodyLink,
    ContentPage,
    JourneyProgress,
    Mandate,
    OutboxEntry,
    Person,
    PersonKind,
    PersonNameWord,
    Session,
    Vote,
    VoteMethod,
    VoteStatus,
)

TODAY = date(2025, 3, 12)  # a Wednesday


@pytest.fixture
def fresh_database(migrated_template: Path, tmp_path: Path) -> Iterator[Any]:
    """A factory of migrated, empty databases (two builds compared side by side)."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(migrated_template, path)
        database = Database(sqlite_url(path), clock=HybridClock("kiosk-test"))
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def demo(database: Database) -> DemoSummary:
    return build_demo(database, today=TODAY)


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order: equal dumps mean equal databases."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in connection.execute(query)]
    return tables


def count(database: Database, model: type[Base]) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_same_seed_builds_the_same_antenne(fresh_database: Any) -> None:
    first, second = fresh_database("first"), fresh_database("second")
    build_demo(first, seed=7, today=TODAY)
    build_demo(second, seed=7, today=TODAY)
    first_dump, second_dump = dump(first), dump(second)
    assert first_dump["person"], "the dump must contain people"
    assert first_dump == second_dump


def test_another_seed_gives_other_people(fresh_database: Any) -> None:
    first, second = fresh_database("first"), fresh_database("second")
    build_demo(first, seed=1, today=TODAY)
    build_demo(second, seed=2, today=TODAY)

    def names(database: Database) -> list[tuple[str, str]]:
        with database.session() as session:
            rows = session.execute(select(Person.first_name, Person.last_name).order_by(Person.id))
            return [(first, last) for first, last in rows]

    assert names(first) != names(second)


def test_the_default_antenne_has_200_people_with_every_kind_of_name(
    database: Database, demo: DemoSummary
) -> None:
    assert demo.people == count(database, Person) == 200
    with database.session() as session:
        people = session.scalars(select(Person)).all()
        photos = session.scalars(select(Person.photo).where(Person.photo.is_not(None))).all()
    full_names = [f"{p.first_name} {p.last_name}" for p in people]
    assert "Marie-Évangéline de La Tour d'Auvergne-Lauraguais" in full_names
    assert any(not name.isascii() for name in full_names), "accents"
    assert any("œ" in name.lower() for name in full_names), "ligatures"
    assert any("-" in p.first_name for p in people), "hyphenated first names"
    assert any("-" in p.last_name for p in people), "hyphenated last names"
    assert any(p.last_name.startswith(("de ", "d'", "du ")) for p in people), "particles"
    assert any(p.last_name.startswith(("Van ", "De ", "D'")) for p in people), "Flemish names"
    assert {p.language for p in people} == {"fr", "nl", "en"}
    assert {p.kind for p in people} == set(PersonKind)
    assert demo.shareholders >= 60
    assert photos == [], "no photos: lists show initials"
    # Shares are bought after joining, never in the future.
    for person in people:
        if person.shareholder_since is not None:
            assert person.member_since is not None
            assert person.member_since <= person.shareholder_since <= TODAY


def test_bulk_inserted_people_are_searchable(database: Database, demo: DemoSummary) -> None:
    from app.people.service import find_people

    assert count(database, PersonNameWord) >= 2 * demo.people
    found = find_people(database, "evangeline auvergne")
    assert [(p.first_name, p.last_name) for p in found] == [
        ("Marie-Évangéline", "de La Tour d'Auvergne-Lauraguais")
    ]
    assert any(p.last_name == "Van den Bossche" for p in find_people(database, "van den bos"))
    assert any(p.last_name == "Lecœur" for p in find_people(database, "LECOEUR"))


def test_the_demo_writes_nothing_to_the_outbox(database: Database, demo: DemoSummary) -> None:
    assert count(database, OutboxEntry) == 0


def test_every_governance_body_is_there_with_its_rules(
    database: Database, demo: DemoSummary
) -> None:
    with database.session() as session:
        bodies = session.scalars(select(Body)).all()
        links = session.scalars(select(BodyLink)).all()
        mandates = session.scalars(select(Mandate)).all()
    assert {body.kind for body in bodies} == set(BodyKind) - {BodyKind.other}
    for body in bodies:
        assert set(body.name) == set(body.purpose) == set(CONTENT_LANGUAGES)
        assert {"quorum", "base", "majority", "proxy_cap", "tie_rule"} <= set(body.rules)
    ids = {body.id for body in bodies}
    assert links and all(link.source_id in ids and link.target_id in ids for link in links)
    board = next(body for body in bodies if body.kind is BodyKind.board)
    roles = [m.role for m in mandates if m.body_id == board.id and m.end is None]
    assert roles.count("chair") == 1 and "director" in roles
    # Every body but the general assembly (all shareholders) has members.
    assert {m.body_id for m in mandates} == ids - {
        b.id for b in bodies if b.kind is BodyKind.general_assembly
    }


def test_the_board_agenda_follows_the_support_threshold(
    database: Database, demo: DemoSummary
) -> None:
    with database.session() as session:
        board = session.scalars(select(Body).where(Body.kind == BodyKind.board)).one()
        threshold = board.rules["support_threshold"]
        items = session.scalars(select(AgendaItem).where(AgendaItem.body_id == board.id)).all()
        rows = session.execute(
            select(AgendaSupport.item_id, func.count()).group_by(AgendaSupport.item_id)
        )
        supports: dict[Any, int] = dict(rows.all())
    statuses = {item.status for item in items}
    assert {AgendaStatus.submitted, AgendaStatus.supported, AgendaStatus.declined} <= statuses
    for item in items:
        if item.proposer_id is None:
            continue
        if item.status is AgendaStatus.submitted:
            assert supports.get(item.id, 0) < threshold
        else:
            assert supports.get(item.id, 0) >= threshold or item.status is AgendaStatus.declined
        if item.status is AgendaStatus.declined:
            assert item.answer


def test_a_week_of_sessions_starts_today(database: Database, demo: DemoSummary) -> None:
    with database.session() as session:
        sessions = session.scalars(select(Session)).all()
    kinds = {s.kind.value for s in sessions}
    assert {"mentored_coworking", "drop_in", "workshop", "meet_the_board"} <= kinds
    start = datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC) - timedelta(hours=2)
    assert all(start <= s.starts_at < start + timedelta(days=8) for s in sessions)
    assert all(s.host_id is not None for s in sessions)
    assert demo.signups > 0


def test_a_draft_participatory_budget_is_ready(database: Database, demo: DemoSummary) -> None:
    with database.session() as session:
        vote = session.scalars(select(Vote).where(Vote.method == VoteMethod.pb)).one()
        costs = [option.cost for option in vote.options]
    assert vote.status is VoteStatus.draft
    assert len(costs) == 6 and all(cost is not None and cost > 0 for cost in costs)
    # More projects than money: the vote has something to decide.
    assert sum(c for c in costs if c is not None) > vote.rules["budget"]


def test_the_demo_votes_read_in_dutch_and_english(database: Database, demo: DemoSummary) -> None:
    """Issue #19: the demo's votes are in French, with their texts in Dutch and English."""
    from app.voting.texts import option_text, vote_text

    with database.session() as session:
        votes = session.scalars(select(Vote)).all()
        assert len(votes) == 2
        for vote in votes:
            assert vote.language == "fr"
            for language in ("nl", "en"):
                texts = vote_text(vote, language)
                assert texts.title != vote.title and texts.question != vote.question
                for option in vote.options:
                    assert option_text(option, language).label != option.label
        budget = next(v for v in votes if v.method is VoteMethod.pb)
        assert vote_text(budget, "en").title == "Smart Rennes participatory budget"


def test_content_pages_are_loaded_in_every_language(database: Database, demo: DemoSummary) -> None:
    with database.session() as session:
        pages = session.scalars(select(ContentPage)).all()
    slugs = {
        language: {p.slug for p in pages if p.language == language}
        for language in CONTENT_LANGUAGES
    }
    assert slugs["fr"] == slugs["nl"] == slugs["en"]
    assert {"c-est-quoi-smart", "statuts-en-bref"} <= slugs["fr"]
    assert all(page.title and page.kind and page.markdown for page in pages)
    assert demo.content_pages == len(pages)


def test_the_demo_facilitator_opens_with_its_pin(database: Database, demo: DemoSummary) -> None:
    from app.facilitators.service import verify_pin

    ctx = AppContext(config=Config(db_path=Path("unused")), db=database)
    assert verify_pin(ctx, DEMO_FACILITATOR_PIN).name == "Démo"


def test_seed_if_empty_seeds_once(database: Database) -> None:
    assert seed_if_empty(database, today=TODAY) is True
    before = dump(database)
    assert seed_if_empty(database, today=TODAY) is False
    assert dump(database) == before
    assert count(database, Antenna) >= 1


def test_too_few_people_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="at least"):
        build_demo(database, members=10, today=TODAY)


def test_members_have_journeys_under_way(database: Database, demo: DemoSummary) -> None:
    from app.journey.service import journey_of
    from app.people.service import find_people

    ctx = AppContext(config=Config(db_path=Path("unused")), db=database)
    assert demo.journey_progress == count(database, JourneyProgress) > demo.people
    with database.session() as session:
        rows = session.execute(select(JourneyProgress.person_id, JourneyProgress.completed_at))
        latest = max(at for _person, at in rows)
    assert latest <= datetime.combine(TODAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10)
    # The person the journey screenshot shows has done some steps, not all.
    (showcase,) = find_people(ctx, "evangeline", limit=1)
    journey = journey_of(ctx, showcase.id)
    assert 0 < journey.done < len(journey.steps)
