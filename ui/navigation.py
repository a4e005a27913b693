"""Screens and how the kiosk moves between them: `Screen`, `register_screen`, the `Navigator`.

How to add a screen (its package, its list of screens and tiles, its ops, the hooks a screen
overrides), with a whole feature as a worked example: `docs/architecture.md`, "Adding a
screen". A screen taller than the window scrolls in the navigator's host; its main buttons stay
pinned under it (`Screen.pin_actions`; `docs/architecture.md`, "Pinned actions").
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QMargins, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import log
from app.changes import Changes
from ui.catalogue import NextStep, ScreenEntry, screen_catalogue
from ui.first_frame import set_focus_policy
from ui.theme import restyle
from ui.widgets.page_stack import PageStack
from ui.widgets.scrolling import VerticalScrollArea, kinetic

if TYPE_CHECKING:
    import uuid

    from app.badges.types import BadgeHolder
    from ui.screen_args import ScreenArgs
    from ui.shell import Shell

    Hop = tuple[str, ScreenArgs | None]
    """Where the kiosk goes next: a screen's name and its arguments."""


class Screen(QWidget):
    """One full screen of the kiosk. Subclasses set `name` and override the hooks they need."""

    name: ClassVar[str] = ""
    facilitator_only: ClassVar[bool] = False
    """Shown only in facilitator mode; anyone else is sent to the PIN pad."""

    @classmethod
    def needs_facilitator(cls, args: ScreenArgs | None) -> bool:
        """Whether opening it with `args` needs facilitator mode: `facilitator_only`, unless a
        screen opens a narrower part of itself to others (a host's list of their session)."""
        return cls.facilitator_only

    shows_personal_data: ClassVar[bool] = False
    """Shows people's full names or attendance (who is here, a roll call, a register, a
    person's data): facilitator mode locks itself sooner while it is open
    (`Config.facilitator_personal_idle_s`)."""

    full_bleed: ClassVar[bool] = False
    """Hide the top bar (the attract screen draws its own language switch)."""
    room_display: ClassVar[bool] = False
    """Read by a whole room (the projector): no kiosk chrome at all, not even facilitator
    mode's band."""
    accepts_badges: ClassVar[bool] = True
    """A badge scanned while this screen shows is verified and announced
    (`shell.sig_badge_scanned`); False: scans are swallowed and only `shell.sig_raw_scanned`
    says so (a voting booth's privacy screen, say)."""
    args_type: ClassVar[type[ScreenArgs] | None] = None
    """The kind of arguments `on_enter` takes (`ui.screen_args`); None: it takes none. The
    navigator refuses any other kind."""
    scrolls: ClassVar[bool] = True
    """Scrolls vertically when it needs more height than the window has. False: the screen
    fits whatever space it gets and scrolls its own parts (an outer scroll area would fight
    them)."""

    sig_title_changed = Signal()
    """The screen's title changed (the top bar shows it)."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.setObjectName("Screen")
        set_focus_policy(self, "StrongFocus")
        self.shell = shell
        self.host: VerticalScrollArea | None = None
        """The scroll area the navigator shows the screen in (None: `scrolls` is False)."""
        self.pinned: QWidget | None = None
        """The screen's main buttons, pinned under the part that scrolls (`pin_actions`)."""
        self._rearranging = False

    def pin_actions(self, row: QLayout) -> QWidget:
        """Keep `row` (the screen's main buttons, a message beside them) at the bottom of the
        window, under the part of the screen that scrolls: a visitor never has to scroll to
        find "Continue". Call it in `__init__` instead of adding `row` to the screen's layout;
        returns the bar holding it (hide that to hide the row and its margins)."""
        if not self.scrolls:
            raise TypeError(f"{self.name}: a screen that does not scroll lays out its own buttons")
        bar = QWidget()
        bar.setObjectName("ScreenActions")
        bar.setLayout(row)
        self.pinned = bar
        return bar

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        """What this screen offers a person who just scanned their badge (home shows it)."""
        return None

    @classmethod
    def home_news_for(
        cls, home: Screen, holder: BadgeHolder, show: Callable[[QWidget], None]
    ) -> None:
        """Tell a person who just scanned their badge on home something of this screen's
        feature that needs reading (their session of the hour, what changed since they last
        looked): read it on `home` (`ui.ops.run_query`/`run_op`) and hand `show` a widget for
        under the greeting. Nothing by default."""

    @classmethod
    def check_in_question_for(
        cls,
        screen: Screen,
        person_id: uuid.UUID,
        then: Hop,
        answer: Callable[[Hop | None], None],
    ) -> bool:
        """Something this screen's feature asks a person who has just checked in (their posts
        to keep fresh): False (the default) when it never asks; else read it on `screen` and
        call `answer` once, with this screen and arguments that go on to `then` afterwards, or
        with None when there is nothing to ask. A question that cannot be read answers None:
        it is never in the way of the check-in (`ask_after_check_in`)."""
        return False

    @classmethod
    def attract_news_for(cls, attract: Screen, show: Callable[[QWidget | None], None]) -> None:
        """Something of this screen's feature for whoever passes the attract screen (what is
        on now, next today): read it on `attract` and hand `show` a widget for under the
        stories, or None when there is nothing (any earlier one goes). Asked only once every
        screen's module is loaded, after the first frame (`Shell.sig_screens_loaded`), then
        each time the attract screen is shown and every minute it stays. Nothing by default."""

    def title(self) -> str:
        """The screen's title in the current language, shown in the top bar."""
        return ""

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def reset(self) -> None:
        """Forget everything about the current visitor: fields, selections, loaded personal data."""

    def on_enter(self, args: ScreenArgs | None) -> None:
        """The screen was just shown; `args` come from `shell.go(name, args)` (None: "back",
        or no arguments), of the screen's `args_type`."""

    def on_leave(self) -> None:
        """Another screen is about to be shown."""

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """A service changed data; reload only if `changes` concerns this screen.

        `initiator` is who asked for the change (`tasks.run(..., initiator=self)`), None for
        the sync or housekeeping: a screen that acted and already shows the outcome skips its
        own changes."""

    def prepare_screenshot(self) -> None:
        """Put the screen in a representative state for `antenne screenshot` (demo data only)."""

    def still_drawing(self) -> bool:
        """True while the screen builds what it has read a little at a time (the skills
        board's cards out of sight come a turn after the first paint): a screenshot, or a
        test measuring the screen, waits for it."""
        return False

    def keyboard_field(self) -> QWidget | None:
        """The field a visitor types in first here, with the on-screen keyboard (`antenne
        screenshot --keyboard` opens it there): the first visible field that takes text,
        None when the screen shows none."""
        for field in self.findChildren(QWidget):
            if (
                isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit)
                and not field.isReadOnly()
                and field.isVisibleTo(self)
                and field.isEnabled()
            ):
                return field
        return None

    def keyboard_result(self) -> QRect | None:
        """Where the first thing found by what is typed in `keyboard_field` shows (a name, a
        post), in the screen's coordinates; None when typing there finds nothing to show."""
        return None

    def arrange(self, space: QSize) -> None:
        """Fit the layout to `space`, the room the screen is shown in (portrait or landscape,
        how many columns). Called before the screen is laid out in it. The screen itself may be
        taller than `space` (it scrolls): decide from `space`, never from the screen's size."""

    def space(self) -> QSize:
        """The room the screen is shown in (the window minus the top bar)."""
        return self.host.size() if self.host is not None else self.size()

    def room(self, space: QSize) -> int:
        """How wide the screen can be in `space` (its scroll bar takes the rest)."""
        bar = self.host.verticalScrollBar().sizeHint().width() if self.host is not None else 0
        return space.width() - bar

    def minimum_width(self) -> int:
        """The least width the screen's layouts need as they are now arranged.

        A layout keeps its measures until told they changed, and a change deep inside
        (another direction, other columns) does not tell the layouts around it: every one of
        them measures again here."""
        layout = self.layout()
        if layout is None:
            return 0
        self.invalidate_layouts()
        return layout.minimumSize().width()

    def invalidate_layouts(self) -> None:
        """Make every layout of the screen measure again, those of the widgets in it included:
        a change deep inside reaches none of the layouts around it by itself. A layout keeps
        each widget's measures too, until that widget's geometry is said to change (a card
        holding buttons that now take one column, not two): every widget says so."""
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        for layout in self.findChildren(QLayout):
            layout.invalidate()

    def side_by_side_if_room(self, box: QBoxLayout, room: int) -> None:
        """Lay `box` out left to right when the whole screen then fits `room` wide, one under
        the other otherwise (portrait, large text, long Dutch words)."""
        box.setDirection(QBoxLayout.Direction.LeftToRight)
        if self.minimum_width() > room:
            box.setDirection(QBoxLayout.Direction.TopToBottom)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if self.host is not None and layout is not None and layout.hasHeightForWidth():
            # The scroll area makes the screen this tall (or as tall as the window): the least
            # height its wrapped texts need, so it scrolls only when it must.
            return layout.totalMinimumHeightForWidth(width)
        return super().heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.host is None:
            self.arrange(event.size())
        super().resizeEvent(event)

    def rearrange(self) -> None:
        """Arrange again in the same space, once the events being handled are done (texts
        changed language or size: a column may no longer fit)."""
        if not self._rearranging:
            self._rearranging = True
            QTimer.singleShot(0, self, self._rearrange_now)

    def _rearrange_now(self) -> None:
        self._rearranging = False
        self.arrange(self.space())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.sig_title_changed.emit()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            self.rearrange()
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


