"""The migrations build exactly the models' schema, with SQLite's safety pragmas in force."""

from __future__ import annotations

from sqlalchemy import inspect, text

from db import skill_search
from db.engine import Database
from db.migrate import (
    current_revision,
    downgrade_database,
    head_revision,
    schema_differences,
    upgrade_database,
)
from db.models import Base, Person

SECRET_TABLES = ("ballot", "ballot_slot", "voter_roll", "ballot_token")


def _table_sql(database: Database, name: str) -> str:
    with database.engine.connect() as connection:
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": name},
        ).scalar_one()
    return str(sql)


def test_upgrading_an_empty_database_gives_the_models_schema(database: Database) -> None:
    assert current_revision(database) == head_revision()
    assert schema_differences(database) == []
    tables = set(inspect(database.engine).get_table_names())
    assert {name for name in tables if not skill_search.owns(name)} == set(Base.metadata.tables) | {
        "alembic_version"
    }
    # The skill posts' full-text index, which has no model (`db.skill_search`).
    assert set(skill_search.TABLES) <= tables


def test_downgrade_then_upgrade_round_trips(database: Database) -> None:
    downgrade_database(database, "base")
    assert inspect(database.engine).get_table_names() == ["alembic_version"]
    upgrade_database(database)
    assert schema_differences(database) == []


def test_ballot_box_voter_roll_and_tokens_keep_no_insertion_order(database: Database) -> None:
    for name in (*SECRET_TABLES, "person_name_word"):
        assert _table_sql(database, name).rstrip().endswith("WITHOUT ROWID"), name


def test_kinds_and_statuses_are_checked_by_the_database(database: Database) -> None:
    assert "CONSTRAINT ck_person_personkind CHECK" in _table_sql(database, "person")
    assert "CONSTRAINT ck_vote_votemethod CHECK" in _table_sql(database, "vote")
    assert "CONSTRAINT ck_agenda_item_agendastatus CHECK" in _table_sql(database, "agenda_item")


def test_pragmas_make_acknowledged_changes_survive_a_power_cut(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_secret_tables_name_no_person_and_no_time() -> None:
    for name in SECRET_TABLES:
        table = Base.metadata.tables[name]
        kinds = {column.name: column.type.python_type for column in table.columns}
        assert not any("date" in kind.__name__ for kind in kinds.values()), name
        assert {"created_at", "updated_at", "hlc"}.isdisjoint(kinds), name
    for name in ("ballot", "ballot_token"):
        targets = {fk.column.table.name for fk in Base.metadata.tables[name].foreign_keys}
        assert targets == {"vote"}


def test_the_roll_is_padded_in_place_by_0006_and_trimmed_back_by_its_downgrade(
    database: Database,
) -> None:
    """A kiosk upgraded with votes on its roll: channels keep their meaning, at one width."""
    import uuid

    from sqlalchemy import select

    from db.models import VoteChannel, VoterRoll

    downgrade_database(database, "0005")
    vote, voted, waiting = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    with database.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql(
            "INSERT INTO voter_roll (vote_id, person_id, weight, has_voted, channel) "
            "VALUES (?, ?, 1, 1, 'phone'), (?, ?, 2, 0, NULL)",
            (vote, voted, vote, waiting),
        )
    upgrade_database(database)
    with database.engine.connect() as connection:
        stored = dict(connection.exec_driver_sql("SELECT person_id, channel FROM voter_roll").all())
    assert stored == {voted: "phone ", waiting: "      "}
    with database.session() as session:
        channels = dict(session.execute(select(VoterRoll.person_id, VoterRoll.channel)).all())
    assert channels == {uuid.UUID(voted): VoteChannel.phone, uuid.UUID(waiting): None}
    downgrade_database(database, "0005")
    with database.engine.connect() as connection:
        stored = dict(connection.exec_driver_sql("SELECT person_id, channel FROM voter_roll").all())
    assert stored == {voted: "phone", waiting: None}


def test_migrations_rebuild_tables_others_refer_to_without_losing_a_row(
    database: Database,
) -> None:
    """A kiosk upgraded with sign-ups on its sessions: rebuilding `session` (copy, drop,
    rename) must neither fail on the drop nor leave half-copied tables."""
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from db.models import Session, Signup

    with database.transaction() as session:
        person = Person(first_name="Zoé", last_name="Lefèvre")
        sitting = Session(
            kind="workshop",
            title="Atelier",
            starts_at=datetime(2027, 3, 2, 17, tzinfo=UTC),
            ends_at=datetime(2027, 3, 2, 19, tzinfo=UTC),
        )
        session.add_all([person, sitting])
        session.flush()
        session.add(Signup(session_id=sitting.id, person_id=person.id))
    downgrade_database(database, "0007")
    upgrade_database(database)
    with database.engine.connect() as connection:
        leftovers = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE '\\_alembic%' ESCAPE '\\'"
        ).all()
        assert leftovers == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Signup)) == 1
    assert schema_differences(database) == []
