"""Alembic environment: runs on the engine handed over by `db.migrate.alembic_config`.

`render_as_batch` because SQLite cannot alter most things in place: Alembic rebuilds the
table (copy, drop, rename), which also preserves WITHOUT ROWID and CHECK constraints.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

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


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        url = config.get_main_option("sqlalchemy.url")
        assert url is not None
        engine = make_engine(url)
    with engine.connect() as connection:
        # One SQLite transaction for every step, DDL included (the driver opens none before a
        # CREATE or an ALTER): a migration cut by a power cut leaves the file as it was, not
        # half-copied tables (`_alembic_tmp_…`) the next start cannot get past.
        begin_immediate(connection)
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        # Alembic's transaction is on the connection; commit what the migrations did.
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
