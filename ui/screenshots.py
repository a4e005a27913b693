"""Rendering screens to PNG without a display (`antenne screenshot`, `make screenshots`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app.config import LANGUAGES, Config
from app.context import AppContext
from app.errors import BugError
from ui.app import application, build

READY_TIMEOUT_S = 30.0
VARIANTS = (
    ("", False, False),
    ("large-text", True, False),
    ("high-contrast", False, True),
)


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
    ) -> Path:
        self.show(
            screen, language=language, size=size, large_text=large_text, high_contrast=high_contrast
        )
        pixmap = self.window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(out), "PNG"):
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

    def render_all(self, folder: Path, *, size: tuple[int, int] = (1920, 1080)) -> Iterator[Path]:
        for screen in self.screen_names():
            for language in LANGUAGES:
                yield self.render(
                    screen, folder / f"{screen}-{language}.png", language=language, size=size
                )
            for suffix, large_text, high_contrast in VARIANTS[1:]:
                yield self.render(
                    screen,
                    folder / f"{screen}-fr-{suffix}.png",
                    language="fr",
                    size=size,
                    large_text=large_text,
                    high_contrast=high_contrast,
                )

    def wait_until_ready(self) -> None:
        """Let data load (the task runner idle) and layouts settle before grabbing; every
        screen module loaded first, as on a kiosk running a while (the attract screen's news
        is asked then)."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        tasks = self.shell.tasks
        while tasks.busy or tasks.context is None or not self.shell.all_screens_loaded:
            if time.monotonic() > deadline:
                raise BugError("the screen did not finish loading its data")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        for _ in range(3):
            QApplication.processEvents()

    def forget(self) -> None:
        """No state of one shot leaks into the next (a demo facilitator session, say)."""
        if self.shell.facilitator is not None:
            self.shell.facilitator = None
            self.shell.sig_facilitator_changed.emit()
        self.window.navigator.reset_all()

    def close(self) -> None:
        self.window.close()
        self.shell.translations.uninstall()
