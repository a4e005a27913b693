"""The hub's engine and sessions: PostgreSQL through psycopg 3, or a SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, sqlite_url


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL from what a person types: a URL, or a path to a SQLite file."""
    if "://" not in url:
        return sqlite_url(Path(url).expanduser().resolve())
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class HubDatabase:
    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = normalize_url(url)
        kwargs: dict[str, Any] = dict(engine_kwargs)
        if self.url.startswith("postgresql"):
            kwargs.setdefault("pool_pre_ping", True)
        self.engine: Engine = make_engine(self.url, **kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
