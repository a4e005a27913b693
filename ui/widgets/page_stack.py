"""A stack of pages whose size is that of the page shown, not of the largest one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """QStackedWidget asks for the room of its largest page, even hidden: one tall page (a
    failure message, a long screen) would make the others need scrolling.

    Qt's stacked layout does not pass the page's height-for-width on to the layout around the
    stack either, so a page whose texts wrap (a long title at 1366 px with large text) would
    get less height than its lines need and be cut. The stack therefore keeps, as its minimum
    height, what the page shown needs at the stack's width, and asks again when the width,
    the page or the page's contents change."""

    follows_page_height = True
    """False for a stack whose pages scroll on their own (the navigator's screens)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Otherwise the stacked layout makes the tallest page, even hidden, the stack's minimum.
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(self._page_changed)

    def addWidget(self, widget: QWidget) -> int:
        widget.installEventFilter(self)
        return super().addWidget(widget)

    def minimumSizeHint(self) -> QSize:
        widget = self.currentWidget()
        return widget.minimumSizeHint() if widget is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        widget = self.currentWidget()
        return widget.sizeHint() if widget is not None else super().sizeHint()

    def hasHeightForWidth(self) -> bool:
        # Asked for a height at a width, the layout around would get the tallest page's (Qt's
        # stacked layout answers for every page): the stack's minimum height says it instead.
        if self.follows_page_height:
            return False
        widget = self.currentWidget()
        return widget is not None and widget.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        widget = self.currentWidget()
        return widget.heightForWidth(width) if widget is not None else -1

    def _page_changed(self) -> None:
        self._fit_height()
        self.updateGeometry()

    def _fit_height(self) -> None:
        if not self.follows_page_height:
            return
        widget = self.currentWidget()
        needed = 0
        if widget is not None and widget.hasHeightForWidth() and self.width() > 0:
            # Never below the page's own minimum: a part that takes what is left (a list that
            # scrolls) counts for nothing in the height-for-width.
            needed = max(widget.heightForWidth(self.width()), widget.minimumSizeHint().height())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page shown laid itself out again (a text changed): it may need more lines.
        if event.type() == QEvent.Type.LayoutRequest and watched is self.currentWidget():
            self._fit_height()
        return False
