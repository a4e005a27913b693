"""Français · Nederlands · English: always visible, each language in its own name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from ui.i18n import ENDONYMS
from ui.widgets.buttons import TouchButton


class LanguageSwitch(QWidget):
    sig_language_chosen = Signal(str)
    """The visitor tapped a language (`fr`, `nl`, `en`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, TouchButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for code, endonym in ENDONYMS.items():
            button = TouchButton(endonym, checkable=True)
            # Screen readers must pronounce each name in its own language.
            button.setAccessibleName(endonym)
            button.clicked.connect(lambda _checked=False, code=code: self._chosen(code))
            group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        self.retranslate()

    def show_language(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)

    def _chosen(self, code: str) -> None:
        self.sig_language_chosen.emit(code)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AccessibilityToggles(QWidget):
    """Larger text and high contrast, two switches a visitor can reach from the first screen."""

    sig_large_text = Signal(bool)
    """The visitor switched large text on (True) or off."""

    sig_high_contrast = Signal(bool)
    """The visitor switched high contrast on (True) or off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.large_text = TouchButton(icon_name="a-large-small", checkable=True)
        self.high_contrast = TouchButton(icon_name="contrast", checkable=True)
        self.large_text.clicked.connect(self.sig_large_text)
        self.high_contrast.clicked.connect(self.sig_high_contrast)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.large_text)
        layout.addWidget(self.high_contrast)
        self.retranslate()

    def show_modes(self, *, large_text: bool, high_contrast: bool) -> None:
        self.large_text.setChecked(large_text)
        self.high_contrast.setChecked(high_contrast)

    def retranslate(self) -> None:
        self.large_text.setText(self.tr("Larger text"))
        self.high_contrast.setText(self.tr("High contrast"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
