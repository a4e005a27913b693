"""A home tile: a large coloured button with an icon, a title and a one-line description."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ui import theme
from ui.widgets.icons import paint_icon


class Tile(QAbstractButton):
    """Painted by hand so the colour can be any palette token or participation level."""

    def __init__(
        self, *, icon_name: str, colour: str = "primary", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.icon_name = icon_name
        self.colour = colour
        self.description = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Never shorter than its texts need at its width: a clipped description helps no one.
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_texts(self, title: str, description: str) -> None:
        self.setText(title)
        self.description = description
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        m = theme.current().metrics
        return QSize(m.text(27), m.text(14))

    def minimumSizeHint(self) -> QSize:
        m = theme.current().metrics
        return QSize(m.space(30), max(m.big_button * 2, m.text(8)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.sizeHint().height(), self._needed_height(width))

    def _fonts(self) -> tuple[QFont, QFont]:
        m = theme.current().metrics
        title_font = QFont(self.font())
        title_font.setPixelSize(m.text(1.6))
        title_font.setBold(True)
        body_font = QFont(self.font())
        body_font.setPixelSize(m.text(1.0))
        return title_font, body_font

    def _text_height(self, font: QFont, width: int, text: str) -> int:
        if not text:
            return 0
        bounds = QFontMetrics(font).boundingRect(
            0, 0, max(1, width), 100_000, Qt.TextFlag.TextWordWrap, text
        )
        return bounds.height()

    def _needed_height(self, width: int) -> int:
        """Icon, title and description wrapped at `width`, with the paddings `paintEvent` uses."""
        m = theme.current().metrics
        pad = m.space(4)
        text_width = width - 4 - 2 * pad
        title_font, body_font = self._fonts()
        return (
            4
            + 2 * pad
            + m.text(3.0)
            + m.space(2)
            + self._text_height(title_font, text_width, self.text())
            + m.space(1)
            + self._text_height(body_font, text_width, self.description)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        current = theme.current()
        p, m = current.palette, current.metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        background = current.colour(self.colour)
        if self.isDown():
            background = background.darker(125)
        if current.high_contrast or self.colour in p.levels:
            fg = QColor(p.on_level)
        else:
            fg = QColor(getattr(p, f"on_{self.colour}", p.on_primary))
        path = QPainterPath()
        path.addRoundedRect(rect, m.radius * 1.5, m.radius * 1.5)
        painter.fillPath(path, background)
        if current.high_contrast or self.hasFocus():
            pen = QPen(
                QColor(p.focus if self.hasFocus() else p.border), 4 if self.hasFocus() else 3
            )
            painter.setPen(pen)
            painter.drawPath(path)

        pad = m.space(4)
        icon_size = m.text(3.0)
        if self.isCheckable():
            # A choice card (a participation level): a ring, filled with a check when chosen.
            mark = QRectF(rect.right() - pad - icon_size, rect.top() + pad, icon_size, icon_size)
            painter.setPen(QPen(fg, 4))
            painter.drawEllipse(mark)
            if self.isChecked():
                painter.setBrush(fg)
                painter.drawEllipse(mark)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                paint_icon(painter, mark.adjusted(8, 8, -8, -8), "check", background)
        paint_icon(
            painter,
            QRectF(rect.left() + pad, rect.top() + pad, icon_size, icon_size),
            self.icon_name,
            fg,
        )

        text_rect = rect.adjusted(pad, pad + icon_size + m.space(2), -pad, -pad)
        title_font, body_font = self._fonts()
        painter.setFont(title_font)
        painter.setPen(fg)
        title_height = self._text_height(title_font, round(text_rect.width()), self.text())
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, self.text())

        painter.setFont(body_font)
        painter.drawText(
            text_rect.adjusted(0, title_height + m.space(1), 0, 0),
            Qt.TextFlag.TextWordWrap,
            self.description,
        )
        painter.end()
