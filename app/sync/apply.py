"""Rows from the hub into the kiosk's database, through Core so that nothing echoes back.

Core statements bypass the ORM and so the outbox (see `db.outbox`): a pulled change must not
be pushed again. They also bypass the ORM's name-search upkeep, so people are re-indexed here.

Per entity (see `app.sync.policies`): the hub's row is the merged truth and replaces the
kiosk's, except for a row the kiosk changed and has not pushed yet (it keeps its version; the
hub merges it at the next push and answers with the merged row). Hub-authoritative rows always
replace the kiosk's. A row whose natural key (a slug, a person's sign-up for a session) is
already held by another local row resolves the same way on every kiosk: the smaller id wins.
"""

from __future__ import annotations

import base64
import enum
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Enum,
    LargeBinary,
    Table,
    Uuid,
    and_,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app import log
from app.clock import utcnow
from app.sync.policies import HUB_POLICIES, policy_of
from app.sync.protocol import Change
from app.sync.rekey import ANTENNA, rekey_antenna
from db.models import Base, OutboxEntry
from db.models.people import person_search_columns, reindex_people

Converter = Callable[[Any], Any]


@dataclass
class ApplyStats:
    applied: int = 0
    # Rows kept as the kiosk had them (unpushed local changes) or lost to a natural key.
    conflicts: int = 0
    # Changes for tables this kiosk does not have (a newer hub schema).
    unknown: int = 0


def _identity(value: Any) -> Any:
    return value


def _converter(column_type: Any) -> Converter:
    impl = getattr(column_type, "impl", column_type)
    if isinstance(column_type, Uuid) or isinstance(impl, Uuid):
        return lambda value: None if value is None else uuid.UUID(str(value))
    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        kind: type[enum.Enum] = column_type.enum_class
        return lambda value: None if value is None else kind(value)
    if isinstance(impl, DateTime):
        return lambda value: None if value is None else datetime.fromisoformat(value)
    if isinstance(impl, Date):
        return lambda value: None if value is None else date.fromisoformat(value)
    if isinstance(impl, LargeBinary):
        return lambda value: None if value is None else base64.b64decode(value)
    return _identity


@cache
def _converters(table_name: str) -> dict[str, Converter]:
    table = Base.metadata.tables[table_name]
    return {column.name: _converter(column.type) for column in table.columns}


def to_columns(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """A JSON row from the hub as column values of the kiosk's table (unknown keys dropped)."""
    converters = _converters(table_name)
    return {key: converters[key](value) for key, value in row.items() if key in converters}


def _upsert(table: Table, keys: Iterable[str]) -> Any:
    statement = sqlite_insert(table)
    return statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={key: statement.excluded[key] for key in keys if key != "id"},
    )


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        columns = tuple(column.name for column in getattr(constraint, "columns", ()))
        if constraint is not table.primary_key and type(constraint).__name__ == "UniqueConstraint":
            keys.append(columns)
    keys.extend(tuple(c.name for c in index.columns) for index in table.indexes if index.unique)
    return keys


