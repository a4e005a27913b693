"""A set of big checkable buttons to choose one option (a language, a purpose) or several
(topics, channels). Options are (key, text) pairs; texts are set again on language change by
the screen that owns it (`set_texts`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QWidget

from ui.widgets.buttons import TouchButton


class ChoiceButtons(QWidget):
    sig_changed = Signal()
    """The person changed what is chosen."""

    def __init__(
        self,
        keys: Sequence[str],
        *,
        exclusive: bool,
        columns: int = 3,
        alone: Sequence[str] = (),
        icons: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`alone`: keys that cannot be chosen with another (“no news”)."""
        super().__init__(parent)
        self.keys = tuple(keys)
        self._alone = frozenset(alone)
        self.buttons: dict[str, TouchButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._exclusive = exclusive
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        for key in self.keys:
            button = TouchButton(checkable=True, icon_name=(icons or {}).get(key, ""))
            button.clicked.connect(lambda _c=False, key=key: self._clicked(key))
            self._group.addButton(button)
            self.buttons[key] = button
        self._columns = 0
        self.set_columns(columns)

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for index, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, index // columns, index % columns)
        # The layout holding this widget caches its old size: measured again at once, a screen
        # trying arrangements until one fits (`Screen.arrange`) sees the new width.
        self._grid.invalidate()
        self.updateGeometry()

    def set_texts(self, texts: dict[str, str]) -> None:
        for key, button in self.buttons.items():
            button.setText(texts.get(key, key))

    def _clicked(self, key: str) -> None:
        on = self.buttons[key].isChecked()
        if on and (self._exclusive or key in self._alone):
            for other, button in self.buttons.items():
                if other != key:
                    button.setChecked(False)
        elif on and self._alone:
            for other in self._alone:
                self.buttons[other].setChecked(False)
        if self._exclusive and not on:
            # One option stays chosen: tapping it again does not leave nothing chosen.
            self.buttons[key].setChecked(True)
        self.sig_changed.emit()

    def selected(self) -> list[str]:
        return [key for key, button in self.buttons.items() if button.isChecked()]

    def choice(self) -> str:
        """The chosen key of an exclusive set ("" if none yet)."""
        chosen = self.selected()
        return chosen[0] if chosen else ""

    def set_selected(self, keys: Sequence[str]) -> None:
        wanted = set(keys)
        for key, button in self.buttons.items():
            button.setChecked(key in wanted)

    def clear(self) -> None:
        self.set_selected(())
