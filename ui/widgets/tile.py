"""A home tile: a large coloured button with an icon, a title and a one-line description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ui import theme
from ui.first_frame import TEXT_WORD_WRAP, set_focus_policy, solid_brush, solid_pen
from ui.widgets.icons import paint_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QEnterEvent, QResizeEvent


class Tile(QAbstractButton):
    """Painted by hand in `colour`: primary, accent, danger or a participation level (the
    style sheet gives each its text colour, `theme.TILE_COLOURS`)."""

    def __init__(
        self, *, icon_name: str, colour: str = "primary", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.icon_name = icon_name
        if colour not in theme.TILE_COLOURS:
            raise ValueError(f"a tile is {', '.join(theme.TILE_COLOURS)}, not {colour!r}")
        self.colour = colour
        self.setProperty("colour", colour)
        self.description = ""
        set_focus_policy(self, "TabFocus")
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
        bounds = QFontMetrics(font).boundingRect(0, 0, max(1, width), 100_000, TEXT_WORD_WRAP, text)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A grid gives a row the height its tiles asked for at the width it guessed; given
        # less width (portrait, large text) a tile asks again, so its description is never
        # cut at the bottom (issue #19).
        needed = self._needed_height(event.size().width())
        if needed > event.size().height() and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        super().resizeEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        # Under a mouse (development, a desktop) a tile shows it is a button. Set at the first
        # hover, after the first frame: a cursor's shape is a `Qt` enum (ui/first_frame.py).
        from PySide6.QtCore import Qt

        self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Home's tiles are in the kiosk's first frame, so this never names PySide's `Qt`
        # (ui/first_frame.py): the texts take the painter's first pen, the style sheet's
        # colour for this tile, and brushes and pens come from `first_frame`.
        current = theme.current()
        p, m = current.palette, current.metrics
        # High contrast: a tile is a way in, drawn black with a white outline, not a primary fill.
        background = QColor(p.paper) if current.high_contrast else current.colour(self.colour)
        if self.isDown():
            background = background.darker(125)
        fg = QColor(current.tile_text(self.colour))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        path = QPainterPath()
        path.addRoundedRect(rect, m.radius * 1.5, m.radius * 1.5)
        painter.fillPath(path, solid_brush(background))
        if current.high_contrast or self.hasFocus():
            ring_colour = QColor(p.focus if self.hasFocus() else p.border)
            painter.strokePath(path, solid_pen(ring_colour, 4 if self.hasFocus() else 3))

        pad = m.space(4)
        icon_size = m.text(3.0)
        if self.isCheckable():
            # A choice card (a participation level): a ring, filled with a check when chosen.
            mark = QRectF(rect.right() - pad - icon_size, rect.top() + pad, icon_size, icon_size)
            ring = QPainterPath()
            ring.addEllipse(mark)
            painter.strokePath(ring, solid_pen(fg, 4))
            if self.isChecked():
                painter.fillPath(ring, solid_brush(fg))
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
        title_height = self._text_height(title_font, round(text_rect.width()), self.text())
        painter.drawText(text_rect, TEXT_WORD_WRAP, self.text())
        painter.setFont(body_font)
        painter.drawText(
            text_rect.adjusted(0, title_height + m.space(1), 0, 0),
            TEXT_WORD_WRAP,
            self.description,
        )
        painter.end()
