"""The eleven findings of issue #14, replayed as an attacker would against the hub on a real
PostgreSQL: a kiosk of Liège (or a bug) pushes invalid, forged and cross-antenne operations,
bends the protocol (no nonce, made-up epochs and cursors, bombs, odd bytes), and a kiosk's
files and PINs are looked at. Each is refused or harmless, changes nothing at the hub or at
Rennes, and both antennes' kiosks keep converging afterwards.

Each rule has its finer tests beside its code: the schema and the ownership table in
`tests/unit/sync/`, hostile input to every endpoint in `test_hub_input.py`, copies in
`test_clones.py`, cursors in `test_cursors.py`, the kiosk's quarantine in
`test_poisoned_log.py`, files and PINs in `tests/unit/db/` and `tests/unit/facilitators/`.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import HybridClock
from app.config import load_config
from app.context import AppContext
from app.errors import InvalidInputError
from app.facilitators.service import check_new_pin
from app.onboarding.service import register_visitor
from app.onboarding.types import VisitorForm
from app.sync import service
from app.sync.protocol import HEADER_EPOCH, HEADER_NONCE, OpResult, OpStatus, PushOp, Refusal
from db.engine import Database, sqlite_url
from db.migrate import upgrade_database
from db.models import AgendaItem, FacilitatorAccount, Person, Visit, Vote
from db.outbox import SCHEMA_VERSION
from hub.models import AppliedOp, Device, HubChange, HubRecord
from hub.service.enrolment import reset_device
from hub.service.meta import current_epoch
from tests.helpers.sync import Hub, Kiosk, KioskFactory

EMAIL = "zoe.martin@example.org"
PHONE = "+32 470 12 34 56"


def _remember_nonce(kiosk: Kiosk, nonce: str) -> None:
    """As the kiosk's own push does: its next request presents the nonce it was given."""
    with kiosk.database.engine.begin() as connection:
        service.write_state(connection, **{service.KEY_NONCE: nonce})


def _push(kiosk: Kiosk, *ops: PushOp) -> list[OpResult]:
    with service.open_client(kiosk.database, http=kiosk.http, machine=kiosk.machine) as client:
        reply = client.push(list(ops))
    _remember_nonce(kiosk, reply.nonce)
    return reply.results


def _op(
    kiosk: Kiosk, entity: str, entity_id: str, payload: dict[str, Any], **values: Any
) -> PushOp:
    fields: dict[str, Any] = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "entity_id": entity_id,
        "operation": "insert",
        "payload": payload,
        "hlc": str(kiosk.database.clock.now()),
        "schema_version": SCHEMA_VERSION,
        "changed": None,
    }
    fields.update(values)
    return PushOp(**fields)


def _hub_row(hub: Hub, entity: str, entity_id: object) -> dict[str, Any] | None:
    with hub.database.transaction() as session:
        record = session.get(HubRecord, (entity, str(entity_id)))
        return None if record is None else dict(record.data)


def _person(kiosk: Kiosk, person_id: uuid.UUID) -> Person | None:
    with kiosk.database.transaction() as session:
        return session.get(Person, person_id)


def _names(kiosk: Kiosk) -> dict[uuid.UUID, tuple[str, str, uuid.UUID | None, object]]:
    with kiosk.database.transaction() as session:
        return {
            p.id: (p.first_name, p.last_name, p.antenna_id, p.deleted_at)
            for p in session.scalars(select(Person))
        }


def _converge(*kiosks: Kiosk) -> None:
    """Two rounds of syncs: every kiosk then holds the same people, none has ops waiting."""
    for _round in range(2):
        for kiosk in kiosks:
            kiosk.sync()
    first, *others = kiosks
    for kiosk in others:
        assert _names(kiosk) == _names(first)
    for kiosk in kiosks:
        assert service.sync_status(kiosk.database).pending_ops == 0


