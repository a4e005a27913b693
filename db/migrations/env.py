"""Alembic environment: runs on the engine handed over by `db.migrate.alembic_config`.

`render_as_batch` because SQLite cannot alter most things in place: Alembic rebuilds the
table (copy, drop, rename), which also preserves WITHOUT ROWID and CHECK constraints.
"""

from __future__ import annotations

from collections import Counter

from alembic import context
from sqlalchemy import Connection, Engine

from db import skill_search
from db.engine import begin_immediate, make_engine
from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _dangling(connection: Connection) -> Counter[tuple[str, str]]:
    """Rows whose foreign key points at nothing, by (table, referred table)."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    return Counter((str(row[0]), str(row[2])) for row in rows)


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        url = config.get_main_option("sqlalchemy.url")
        assert url is not None
        engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite's procedure for changing a table's schema (sqlite.org/lang_altertable.html):
            # foreign keys off *before* the transaction (the pragma does nothing inside one),
            # or rebuilding a table that others refer to (copy, drop, rename) fails on its
            # drop; checked before the commit instead (a row a migration left pointing at nothing
            # fails it; rows that already did are not the migration's doing).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            # One SQLite transaction for every step, DDL included (the driver opens none
            # before a CREATE or an ALTER): a migration cut short leaves the file as it was,
            # not half-copied tables (`_alembic_tmp_…`) the next start cannot get past.
            begin_immediate(connection)
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
                include_name=skill_search.compared,
            )
            with context.begin_transaction():
                before = _dangling(connection) if sqlite else Counter()
                context.run_migrations()
                if sqlite:
                    # A rebuilt table lost its triggers (`db.skill_search`).
                    skill_search.ensure(connection)
                if sqlite and (broken := _dangling(connection) - before):
                    raise RuntimeError(f"a migration broke foreign keys: {dict(broken)}")
            # Alembic's transaction is on the connection; commit what the migrations did.
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
