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
