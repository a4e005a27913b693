"""The shared widget kit, driven like a finger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import tap
from ui.widgets.avatar import Avatar, initials
from ui.widgets.buttons import TouchButton
from ui.widgets.count_field import CountField
from ui.widgets.empty_state import EmptyState
from ui.widgets.language_switch import LanguageSwitch
from ui.widgets.pin_pad import PinPad
from ui.widgets.qr_view import QUIET_ZONE, QrView, qr_matrix
from ui.widgets.tile import Tile


def test_the_pin_pad_hands_over_the_pin_and_forgets_it(qtbot: QtBot) -> None:
    pad = PinPad()
    qtbot.add_widget(pad)
    pad.show()
    for digit in "2468":
        tap(pad.keys[digit])
    tap(pad.erase)
    tap(pad.keys["9"])
    assert pad.dots.text() == "● ● ● ●"
    with qtbot.wait_signal(pad.sig_submitted) as submitted:
        tap(pad.confirm)
    assert submitted.args == ["2469"]
    assert pad.length == 0


def test_the_pin_pad_takes_a_keyboard_too(qtbot: QtBot) -> None:
    pad = PinPad()
    qtbot.add_widget(pad)
    QTest.keyClicks(pad, "1a2")
    assert pad.length == 2
    with qtbot.wait_signal(pad.sig_submitted) as submitted:
        QTest.keyClick(pad, Qt.Key.Key_Return)
    assert submitted.args == ["12"]


def test_touch_buttons_are_at_least_56_px_high(qtbot: QtBot, qapp: object) -> None:
    from ui import theme

    theme.apply(qapp, theme.Theme())  # type: ignore[arg-type]
    button = TouchButton("OK")
    qtbot.add_widget(button)
    button.show()
    assert button.height() >= 56


def test_a_badge_token_fits_a_version_2_qr_code_painted_as_vectors(qtbot: QtBot) -> None:
    token = "ANT1-" + "0123456789ABCDEFGHJKMNPQRS"
    assert len(qr_matrix(token)) == 25
    view = QrView(token)
    qtbot.add_widget(view)
    view.resize(330, 330)
    image = view.grab().toImage()
    module = 330 / (25 + 2 * QUIET_ZONE)
    # The finder pattern's top-left module is dark; the quiet zone is white.
    inside = int((QUIET_ZONE + 0.5) * module)
    assert image.pixelColor(inside, inside).name() == "#000000"
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_a_qr_code_at_any_size_has_whole_pixel_modules_and_no_seams(qtbot: QtBot) -> None:
    # 440 px for 33 modules is 13.3 px a module: drawn fractional, the squares rounded either
    # way and thin white seams crossed the code (the room display's QR, issue #19).
    view = QrView("ANT1-" + "0123456789ABCDEFGHJKMNPQRS")
    qtbot.add_widget(view)
    view.resize(440, 440)
    image = view.grab().toImage()
    module = 440 // (25 + 2 * QUIET_ZONE)
    middle = [image.pixelColor(x, 220).name() for x in range(440)]
    left = middle.index("#ffffff")  # the quiet zone starts; the widget's own ground before it
    top = left + int((QUIET_ZONE + 0.5) * module)  # the middle of the first row of modules
    row = [image.pixelColor(x, top).name() for x in range(left, left + 33 * module)]
    assert set(row) == {"#000000", "#ffffff"}  # no grey edge
    # The finder pattern's top edge is one dark run of seven modules, not seven squares.
    first = left + QUIET_ZONE * module
    assert row[first - left : first - left + 7 * module] == ["#000000"] * (7 * module)
    assert row[first - left + 7 * module] == "#ffffff"
    column = [image.pixelColor(first + 2, y).name() for y in range(first, first + 7 * module)]
    assert column == ["#000000"] * (7 * module)  # its left side: no seam either


def test_an_avatar_shows_initials_not_a_photo(qtbot: QtBot) -> None:
    assert initials("élodie", "de la Fontaine") == "ÉD"
    assert initials("", "") == "?"
    avatar = Avatar()
    qtbot.add_widget(avatar)
    avatar.set_person("Jean-Luc", "Van Damme")
    assert avatar.text() == "JV"


def test_the_language_switch_offers_the_endonyms(qtbot: QtBot) -> None:
    switch = LanguageSwitch()
    qtbot.add_widget(switch)
    assert [b.text() for b in switch.buttons.values()] == ["Français", "Nederlands", "English"]
    with qtbot.wait_signal(switch.sig_language_chosen) as chosen:
        tap(switch.buttons["nl"])
    assert chosen.args == ["nl"]


def test_an_empty_state_says_why(qtbot: QtBot) -> None:
    empty = EmptyState()
    qtbot.add_widget(empty)
    empty.set_texts("Nothing here yet.")
    assert empty.title.text() == "Nothing here yet."
    assert empty.hint.isHidden()


def test_a_tile_is_as_tall_as_its_texts_need_at_its_width(qtbot: QtBot) -> None:
    tile = Tile(icon_name="users")
    qtbot.addWidget(tile)
    tile.set_texts("Qui veut quelles nouvelles", "Nombres par niveau de participation ; " * 6)
    narrow, wide = tile.heightForWidth(300), tile.heightForWidth(1200)
    assert tile.hasHeightForWidth()
    assert narrow > wide >= tile.sizeHint().height()
    # A layout asks for that height: nothing of the description is cut.
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(tile)
    assert layout.hasHeightForWidth()
    assert layout.totalMinimumHeightForWidth(300) >= narrow


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_tile_writes_in_the_text_colour_of_its_colour(
    qtbot: QtBot, qapp: object, high_contrast: bool
) -> None:
    # The style sheet gives each tile colour its text colour (the tile never sets a pen).
    from ui import theme

    theme.apply(qapp, theme.Theme.make(high_contrast=high_contrast))  # type: ignore[arg-type]
    try:
        m = theme.current().metrics
        for colour in theme.TILE_COLOURS:
            tile = Tile(icon_name="users", colour=colour)
            qtbot.addWidget(tile)
            tile.set_texts("Bienvenue", "")
            tile.resize(600, 300)
            image = tile.grab().toImage()
            text = QColor(theme.current().tile_text(colour)).rgb()
            below_icon = m.space(4) + m.text(3.0) + m.space(2) + 4
            inked = sum(
                image.pixel(x, y) == text
                for x in range(0, 400, 2)
                for y in range(below_icon, below_icon + m.text(2))
            )
            assert inked > 40, colour
    finally:
        theme.apply(qapp, theme.Theme())  # type: ignore[arg-type]


def test_a_mouse_over_a_tile_shows_a_pointing_hand(qtbot: QtBot) -> None:
    tile = Tile(icon_name="users")
    qtbot.addWidget(tile)
    tile.resize(400, 300)
    tile.show()
    qtbot.waitExposed(tile)
    assert tile.cursor().shape() == Qt.CursorShape.ArrowCursor
    QTest.mouseMove(tile, QPoint(200, 150))
    qtbot.waitUntil(lambda: tile.cursor().shape() == Qt.CursorShape.PointingHandCursor)


def test_a_tile_comes_only_in_the_colours_the_style_sheet_knows(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="ink"):
        Tile(icon_name="users", colour="ink")


def test_a_count_is_tapped_up_and_down_or_typed(qtbot: QtBot) -> None:
    field = CountField(maximum=3)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    seen: list[int] = []
    field.sig_changed.connect(seen.append)
    # A finger's targets, and the number shown whole between them.
    assert field.less.height() >= 56 and field.more.height() >= 56
    editor = field.box.findChild(QLineEdit)
    assert editor is not None and editor.width() > field.box.width() // 2
    assert not field.less.isEnabled()  # nothing below zero
    tap(field.more)
    tap(field.more)
    assert field.value() == 2 and seen == [1, 2]
    tap(field.less)
    assert field.value() == 1
    field.box.selectAll()
    QTest.keyClicks(field.box, "3")
    assert field.value() == 3 and not field.more.isEnabled()
    assert field.less.accessibleName() and field.more.accessibleName()  # icons only
