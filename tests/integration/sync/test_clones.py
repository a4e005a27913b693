"""A full copy of a kiosk's machine (same disk, same token, same machine id) is detected by the
nonce chain, whatever epoch it claims and even when it presents no nonce at all; a lost
answer, a kiosk killed in the middle of a push, or a hub restored and marked is not taken for
one (hub on a real PostgreSQL, kiosks on SQLite)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main as antenne
from app.clock import HybridClock
from app.sync import service
from app.sync.client import HubRefusedError
from app.sync.protocol import HEADER_EPOCH, HEADER_MACHINE, HEADER_NONCE, HEADER_SCHEMA, PushOp
from db.engine import Database, sqlite_url
from db.models import OutboxEntry, Person
from db.outbox import SCHEMA_VERSION
from hub.models import AppliedOp, Device
from hub.service.enrolment import flag_clone, reset_device
from tests.helpers.sync import Hub, Kiosk, KioskFactory

ROOT = Path(__file__).resolve().parents[3]


def _add_person(kiosk: Kiosk, first: str) -> None:
    with kiosk.database.transaction() as session:
        session.add(Person(first_name=first, last_name="Martin", antenna_id=kiosk.antenna_id))


def _copy_of(kiosk: Kiosk, path: Path) -> Kiosk:
    """The whole machine copied: its database (WAL included), token, nonce and machine id."""
    source = sqlite3.connect(kiosk.database.engine.url.database or "")
    target = sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    database = Database(sqlite_url(path), clock=HybridClock(kiosk.database.origin))
    return Kiosk(kiosk.name, database, kiosk.http, machine=kiosk.machine, hub_url=kiosk.hub_url)


def _pending_ops(kiosk: Kiosk) -> list[PushOp]:
    with kiosk.database.engine.connect() as connection:
        entries = connection.execute(
            select(OutboxEntry.__table__)
            .where(OutboxEntry.done_at.is_(None))
            .order_by(OutboxEntry.op_id)
        ).all()
        return service._to_wire(connection, entries)


def _flagged(hub: Hub) -> list[bool]:
    with hub.database.transaction() as session:
        return [d is not None for d in session.scalars(select(Device.clone_detected_at))]


def test_a_full_copy_of_a_kiosk_is_refused_and_flagged_until_reset(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    pg_hub.add_antenna("rennes")
    original = make_kiosk(pg_hub, "kiosk-a")
    copy = _copy_of(original, tmp_path / "copy.sqlite3")
    try:
        _add_person(original, "Zoé")
        assert original.sync().pushed == 1
        _add_person(copy, "Ahmed")  # the copy lives its own life from here
        with pytest.raises(HubRefusedError) as refused:
            copy.sync()
        assert refused.value.code == "device_cloned"
        assert _flagged(pg_hub) == [True]
        # Nothing of the copy reached the hub, and the device is stopped for both machines
        # (the hub cannot tell which one is the original): an administrator decides.
        with pg_hub.database.transaction() as session:
            assert session.scalar(select(func.count()).select_from(AppliedOp)) == 1
        with pytest.raises(HubRefusedError) as stopped:
            original.sync()
        assert stopped.value.code == "device_cloned"
        assert "administrator" in stopped.value.message.untranslated()
        # The copy is switched off; `antenne hub device reset` lets the original go on.
        with pg_hub.database.transaction() as session:
            (device_id,) = session.scalars(select(Device.id)).all()
            reset_device(session, str(device_id))
        _add_person(original, "Lotte")
        assert original.sync().pushed == 1
        assert _flagged(pg_hub) == [False]
        # The copy, come back, is refused again.
        with pytest.raises(HubRefusedError):
            copy.sync()
    finally:
        copy.database.dispose()


def test_a_lost_answer_to_a_push_is_not_taken_for_a_copy(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    _add_person(kiosk, "Zoé")
    # The hub applies the push and moves the nonce on; the answer never reaches the kiosk.
    with service.open_client(kiosk.database, http=kiosk.http, machine=kiosk.machine) as client:
        lost = client.push(_pending_ops(kiosk))
    assert lost.nonce
    _add_person(kiosk, "Ahmed")  # meanwhile, someone else registers
    summary = kiosk.sync()
    assert summary.pushed == 2
    with kiosk.database.engine.connect() as connection:
        assert service.read_state(connection)["nonce"] == lost.nonce  # the same, sent again
    _add_person(kiosk, "Lotte")
    assert kiosk.sync().pushed == 1
    assert _flagged(pg_hub) == [False]


def test_a_kiosk_killed_in_the_middle_of_a_push_is_not_taken_for_a_copy(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    with kiosk.database.transaction() as session:
        session.add_all(
            Person(first_name=f"Zoé{i}", last_name="Martin", antenna_id=kiosk.antenna_id)
            for i in range(3000)
        )
    path = Path(kiosk.database.engine.url.database or "")
    kiosk.database.dispose()
    # The same machine id as the kiosk's own (tests give each kiosk a made-up one).
    script = (
        "import sys; from app.sync import service; from db.engine import Database, sqlite_url;"
        "from app.clock import HybridClock;"
        f"db = Database(sqlite_url({str(path)!r}), clock=HybridClock('kiosk-a'));"
        f"service.sync_now(db, machine={kiosk.machine!r})"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ANTENNE_")}
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Killed as soon as the hub has applied a first batch, long before the last one.
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            with pg_hub.database.transaction() as session:
                if session.scalar(select(func.count()).select_from(AppliedOp)):
                    break
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the push ended before it could be killed"

    kiosk.sync()
    with kiosk.database.transaction() as session:
        waiting = session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.done_at.is_(None))
        )
    assert waiting == 0
    with pg_hub.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 3000
    assert _flagged(pg_hub) == [False]


def test_an_administrator_lists_devices_and_resets_a_flagged_one(
    sqlite_hub: Hub, make_kiosk: KioskFactory
) -> None:
    sqlite_hub.add_antenna("rennes")
    make_kiosk(sqlite_hub, "kiosk-a")
    with sqlite_hub.database.transaction() as session:
        (device_id,) = session.scalars(select(Device.id)).all()
        flag_clone(session, device_id)
    db = sqlite_hub.database.url.removeprefix("sqlite:///")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert antenne(["hub", "device", "list", "--db", db]) == 0
    listed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(row["device"], row["antenna"]) for row in listed] == [(str(device_id), "rennes")]
    assert listed[0]["copy_detected_at"] is not None
    with contextlib.redirect_stdout(io.StringIO()):
        assert antenne(["hub", "device", "reset", "--device", str(device_id), "--db", db]) == 0
    assert _flagged(sqlite_hub) == [False]


def _headers(kiosk: Kiosk, **overrides: str) -> dict[str, str]:
    """The headers the kiosk sends (its token, machine, epoch and last nonce)."""
    with kiosk.database.engine.connect() as connection:
        state = service.read_state(connection)
    headers = {
        "Authorization": f"Bearer {state['device_token']}",
        HEADER_MACHINE: kiosk.machine,
        HEADER_SCHEMA: str(SCHEMA_VERSION),
        HEADER_EPOCH: state["epoch"],
        HEADER_NONCE: state["nonce"],
    }
    headers.update(overrides)
    return {name: value for name, value in headers.items() if value}


def test_a_request_without_the_nonce_is_taken_for_a_copy(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    # Finding 4: three pushes and a pull without `X-Antenne-Nonce` were accepted.
    pg_hub.add_antenna("rennes")
    pulling = make_kiosk(pg_hub, "kiosk-a")
    pushing = make_kiosk(pg_hub, "kiosk-b")
    answer = pg_hub.client.get("/v1/changes", headers=_headers(pulling, **{HEADER_NONCE: ""}))
    assert (answer.status_code, answer.json()["detail"]["code"]) == (409, "device_cloned")
    answer = pg_hub.client.post(
        "/v1/push", json={"ops": []}, headers=_headers(pushing, **{HEADER_NONCE: ""})
    )
    assert (answer.status_code, answer.json()["detail"]["code"]) == (409, "device_cloned")
    assert _flagged(pg_hub) == [True, True]
    for kiosk in (pulling, pushing):
        with pytest.raises(HubRefusedError) as stopped:
            kiosk.sync()
        assert stopped.value.code == "device_cloned"


def test_another_epoch_does_not_clear_the_nonce_chain(
    pg_hub: Hub, make_kiosk: KioskFactory, tmp_path: Path
) -> None:
    # Finding 4: a stale nonce with a made-up `X-Antenne-Epoch` was accepted.
    pg_hub.add_antenna("rennes")
    original = make_kiosk(pg_hub, "kiosk-a")
    copy = _copy_of(original, tmp_path / "copy.sqlite3")
    try:
        _add_person(original, "Zoé")
        original.sync()
        made_up = uuid.uuid4().hex
        answer = pg_hub.client.post(
            "/v1/push", json={"ops": []}, headers=_headers(copy, **{HEADER_EPOCH: made_up})
        )
        assert (answer.status_code, answer.json()["detail"]["code"]) == (409, "device_cloned")
        assert _flagged(pg_hub) == [True]
    finally:
        copy.database.dispose()


def test_after_a_restore_and_restore_mark_an_honest_kiosk_syncs_on(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    _add_person(kiosk, "Zoé")
    kiosk.sync()
    # The backup: the device's nonce chain as it is now.
    with pg_hub.database.transaction() as session:
        (device,) = session.scalars(select(Device)).all()
        backup = (device.nonce, device.nonce_before, device.nonce_op_id)
    _add_person(kiosk, "Ahmed")
    kiosk.sync()  # the chain moves on; the restore loses that
    with pg_hub.database.transaction() as session:
        (device,) = session.scalars(select(Device)).all()
        device.nonce, device.nonce_before, device.nonce_op_id = backup
    with contextlib.redirect_stdout(io.StringIO()):
        assert antenne(["hub", "restore-mark", "--db", pg_hub.database.url]) == 0
    # The kiosk presents a nonce the restored hub never saw: the new epoch restarted every
    # chain, so it is not taken for a copy; it re-sends what it kept and syncs on.
    summary = kiosk.sync()
    assert summary.epoch_reset
    _add_person(kiosk, "Lotte")
    assert kiosk.sync().pushed == 1
    assert _flagged(pg_hub) == [False]
