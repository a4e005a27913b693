"""The schema of pushed operations (`app.sync.schema`): what a kiosk's outbox writes passes,
what an attacker or a bug sends is named and refused."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import inspect, select

from app.clock import utcnow
from app.sync.protocol import PushOp
from app.sync.schema import MAX_JSON_DEPTH, SCHEMAS, op_problem
from db.base import Base, SyncedMixin
from db.demo import MIN_MEMBERS, build_demo
from db.engine import Database
from db.models import OutboxEntry, Person, Visit
from db.outbox import CHANGED_KEY, SCHEMA_VERSION, row_payload

PERSON_ID = "0190f3a2-7b1c-7d4e-9f00-1234567890ab"


def synced_models() -> list[type[Any]]:
    return [
        mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin) and mapper.class_.__synced__
    ]


def person(**values: Any) -> dict[str, Any]:
    row = {
        "id": PERSON_ID,
        "created_at": "2026-03-01T10:00:00+00:00",
        "updated_at": "2026-03-01T10:00:00+00:00",
        "hlc": "0001772359200000-0000-kiosk-a",
        "origin": "kiosk-a",
        "deleted_at": None,
        "kind": "member",
        "first_name": "Zoé",
        "last_name": "Martin",
        "email": "zoe@example.org",
        "phone": None,
        "language": "fr",
        "antenna_id": None,
        "member_since": "2024-01-15",
        "levels": ["information"],
        "photo": None,
        "photo_consent": False,
    }
    row.update(values)
    return row


def op(payload: dict[str, Any], **values: Any) -> PushOp:
    fields: dict[str, Any] = {
        "op_id": str(uuid.uuid4()),
        "entity": "person",
        "entity_id": PERSON_ID,
        "operation": "insert",
        "payload": payload,
        "hlc": "0001772359200000-0000-kiosk-a",
        "schema_version": SCHEMA_VERSION,
        "changed": None,
    }
    fields.update(values)
    return PushOp(**fields)


def test_every_synced_table_has_a_schema_of_every_column() -> None:
    for model in synced_models():
        table = model.__table__
        assert set(SCHEMAS[table.name].checks) == {column.name for column in table.columns}


def test_every_row_of_the_demo_database_passes_as_its_outbox_would_send_it(
    database: Database,
) -> None:
    build_demo(database, members=MIN_MEMBERS)
    checked: set[str] = set()
    with database.transaction() as session:
        for model in synced_models():
            mapper = inspect(model)
            for obj in session.scalars(select(model)):
                payload = row_payload(mapper, obj)
                entity = model.__table__.name
                for operation in ("insert", "update", "delete"):
                    problem = op_problem(
                        op(payload, entity=entity, entity_id=str(obj.id), operation=operation)
                    )
                    assert problem is None, (entity, problem)
                purge = op({"id": str(obj.id)}, entity=entity, entity_id=str(obj.id))
                assert op_problem(replace(purge, operation="delete")) is None
                checked.add(entity)
    # The demo fills the tables people see first: people, content, governance, votes.
    assert {"person", "content_page", "body", "vote", "session", "skill_post"} <= checked


def test_what_the_outbox_writes_passes(database: Database) -> None:
    """Real outbox entries (insert, update with its changed columns, soft delete, purge)."""
    build_demo(database, members=MIN_MEMBERS)
    with database.transaction() as session:
        zoe = Person(first_name="Zoé", last_name="Martin", email="zoe@example.org")
        session.add(zoe)
        session.flush()
        visit = Visit(person_id=zoe.id, checked_in_at=utcnow(), purpose="coworking")
        session.add(visit)
        someone = session.scalars(select(Person).where(Person.id != zoe.id).limit(2)).all()
        someone[0].first_name = "Élodie"
        someone[0].levels = ["consultation"]
        someone[1].deleted_at = utcnow()
    with database.transaction() as session:
        # A hard delete, as only the privacy purge does: the payload is the id alone.
        session.delete(session.get_one(Visit, visit.id))
    with database.transaction() as session:
        entries = session.scalars(select(OutboxEntry)).all()
        assert {entry.operation for entry in entries} == {"insert", "update", "delete"}
        for entry in entries:
            payload = dict(entry.payload)
            changed = payload.pop(CHANGED_KEY, None)
            pushed = op(
                payload,
                op_id=str(entry.op_id),
                entity=entry.entity,
                entity_id=entry.entity_id,
                operation=str(entry.operation),
                hlc=entry.hlc,
                changed=changed,
            )
            assert op_problem(pushed) is None, (entry.entity, entry.operation)


def test_a_valid_person_passes() -> None:
    assert op_problem(op(person())) is None


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"kind": "alien"}, "kind: not one of member, staff, visitor"),
        ({"created_at": "garbage"}, "created_at: not an ISO datetime"),
        ({"created_at": "2026-03-01T10:00:00"}, "created_at: a datetime without its timezone"),
        ({"member_since": "2024-13-45"}, "member_since: not an ISO date"),
        ({"antenna_id": "zzz"}, "antenna_id: not a UUID"),
        ({"antenna_id": PERSON_ID.upper()}, "antenna_id: not a UUID"),
        ({"first_name": 12345}, "first_name: not a string"),
        ({"first_name": None}, "first_name: not a string"),
        ({"first_name": "Zo\x00é"}, "first_name: contains a NUL character"),
        ({"last_name": "Mar\ud800tin"}, "last_name: contains a lone surrogate"),
        ({"first_name": "x" * 121}, "first_name: longer than 120 characters"),
        ({"photo_consent": 1}, "photo_consent: not a boolean"),
        ({"photo": "not base64!"}, "photo: not base64 text"),
        ({"levels": ["information", 3]}, "levels: not a list of strings"),
        ({"levels": ["a\x00"]}, "levels: contains a NUL character"),
        ({"nickname": "Zozo"}, "'nickname': not a field of person"),
        ({"id": "nope"}, "id: not the operation's entity_id"),
    ],
)
def test_a_bad_value_is_refused_naming_its_field(values: dict[str, Any], problem: str) -> None:
    assert op_problem(op(person(**values))) == problem


def test_a_missing_required_column_is_named() -> None:
    row = person()
    del row["last_name"]
    assert op_problem(op(row)) == "last_name: missing"


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"entity_id": "not-a-uuid", "operation": "delete"}, "entity_id: not a UUID"),
        ({"op_id": "op\x00"}, "op_id: not a UUID"),
        ({"operation": "upsert"}, "operation: not one of delete, insert, update"),
        ({"entity": "hub_device"}, "entity: 'hub_device' is not a synced entity"),
        ({"entity": "pers\x00on"}, "entity: 'pers\\x00on' is not a synced entity"),
        ({"hlc": "0001-\x00"}, "hlc: not a stamp"),
        ({"changed": ["first_name", "password"]}, "changed: not a list of the entity's fields"),
        ({"entity_id": str(uuid.uuid4())}, "id: not the operation's entity_id"),
    ],
)
def test_a_bad_operation_is_refused_naming_its_field(values: dict[str, Any], problem: str) -> None:
    assert op_problem(op(person(), **values)) == problem


def test_a_purge_is_the_id_alone() -> None:
    assert op_problem(op({"id": PERSON_ID}, operation="delete")) is None
    assert op_problem(op({"id": "nope"}, operation="delete")) == "id: not the operation's entity_id"


def test_json_values_are_clean_finite_and_bounded() -> None:
    def rules(value: Any) -> str | None:
        vote_id = str(uuid.uuid4())
        payload = {"id": vote_id, "title": "Budget", "rules": value}
        return op_problem(op(payload, entity="vote", entity_id=vote_id))

    assert rules({"quorum": {"ratio": 0.5, "of": ["entitled"]}}) is None
    assert rules({"ratio": float("nan")}) == "rules: not a finite number"
    assert rules({"ratio": 2**64}) == "rules: out of the 64-bit range"
    assert rules({"n\x00": 1}) == "rules: contains a NUL character"
    assert rules({"a": ["\udfff"]}) == "rules: contains a lone surrogate"
    deep: Any = 1
    for _ in range(MAX_JSON_DEPTH + 1):
        deep = [deep]
    assert rules(deep) == f"rules: nested deeper than {MAX_JSON_DEPTH}"


def test_a_vote_title_with_a_nul_is_refused() -> None:
    """Finding 10 of issue #14: it made the hub fail on every sync."""
    vote_id = str(uuid.uuid4())
    payload = {"id": vote_id, "title": "Bud\x00get"}
    assert op_problem(op(payload, entity="vote", entity_id=vote_id)) == (
        "title: contains a NUL character"
    )


