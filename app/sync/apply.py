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
import json
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Dialect,
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
from db.engine import begin_immediate
from db.models import Base, OutboxEntry
from db.models.people import (
    PersonNameWord,
    name_word_rows,
    person_search_columns,
    reindex_people,
)

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


# Samples on which a shortcut must store exactly what the column type's own processing stores.
_SAMPLES: dict[type, tuple[Any, ...]] = {
    Uuid: (
        "0190f3a2-7b1c-7d4e-9f00-1234567890ab",
        "0190F3A27B1C7D4E9F001234567890AB",
        "{0190f3a2-7b1c-7d4e-9f00-1234567890ab}",
    ),
    JSON: (["information", "consultation"], [], ["vélo", "éco"], {"a": [1, None]}, "x", 3, None),
    DateTime: (
        "2026-03-01T10:00:00+00:00",
        "2026-03-01T10:00:00.123456+00:00",
        "2026-03-01T11:30:05.000001+01:30",
        "2025-12-31T23:59:59.999999-05:00",
    ),
    Date: ("2024-01-15", "1999-12-31"),
}


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _store_uuid(value: Any) -> Any:
    # `str(uuid)`'s own form, checked by one regular expression; anything else through UUID.
    if value is None:
        return None
    if _UUID_TEXT.fullmatch(value):
        return value.replace("-", "")
    return uuid.UUID(value).hex


def _store_json_cached(value: Any) -> Any:
    # Participation levels, channels, topics: a few lists over and over, serialized once each.
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        key = tuple(value)
        text = _JSON_TEXTS.get(key)
        if text is None:
            if len(_JSON_TEXTS) > 4096:
                _JSON_TEXTS.clear()
            text = _JSON_TEXTS[key] = json.dumps(value)
        return text
    return json.dumps(value)


_JSON_TEXTS: dict[tuple[str, ...], str] = {}


def _store_datetime(value: Any) -> Any:
    # What `UTCDateTime` and SQLite's DATETIME store, without their chain of calls.
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _store_date(value: Any) -> Any:
    return None if value is None else date.fromisoformat(value).isoformat()


_SHORTCUTS: dict[type, Converter] = {
    Uuid: _store_uuid,
    JSON: _store_json_cached,
    DateTime: _store_datetime,
    Date: _store_date,
}


@cache
def _storers(table_name: str, dialect: Dialect) -> dict[str, Converter]:
    """Per column: a JSON value from the hub straight to what the database driver stores.

    The column type's own processing (its bind processor, and `UTCDateTime`'s) is done once
    per value, so a page is written with the driver's executemany and no per-row statement
    work. The common types take a shortcut, kept only if it stores exactly what the type's
    processing stores on sample values (tests compare whole pages too)."""
    table = Base.metadata.tables[table_name]
    storers: dict[str, Converter] = {}
    for column in table.columns:
        convert = _converter(column.type)
        bind = _binder(column.type, dialect)
        if bind is _identity:
            storer = convert
        elif convert is _identity:
            storer = bind
        else:
            storer = _composed(convert, bind)
        impl = getattr(column.type, "impl", column.type)
        for kind, shortcut in _SHORTCUTS.items():
            if isinstance(impl, kind) and all(
                shortcut(sample) == storer(sample) for sample in _SAMPLES[kind]
            ):
                storer = shortcut
        storers[column.name] = storer
    return storers


def _composed(convert: Converter, bind: Converter) -> Converter:
    return lambda value: bind(convert(value))


@dataclass(frozen=True)
class _RunSql:
    """A run's statements for the driver, with their parameters in `order`."""

    upsert: str
    # The same without ON CONFLICT: for rows the kiosk does not hold yet, SQLite inserts
    # twice as fast as it upserts.
    insert: str
    order: tuple[str, ...]
    exists: str


@cache
def _run_sql(table: Table, keys: tuple[str, ...], dialect: Dialect) -> _RunSql | None:
    """The statements of `_write_run`; None when they need more than `keys` (columns the rows
    lack get their Python defaults, which only SQLAlchemy's own execution computes)."""
    upsert = _upsert(table, keys).compile(dialect=dialect, column_keys=list(keys))
    insert = sqlite_insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(upsert.positiontup or ())
    if sorted(order) != sorted(keys) or tuple(insert.positiontup or ()) != order:
        return None
    quote = dialect.identifier_preparer
    column = quote.quote("id")
    exists = f"SELECT {column} FROM {quote.format_table(table)} WHERE {column} IN ({{}})"
    return _RunSql(str(upsert), str(insert), order, exists)


