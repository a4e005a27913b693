"""Starting the kiosk: the first frame needs no database; the database opens right after it."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

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


def run(config: Config, *, windowed: bool) -> int:
    if config.virtual_keyboard and "QT_IM_MODULE" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    app = application()
    shell, window = build(config)
    set_kiosk_flags(window, windowed=windowed)
    # Importing SQLAlchemy and opening the database waits until the first frame is drawn.
    QTimer.singleShot(0, lambda: shell.tasks.open_context(config))
    code = app.exec()
    shell.tasks.wait_for_done()
    return code
