"""The kiosk's screens as their feature packages list them, known without importing a screen.

Each feature package's `__init__.py` lists its screens (`SCREENS`, a tuple of `ScreenEntry`)
with the tile that leads to them on the home screen or the facilitator panel. This module reads
those lists and nothing else: the home screen is drawn from it before any other screen's module
is imported. Qt's translation context names are the only Qt it needs.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.screen_args import ScreenArgs

# Named tuples rather than dataclasses: every feature's list is read before the kiosk's first
# frame, where a frozen dataclass costs half a millisecond of generated code.


class HomeTile(NamedTuple):
    """How a screen appears on the home screen. Texts are English sources in the `HomeTile`
    translation context (mark them with `QT_TRANSLATE_NOOP("HomeTile", ...)`)."""

    title: str
    description: str
    icon: str
    colour: str = "primary"
    """One of `theme.TILE_COLOURS`: `primary`, `accent`, `danger` or a participation level."""
    order: int = 100
    discreet: bool = False
    """A small entry at the bottom of the home screen (facilitator mode), not a big tile."""

    def translated_title(self) -> str:
        return QCoreApplication.translate("HomeTile", self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate("HomeTile", self.description)


class NextStep(NamedTuple):
    """Something a person who just scanned their badge can do next (a big button on home).

    `title` is an English source in the `NextStep` translation context (mark it with
    `QT_TRANSLATE_NOOP("NextStep", ...)`); a tap goes to `screen` with `args`.
    """

    title: str
    icon: str
    screen: str
    order: int = 100
    args: ScreenArgs | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate("NextStep", self.title)


class ScreenEntry(NamedTuple):
    """A screen as its feature package lists it (`SCREENS` in `ui/screens/<feature>/__init__.py`),
    known without importing the module that defines it."""

    name: str
    home_tile: HomeTile | None = None
    facilitator_tile: HomeTile | None = None
    """How the screen appears on the facilitator panel (texts in the `HomeTile` context)."""
    module: str = "screen"
    """The module that registers the screen: relative to the feature package until
    `screen_catalogue()` makes it absolute."""


_CATALOGUE: dict[str, ScreenEntry] = {}


def screen_catalogue() -> dict[str, ScreenEntry]:
    """Every screen the kiosk has, by name, from the feature packages' lists (cheap: no screen
    module is imported)."""
    if not _CATALOGUE:
        import ui.screens

        # Every folder the package spans lists its screens (a test adds one that holds the
        # example feature of `docs/architecture.md`, "Adding a screen").
        packages = {
            path.parent.name
            for folder in ui.screens.__path__
            for path in Path(folder).glob("*/__init__.py")
        }
        for package in sorted(packages):
            feature = importlib.import_module(f"ui.screens.{package}")
            for entry in getattr(feature, "SCREENS", ()):
                if entry.name in _CATALOGUE:
                    raise TypeError(f"two screens are named {entry.name!r}")
                module = f"ui.screens.{package}.{entry.module}"
                _CATALOGUE[entry.name] = entry._replace(module=module)
    return dict(_CATALOGUE)


def home_tiles(catalogue: dict[str, ScreenEntry]) -> list[tuple[str, HomeTile]]:
    """The (screen name, tile) pairs the home screen shows, in order."""
    tiles = [(name, entry.home_tile) for name, entry in catalogue.items() if entry.home_tile]
    return sorted(tiles, key=lambda item: (item[1].order, item[0]))


def facilitator_tiles(catalogue: dict[str, ScreenEntry]) -> list[tuple[str, HomeTile]]:
    """The (screen name, tile) pairs the facilitator panel shows, in order."""
    tiles = [
        (name, entry.facilitator_tile)
        for name, entry in catalogue.items()
        if entry.facilitator_tile is not None
    ]
    return sorted(tiles, key=lambda item: (item[1].order, item[0]))
