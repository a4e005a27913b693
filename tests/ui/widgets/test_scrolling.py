"""A screen taller than the window scrolls under a finger, and a tap on one of its buttons
still reaches the button (the kinetic scroller holds a press back until it knows the finger is
not dragging, then hands it over)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk, tap
from ui.demo import demo_facilitator
from ui.screens.facilitator.screen import FacilitatorScreen


def test_a_tap_on_a_screen_that_scrolls_reaches_its_button(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, window = kiosk
    shell.set_modes(large_text=True, high_contrast=False)
    demo_facilitator(shell)
    shell.go("facilitator")
    screen = window.navigator.page("facilitator")
    assert isinstance(screen, FacilitatorScreen)
    host = screen.parentWidget()
    while not isinstance(host, QScrollArea):
        host = host.parentWidget()
    qtbot.waitUntil(lambda: bool(host.property("kinetic")))
    assert host.verticalScrollBar().maximum() > 0  # it does scroll
    host.ensureWidgetVisible(screen.leave)  # at the bottom of the window: far from the top
    pressed: list[bool] = []
    screen.leave.pressed.connect(lambda: pressed.append(True))
    tap(screen.leave)
    qtbot.waitUntil(lambda: shell.facilitator is None)
    assert pressed == [True]