def test_a_ballot_box_needs_its_own_fields_only() -> None:
    vote_id = str(uuid.uuid4())
    box = {"id": vote_id, "vote_id": vote_id, "antenna_id": None, "ballots": [], "digest": "x"}
    assert op_problem(op(box, entity="ballot_box", entity_id=vote_id)) is None
    assert op_problem(op({**box, "extra": 1}, entity="ballot_box", entity_id=vote_id)) == (
        "'extra': not a field of ballot_box"
    )
    assert op_problem(
        op({**box, "vote_id": PERSON_ID}, entity="ballot_box", entity_id=vote_id)
    ) == ("vote_id: not the operation's entity_id")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([], "not texts per language"),
        ({"de": {"title": "Haushalt"}}, "not a language: fr, nl or en"),
        ({"nl": "Begroting"}, "nl: not an object of strings"),
        ({"nl": {"title": ["Begroting"]}}, "nl.title: not a string"),
        ({"nl": {"title": {"deep": "x"}}}, "nl.title: not a string"),
        ({"nl": {"label": "Begroting"}}, "nl: 'label' is not translated"),
        ({"nl": {"title": "x" * 201}}, "nl.title: longer than 200"),
        ({"en": {"question": "?" * 2001}}, "en.question: longer than 2000"),
        ({"en": {"title": "Bud\x00get"}}, "en.title: contains a NUL character"),
    ],
)
def test_a_votes_translations_are_texts_per_language_within_their_lengths(
    value: Any, problem: str
) -> None:
    vote_id = str(uuid.uuid4())
    good = {"id": vote_id, "title": "Budget", "translations": {"nl": {"title": "Begroting"}}}
    assert op_problem(op(good, entity="vote", entity_id=vote_id)) is None
    bad = {**good, "translations": value}
    assert op_problem(op(bad, entity="vote", entity_id=vote_id)) == f"translations: {problem}"


def test_an_options_translations_are_its_label_and_description_only() -> None:
    option_id = str(uuid.uuid4())
    row = {"id": option_id, "vote_id": str(uuid.uuid4()), "label": "Jardin"}
    good = {**row, "translations": {"en": {"label": "Garden", "description": "Seeds"}}}
    assert op_problem(op(good, entity="vote_option", entity_id=option_id)) is None
    bad = {**row, "translations": {"en": {"description": "d" * 601}}}
    assert op_problem(op(bad, entity="vote_option", entity_id=option_id)) == (
        "translations: en.description: longer than 600"
    )
    bad = {**row, "translations": {"en": {"title": "Garden"}}}
    assert op_problem(op(bad, entity="vote_option", entity_id=option_id)) == (
        "translations: en: 'title' is not translated"
    )
