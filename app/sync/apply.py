"""Rows from the hub into the kiosk's database, through Core so that nothing echoes back.

Core statements bypass the ORM and so the outbox (see `db.outbox`): a pulled change must not
be pushed again. They also bypass the ORM's name-search upkeep, so people are re-indexed here.

Per entity (see `app.sync.policies`): the hub's row is the merged truth and replaces the
kiosk's, except for a row the kiosk changed and has not pushed yet (it keeps its version; the
hub merges it at the next push and answers with the merged row). Hub-authoritative rows always
replace the kiosk's. A row whose natural key (a slug, a person's sign-up for a session) is
already held by another local row resolves the same way on every kiosk: the smaller id wins.

Nothing the hub sends can stop the pull (docs/architecture.md, "Sync"): a change this kiosk
cannot apply (a value its column cannot take, a constraint it cannot settle, a table it does
not take from the hub, a bug) goes to the quarantine (`QuarantinedChange`) with its error, and
the rest of the page is applied. Values are checked column by column as a page is converted
for the driver, so the common case costs no per-row work; only a run that fails is taken row
by row. Errors of the machine (a locked or full database) are not the change's: they stop the
pull, which resumes from the same cursor.
"""

from __future__ import annotations

import base64
import enum
import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Dialect,
    Enum,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Uuid,
    and_,
    case,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    ProgrammingError,
)

from app import log
from app.clock import utcnow
from app.sync.policies import HUB_POLICIES, OWNER_COLUMN, PRIVATE_FIELDS, policy_of
from app.sync.protocol import UNREADABLE, Change
from app.sync.rekey import ANTENNA, rekey_antenna
from db.engine import begin_immediate
from db.models import Base, OutboxEntry, QuarantinedChange
from db.models.people import (
    PersonNameWord,
    name_word_rows,
    person_search_columns,
    reindex_people,
)
from db.outbox import synced_mappers

Converter = Callable[[Any], Any]


@dataclass
class ApplyStats:
    applied: int = 0
    # Rows kept as the kiosk had them (unpushed local changes) or lost to a natural key.
    conflicts: int = 0
    # Changes this kiosk could not apply, now in the quarantine.
    quarantined: list[Change] = field(default_factory=list)


class RowRefusedError(Exception):
    """A change this kiosk cannot apply; the message says why (kept in the quarantine)."""


# Errors of a row's values (a constraint, a value the driver cannot bind); every other error
# from the database is the machine's (locked, full, corrupt) and stops the pull.
_ROW_DB_ERRORS = (
    IntegrityError,
    DataError,
    ProgrammingError,
    InterfaceError,
    sqlite3.IntegrityError,
    sqlite3.DataError,
    sqlite3.ProgrammingError,
    sqlite3.InterfaceError,
)


def is_machine_error(error: BaseException) -> bool:
    """Whether `error` is the machine's (the pull stops and resumes later) rather than the
    change's (it goes to the quarantine)."""
    if isinstance(error, _ROW_DB_ERRORS):
        return False
    return isinstance(error, DBAPIError | sqlite3.Error | OSError | MemoryError)


def describe_error(error: BaseException) -> str:
    """An error as the quarantine keeps it: one line, the driver's words for a database
    error (not the statement and its parameters)."""
    if isinstance(error, RowRefusedError):
        text = str(error)
    else:
        cause = getattr(error, "orig", None) or error
        text = f"{type(cause).__name__}: {cause}"
    return " ".join(text.split())[:500]


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


_NONE = type(None)


def _json_types(column_type: Any) -> frozenset[type] | None:
    """The JSON types a column takes from the hub (None: any, a JSON column)."""
    impl = getattr(column_type, "impl", column_type)
    if isinstance(impl, JSON):
        return None
    if isinstance(impl, Boolean):
        return frozenset({bool})
    if isinstance(impl, Integer):
        return frozenset({int})
    if isinstance(impl, Float | Numeric):
        return frozenset({int, float})
    if isinstance(impl, String | Uuid | DateTime | Date | Enum | LargeBinary):
        return frozenset({str})
    return None


@cache
def _types(table_name: str) -> dict[str, frozenset[type] | None]:
    table = Base.metadata.tables[table_name]
    return {column.name: _json_types(column.type) for column in table.columns}


@cache
def synced_tables() -> dict[str, Table]:
    """The tables the hub may write here: those of synced models (not the ballot box, the
    outbox, the quarantine...)."""
    tables: dict[str, Table] = {}
    for mapper in synced_mappers():
        table = mapper.local_table
        assert isinstance(table, Table)
        tables[table.name] = table
    return tables


