"""What a screen shows when it has nothing to show: an icon, a sentence, a hint."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import theme
from ui.widgets.icons import icon


class EmptyState(QWidget):
    def __init__(self, icon_name: str = "inbox", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.picture, self.title, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.refresh_icon()

    def set_texts(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def refresh_icon(self) -> None:
        current = theme.current()
        size = current.metrics.text(3.5)
        self.picture.setPixmap(
            icon(self._icon_name, current.palette.muted, size).pixmap(QSize(size, size))
        )
