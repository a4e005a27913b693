"""Lucide icons (ISC, `ui/resources/icons/`), rendered with QtSvg in any colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui import resources

ICONS_DIR = resources.FOLDER / "icons"


@cache
def _svg(name: str) -> str:
    return (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")


def icon_renderer(name: str, colour: QColor | str) -> QSvgRenderer:
    """A renderer for icon `name` stroked in `colour` (Lucide draws with `currentColor`).

    Shared: tiles paint their icon on every repaint, and parsing the SVG each time is waste.
    """
    # `QColor(a_qcolor)` would build PySide's `Qt` namespace (ui/first_frame.py).
    return _renderer(name, (colour if isinstance(colour, QColor) else QColor(colour)).name())


@cache
def _renderer(name: str, hex_colour: str) -> QSvgRenderer:
    data = _svg(name).replace("currentColor", hex_colour)
    return QSvgRenderer(QByteArray(data.encode("utf-8")))


def paint_icon(painter: QPainter, rect: QRectF, name: str, colour: QColor | str) -> None:
    icon_renderer(name, colour).render(painter, rect)


@cache
def _pixmap(name: str, colour: str, size: int, ratio: float, gap: int) -> QPixmap:
    side = round(size * ratio)
    pixmap = QPixmap(side + round(gap * ratio), side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_icon(painter, QRectF(0, 0, side, side), name, colour)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(
    name: str, colour: QColor | str, size: int = 48, ratio: float = 1.0, *, gap: int = 0
) -> QIcon:
    """Icon `name` in `colour`, `size` pixels square, followed by `gap` transparent pixels."""
    return QIcon(_pixmap(name, QColor(colour).name(), size, ratio, gap))


def icon_size(size: int) -> QSize:
    return QSize(size, size)


# -- Meaningful icons ----------------------------------------------------------------------------

LEVEL_ICONS = {
    "information": "megaphone",
    "consultation": "message-circle-question",
    "concertation": "messages-square",
    "codecision": "vote",
}
"""One icon per participation level, wherever a level is shown (with its name, never alone)."""

STEP_ICONS = {
    "booklet-read": "book-open",
    "info-session": "presentation",
    "met-facilitator": "handshake",
    "first-coworking": "laptop",
    "first-skill": "lightbulb",
    "first-vote": "square-check-big",
    "shareholder": "award",
    "first-agenda-item-treated": "list-checks",
}
"""One icon per member journey step (`db/journey_steps.py`), by slug."""

STEP_ICON_DEFAULT = "flag"
"""A step the hub added later, whose slug this kiosk does not know yet."""


def step_icon(slug: str) -> str:
    return STEP_ICONS.get(slug, STEP_ICON_DEFAULT)


@cache
def _badged(name: str, colour: str, badge: tuple[str, str], size: int, ratio: float) -> QPixmap:
    badge_name, badge_colour = badge
    side = round(size * ratio)
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_icon(painter, QRectF(0, 0, side * 0.78, side * 0.78), name, colour)
    small = side * 0.5
    paint_icon(painter, QRectF(side - small, side - small, small, small), badge_name, badge_colour)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def badged_icon(
    name: str, colour: str, badge: tuple[str, str], size: int, ratio: float = 1.0
) -> QPixmap:
    """Icon `name` in `colour` with a smaller icon in its lower right corner: `badge` is that
    icon's (name, colour), a check when done, a clock when to come."""
    return _badged(name, QColor(colour).name(), (badge[0], QColor(badge[1]).name()), size, ratio)
