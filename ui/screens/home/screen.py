"""Home: one large tile per area of the kiosk, built from the screen registry.

A person who scans their badge (here or on the attract screen) is greeted by first name and
offered their next steps, as big buttons: each screen says what it offers them
(`Screen.next_step_for`), the same way it brings its own tile. The greeting stays until the
visit ends (idle), when `reset()` forgets the person.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.catalogue import HomeTile, NextStep, home_tiles
from ui.navigation import Screen, next_steps, register_screen, screen_classes
from ui.screen_args import GreetArgs, ScreenArgs
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.illustration import Illustration
from ui.widgets.page import label, set_page_margins
from ui.widgets.tile import Tile

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder


READER_CARD_MIN = 760


@register_screen
class HomeScreen(Screen):
    name = "home"
    args_type = GreetArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.heading = label("title")
        self.holder: BadgeHolder | None = None
        self.steps: list[NextStep] = []
        self.step_buttons: list[TouchButton] = []
        self.steps_hint = label("lead")
        self.steps_hint.hide()
        self._steps_row = QHBoxLayout()
        self._steps_row.setSpacing(24)
        self._steps_row.addStretch(1)
        # What a feature tells the greeted person after reading it (`Screen.home_news_for`).
        self.news: list[QWidget] = []
        self._news_box = QVBoxLayout()
        self._news_box.setSpacing(16)
        self.tiles: dict[str, Tile] = {}
        self.discreet: dict[str, TouchButton] = {}
        self._specs: dict[str, HomeTile] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(32)
        self._columns = 0
        footer = QHBoxLayout()
        footer.addStretch(1)
        # Where the badge reader is, drawn (issue #19), at the bottom of the screen: the reader
        # is just under it. Hidden once a badge has greeted someone.
        self.reader_picture = Illustration("badge-reader", width=150)
        self.reader_hint = label("lead")
        self.reader_detail = label("muted")
        self.reader_card = QFrame()
        self.reader_card.setProperty("role", "card")
        # Wide enough for the sentence on a line or two: narrower, the card goes above the
        # discreet buttons rather than wrapping word by word.
        self.reader_card.setMinimumWidth(READER_CARD_MIN)
        reader_texts = QVBoxLayout()
        reader_texts.setSpacing(4)
        reader_texts.addStretch(1)
        reader_texts.addWidget(self.reader_hint)
        reader_texts.addWidget(self.reader_detail)
        reader_texts.addStretch(1)
        reader = QHBoxLayout(self.reader_card)
        reader.setContentsMargins(24, 12, 24, 12)
        reader.setSpacing(24)
        reader.addWidget(self.reader_picture)
        reader.addLayout(reader_texts, 1)
        self._bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bottom.setSpacing(24)
        self._bottom.addWidget(self.reader_card, 1)
        self._bottom.addLayout(footer)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(40)
        layout.addWidget(self.heading)
        steps = QVBoxLayout()
        steps.setSpacing(16)
        steps.addWidget(self.steps_hint)
        steps.addLayout(self._steps_row)
        layout.addLayout(steps)
        layout.addLayout(self._news_box)
        # The tiles share the whole width (issue #19: kept to 720 px they sat top-left with
        # the right third of the screen empty, and a capped height cut their descriptions in
        # large text); each is as tall as its texts need.
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addLayout(self._bottom)
        self._footer = footer
        self._build()
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def _build(self) -> None:
        """Tiles come from the registry: a feature's screen brings its own tile."""
        for name, spec in home_tiles(self.shell.router.catalogue()):
            self._specs[name] = spec
            if spec.discreet:
                button = TouchButton(kind="quiet", icon_name=spec.icon)
                button.clicked.connect(lambda _c=False, name=name: self.shell.go(name))
                self.discreet[name] = button
                self._footer.addWidget(button)
            else:
                tile = Tile(icon_name=spec.icon, colour=spec.colour)
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
        for column in range(3):  # a column left empty takes no room
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def arrange(self, space: QSize) -> None:
        width = space.width()
        self._arrange(3 if width >= 1700 else 2 if width >= 1000 else 1)
        # The reader's card beside the discreet buttons, or above them where both do not fit.
        self.side_by_side_if_room(self._bottom, self.room(space))

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        if self.holder is None:
            self.heading.setText(self.tr("Hello! What would you like to do?"))
        else:
            self.heading.setText(self.tr("Hello {name}!").format(name=self.holder.first_name))
        self.steps_hint.setText(self.tr("What you can do next:"))
        self.reader_hint.setText(
            self.tr("Have a badge? Hold it against the reader under the screen.")
        )
        self.reader_detail.setText(
            self.tr("You are greeted by your first name, with what you can do next.")
        )
        self.reader_picture.setAccessibleName(
            self.tr("A badge held against the reader under the screen")
        )
        for step, button in zip(self.steps, self.step_buttons, strict=True):
            button.setText(step.translated_title())
        for name, tile in self.tiles.items():
            spec = self._specs[name]
            tile.set_texts(spec.translated_title(), spec.translated_description())
        for name, button in self.discreet.items():
            button.setText(self._specs[name].translated_title())

    # -- A scanned badge ------------------------------------------------------------------------

    def reset(self) -> None:
        self.greet(None)

    def on_enter(self, args: ScreenArgs | None) -> None:
        if isinstance(args, GreetArgs):  # a badge scanned on the attract screen
            self.greet(args.holder)

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and holder is not self.holder:
            self.greet(holder)

    def greet(self, holder: BadgeHolder | None) -> None:
        """Greet `holder` by first name and offer their next steps (None: nobody)."""
        self.holder = holder
        for button in self.step_buttons:
            self._steps_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        self.steps = []
        for widget in self.news:
            self._news_box.removeWidget(widget)
            widget.deleteLater()
        self.news = []
        if holder is not None:
            catalogue = self.shell.router.catalogue()
            self.steps = next_steps(catalogue, holder)
            for cls in screen_classes(catalogue).values():
                cls.home_news_for(self, holder, partial(self._tell, holder))
        for index, step in enumerate(self.steps):
            button = TouchButton(kind="primary", big=True, icon_name=step.icon)
            button.clicked.connect(lambda _c=False, step=step: self._take(step))
            self._steps_row.insertWidget(index, button)
            self.step_buttons.append(button)
        self.steps_hint.setVisible(bool(self.steps))
        self.reader_card.setVisible(holder is None)
        self.retranslate()

    def _tell(self, holder: BadgeHolder, widget: QWidget) -> None:
        # Read for someone who has gone since (the visit ended, another badge): not shown.
        if holder is not self.holder:
            widget.deleteLater()
            return
        self._news_box.addWidget(widget)
        self.news.append(widget)

    def _take(self, step: NextStep) -> None:
        self.shell.go(step.screen, step.args)