def _two_antennes(hub: Hub, make_kiosk: KioskFactory) -> tuple[Kiosk, Kiosk, uuid.UUID]:
    """A kiosk of Rennes with a member (e-mail, phone), a kiosk of Liège; both synced."""
    hub.add_antenna("rennes")
    hub.add_antenna("liege", "Liège")
    rennes = make_kiosk(hub, "kiosk-rennes")
    liege = make_kiosk(hub, "kiosk-liege", slug="liege")
    with rennes.database.transaction() as session:
        zoe = Person(
            first_name="Zoé",
            last_name="Martin",
            email=EMAIL,
            phone=PHONE,
            antenna_id=rennes.antenna_id,
        )
        session.add(zoe)
        session.flush()
        zoe_id = zoe.id
    rennes.sync()
    liege.sync()
    return rennes, liege, zoe_id


def test_invalid_rows_are_refused_stored_nowhere_and_every_kiosk_still_pulls(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 1: one bad row used to stop every kiosk's pull for good."""
    rennes, liege, zoe_id = _two_antennes(pg_hub, make_kiosk)
    changes_before = pg_hub.change_count()
    new_id = str(uuid.uuid4())
    good = {"id": new_id, "first_name": "Ines", "last_name": "Benali", "kind": "visitor"}
    attempts = {
        "kind": {**good, "kind": "alien"},
        "created_at": {**good, "created_at": "garbage"},
        "antenna_id": {**good, "antenna_id": "zzz"},
        "first_name": {**good, "first_name": 12345},
        "id": {**good, "id": "nope"},
    }
    ops = [_op(liege, "person", new_id, payload) for payload in attempts.values()]
    ops.append(_op(liege, "person", "not-a-uuid", {"id": "not-a-uuid"}, operation="delete"))
    results = _push(liege, *ops)
    assert [(r.status, r.reason) for r in results] == [
        (OpStatus.refused, Refusal.invalid_payload)
    ] * len(ops)
    for field, result in zip([*attempts, "entity_id"], results, strict=True):
        assert result.detail.startswith(f"{field}:"), result.detail
        assert result.row is None
    assert _hub_row(pg_hub, "person", new_id) is None
    assert pg_hub.change_count() == changes_before
    # The same push again gets the same answers (stored with their device), nothing more.
    again = _push(liege, *ops)
    assert [r.detail for r in again] == [r.detail for r in results]
    _converge(rennes, liege)
    assert _person(liege, zoe_id) is not None


def test_a_payload_id_other_than_the_entity_id_is_refused(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 2: a "new" person whose payload id was a Rennes member's renamed her everywhere."""
    rennes, liege, zoe_id = _two_antennes(pg_hub, make_kiosk)
    forged = {
        "id": str(zoe_id),
        "first_name": "Mallory",
        "last_name": "Martin",
        "email": "mallory@example.org",
        "phone": "+32 000",
    }
    (mismatch,) = _push(liege, _op(liege, "person", str(uuid.uuid4()), forged))
    assert (mismatch.reason, mismatch.detail) == (
        Refusal.invalid_payload,
        "id: not the operation's entity_id",
    )
    # With matching ids it is an edit of Zoé by another antenne: refused, her row sent back
    # as Liège may see it.
    (taken,) = _push(liege, _op(liege, "person", str(zoe_id), forged))
    assert (taken.status, taken.reason) == (OpStatus.refused, Refusal.not_your_antenne)
    assert taken.row is not None
    assert (taken.row["first_name"], taken.row["email"], taken.row["phone"]) == ("Zoé", None, None)
    _converge(rennes, liege)
    zoe = _person(rennes, zoe_id)
    assert zoe is not None and (zoe.first_name, zoe.email, zoe.phone) == ("Zoé", EMAIL, PHONE)


def test_a_published_agenda_item_cannot_be_rewritten_under_another_id(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 2, again: an accepted agenda item turned back to submitted with a new title on
    every kiosk, through an insert under a new id carrying the item's own id."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    board, item = str(uuid.uuid4()), str(uuid.uuid4())
    pg_hub.publish("body", [{"id": board, "slug": "board", "kind": "board", "name": {"fr": "CA"}}])
    published = {"id": item, "body_id": board, "title": "Budget 2027", "status": "accepted"}
    pg_hub.publish("agenda_item", [published])
    _converge(rennes, liege)
    rewritten = {**published, "title": "Plus de budget", "status": "submitted"}
    results = _push(
        liege,
        _op(liege, "agenda_item", str(uuid.uuid4()), rewritten),
        _op(liege, "agenda_item", item, rewritten),
    )
    assert [(r.reason, r.detail) for r in results] == [
        (Refusal.invalid_payload, "id: not the operation's entity_id"),
        (Refusal.hub_authoritative, ""),
    ]
    _converge(rennes, liege)
    for kiosk in (rennes, liege):
        with kiosk.database.transaction() as session:
            held = session.get_one(AgendaItem, uuid.UUID(item))
            assert (held.title, held.status.value) == ("Budget 2027", "accepted")


def test_another_antenne_can_neither_move_nor_delete_a_person_but_records_her_visit(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 3: Liège moved a Rennes member to Liège (and got her contact details back), or
    purged her everywhere."""
    rennes, liege, zoe_id = _two_antennes(pg_hub, make_kiosk)
    row = _hub_row(pg_hub, "person", zoe_id)
    assert row is not None
    moved = {**row, "antenna_id": str(liege.antenna_id), "email": None, "phone": None}
    purge = _op(liege, "person", str(zoe_id), {"id": str(zoe_id)}, operation="delete")
    soft = {**row, "email": None, "phone": None, "deleted_at": "2026-03-02T10:00:00+00:00"}
    results = _push(
        liege,
        _op(liege, "person", str(zoe_id), moved, operation="update", changed=["antenna_id"]),
        purge,
        _op(liege, "person", str(zoe_id), soft, operation="delete"),
    )
    assert [r.reason for r in results] == [Refusal.not_your_antenne] * 3
    for result in results:
        assert result.row is not None
        assert (result.row["email"], result.row["phone"]) == (None, None)
    stored = _hub_row(pg_hub, "person", zoe_id)
    assert stored == row
    # What Liège may do: record her visit, as its own row.
    with liege.database.transaction() as session:
        session.add(
            Visit(
                person_id=zoe_id,
                antenna_id=liege.antenna_id,
                checked_in_at=session.get_one(Person, zoe_id).created_at,
            )
        )
    assert liege.sync().refused == 0
    _converge(rennes, liege)
    zoe = _person(rennes, zoe_id)
    assert zoe is not None
    assert (zoe.antenna_id, zoe.email, zoe.phone, zoe.deleted_at) == (
        rennes.antenna_id,
        EMAIL,
        PHONE,
        None,
    )


def test_another_devices_op_id_is_refused_without_its_row(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 8: a Liège push reusing a Rennes op id was answered with the Rennes visit."""
    rennes, liege, zoe_id = _two_antennes(pg_hub, make_kiosk)
    with rennes.database.transaction() as session:
        visit = Visit(
            person_id=zoe_id,
            antenna_id=rennes.antenna_id,
            checked_in_at=session.get_one(Person, zoe_id).created_at,
            purpose="coworking",
        )
        session.add(visit)
        session.flush()
        visit_id = str(visit.id)
    rennes.sync()
    with pg_hub.database.transaction() as session:
        rennes_op = session.scalars(select(AppliedOp).where(AppliedOp.entity_id == visit_id)).one()
        op_id = rennes_op.op_id
    mine = str(uuid.uuid4())
    (result,) = _push(
        liege,
        _op(
            liege,
            "visit",
            mine,
            {"id": mine, "person_id": str(zoe_id), "checked_in_at": "2026-03-02T10:00:00+00:00"},
            op_id=op_id,
        ),
    )
    assert (result.status, result.reason, result.row) == (
        OpStatus.refused,
        Refusal.op_id_taken,
        None,
    )
    assert _hub_row(pg_hub, "visit", mine) is None
    with pg_hub.database.transaction() as session:
        assert session.get_one(AppliedOp, op_id).entity_id == visit_id
    _converge(rennes, liege)


def test_a_nul_in_a_vote_title_is_refused_once_not_retried_for_ever(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 10: the hub answered `hub_error` on every sync and the op stayed pending."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    with rennes.database.transaction() as session:
        vote = Vote(title="Bud\x00get", antenna_id=rennes.antenna_id)
        session.add(vote)
        session.flush()
        vote_id = vote.id
    assert rennes.sync().refused == 1
    assert service.sync_status(rennes.database).parked_ops == 1
    assert _hub_row(pg_hub, "vote", vote_id) is None
    with pg_hub.database.transaction() as session:
        stored = session.scalars(select(AppliedOp).where(AppliedOp.entity_id == str(vote_id))).one()
        assert (stored.result["reason"], stored.result["detail"]) == (
            "invalid_payload",
            "title: contains a NUL character",
        )
    _converge(rennes, liege)


def test_a_refusal_never_carries_another_antennes_facilitator_account(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 11: `not_your_antenne` answered with the other antenne's row, PIN hash included."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    with rennes.database.transaction() as session:
        account = FacilitatorAccount(
            name="Claire", antenna_id=rennes.antenna_id, pin_hash="ab" * 32, salt="cd" * 16
        )
        session.add(account)
        session.flush()
        account_id = str(account.id)
    rennes.sync()
    row = _hub_row(pg_hub, "facilitator_account", account_id)
    assert row is not None
    forged = {"id": account_id, "name": "Claire", "pin_hash": "00", "salt": "00"}
    with service.open_client(liege.database, http=liege.http, machine=liege.machine) as client:
        wire = liege.http.post(
            "/v1/push",
            json={"ops": [_op(liege, "facilitator_account", account_id, forged).to_json()]},
            headers=client._headers(),
        )
    assert wire.status_code == 200
    _remember_nonce(liege, wire.json()["nonce"])
    (result,) = wire.json()["results"]
    assert (result["reason"], result["row"]) == ("not_your_antenne", None)
    assert "ab" * 32 not in wire.text
    assert _hub_row(pg_hub, "facilitator_account", account_id) == row
    with pg_hub.database.transaction() as session:
        assert not session.scalars(
            select(HubChange).where(
                HubChange.entity_id == account_id, HubChange.origin == "kiosk-liege"
            )
        ).all()
    _converge(rennes, liege)


def _headers(kiosk: Kiosk) -> dict[str, str]:
    with service.open_client(kiosk.database, http=kiosk.http, machine=kiosk.machine) as client:
        return client._headers()


def _flagged(hub: Hub) -> set[str]:
    with hub.database.transaction() as session:
        return {
            device.node_id
            for device in session.scalars(
                select(Device).where(Device.clone_detected_at.is_not(None))
            )
        }


def test_a_request_without_the_nonce_or_with_a_made_up_epoch_is_a_copy(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 4: no `X-Antenne-Nonce` was accepted, and a made-up epoch cleared the chain."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    bare = {k: v for k, v in _headers(liege).items() if k != HEADER_NONCE}
    answer = liege.http.get("/v1/changes", headers=bare)
    assert (answer.status_code, answer.json()["detail"]["code"]) == (409, "device_cloned")
    assert _flagged(pg_hub) == {"kiosk-liege"}
    stale = _headers(rennes)
    for first in ("Inès", "Jan"):  # two pushes move Rennes's chain on: `stale` is a copy's
        with rennes.database.transaction() as session:
            session.add(Person(first_name=first, last_name="Peeters", antenna_id=rennes.antenna_id))
        rennes.sync()
    answer = rennes.http.get("/v1/changes", headers={**stale, HEADER_EPOCH: uuid.uuid4().hex})
    assert answer.json()["detail"]["code"] == "device_cloned"
    assert _flagged(pg_hub) == {"kiosk-liege", "kiosk-rennes"}
    # An administrator resets both (the copies are switched off): the kiosks sync again.
    with pg_hub.database.transaction() as session:
        for device in session.scalars(select(Device)):
            reset_device(session, str(device.id))
    _converge(rennes, liege)


def test_a_cursor_the_hub_never_issued_is_refused_and_changes_nothing_for_anyone(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 5: a made-up cursor renewed the hub's epoch, and every kiosk re-sent all."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    with pg_hub.database.transaction() as session:
        epoch = current_epoch(session)
    for cursor in ("999999999.1", "0.999999", "1.1"):
        answer = liege.http.get("/v1/changes", params={"after": cursor}, headers=_headers(liege))
        assert (answer.status_code, answer.json()["detail"]["code"]) == (400, "cursor_unknown")
    with pg_hub.database.transaction() as session:
        assert current_epoch(session) == epoch
    summary = rennes.sync()
    assert (summary.epoch_reset, summary.pushed) == (False, 0)
    _converge(rennes, liege)


def test_bodies_are_bounded_and_not_read_before_the_token(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Finding 6: bodies were inflated and parsed before the token was checked, unbounded."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    limit = pg_hub.settings.max_inflated_bytes
    bomb = gzip.compress(b'{"ops": [' + b" " * (limit + 1) + b"]}")
    gzipped = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    tokenless = {k: v for k, v in _headers(liege).items() if k != "Authorization"}
    answer = liege.http.post("/v1/push", content=bomb, headers={**tokenless, **gzipped})
    assert answer.status_code == 401
    answer = liege.http.post("/v1/push", content=bomb, headers={**_headers(liege), **gzipped})
    assert answer.status_code == 413
    plain = b'{"ops": [' + b" " * pg_hub.settings.max_body_bytes + b"]}"
    answer = liege.http.post(
        "/v1/push", content=plain, headers={**_headers(liege), "Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    _converge(rennes, liege)


def test_odd_input_gets_a_4xx_and_no_error_in_the_hubs_log(
    pg_hub: Hub, make_kiosk: KioskFactory, caplog: pytest.LogCaptureFixture
) -> None:
    """Finding 7: lone surrogates and NaN in a 422's echo, NUL bytes reaching PostgreSQL."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    caplog.set_level(logging.INFO)
    valid = _op(liege, "visit", str(uuid.uuid4()), {}).to_json()
    odd = [
        json.dumps({"ops": [{**valid, "op_id": "@"}]}).replace('"@"', '"\\ud800"'),
        json.dumps({"ops": [{**valid, "schema_version": "@"}]}).replace('"@"', "NaN"),
        *(json.dumps({"ops": [{**valid, key: "a\u0000b"}]}) for key in ("op_id", "entity")),
        json.dumps({"ops": [{**valid, "entity_id": "a\u0000b"}]}),
        '{"ops": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"ops": [' + "9" * 5000 + "]}",
    ]
    for body in odd:
        answer = liege.http.post(
            "/v1/push",
            content=body.encode("utf-8", "surrogatepass"),
            headers={**_headers(liege), "Content-Type": "application/json"},
        )
        assert 400 <= answer.status_code < 500, (body[:60], answer.text)
    # Inside a payload a NUL is the op's problem alone: refused, the others applied.
    nul = str(uuid.uuid4())
    (refused,) = _push(liege, _op(liege, "skill_tag", nul, {"id": nul, "slug": "a\x00b"}))
    assert (refused.reason, refused.detail.split(":")[0]) == (Refusal.invalid_payload, "slug")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    _converge(rennes, liege)


def test_a_kiosk_used_before_its_first_pull_keeps_its_visitors_contact_details(
    pg_hub: Hub, make_kiosk: KioskFactory, migrated_template: Path, tmp_path: Path
) -> None:
    """Finding 9: its people had no antenne, and its own copies lost e-mail and phone."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    path = tmp_path / "fresh.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = Database(sqlite_url(path), clock=HybridClock("kiosk-fresh"))
    try:
        fresh = Kiosk("kiosk-fresh", database, pg_hub.client, "machine-fresh", pg_hub.url)
        fresh.enroll(pg_hub.code("rennes"))
        config = load_config(
            environ={"ANTENNE_ANTENNA_SLUG": "rennes"},
            db_path=path,
            seed_demo=False,
            timezone="Europe/Brussels",
        )
        visitor = VisitorForm("Ahmed", "Benali", email="ahmed@example.org", phone="0470 11 22 33")
        checked_in = register_visitor(AppContext(config=config, db=database), visitor, consent=True)
        assert fresh.sync().refused == 0
        _converge(rennes, fresh, liege)
        ahmed = checked_in.person_id
        for kiosk in (fresh, rennes):
            person = _person(kiosk, ahmed)
            assert person is not None and person.antenna_id == rennes.antenna_id
            assert (person.email, person.phone) == ("ahmed@example.org", "0470 11 22 33")
        seen_by_liege = _person(liege, ahmed)
        assert seen_by_liege is not None and (seen_by_liege.email, seen_by_liege.phone) == (
            None,
            None,
        )
    finally:
        database.dispose()


def test_the_kiosks_file_is_its_users_alone_and_pins_are_not_guessable(
    migrated_template: Path, tmp_path: Path
) -> None:
    """Finding 11: a world-readable database with the device token, 4-digit PINs at 48 ms a
    try, `0000` accepted."""
    old = os.umask(0o022)
    try:
        folder = tmp_path / "kiosk"
        database = Database.at(folder / "antenne.sqlite3", node_id="kiosk")
        try:
            upgrade_database(database)
            with database.transaction() as session:
                session.add(Person(first_name="Zoé", last_name="Martin"))
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.iterdir()]}
            assert "antenne.sqlite3-wal" in modes
            assert all(mode & 0o077 == 0 for mode in modes.values()), modes
        finally:
            database.dispose()
    finally:
        os.umask(old)
    for weak in ("0000", "000000", "123456", "654321", "121212", "12345"):
        with pytest.raises(InvalidInputError):
            check_new_pin(weak)
    check_new_pin("246813")


def test_hostile_vote_translations_are_refused_by_the_hub_in_one_line(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    """Issue #19: a vote's texts per language reach every kiosk's booth and phone page, so a
    kiosk pushing them in the wrong shape, nested, huge or not text is refused, field named."""
    rennes, liege, _zoe_id = _two_antennes(pg_hub, make_kiosk)
    changes_before = pg_hub.change_count()
    vote_id, option_id = str(uuid.uuid4()), str(uuid.uuid4())
    vote = {"id": vote_id, "title": "Budget", "antenna_id": str(liege.antenna_id)}
    option = {"id": option_id, "vote_id": vote_id, "label": "Jardin"}
    attempts = [
        ("vote", vote_id, {**vote, "translations": ["nl", "Begroting"]}),
        ("vote", vote_id, {**vote, "translations": {"xx": {"title": "x"}}}),
        ("vote", vote_id, {**vote, "translations": {"nl": {"title": {"a": {"b": "c"}}}}}),
        ("vote", vote_id, {**vote, "translations": {"nl": {"title": 7}}}),
        ("vote", vote_id, {**vote, "translations": {"nl": {"title": "x" * 100_000}}}),
        ("vote", vote_id, {**vote, "translations": {"nl": {"script": "<b>x</b>"}}}),
        ("vote_option", option_id, {**option, "translations": {"en": {"description": 1.5}}}),
    ]
    results = _push(liege, *(_op(liege, e, i, p) for e, i, p in attempts))
    assert [(r.status, r.reason) for r in results] == [
        (OpStatus.refused, Refusal.invalid_payload)
    ] * len(attempts)
    for result in results:
        assert result.detail.startswith("translations: "), result.detail
        assert "\n" not in result.detail and len(result.detail) < 120
    assert _hub_row(pg_hub, "vote", vote_id) is None
    assert _hub_row(pg_hub, "vote_option", option_id) is None
    assert pg_hub.change_count() == changes_before
    # The same row with its texts per language in shape goes through.
    good = {**vote, "translations": {"nl": {"title": "Begroting"}}}
    (accepted,) = _push(liege, _op(liege, "vote", vote_id, good))
    assert accepted.status == OpStatus.applied, accepted
    row = _hub_row(pg_hub, "vote", vote_id)
    assert row is not None and row["translations"] == {"nl": {"title": "Begroting"}}
    _converge(rennes, liege)
