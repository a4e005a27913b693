"""Qt settings the first frame's widgets make without touching PySide's `Qt` namespace.

The first `Qt` anywhere in a process (even `from PySide6.QtCore import Qt`) makes PySide build
every enum of Qt's namespace as a Python enum: 93 enums with 1 195 members, about 14 ms, a
tenth of the kiosk's cold start (benchmarks/README.md). So the modules the attract and home
screens are made of never import `Qt`:

- they set enum properties by name through Qt's meta-object system, as Designer's `.ui` files
  and style sheets' `qproperty-` do;
- they pass text flags as the ints Qt's C++ takes;
- they never call a PySide overload set with a `Qt` enum among its choices (`QPainter.setPen`,
  `QBrush(QColor)`, `QColor(QColor)`…): choosing between them builds the enum's type too.

Any other screen may use `Qt` freely. A test fails if drawing the attract or the home screen
builds the namespace (tests/ui/test_kiosk.py).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QPalette, QPen

FocusPolicy = Literal["NoFocus", "TabFocus", "ClickFocus", "StrongFocus", "WheelFocus"]
ScrollBarPolicy = Literal["ScrollBarAsNeeded", "ScrollBarAlwaysOff", "ScrollBarAlwaysOn"]

TEXT_WORD_WRAP = 0x1000
"""`Qt.TextFlag.TextWordWrap`, as the int `QPainter.drawText` and `QFontMetrics.boundingRect`
take (a test checks that it is)."""


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """`obj.setProp(Qt.Enum.key)` without `Qt`: the property is written by the key's name."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__}.{prop} has no value named {key!r}")


def set_focus_policy(obj: QObject, policy: FocusPolicy) -> None:
    set_enum(obj, "focusPolicy", policy)


def set_scroll_bar_policies(
    obj: QObject, *, horizontal: ScrollBarPolicy, vertical: ScrollBarPolicy
) -> None:
    set_enum(obj, "horizontalScrollBarPolicy", horizontal)
    set_enum(obj, "verticalScrollBarPolicy", vertical)


def solid_brush(colour: QColor) -> QBrush:
    """`QBrush(colour)`: that constructor, like `QPainter.setBrush`, weighs `colour` against
    its overloads taking `Qt` enums, which builds the namespace. A palette makes the brush."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.brush(QPalette.ColorRole.Window)


def solid_pen(colour: QColor, width: int) -> QPen:
    """`QPen(colour, width)`, for `QPainter.strokePath` (`QPainter.setPen` builds `Qt`)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidth(width)
    return pen
