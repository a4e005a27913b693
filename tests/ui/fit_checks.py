"""What the fit tests check, shared by `test_fit.py`, `test_fit_targets.py` and the console's:
a text cut, a button off the window or under the pinned ones, a target too small."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk, wait_idle
from ui.navigation import Screen
from ui.screenshots import Renderer
from ui.widgets.scrolling import visible_rect
from ui.widgets.tile import Tile


def on_window(widget: QWidget) -> QRect:
    """Where `widget` is in its window."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def settle(qtbot: QtBot, kiosk: Kiosk) -> None:
    wait_idle(qtbot, kiosk[0])
    for _ in range(3):
        QApplication.processEvents()


SIZES = ((1920, 1080), (1366, 768), (1080, 1920))
FIT_CASES = [(language, size) for language in ("fr", "nl", "en") for size in SIZES]


def cut_off(screen: QWidget) -> list[str]:
    """What of `screen` a person could not read or reach: past its right or left edge, or a
    wrapped text given fewer lines than it needs."""
    room = on_window(
        screen.host.viewport() if isinstance(screen, Screen) and screen.host else screen
    )
    found: list[str] = []
    # The screen's own widgets, and its buttons pinned under it (`Screen.pin_actions`).
    parts = [screen]
    if isinstance(screen, Screen) and screen.pinned is not None:
        parts.append(screen.pinned)
    for owner, widget in ((part, w) for part in parts for w in part.findChildren(QWidget)):
        if not isinstance(widget, QAbstractButton | QLabel | QLineEdit):
            continue
        if not widget.isVisibleTo(owner) or widget.width() <= 1:
            continue
        what = f"{type(widget).__name__} {widget.text()[:40]!r}"
        place = on_window(widget)
        if place.right() > room.right() + 1 or place.left() < room.left() - 1:
            found.append(f"{what} spills sideways")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{what} is {widget.height()} px high for {needed}")
    return found


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area `widget` is shown in (None: it is laid out on the window)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def squeezed(widget: QWidget) -> bool:
    """A one-line text given less width than its letters need: Qt cuts it, mid-word."""
    if isinstance(widget, QLabel):
        text = widget.text()
        rich = widget.textFormat() != Qt.TextFormat.PlainText and "<" in text
        if not text or widget.wordWrap() or rich or "\n" in text:
            return False
        return widget.fontMetrics().horizontalAdvance(text) > widget.contentsRect().width() + 1
    if isinstance(widget, QPushButton) and widget.text():
        # Its padding may give a few pixels; a letter's width is a cut word.
        return widget.width() + 6 < widget.sizeHint().width()
    if isinstance(widget, Tile):  # it wraps its texts: cut when shorter than they need
        return widget.height() + 1 < widget._needed_height(widget.width())
    return False


def unfit(window: QWidget, screen: Screen) -> list[str]:
    """What of the window showing `screen` a person could not read or reach: a text cut
    (sideways, too few lines, squeezed mid-word), a button, label or field neither on the
    window nor in a scroll area, anything of the screen under its pinned buttons, a screen
    wider than its room."""
    found = cut_off(screen)
    room = screen.room(screen.space())
    if (width := screen.minimum_width()) > room:
        found.append(f"needs {width} px wide where there are {room}")
    whole = window.rect()
    footer = on_window(screen.pinned) if screen.pinned is not None else None
    for widget in window.findChildren(QWidget):
        is_area = isinstance(widget, QAbstractScrollArea)
        if not (is_area or isinstance(widget, QAbstractButton | QLabel | QLineEdit)):
            continue
        if not widget.isVisible() or widget.width() <= 1 or widget.height() <= 1:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QAbstractScrollArea):
            continue  # a box's own field or arrows, an area's own bars
        what = f"{type(widget).__name__} {getattr(widget, 'text', str)()[:40]!r}"
        if squeezed(widget):
            found.append(f"{what} is cut ({widget.width()}×{widget.height()} px)")
        if scroll_area_of(widget) is not None:
            continue  # reached by scrolling: the area itself is checked
        place = on_window(widget)
        if not whole.contains(place):
            found.append(f"{what} at {place.getRect()} is off the window")
        in_footer = screen.pinned is not None and (
            widget is screen.pinned or screen.pinned.isAncestorOf(widget)
        )
        under = footer is not None and place.intersects(footer)
        if under and not in_footer and screen.isAncestorOf(widget):
            found.append(f"{what} is under the pinned buttons")
    return found


def fit_problems(
    renderer: Renderer, name: str, language: str, size: tuple[int, int], **modes: bool
) -> list[str]:
    renderer.show(name, language=language, size=size, large_text=True, **modes)
    try:
        screen = renderer.window.navigator.current()
        return [f"{name}: {problem}" for problem in unfit(renderer.window, screen)]
    finally:
        renderer.forget()


def touch_targets(window: QWidget) -> list[tuple[QWidget, QRect]]:
    """What a finger can touch on `window`: visible buttons and fields, the part of each that
    shows (a card half under a scroll area's edge can be touched only where it shows)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QAbstractSpinBox):
            continue
        if not widget.isVisible() or isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's own field and arrows: the box is the target
        shown = visible_rect(widget)
        if not shown.isEmpty():
            found.append((widget, QRect(widget.mapTo(window, shown.topLeft()), shown.size())))
    return found


def spills(screen: QWidget) -> list[str]:
    """Widgets of `screen` wider than the room it is shown in, or past its right edge."""
    return [problem for problem in cut_off(screen) if "sideways" in problem]
