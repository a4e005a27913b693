"""The engine and the unit of work.

SQLite runs with WAL, `synchronous=FULL`, foreign keys and `secure_delete` on: a power cut
loses nothing that was acknowledged on screen, and what is deleted is zeroed. Services open one
transaction per user action with `Database.transaction()`; widgets never hold a session.

A database file is created for the kiosk's user only (0600, in a 0700 folder), before SQLite
opens it: it holds contact details and the sync token (`app.private_files`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.clock import HybridClock
from app.private_files import create_private_file

BUSY_TIMEOUT_MS = 5000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Deleted rows and freed pages are overwritten with zeros: a closed vote's box, rewritten
    # in sorted order, leaves no trace of its casting order (docs/architecture.md, "Secrecy and
    # integrity"), and an erased person leaves none of their data.
    "PRAGMA secure_delete=ON",
)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def begin_immediate(connection: Connection) -> None:
    """Open SQLite's transaction on `connection` now, taking the write lock, unless one is open.

    Python's sqlite3 begins a transaction only before its first INSERT, UPDATE or DELETE.
    IMMEDIATE waits (the busy timeout) for another writer rather than failing later. Nothing
    to do on another database."""
    if connection.dialect.name != "sqlite":
        return
    driver = connection.connection.dbapi_connection
    if driver is not None and not getattr(driver, "in_transaction", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_before_savepoint(connection: Connection, _name: str) -> None:
    """A transaction whose first statement is a SAVEPOINT would be committed by its RELEASE,
    and what follows could no longer be rolled back with it: such a transaction begins here.
    Others keep the driver's behaviour: reads outside a transaction, the write lock taken by
    the first write."""
    begin_immediate(connection)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "savepoint", _begin_before_savepoint)
    return engine


class Database:
    """An engine, a session factory, and the clock that stamps this node's changes."""

    def __init__(self, url: str, *, clock: HybridClock, **engine_kwargs: Any) -> None:
        self.url = url
        self.clock = clock
        self.engine = make_engine(url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def at(cls, path: Path, *, node_id: str) -> Database:
        create_private_file(path)
        return cls(sqlite_url(path), clock=HybridClock(node_id))

    @property
    def origin(self) -> str:
        return self.clock.node

    def session(self) -> Session:
        """A new session whose flushes are stamped by this database's clock and origin."""
        session = self._sessions()
        session.info["clock"] = self.clock
        session.info["origin"] = self.clock.node
        return session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception."""
        with self.session() as session, session.begin():
            yield session

    def empty_wal(self, *, wait_ms: int = BUSY_TIMEOUT_MS) -> bool:
        """Copy the WAL into the database file and truncate it to nothing; False when a reader
        still open kept it from emptying within `wait_ms` (it empties at the next call). The
        WAL keeps each commit's pages side by side, in order, until then (docs/architecture.md,
        "Secrecy and integrity"). Nothing to do on another database."""
        if self.engine.dialect.name != "sqlite":
            return True
        with self.engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
            try:
                row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return not row[0]

    def dispose(self) -> None:
        self.engine.dispose()
