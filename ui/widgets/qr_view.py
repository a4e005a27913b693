"""A QR code painted as vector squares from the `qrcode` package's matrix (no PNG)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4


def qr_matrix(data: str) -> list[list[bool]]:
    """The modules of the smallest QR code for `data` (error correction M), no quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def paint_qr(painter: QPainter, rect: QRectF, matrix: list[list[bool]]) -> None:
    """Dark modules on white, with the 4-module quiet zone, centred in `rect` (square).

    Each module is a whole number of pixels when there is room for one: a fractional module
    rounds one way or the other from square to square, and the code shows thin white seams a
    phone's camera may read as gaps."""
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = float(int(side / count)) or side / count
    side = module * count
    left = round(rect.left() + (rect.width() - side) / 2)
    top = round(rect.top() + (rect.height() - side) / 2)
    painter.fillRect(QRectF(left, top, side, side), QColor("#FFFFFF"))
    dark = QColor("#000000")
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            if on:
                painter.fillRect(
                    QRectF(
                        left + (x + QUIET_ZONE) * module,
                        top + (y + QUIET_ZONE) * module,
                        module,
                        module,
                    ),
                    dark,
                )


class QrView(QWidget):
    def __init__(self, data: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.data = ""
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if data:
            self.set_data(data)

    def set_data(self, data: str) -> None:
        self.data = data
        self._matrix = qr_matrix(data) if data else []
        self.update()

    def module_count(self) -> int:
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        paint_qr(painter, QRectF(self.rect()), self._matrix)
        painter.end()
