"""Alembic environment of the hub: runs on the engine handed over by `hub.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from db.engine import make_engine
from hub.models import HubBase

config = context.config
target_metadata = HubBase.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        url = config.get_main_option("sqlalchemy.url")
        assert url is not None
        engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            version_table="hub_alembic_version",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
