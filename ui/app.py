"""Starting the kiosk: the first frame needs no database; the database opens right after it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from app import log
from app.config import Config
from ui import theme
from ui.main_window import MainWindow, show_kiosk
from ui.shell import Shell

if TYPE_CHECKING:
    from app.context import AppContext
    from app.errors import Message

# The offscreen platform (screenshots, benchmarks) warns on every resize that it cannot pass
# size hints to a window manager it does not have.
_HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log, under `antenne.ui`, without the known noise."""
    if message in _HARMLESS_QT_MESSAGES:
        return
    log.ui.log(_QT_LOG_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (an existing one is reused: pytest-qt keeps its own handler)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Antenne")
    app.setOrganizationName("Smart")
    return app


def build(
    config: Config, *, context: AppContext | None = None, start_screen: str = "attract"
) -> tuple[Shell, MainWindow]:
    """The shell and its window, themed, in the default language, on `start_screen`.

    With `context`, services can run at once (tests, screenshots); otherwise call
    `shell.tasks.open_context(config)` once the window is shown.
    """
    app = application()
    shell = Shell(config)
    theme.apply(app, shell.theme)
    # The translator goes in before the widgets: they are built in the visitor's language
    # instead of all being told to retranslate themselves.
    shell.set_language(shell.default_language)
    window = MainWindow(shell)
    window.start(start_screen)
    if context is not None:
        # Tests and screenshots: no first frame to wait for.
        shell.tasks.set_context(context)
        shell.first_frame_drawn()
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


def run(
    config: Config,
    *,
    windowed: bool,
    start_screen: str | None = None,
    notices: Sequence[Message] = (),
) -> int:
    """Start the kiosk; `notices` are problems found before it started, for facilitators."""
    if config.virtual_keyboard and "QT_IM_MODULE" not in os.environ:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    app = application()
    # Straight to the start screen: building the attract screen only to leave it costs time.
    shell, window = build(config, start_screen=start_screen or "attract")
    shell.notices.extend(notices)

    # Importing SQLAlchemy and opening the database wait until the first frame is drawn: a
    # worker importing modules holds the GIL long enough to delay that frame.
    def first_frame_drawn() -> None:
        shell.first_frame_drawn()
        shell.tasks.open_context(config)

    after_first_frame = AfterFirstPaint(window, first_frame_drawn)
    show_kiosk(window, windowed=windowed)
    code = app.exec()
    del after_first_frame
    shell.tasks.wait_for_done()
    return code
