"""The one state system: primary, secondary, selected, focus, destructive, disabled, in both
modes, each legible, each told apart by more than a colour (docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import theme
from ui.theme import STATES, Theme, contrast_ratio
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.language_switch import AccessibilityToggles, LanguageSwitch

MODES = [Theme.make(), Theme.make(high_contrast=True)]
MODE_IDS = ["normal", "high-contrast"]


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, Theme())


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
@pytest.mark.parametrize("state", STATES)
def test_every_state_s_text_is_legible_and_its_edge_stands_out(mode: Theme, state: str) -> None:
    look = mode.state(state)
    minimum = 7.0 if mode.high_contrast else 4.5
    assert contrast_ratio(look.text, look.background) >= minimum
    # Where the widget meets the page: a fill or an edge at 3:1 or more against the paper.
    against_page = max(
        contrast_ratio(look.edge, mode.palette.paper),
        contrast_ratio(look.background, mode.palette.paper),
    )
    assert against_page >= 3.0


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_the_focus_ring_shows_on_every_state_and_on_the_page(mode: Theme) -> None:
    ring = mode.state("focus").edge
    assert contrast_ratio(ring, mode.palette.paper) >= 3.0
    for state in ("secondary", "selected", "disabled"):
        assert contrast_ratio(ring, mode.state(state).background) >= 3.0, state
    # Focus is the thickest edge of all.
    assert all(
        mode.state("focus").edge_px > mode.state(state).edge_px
        for state in STATES
        if state != "focus"
    )


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_selected_is_not_focus_and_not_colour_alone(mode: Theme) -> None:
    selected, focus = mode.state("selected"), mode.state("focus")
    assert selected.edge != focus.edge
    assert selected.icon == "check"
    assert not focus.icon
    # The selected outline and its check mark read on the selected tint.
    assert contrast_ratio(selected.edge, selected.background) >= 3.0


@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_primary_is_filled_secondary_is_not_destructive_has_its_own_colour(mode: Theme) -> None:
    primary, secondary = mode.state("primary"), mode.state("secondary")
    destructive = mode.state("destructive")
    assert primary.filled
    assert primary.background != mode.palette.paper
    assert not secondary.filled
    assert secondary.background in {mode.palette.surface, mode.palette.paper}
    assert destructive.filled
    assert destructive.icon
    others = {primary.background, mode.state("selected").edge, mode.state("focus").edge}
    assert destructive.background not in others


def _pixel(button: TouchButton, x: int, y: int) -> str:
    return QColor(button.grab().toImage().pixel(x, y)).name().upper()


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
@pytest.mark.parametrize(
    "case",
    [
        ("primary", False, True, "primary"),
        ("", False, True, "secondary"),
        ("", True, True, "selected"),
        ("quiet", True, True, "selected"),
        ("destructive", False, True, "destructive"),
        ("danger", False, True, "destructive"),
        ("primary", False, False, "disabled"),
        ("", False, False, "disabled"),
    ],
)
def test_a_button_is_painted_in_its_state_s_colours(
    qtbot: QtBot,
    qapp: QApplication,
    mode: Theme,
    case: tuple[str, bool, bool, str],
) -> None:
    kind, checked, enabled, state = case
    theme.apply(qapp, mode)
    button = TouchButton(kind=kind, checkable=checked)
    qtbot.add_widget(button)
    button.setChecked(checked)
    button.setEnabled(enabled)
    button.setFixedSize(320, 96)
    button.show()
    qtbot.wait_exposed(button)
    look = mode.state(state)
    assert button.state() == state
    # The middle is the background (no text); the left edge, half-way down, the outline.
    assert _pixel(button, 240, 48) == look.background.upper()
    if state != "disabled":  # dashed: a sample may fall in a gap
        assert _pixel(button, 1, 48) == look.edge.upper()
    wanted_icon = {"selected": "check", "destructive": look.icon}.get(state, "")
    assert button.shown_icon == wanted_icon


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_a_focused_button_wears_the_focus_ring_even_when_selected(
    qtbot: QtBot, qapp: QApplication, mode: Theme
) -> None:
    theme.apply(qapp, mode)
    button = TouchButton(kind="", checkable=True)
    qtbot.add_widget(button)
    button.setChecked(True)
    button.setFixedSize(320, 96)
    button.show()
    qtbot.wait_exposed(button)
    button.activateWindow()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    ring = mode.state("focus")
    assert _pixel(button, ring.edge_px - 1, 48) == ring.edge.upper()
    assert _pixel(button, 240, 48) == mode.state("selected").background.upper()


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("mode", MODES, ids=MODE_IDS)
def test_chips_languages_and_toggles_show_selected_with_a_check_mark(
    qtbot: QtBot, qapp: QApplication, mode: Theme
) -> None:
    theme.apply(qapp, mode)
    chips = ChoiceButtons(["a", "b"], exclusive=True)
    languages = LanguageSwitch()
    toggles = AccessibilityToggles()
    for widget in (chips, languages, toggles):
        qtbot.add_widget(widget)
    chips.set_selected(["a"])
    languages.show_language("nl")
    toggles.show_modes(large_text=True, high_contrast=False)
    for on in (chips.buttons["a"], languages.buttons["nl"], toggles.large_text):
        assert on.state() == "selected"
        assert on.shown_icon == "check"
    for off in (chips.buttons["b"], languages.buttons["fr"]):
        assert off.state() == "secondary"
        assert off.shown_icon == ""
    assert toggles.high_contrast.shown_icon == "contrast"


def test_a_checked_button_makes_room_for_its_check_mark(qtbot: QtBot) -> None:
    button = TouchButton("Nederlands", checkable=True)
    qtbot.add_widget(button)
    button.show()
    before = button.minimumWidth()
    button.setChecked(True)
    assert button.minimumWidth() > before
    assert button.minimumWidth() >= button.sizeHint().width()
