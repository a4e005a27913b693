"""A PIN pad for a finger: ten big keys, erase, confirm; the PIN is shown as dots only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.buttons import TouchButton

MAX_DIGITS = 12


class PinPad(QWidget):
    sig_submitted = Signal(str)
    """The person confirmed a PIN (the pad is cleared right after)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.dots = QLabel()
        self.dots.setProperty("role", "pin-dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, TouchButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.erase = TouchButton(kind="key", icon_name="delete")
        self.erase.clicked.connect(self.erase_last)
        self.confirm = TouchButton(kind="primary", icon_name="check")
        self.erase.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.confirm.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.confirm.clicked.connect(self.submit)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.confirm, 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.dots)
        layout.addLayout(grid, 1)
        self._show_dots()
        self.retranslate()

    def _key(self, digit: str) -> TouchButton:
        button = TouchButton(digit, kind="key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(lambda: self.press(digit))
        self.keys[digit] = button
        return button

    def retranslate(self) -> None:
        self.erase.setAccessibleName(self.tr("Erase"))
        self.erase.setToolTip(self.tr("Erase"))
        self.confirm.setText(self.tr("OK"))
        self.dots.setAccessibleName(self.tr("PIN"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def length(self) -> int:
        return len(self._digits)

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._show_dots()

    def erase_last(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    def clear(self) -> None:
        self._digits = ""
        self._show_dots()

    def submit(self) -> None:
        if not self._digits:
            return
        pin, self._digits = self._digits, ""
        self._show_dots()
        self.sig_submitted.emit(pin)

    def set_enabled_keys(self, enabled: bool) -> None:
        for button in (*self.keys.values(), self.erase, self.confirm):
            button.setEnabled(enabled)

    def _show_dots(self) -> None:
        # Empty circles keep the row's height when nothing is typed yet.
        # Empty: as many rings as a new PIN has digits at least (6, `PIN_MIN_DIGITS` in
        # app/facilitators/service.py); an older 4-digit PIN still opens.
        self.dots.setText(" ".join("●" * len(self._digits)) or " ".join("○" * 6))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.erase_last()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)
