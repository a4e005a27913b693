"""What a pushed operation may carry: one schema per synced entity, derived from the models.

The hub stores what kiosks push and hands it to every kiosk that may see it, so one bad value
would stop them all (docs/architecture.md, "Sync"). Every operation is checked here before the
hub touches any row; `op_problem` names the first thing wrong (`first_name: not a string`) or
answers None.

The schemas are not written by hand: each is read once from the synced table's columns in
`db.models` (`Base.metadata`), so a new column is checked the day it is added, and a column of
a type this module does not know fails its unit test rather than passing unchecked. A payload
is what the kiosk's outbox writes (`db.outbox.row_payload`):

- every field a column of the entity (no unknown field), `id` equal to the operation's
  `entity_id`, the columns with neither a default nor NULL present;
- strings within the column's length, enums by their values, UUIDs as `str(uuid)` writes them
  (lower-case, hyphenated: the hub keys rows by that text), timezone-aware ISO datetimes, ISO
  dates, integers within 64 bits, finite floats, booleans, binary as base64;
- JSON columns: dicts and lists of JSON scalars, at most `MAX_JSON_DEPTH` deep, dict keys text,
  and the declared shape where the model says it (`dict[str, str]`, `list[str]`);
- no NUL and no lone surrogate in any text, JSON keys and values included (PostgreSQL refuses
  both, and no kiosk could apply them);
- a purge (a `delete` of a row the privacy purge erased) is `{"id": ...}` and nothing else; a
  soft delete carries the whole row like an update.

The closed vote's ballot box (`app.sync.ballot_box`) is not a table: its fields are listed
there, and its values need only be clean JSON; the hub checks its digest itself.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Uuid,
)

from app.sync import ballot_box
from app.sync.protocol import PushOp
from db.outbox import synced_mappers

# A problem with one value (without the field's name), or None.
Check = Callable[[Any], str | None]

OPERATIONS = frozenset({"insert", "update", "delete"})
MAX_JSON_DEPTH = 16
# What a stamp column holds (`app.clock.Stamp`): the hub stores it in a String(64).
MAX_STAMP = 64
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
# A UUID as `str(uuid)` writes it (what the kiosks send; the hub's API checks op ids with it).
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID_TEXT = re.compile(UUID_PATTERN)


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored or sent on (a NUL, a lone surrogate), or None."""
    if "\x00" in value:
        return "contains a NUL character"
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains a lone surrogate"
    return None


def is_uuid_text(value: Any) -> bool:
    return isinstance(value, str) and _UUID_TEXT.fullmatch(value) is not None


def _string(length: int | None) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "not a string"
        if length is not None and len(value) > length:
            return f"longer than {length} characters"
        return text_problem(value)

    return check


