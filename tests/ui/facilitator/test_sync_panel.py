"""The running kiosk syncs with a hub (a real one, in-process, on 127.0.0.1) and the
facilitator panel says how it went, and what could not be synced; an unreachable hub never
freezes the screen."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update

from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.sync import service
from app.sync.client import HubRefusedError
from db.models import OutboxEntry, Person
from hub.models import Device, HubChange, HubRecord
from hub.service.enrolment import flag_clone
from hub.service.meta import txid_expr
from tests.helpers.sync import Hub
from tests.ui.conftest import Kiosk, tap
from ui.demo import demo_facilitator
from ui.screens.facilitator.screen import FacilitatorScreen
from ui.sync_runner import SyncRunner


@pytest.fixture
def enrolled(sqlite_hub: Hub, kiosk_context: AppContext) -> Hub:
    sqlite_hub.add_antenna("rennes")
    service.enroll(kiosk_context.db, hub_url=sqlite_hub.url, code=sqlite_hub.code("rennes"))
    return sqlite_hub


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (a hub that hangs)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield int(server.getsockname()[1])


def _panel(kiosk: Kiosk) -> FacilitatorScreen:
    shell, window = kiosk
    demo_facilitator(shell)
    shell.go("facilitator")
    page = window.navigator.page("facilitator")
    assert isinstance(page, FacilitatorScreen)
    return page


def _runner(kiosk: Kiosk) -> SyncRunner:
    runner = kiosk[0].sync
    assert runner is not None
    return runner


def _synced(runner: SyncRunner) -> bool:
    return runner.status is not None and runner.status.last_success_at is not None


def _synced_panel(qtbot: QtBot, kiosk: Kiosk) -> tuple[FacilitatorScreen, SyncRunner]:
    """The facilitator panel once the kiosk's first sync (at start-up) is shown on it."""
    runner = _runner(kiosk)
    qtbot.waitUntil(lambda: _synced(runner))
    screen = _panel(kiosk)
    qtbot.waitUntil(lambda: screen.sync_panel.state.text().startswith("Dernière synchronisation"))
    return screen, runner


