"""A number counted by hand (hands raised, paper ballots): big − and + either side of a field.

A spin box's own arrows are a few pixels high, too small for a finger: they are hidden, and a
tap on − or + counts one less or one more. The field itself takes typed digits (the on-screen
keyboard shows its digits).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QSpinBox, QWidget

from ui.widgets.buttons import TouchButton
from ui.widgets.page import tabular_figures


def count_box(maximum: int = 100_000) -> QSpinBox:
    """A field for a count typed with digits: no arrows (too small for a finger); the number
    right-aligned in tabular figures, so counts one above the other line up (issue #19)."""
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    tabular_figures(box)
    box.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return box


class CountField(QWidget):
    sig_changed = Signal(int)
    """The count changed (typed, or − / + tapped)."""

    def __init__(self, maximum: int = 100_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = count_box(maximum)
        self.box.setMinimumWidth(120)
        self.box.valueChanged.connect(self.sig_changed)
        self.less = TouchButton(icon_name="minus")
        self.more = TouchButton(icon_name="plus")
        self.less.clicked.connect(lambda: self.box.stepBy(-1))
        self.more.clicked.connect(lambda: self.box.stepBy(1))
        self.box.valueChanged.connect(self._show_limits)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.less)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.more)
        self._show_limits()
        self.retranslate()

    def value(self) -> int:
        return self.box.value()

    def setValue(self, value: int) -> None:
        self.box.setValue(value)

    def retranslate(self) -> None:
        # Icon-only buttons: names for screen readers.
        self.less.setAccessibleName(self.tr("One less"))
        self.more.setAccessibleName(self.tr("One more"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_limits(self) -> None:
        self.less.setEnabled(self.box.value() > self.box.minimum())
        self.more.setEnabled(self.box.value() < self.box.maximum())