def screen_class(name: str) -> type[Screen]:
    """The class of screen `name`, its module imported on first use."""
    cls = _REGISTRY.get(name)
    if cls is None:
        entry = screen_catalogue()[name]
        importlib.import_module(entry.module)
        cls = _REGISTRY.get(name)
        if cls is None:
            raise TypeError(f"{entry.module} does not register the screen {name!r}")
    return cls


def discover_screens() -> dict[str, type[Screen]]:
    """Every screen class, by name: imports every screen module and checks that the feature
    packages list exactly the screens their modules register."""
    catalogue = screen_catalogue()
    classes = {name: screen_class(name) for name in catalogue}
    unlisted = sorted(set(_REGISTRY) - set(catalogue))
    if unlisted:
        raise TypeError(f"screens registered but not listed in a feature's SCREENS: {unlisted}")
    return classes


def screen_classes(catalogue: dict[str, ScreenEntry]) -> dict[str, type[Screen]]:
    """The class of every screen in `catalogue`, by name (imports the modules not imported yet)."""
    return {name: screen_class(name) for name in catalogue}


def next_steps(catalogue: dict[str, ScreenEntry], holder: BadgeHolder) -> list[NextStep]:
    """What the screens offer `holder` next, in order (data-driven, like the home tiles)."""
    screens = screen_classes(catalogue).values()
    steps = [step for cls in screens if (step := cls.next_step_for(holder)) is not None]
    return sorted(steps, key=lambda step: (step.order, step.screen))


