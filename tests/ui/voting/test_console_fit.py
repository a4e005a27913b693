"""The console and the named show of hands in large text: nothing past the window's right edge,
the vote shown is the vote highlighted in the list, and nothing hides under the pinned buttons
(issue #19: "Clore le vote" cropped at 1920×1080, the statutes vote shown under the budget's
highlight, "1 personne a déjà voté" under the footer)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.fit_checks import cut_off, on_window
from ui.navigation import Screen
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.hands import NamedHandsScreen
from ui.screenshots import Renderer
from ui.widgets.scrolling import visible_rect

SIZES = [(1920, 1080), (1366, 768)]


@pytest.fixture(scope="module")
def renderer(demo_renderer: Renderer) -> Renderer:
    """Every screen in its screenshot state, on the demo antenne (tests/ui/conftest.py)."""
    return demo_renderer


def wholly_visible(screen: Screen, widget: QWidget) -> bool:
    """`widget` is inside the window and not under the screen's pinned buttons."""
    place = on_window(widget)
    if not screen.window().rect().contains(place):
        return False
    pinned = screen.pinned
    if pinned is not None and pinned.isVisible() and widget.window() is pinned.window():
        return not on_window(pinned).intersects(place) or pinned.isAncestorOf(widget)
    return True


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("size", SIZES)
def test_the_console_in_large_text_keeps_every_button_and_text_on_the_screen(
    renderer: Renderer, language: str, size: tuple[int, int]
) -> None:
    renderer.show("vote-console", language=language, size=size, large_text=True)
    screen = renderer.window.navigator.current()
    assert isinstance(screen, ConsoleScreen)
    assert not cut_off(screen)
    window = renderer.window.rect()
    for widget in screen.card.findChildren(QWidget):
        if (
            isinstance(widget, QAbstractButton | QLabel)
            and widget.isVisibleTo(screen.card)
            and widget.width() > 1
        ):
            # Seen whole once scrolled to: within the window's width, its own full width.
            place = on_window(widget)
            assert place.left() >= window.left() and place.right() <= window.right(), widget.text()
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()
    renderer.forget()


def test_the_vote_highlighted_in_the_list_is_the_vote_shown(renderer: Renderer) -> None:
    renderer.show("vote-console", language="fr")
    screen = renderer.window.navigator.current()
    assert isinstance(screen, ConsoleScreen) and screen.state is not None
    assert screen.votes.count() == 2
    item = screen.votes.currentItem()
    assert item is not None
    assert item.text().startswith(screen.state.vote.title)
    assert screen.header.title.text() == screen.state.vote.title
    selected = screen.votes.selectedItems()
    assert [i.text() for i in selected] == [item.text()]
    renderer.forget()


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("size", SIZES)
def test_the_named_hands_show_who_voted_and_a_one_line_title_in_large_text(
    renderer: Renderer, language: str, size: tuple[int, int]
) -> None:
    renderer.show("vote-named-hands", language=language, size=size, large_text=True)
    screen = renderer.window.navigator.current()
    assert isinstance(screen, NamedHandsScreen)
    assert screen.done.isVisible() and screen.done.text()
    shown = visible_rect(screen.done)
    assert shown.height() == screen.done.height(), "who voted is hidden"
    assert wholly_visible(screen, screen.done)
    title = renderer.window.top_bar.title
    assert title.heightForWidth(title.width()) <= title.fontMetrics().lineSpacing() * 1.5
    renderer.forget()
