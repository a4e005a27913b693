"""Facilitator mode is unmistakable: a band across the top of every screen with the
facilitator's name and a Lock button, and it locks itself sooner where people's names show
(docs/architecture.md, "Facilitator mode")."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.audit import recent_audit
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui import theme
from ui.catalogue import screen_catalogue
from ui.main_window import LOCK_TARGET, MainWindow
from ui.navigation import screen_class
from ui.screens.facilitator.screen import describe_action
from ui.theme import STATES, Theme, contrast_ratio

MODES = [Theme.make(), Theme.make(high_contrast=True)]
MODE_IDS = ["normal", "high-contrast"]

PERSONAL = {
    "whos-here",
    "session-attendance",
    "badges",
    "badge-preview",
    "vote-rollcall",
    "vote-named-hands",
    "journey",
}
"""The screens that show full surnames, attendance or a person's data."""


@pytest.fixture
def staff_kiosk(
    make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext, qapp: QApplication
) -> Iterator[Kiosk]:
    """A kiosk with the real waits (2 minutes, 45 s on personal screens), Camille logged in."""
    shell, window = make_kiosk(
        facilitator_idle_s=120, facilitator_personal_idle_s=45, idle_warning_s=10
    )
    account = add_facilitator(kiosk_context, "Camille", "246813")
    shell.go("home")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Camille", started_at=utcnow())
    )
    yield shell, window
    theme.apply(qapp, Theme())


def waits(window: MainWindow) -> int:
    """The whole wait before the visit ends, warning included, in seconds."""
    idle_s, warning_s = window.idle.timeouts
    return idle_s + warning_s


def run_out(window: MainWindow) -> None:
    """Time passes without a touch: the idle watcher's timers fire, warning and countdown,
    without waiting for the clock."""
    timers = window.idle.findChildren(QTimer)
    wait = next(t for t in timers if t.isSingleShot())
    tick = next(t for t in timers if not t.isSingleShot())
    assert wait.isActive()
    wait.timeout.emit()
    for _ in range(window.idle.timeouts[1]):
        if not tick.isActive():
            break
        tick.timeout.emit()


# -- The state ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_the_staff_state_is_legible_and_wears_a_colour_of_its_own(mode: Theme) -> None:
    staff = mode.state("staff")
    minimum = 7.0 if mode.high_contrast else 4.5
    assert contrast_ratio(staff.text, staff.background) >= minimum
    # The band stands out from the page, by its fill or its rule.
    against_page = max(
        contrast_ratio(staff.background, mode.palette.paper),
        contrast_ratio(staff.edge, mode.palette.paper),
    )
    assert against_page >= 3.0
    assert staff.filled
    assert staff.icon
    # No other state fills with its colour, nor is it the focus ring's.
    others = {mode.state(state).background for state in STATES if state != "staff"}
    others |= {mode.state("focus").edge, mode.palette.paper, mode.palette.surface}
    assert staff.background not in others


# -- The band ----------------------------------------------------------------------------------


def test_the_band_names_the_facilitator_on_every_screen_and_goes_with_the_mode(
    qtbot: QtBot, staff_kiosk: Kiosk
) -> None:
    shell, window = staff_kiosk
    band = window.staff_band
    assert band.isVisible()
    assert band.label.text() == "Mode animation — Camille"
    assert band.lock.text() == "Verrouiller"
    assert band.lock.height() >= LOCK_TARGET
    # Above the top bar, across the whole width.
    assert band.geometry().bottom() < window.top_bar.geometry().top()
    assert band.width() == window.centralWidget().width()
    for name in ("whos-here", "facilitator", "booklet"):
        shell.go(name)
        assert band.isVisible(), name
    # On a full-bleed screen too (the top bar hidden), but never on the room's display.
    shell.go("attract")
    assert window.top_bar.isHidden() and band.isVisible()
    shell.go("vote-projector")
    assert band.isHidden()
    shell.go("home")
    assert band.isVisible()

    shell.set_language("nl")
    qtbot.waitUntil(lambda: band.label.text() == "Begeleidersmodus — Camille")
    assert band.lock.text() == "Vergrendelen"
    shell.set_language("en")
    qtbot.waitUntil(lambda: band.label.text() == "Facilitator mode — Camille")
    assert band.lock.text() == "Lock"

    shell.end_facilitator(reason="left")
    assert band.isHidden()


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_the_band_is_painted_in_the_staff_state(
    qtbot: QtBot, qapp: QApplication, staff_kiosk: Kiosk, mode: Theme
) -> None:
    shell, window = staff_kiosk
    shell.set_modes(high_contrast=mode.high_contrast)
    QApplication.processEvents()
    band = window.staff_band
    picture = band.grab().toImage()
    look = mode.state("staff")
    # Between the name and the Lock button: the band's fill; its last row: its rule.
    x = (band.label.geometry().right() + band.lock.geometry().left()) // 2
    assert QColor(picture.pixel(x, band.height() // 2)).name().upper() == look.background
    assert QColor(picture.pixel(x, band.height() - 1)).name().upper() == look.edge


def test_lock_ends_facilitator_mode_at_once_and_returns_to_a_safe_screen(
    qtbot: QtBot, staff_kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, window = staff_kiosk
    shell.go("whos-here")
    tap(window.staff_band.lock)
    assert shell.facilitator is None
    assert window.staff_band.isHidden()
    assert shell.current_screen() == "attract"
    # Nothing facilitator-only is open any more: it asks for the PIN again.
    shell.go("whos-here")
    assert shell.current_screen() == "facilitator-login"
    wait_idle(qtbot, shell)
    last = recent_audit(kiosk_context)[0]
    assert (last.action, last.details) == ("logout", {"reason": "locked"})
    # The panel's activity says so in words.
    assert describe_action(last) == "a verrouillé le mode animation"


# -- Locking by itself -------------------------------------------------------------------------


def test_the_screens_that_show_names_or_attendance_say_so() -> None:
    catalogue = screen_catalogue()
    personal = {name for name in catalogue if screen_class(name).shows_personal_data}
    assert personal == PERSONAL


def test_facilitator_mode_locks_itself_sooner_where_names_show(staff_kiosk: Kiosk) -> None:
    shell, window = staff_kiosk
    assert waits(window) == 120
    shell.go("whos-here")
    assert waits(window) == 45
    shell.go("booklet")
    assert waits(window) == 120
    shell.go("vote-rollcall")
    assert waits(window) == 45

    run_out(window)
    assert shell.facilitator is None
    assert shell.current_screen() == "attract"
    # A visitor's wait again.
    assert window.idle.timeouts == (600, 10)


def test_on_other_screens_the_two_minutes_still_hold(staff_kiosk: Kiosk) -> None:
    shell, window = staff_kiosk
    shell.go("booklet")
    timers = window.idle.findChildren(QTimer)
    wait = next(t for t in timers if t.isSingleShot())
    assert wait.interval() == 110_000
    # The warning comes, a touch gives more time: still in facilitator mode.
    wait.timeout.emit()
    assert window.idle_overlay.isVisible()
    tap(window.idle_overlay.more_time)
    assert shell.facilitator is not None
    assert not window.idle_overlay.isVisible()


def test_a_visitor_s_wait_ignores_the_personal_screens(make_kiosk: Callable[..., Kiosk]) -> None:
    shell, window = make_kiosk(idle_timeout_s=60, facilitator_personal_idle_s=45)
    shell.go("journey")  # a member reads their own journey: no facilitator mode to lock
    assert window.idle.timeouts == (60, 10)
    assert window.staff_band.isHidden()
