"""The outbox: every change to a synced row is recorded, in the same transaction, for the hub.

Rules (see docs/architecture.md, "Sync"):
- Every ORM insert, update and delete of a synced model (`SyncedMixin` with `__synced__` true)
  is stamped with a fresh HLC (`session.info["clock"]`) and the `origin` of this node
  (`session.info["origin"]`), and writes exactly one `OutboxEntry` in the same flush. A rolled
  back transaction therefore leaves no outbox row, and a committed one leaves one per change.
- Operations: `insert`; `update`; `delete` for a soft delete (the update that sets
  `deleted_at`, with the whole row as payload: the tombstone is data the hub keeps) and for a
  hard `session.delete()` (only the privacy purge does that; its payload is just `{"id": ...}`
  so that erased personal data is not copied into the outbox). Clearing `deleted_at` again is
  an `update`.
- An update that changes nothing (no column changed) writes nothing.
- An update's payload also names the columns it changed, under `CHANGED_KEY` (not a column):
  the hub merges profiles per column (last writer wins per field), so it must know which
  columns this kiosk wrote and which it merely carried along.
- Not synced row by row: the ballot box, the voter roll and ballot tokens (`__synced__ =
  False`; they leave as one shuffled batch when a vote closes) and derived tables such as the
  name search index.
- Core statements (`session.execute(insert(Model), rows)`, `connection.execute(...)`) bypass the
  ORM and so bypass the outbox, intentionally: they are used only by the demo/benchmark seeder,
  which builds local data from scratch, and by sync pull, which applies the hub's changes and
  must not echo them back. Code that uses Core on synced tables must say why.
- A session can opt out with `session.info["outbox"] = False` (e.g. a hub process that imports
  these models: the hub has a change log, not an outbox).
"""

from __future__ import annotations

import base64
import enum
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, String, Text, UniqueConstraint, event, insert, inspect
from sqlalchemy.orm import Mapped, Mapper, Session, UOWTransaction, mapped_column, object_session

from app.clock import HybridClock, utcnow, uuid7
from db.base import Base

# Bumped with every migration that changes a synced table's columns; the hub uses it to read
# payloads written by older kiosks.
SCHEMA_VERSION = 7

_PENDING_KEY = "_antenne_outbox_pending"
# In an update's payload: the names of the columns the update changed.
CHANGED_KEY = "_changed"
# Used only by sessions that do not come from `Database.session()` (tests, scripts).
_FALLBACK_CLOCK = HybridClock("local")


class OutboxOperation(enum.StrEnum):
    insert = "insert"
    update = "update"
    delete = "delete"


class OutboxEntry(Base):
    """One change waiting to be pushed to the hub (`done_at` set when the hub answered)."""

    __tablename__ = "outbox"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    # The table name of the changed row, and its id as text.
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    operation: Mapped[OutboxOperation]
    # The row's column values, JSON-safe (ids and times as ISO text, bytes as base64).
    payload: Mapped[dict[str, Any]] = mapped_column()
    hlc: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(default=SCHEMA_VERSION)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    # The hub's answer to the last attempt ("ok", a conflict, an error), for diagnosis.
    last_result: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    # `error` answers in a row (every other answer is final).
    failures: Mapped[int] = mapped_column(default=0, server_default="0")
    # Set when the hub refused the operation as bad, or kept answering `error`: it is no
    # longer sent nor counted as waiting, until `antenne sync retry` queues it again
    # (docs/architecture.md, "Sync"). The reason is in `last_result`.
    parked_at: Mapped[datetime | None] = mapped_column(default=None)


class SyncState(Base):
    """Small key/value facts of the sync client: pull cursor, hub epoch, device id, ..."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class QuarantinedChange(Base):
    """A change from the hub this kiosk could not apply (a value its column cannot take, a
    constraint it cannot settle): kept raw with the error, so the pull goes on past it and
    `antenne sync retry` can apply it again after an upgrade. Local to the kiosk, never
    synced; one entry per row (a later change of the same row replaces it)."""

    __tablename__ = "sync_quarantine"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # As the hub sent them: not necessarily a table or an id of this kiosk.
    entity: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[str] = mapped_column(Text)
    op: Mapped[str] = mapped_column(Text)
    # The row as JSON text (ASCII-escaped: whatever the hub sent can be stored).
    row: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    cursor: Mapped[str] = mapped_column(String(64))
    error: Mapped[str] = mapped_column(Text)
    quarantined_at: Mapped[datetime] = mapped_column(default=utcnow)


def synced_mappers() -> list[Mapper[Any]]:
    """The mappers of the synced models: what goes to the outbox and comes from the hub."""
    from db.base import SyncedMixin

    return [
        mapper
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin) and mapper.class_.__synced__
    ]


def is_synced(obj: object) -> bool:
    """Whether changes to `obj` go to the outbox (a `SyncedMixin` model not marked otherwise)."""
    from db.base import SyncedMixin

    return isinstance(obj, SyncedMixin) and bool(getattr(obj, "__synced__", False))


def to_json_value(value: Any) -> Any:
    """A column value in a form `json.dumps` accepts and the hub can read back exactly."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json_value(item) for item in value]
    return str(value)


