"""Rendering screens to PNG without a display (`antenne screenshot`, `make screenshots`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from app.config import LANGUAGES, Config
from app.context import AppContext
from app.errors import BugError
from ui.app import application, build
from ui.keyboard import KEYBOARD_LOCALES, keyboard_rect

READY_TIMEOUT_S = 30.0
PNG_QUALITY = 0
"""Qt's PNG "quality" is zlib's effort: 0 packs hardest (the set stays small in the repository;
a shot takes a few milliseconds more)."""


@dataclass(frozen=True)
class Variant:
    """One way every screen is shot for docs/screenshots (`render_all`)."""

    language: str
    large_text: bool = False
    high_contrast: bool = False
    size: tuple[int, int] | None = None
    """None: the reference size `render_all` is given."""

    keyboard: bool = False
    """With the on-screen keyboard open over the screen's first field (`KEYBOARD_VARIANTS`)."""

    def file_name(self, screen: str) -> str:
        parts = [screen, self.language]
        if self.large_text:
            parts.append("large-text")
        if self.high_contrast:
            parts.append("high-contrast")
        if self.keyboard:
            parts.append("keyboard")
        if self.size is not None:
            parts.append(f"{self.size[0]}x{self.size[1]}")
        return "-".join(parts) + ".png"


VARIANTS = (
    *(Variant(language) for language in LANGUAGES),
    # Large text and high contrast together, in the two languages whose words run longest.
    Variant("nl", large_text=True, high_contrast=True),
    Variant("en", large_text=True, high_contrast=True),
    # The small laptop and portrait, in the longest language with large text (issue #19).
    Variant("nl", large_text=True, size=(1366, 768)),
    Variant("nl", large_text=True, size=(1080, 1920)),
)
"""Every screen in each language at the reference size, plus the hardest cases: about 7 shots a
screen (docs/architecture.md, "Screenshots")."""

KEYBOARD_VARIANTS = (
    *(Variant(language, keyboard=True) for language in LANGUAGES),
    Variant("nl", large_text=True, size=(1366, 768), keyboard=True),
    Variant("nl", large_text=True, size=(1080, 1920), keyboard=True),
)
"""The screens a visitor types in, with the on-screen keyboard open: each language at the
reference size, and the small laptop and portrait in the longest language with large text.
The keyboard spans the display it opens on, so one run renders one size (`antenne screenshot
--all DIR --keyboard --size WxH` under a display of that size; `make screenshots` runs the
three)."""

KEYBOARD_SHOWN_S = 10.0
"""How long the on-screen keyboard may take to show (QtQuick loads at its first showing)."""
KEYBOARD_SETTLE_S = 0.5
"""Its sliding in and the screens' layout in the smaller room."""


