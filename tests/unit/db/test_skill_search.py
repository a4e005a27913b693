"""The skill posts' full-text index follows every write by itself (`db.skill_search`): a post
and its tags, a tag's labels, a purge; a migration that rebuilds a table gets its triggers and
its documents back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import Connection, delete, text, update

from db import skill_search
from db.engine import Database
from db.migrate import alembic_config, downgrade_database, upgrade_database
from db.models import Person, SkillPost, SkillPostKind, SkillPostTag, SkillTag


def _found(connection: Connection, query: str) -> list[str]:
    rows = connection.execute(
        text(
            "SELECT post.title FROM skill_search AS found"
            " JOIN skill_search_doc AS doc ON doc.docid = found.rowid"
            " JOIN skill_post AS post ON post.id = doc.post_id"
            " WHERE skill_search MATCH :query ORDER BY bm25(skill_search), post.title"
        ),
        {"query": query},
    )
    return [str(row[0]) for row in rows]


@pytest.fixture
def posted(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """A French offer tagged "Comptabilité"; a Dutch need with no tag."""
    with database.session() as session, session.begin():
        person = Person(first_name="Aïcha", last_name="Benali")
        tag = SkillTag(
            slug="accounting",
            sector="business",
            label={"fr": "Comptabilité", "nl": "Boekhouding", "en": "Accounting"},
        )
        session.add_all([person, tag])
        session.flush()
        offer = SkillPost(
            person_id=person.id,
            kind=SkillPostKind.offer,
            title="J'explique la création d'entreprise",
            description="Les bases, sans jargon.",
        )
        need = SkillPost(
            person_id=person.id,
            kind=SkillPostKind.need,
            title="Hulp gezocht bij mijn website",
            language="nl",
            other_tag="Webflow",
        )
        session.add_all([offer, need])
        session.flush()
        session.add(SkillPostTag(post_id=offer.id, tag_id=tag.id))
        return offer.id, tag.id


def test_a_post_is_found_by_its_words_without_accents_or_case(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    with database.engine.connect() as connection:
        assert _found(connection, "creation") == ["J'explique la création d'entreprise"]
        assert _found(connection, "JARGON") == ["J'explique la création d'entreprise"]
        assert _found(connection, "webflow") == ["Hulp gezocht bij mijn website"]


def test_a_post_is_found_by_its_tags_labels_in_every_language(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    with database.engine.connect() as connection:
        for word in ("comptabilite", "boekhouding", "accounting"):
            assert _found(connection, word) == ["J'explique la création d'entreprise"], word


def test_the_index_follows_edits_tag_changes_and_purges(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    offer_id, tag_id = posted
    with database.session() as session, session.begin():
        session.execute(update(SkillPost).where(SkillPost.id == offer_id).values(title="Devis"))
        session.execute(
            update(SkillTag)
            .where(SkillTag.id == tag_id)
            .values(label={"fr": "Gestion", "nl": "Beheer", "en": "Management"})
        )
    with database.engine.connect() as connection:
        assert _found(connection, "creation") == []
        assert _found(connection, "devis") == ["Devis"]
        assert _found(connection, "boekhouding") == []
        assert _found(connection, "beheer") == ["Devis"]
    with database.session() as session, session.begin():
        session.execute(
            update(SkillPostTag).where(SkillPostTag.post_id == offer_id).values(deleted_at=None)
        )
        session.execute(delete(SkillPostTag).where(SkillPostTag.post_id == offer_id))
    with database.engine.connect() as connection:
        assert _found(connection, "beheer") == []
    with database.session() as session, session.begin():
        session.execute(delete(SkillPost).where(SkillPost.id == offer_id))
    with database.engine.connect() as connection:
        assert _found(connection, "devis") == []
        assert connection.execute(text("SELECT count(*) FROM skill_search")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM skill_search_doc")).scalar() == 1


def test_an_upgrade_puts_back_triggers_a_table_rebuild_dropped(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    offer_id, _tag = posted
    with database.engine.begin() as connection:
        # What `batch_alter_table` does to a table: SQLite drops its triggers with it.
        connection.exec_driver_sql("DROP TRIGGER skill_search_post_update")
        connection.execute(
            update(SkillPost).where(SkillPost.id == offer_id).values(title="Sans index")
        )
        assert _found(connection, "index") == []
    # What runs after any migration's steps (`upgrade_database` skips Alembic at head).
    command.upgrade(alembic_config(database), "head")
    with database.engine.connect() as connection:
        assert _found(connection, "index") == ["Sans index"]
        names = {
            str(row[0])
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
        assert set(skill_search.TRIGGERS) <= names


def test_the_index_is_built_from_the_posts_there_are_at_upgrade(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    downgrade_database(database, "0008")
    with database.engine.connect() as connection:
        assert not any(
            skill_search.owns(str(name))
            for (name,) in connection.exec_driver_sql("SELECT name FROM sqlite_master")
        )
    upgrade_database(database)
    with database.engine.connect() as connection:
        assert _found(connection, "boekhouding") == ["J'explique la création d'entreprise"]
        assert _found(connection, "website") == ["Hulp gezocht bij mijn website"]


def test_a_removed_or_hidden_post_has_no_document_until_it_comes_back(
    database: Database, posted: tuple[uuid.UUID, uuid.UUID]
) -> None:
    offer_id, _tag_id = posted
    gone = datetime(2026, 12, 7, tzinfo=UTC)
    for change, back in (
        ({"hidden": True}, {"hidden": False}),
        ({"deleted_at": gone}, {"deleted_at": None}),
    ):
        with database.session() as session, session.begin():
            session.execute(update(SkillPost).where(SkillPost.id == offer_id).values(**change))
        with database.engine.connect() as connection:
            assert _found(connection, "boekhouding") == []
        with database.session() as session, session.begin():
            session.execute(update(SkillPost).where(SkillPost.id == offer_id).values(**back))
        with database.engine.connect() as connection:
            assert _found(connection, "boekhouding") == ["J'explique la création d'entreprise"]