def row_payload(mapper: Mapper[Any], obj: object) -> dict[str, Any]:
    """All column values of `obj`, keyed by column name (deferred columns included)."""
    state = inspect(obj)
    values = state.dict
    payload: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        # Deferred columns not loaded (a photo) are read on demand: a payload is the full row.
        value = values[prop.key] if prop.key in values else getattr(obj, prop.key)
        payload[column.name] = to_json_value(value)
    return payload


def _session_of(obj: object) -> Session:
    session = object_session(obj)
    if session is None:  # pragma: no cover - mapper events always run inside a flush
        from app.errors import BugError

        raise BugError("a synced row was flushed outside a session")
    return session


def _outbox_enabled(session: Session) -> bool:
    return bool(session.info.get("outbox", True))


def _stamp(session: Session, obj: Any) -> None:
    clock = session.info.get("clock")
    if not isinstance(clock, HybridClock):
        clock = _FALLBACK_CLOCK
    obj.hlc = str(clock.now())
    origin = session.info.get("origin")
    if origin:
        obj.origin = origin


def _queue(
    session: Session,
    mapper: Mapper[Any],
    obj: Any,
    operation: OutboxOperation,
    *,
    purged: bool = False,
    changed: list[str] | None = None,
) -> None:
    # A purge (hard delete) sends only the id: erased personal data must not be copied here.
    payload = {"id": to_json_value(obj.id)} if purged else row_payload(mapper, obj)
    if changed is not None:
        payload[CHANGED_KEY] = changed
    session.info.setdefault(_PENDING_KEY, []).append(
        {
            "op_id": uuid7(),
            "entity": mapper.local_table.name,  # type: ignore[attr-defined]
            "entity_id": str(obj.id),
            "operation": operation,
            "payload": payload,
            "hlc": obj.hlc,
            "schema_version": SCHEMA_VERSION,
            "created_at": utcnow(),
            "done_at": None,
            "attempts": 0,
            "last_result": None,
        }
    )