def _write_run(
    connection: Connection, table: Table, keys: tuple[str, ...], run: Sequence[dict[str, Any]]
) -> set[str]:
    """Write rows (JSON values from the hub) with the driver's executemany: inserted when new
    here, upserted otherwise. A row given twice is written once, as last given. Returns the
    ids (as the hub gave them) of the rows that were new here."""
    dialect = connection.dialect
    prepared = _run_sql(table, keys, dialect)
    if prepared is None:
        connection.execute(_upsert(table, keys), [to_columns(table.name, row) for row in run])
        return set()
    order = prepared.order
    storers = _storers(table.name, dialect)
    # Column by column (C-level loops over the run); an empty value needs no call.
    columns: list[list[Any]] = [list(map(itemgetter(key), run)) for key in order]
    for index, key in enumerate(order):
        store = storers[key]
        if store is not _identity:
            empty = store(None)
            columns[index] = [empty if value is None else store(value) for value in columns[index]]
    stored_ids = columns[order.index("id")]
    # A row given twice is written once, as last given.
    latest: dict[Any, tuple[Any, ...]] = dict(
        zip(stored_ids, zip(*columns, strict=True), strict=True)
    )
    given = dict(zip(stored_ids, (str(row["id"]) for row in run), strict=True))
    held: set[Any] = set()
    ids = list(latest)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = prepared.exists.format(", ".join("?" * len(chunk)))
        held.update(found for (found,) in connection.exec_driver_sql(sql, tuple(chunk)))
    new = [values for key, values in latest.items() if key not in held]
    old = [values for key, values in latest.items() if key in held]
    if new:
        connection.exec_driver_sql(prepared.insert, new)
    if old:
        connection.exec_driver_sql(prepared.upsert, old)
    return {given[key] for key in latest if key not in held}


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
    """Ids among `entity_ids` of rows with operations not yet acknowledged by the hub (maybe
    with others: callers only ask whether an id is in it)."""
    # Usually few operations wait (none at a first sync): read them all in one go.
    waiting = list(
        connection.scalars(
            select(OutboxEntry.entity_id)
            .where(OutboxEntry.done_at.is_(None))
            .limit(len(entity_ids) + 1)
        )
    )
    if len(waiting) <= len(entity_ids):
        return set(waiting)
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
    """Apply the hub's rows in their order, in the caller's transaction.

    Consecutive rows of one table with the same columns are written together (one driver
    executemany, values converted once per column type); a run that breaks a constraint is
    replayed row by row, each settled as `_apply_one_resolving` says."""
    # The transaction opens before the page reads which rows have changes waiting, so that no
    # screen's write slips in between that read and the page's writes.
    begin_immediate(connection)
    stats = ApplyStats()
    tables = Base.metadata.tables
    pending = pending_ids(connection, [c.entity_id for c in changes]) if keep_pending else set()
    # People written by a whole run, with their names (indexed from these values), and people
    # whose row may differ from what the hub sent (indexed from the database).
    named: dict[str, dict[str, Any]] = {}
    # Of those, the ones that were new here: no word of theirs to delete.
    fresh: set[str] = set()
    people: set[str] = set()
    run: list[dict[str, Any]] = []
    run_table: Table | None = None
    run_keys: tuple[str, ...] = ()

    def flush_run() -> None:
        nonlocal run
        if not run or run_table is None:
            return
        savepoint = connection.begin_nested()
        try:
            created = _write_run(connection, run_table, run_keys, run)
            savepoint.commit()
            stats.applied += len(run)
            if run_table.name == "person":
                named.update((str(row["id"]), row) for row in run)
                fresh.update(created)
        except IntegrityError:
            savepoint.rollback()
            for raw in run:
                if run_table.name == "person":
                    people.add(str(raw["id"]))
                if _apply_one_resolving(connection, run_table, to_columns(run_table.name, raw)):
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
            if change.entity == "person":
                people.add(change.entity_id)
            continue
        converters = _converters(change.entity)
        row = change.row
        if row.keys() <= converters.keys():
            raw = dict(row)
        else:  # a newer hub's columns this kiosk does not have
            raw = {key: value for key, value in row.items() if key in converters}
        if "id" not in raw:
            stats.unknown += 1
            continue
        if change.entity == "person" and "first_name" in raw and "last_name" in raw:
            # Folded here, as the ORM's validators would: the index below reads them.
            raw.update(person_search_columns(raw["first_name"], raw["last_name"]))
        keys = tuple(raw)
        if table is not run_table or keys != run_keys:
            flush_run()
            run_table, run_keys = table, keys
        run.append(raw)
    flush_run()
    _index_names(connection, named, people, fresh=fresh)
    return stats


def _index_names(
    connection: Connection,
    named: dict[str, dict[str, Any]],
    people: set[str],
    *,
    fresh: set[str],
) -> None:
    """Keep the name search's word table current for the people a page touched: in one bulk
    pass from the names in hand for rows written as the hub sent them, and from the database
    for the others (kept, settled by a natural key, purged). People new with this page
    (`fresh`) have no words yet to delete."""
    whole = {
        person_id: row
        for person_id, row in named.items()
        if person_id not in people and {"first_name", "last_name", "deleted_at"} <= row.keys()
    }
    people |= named.keys() - whole.keys()
    if whole:
        ids = [uuid.UUID(person_id) for person_id in whole]
        known = [uuid.UUID(person_id) for person_id in whole if person_id not in fresh]
        for start in range(0, len(known), 500):
            chunk = known[start : start + 500]
            connection.execute(delete(PersonNameWord).where(PersonNameWord.person_id.in_(chunk)))
        words = [
            word
            for person_id, row in zip(ids, whole.values(), strict=True)
            if row["deleted_at"] is None
            for word in name_word_rows(person_id, row["first_name"], row["last_name"])
        ]
        if words:
            _write_rows(connection, PersonNameWord.__table__, words)  # type: ignore[arg-type]
    if people:
        reindex_people(connection, [uuid.UUID(person_id) for person_id in sorted(people)])


def _write_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Plain inserts of Python values, each converted once by its column type (no upsert)."""
    sql, order, binds = _insert_sql(table, tuple(rows[0]), connection.dialect)
    columns: list[list[Any]] = []
    for bind, key in zip(binds, order, strict=True):
        column = list(map(itemgetter(key), rows))
        columns.append(column if bind is _identity else [bind(value) for value in column])
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


@cache
def _insert_sql(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, tuple[str, ...], list[Converter]]:
    compiled = table.insert().compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ())
    return str(compiled), order, [_binder(table.c[key].type, dialect) for key in order]


def _binder(column_type: Any, dialect: Dialect) -> Converter:
    bind = column_type.dialect_impl(dialect).bind_processor(dialect)
    return _identity if bind is None else bind
