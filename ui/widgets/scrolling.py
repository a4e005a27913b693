"""Scrolling for a finger: drag and flick (kinetic), vertical only, no frame.

The navigator hosts each screen in a `VerticalScrollArea`: when a screen needs more height than
the window has (1366×768, large text), it scrolls instead of being squeezed below its minimum
size, where Qt draws widgets over each other. When it fits, nothing shows: no frame, no bar.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QScroller, QWidget

from ui.first_frame import set_focus_policy, set_scroll_bar_policies


def kinetic(scroll_area: QAbstractScrollArea) -> None:
    """A finger drags the content; the flick carries on, then slows down."""
    QScroller.grabGesture(
        scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
    )
    scroll_area.setProperty("kinetic", True)


class VerticalScrollArea(QScrollArea):
    """Shows `widget` as wide as the area; scrolls vertically when it is taller. Call
    `kinetic()` on it for finger scrolling (setting that up costs ~25 ms of Qt enums, so the
    navigator does it after the first frame)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerticalScrollArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        set_scroll_bar_policies(self, horizontal="ScrollBarAlwaysOff", vertical="ScrollBarAsNeeded")
        # The area itself is not a stop for Tab: the widgets inside are.
        set_focus_policy(self, "NoFocus")
        # The viewport is see-through by the style sheet (`#VerticalScrollArea >
        # #qt_scrollarea_viewport`): asking Qt for `viewport()` here would make PySide wrap
        # a private class and build ~80 enums before the first frame.
        self.setWidget(widget)

    def scroll_to_top(self) -> None:
        if self.property("kinetic"):
            QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` that can be seen, in its own coordinates (all of it unless a
    scroll area, or any ancestor, shows only part of it)."""
    rect = widget.rect()
    child = widget
    offset_x, offset_y = 0, 0
    while not child.isWindow() and (parent := child.parentWidget()) is not None:
        offset_x += child.x()
        offset_y += child.y()
        rect &= parent.rect().translated(-offset_x, -offset_y)
        child = parent
    return rect
