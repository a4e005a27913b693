"""Home shows where the badge reader is: a drawing of the reader under the screen and the
words, at the bottom of the screen, until a badge greets someone (issue #19)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.badges.service import issue_badge
from app.context import AppContext
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk
from ui.screens.home.screen import HomeScreen


def home_screen(kiosk: Kiosk) -> HomeScreen:
    shell, window = kiosk
    shell.go("home")
    home = window.navigator.page("home")
    assert isinstance(home, HomeScreen)
    QApplication.processEvents()
    return home


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_home_shows_the_reader_drawn_with_words_in_each_language(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    home = home_screen(kiosk)
    assert home.reader_card.isVisible() and home.reader_picture.isVisible()
    assert home.reader_picture.name == "badge-reader"  # the welcome screen's drawing
    assert home.reader_hint.text() == (
        "Vous avez un badge\u202f? Posez-le sur le lecteur, sous l’écran."
    )
    assert home.reader_picture.accessibleName() == "Un badge posé sur le lecteur, sous l’écran"
    # At the bottom, under the tiles: the reader is just under the screen.
    lowest_tile = max(on_window(tile).bottom() for tile in home.tiles.values())
    assert on_window(home.reader_card).top() > lowest_tile
    # On the reference screen, in sight without scrolling.
    qtbot.waitUntil(lambda: window.rect().contains(on_window(home.reader_card)))
    shell.set_language("nl")
    qtbot.waitUntil(
        lambda: (
            home.reader_hint.text() == "Heb je een badge? Houd hem tegen de lezer onder het scherm."
        )
    )
    shell.set_language("en")
    qtbot.waitUntil(lambda: home.reader_detail.text().startswith("You are greeted"))


def test_the_card_goes_above_the_discreet_buttons_where_both_do_not_fit(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    home = home_screen(kiosk)
    button = next(iter(home.discreet.values()))
    # Side by side on the reference screen...
    qtbot.waitUntil(lambda: on_window(home.reader_card).right() < on_window(button).left())
    # ...one above the other in portrait with large text, the sentence never word by word.
    window.resize(1080, 1920)
    shell.set_modes(large_text=True)
    qtbot.waitUntil(lambda: on_window(home.reader_card).bottom() < on_window(button).top())
    assert home.reader_card.width() >= 760


def test_a_greeted_member_no_longer_sees_where_to_hold_a_badge(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    _, window = kiosk
    home = home_screen(kiosk)
    scan(window, token)
    qtbot.waitUntil(lambda: home.heading.text() == "Bonjour Camille\u202f!")
    assert home.reader_card.isHidden()
    home.reset()  # the visit ends: the next person is shown the reader again
    assert not home.reader_card.isHidden()
