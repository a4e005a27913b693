"""A small table of figures: what each counts on the left, the numbers right-aligned in
tabular figures beside the longest of those words, so units sit under units (issue #19)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ui.widgets.page import count_label, label


def money(amount: int, currency: str = "EUR") -> str:
    """A whole amount as the reader's language writes it: "1 800 €", "€ 1.800", "€1,800"."""
    return QLocale().toCurrencyString(float(amount), "€" if currency == "EUR" else currency, 0)


class FigureTable(QWidget):
    """Rows of (words, number): "Present 38", "Represented 4", "Entitled 45"."""

    def __init__(self, role: str = "lead", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.names: list[QLabel] = []
        self.values: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(32)
        self._grid.setVerticalSpacing(4)
        # The numbers close to their words, not at the far edge of a wide pane.
        self._grid.setColumnStretch(2, 1)

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Show `rows`, each (what it counts, the number as a person reads it)."""
        while len(self.names) < len(rows):
            row = len(self.names)
            name, value = label(self.role), count_label(self.role)
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(value, row, 1)
            self.names.append(name)
            self.values.append(value)
        for index, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            shown = index < len(rows)
            name.setVisible(shown)
            value.setVisible(shown)
            if shown:
                name.setText(rows[index][0])
                value.setText(rows[index][1])

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row."""
        return [
            (name.text(), value.text())
            for name, value in zip(self.names, self.values, strict=True)
            if not name.isHidden()
        ]
