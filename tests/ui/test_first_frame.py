"""What the first frame's widgets use instead of PySide's `Qt` namespace does what `Qt` would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from ui.first_frame import (
    TEXT_WORD_WRAP,
    set_enum,
    set_focus_policy,
    set_scroll_bar_policies,
    solid_brush,
    solid_pen,
)


def test_the_word_wrap_flag_is_qts() -> None:
    assert Qt.TextFlag.TextWordWrap.value == TEXT_WORD_WRAP


def test_enum_properties_are_set_by_name(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    set_focus_policy(button, "TabFocus")
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus
    area = QScrollArea()
    qtbot.addWidget(area)
    set_scroll_bar_policies(area, horizontal="ScrollBarAlwaysOff", vertical="ScrollBarAlwaysOn")
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_a_misspelt_name_is_refused(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    with pytest.raises(ValueError, match="focusPolicy"):
        set_enum(button, "focusPolicy", "TabFocuss")
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_brushes_and_pens_are_solid_in_their_colour() -> None:
    colour = QColor("#0B5C6B")
    brush = solid_brush(colour)
    assert brush.style() == Qt.BrushStyle.SolidPattern
    assert brush.color() == colour
    pen = solid_pen(colour, 4)
    assert (pen.style(), pen.color(), pen.width()) == (Qt.PenStyle.SolidLine, colour, 4)
