"""One server for phones held for the whole kiosk (`app.lan_server.LanServer`): found from the
shell, stopped when the kiosk's window closes or the application quits, so no server thread
outlives its kiosk. The phone ballot page and the sessions' calendars each have one
(`ui/ballot_server.py`, `ui/calendar_server.py`)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Self

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.shell import Shell

if TYPE_CHECKING:
    from app.lan_server import LanServer


class ServerHolder(QObject):
    """The kiosk's server of one kind (`NAME` tells the kinds apart among the shell's
    children); subclasses start it when first needed."""

    NAME = "server-holder"

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        # Starting runs on a worker thread, `stop` on either: one lock around the server.
        self._lock = threading.Lock()
        self.server: LanServer | None = None
        self._watched: set[int] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @classmethod
    def of(cls, shell: Shell) -> Self:
        """The shell's holder (made on first use, on the GUI thread)."""
        for child in shell.findChildren(QObject, cls.NAME):
            if isinstance(child, cls):
                return child
        return cls(shell)

    def watch(self, window: QWidget) -> None:
        """Stop when `window` (the kiosk's) closes: a screen showing a code calls it with its
        window."""
        if id(window) not in self._watched:
            self._watched.add(id(window))
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @property
    def running(self) -> bool:
        return self.server is not None

    def stop(self) -> None:
        with self._lock:
            server, self.server = self.server, None
        if server is not None:
            server.stop()
