"""Screens and how the kiosk moves between them.

A feature adds a screen by adding one module, `ui/screens/<feature>/screen.py`, that defines a
`Screen` subclass decorated with `@register_screen`. Give it a `home_tile` and the home screen
shows a tile for it; the screenshot command, the idle reset and language changes pick it up
with nothing else to edit:

    @register_screen
    class SkillsScreen(Screen):
        name = "skills"
        home_tile = HomeTile(
            title=QT_TRANSLATE_NOOP("HomeTile", "Share a skill"),
            description=QT_TRANSLATE_NOOP("HomeTile", "Offer what you know, find who can help"),
            icon="hand-helping",
            colour="consultation",
            order=30,
        )

        def __init__(self, shell: Shell) -> None:
            super().__init__(shell)
            ...  # build widgets, then call self.retranslate()

        def title(self) -> str:
            return self.tr("Skills")

        def retranslate(self) -> None: ...  # set every visible text with self.tr()
        def reset(self) -> None: ...        # forget everything the last visitor typed or saw
        def on_enter(self, **params: object) -> None: ...  # load data with self.shell.tasks.run
        def on_changes(self, changes: Changes) -> None: ...  # reload if changes.concerns("skill")
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app import log
from app.changes import Changes

if TYPE_CHECKING:
    from ui.shell import Shell


@dataclass(frozen=True)
class HomeTile:
    """How a screen appears on the home screen. Texts are English sources in the `HomeTile`
    translation context (mark them with `QT_TRANSLATE_NOOP("HomeTile", ...)`)."""

    title: str
    description: str
    icon: str
    colour: str = "primary"
    """A palette token (`primary`, `accent`) or a participation level (`consultation`…)."""
    order: int = 100
    discreet: bool = False
    """A small entry at the bottom of the home screen (facilitator mode), not a big tile."""

    def translated_title(self) -> str:
        return QCoreApplication.translate("HomeTile", self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate("HomeTile", self.description)


class Screen(QWidget):
    """One full screen of the kiosk. Subclasses set `name` and override the hooks they need."""

    name: ClassVar[str] = ""
    home_tile: ClassVar[HomeTile | None] = None
    facilitator_only: ClassVar[bool] = False
    """Shown only in facilitator mode; anyone else is sent to the PIN pad."""
    full_bleed: ClassVar[bool] = False
    """Hide the top bar (the attract screen draws its own language switch)."""

    sig_title_changed = Signal()
    """The screen's title changed (the top bar shows it)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("Screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.shell = shell

    def title(self) -> str:
        """The screen's title in the current language, shown in the top bar."""
        return ""

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def reset(self) -> None:
        """Forget everything about the current visitor: fields, selections, loaded personal data."""

    def on_enter(self, **params: object) -> None:
        """The screen was just shown; `params` come from `shell.go(name, **params)`."""

    def on_leave(self) -> None:
        """Another screen is about to be shown."""

    def on_changes(self, changes: Changes) -> None:
        """A service changed data; reload only if `changes` concerns this screen."""

    def prepare_screenshot(self) -> None:
        """Put the screen in a representative state for `antenne screenshot` (demo data only)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sig_title_changed.emit()
        super().changeEvent(event)


ScreenT = TypeVar("ScreenT", bound=type[Screen])

_REGISTRY: dict[str, type[Screen]] = {}


def register_screen(cls: ScreenT) -> ScreenT:
    """Class decorator: make a screen known to the navigator, home, idle reset and screenshots."""
    if not cls.name:
        raise TypeError(f"{cls.__qualname__} has no name")
    existing = _REGISTRY.get(cls.name)
    if existing is not None and existing is not cls:
        raise TypeError(f"two screens are named {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def discover_screens() -> dict[str, type[Screen]]:
    """Import every `ui/screens/<feature>/screen.py` and return the registry, by name."""
    import ui.screens

    for module in pkgutil.iter_modules(ui.screens.__path__):
        if module.ispkg:
            importlib.import_module(f"ui.screens.{module.name}.screen")
    return dict(_REGISTRY)


def home_tiles(screens: dict[str, type[Screen]]) -> list[tuple[str, HomeTile]]:
    """The (screen name, tile) pairs the home screen shows, in order."""
    tiles = [(name, cls.home_tile) for name, cls in screens.items() if cls.home_tile is not None]
    return sorted(tiles, key=lambda item: (item[1].order, item[0]))


class Navigator(QStackedWidget):
    """Shows one screen at a time. A screen is built the first time it is needed, so the
    kiosk's first frame costs only the screens it shows."""

    sig_screen_changed = Signal(str)
    """Another screen is now shown (its name)."""

    sig_screen_built = Signal(object)
    """A screen was built (the `Screen`), on its first use."""

    def __init__(self, shell: Shell, screens: dict[str, type[Screen]]) -> None:
        super().__init__()
        self._shell = shell
        self._classes = dict(screens)
        self._screens: dict[str, Screen] = {}
        self._history: list[str] = []

    def minimumSizeHint(self) -> QSize:
        # Only the screen shown counts: one tall screen must not make every screen taller.
        widget = self.currentWidget()
        return widget.minimumSizeHint() if widget is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        widget = self.currentWidget()
        return widget.sizeHint() if widget is not None else super().sizeHint()

    def names(self) -> list[str]:
        """Every screen the kiosk has, built or not."""
        return sorted(self._classes)

    def screens(self) -> dict[str, Screen]:
        """The screens built so far (one never built holds nothing to forget)."""
        return dict(self._screens)

    def page(self, name: str) -> Screen:
        screen = self._screens.get(name)
        if screen is None:
            screen = self._classes[name](self._shell)
            self._screens[name] = screen
            self.addWidget(screen)
            self.sig_screen_built.emit(screen)
        return screen

    def current(self) -> Screen:
        widget = self.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def go(self, name: str, **params: object) -> None:
        self._show(name, remember=True, params=params)

    def back(self, fallback: str = "home") -> None:
        name = self._history.pop() if self._history else fallback
        self._show(name, remember=False, params={})

    def _show(self, name: str, *, remember: bool, params: dict[str, object]) -> None:
        target = self.page(name)
        previous = self.currentWidget()
        if isinstance(previous, Screen) and previous is not target:
            previous.on_leave()
            if remember:
                self._history.append(previous.name)
                del self._history[:-20]
        self.setCurrentWidget(target)
        self.updateGeometry()
        # The screen, not its first button, takes focus: no focus ring until a key is used.
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.on_enter(**params)
        log.ui.debug("screen %s", name)
        self.sig_screen_changed.emit(name)

    def reset_all(self) -> None:
        """Every screen forgets the last visitor (idle, end of facilitator mode)."""
        self._history.clear()
        for screen in self._screens.values():
            screen.reset()

    def broadcast(self, changes: Changes) -> None:
        for screen in self._screens.values():
            screen.on_changes(changes)
