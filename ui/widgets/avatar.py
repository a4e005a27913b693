"""A person's initials in a coloured circle (Antenne shows no photo without consent)."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme


def initials(first_name: str, last_name: str) -> str:
    letters = [part[0] for part in (first_name.strip(), last_name.strip()) if part]
    return "".join(letters).upper() or "?"


class Avatar(QWidget):
    def __init__(self, size: int = 72, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._initials = "?"
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_person(self, first_name: str, last_name: str) -> None:
        self._initials = initials(first_name, last_name)
        self.setAccessibleName(f"{first_name} {last_name}".strip())
        self.update()

    def text(self) -> str:
        return self._initials

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        current = theme.current()
        # High contrast: the levels are black and the primary fill is yellow (no white text).
        colours = [*list(current.palette.levels.values())]
        if not current.high_contrast:
            colours.append(current.palette.primary)
        # Same initials, same colour: stable across screens and visits.
        background = QColor(colours[zlib.crc32(self._initials.encode()) % len(colours)])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setBrush(background)
        painter.setPen(
            QColor(current.palette.border) if current.high_contrast else Qt.PenStyle.NoPen
        )
        painter.drawEllipse(rect)
        font = QFont(self.font())
        font.setPixelSize(round(self._size * 0.4))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(current.palette.on_level))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._initials)
        painter.end()