def ask_after_check_in(screen: Screen, person_id: uuid.UUID, then: Hop) -> None:
    """Go on to `then` (a screen and its arguments) through the questions the features ask a
    person who has just checked in (`Screen.check_in_question_for`), asked one after the other.
    The caller asks at a visit's first check-in only: one prompt per visit."""
    askers = list(screen_classes(screen.shell.router.catalogue()).values())

    def answered(index: int, hop: Hop, found: Hop | None) -> None:
        ask(index, found or hop)

    def ask(index: int, hop: Hop) -> None:
        while index < len(askers):
            cls = askers[index]
            index += 1
            if cls.check_in_question_for(screen, person_id, hop, partial(answered, index, hop)):
                return
        screen.shell.go(hop[0], hop[1])

    ask(0, then)


class ScreenHost(VerticalScrollArea):
    """Shows one screen; it scrolls when the screen needs more height than there is."""

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.hosted = screen
        screen.host = self

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Orientation and columns first: they change how much height the screen needs.
        self.hosted.arrange(event.size())
        super().resizeEvent(event)


class PinnedActions(QWidget):
    """A scrolling screen above its pinned buttons (`Screen.pin_actions`). The bar lines up
    with the screen's margins, and draws a rule over itself while the screen is cut off
    above it, so that a visitor sees there is more."""

    def __init__(self, host: ScreenHost, bar: QWidget) -> None:
        super().__init__()
        self.host = host
        self.bar = bar
        screen_layout = host.hosted.layout()
        self._margins = screen_layout.contentsMargins() if screen_layout is not None else QMargins()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(host, 1)
        layout.addWidget(bar)
        host.verticalScrollBar().rangeChanged.connect(self._show_cut)
        self._show_cut(0, 0)

    def _show_cut(self, _minimum: int, maximum: int) -> None:
        cut = maximum > 0
        row, margins = self.bar.layout(), self._margins
        if row is not None:
            # The screen's right margin is inside the scroll bar, when there is one.
            bar = self.host.verticalScrollBar().sizeHint().width() if cut else 0
            row.setContentsMargins(margins.left(), 16, margins.right() + bar, margins.bottom())
        restyle(self.bar, "cut", cut)


