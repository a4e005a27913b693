"""The text-size and contrast switches are labelled on every screen, show when they are on,
and the bar keeps every button whole at every size, in the longest language, in large text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.main_window import TopBar

WORDS = {
    "fr": ("Texte", "Contraste"),
    "nl": ("Tekst", "Contrast"),
    "en": ("Text", "Contrast"),
}


@pytest.mark.parametrize("code", sorted(WORDS))
def test_the_switches_say_what_they_do_in_each_language(
    qtbot: QtBot, kiosk: Kiosk, code: str
) -> None:
    shell, window = kiosk
    shell.go("home")
    bar = window.top_bar
    tap(bar.languages.buttons[code])
    words = WORDS[code]
    qtbot.waitUntil(lambda: (bar.large_text.text(), bar.high_contrast.text()) == words)
    assert bar.large_text.accessibleName() != bar.large_text.text()  # the full name is spoken
    assert bar.large_text.shown_icon == "a-large-small"
    tap(bar.large_text)
    qtbot.waitUntil(bar.large_text.isChecked)
    assert bar.large_text.state() == "selected"
    assert bar.large_text.shown_icon == "check"
    assert bar.high_contrast.shown_icon == "contrast"


def _buttons(bar: TopBar) -> list[QRect]:
    widgets = [bar.home, bar.large_text, bar.high_contrast, *bar.languages.buttons.values()]
    widgets = [widget for widget in widgets if widget.isVisible()]  # no home button on home
    return [
        widget.geometry().translated(widget.mapTo(bar, widget.rect().topLeft()) - widget.pos())
        for widget in widgets
    ]


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768), (1080, 1920)])
def test_the_bar_keeps_every_button_whole_in_dutch_large_text(
    qtbot: QtBot, kiosk: Kiosk, width: int, height: int
) -> None:
    shell, window = kiosk
    shell.set_language("nl")
    shell.set_modes(large_text=True)
    shell.go("booklet")
    window.resize(width, height)
    wait_idle(qtbot, shell)
    bar = window.top_bar
    qtbot.waitUntil(lambda: bar.width() == width)

    def whole() -> bool:
        # The window lays the bar out again once it has taken its new rows' height.
        rects = _buttons(bar)
        return all(bar.rect().contains(rect) for rect in rects) and not any(
            rect.intersects(other)
            for index, rect in enumerate(rects)
            for other in rects[index + 1 :]
        )

    qtbot.waitUntil(whole)
    for button in (bar.large_text, bar.high_contrast, *bar.languages.buttons.values()):
        assert button.width() >= button.sizeHint().width()
    assert bar.rows_for(width) == bar.rows_for(bar.width())