def _insert_many(connection: Connection, table: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """One INSERT executed for many rows by the driver, each value converted by its column's
    type as SQLAlchemy would (`bind_processor`), without SQLAlchemy's per-row bookkeeping:
    the bulk of a vote's close of 100 000 (benchmarks/vote_close.py)."""
    columns = list(table.columns)
    compiled = insert(table).compile(
        dialect=connection.dialect, column_keys=[column.key for column in columns]
    )
    processors = {column.key: column.type.bind_processor(connection.dialect) for column in columns}

    # A column a row leaves out takes its scalar default (an outbox entry's failure count), or
    # NULL when it may.
    defaults = {column.key: None for column in columns if column.nullable}
    defaults |= {
        column.key: column.default.arg
        for column in columns
        if column.default is not None and column.default.is_scalar
    }

    def value(row: Mapping[str, Any], key: str) -> Any:
        given = row[key] if key in row else defaults[key]
        process = processors[key]
        return given if process is None else process(given)

    if compiled.positional:
        order = compiled.positiontup or []
        params: list[Any] = [tuple(value(row, key) for key in order) for row in rows]
    else:
        params = [{key: value(row, key) for key in processors} for row in rows]
    connection.exec_driver_sql(compiled.string, params)


def insert_synced(session: Session, model: type[Any], rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert new rows of a synced model in one statement, each stamped and queued in the
    outbox as a flush of ORM objects would, without building them: for what concerns
    thousands of people at once (a vote's close ticks a journey step for each voter). `rows`
    give every column but the shared ones (`SyncedMixin`), which are filled here: a UUIDv7 id
    and an HLC per row in the order given, one creation time."""
    mapper = inspect(model)
    table = mapper.local_table
    clock = session.info.get("clock")
    if not isinstance(clock, HybridClock):
        clock = _FALLBACK_CLOCK
    now = utcnow()
    shared = {"created_at": now, "updated_at": now, "origin": session.info.get("origin") or ""}
    full = [
        {**shared, "deleted_at": None, **row, "id": uuid7(), "hlc": str(clock.now())}
        for row in rows
    ]
    if not full:
        return
    names = [column.name for column in table.columns]
    missing = set(names) - set(full[0])
    if missing:
        from app.errors import BugError

        raise BugError(f"insert_synced: no value for {sorted(missing)}")
    connection = session.connection()
    _insert_many(connection, table, full)
    if not _outbox_enabled(session):
        return
    _insert_many(
        connection,
        OutboxEntry.__table__,
        [
            {
                "op_id": uuid7(),
                "entity": table.name,
                "entity_id": str(values["id"]),
                "operation": OutboxOperation.insert,
                "payload": {name: to_json_value(values[name]) for name in names},
                "hlc": values["hlc"],
                "schema_version": SCHEMA_VERSION,
                "created_at": now,
                "done_at": None,
                "attempts": 0,
                "last_result": None,
            }
            for values in full
        ],
    )


def _before_insert(_mapper: Mapper[Any], _connection: Connection, obj: Any) -> None:
    if not is_synced(obj):
        return
    session = _session_of(obj)
    if obj.id is None:
        # Assigned now rather than by the column default so the outbox row can name it.
        obj.id = uuid7()
    _stamp(session, obj)


def _before_update(_mapper: Mapper[Any], _connection: Connection, obj: Any) -> None:
    if not is_synced(obj):
        return
    session = _session_of(obj)
    # The mapper calls this for every dirty object, even one whose changes cancel out or
    # concern only relationships: stamp only a real column change.
    if session.is_modified(obj, include_collections=False):
        _stamp(session, obj)


def _after_insert(mapper: Mapper[Any], _connection: Connection, obj: Any) -> None:
    if is_synced(obj):
        session = _session_of(obj)
        if _outbox_enabled(session):
            _queue(session, mapper, obj, OutboxOperation.insert)


def _after_update(mapper: Mapper[Any], _connection: Connection, obj: Any) -> None:
    if not is_synced(obj):
        return
    session = _session_of(obj)
    state = inspect(obj)
    # `_before_update` stamped a new HLC exactly when a column changed.
    if not _outbox_enabled(session) or not state.attrs.hlc.history.has_changes():
        return
    deleted = state.attrs.deleted_at.history
    tombstoned = obj.deleted_at is not None and any(old is None for old in deleted.deleted)
    operation = OutboxOperation.delete if tombstoned else OutboxOperation.update
    changed = sorted(
        prop.columns[0].name
        for prop in mapper.column_attrs
        if state.attrs[prop.key].history.has_changes()
    )
    _queue(session, mapper, obj, operation, changed=changed)


def _after_delete(mapper: Mapper[Any], _connection: Connection, obj: Any) -> None:
    if not is_synced(obj):
        return
    session = _session_of(obj)
    if _outbox_enabled(session):
        # A hard delete is stamped here: there is no row left to carry the stamp.
        _stamp(session, obj)
        _queue(session, mapper, obj, OutboxOperation.delete, purged=True)


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    # A flush that failed half-way may have queued rows for statements that were rolled back.
    session.info.pop(_PENDING_KEY, None)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    rows = session.info.pop(_PENDING_KEY, None)
    if rows:
        # Core, in the flush's own connection and transaction: one executemany per flush.
        session.connection().execute(insert(OutboxEntry), rows)


def _forget_pending(session: Session, *_args: object) -> None:
    session.info.pop(_PENDING_KEY, None)


_registered = False


def register() -> None:
    """Install the outbox listeners (idempotent; done when `db.models` is imported)."""
    global _registered  # noqa: PLW0603 - one-time registration of process-wide listeners
    if _registered:
        return
    for name, listener in (
        ("before_insert", _before_insert),
        ("before_update", _before_update),
        ("after_insert", _after_insert),
        ("after_update", _after_update),
        ("after_delete", _after_delete),
    ):
        event.listen(Base, name, listener, propagate=True)
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_rollback", _forget_pending)
    _registered = True