def test_the_kiosk_syncs_and_the_panel_says_so(
    qtbot: QtBot, enrolled: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(hub_url=enrolled.url)
    # The kiosk syncs by itself once its database is open.
    screen, runner = _synced_panel(qtbot, kiosk)
    panel = screen.sync_panel
    assert panel.sync_now.isVisible() and panel.sync_now.isEnabled()

    # Someone registers while the kiosk waits for its next round: one change waits.
    with kiosk_context.db.transaction() as session:
        session.add(Person(first_name="Zoé", last_name="Martin"))
    panel.refresh()
    qtbot.waitUntil(lambda: "1 modification" in panel.pending.text())

    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        tap(panel.sync_now)
    qtbot.waitUntil(lambda: panel.pending.text() == "Rien n'attend d'être envoyé.")
    assert panel.offline.isHidden() and panel.clock.isHidden()
    with enrolled.database.transaction() as session:
        rows = session.scalars(select(HubRecord).where(HubRecord.entity == "person")).all()
    assert [row.data["first_name"] for row in rows] == ["Zoé"]


def test_an_unreachable_hub_shows_offline_without_freezing(
    qtbot: QtBot,
    enrolled: Hub,
    kiosk_context: AppContext,
    make_kiosk: Callable[..., Kiosk],
    silent_port: int,
) -> None:
    kiosk = make_kiosk(hub_url=enrolled.url)
    screen, runner = _synced_panel(qtbot, kiosk)
    panel = screen.sync_panel

    # The hub moves to a machine that never answers.
    with kiosk_context.db.engine.begin() as connection:
        service.write_state(connection, hub_url=f"http://127.0.0.1:{silent_port}")
    runner.timeout_s = 1.0
    # The facilitator screen has loaded what it shows.
    qtbot.waitUntil(lambda: not kiosk[0].tasks.busy)
    ticks: list[int] = []
    # Parented to the panel and stopped in any case: a beat outliving the kiosk would touch
    # a deleted runner in the next test.
    beat = QTimer(panel)
    beat.setInterval(10)
    beat.timeout.connect(lambda: ticks.append(int(runner.running)))
    beat.start()
    try:
        with qtbot.waitSignal(runner.sig_finished, timeout=10_000) as finished:
            tap(panel.sync_now)
            assert runner.running, "the tap did not start a round"
            assert panel.sync_now.text() == "Synchronisation…"
            assert not panel.sync_now.isEnabled()
    finally:
        beat.stop()
    # The screen went on living while the kiosk waited for the hub.
    assert ticks.count(1) >= 2
    assert isinstance(finished.args[0], service.HubUnreachableError)
    qtbot.waitUntil(panel.offline.isVisible)
    assert panel.offline.text().startswith("Hors ligne depuis")
    assert panel.sync_now.isEnabled()
    # The next try comes later than usual: the runner backs off.
    assert runner.failures == 1
    assert runner.timer.isActive()
    assert runner.timer.interval() > runner.interval_s * 1000


def test_without_a_hub_the_kiosk_does_not_sync(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk()
    runner = _runner(kiosk)
    panel = _panel(kiosk).sync_panel
    qtbot.waitUntil(lambda: runner.status is not None)
    assert not runner.timer.isActive()
    assert panel.sync_now.isHidden()
    assert panel.state.text().startswith(
        "Cette borne n'est pas reliée au serveur central de la coopérative"
    )
    assert "hub" not in panel.state.text().split("(")[0]


def test_a_hub_that_never_answers_never_holds_up_a_screens_task(
    qtbot: QtBot, enrolled: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(hub_url=enrolled.url)
    shell = kiosk[0]
    runner = _runner(kiosk)
    qtbot.waitUntil(lambda: _synced(runner))
    with kiosk_context.db.transaction() as session:
        session.add(Person(first_name="Zoé", last_name="Martin"))
    done: list[str] = []
    runner.sig_finished.connect(lambda _outcome: done.append("sync"))
    with socket.socket() as hung:
        # A hub that accepts the connection and never answers, waited for at length.
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        with kiosk_context.db.engine.begin() as connection:
            service.write_state(connection, hub_url=f"http://127.0.0.1:{hung.getsockname()[1]}")
        runner.timeout_s = 600.0
        runner.sync_now()
        assert runner.running

        def search(ctx: AppContext) -> list[str]:
            from app.people.service import find_people

            with ctx.db.transaction() as session:
                return [p.first_name for p in find_people(session, "zoe")]

        found: list[list[str]] = []
        shell.tasks.run(search, on_success=found.append)
        qtbot.waitUntil(lambda: bool(found))
        # The screen's search came back while the sync still waits for the hub.
        assert found == [["Zoé"]]
        assert runner.running and done == []
    # The hub goes away: the waiting request fails, the round ends.
    qtbot.waitUntil(lambda: done == ["sync"], timeout=30_000)
    assert not runner.running


def test_a_refusal_from_the_hub_is_told_in_the_kiosks_language(
    qtbot: QtBot, enrolled: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(hub_url=enrolled.url)
    runner = _runner(kiosk)
    qtbot.waitUntil(lambda: _synced(runner))
    panel = _panel(kiosk).sync_panel
    # A copy of this kiosk was caught: the hub stops syncing with the device.
    with enrolled.database.transaction() as session:
        (device,) = session.scalars(select(Device)).all()
        flag_clone(session, device.id)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000) as finished:
        runner.sync_now()
    assert isinstance(finished.args[0], HubRefusedError)
    qtbot.waitUntil(panel.offline.isVisible)
    assert panel.offline.text().startswith(
        "Le hub a arrêté la synchronisation avec cette borne : une copie de celle-ci"
    )
    kiosk[0].set_language("nl")
    qtbot.waitUntil(
        lambda: panel.offline.text().startswith(
            "De hub synchroniseert niet meer met deze kiosk: een kopie ervan"
        )
    )


def _set_aside(hub: Hub, kiosk_context: AppContext) -> None:
    """Two rows from the hub this kiosk cannot take, and one of its changes the hub refused."""
    with hub.database.transaction() as session:
        session.execute(
            insert(HubChange).values(txid=txid_expr(session)),
            [
                {
                    "entity": "person",
                    "entity_id": entity_id,
                    "op": "upsert",
                    "payload": {"id": entity_id, "kind": "alien"},
                    "hlc": "",
                    "origin": "kiosk-evil",
                    "scope_antenna_id": None,
                }
                for entity_id in ("not-a-uuid", "nope")
            ],
        )
    with kiosk_context.db.transaction() as session:
        session.add(Person(first_name="Zoé", last_name="Martin"))
    with kiosk_context.db.engine.begin() as connection:
        connection.execute(update(OutboxEntry).values(parked_at=utcnow()))


def test_the_panel_says_what_could_not_be_synced_and_what_to_do(
    qtbot: QtBot, enrolled: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(hub_url=enrolled.url)
    screen, runner = _synced_panel(qtbot, kiosk)
    panel = screen.sync_panel
    assert panel.quarantined.isHidden() and panel.parked.isHidden()
    _set_aside(enrolled, kiosk_context)
    qtbot.waitUntil(lambda: not kiosk[0].tasks.busy)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        tap(panel.sync_now)
    qtbot.waitUntil(panel.parked.isVisible)
    assert panel.quarantined.text().startswith(
        "2 modifications venues du hub n'ont pas pu être appliquées sur cette borne."
    )
    assert "Réessayer ce qui a été mis de côté" in panel.quarantined.text()
    assert panel.parked.text().startswith("Le hub a refusé 1 modification faite sur cette borne")
    assert "administrateur du hub" in panel.parked.text()
    assert panel.pending.text() == "Rien n'attend d'être envoyé."
    kiosk[0].set_language("nl")
    qtbot.waitUntil(lambda: panel.parked.text().startswith("De hub weigerde 1 wijziging"))
    assert panel.quarantined.text().startswith("2 wijzigingen van de hub konden niet")
    kiosk[0].set_language("en")
    qtbot.waitUntil(lambda: panel.parked.text().startswith("The hub refused 1 change made"))
    assert panel.quarantined.text().startswith("2 changes from the hub could not be applied")


def test_the_facilitator_tries_again_what_was_set_aside(
    qtbot: QtBot, enrolled: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    """After an update: the parked change leaves, the rows this kiosk still cannot take stay
    set aside (and the facilitator is told), and the audit log says who asked."""
    camille = add_facilitator(kiosk_context, "Camille", "246813")
    kiosk = make_kiosk(hub_url=enrolled.url)
    shell = kiosk[0]
    shell.start_facilitator(
        FacilitatorSession(account_id=camille.account_id, name="Camille", started_at=utcnow())
    )
    screen, runner = _synced_panel(qtbot, kiosk)
    panel = screen.sync_panel
    _set_aside(enrolled, kiosk_context)
    qtbot.waitUntil(lambda: not shell.tasks.busy)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        tap(panel.sync_now)
    qtbot.waitUntil(panel.parked.isVisible)
    assert panel.retry.isVisible() and panel.retry.text() == "Réessayer ce qui a été mis de côté"
    toasts: list[str] = []
    shell.sig_toast.connect(toasts.append)
    # The panel is taller than the window under facilitator mode's band: a finger scrolls to
    # the button first.
    assert screen.host is not None
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    screen.host.ensureWidgetVisible(panel.retry)
    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        tap(panel.retry)
    qtbot.waitUntil(panel.parked.isHidden)
    assert panel.quarantined.isVisible() and panel.retry.isVisible()
    assert toasts == [
        "2 modifications venues du hub ne peuvent toujours pas être appliquées\u202f: "
        "cette borne doit être mise à jour."
    ]
    qtbot.waitUntil(
        lambda: any(
            line.action == "sync_retry" and line.actor == "Camille" for line in screen.audit
        )
    )
