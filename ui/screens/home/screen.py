"""Home: one large tile per area of the kiosk, built from the screen registry."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from ui.navigation import HomeTile, Screen, home_tiles, register_screen
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.tile import Tile

TILE_MAX = QSize(720, 360)


@register_screen
class HomeScreen(Screen):
    name = "home"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.tiles: dict[str, Tile] = {}
        self.discreet: dict[str, TouchButton] = {}
        self._specs: dict[str, HomeTile] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(32)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._columns = 0
        footer = QHBoxLayout()
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(40)
        layout.addWidget(self.heading)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addLayout(footer)
        self._footer = footer
        self._build()
        self.retranslate()

    def _build(self) -> None:
        """Tiles come from the registry: a feature's screen brings its own tile."""
        from ui.navigation import discover_screens

        for name, spec in home_tiles(discover_screens()):
            self._specs[name] = spec
            if spec.discreet:
                button = TouchButton(kind="quiet", icon_name=spec.icon)
                button.clicked.connect(lambda _c=False, name=name: self.shell.go(name))
                self.discreet[name] = button
                self._footer.addWidget(button)
            else:
                tile = Tile(icon_name=spec.icon, colour=spec.colour)
                tile.setMaximumSize(TILE_MAX)
                tile.clicked.connect(lambda _c=False, name=name: self.shell.go(name))
                self.tiles[name] = tile
        self._arrange(3)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        self._arrange(3 if width >= 1700 else 2 if width >= 1000 else 1)
        super().resizeEvent(event)

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hello! What would you like to do?"))
        for name, tile in self.tiles.items():
            spec = self._specs[name]
            tile.set_texts(spec.translated_title(), spec.translated_description())
        for name, button in self.discreet.items():
            button.setText(self._specs[name].translated_title())