def _apply_one_resolving(connection: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Upsert one row whose batch failed; settle a natural key held by another local row."""
    savepoint = connection.begin_nested()
    try:
        connection.execute(_upsert(table, values), values)
        savepoint.commit()
        return True
    except IntegrityError:
        savepoint.rollback()
    if table.name == ANTENNA and _adopt_antenna(connection, table, values):
        return True
    for key in _unique_keys(table):
        if not all(column in values for column in key):
            continue
        holder = connection.scalar(
            select(table.c.id).where(and_(*(table.c[column] == values[column] for column in key)))
        )
        if holder is None or holder == values["id"]:
            continue
        if str(values["id"]) > str(holder):
            return False  # the local row keeps the key, here as on every other kiosk
        savepoint = connection.begin_nested()
        try:
            connection.execute(delete(table).where(table.c.id == holder))
            connection.execute(_upsert(table, values), values)
            savepoint.commit()
            return True
        except IntegrityError:
            savepoint.rollback()
            return False
    log.sync.warning("a %s row from the hub could not be applied", table.name)
    return False


def _adopt_antenna(connection: Connection, table: Table, values: dict[str, Any]) -> bool:
    """The hub's antenne whose slug a local row holds (made before enrolment, the demo's):
    the local row takes the hub's id, and what points at it follows (`app.sync.rekey`)."""
    holder = connection.scalar(select(table.c.id).where(table.c.slug == values.get("slug")))
    if holder is None or holder == values["id"]:
        return False
    if connection.scalar(select(table.c.id).where(table.c.id == values["id"])) is not None:
        return False
    savepoint = connection.begin_nested()
    try:
        rekey_antenna(connection, old=holder, new=values["id"])
        connection.execute(_upsert(table, values), values)
        savepoint.commit()
        return True
    except IntegrityError:
        savepoint.rollback()
        return False


def _purge(connection: Connection, table: Table, row_id: uuid.UUID) -> None:
    savepoint = connection.begin_nested()
    try:
        connection.execute(delete(table).where(table.c.id == row_id))
        savepoint.commit()
    except IntegrityError:
        # Still referenced here: keep a tombstone, emptied of what the purge erased elsewhere.
        savepoint.rollback()
        connection.execute(update(table).where(table.c.id == row_id).values(deleted_at=utcnow()))


def pending_ids(connection: Connection, entity_ids: Sequence[str]) -> set[str]:
    """Ids among `entity_ids` of rows with operations not yet acknowledged by the hub."""
    found: set[str] = set()
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start : start + 500]
        found.update(
            connection.scalars(
                select(OutboxEntry.entity_id).where(
                    OutboxEntry.done_at.is_(None), OutboxEntry.entity_id.in_(chunk)
                )
            )
        )
    return found


def apply_changes(
    connection: Connection,
    changes: Sequence[Change],
    *,
    keep_pending: bool = True,
) -> ApplyStats:
    """Apply the hub's rows in their order, in the caller's transaction."""
    stats = ApplyStats()
    tables = Base.metadata.tables
    pending = pending_ids(connection, [c.entity_id for c in changes]) if keep_pending else set()
    people: list[uuid.UUID] = []
    run: list[dict[str, Any]] = []
    run_table: Table | None = None
    run_keys: frozenset[str] = frozenset()

    def flush_run() -> None:
        nonlocal run
        if not run or run_table is None:
            return
        savepoint = connection.begin_nested()
        try:
            connection.execute(_upsert(run_table, run_keys), run)
            savepoint.commit()
            stats.applied += len(run)
        except IntegrityError:
            savepoint.rollback()
            for values in run:
                if _apply_one_resolving(connection, run_table, values):
                    stats.applied += 1
                else:
                    stats.conflicts += 1
        run = []

    for change in changes:
        table = tables.get(change.entity)
        if table is None or "id" not in table.c:
            stats.unknown += 1
            continue
        if (
            keep_pending
            and change.entity_id in pending
            and policy_of(change.entity) not in HUB_POLICIES
        ):
            stats.conflicts += 1
            continue
        if change.op == "purge":
            flush_run()
            _purge(connection, table, uuid.UUID(change.entity_id))
            stats.applied += 1
        else:
            values = to_columns(change.entity, change.row)
            if "id" not in values:
                stats.unknown += 1
                continue
            if change.entity == "person" and "first_name" in values and "last_name" in values:
                # Folded here, as the ORM's validators would: the reindex below skips them.
                values.update(person_search_columns(values["first_name"], values["last_name"]))
            keys = frozenset(values)
            if table is not run_table or keys != run_keys:
                flush_run()
                run_table, run_keys = table, keys
            run.append(values)
        if change.entity == "person":
            people.append(uuid.UUID(change.entity_id))
    flush_run()
    if people:
        reindex_people(connection, people, refresh_columns=False)
    return stats