class Renderer:
    """One window reused for every shot: switching language and theme live is what the kiosk
    does anyway, and it is much faster than a window per shot."""

    def __init__(self, config: Config, context: AppContext) -> None:
        self.app = application()
        self.shell, self.window = build(config, context=context)
        self.window.idle.stop()
        self.window.show()

    def screen_names(self) -> list[str]:
        return self.window.navigator.names()

    def render(
        self,
        screen: str,
        out: Path,
        *,
        language: str = "fr",
        size: tuple[int, int] = (1920, 1080),
        large_text: bool = False,
        high_contrast: bool = False,
        keyboard: bool = False,
    ) -> Path:
        self.show(
            screen, language=language, size=size, large_text=large_text, high_contrast=high_contrast
        )
        if keyboard:
            self.open_keyboard(screen)
            pixmap = self.grab_display()
        else:
            pixmap = self.window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(out), "PNG", PNG_QUALITY):
            raise OSError(f"cannot write {out}")
        self.forget()
        return out

    def show(
        self,
        screen: str,
        *,
        language: str = "fr",
        size: tuple[int, int] = (1920, 1080),
        large_text: bool = False,
        high_contrast: bool = False,
    ) -> None:
        """Put `screen` on the window in its representative state, data loaded, laid out."""
        shell, window = self.shell, self.window
        window.idle.stop()
        shell.set_modes(large_text=large_text, high_contrast=high_contrast)
        shell.set_language(language)
        # As on the kiosk, where the window is the screen: layouts fit the size.
        window.setFixedSize(*size)
        window.navigator.page(screen).prepare_screenshot()
        shell.go(screen)
        self.wait_until_ready()

    def render_all(
        self, folder: Path, *, size: tuple[int, int] = (1920, 1080), keyboard: bool = False
    ) -> Iterator[Path]:
        """Every screen in every variant; with `keyboard`, the screens a visitor types in with
        the keyboard open, in the `KEYBOARD_VARIANTS` of `size` (`size` the reference one:
        those of no size)."""
        if keyboard:
            variants = [
                variant
                for variant in KEYBOARD_VARIANTS
                if (variant.size is None and size == (1920, 1080)) or variant.size == size
            ]
            for screen in self.keyboard_screens() if variants else []:
                for variant in variants:
                    yield self.render(
                        screen,
                        folder / variant.file_name(screen),
                        language=variant.language,
                        size=size,
                        large_text=variant.large_text,
                        keyboard=True,
                    )
            return
        for screen in self.screen_names():
            for variant in VARIANTS:
                yield self.render(
                    screen,
                    folder / variant.file_name(screen),
                    language=variant.language,
                    size=variant.size or size,
                    large_text=variant.large_text,
                    high_contrast=variant.high_contrast,
                )

    def keyboard_screens(self) -> list[str]:
        """The screens that show a field to type in, in their screenshot state."""
        names = []
        for screen in self.screen_names():
            self.show(screen)
            if self.window.navigator.current().keyboard_field() is not None:
                names.append(screen)
            self.forget()
        return names

    def open_keyboard(self, screen: str) -> None:
        """Tap the screen's first field, as a visitor would, and wait for the on-screen keyboard
        to show and the screen to make room for it. Needs a real display and Qt Virtual
        Keyboard (`virtual_display`)."""
        shown = self.window.navigator.current()
        field = shown.keyboard_field()
        if field is None:
            raise BugError(f"{screen} has no field to type in")
        self.window.activateWindow()
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        method = QGuiApplication.inputMethod()
        method.show()
        deadline = time.monotonic() + KEYBOARD_SHOWN_S
        while not (method.isVisible() and self.window.keyboard_room.covered):
            if time.monotonic() > deadline:
                raise BugError("the on-screen keyboard did not show (QT_IM_MODULE, a display?)")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        # Its layout in the kiosk's language loads after its first showing.
        wanted = KEYBOARD_LOCALES[self.shell.language]
        while self.window.keyboard_room.layout_locale() != wanted:
            if time.monotonic() > deadline:
                raise BugError(f"the on-screen keyboard did not take the layout {wanted}")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        settle = time.monotonic() + KEYBOARD_SETTLE_S
        while time.monotonic() < settle:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        self.wait_until_ready()

    def keyboard_report(self) -> dict[str, list[int] | None]:
        """Where the keyboard, the field typed in and the first thing found are, in the
        window's coordinates (x, y, width, height), the keyboard open (`open_keyboard`)."""
        shown = self.window.navigator.current()
        field = shown.keyboard_field()
        result = shown.keyboard_result()
        on_screen = keyboard_rect()
        keyboard = QRect(self.window.mapFromGlobal(on_screen.topLeft()), on_screen.size())

        def in_window(widget: QWidget, rect: QRect) -> list[int]:
            top_left = widget.mapTo(self.window, rect.topLeft())
            return [top_left.x(), top_left.y(), rect.width(), rect.height()]

        return {
            "keyboard": [keyboard.x(), keyboard.y(), keyboard.width(), keyboard.height()],
            "field": in_window(field, field.rect()) if field is not None else None,
            "result": in_window(shown, result) if result is not None else None,
            "window": [0, 0, self.window.width(), self.window.height()],
        }

    def grab_display(self) -> QPixmap:
        """The window as the display shows it: the keyboard's own window over it included."""
        origin = self.window.mapToGlobal(QPoint(0, 0))
        screen = self.window.screen()
        return screen.grabWindow(
            0, origin.x(), origin.y(), self.window.width(), self.window.height()
        )

    def wait_until_ready(self) -> None:
        """Let data load (the task runner idle) and layouts settle before grabbing; every
        screen module loaded first, as on a kiosk running a while (the attract screen's news
        is asked then)."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        tasks = self.shell.tasks
        screen = self.window.navigator.current()
        while (
            tasks.busy
            or tasks.context is None
            or not self.shell.all_screens_loaded
            or screen.still_drawing()
        ):
            if time.monotonic() > deadline:
                raise BugError("the screen did not finish loading its data")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        for _ in range(3):
            # Widgets just built show on the next turn, then their layouts settle, inside out.
            QApplication.processEvents()
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def forget(self) -> None:
        """No state of one shot leaks into the next (a demo facilitator session, say)."""
        QGuiApplication.inputMethod().hide()
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()
        if self.shell.facilitator is not None:
            self.shell.facilitator = None
            self.shell.sig_facilitator_changed.emit()
        self.window.navigator.reset_all()

    def close(self) -> None:
        self.window.close()
        self.shell.translations.uninstall()


XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11")
"""What Qt's xcb platform needs beyond the offscreen one (Debian's libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0: `.ci/run` installs them)."""


def has_virtual_display() -> bool:
    """Whether `virtual_display` can start one (Debian's `xvfb`) and Qt can show a window on
    it."""
    from ctypes.util import find_library

    return shutil.which("Xvfb") is not None and all(map(find_library, XCB_LIBRARIES))


@contextmanager
def virtual_display(size: tuple[int, int]) -> Iterator[None]:
    """A private X display of `size` (Xvfb) for a real window and Qt Virtual Keyboard, which
    offscreen cannot show: sets the environment the QApplication made inside reads. The
    display lasts as long as that QApplication's process."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{size[0]}x{size[1]}x24",
            "-nolisten",
            "tcp",
            # It ends when its last client does: the QApplication, which outlives this block
            # and talks to it until the process ends.
            "-terminate",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    saved = {name: os.environ.get(name) for name in ("DISPLAY", "QT_QPA_PLATFORM", "QT_IM_MODULE")}
    try:
        if not number:
            raise OSError("Xvfb did not start")
        os.environ.update(
            DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", QT_IM_MODULE="qtvirtualkeyboard"
        )
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if QApplication.instance() is None:
            server.terminate()
            server.wait()