def _enum(values: frozenset[str]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in values:
            return None
        return "not one of " + ", ".join(sorted(values))

    return check


def _uuid(value: Any) -> str | None:
    return None if is_uuid_text(value) else "not a UUID"


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "not a boolean"


def _integer(value: Any) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "not an integer"
    return None if _INT_MIN <= value <= _INT_MAX else "out of the 64-bit range"


def _float(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "not a number"
    if isinstance(value, float) and not math.isfinite(value):
        return "not a finite number"
    return _integer(value) if isinstance(value, int) else None


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_STAMP:
        return "not an ISO datetime"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return "not an ISO datetime"
    return None if parsed.tzinfo is not None else "a datetime without its timezone"


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_STAMP:
        return "not an ISO date"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "not an ISO date"
    return None


def _base64(value: Any) -> str | None:
    if not isinstance(value, str):
        return "not base64 text"
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "not base64 text"
    return None


def json_problem(value: Any, depth: int = 0) -> str | None:
    """Why `value` is not clean JSON (scalars, lists, dicts with text keys), or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, int | float):
        return _float(value)
    if depth >= MAX_JSON_DEPTH:
        return f"nested deeper than {MAX_JSON_DEPTH}"
    if isinstance(value, list):
        for item in value:
            problem = json_problem(item, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return "a key that is not a string"
            problem = text_problem(key) or json_problem(item, depth + 1)
            if problem:
                return problem
        return None
    return "not JSON"


def _json_of_texts(container: type) -> Check:
    """A JSON column the model declares `dict[str, str]` or `list[str]`."""
    name = "an object of strings" if container is dict else "a list of strings"

    def check(value: Any) -> str | None:
        items: Iterable[Any] = ()
        if isinstance(value, dict):
            items = value.values()
        elif isinstance(value, list):
            items = value
        if not isinstance(value, container) or not all(isinstance(item, str) for item in items):
            return f"not {name}"
        return json_problem(value)

    return check


# The languages a text may be translated into (`app.voting.texts.LANGUAGES`).
TRANSLATION_LANGUAGES = frozenset({"fr", "nl", "en"})


def _texts_per_language(fields: Mapping[str, int]) -> Check:
    """A column of texts per language, as `info["translates"]` declares it: `{"nl": {"title":
    ...}}`, languages among `TRANSLATION_LANGUAGES`, only the declared texts, each a string
    within its length."""

    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return "not texts per language"
        for language, texts in value.items():
            if language not in TRANSLATION_LANGUAGES:
                return "not a language: fr, nl or en"
            if not isinstance(texts, dict):
                return f"{language}: not an object of strings"
            for name, text in texts.items():
                if name not in fields:
                    return f"{language}: {str(name)[:64]!r} is not translated"
                if not isinstance(text, str):
                    return f"{language}.{name}: not a string"
                if len(text) > fields[name]:
                    return f"{language}.{name}: longer than {fields[name]}"
                problem = text_problem(text)
                if problem:
                    return f"{language}.{name}: {problem}"
        return None

    return check


# Shapes read from a JSON column's `Mapped[...]` annotation (the model's source text).
_JSON_SHAPES: dict[str, Check] = {
    "Mapped[dict[str, str]]": _json_of_texts(dict),
    "Mapped[list[str]]": _json_of_texts(list),
}


def _check_for(column: Column[Any], annotation: str) -> Check:
    """The check of one column's values, from its SQLAlchemy type."""
    kind = column.type
    impl = getattr(kind, "impl", kind)
    check: Check
    if isinstance(kind, Enum):
        check = _enum(frozenset(kind.enums))
    elif isinstance(impl, Uuid):
        check = _uuid
    elif isinstance(impl, String):
        check = _string(impl.length)
    elif isinstance(impl, Boolean):
        check = _boolean
    elif isinstance(impl, Integer):
        check = _integer
    elif isinstance(impl, Float | Numeric):
        check = _float
    elif isinstance(impl, DateTime):
        check = _datetime
    elif isinstance(impl, Date):
        check = _date
    elif isinstance(impl, JSON) and "translates" in column.info:
        check = _texts_per_language(column.info["translates"])
    elif isinstance(impl, JSON):
        check = _JSON_SHAPES.get(annotation.replace(" | None", ""), json_problem)
    elif isinstance(impl, LargeBinary):
        check = _base64
    else:
        raise TypeError(f"{column.table.name}.{column.name}: no sync check for {kind!r}")
    if not column.nullable:
        return check

    def nullable(value: Any) -> str | None:
        return None if value is None else check(value)

    return nullable


@dataclass(frozen=True)
class EntitySchema:
    """What one entity's payloads may hold: a check per column, the columns that must be there."""

    entity: str
    checks: Mapping[str, Check]
    required: frozenset[str]

    def row_problem(self, row: Mapping[str, Any]) -> str | None:
        checks = self.checks
        for name, value in row.items():
            check = checks.get(name)
            if check is None:
                return f"{str(name)[:64]!r}: not a field of {self.entity}"
            problem = check(value)
            if problem:
                return f"{name}: {problem}"
        if not self.required <= row.keys():
            return f"{min(self.required - row.keys())}: missing"
        return None


def _annotation(model: type[Any], attribute: str) -> str:
    for klass in model.__mro__:
        found = getattr(klass, "__annotations__", {}).get(attribute)
        if found is not None:
            return str(found)
    return ""


def _build() -> dict[str, EntitySchema]:
    schemas: dict[str, EntitySchema] = {}
    for mapper in synced_mappers():
        model = mapper.class_
        table = mapper.local_table
        assert isinstance(table, Table)
        keys = {prop.columns[0].name: prop.key for prop in mapper.column_attrs}
        checks = {
            column.name: _check_for(column, _annotation(model, keys.get(column.name, "")))
            for column in table.columns
        }
        required = {
            column.name
            for column in table.columns
            if column.primary_key
            or (not column.nullable and column.default is None and column.server_default is None)
        }
        schemas[table.name] = EntitySchema(table.name, checks, frozenset(required))
    return schemas


# One schema per synced table, built once (the hub checks every operation of every push).
SCHEMAS: Mapping[str, EntitySchema] = _build()


def _ballot_box_problem(op: PushOp) -> str | None:
    payload = op.payload
    if op.operation != "insert":
        return "operation: a ballot box is only inserted"
    for name in payload:
        if name not in ballot_box.FIELDS:
            return f"{str(name)[:64]!r}: not a field of {ballot_box.ENTITY}"
    if payload.get("vote_id") != op.entity_id:
        return "vote_id: not the operation's entity_id"
    antenna_id = payload.get("antenna_id")
    if antenna_id is not None and not is_uuid_text(antenna_id):
        return "antenna_id: not a UUID"
    problem = json_problem(payload)
    return f"ballots: {problem}" if problem else None


def op_problem(op: PushOp) -> str | None:
    """The first thing wrong with a pushed operation (the field, then what), or None."""
    if not is_uuid_text(op.op_id):
        return "op_id: not a UUID"
    if not is_uuid_text(op.entity_id):
        return "entity_id: not a UUID"
    if op.operation not in OPERATIONS:
        return "operation: not one of " + ", ".join(sorted(OPERATIONS))
    if not isinstance(op.hlc, str) or len(op.hlc) > MAX_STAMP or text_problem(op.hlc):
        return "hlc: not a stamp"
    payload = op.payload
    if payload.get("id") != op.entity_id:
        return "id: not the operation's entity_id"
    if op.entity == ballot_box.ENTITY:
        return _ballot_box_problem(op)
    schema = SCHEMAS.get(op.entity)
    if schema is None:
        return f"entity: {op.entity[:64]!r} is not a synced entity"
    if op.changed is not None and (
        not isinstance(op.changed, list)
        or not all(isinstance(name, str) and name in schema.checks for name in op.changed)
    ):
        return "changed: not a list of the entity's fields"
    if op.operation == "delete" and len(payload) == 1:
        # A purge: the id alone (checked above).
        return None
    return schema.row_problem(payload)
