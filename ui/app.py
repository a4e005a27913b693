"""Starting the kiosk: the first frame needs no database; the database opens right after it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.config import Config
from app.context import AppContext
from ui import theme
from ui.main_window import MainWindow, set_kiosk_flags
from ui.shell import Shell


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Antenne")
    app.setOrganizationName("Smart")
    return app


def build(config: Config, *, context: AppContext | None = None) -> tuple[Shell, MainWindow]:
    """The shell and its window, themed, in the default language, on the attract screen.

    With `context`, services can run at once (tests, screenshots); otherwise call
    `shell.tasks.open_context(config)` once the window is shown.
    """
    app = application()
    shell = Shell(config)
    theme.apply(app, shell.theme)
    window = MainWindow(shell)
    if context is not None:
        shell.tasks.set_context(context)
    window.start()
    return shell, window


class AfterFirstPaint(QObject):
    """Calls `then` once, on the next turn of the event loop after `widget` first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._watched = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            self._watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def run(config: Config, *, windowed: bool, start_screen: str | None = None) -> int:
    if config.virtual_keyboard and "QT_IM_MODULE" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    app = application()
    shell, window = build(config)
    if start_screen is not None:
        shell.go(start_screen)
    # Importing SQLAlchemy and opening the database wait until the first frame is drawn: a
    # worker importing modules holds the GIL long enough to delay that frame.
    after_first_frame = AfterFirstPaint(window, lambda: shell.tasks.open_context(config))
    set_kiosk_flags(window, windowed=windowed)
    code = app.exec()
    del after_first_frame
    shell.tasks.wait_for_done()
    return code