class Navigator(PageStack):
    """Shows one screen at a time. A screen is built the first time it is needed, so the
    kiosk's first frame costs only the screen it shows; `preload()` imports the other screens'
    modules in the background once that frame is drawn, so that no first tap waits for one.
    It is the shell's `Router`: the main window attaches it to the shell once built."""

    follows_page_height = False  # a screen too tall for the window scrolls in its host

    sig_screen_changed = Signal(str)
    """Another screen is now shown (its name)."""

    sig_screen_built = Signal(object)
    """A screen was built (the `Screen`), on its first use."""

    def __init__(self, shell: Shell, catalogue: dict[str, ScreenEntry]) -> None:
        super().__init__()
        self._shell = shell
        self._catalogue = dict(catalogue)
        self._screens: dict[str, Screen] = {}
        self._frames: dict[str, QWidget] = {}
        self._history: list[str] = []
        self._to_preload: list[str] = []

    def _frame(self, screen: Screen) -> QWidget:
        """The widget the stack shows for `screen` (its scroll area with its pinned buttons,
        its scroll area, or itself)."""
        return self._frames[screen.name]

    # Only the screen shown counts (a PageStack): one tall screen must not make every screen
    # taller.

    def sizeHint(self) -> QSize:
        return self.current().sizeHint() if self.currentWidget() is not None else super().sizeHint()

    def names(self) -> list[str]:
        """Every screen the kiosk has, built or not."""
        return sorted(self._catalogue)

    def catalogue(self) -> dict[str, ScreenEntry]:
        """Every screen the kiosk has, by name, as its feature lists it (built or not)."""
        return dict(self._catalogue)

    def facilitator_only(self, name: str, args: ScreenArgs | None = None) -> bool:
        """Whether screen `name`, opened with `args`, is for facilitators only (its module
        imported, not built)."""
        return screen_class(name).needs_facilitator(args)

    def current_name(self) -> str:
        return self.current().name

    def screens(self) -> dict[str, Screen]:
        """The screens built so far (one never built holds nothing to forget)."""
        return dict(self._screens)

    def preload(self) -> None:
        """Import the screens' modules one per turn of the event loop, between touches."""
        self._to_preload = [name for name in self.names() if name not in _REGISTRY]
        self._preload_next()

    def _preload_next(self) -> None:
        while self._to_preload:
            name = self._to_preload.pop()
            if name not in _REGISTRY:
                screen_class(name)
                QTimer.singleShot(0, self, self._preload_next)
                return
        # Every module is imported and the window built: what exists now lives as long as the
        # kiosk. Left to the collector, each of its full passes walks all of it again (about
        # 90 ms with PySide's wrappers, at a moment set by whatever a screen's read allocates:
        # the week of sessions' p95, benchmarks/README.md); frozen, a pass walks only what
        # came after. What is garbage already is collected first, not frozen for good.
        gc.collect()
        gc.freeze()
        self._shell.screens_loaded()

    def page(self, name: str) -> Screen:
        screen = self._screens.get(name)
        if screen is None:
            screen = screen_class(name)(self._shell)
            self._screens[name] = screen
            frame: QWidget = screen
            if screen.scrolls:
                host = ScreenHost(screen)
                frame = host if screen.pinned is None else PinnedActions(host, screen.pinned)
                self._shell.after_first_frame(lambda: kinetic(host))
            self._frames[name] = frame
            self.addWidget(frame)
            self.sig_screen_built.emit(screen)
        return screen

    def current(self) -> Screen:
        widget = self.currentWidget()
        if isinstance(widget, PinnedActions):
            return widget.host.hosted
        if isinstance(widget, ScreenHost):
            return widget.hosted
        assert isinstance(widget, Screen)
        return widget

    def go(self, name: str, args: ScreenArgs | None = None) -> None:
        self._show(name, remember=True, args=args)

    def back(self, fallback: str = "home") -> None:
        name = self._history.pop() if self._history else fallback
        self._show(name, remember=False, args=None)

    def _show(self, name: str, *, remember: bool, args: ScreenArgs | None) -> None:
        expected = screen_class(name).args_type
        if args is not None and (expected is None or not isinstance(args, expected)):
            # A caller's mistake, refused before anything changes on screen.
            takes = expected.__name__ if expected is not None else "no arguments"
            raise TypeError(f"screen {name!r} takes {takes}, not {type(args).__name__}")
        target = self.page(name)
        previous = self.current() if self.currentWidget() is not None else None
        if previous is not None and previous is not target:
            previous.on_leave()
            if remember:
                self._history.append(previous.name)
                del self._history[:-20]
        if remember and target.host is not None:
            # A screen one goes to starts at its top; "back" finds it where it was left.
            target.host.scroll_to_top()
        self.setCurrentWidget(self._frame(target))
        self.updateGeometry()
        # The screen, not its first button, takes focus: no focus ring until a key is used.
        target.setFocus()
        target.on_enter(args)
        # What it shows may have changed since it was last laid out (another language, other
        # data): columns and directions are chosen again for this visit.
        target.rearrange()
        log.ui.debug("screen %s", name)
        self.sig_screen_changed.emit(name)

    def reset_all(self) -> None:
        """Every screen forgets the last visitor (idle, end of facilitator mode)."""
        self._history.clear()
        for screen in self._screens.values():
            screen.reset()
            if screen.host is not None:
                screen.host.scroll_to_top()

    def broadcast(self, changes: Changes, initiator: object) -> None:
        for screen in self._screens.values():
            screen.on_changes(changes, initiator)
