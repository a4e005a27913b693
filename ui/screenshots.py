"""Rendering screens to PNG without a display (`antenne screenshot`, `make screenshots`)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app.config import LANGUAGES, Config
from app.context import AppContext
from app.errors import BugError
from ui.app import application, build

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

    def file_name(self, screen: str) -> str:
        parts = [screen, self.language]
        if self.large_text:
            parts.append("large-text")
        if self.high_contrast:
            parts.append("high-contrast")
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

    def render_all(self, folder: Path, *, size: tuple[int, int] = (1920, 1080)) -> Iterator[Path]:
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
