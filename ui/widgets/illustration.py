"""Pictures drawn for Antenne (`ui/resources/illustrations`), in the theme's colours: where to
hold a badge, say. Never an external image, never emoji."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import resources, theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

ILLUSTRATIONS_DIR = resources.FOLDER / "illustrations"


@cache
def _renderer(name: str, ink: str, primary: str, accent: str) -> QSvgRenderer:
    data = (
        (ILLUSTRATIONS_DIR / f"{name}.svg")
        .read_text(encoding="utf-8")
        .replace("currentColor", ink)
        .replace("#PRIMARY", primary)
        .replace("#ACCENT", accent)
    )
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"the illustration {name!r} is not a valid SVG")
    return renderer


class Illustration(QWidget):
    """An illustration at `width` reference pixels (larger with large text), its proportions
    kept; redrawn in the new colours when the theme changes."""

    def __init__(self, name: str, *, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._resize()

    def renderer(self) -> QSvgRenderer:
        palette = theme.current().palette
        return _renderer(self.name, palette.ink, palette.primary, palette.accent)

    def _resize(self) -> None:
        box = self.renderer().defaultSize()
        width = round(self._width * theme.current().metrics.scale)
        self.setFixedSize(QSize(width, round(width * box.height() / max(1, box.width()))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # large text, high contrast
            self._resize()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.renderer().render(painter, QRectF(self.rect()))
        finally:
            painter.end()
