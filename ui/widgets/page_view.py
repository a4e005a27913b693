"""A rendered page (a badge, a sheet) shown whole, scaled to fit, on a light card.

`render_pdf_page` turns PDF bytes into an image with QtPdf; it touches no widget, so a task
may call it off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme


def render_pdf_page(pdf: bytes, *, dpi: int = 200, page: int = 0) -> QImage:
    """Page `page` of `pdf` as an image at `dpi` (a null image if the PDF cannot be read)."""
    from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or page >= document.pageCount():
            return QImage()
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, size, QPdfDocumentRenderOptions())
        # Transparent where the PDF paints nothing: a badge is printed on white.
        page_image = QImage(image.size(), QImage.Format.Format_RGB32)
        page_image.fill(QColor("#FFFFFF"))
        painter = QPainter(page_image)
        painter.drawImage(0, 0, image)
        painter.end()
        return page_image
    finally:
        document.close()
        buffer.close()


class PageView(QWidget):
    """Shows one page image, whole, centred, with a thin border (paper on the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def image(self) -> QImage:
        return self._image

    def clear(self) -> None:
        self.set_image(QImage())

    def sizeHint(self) -> QSize:
        return QSize(480, 640)

    def page_rect(self) -> QRectF:
        """Where the page is drawn (empty when there is none)."""
        if self._image.isNull():
            return QRectF()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scaled = QSize(self._image.size()).scaled(
            area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
        )
        return QRectF(
            area.left() + (area.width() - scaled.width()) / 2,
            area.top() + (area.height() - scaled.height()) / 2,
            scaled.width(),
            scaled.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image.isNull():
            return
        target = self.page_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
        current = theme.current()
        edge = current.palette.border if current.high_contrast else current.palette.muted
        painter.setPen(QPen(QColor(edge), 2))
        painter.drawRect(target.adjusted(-1, -1, 1, 1))
        painter.end()