def _check_type(table_name: str, key: str, value: Any) -> None:
    allowed = _types(table_name).get(key)
    if value is not None and allowed is not None and type(value) not in allowed:
        raise RowRefusedError(
            f"{key}: {type(value).__name__} {_shown(value)} where the column takes "
            + " or ".join(sorted(kind.__name__ for kind in allowed))
        )


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@cache
def _converters(table_name: str) -> dict[str, Converter]:
    table = Base.metadata.tables[table_name]
    return {column.name: _converter(column.type) for column in table.columns}


def to_columns(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """A JSON row from the hub as column values of the kiosk's table (unknown keys dropped)."""
    converters = _converters(table_name)
    return {key: converters[key](value) for key, value in row.items() if key in converters}


def checked_columns(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """`to_columns`, raising `RowRefusedError` (naming the column) for a value its column
    cannot take."""
    converters = _converters(table_name)
    values: dict[str, Any] = {}
    for key, value in row.items():
        if key not in converters:
            continue
        _check_type(table_name, key, value)
        try:
            values[key] = converters[key](value)
        except Exception as error:  # whatever the conversion raises
            raise _bad_value(key, value, error) from error
    return values


def _bad_value(key: str, value: Any, error: Exception) -> RowRefusedError:
    """A value its column cannot take, named as the quarantine keeps it."""
    return RowRefusedError(f"{key}: {_shown(value)}: {error}")


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
) -> tuple[set[str], dict[int, str]]:
    """Write rows (JSON values from the hub) with the driver's executemany: inserted when new
    here, upserted otherwise. A row given twice is written once, as last given. Returns the
    ids (as the hub gave them) of the rows that were new here, and the rows (by index in
    `run`) left out because a column cannot take one of their values, with the reason."""
    dialect = connection.dialect
    prepared = _run_sql(table, keys, dialect)
    if prepared is None:
        values: list[dict[str, Any]] = []
        refused: dict[int, str] = {}
        for index, raw in enumerate(run):
            try:
                values.append(checked_columns(table.name, raw))
            except RowRefusedError as error:
                refused[index] = describe_error(error)
        if values:
            connection.execute(_upsert(table, keys), values)
        return set(), refused
    order = prepared.order
    storers = _storers(table.name, dialect)
    try:
        columns = _stored_columns(table.name, order, storers, run)
        refused = {}
    except Exception:  # some value a column cannot take: found row by row
        refused = _sift(table.name, order, storers, run)
        run = [raw for index, raw in enumerate(run) if index not in refused]
        if not run:
            return set(), refused
        columns = _stored_columns(table.name, order, storers, run)
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
    return {given[key] for key in latest if key not in held}, refused


def _stored_columns(
    table_name: str,
    order: tuple[str, ...],
    storers: dict[str, Converter],
    run: Sequence[dict[str, Any]],
) -> list[list[Any]]:
    """The run's values as the driver stores them, column by column (C-level loops over the
    run; an empty value needs no call). Raises on any value a column cannot take."""
    types = _types(table_name)
    columns: list[list[Any]] = [list(map(itemgetter(key), run)) for key in order]
    for index, key in enumerate(order):
        allowed = types[key]
        if allowed is not None and not set(map(type, columns[index])) <= allowed | {_NONE}:
            raise RowRefusedError(key)
        store = storers[key]
        if store is not _identity:
            empty = store(None)
            columns[index] = [empty if value is None else store(value) for value in columns[index]]
    return columns


def _sift(
    table_name: str,
    order: tuple[str, ...],
    storers: dict[str, Converter],
    run: Sequence[dict[str, Any]],
) -> dict[int, str]:
    """The rows of a run that some column cannot take (by index), with the reason."""
    refused: dict[int, str] = {}
    for index, raw in enumerate(run):
        for key in order:
            value = raw[key]
            try:
                _check_type(table_name, key, value)
                if value is not None:
                    storers[key](value)
            except Exception as error:  # whatever the check or the conversion raises
                refusal = (
                    error if isinstance(error, RowRefusedError) else _bad_value(key, value, error)
                )
                refused[index] = describe_error(refusal)
                break
    return refused


def _upsert(table: Table, keys: Iterable[str]) -> Any:
    statement = sqlite_insert(table)
    excluded = statement.excluded
    values: dict[str, Any] = {key: excluded[key] for key in keys if key != "id"}
    if OWNER_COLUMN in values:
        # A person's contact details reach only the kiosks of the person's antenne, the others
        # receive them empty (`app.sync.policies.private_view`). A row that comes with another
        # antenne than the one held here therefore says nothing about them: the kiosk keeps
        # what it held rather than take that emptiness for an erasure (docs/architecture.md,
        # "Sync"). The next row of the same antenne says what they are.
        for column in PRIVATE_FIELDS.get(table.name, ()):
            if column in values:
                values[column] = case(
                    (
                        and_(
                            excluded[column].is_(None),
                            excluded[OWNER_COLUMN].is_distinct_from(table.c[OWNER_COLUMN]),
                        ),
                        table.c[column],
                    ),
                    else_=excluded[column],
                )
    return statement.on_conflict_do_update(index_elements=[table.c.id], set_=values)


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        columns = tuple(column.name for column in getattr(constraint, "columns", ()))
        if constraint is not table.primary_key and type(constraint).__name__ == "UniqueConstraint":
            keys.append(columns)
    keys.extend(tuple(c.name for c in index.columns) for index in table.indexes if index.unique)
    return keys


def _apply_one_resolving(connection: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Upsert one row whose batch failed; settle a natural key held by another local row.
    False when the row lost its natural key to a local row; raises `RowRefusedError` for a
    constraint it cannot settle (errors other than a constraint's propagate)."""
    try:
        with connection.begin_nested():
            connection.execute(_upsert(table, values), values)
        return True
    except IntegrityError as error:
        refusal = error
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
        try:
            with connection.begin_nested():
                connection.execute(delete(table).where(table.c.id == holder))
                connection.execute(_upsert(table, values), values)
            return True
        except IntegrityError as error:
            refusal = error
            break
    raise RowRefusedError(describe_error(refusal))


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


def _purge(connection: Connection, table: Table, entity_id: str) -> None:
    try:
        row_id = uuid.UUID(entity_id)
    except ValueError as error:
        raise RowRefusedError(f"entity_id: {_shown(entity_id)}: {error}") from error
    try:
        with connection.begin_nested():
            connection.execute(delete(table).where(table.c.id == row_id))
    except IntegrityError:
        # Still referenced here: keep a tombstone, emptied of what the purge erased elsewhere.
        connection.execute(update(table).where(table.c.id == row_id).values(deleted_at=utcnow()))


def pending_ids(connection: Connection, entity_ids: Sequence[str]) -> set[str]:
    """Ids among `entity_ids` of rows with operations not yet acknowledged by the hub (maybe
    with others: callers only ask whether an id is in it). A parked operation is not waiting:
    the hub's version of its row is taken meanwhile."""
    # Usually few operations wait (none at a first sync): read them all in one go.
    waiting = list(
        connection.scalars(
            select(OutboxEntry.entity_id)
            .where(OutboxEntry.done_at.is_(None), OutboxEntry.parked_at.is_(None))
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
                    OutboxEntry.done_at.is_(None),
                    OutboxEntry.parked_at.is_(None),
                    OutboxEntry.entity_id.in_(chunk),
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
    replayed row by row, each settled as `_apply_one_resolving` says. A change that cannot be
    applied goes to the quarantine, and a change applied here replaces its row's older one
    there (`QuarantinedChange`)."""
    # The transaction opens before the page reads which rows have changes waiting, so that no
    # screen's write slips in between that read and the page's writes.
    begin_immediate(connection)
    stats = ApplyStats()
    tables = Base.metadata.tables
    synced = synced_tables()
    pending = pending_ids(connection, [c.entity_id for c in changes]) if keep_pending else set()
    # People written by a whole run, with their names (indexed from these values), and people
    # whose row may differ from what the hub sent (indexed from the database).
    named: dict[str, dict[str, Any]] = {}
    # Of those, the ones that were new here: no word of theirs to delete.
    fresh: set[str] = set()
    people: set[str] = set()
    refusals: list[tuple[Change, str]] = []
    run: list[dict[str, Any]] = []
    run_changes: list[Change] = []
    run_table: Table | None = None
    run_keys: tuple[str, ...] = ()

    def refuse(change: Change, error: BaseException) -> None:
        if is_machine_error(error):
            raise error
        refusals.append((change, describe_error(error)))
        if not isinstance(error, RowRefusedError):
            log.sync.warning("a %s change from the hub could not be applied", change.entity)

    def flush_run() -> None:
        nonlocal run, run_changes
        if not run or run_table is None:
            return
        try:
            with connection.begin_nested():
                created, refused = _write_run(connection, run_table, run_keys, run)
        except Exception as error:  # settled row by row, or raised again
            if is_machine_error(error):
                raise
            _apply_rows(run_table, run, run_changes)
        else:
            refusals.extend((run_changes[index], why) for index, why in refused.items())
            stats.applied += len(run) - len(refused)
            if run_table.name == "person":
                named.update(
                    (str(row["id"]), row) for index, row in enumerate(run) if index not in refused
                )
                fresh.update(created)
        run, run_changes = [], []

    def _apply_rows(table: Table, rows: list[dict[str, Any]], sources: list[Change]) -> None:
        for raw, change in zip(rows, sources, strict=True):
            try:
                settled = _apply_one_resolving(connection, table, checked_columns(table.name, raw))
            except Exception as error:  # quarantined, or raised again
                refuse(change, error)
                continue
            if table.name == "person":
                people.add(str(raw["id"]))
            if settled:
                stats.applied += 1
            else:
                stats.conflicts += 1

    for change in changes:
        if change.op == UNREADABLE:
            refuse(change, RowRefusedError("change: not one this kiosk can read"))
            continue
        table = tables.get(change.entity)
        if table is None:
            # A newer hub's entity: kept, so that `antenne sync retry` applies it once this
            # kiosk is updated.
            refuse(change, RowRefusedError(f"entity: {_shown(change.entity)} is unknown here"))
            continue
        if table.name not in synced:
            refuse(change, RowRefusedError(f"entity: {change.entity} is not taken from the hub"))
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
            try:
                _purge(connection, table, change.entity_id)
            except Exception as error:  # quarantined, or raised again
                refuse(change, error)
                continue
            stats.applied += 1
            if change.entity == "person":
                people.add(change.entity_id)
            continue
        if change.op != "upsert":
            refuse(change, RowRefusedError(f"op: {_shown(change.op)} is not upsert or purge"))
            continue
        converters = _converters(change.entity)
        row = change.row
        if row.keys() <= converters.keys():
            raw = dict(row)
        else:  # a newer hub's columns this kiosk does not have
            raw = {key: value for key, value in row.items() if key in converters}
        if raw.get("id") != change.entity_id:
            # The hub merges a row by the change's id, the kiosk writes it by the row's: a
            # change naming another row than its own is not applied.
            refuse(change, RowRefusedError(f"id: {_shown(raw.get('id'))} is not the change's"))
            continue
        if change.entity == "person" and "first_name" in raw and "last_name" in raw:
            # Folded here, as the ORM's validators would: the index below reads them.
            try:
                raw.update(person_search_columns(raw["first_name"], raw["last_name"]))
            except Exception as error:  # quarantined, or raised again
                refuse(change, _name_refusal(raw, error))
                continue
        keys = tuple(raw)
        if table is not run_table or keys != run_keys:
            flush_run()
            run_table, run_keys = table, keys
        run.append(raw)
        run_changes.append(change)
    flush_run()
    _index_names(connection, named, people, fresh=fresh)
    _settle_quarantine(connection, changes, refusals)
    stats.quarantined = [change for change, _why in refusals]
    return stats


def _name_refusal(raw: dict[str, Any], error: Exception) -> RowRefusedError:
    """Why a person's names could not be folded, naming the column when its type says."""
    try:
        for key in ("first_name", "last_name"):
            _check_type("person", key, raw[key])
    except RowRefusedError as refusal:
        return refusal
    return RowRefusedError(f"first_name, last_name: {error}")


def _settle_quarantine(
    connection: Connection, changes: Sequence[Change], refusals: list[tuple[Change, str]]
) -> None:
    """Drop the quarantined changes of rows this page changed again; keep the page's refused
    ones (one entry per row: the latest)."""
    if connection.execute(select(QuarantinedChange.seq).limit(1)).first() is not None:
        refused = {id(change) for change, _why in refusals}
        done: dict[str, set[str]] = {}
        for change in changes:
            if id(change) not in refused:
                done.setdefault(change.entity, set()).add(change.entity_id)
        for entity, entity_ids in done.items():
            ids = sorted(entity_ids)
            for start in range(0, len(ids), 500):
                connection.execute(
                    delete(QuarantinedChange).where(
                        QuarantinedChange.entity == entity,
                        QuarantinedChange.entity_id.in_(ids[start : start + 500]),
                    )
                )
    if not refusals:
        return
    log.sync.warning("%d change(s) from the hub quarantined", len(refusals))
    now = utcnow()
    statement = sqlite_insert(QuarantinedChange)
    statement = statement.on_conflict_do_update(
        index_elements=[QuarantinedChange.entity, QuarantinedChange.entity_id],
        set_={
            column: statement.excluded[column]
            for column in ("op", "row", "hlc", "origin", "cursor", "error", "quarantined_at")
        },
    )
    latest = {(_storable(c.entity), _storable(c.entity_id)): (c, why) for c, why in refusals}
    connection.execute(
        statement,
        [
            {
                "entity": entity,
                "entity_id": entity_id,
                "op": _storable(change.op),
                "row": json.dumps(change.row, ensure_ascii=True, default=str),
                "hlc": _storable(change.hlc),
                "origin": _storable(change.origin),
                "cursor": str(change.cursor),
                "error": _storable(why),
                "quarantined_at": now,
            }
            for (entity, entity_id), (change, why) in latest.items()
        ],
    )


def _storable(text: str) -> str:
    """Text SQLite can store whatever the hub sent (a lone surrogate written as an escape)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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
