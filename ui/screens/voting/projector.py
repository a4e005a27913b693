"""For the room: the projector (the question, a labelled countdown, the turnout, how to vote by
phone), the results once revealed, and the projector as a window of its own. What the room
sees is `room.RoomDisplay`, scaled to the screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from app.changes import Changes, Entity
from app.voting.queries import VoteState
from ui.navigation import register_screen
from ui.screen_args import ScreenArgs, VoteArgs
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.room import RoomDisplay, RoomView, demo_results
from ui.screens.voting.widgets import DEMO_TURNOUT, demo_vote
from ui.shell import Shell
from ui.widgets.page_stack import PageStack

# -- Projector -----------------------------------------------------------------------------------


class RoomScreen(VoteScreen):
    """A screen showing the room display (`room.RoomDisplay`) scaled to the screen: no kiosk
    chrome, nothing to scroll. On the kiosk's own screen a tap anywhere goes back."""

    full_bleed = True
    room_display = True
    scrolls = False
    shows_header = False
    results: ClassVar[bool] = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.board = RoomDisplay()
        self.view = RoomView(self.board)
        self.phone_address: Callable[[], str] = self.ballot_server.address
        """Where phones vote (the server's address; a screenshot's is made up)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate()

    def arrange(self, space: QSize) -> None:
        self._modes(portrait=space.height() > space.width())

    def _modes(self, *, portrait: bool | None = None) -> None:
        self.board.set_modes(
            high_contrast=self.shell.theme.high_contrast,
            portrait=self.board.portrait if portrait is None else portrait,
            language=self.shell.language,
        )
        self.view.rescale()

    def reset(self) -> None:
        super().reset()
        self.phone_address = self.ballot_server.address

    def show_state(self) -> None:
        super().show_state()
        self._modes()
        self.board.phone_address = self.phone_address()
        self.board.show_state(self.state, results=self.results)
        self.view.rescale()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # The kiosk's own screen shows the room display whole: a tap goes back to the console.
        if isinstance(self.window(), QMainWindow):
            self.shell.back()
        super().mouseReleaseEvent(event)


@register_screen
class ProjectorScreen(RoomScreen):
    """For the room: the question, a labelled countdown, the turnout, how to vote by phone;
    never a result."""

    name = "vote-projector"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.board.tick)

    def title(self) -> str:
        return self.tr("Projector")

    def prepare_screenshot(self) -> None:
        self.phone_address = lambda: "http://192.168.1.20:8765"
        self.show_fixed(VoteState(demo_vote("motion"), DEMO_TURNOUT, True))

    def on_enter(self, args: ScreenArgs | None) -> None:
        super().on_enter(args)
        self.timer.start()

    def on_leave(self) -> None:
        self.timer.stop()


@register_screen
class ProjectorResultsScreen(RoomScreen):
    """After the reveal: the verdict, the bars and the engine's explanation."""

    name = "vote-projector-results"
    results = True

    def title(self) -> str:
        return self.tr("Results")

    def prepare_screenshot(self) -> None:
        self.show_fixed(demo_results("motion-adopted"))


class ProjectorWindow(QWidget):
    """The projector as a second top-level window: full screen on the second screen when the
    kiosk has one, otherwise an ordinary window (to drag onto a projector, or to show on a
    screen shared by a video call). Same content as `vote-projector`, then
    `vote-projector-results` once the results are revealed."""

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.shell = shell
        if parent is not None:
            parent.installEventFilter(self)  # it closes with the kiosk's window
        self.live = ProjectorScreen(shell)
        self.results = ProjectorResultsScreen(shell)
        self.pages = PageStack()
        self.pages.addWidget(self.live)
        self.pages.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.second_screen = False
        self.live.sig_loaded.connect(self._loaded)
        self.results.sig_loaded.connect(self._loaded)
        shell.tasks.sig_changes.connect(self._changed)
        shell.sig_language_changed.connect(self._retranslate)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ProjectorWindow", "Antenne — projector"))
        for screen in (self.live, self.results):
            screen.retranslate()

    def present(self, vote_id: uuid.UUID) -> None:
        """Show the vote: on another screen than the kiosk's when there is one."""
        kiosk = self.parentWidget()
        here = kiosk.screen() if kiosk is not None else QGuiApplication.primaryScreen()
        others = [screen for screen in QGuiApplication.screens() if screen is not here]
        self.second_screen = bool(others)
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            # As large as the projector screen's layout wants (1920 × 1080 in mind), within
            # what the kiosk's screen has room for.
            room = here.availableGeometry() if here is not None else None
            width, height = 1600, 900
            if room is not None and room.width() > 0:
                width, height = min(width, room.width()), min(height, room.height())
            self.resize(width, height)
            self.show()
        if QGuiApplication.platformName() != "offscreen":  # no window stack to raise in
            self.raise_()
        for screen in (self.live, self.results):
            screen.on_enter(VoteArgs(vote_id))
        self.live.timer.start()

    def _loaded(self, _state: VoteState | None) -> None:
        # The results page once it holds the revealed results, never before.
        state = self.results.state
        revealed = state is not None and state.vote.revealed
        self.pages.setCurrentWidget(self.results if revealed else self.live)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if self.isVisible() and changes.concerns(Entity.VOTE, Entity.BALLOT):
            for screen in (self.live, self.results):
                screen.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.timer.stop()
        super().closeEvent(event)
