"""The kiosk forgets a visitor who walked away.

After `idle_timeout_s` without a touch or a key, a warning covers the screen for
`idle_warning_s` ("More time?"); any touch gives more time. When the warning runs out the
visit ends: every screen's `reset()`, default language and modes, attract screen. In
facilitator mode the whole wait (warning included) is `facilitator_idle_s`, or
`facilitator_personal_idle_s` on a screen that shows people's full names or attendance
(`Screen.shows_personal_data`), then facilitator mode ends as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from ui.widgets.buttons import TouchButton

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Watches every input event of the application (an event filter on it)."""

    sig_warning = Signal(int)
    """Nobody touched the screen for a while: seconds left before the visit ends (each second)."""

    sig_resumed = Signal()
    """Someone touched the screen during the warning."""

    sig_expired = Signal()
    """The warning ran out: the visit is over."""

    def __init__(self, *, idle_s: int, warning_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_s = warning_s
        self._left = 0
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self.set_timeouts(idle_s=idle_s, warning_s=warning_s)

    def install(self) -> None:
        """Watch every input of the application (a touch anywhere restarts the countdown)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def warning(self) -> bool:
        return self._tick.isActive()

    @property
    def timeouts(self) -> tuple[int, int]:
        """The wait before the warning and the warning's, in seconds."""
        return self._idle.interval() // 1000, self._warning_s

    def set_timeouts(self, *, idle_s: int, warning_s: int) -> None:
        self._idle.setInterval(max(1, idle_s) * 1000)
        self._warning_s = max(0, warning_s)
        self.restart()

    def restart(self) -> None:
        was_warning = self.warning
        self._tick.stop()
        self._idle.start()
        if was_warning:
            self.sig_resumed.emit()

    def stop(self) -> None:
        self._tick.stop()
        self._idle.stop()

    def _start_warning(self) -> None:
        self._left = self._warning_s
        if self._left <= 0:
            self._expire()
            return
        self._tick.start()
        self.sig_warning.emit(self._left)

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._expire()
        else:
            self.sig_warning.emit(self._left)

    def _expire(self) -> None:
        self._tick.stop()
        self.sig_expired.emit()
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.restart()
        return False


class IdleOverlay(QFrame):
    """The warning: covers the window, one big button. Any touch gives more time."""

    sig_more_time = Signal()
    """The visitor asked for more time."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        card = QFrame()
        card.setObjectName("IdleCard")
        card.setMaximumWidth(900)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setProperty("role", "lead")
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time = TouchButton(kind="primary", big=True, icon_name="clock")
        self.more_time.clicked.connect(self.sig_more_time)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 48, 48, 48)
        inner.setSpacing(32)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addWidget(self.more_time)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._seconds = 0
        self.retranslate()
        self.hide()

    def show_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.countdown.setText(
            self.tr(
                "The screen starts again for the next person in %n second(s).", "", self._seconds
            )
        )
        self.more_time.setText(self.tr("More time, please"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
