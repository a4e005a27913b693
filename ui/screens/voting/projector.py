"""For the room: the projector (title, turnout, countdown, how to vote by phone), the results
once revealed, and the projector as a window of its own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Entity
from app.clock import utcnow
from app.voting.queries import VoteState, shown_result
from ui.navigation import register_screen
from ui.screen_args import ScreenArgs, VoteArgs
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    choice_name,
    demo_vote,
    grade_name,
    turnout_text,
)
from ui.shell import Shell
from ui.theme import restyle
from ui.widgets.page import label
from ui.widgets.page_stack import PageStack
from ui.widgets.qr_view import QrView

# -- Projector -----------------------------------------------------------------------------------


class ProjectorText(VoteScreen):
    """A screen for the projector. Nobody can scroll a projector: its texts take the largest
    type with which the screen fits (`type_steps`, largest first)."""

    def type_steps(self) -> list[tuple[tuple[QLabel, str], ...]]:
        """(label, style role) pairs for each size to try, largest first."""
        raise NotImplementedError

    def arrange(self, space: QSize) -> None:
        self._fit(space)

    def _fit(self, space: QSize | None = None) -> None:
        """Give the labels the roles of the first of `type_steps` with which the screen fits
        `space` (the room it is shown in) without scrolling; the last step when none does."""
        space = space if space is not None else self.space()
        layout = self.layout()
        if layout is None or space.isEmpty():
            return
        for step in self.type_steps():
            for text, role in step:
                restyle(text, "role", role)
            self.invalidate_layouts()  # a label's new size reaches none of them by itself
            if layout.totalMinimumHeightForWidth(space.width()) <= space.height():
                return


@register_screen
class ProjectorScreen(ProjectorText):
    """For the room: title, level, how to join by phone, countdown, turnout; never a result."""

    name = "vote-projector"

    # Style roles of (title, turnout and countdown, phone instructions), largest first: on a
    # smaller projector, or with large text, the type steps down rather than being cut off.
    SIZES: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("display", "display", "title"),
        ("title", "display", "title"),
        ("title", "title", "heading"),
        ("heading", "title", "heading"),
        ("heading", "heading", "lead"),
    )

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.header.title.setProperty("role", "display")
        self.turnout = label("display")
        self.countdown = label("display")
        self.join = label("title")
        self.address = label("title")
        self.qr = QrView()
        # Large enough to scan from the middle of a room, small enough to leave the turnout
        # room: 440 px on the reference screen, between 280 and 520 elsewhere (`arrange`).
        self.qr.setFixedSize(440, 440)
        self.phone_address: Callable[[], str] = self.ballot_server.address
        """Where phones vote (the server's address; a screenshot's is made up)."""
        left = QVBoxLayout()
        left.setSpacing(24)
        left.addWidget(self.header)
        left.addStretch(1)
        left.addWidget(self.turnout)
        left.addWidget(self.countdown)
        right = QVBoxLayout()
        right.addWidget(self.join)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.address)
        right.addStretch(1)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(64, 48, 64, 48)
        self._body.setSpacing(64)
        self._body.addLayout(left, 3)
        self._body.addLayout(right, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Projector")

    def arrange(self, space: QSize) -> None:
        # What the column beside the QR leaves: the heading above it, the address below.
        side = max(280, min(520, space.height() - 480, space.width() // 3))
        self.qr.setFixedSize(side, side)
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        super().arrange(space)

    def type_steps(self) -> list[tuple[tuple[QLabel, str], ...]]:
        return [
            (
                (self.header.title, title),
                (self.turnout, figures),
                (self.countdown, figures),
                (self.join, phone),
                (self.address, phone),
            )
            for title, figures, phone in self.SIZES
        ]

    def retranslate(self) -> None:
        self.join.setText(self.tr("Vote by phone: scan your code, or open"))
        super().retranslate()

    def prepare_screenshot(self) -> None:
        self.phone_address = lambda: "http://192.168.1.20:8765"
        self.show_fixed(VoteState(demo_vote("motion"), DEMO_TURNOUT, True))

    def reset(self) -> None:
        super().reset()
        self.phone_address = self.ballot_server.address

    def on_enter(self, args: ScreenArgs | None) -> None:
        super().on_enter(args)
        self.timer.start()

    def on_leave(self) -> None:
        self.timer.stop()

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        phones = state is not None and "phone" in state.vote.channels
        address = self.phone_address()
        for widget in (self.join, self.qr, self.address):
            widget.setVisible(phones and bool(address))
        self.qr.set_data(address)
        self.address.setText(address.removeprefix("http://"))
        self.turnout.setText(turnout_text(state.turnout) if state else "")
        self._tick()
        self._fit()

    def _tick(self) -> None:
        state = self.state
        if state is None or state.vote.status != "open":
            self.countdown.setText(self.tr("The vote is closed.") if state else "")
            return
        if state.vote.closes_at is None:
            self.countdown.clear()
            return
        left = max(0, int((state.vote.closes_at - utcnow()).total_seconds()))
        self.countdown.setText(f"{left // 60}:{left % 60:02d}")


@register_screen
class ProjectorResultsScreen(ProjectorText):
    """After the reveal: the results and the engine's explanation, readable from the back.

    Nobody can scroll a projector: the headline and the explanation take the largest type
    that fits the screen (a budget's explanation can run to a dozen long lines)."""

    name = "vote-projector-results"

    # (headline, explanation) style roles, largest first.
    SIZES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display", "title"),
        ("display", "heading"),
        ("title", "heading"),
        ("title", "lead"),
        ("heading", "lead"),
        ("heading", "body"),
    )

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.outcome = label("display")
        self.explanation = label("title")
        self.hidden = label("title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(32)
        layout.addWidget(self.header)
        layout.addWidget(self.outcome)
        layout.addWidget(self.explanation)
        layout.addWidget(self.hidden)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Results")

    def type_steps(self) -> list[tuple[tuple[QLabel, str], ...]]:
        return [((self.outcome, big), (self.explanation, small)) for big, small in self.SIZES]

    def prepare_screenshot(self) -> None:
        from app.voting.tally import tally_data

        vote = demo_vote("motion", status="closed")
        result = tally_data(
            {
                "method": "motion",
                "rules": dict(vote.rules["rules"]),
                "present": 42,
                "entitled": 45,
                "ballots": [
                    {"choice": "yes", "count": 24},
                    {"choice": "no", "count": 6},
                    {"choice": "abstain", "count": 2},
                ],
            }
        ).to_json()
        self.show_fixed(VoteState(replace(vote, result=result), DEMO_TURNOUT, True))

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        shown = shown_result(state.vote, self.shell.language) if state is not None else None
        self.hidden.setVisible(shown is None)
        self.hidden.setText(self.tr("The results are not revealed yet."))
        self.outcome.setVisible(shown is not None)
        self.explanation.setVisible(shown is not None)
        if state is None or shown is None:
            return
        if shown.error is not None:
            self.outcome.setText(shown.error)
            self.explanation.clear()
            return
        lines = list(shown.explanation)
        # The headline once, the explanation below it: a motion's first line of explanation
        # is its count (the headline), and a result without winners (a consent round, a tie)
        # takes its first line of explanation as the headline.
        if state.vote.method == "motion":
            headline = " · ".join(f"{choice_name(c)} {count}" for c, count in shown.counts)
            lines = lines[1:]
        else:
            headline = ", ".join(shown.winners)
            if not headline and lines:
                headline, lines = lines[0], lines[1:]
        self.outcome.setText(headline)
        text = "\n".join(lines)
        if state.vote.method == "mj":
            # The engine writes a vote's grades as given; the template's are identifiers.
            for grade in sorted(state.vote.grades, key=len, reverse=True):
                text = re.sub(rf"(?<![\w]){re.escape(grade)}(?![\w])", grade_name(grade), text)
        self.explanation.setText(text)
        self.explanation.setVisible(bool(lines))
        self._fit()


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
