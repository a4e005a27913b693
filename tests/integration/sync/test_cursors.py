"""A cursor the hub never issued is refused and changes nothing for anyone: the hub's epoch is
renewed only by `restore-mark` or its own start-up check, and the kiosk that held such a
cursor reads the log again from the start, alone (issue #14, finding 5)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.sync import service
from app.sync.protocol import HEADER_EPOCH, HEADER_MACHINE, HEADER_NONCE, HEADER_SCHEMA
from db.models import OutboxEntry, Person
from db.outbox import SCHEMA_VERSION
from hub.models import Device
from hub.service.meta import current_epoch
from tests.helpers.sync import Hub, Kiosk, KioskFactory


def _add_person(kiosk: Kiosk, first: str) -> None:
    with kiosk.database.transaction() as session:
        session.add(Person(first_name=first, last_name="Martin", antenna_id=kiosk.antenna_id))


def _epoch(hub: Hub) -> str:
    with hub.database.transaction() as session:
        return current_epoch(session)


def _state(kiosk: Kiosk) -> dict[str, str]:
    with kiosk.database.engine.connect() as connection:
        return service.read_state(connection)


def test_a_made_up_cursor_is_refused_and_changes_nothing_for_anyone(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    attacker = make_kiosk(pg_hub, "kiosk-a")
    honest = make_kiosk(pg_hub, "kiosk-b")
    _add_person(honest, "Zoé")
    honest.sync()
    epoch = _epoch(pg_hub)
    state = _state(attacker)
    headers = {
        "Authorization": f"Bearer {state['device_token']}",
        HEADER_MACHINE: attacker.machine,
        HEADER_SCHEMA: str(SCHEMA_VERSION),
        HEADER_EPOCH: state["epoch"],
        HEADER_NONCE: state["nonce"],
    }
    for cursor in ("999999999.1", "1.999999", "9223372036854775807.9223372036854775807"):
        for _ in range(3):  # repeatable, as in the finding
            answer = pg_hub.client.get("/v1/changes", params={"after": cursor}, headers=headers)
            assert answer.status_code == 400
            assert answer.json()["detail"]["code"] == "cursor_unknown"
    assert _epoch(pg_hub) == epoch
    with pg_hub.database.transaction() as session:
        assert all(at is None for at in session.scalars(select(Device.clone_detected_at)))
    # Every other kiosk goes on as before: no new epoch, nothing sent again.
    summary = honest.sync()
    assert not summary.epoch_reset
    assert summary.pushed == 0


def test_a_kiosk_whose_cursor_the_hub_never_issued_reads_the_log_again_alone(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    _add_person(a, "Zoé")
    _add_person(b, "Ahmed")
    a.sync()
    b.sync()
    logged = pg_hub.change_count()
    epoch = _epoch(pg_hub)
    # The hub's log lost what this kiosk had read (a restore nobody marked), or its state was
    # tampered with: its cursor names no change of the log.
    with a.database.engine.begin() as connection:
        service.write_state(connection, cursor="999999999.1")
        a_done = connection.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.done_at.is_not(None))
        )
    summary = a.sync()
    assert not summary.epoch_reset
    assert summary.pushed == 0  # its outbox is not sent again
    assert summary.pulled == logged  # the whole log, from the start
    assert {p.first_name for p in _people(a)} == {"Zoé", "Ahmed"}
    assert _state(a)["cursor"] != "999999999.1"
    with a.database.engine.connect() as connection:
        assert a_done == connection.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.done_at.is_not(None))
        )
    assert _epoch(pg_hub) == epoch
    assert not b.sync().epoch_reset


def _people(kiosk: Kiosk) -> list[Person]:
    with kiosk.database.transaction() as session:
        return list(session.scalars(select(Person)))
