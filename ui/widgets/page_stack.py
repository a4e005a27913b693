"""A stack of pages whose size is that of the page shown, not of the largest one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """QStackedWidget asks for the room of its largest page, even hidden: one tall page (a
    failure message, a long screen) would make the others need scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:
        widget = self.currentWidget()
        return widget.minimumSizeHint() if widget is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        widget = self.currentWidget()
        return widget.sizeHint() if widget is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:
        widget = self.currentWidget()
        return widget is not None and widget.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        widget = self.currentWidget()
        return widget.heightForWidth(width) if widget is not None else -1
