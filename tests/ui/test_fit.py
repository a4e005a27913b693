"""Small windows and large text: a screen that needs more room scrolls, it is never squeezed.

Every screen in its screenshot state, in each language with large text, at three sizes; the
single checks of particular screens are in `test_fit_targets.py` (two files, two xdist workers)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
)

from tests.ui.fit_checks import (
    FIT_CASES,
    fit_problems,
    unfit,
)
from ui.screenshots import Renderer
from ui.widgets.buttons import TouchButton


@pytest.fixture(scope="module")
def renderer(demo_renderer: Renderer) -> Renderer:
    """Every screen in its screenshot state, on the demo antenne (tests/ui/conftest.py)."""
    return demo_renderer


@pytest.mark.parametrize(("language", "size"), FIT_CASES)
def test_in_large_text_every_screen_shows_its_texts_and_buttons_whole(
    renderer: Renderer, language: str, size: tuple[int, int]
) -> None:
    # Every screen in its screenshot state, in each language with large text (Dutch is the
    # longest), on the reference screen, the small laptop and portrait (docs/architecture.md,
    # "Touch targets"): a screen may scroll down, never sideways; nothing past the window's
    # edge, nothing under the pinned buttons, no text cut.
    problems: list[str] = []
    for name in renderer.screen_names():
        problems += fit_problems(renderer, name, language, size)
    assert not problems, "\n".join(problems)


def test_in_large_text_and_high_contrast_every_screen_fits(renderer: Renderer) -> None:
    # High contrast draws thicker borders: once, in the longest language on the small screen.
    problems: list[str] = []
    for name in renderer.screen_names():
        problems += fit_problems(renderer, name, "nl", (1366, 768), high_contrast=True)
    assert not problems, "\n".join(problems)


def test_the_fit_test_sees_a_squeezed_text_and_a_button_off_the_window(
    renderer: Renderer,
) -> None:
    # The checks above can fail: a one-line label narrower than its text, a pinned button
    # pushed past the window's right edge.
    renderer.show("register", language="nl", size=(1366, 768), large_text=True)
    try:
        screen = renderer.window.navigator.current()
        assert not unfit(renderer.window, screen)
        assert screen.pinned is not None
        tight = QLabel("Onbereikbaarheidsverklaring", screen.pinned)
        tight.setFixedWidth(40)
        tight.show()
        stray = TouchButton("Verder", parent=screen.pinned)
        stray.move(screen.pinned.width() - 20, 0)
        stray.show()
        QApplication.processEvents()
        found = "\n".join(unfit(renderer.window, screen))
        assert "'Onbereikbaarheidsverklaring' is cut" in found
        assert "TouchButton 'Verder' at" in found and "is off the window" in found
        tight.deleteLater()
        stray.deleteLater()
    finally:
        renderer.forget()
