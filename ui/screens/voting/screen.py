"""Live votes in the room: the facilitator's console, the roll call, the booth (motion, ranking,
majority judgment, participatory budget), "A voté !", the show of hands, and the projector.

Every action is one task through the task runner (the services hold the transaction); the
screens show what came back. The booth never shows one voter's ballot to the next: after each
ballot it returns to its privacy page, and it blanks itself after a short idle.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import KnownError, Message
from app.voting.types import (
    CLOSED,
    MOTION_CHOICES,
    SECRET_BY_NAME,
    HandAnswer,
    OptionInfo,
    RollLine,
    Turnout,
    Voice,
    VoteInfo,
)
from ui import theme
from ui.i18n import translate_message
from ui.navigation import Screen, register_screen
from ui.screens.facilitator.screen import demo_facilitator
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    PICTURE_SIZE,
    Ballot,
    VoteHeader,
    booth_for,
    centre_crop,
    choice_name,
    demo_pictures,
    demo_vote,
    grade_name,
    level_name,
    make_ballot,
    picture_pixmap,
    status_name,
    turnout_text,
)
from ui.shell import Shell
from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.count_field import CountField, count_box
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_stack import PageStack
from ui.widgets.person_search import PersonSearch
from ui.widgets.qr_view import QrView
from ui.widgets.scrolling import VerticalScrollArea, kinetic

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.voting.lan import BallotServer

# Seconds a half-filled ballot waits before the booth blanks itself.
BOOTH_IDLE_S = 45
# Seconds "A voté !" stays before the privacy page.
CONFIRMED_S = 4
# Below this height (the window minus the top bar) the booth is "short": smaller header and
# phone code. 1920×1080 leaves about 990 px, 1366×768 about 680 (600 with large text).
BOOTH_SHORT_BELOW = 800
# The least height of the ballot's or the review's scrolling part: two rows of buttons.
BOOTH_SCROLL_MIN = 150
# The phone code's side: still read by a phone's camera from an arm's length.
PHONE_QR_MIN = 440
PHONE_QR_SHORT = 300
TEMPLATE_NAMES = {
    "statute-change": QT_TRANSLATE_NOOP("VoteTemplate", "Statute change (⅔)"),
    "board-decision": QT_TRANSLATE_NOOP("VoteTemplate", "Board decision"),
    "local-pb": QT_TRANSLATE_NOOP("VoteTemplate", "Participatory budget"),
    "consultation-mj": QT_TRANSLATE_NOOP("VoteTemplate", "Consultation (judgment)"),
    "consent-round": QT_TRANSLATE_NOOP("VoteTemplate", "Consent round"),
}


def _heading(role: str = "heading") -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _actor(shell: Shell) -> uuid.UUID | None:
    return shell.facilitator.account_id if shell.facilitator is not None else None


# Countdowns the facilitator can give the room, in minutes ("0": none).
DURATIONS = ("5", "10", "15", "30", "0")


@dataclass(frozen=True)
class VoteState:
    """A vote and its turnout, as the facilitator's screens show them."""

    vote: VoteInfo
    turnout: Turnout
    quorum: bool | None
    roll: tuple[RollLine, ...] = ()
    votes: tuple[VoteInfo, ...] = ()
    # Option label → picture (JPEG), for the screens that show projects.
    pictures: Mapping[str, bytes] = field(default_factory=dict)


def load_state(
    ctx: AppContext,
    vote_id: uuid.UUID | None,
    *,
    roll: bool = False,
    pictures: Collection[str] = (),
) -> VoteState | None:
    """The vote (the current one when `vote_id` is None), with the roll call if `roll`, and the
    projects' pictures if the vote's status is in `pictures`."""
    from app.voting import service

    votes = tuple(service.list_votes(ctx))
    if vote_id is None:
        current = service.current_vote(ctx) or (votes[0] if votes else None)
        if current is None:
            return None
        vote_id = current.id
    vote = service.get_vote(ctx, vote_id)
    figures = service.turnout(ctx, vote_id)
    lines = tuple(service.roll_call(ctx, vote_id)) if roll else ()
    shown = (
        service.option_pictures(ctx, vote_id)
        if vote.status in pictures and any(o.has_picture for o in vote.options)
        else {}
    )
    return VoteState(vote, figures, service.quorum_met(vote, figures), lines, votes, shown)


SERVER_FAILED = QT_TRANSLATE_NOOP(
    "Voting", "The phone ballot page cannot be served on {host}:{port} ({reason})."
)


class BallotServerHolder(QObject):
    """The kiosk's phone ballot server (one per kiosk). It starts when a phone vote opens, when
    a screen shows an open phone vote (after a restart) or when a voter asks for a code; it
    stops when the vote closes, when the kiosk's window closes and when the application quits:
    no server thread outlives its vote or its kiosk."""

    NAME = "ballot-server-holder"

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        # `ensure` runs on a worker thread, `stop` on either: one lock around the server.
        self._lock = threading.Lock()
        self.server: BallotServer | None = None
        self._watched: set[int] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @classmethod
    def of(cls, shell: Shell) -> BallotServerHolder:
        """The shell's holder (made on first use, on the GUI thread)."""
        for child in shell.findChildren(QObject, cls.NAME):
            if isinstance(child, cls):
                return child
        return cls(shell)

    def watch(self, window: QWidget) -> None:
        """Stop when `window` (the kiosk's) closes."""
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

    def ensure(self, ctx: AppContext) -> str:
        """Serve (if not yet) and return the address phones open, without the code."""
        from app.voting.lan import BallotServer

        with self._lock:
            if self.server is None:
                host, port = ctx.config.ballot_host, ctx.config.ballot_port
                server = BallotServer(ctx, host=host, port=port)
                try:
                    server.start()
                except OSError as error:
                    server.stop()
                    raise KnownError(
                        Message(
                            "Voting",
                            SERVER_FAILED,
                            {"host": host, "port": port, "reason": str(error)},
                        )
                    ) from error
                self.server = server
            return self.server.url_for("").removesuffix("/v/")

    def address(self) -> str:
        server = self.server
        return server.url_for("").removesuffix("/v/") if server is not None else ""

    def url_for(self, code: str) -> str:
        server = self.server
        return server.url_for(code) if server is not None else ""

    def stop(self) -> None:
        with self._lock:
            server, self.server = self.server, None
        if server is not None:
            server.stop()


class VoteScreen(Screen):
    """What the voting screens share: the vote shown, loaded off the GUI thread."""

    sig_loaded = Signal(object)
    """The vote was loaded (its `VoteState`, or None) and shown."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.state: VoteState | None = None
        self.vote_id: uuid.UUID | None = None
        self.demo = False
        self.busy = False
        self.header = VoteHeader()
        self.notice = _heading("error")
        self.notice.hide()
        self.ballot_server = BallotServerHolder.of(shell)

    def on_enter(self, **params: object) -> None:
        vote_id = params.get("vote_id")
        if isinstance(vote_id, uuid.UUID):
            self.vote_id = vote_id
        window = self.window()
        if not isinstance(window, ProjectorWindow):  # the kiosk's own window
            self.ballot_server.watch(window)
        self.notice.hide()
        self.retranslate()
        if not self.demo:
            self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # What this screen did itself, `act` reloads once it is done.
        if (
            initiator is not self
            and changes.concerns(Entity.VOTE, Entity.BALLOT)
            and self.isVisible()
            and not self.demo
        ):
            self.load()

    def reset(self) -> None:
        self.demo = False
        self.notice.hide()

    def load(self) -> None:
        vote_id = self.vote_id
        roll, pictures = self.wants_roll, self.wants_pictures
        self.shell.tasks.run(
            lambda ctx: load_state(ctx, vote_id, roll=roll, pictures=pictures),
            on_success=self._loaded,
            parent=self,
        )

    wants_roll: ClassVar[bool] = False
    wants_pictures: ClassVar[Collection[str]] = ()
    """The statuses of the votes whose projects' pictures the screen shows."""

    def _loaded(self, state: VoteState | None) -> None:
        if self.demo:
            return
        self.state = state
        if state is not None:
            self.vote_id = state.vote.id
        self.show_state()
        self.sig_loaded.emit(state)
        vote = state.vote if state is not None else None
        if (
            vote is not None
            and vote.status == "open"
            and "phone" in vote.channels
            and not self.ballot_server.running
        ):
            # An open phone vote (also after a restart of the kiosk): phones can vote.
            holder, vote_id = self.ballot_server, vote.id

            def serve(ctx: AppContext) -> None:
                from app.voting import service

                # Tasks run one after another: a close queued since this load came first.
                if service.get_vote(ctx, vote_id).status == "open":
                    holder.ensure(ctx)

            self.shell.tasks.run(
                serve, on_success=lambda _r: self.show_state(), on_failure=self.refused, parent=self
            )

    def show_state(self) -> None:
        state = self.state
        self.header.show_vote(
            state.vote if state else None, high_contrast=self.shell.theme.high_contrast
        )

    def act(self, work: Any, *, then: Any = None, otherwise: Any = None) -> None:
        """Run a service for the shown vote; its refusal is shown on the screen (and handed
        to `otherwise`, when given, instead)."""
        self.busy = True
        self.notice.hide()

        def done(result: object) -> None:
            self.busy = False
            if then is not None:
                then(result)
            self.load()

        def failed(error: Exception) -> None:
            self.busy = False
            (otherwise if otherwise is not None else self.refused)(error)

        self.shell.tasks.run(work, on_success=done, on_failure=failed, parent=self, initiator=self)

    def refused(self, error: Exception) -> None:
        self.busy = False
        if isinstance(error, KnownError):
            self.notice.setText(translate_message(error.message))
            self.notice.show()

    def retranslate(self) -> None:
        self.show_state()


# -- The console ---------------------------------------------------------------------------------


@register_screen
class ConsoleScreen(VoteScreen):
    name = "vote-console"
    facilitator_only = True
    wants_pictures = ("draft",)  # the projects editor: drafts only

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.votes_heading = _heading()
        self.votes = QListWidget()
        self.votes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.votes.itemClicked.connect(self._pick)
        self.new_heading = _heading()
        self.templates = ChoiceButtons(list(TEMPLATE_NAMES), exclusive=True, columns=2)
        self.title_field = QLineEdit()
        self.options_field = QPlainTextEdit()
        self.options_field.setMaximumHeight(140)
        # A participatory budget needs its amount: shown only for that template.
        self.budget_field = QLineEdit()
        self.budget_field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.budget_field.hide()
        self.templates.sig_changed.connect(self._template_changed)
        # A named vote (a board's roll call): who voted what goes into the minutes.
        self.named_button = TouchButton(checkable=True, icon_name="users")
        self.create_button = TouchButton(kind="primary", icon_name="check")
        self.create_button.clicked.connect(self.create)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.votes_heading)
        left.addWidget(self.votes, 1)
        left.addWidget(self.new_heading)
        left.addWidget(self.templates)
        left.addWidget(self.title_field)
        left.addWidget(self.options_field)
        left.addWidget(self.budget_field)
        # Side by side, or one under the other where the column is narrow (portrait).
        self.create_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.create_row.setSpacing(16)
        self.create_row.addWidget(self.named_button)
        self.create_row.addWidget(self.create_button, 1)
        left.addLayout(self.create_row)

        self.status = _heading("lead")
        self.countdown = _heading("title")
        self.figures = _heading("lead")
        # How long the room has: a countdown on the projector (the vote still closes by hand).
        self.duration = ChoiceButtons(DURATIONS, exclusive=True, columns=3)
        self.duration.set_selected(("15",))
        self.open_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.open_button.clicked.connect(self.open_vote)
        self.close_button = TouchButton(kind="danger", big=True, icon_name="lock")
        self.close_button.clicked.connect(self._confirm_close)
        self.reveal_button = TouchButton(kind="primary", big=True, icon_name="eye")
        self.reveal_button.clicked.connect(self.reveal)
        self.publish_button = TouchButton(kind="primary", icon_name="scroll-text")
        self.publish_button.clicked.connect(self._confirm_publish)
        self.projects_button = TouchButton(icon_name="image")
        self.projects_button.clicked.connect(self.edit_projects)
        self.secrecy = _heading("lead")
        self.goto: dict[str, TouchButton] = {}
        goto = self.goto_grid = QGridLayout()
        goto.setSpacing(16)
        for index, (key, icon) in enumerate(
            (
                ("rollcall", "users"),
                ("booth", "id-card"),
                ("analog", "pointer"),
                ("projector", "eye"),
                ("projector-window", "eye"),
            )
        ):
            button = TouchButton(icon_name=icon)
            button.clicked.connect(lambda _c=False, key=key: self._go(key))
            self.goto[key] = button
            goto.addWidget(button, index // 2, index % 2)
        self.empty = EmptyState("users")
        card = QFrame()
        card.setProperty("role", "card")
        right = QVBoxLayout(card)
        right.setContentsMargins(40, 32, 40, 32)
        right.setSpacing(16)
        right.addWidget(self.header)
        right.addWidget(self.status)
        right.addWidget(self.secrecy)
        right.addWidget(self.countdown)
        right.addWidget(self.figures)
        right.addWidget(self.notice)
        right.addWidget(self.duration)
        for button in (
            self.projects_button,
            self.open_button,
            self.close_button,
            self.reveal_button,
            self.publish_button,
        ):
            right.addWidget(button)
        right.addLayout(goto)
        right.addStretch(1)
        self.card = card
        self.projects = ProjectsEditor(self)
        self.right = PageStack()
        self.right.addWidget(self.empty)
        self.right.addWidget(card)
        self.right.addWidget(self.projects)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(48, 24, 48, 32)
        self._body.setSpacing(40)
        self._body.addLayout(left, 2)
        self._body.addWidget(self.right, 3)
        self.confirm = ConfirmOverlay(self)
        self.projector_window: ProjectorWindow | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Live vote")

    def retranslate(self) -> None:
        self.votes_heading.setText(self.tr("Votes"))
        self.new_heading.setText(self.tr("New vote from a template"))
        self.templates.set_texts(
            {k: QCoreApplication.translate("VoteTemplate", v) for k, v in TEMPLATE_NAMES.items()}
        )
        self.title_field.setPlaceholderText(self.tr("Title of the vote"))
        self.options_field.setPlaceholderText(
            self.tr("Options, one per line (a project: name = cost)")
        )
        self.budget_field.setPlaceholderText(self.tr("Budget to share, in euros"))
        self.named_button.setText(self.tr("Named vote (not secret)"))
        self.projects_button.setText(self.tr("Projects: descriptions and pictures"))
        self.create_button.setText(self.tr("Create the vote"))
        self.open_button.setText(self.tr("Open the vote"))
        self.duration.set_texts(
            {
                key: self.tr("%n min", "", int(key)) if key != "0" else self.tr("No countdown")
                for key in DURATIONS
            }
        )
        self.close_button.setText(self.tr("Close the vote"))
        self.reveal_button.setText(self.tr("Reveal the results"))
        self.publish_button.setText(self.tr("Publish the results"))
        self.goto["rollcall"].setText(self.tr("Roll call and proxies"))
        self.goto["booth"].setText(self.tr("Booth"))
        self.goto["analog"].setText(self.tr("Show of hands"))
        self.goto["projector"].setText(self.tr("Projector on this screen"))
        self.goto["projector-window"].setText(
            self.tr("Projector on the second screen")
            if len(QGuiApplication.screens()) > 1
            else self.tr("Projector in a window")
        )
        self.empty.set_texts(self.tr("No vote yet."), self.tr("Create one from a template."))
        self.projects.retranslate()
        super().retranslate()

    def reset(self) -> None:
        super().reset()
        self.confirm.cancel()
        self.title_field.clear()
        self.options_field.clear()
        self.budget_field.clear()
        self.named_button.setChecked(False)
        self.templates.clear()
        self._template_changed()
        self.projects.reset()
        self.duration.set_selected(("15",))

    def _template_changed(self) -> None:
        self.budget_field.setVisible(self.templates.choice() == "local-pb")

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.demo = True
        vote = demo_vote("motion")
        pb = demo_vote("pb", status="draft")
        self.state = VoteState(vote, DEMO_TURNOUT, True, votes=(vote, pb))
        self.templates.set_selected(["statute-change"])
        self.show_state()

    def arrange(self, space: QSize) -> None:
        # Side by side needs the reference width; at 1366 × 768 (or in portrait) the vote's
        # card comes first, the new-vote form under it, and the screen scrolls rather than
        # being cut at the right.
        narrow = space.height() > space.width() or space.width() < 1600
        self._body.setDirection(
            QBoxLayout.Direction.BottomToTop if narrow else QBoxLayout.Direction.LeftToRight
        )
        portrait = space.height() > space.width()
        self.create_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # Two buttons a row where the card is wide enough, one in portrait.
        columns = 1 if portrait else 2
        for index, button in enumerate(self.goto.values()):
            self.goto_grid.removeWidget(button)
            self.goto_grid.addWidget(button, index // columns, index % columns)

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        self.votes.clear()
        editing = self.right.currentWidget() is self.projects
        if state is None or not editing or state.vote.status != "draft":
            self.right.setCurrentWidget(self.card if state else self.empty)
        if state is None:
            self.timer.stop()
            return
        if editing and state.vote.status == "draft":
            self.projects.show_vote(state.vote, state.pictures)
        for vote in state.votes:
            item = QListWidgetItem(
                f"{vote.title}\n{status_name(vote.status)} · {level_name(vote.level)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, vote.id)
            self.votes.addItem(item)
            if vote.id == state.vote.id:
                self.votes.setCurrentItem(item)
        vote = state.vote
        self.status.setText(self.tr("Status: {status}").format(status=status_name(vote.status)))
        self.figures.setText(
            f"{turnout_text(state.turnout)} · "
            + self.tr("{entitled} entitled").format(entitled=state.turnout.entitled)
        )
        status = vote.status
        self.secrecy.setText(
            self.tr("Secret ballot")
            if vote.secret
            else self.tr("Named vote: who voted what goes into the minutes")
        )
        self.projects_button.setVisible(status == "draft" and bool(vote.options))
        self.open_button.setVisible(status == "draft")
        self.duration.setVisible(status == "draft")
        self.close_button.setVisible(status == "open")
        self.reveal_button.setVisible(status == "closed" and not vote.revealed)
        self.publish_button.setVisible(status == "closed")
        self.goto["booth"].setVisible(status == "open" and "booth" in vote.channels)
        self.goto["analog"].setVisible(status == "open" and "analog" in vote.channels)
        self.goto["rollcall"].setVisible(status in ("draft", "open"))
        self._tick()
        if status == "open" and vote.closes_at is not None:
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        state = self.state
        if state is None or state.vote.closes_at is None or state.vote.status != "open":
            self.countdown.hide()
            return
        left = max(0, int((state.vote.closes_at - utcnow()).total_seconds()))
        self.countdown.setText(
            self.tr("Time left: {minutes}:{seconds:02d}").format(
                minutes=left // 60, seconds=left % 60
            )
        )
        self.countdown.show()

    def _pick(self, item: QListWidgetItem) -> None:
        vote_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(vote_id, uuid.UUID) and not self.demo:
            self.vote_id = vote_id
            self.load()

    def _go(self, where: str) -> None:
        state = self.state
        if state is None:
            return
        if where == "projector-window":
            self.open_projector_window()
            return
        names = {
            "rollcall": "vote-rollcall",
            "analog": "vote-analog",
            "projector": "vote-projector",
        }
        name = booth_for(state.vote.method) if where == "booth" else names[where]
        if where == "projector" and state.vote.revealed:
            name = "vote-projector-results"
        if where == "analog" and not state.vote.secret:
            name = "vote-named-hands"  # a named vote's hands are recorded name by name
        self.shell.go(name, vote_id=state.vote.id)

    def open_projector_window(self) -> ProjectorWindow | None:
        """The projector as its own top-level window (the room sees it, not the console)."""
        state = self.state
        if state is None:
            return None
        if self.projector_window is None:
            self.projector_window = ProjectorWindow(self.shell, self.window())
        self.projector_window.present(state.vote.id)
        return self.projector_window

    def create(self) -> None:
        template = self.templates.choice()
        title = self.title_field.text().strip()
        lines = [line.strip() for line in self.options_field.toPlainText().splitlines()]
        options: list[object] = []
        for line in filter(None, lines):
            label, _, cost = line.partition("=")
            if template == "local-pb":
                digits = "".join(ch for ch in cost if ch.isdigit())
                options.append({"label": label.strip(), "cost": int(digits or 0)})
            else:
                options.append(line)
        actor = _actor(self.shell)
        if not template:
            self.notice.setText(self.tr("Choose a template."))
            self.notice.show()
            return
        budget = 0
        if template == "local-pb":
            digits = "".join(ch for ch in self.budget_field.text() if ch.isdigit())
            budget = int(digits or 0)
            if budget <= 0:
                self.notice.setText(self.tr("Give the budget to share, in euros."))
                self.notice.show()
                return

        named = self.named_button.isChecked()

        def work(ctx: AppContext) -> uuid.UUID:
            from app.voting import service

            extra: dict[str, object] = {"budget": budget} if template == "local-pb" else {}
            if named:
                # A named motion by hands is a roll-call vote, answers recorded by name; the
                # other methods by name run at the booth and on phones only.
                spec = service.TEMPLATES[template]
                channels = spec["channels"]
                if spec["method"] != "motion":
                    channels = [c for c in channels if c != "analog"]
                extra.update(secret=False, channels=channels)
            return service.create_from_template(
                ctx, template, title=title, options=options, actor=actor, **extra
            )

        def created(vote_id: uuid.UUID) -> None:
            self.vote_id = vote_id
            self.title_field.clear()
            self.options_field.clear()
            self.budget_field.clear()
            self.named_button.setChecked(False)

        self.act(work, then=created)

    def edit_projects(self) -> None:
        """The draft's projects: a description and a picture each."""
        state = self.state
        if state is None or state.vote.status != "draft":
            return
        self.projects.show_vote(state.vote, state.pictures)
        self.right.setCurrentWidget(self.projects)

    def close_projects(self) -> None:
        self.right.setCurrentWidget(self.card if self.state else self.empty)

    def open_vote(self) -> None:
        state = self.state
        if state is None or self.busy:
            return
        vote_id, actor, phones = state.vote.id, _actor(self.shell), "phone" in state.vote.channels
        holder = self.ballot_server
        minutes = int(self.duration.choice() or "0") or None

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            changes = service.open_vote(ctx, vote_id, actor=actor, minutes=minutes)
            if phones:
                holder.ensure(ctx)
            return changes

        self.act(work)

    def _confirm_close(self) -> None:
        state = self.state
        if state is None:
            return
        self.confirm.ask(
            self.tr("Close the vote?"),
            detail=self.tr("Nobody can vote after this. The results stay hidden until revealed."),
            yes=self.tr("Close the vote"),
            no=self.tr("Cancel"),
            then=self.close_vote,
            danger=True,
        )

    def close_vote(self) -> None:
        state = self.state
        if state is None:
            return
        vote_id, actor, holder = state.vote.id, _actor(self.shell), self.ballot_server

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            service.close_vote(ctx, vote_id, actor=actor)
            # No ballot after the close: the phone page stops being served with it.
            holder.stop()
            return Changes.of(Entity.VOTE)

        self.act(work)

    def reveal(self) -> None:
        state = self.state
        if state is None:
            return
        vote_id, actor = state.vote.id, _actor(self.shell)

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            return service.reveal_results(ctx, vote_id, actor=actor)

        self.act(work)

    def _confirm_publish(self) -> None:
        self.confirm.ask(
            self.tr("Publish the results?"),
            detail=self.tr("They become the official results of this vote."),
            yes=self.tr("Publish"),
            no=self.tr("Cancel"),
            then=self.publish,
        )

    def publish(self) -> None:
        state = self.state
        if state is None:
            return
        vote_id, actor = state.vote.id, _actor(self.shell)

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            return service.publish_results(ctx, vote_id, actor=actor)

        self.act(work)


class ProjectsEditor(QWidget):
    """In the console, for a draft: each project's description and picture. Pictures come from
    a USB stick or the kiosk's Pictures folder, shown as a grid of thumbnails to tap (a file
    dialog is no place for a finger); the service makes the chosen one small."""

    def __init__(self, console: ConsoleScreen) -> None:
        super().__init__()
        self.console = console
        self.vote: VoteInfo | None = None
        self.pictures: Mapping[str, bytes] = {}
        self.previews: dict[Path, QImage] = {}
        """The pictures found on USB sticks, as the preview shows them."""
        self.chosen_file: Path | None = None
        self.remove = False
        self.heading = _heading("title")
        self.project_slot = QVBoxLayout()
        self.project_buttons: ChoiceButtons | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(PICTURE_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "muted")
        self.preview.setFrameShape(QFrame.Shape.Box)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(160)
        self.choose_button = TouchButton(icon_name="image")
        self.choose_button.clicked.connect(self.browse)
        self.remove_button = TouchButton(kind="quiet", icon_name="x")
        self.remove_button.clicked.connect(self._remove_picture)
        self.save_button = TouchButton(kind="primary", icon_name="check")
        self.save_button.clicked.connect(self.save)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(console.close_projects)
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.choose_button)
        picture_buttons.addWidget(self.remove_button)
        picture_buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.setSpacing(16)
        picture_row.addWidget(self.preview)
        picture_row.addLayout(picture_buttons, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.setSpacing(16)
        editor.addLayout(self.project_slot)
        editor.addWidget(self.description)
        editor.addLayout(picture_row)
        editor.addStretch(1)
        editor.addLayout(buttons)
        # The picker: thumbnails of the pictures found.
        self.picker = QWidget()
        self.picker_hint = _heading("lead")
        self.thumbs = QWidget()
        self.thumb_grid = QGridLayout(self.thumbs)
        self.thumb_grid.setSpacing(12)
        self.thumb_buttons: list[TouchButton] = []
        thumbs_scroll = VerticalScrollArea(self.thumbs)
        kinetic(thumbs_scroll)
        self.picker_back = TouchButton(icon_name="arrow-left")
        self.picker_back.clicked.connect(lambda: self.pages.setCurrentWidget(self.editor))
        picker = QVBoxLayout(self.picker)
        picker.setContentsMargins(0, 0, 0, 0)
        picker.setSpacing(16)
        picker.addWidget(self.picker_hint)
        picker.addWidget(thumbs_scroll, 1)
        picker.addWidget(self.picker_back, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages = PageStack()
        self.pages.setProperty("role", "plain")  # on the card's white
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.picker)
        card = QFrame()
        card.setProperty("role", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        self.notice = _heading("error")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return QCoreApplication.translate("ProjectsEditor", source, disambiguation, n)

    def retranslate(self) -> None:
        self.description.setPlaceholderText(
            self.tr("What is this project? A few sentences (at most 600 characters).")
        )
        self.choose_button.setText(self.tr("Choose a picture"))
        self.remove_button.setText(self.tr("Remove the picture"))
        self.save_button.setText(self.tr("Save the project"))
        self.back_button.setText(self.tr("Back to the vote"))
        self.picker_back.setText(self.tr("Back"))
        self._show_heading()
        self._show_preview()

    def reset(self) -> None:
        self.vote = None
        self.chosen_file = None
        self.previews = {}
        self.remove = False
        self.notice.hide()
        self.pages.setCurrentWidget(self.editor)

    def _show_heading(self) -> None:
        title = self.vote.title if self.vote is not None else ""
        self.heading.setText(self.tr("Projects of “{title}”").format(title=title))

    def show_vote(self, vote: VoteInfo, pictures: Mapping[str, bytes]) -> None:
        same = self.vote is not None and self.vote.id == vote.id
        labels = [o.label for o in vote.options]
        keep = self.current() if same else ""
        self.vote, self.pictures = vote, pictures
        if self.project_buttons is None or list(self.project_buttons.keys) != labels:
            if self.project_buttons is not None:
                self.project_slot.removeWidget(self.project_buttons)
                self.project_buttons.deleteLater()
            self.project_buttons = ChoiceButtons(labels, exclusive=True, columns=2)
            self.project_buttons.set_texts({label: label for label in labels})
            self.project_buttons.sig_changed.connect(self._project_changed)
            self.project_slot.addWidget(self.project_buttons)
        self.project_buttons.set_selected([keep or (labels[0] if labels else "")])
        self._show_heading()
        self._project_changed()

    def current(self) -> str:
        return self.project_buttons.choice() if self.project_buttons is not None else ""

    def _option(self) -> tuple[int, OptionInfo] | None:
        if self.vote is None:
            return None
        for index, option in enumerate(self.vote.options):
            if option.label == self.current():
                return index, option
        return None

    def _project_changed(self) -> None:
        found = self._option()
        self.chosen_file = None
        self.remove = False
        self.notice.hide()
        self.description.setPlainText(found[1].description if found else "")
        self._show_preview()

    def _show_preview(self) -> None:
        found = self._option()
        if self.chosen_file is not None:
            # Decoded with its thumbnail, off the GUI thread (`browse`).
            preview = self.previews.get(self.chosen_file, QImage())
            pixmap = QPixmap.fromImage(preview) if not preview.isNull() else QPixmap()
        elif found is not None and not self.remove:
            pixmap = picture_pixmap(self.pictures.get(found[1].label, b""), PICTURE_SIZE)
        else:
            pixmap = QPixmap()
        self.preview.setPixmap(pixmap)
        if pixmap.isNull():
            self.preview.setText(self.tr("No picture"))
        self.remove_button.setVisible(not pixmap.isNull())

    def _remove_picture(self) -> None:
        self.chosen_file = None
        self.remove = True
        self._show_preview()

    def browse(self) -> None:
        """The pictures on USB sticks and in the Pictures folder, as thumbnails to tap."""
        self.picker_hint.setText(self.tr("Looking for pictures…"))
        for button in self.thumb_buttons:
            button.deleteLater()
        self.thumb_buttons = []
        self.pages.setCurrentWidget(self.picker)

        def work(_ctx: AppContext) -> list[tuple[Path, QImage, QImage]]:
            from app.voting import pictures

            found = pictures.find_pictures(pictures.removable_roots(), limit=48)
            return [
                (path, _decoded(path, THUMB), _decoded(path, PICTURE_SIZE, fill=True))
                for path in found
            ]

        self.console.shell.tasks.run(
            work, on_success=self._found, on_failure=self.console.refused, parent=self
        )

    def _found(self, found: list[tuple[Path, QImage, QImage]]) -> None:
        shown = [(path, image) for path, image, _preview in found if not image.isNull()]
        self.previews = {path: preview for path, _image, preview in found}
        self.picker_hint.setText(
            self.tr("Tap a picture for this project.")
            if shown
            else self.tr(
                "No picture found. Plug in a USB stick with the pictures (JPEG or PNG), "
                "then try again."
            )
        )
        for index, (path, image) in enumerate(shown):
            button = TouchButton()
            button.setIcon(QIcon(QPixmap.fromImage(image)))
            button.setIconSize(QSize(image.width(), image.height()))
            button.setMinimumSize(THUMB.width() + 24, THUMB.height() + 24)
            button.setToolTip(path.name)
            button.setAccessibleName(path.name)
            button.clicked.connect(lambda _c=False, path=path: self._picked(path))
            self.thumb_grid.addWidget(button, index // 4, index % 4)
            self.thumb_buttons.append(button)

    def _picked(self, path: Path) -> None:
        self.chosen_file = path
        self.remove = False
        self.pages.setCurrentWidget(self.editor)
        self._show_preview()

    def save(self) -> None:
        found, vote = self._option(), self.vote
        if found is None or vote is None:
            return
        position, vote_id = found[0], vote.id
        description, path, remove = self.description.toPlainText(), self.chosen_file, self.remove
        actor = _actor(self.console.shell)

        def work(ctx: AppContext) -> Changes:
            from app.voting import pictures, service

            data = pictures.read_raw(path) if path is not None else None
            return service.set_option_details(
                ctx,
                vote_id,
                position,
                description=description,
                picture=data,
                remove_picture=remove,
                actor=actor,
            )

        def saved(_changes: object) -> None:
            self.chosen_file = None
            self.remove = False
            self.console.shell.toast(self.tr("The project is saved."))

        def refused(error: Exception) -> None:
            if isinstance(error, KnownError):
                self.notice.setText(translate_message(error.message))
                self.notice.show()

        self.notice.hide()
        self.console.act(work, then=saved, otherwise=refused)


# The picker's thumbnails.
THUMB = QSize(200, 150)


def _decoded(path: Path, box: QSize, *, fill: bool = False) -> QImage:
    """A picture file decoded at a small size (fast for big JPEGs), off the GUI thread (QImage,
    not QPixmap): the whole picture within `box`, or with `fill` its middle filling `box` (the
    editor's preview, as `picture_pixmap` shows stored pictures)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        mode = (
            Qt.AspectRatioMode.KeepAspectRatioByExpanding
            if fill
            else Qt.AspectRatioMode.KeepAspectRatio
        )
        reader.setScaledSize(size.scaled(box, mode))
    image = reader.read()
    return centre_crop(image, box) if fill and not image.isNull() else image


# -- Roll call -----------------------------------------------------------------------------------


@register_screen
class RollcallScreen(VoteScreen):
    name = "vote-rollcall"
    facilitator_only = True
    wants_roll = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.quorum = _heading("heading")
        self.figures = _heading("lead")
        self.hint = _heading("muted")
        self.search = PersonSearch(shell.tasks)
        self.search.sig_person_chosen.connect(self._chosen)
        self.proxy_button = TouchButton(icon_name="users", checkable=True)
        self.proxy_button.clicked.connect(self._proxy_mode)
        self.proxy_step = _heading("lead")
        self.people = QListWidget()
        self.people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.people.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows with a button are fitted to the list's width whenever it changes.
        self.people.viewport().installEventFilter(self)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(self.shell.back)
        self.giver: tuple[uuid.UUID, str] | None = None
        self.revoke_buttons: dict[uuid.UUID, TouchButton] = {}
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.hint)
        left.addWidget(self.search, 1)
        left.addWidget(self.proxy_button)
        left.addWidget(self.proxy_step)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.header)
        right.addWidget(self.quorum)
        right.addWidget(self.figures)
        right.addWidget(self.notice)
        right.addWidget(self.people, 1)
        right.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._body.setContentsMargins(48, 24, 48, 32)
        self._body.setSpacing(40)
        self._body.addLayout(left, 2)
        self._body.addLayout(right, 3)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.confirm = ConfirmOverlay(self)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Roll call")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Scan badges at the door, or find a person and tap their name to tick them present."
            )
        )
        self.proxy_button.setText(self.tr("Record a proxy"))
        self.back_button.setText(self.tr("Back"))
        self._show_proxy_step()
        super().retranslate()

    def reset(self) -> None:
        super().reset()
        self.confirm.cancel()
        self.search.clear()
        self.giver = None
        self.proxy_button.setChecked(False)

    def arrange(self, space: QSize) -> None:
        portrait = space.height() > space.width()
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.demo = True
        names = [
            "Amina B.",
            "Bastien C.",
            "Chloé D.",
            "Dries V.",
            "Élodie F.",
            "Fatou G.",
            "Gaspard H.",
            "Hanne J.",
        ]
        lines = [
            RollLine(
                uuid.UUID(int=i + 1),
                name,
                present=True,
                eligible=i != 5,
                has_voted=i % 3 == 0,
                weight=1,
                proxies_held=1 if i == 1 else 0,
                represented_by="",
            )
            for i, name in enumerate(names)
        ]
        # Shown near the top: a proxy not used yet, with its "revoke" button.
        lines.insert(
            2, RollLine(uuid.UUID(int=99), "Inès M.", False, True, False, 1, 0, "Bastien C.")
        )
        roll = tuple(lines)
        self.state = VoteState(demo_vote("motion"), DEMO_TURNOUT, True, roll)
        self.show_state()

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        self.people.clear()
        if state is None:
            self.quorum.setText(self.tr("No vote to call the roll for."))
            self.figures.clear()
            return
        figures = state.turnout
        if state.quorum is None:
            self.quorum.setText(self.tr("No quorum for this vote."))
        else:
            text = self.tr("Quorum met") if state.quorum else self.tr("Quorum not met yet")
            self.quorum.setText(text)
        restyle(self.quorum, "role", "heading" if state.quorum is not False else "error")
        self.figures.setText(
            self.tr("{present} present, {represented} represented, {entitled} entitled").format(
                present=figures.present, represented=figures.represented, entitled=figures.entitled
            )
        )
        self.revoke_buttons = {}
        for line in state.roll:
            parts = [line.name]
            if not line.present and line.represented_by:
                parts.append(self.tr("represented by {name}").format(name=line.represented_by))
            elif not line.eligible:
                parts.append(self.tr("present, does not vote"))
            if line.proxies_held:
                parts.append(self.tr("holds %n proxy(ies)", "", line.proxies_held))
            if line.has_voted:
                parts.append(self.tr("has voted"))
            text = " · ".join(parts)
            if not (line.represented_by and not line.has_voted and state.vote.status != "closed"):
                self.people.addItem(text)
                continue
            # A proxy not used yet can be revoked (the giver arrived, or changed their mind).
            item = QListWidgetItem()
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(8, 4, 8, 4)
            label = QLabel(text)
            label.setWordWrap(True)
            revoke = TouchButton(icon_name="x")
            revoke.setText(self.tr("Revoke the proxy"))
            revoke.clicked.connect(lambda _c=False, line=line: self._confirm_revoke(line))
            self.revoke_buttons[line.person_id] = revoke
            row_layout.addWidget(label, 1)
            row_layout.addWidget(revoke)
            self.people.addItem(item)
            self.people.setItemWidget(item, row)
        self._fit_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.people.viewport():
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        """A row with a revoke button as tall as its wrapped text needs at the list's width."""
        # The style sheet pads every item (`QListWidget::item`) around its widget.
        padding = 2 * theme.current().metrics.space(2)
        width = self.people.viewport().width() - padding
        changed = False
        for index in range(self.people.count()):
            item = self.people.item(index)
            row = self.people.itemWidget(item)
            if row is not None:
                height = row.heightForWidth(width) if row.hasHeightForWidth() else -1
                needed = max(height, row.minimumSizeHint().height()) + padding
                hint = QSize(0, max(72, needed))
                if hint != item.sizeHint():
                    item.setSizeHint(hint)
                    changed = True
        if changed:
            self.people.doItemsLayout()  # the rows take their new heights now

    def _confirm_revoke(self, line: RollLine) -> None:
        self.confirm.ask(
            self.tr("Revoke the proxy of {name}?").format(name=line.name),
            detail=self.tr("{holder} will no longer vote for {name}.").format(
                holder=line.represented_by, name=line.name
            ),
            yes=self.tr("Revoke the proxy"),
            no=self.tr("Cancel"),
            then=lambda: self._revoke(line),
            danger=True,
        )

    def _revoke(self, line: RollLine) -> None:
        state = self.state
        if state is None or self.demo:
            return
        vote_id, actor, giver = state.vote.id, _actor(self.shell), line.person_id

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            return service.revoke_proxy(ctx, vote_id, giver_id=giver, actor=actor)

        self.act(
            work,
            then=lambda _r: self.shell.toast(
                self.tr("The proxy of {name} is revoked.").format(name=line.name)
            ),
        )

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible():
            self._chosen_id(holder.person_id, holder.first_name)

    def _chosen(self, person: Any) -> None:
        self._chosen_id(person.id, person.first_name)

    def _chosen_id(self, person_id: uuid.UUID, first_name: str) -> None:
        state = self.state
        if state is None or self.demo:
            return
        vote_id, actor = state.vote.id, _actor(self.shell)
        if self.proxy_button.isChecked():
            if self.giver is None:
                self.giver = (person_id, first_name)
                self._show_proxy_step()
                return
            giver = self.giver[0]
            self.giver = None
            self.proxy_button.setChecked(False)
            self._show_proxy_step()

            def proxy(ctx: AppContext) -> Changes:
                from app.voting import service

                return service.record_proxy(
                    ctx, vote_id, giver_id=giver, holder_id=person_id, actor=actor
                )

            self.act(proxy, then=lambda _r: self.shell.toast(self.tr("Proxy recorded.")))
            return

        def present(ctx: AppContext) -> Changes:
            from app.voting import service

            service.mark_present(ctx, vote_id, person_id, by="facilitator", actor=actor)
            return Changes.of(Entity.VOTE)

        self.act(
            present,
            then=lambda _r: self.shell.toast(self.tr("{name} is present.").format(name=first_name)),
        )

    def _proxy_mode(self) -> None:
        self.giver = None
        self._show_proxy_step()

    def _show_proxy_step(self) -> None:
        if not self.proxy_button.isChecked():
            self.proxy_step.hide()
            return
        self.proxy_step.show()
        if self.giver is None:
            self.proxy_step.setText(self.tr("1. Who gives the proxy? (absent)"))
        else:
            self.proxy_step.setText(
                self.tr("2. Who holds the proxy of {name}? (present)").format(name=self.giver[1])
            )


# -- The booth -----------------------------------------------------------------------------------


class BoothScreen(VoteScreen):
    """Badge → eligible and not yet voted → ballot → review → confirm → "A voté !".

    The booth never scrolls as a whole: its buttons stay on the screen and the ballot (or the
    review) scrolls between them, so a voter never has to look for "Review my vote" below
    the window's edge (1366×768 with large text). Where the screen is short the header is
    smaller and so is the phone code."""

    method_names: ClassVar[tuple[str, ...]] = ()
    accepts_badges = True
    wants_pictures = ("draft", "open", "closed", "published")
    scrolls = False

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        # One catalogue context for the four booths (PySide's tr() would use each subclass).
        return QCoreApplication.translate("BoothScreen", source, disambiguation, n)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.voices: list[Voice] = []
        self.voter: uuid.UUID | None = None
        self.ballot: Ballot | None = None
        self.pages = PageStack()
        # The privacy page: nothing of the last voter.
        self.welcome = QWidget()
        self.welcome_title = _heading("display")
        self.welcome_hint = _heading("lead")
        welcome = QVBoxLayout(self.welcome)
        welcome.addStretch(1)
        welcome.addWidget(self.welcome_title, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome.addWidget(self.welcome_hint, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome.addStretch(2)
        # The ballot. Everything above its buttons scrolls as one, the vote's header included:
        # with a long title on a short screen (1366×768, large text) the buttons still show
        # whole. A budget's running total stays over the buttons (`Ballot.status`).
        self.ballot_page = QWidget()
        self.ballot_header = VoteHeader()
        self.whose = _heading("heading")
        # A named vote says so on the ballot and again before confirming.
        self.named_note = _heading("error")
        self.named_review = _heading("error")
        self.ballot_slot = QVBoxLayout()
        self.ballot_status = QVBoxLayout()
        self.review_button = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.review_button.clicked.connect(self.review)
        self.cancel_button = TouchButton(kind="quiet", icon_name="x")
        self.cancel_button.clicked.connect(self.blank)
        self.phone_button = TouchButton(icon_name="smartphone")
        self.phone_button.clicked.connect(self.by_phone)
        ballot_buttons = QHBoxLayout()
        ballot_buttons.setSpacing(16)
        ballot_buttons.addWidget(self.cancel_button)
        ballot_buttons.addStretch(1)
        ballot_buttons.addWidget(self.phone_button)
        ballot_buttons.addWidget(self.review_button)
        self.ballot_scroll = _scroll_column(
            self.ballot_header, self.whose, self.named_note, self.ballot_slot, spacing=16
        )
        ballot_layout = QVBoxLayout(self.ballot_page)
        ballot_layout.setContentsMargins(0, 0, 0, 0)
        ballot_layout.setSpacing(16)
        ballot_layout.addWidget(self.ballot_scroll, 1)
        ballot_layout.addLayout(self.ballot_status)
        ballot_layout.addLayout(ballot_buttons)
        # The review: a long basket (eight projects and the total) scrolls over its buttons.
        self.review_page = QWidget()
        self.review_header = VoteHeader()
        self.review_title = _heading("heading")
        self.review_text = _heading("title")
        self.confirm_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.confirm_button.clicked.connect(self.cast)
        self.change_button = TouchButton(icon_name="arrow-left")
        self.change_button.clicked.connect(lambda: self.pages.setCurrentWidget(self.ballot_page))
        review_buttons = QHBoxLayout()
        review_buttons.addWidget(self.change_button)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.confirm_button)
        self.review_scroll = _scroll_column(
            self.review_header, self.review_title, self.review_text, self.named_review, spacing=24
        )
        review = QVBoxLayout(self.review_page)
        review.setContentsMargins(0, 0, 0, 0)
        review.setSpacing(24)
        review.addWidget(self.review_scroll, 1)
        review.addLayout(review_buttons)
        # Voting by phone: each one-time code as a big QR holding the ballot page's full
        # address, and the address written out (for a phone without a camera).
        self.phone_urls: list[str] = []
        self.phone_index = 0
        self.phone_page = QWidget()
        self.phone_title = _heading("heading")
        self.phone_step = _heading("lead")
        self.phone_qr = QrView()
        self.phone_qr.setMinimumSize(PHONE_QR_MIN, PHONE_QR_MIN)
        self.phone_qr.setMaximumSize(560, 560)
        self.phone_url = _heading("title")
        self.phone_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_hint = _heading("muted")
        self.phone_next = TouchButton(kind="primary", big=True, icon_name="chevron-right")
        self.phone_next.clicked.connect(self._next_code)
        self.phone_done = TouchButton(kind="primary", big=True, icon_name="check")
        self.phone_done.clicked.connect(self.blank)
        phone_text = QVBoxLayout()
        phone_text.setSpacing(16)
        phone_text.addWidget(self.phone_title)
        phone_text.addWidget(self.phone_step)
        phone_text.addWidget(self.phone_url)
        phone_text.addWidget(self.phone_hint)
        phone_text.addStretch(1)
        phone_text.addWidget(self.phone_next)
        phone_text.addWidget(self.phone_done)
        phone = QHBoxLayout(self.phone_page)
        phone.setSpacing(48)
        phone.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignTop)
        phone.addLayout(phone_text, 1)
        for page in (self.welcome, self.ballot_page, self.review_page, self.phone_page):
            self.pages.addWidget(page)
        self._short = False
        self._space: QSize | None = None
        self.pages.currentChanged.connect(self._show_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(BOOTH_IDLE_S * 1000)
        self.idle.timeout.connect(self.blank)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Voting booth")

    def retranslate(self) -> None:
        self.welcome_title.setText(self.tr("Scan your badge to vote"))
        self.review_button.setText(self.tr("Review my vote"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.phone_button.setText(self.tr("Vote by phone"))
        self.phone_title.setText(self.tr("Scan this code with your phone's camera"))
        self.phone_next.setText(self.tr("Next code"))
        self.phone_done.setText(self.tr("Done"))
        self._show_code()
        self.review_title.setText(self.tr("Your vote:"))
        self.confirm_button.setText(self.tr("Confirm my vote"))
        self.change_button.setText(self.tr("Change"))
        if self.ballot is not None:
            self.ballot.retranslate()
        self._show_whose()
        super().retranslate()

    def reset(self) -> None:
        super().reset()
        self.blank()

    def show_state(self) -> None:
        super().show_state()
        vote = self.state.vote if self.state is not None else None
        for header in (self.ballot_header, self.review_header):
            header.show_vote(vote, high_contrast=self.shell.theme.high_contrast)
        self._show_header()
        self._show_secrecy()

    def arrange(self, space: QSize) -> None:
        self._space = space
        short = space.height() < BOOTH_SHORT_BELOW
        for header in (self.header, self.ballot_header, self.review_header):
            header.set_compact(short)
        for label in (self.whose, self.review_title):
            restyle(label, "role", "lead" if short else "heading")
        restyle(self.phone_url, "role", "lead" if short else "title")
        self._short = short
        self._show_header()
        qr = PHONE_QR_SHORT if short else PHONE_QR_MIN
        self.phone_qr.setMinimumSize(qr, qr)
        self._fit_ballot()

    def _show_header(self) -> None:
        # The ballot and the review scroll their own header with them. On a short screen the
        # phone codes need the whole height: the vote's title is on the ballot just left.
        page = self.pages.currentWidget()
        own = page in (self.ballot_page, self.review_page)
        phone = page is self.phone_page
        self.header.setVisible(self.state is not None and not own and not (self._short and phone))

    def _fit_ballot(self) -> None:
        space = self._space
        if self.ballot is not None and space is not None:
            self.ballot.fit(
                space,
                short=space.height() < BOOTH_SHORT_BELOW,
                large_text=self.shell.theme.large_text,
            )

    def _show_secrecy(self) -> None:
        """A secret ballot says so; a named vote (not secret, by design) says so louder."""
        secret = self.state is None or self.state.vote.secret
        if secret:
            self.welcome_hint.setText(self.tr("Your vote is secret: nobody sees your choice."))
            self.phone_hint.setText(
                self.tr("Your vote stays secret: the code is linked to nobody and works once.")
            )
        else:
            self.welcome_hint.setText(
                self.tr(
                    "This vote is not secret: your name and your choice will be in the minutes."
                )
            )
            self.phone_hint.setText(
                self.tr("This code is yours and works once. This vote is not secret.")
            )
        named = self.tr(
            "This vote is not secret: your name and your choice will be in the minutes."
        )
        self.named_note.setText(named)
        self.named_review.setText(named)
        self.named_note.setVisible(not secret)
        self.named_review.setVisible(not secret)

    def blank(self) -> None:
        """Back to the privacy page: the ballot and the voter are forgotten."""
        self.idle.stop()
        self.voices = []
        self.voter = None
        self.phone_urls = []
        self.phone_index = 0
        self.phone_qr.set_data("")
        self.phone_url.clear()
        self._drop_ballot()
        self.notice.hide()
        self.pages.setCurrentWidget(self.welcome)

    def _drop_ballot(self) -> None:
        ballot, self.ballot = self.ballot, None
        if ballot is None:
            return
        for widget, layout in ((ballot, self.ballot_slot), (ballot.status, self.ballot_status)):
            if widget is not None:
                layout.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def on_enter(self, **params: object) -> None:
        if params.get("next_voice") and self.voices:
            self._next_ballot()
        elif not self.voices:
            self.pages.setCurrentWidget(self.welcome)
        super().on_enter(**params)

    def prepare_screenshot(self) -> None:
        self.demo = True
        vote = demo_vote(self.method_names[0])
        self.state = VoteState(vote, DEMO_TURNOUT, None, pictures=demo_pictures(vote))
        self.voices = [Voice(uuid.UUID(int=1), "Camille", proxy=False)]
        self._next_ballot(shuffle=False)
        ballot = self.ballot
        if isinstance(ballot, Ballot):
            _fill_demo(ballot)
        self.show_state()

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        state = self.state
        if not self.isVisible() or state is None or self.pages.currentWidget() is not self.welcome:
            return
        vote_id, person_id = state.vote.id, holder.person_id

        def voices(ctx: AppContext) -> list[Voice]:
            from app.voting import service

            return service.voices_for(ctx, vote_id, person_id)

        def got(found: list[Voice]) -> None:
            self.voter = person_id
            self.voices = list(found)
            self._next_ballot()

        self.notice.hide()
        self.shell.tasks.run(voices, on_success=got, on_failure=self.refused, parent=self)

    def _next_ballot(self, *, shuffle: bool = True) -> None:
        state = self.state
        if state is None or not self.voices:
            self.blank()
            return
        self._drop_ballot()
        self.ballot = make_ballot(state.vote, shuffle=shuffle, pictures=state.pictures)
        self._fit_ballot()
        self.ballot.sig_changed.connect(self._touched)
        self.ballot_scroll.scroll_to_top()  # nothing of the last voter's place
        self.ballot_slot.addWidget(self.ballot)
        if self.ballot.status is not None:
            self.ballot_status.addWidget(self.ballot.status)
        self._show_whose()
        self._touched()
        self.phone_button.setVisible(state.vote.status == "open" and "phone" in state.vote.channels)
        self.pages.setCurrentWidget(self.ballot_page)

    def _show_whose(self) -> None:
        if not self.voices:
            self.whose.clear()
            return
        voice = self.voices[0]
        if voice.proxy:
            self.whose.setText(self.tr("Ballot for {name} (proxy)").format(name=voice.first_name))
        else:
            self.whose.setText(self.tr("Your ballot, {name}").format(name=voice.first_name))

    def _touched(self) -> None:
        if not self.demo:
            self.idle.start()
        self.review_button.setEnabled(self.ballot is not None and self.ballot.content() is not None)

    def review(self) -> None:
        if self.ballot is None or self.ballot.content() is None:
            return
        self.review_text.setText(self.ballot.summary())
        self.review_scroll.scroll_to_top()
        self.pages.setCurrentWidget(self.review_page)
        self._touched()

    def cast(self) -> None:
        state, ballot = self.state, self.ballot
        if state is None or ballot is None or not self.voices or self.voter is None or self.busy:
            return
        content = ballot.content()
        if content is None:
            return
        voice, vote_id, voter = self.voices[0], state.vote.id, self.voter

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            return service.cast_ballot(
                ctx,
                vote_id,
                voter_id=voter,
                content=content,
                proxy_for=voice.person_id if voice.proxy else None,
            )

        def done(_changes: object) -> None:
            self.busy = False
            self.voices.pop(0)
            self._drop_ballot()
            self.shell.go(
                "vote-confirmed", booth=self.name, more=bool(self.voices), vote=state.vote
            )

        self.busy = True
        self.idle.stop()
        self.shell.tasks.run(work, on_success=done, on_failure=self._cast_refused, parent=self)

    def by_phone(self) -> None:
        """One code per remaining voice (own, proxies), each shown as a QR; the voter's roll
        rows are marked voted now, so they cannot also vote here."""
        state = self.state
        if state is None or not self.voices or self.voter is None or self.busy:
            return
        vote_id, voter, holder = state.vote.id, self.voter, self.ballot_server

        def work(ctx: AppContext) -> list[str]:
            from app.voting import service

            holder.ensure(ctx)
            return [holder.url_for(code) for code in service.issue_phone_codes(ctx, vote_id, voter)]

        def got(urls: list[str]) -> None:
            self.busy = False
            self.voices = []
            self._drop_ballot()
            self.phone_urls = urls
            self.phone_index = 0
            self._show_code()
            self.pages.setCurrentWidget(self.phone_page)
            self.idle.start()  # the codes blank themselves too

        self.busy = True
        self.idle.stop()
        self.shell.tasks.run(work, on_success=got, on_failure=self._cast_refused, parent=self)

    def _next_code(self) -> None:
        if self.phone_index + 1 < len(self.phone_urls):
            self.phone_index += 1
            self._show_code()
            self.idle.start()

    def _show_code(self) -> None:
        urls = self.phone_urls
        if not urls:
            return
        url = urls[self.phone_index]
        self.phone_qr.set_data(url)
        self.phone_url.setText(url.removeprefix("http://"))
        self.phone_step.setText(
            self.tr("Code {number} of {total}").format(number=self.phone_index + 1, total=len(urls))
        )
        self.phone_step.setVisible(len(urls) > 1)
        last = self.phone_index + 1 >= len(urls)
        self.phone_next.setVisible(not last)
        self.phone_done.setVisible(last)

    def _cast_refused(self, error: Exception) -> None:
        self.refused(error)
        self.blank()
        self.notice.show()


def _scroll_column(*parts: QWidget | QLayout, spacing: int) -> VerticalScrollArea:
    """`parts` one under the other at the top of a scroll area that takes the height the
    booth leaves over its buttons."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    area = VerticalScrollArea(column)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    area.setMinimumHeight(BOOTH_SCROLL_MIN)
    kinetic(area)
    return area


def _fill_demo(ballot: Ballot) -> None:
    from ui.screens.voting.widgets import BasketBallot, GradesBallot, MotionBallot, RankingBallot

    if isinstance(ballot, MotionBallot):
        ballot.choose("yes")
    elif isinstance(ballot, RankingBallot):
        ballot.rank(ballot.labels[2])
        ballot.rank(ballot.labels[0])
    elif isinstance(ballot, GradesBallot):
        for index, label in enumerate(ballot.labels):
            ballot.grade(label, (4 + index) % len(ballot.grades))
    elif isinstance(ballot, BasketBallot):
        ballot.toggle(ballot.options[0].label)
        ballot.toggle(ballot.options[2].label)


@register_screen
class MotionBooth(BoothScreen):
    name = "vote-booth-motion"
    method_names = ("motion",)


@register_screen
class RankingBooth(BoothScreen):
    name = "vote-booth-ranking"
    method_names = ("irv", "schulze", "plurality")


@register_screen
class GradesBooth(BoothScreen):
    name = "vote-booth-mj"
    method_names = ("mj",)


@register_screen
class BasketBooth(BoothScreen):
    name = "vote-booth-pb"
    method_names = ("pb", "approval")


@register_screen
class ConfirmedScreen(Screen):
    """ "A voté !" for a few seconds, then the booth's privacy page (or the next proxy)."""

    name = "vote-confirmed"
    accepts_badges = False

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.booth = "vote-booth-motion"
        self.more = False
        # The vote's level stays on screen here too (a consultation advises, a co-decision
        # binds); nothing of the ballot does.
        self.vote: VoteInfo | None = None
        self.header = VoteHeader()
        self.big = _heading("display")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = _heading("lead")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.addWidget(self.header)
        layout.addStretch(1)
        layout.addWidget(self.big)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CONFIRMED_S * 1000)
        self.timer.timeout.connect(self._next)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Voting booth")

    def retranslate(self) -> None:
        self.big.setText(self.tr("Voted!"))
        self.hint.setText(
            self.tr("Your ballot is in the box. Next ballot: your proxy.")
            if self.more
            else self.tr("Your ballot is in the box. Thank you!")
        )
        self.header.show_vote(self.vote, high_contrast=self.shell.theme.high_contrast)

    def prepare_screenshot(self) -> None:
        self.vote = demo_vote("motion")

    def on_enter(self, **params: object) -> None:
        booth = params.get("booth")
        if isinstance(booth, str):
            self.booth = booth
        vote = params.get("vote")
        if isinstance(vote, VoteInfo):
            self.vote = vote
        self.more = bool(params.get("more"))
        self.retranslate()
        self.timer.start()

    def on_leave(self) -> None:
        self.timer.stop()

    def reset(self) -> None:
        self.timer.stop()
        self.more = False
        self.vote = None

    def _next(self) -> None:
        if self.isVisible():
            self.shell.go(self.booth, next_voice=self.more)


# -- Show of hands -------------------------------------------------------------------------------


@register_screen
class AnalogScreen(VoteScreen):
    name = "vote-analog"
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.fields: dict[str, CountField] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.totals = QGridLayout()
        self.totals.setHorizontalSpacing(24)
        self.totals.setVerticalSpacing(12)
        for row, key in enumerate(("cast", "valid", "invalid", "blank")):
            self._add_field(self.totals, row, key)
        self.options_box = QGridLayout()
        self.options_box.setHorizontalSpacing(24)
        self.options_box.setVerticalSpacing(12)
        # Majority judgment: one row per option, one number per grade (best grade first, as
        # on the ballot), the row's total at its end.
        self.grades_box = QGridLayout()
        self.grades_box.setHorizontalSpacing(12)
        self.grades_box.setVerticalSpacing(12)
        self.grade_fields: dict[tuple[str, int], QSpinBox] = {}
        self.grade_widgets: list[QLabel] = []
        self.grade_totals: dict[str, QLabel] = {}
        self._grid_key: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.check = _heading("lead")
        self.reason = QLineEdit()
        self.reason.hide()  # asked for a correction only, once a count is on record
        self.save_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.save_button.clicked.connect(self.save)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(self.shell.back)
        self.previous: uuid.UUID | None = None
        self._option_keys: list[str] = []
        # The totals beside the options' counts, or above them where that is too wide.
        columns = self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(48)
        columns.addLayout(self.totals)
        columns.addLayout(self.options_box)
        columns.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addLayout(columns)
        grades_row = QHBoxLayout()
        grades_row.addLayout(self.grades_box)
        grades_row.addStretch(1)
        layout.addLayout(grades_row)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        # The reconciliation and "Save the count" stay in sight under the counts.
        bottom = QVBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        bottom.addLayout(buttons)
        self.pin_actions(bottom)
        self.retranslate()

    def _add_field(self, grid: QGridLayout, row: int, key: str) -> CountField:
        label = _heading("lead")
        field = CountField()
        field.sig_changed.connect(self._reconcile)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        self.fields[key] = field
        self.field_labels[key] = label
        return field

    def title(self) -> str:
        return self.tr("Show of hands")

    def arrange(self, space: QSize) -> None:
        self.side_by_side_if_room(self._columns, self.room(space))

    def retranslate(self) -> None:
        names = {
            "cast": self.tr("Votes cast"),
            "valid": self.tr("Valid"),
            "invalid": self.tr("Invalid"),
            "blank": self.tr("Blank"),
        }
        for key, label in self.field_labels.items():
            label.setText(names.get(key) or _option_name(key))
        for widget in self.grade_widgets:
            grade = widget.property("grade")
            if isinstance(grade, str):
                widget.setText(grade_name(grade))
        self.reason.setPlaceholderText(self.tr("Why is the count corrected? (required)"))
        self.save_button.setText(
            self.tr("Save the correction") if self.previous else self.tr("Save the count")
        )
        self.back_button.setText(self.tr("Back"))
        super().retranslate()
        self._reconcile()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.demo = True
        self.state = VoteState(demo_vote("motion"), DEMO_TURNOUT, True)
        self.show_state()
        for key, value in (("yes", 7), ("no", 2), ("cast", 10), ("valid", 9), ("blank", 0)):
            self.fields[key].setValue(value)

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        keys = list(state.vote.choices) if state else []
        if state is not None and state.vote.method not in ("motion", "plurality", "approval", "pb"):
            keys = []
        if keys != self._option_keys:
            for key in self._option_keys:
                for widget in (self.fields.pop(key), self.field_labels.pop(key)):
                    widget.hide()
                    widget.deleteLater()
            self._option_keys = keys
            for row, key in enumerate(keys):
                self._add_field(self.options_box, row, key)
            self.retranslate()
        mj = state is not None and state.vote.method == "mj"
        grid = (state.vote.choices, state.vote.grades) if mj and state is not None else ((), ())
        if grid != self._grid_key:
            self._build_grades(*grid)

    def _build_grades(self, options: tuple[str, ...], grades: tuple[str, ...]) -> None:
        """The majority-judgment grid: option × grade, each a number field a finger can hit."""
        for widget in [
            *self.grade_fields.values(),
            *self.grade_widgets,
            *self.grade_totals.values(),
        ]:
            widget.hide()
            widget.deleteLater()
        self.grade_fields, self.grade_widgets, self.grade_totals = {}, [], {}
        self._grid_key = (options, grades)
        best_first = list(reversed(range(len(grades))))
        for column, grade in enumerate(best_first, start=1):
            head = _heading("small")
            head.setProperty("grade", grades[grade])
            head.setText(grade_name(grades[grade]))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grades_box.addWidget(head, 0, column)
            self.grade_widgets.append(head)
        for row, option in enumerate(options, start=1):
            name = _heading("lead")
            name.setText(option)
            self.grades_box.addWidget(name, row, 0)
            self.grade_widgets.append(name)
            for column, grade in enumerate(best_first, start=1):
                field = count_box()
                field.setMinimumSize(96, 56)
                field.setAccessibleName(f"{option} — {grade_name(grades[grade])}")
                field.valueChanged.connect(self._reconcile)
                self.grades_box.addWidget(field, row, column)
                self.grade_fields[(option, grade)] = field
            total = _heading("lead")
            self.grades_box.addWidget(total, row, len(grades) + 1)
            self.grade_totals[option] = total
        self._reconcile()

    def _grade_counts(self) -> dict[str, list[int]]:
        options, grades = self._grid_key
        return {
            option: [self.grade_fields[(option, g)].value() for g in range(len(grades))]
            for option in options
        }

    def _loaded(self, state: VoteState | None) -> None:
        super()._loaded(state)
        if state is not None and not self.demo:
            vote_id = state.vote.id
            self.shell.tasks.run(
                lambda ctx: _counts(ctx, vote_id), on_success=self._counted, parent=self
            )

    def _counted(self, counts: list[Any]) -> None:
        self.previous = counts[-1].id if counts else None
        self.reason.setVisible(self.previous is not None)
        if counts:
            last = counts[-1]
            for key in ("cast", "valid", "invalid", "blank"):
                self.fields[key].setValue(getattr(last, key))
            for key in self._option_keys:
                value = last.counts.get(key, 0)
                self.fields[key].setValue(value if isinstance(value, int) else 0)
            for (option, grade), field in self.grade_fields.items():
                row = last.counts.get(option)
                field.setValue(row[grade] if isinstance(row, list) and grade < len(row) else 0)
        self.save_button.setText(
            self.tr("Save the correction") if self.previous else self.tr("Save the count")
        )

    def _values(self) -> dict[str, int]:
        return {key: field.value() for key, field in self.fields.items()}

    def _reconcile(self) -> None:
        values = self._values()
        total = values["valid"] + values["invalid"] + values["blank"]
        if values["cast"] != total:
            self.check.setText(
                self.tr("{cast} cast, but valid + invalid + blank make {total}.").format(
                    cast=values["cast"], total=total
                )
            )
            role = "error"
        else:
            self.check.setText(self.tr("The totals agree."))
            role = "lead"
        # Majority judgment: each option's grades add up to at most the valid votes.
        for option, row in self._grade_counts().items():
            self.grade_totals[option].setText(self.tr("= {total}").format(total=sum(row)))
            if values["cast"] == total and sum(row) > values["valid"]:
                self.check.setText(
                    self.tr(
                        "{option} has {count} grades, more than the {valid} valid votes."
                    ).format(option=option, count=sum(row), valid=values["valid"])
                )
                role = "error"
        restyle(self.check, "role", role)

    def save(self) -> None:
        state = self.state
        if state is None or self.demo:
            return
        values = self._values()
        counts: dict[str, object] = {key: values[key] for key in self._option_keys}
        counts.update(self._grade_counts())
        vote_id, actor, previous = state.vote.id, _actor(self.shell), self.previous
        reason = self.reason.text()

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            figures = {k: values[k] for k in ("cast", "valid", "invalid", "blank")}
            if previous is not None:
                service.correct_analog_count(
                    ctx, previous, counts=counts, reason=reason, actor=actor, **figures
                )
            else:
                service.record_analog_count(ctx, vote_id, counts=counts, actor=actor, **figures)
            return Changes.of(Entity.VOTE)

        self.act(
            work,
            then=lambda _r: (self.reason.clear(), self.shell.toast(self.tr("The count is saved."))),
        )


def _counts(ctx: AppContext, vote_id: uuid.UUID) -> list[Any]:
    from app.voting import service

    return service.analog_counts(ctx, vote_id)


class NamedAnswerRow(QFrame):
    """One voice to call in a named vote by show of hands: the name (and whose proxy it is),
    and yes / no / abstain to tap."""

    def __init__(self, voter_id: uuid.UUID, proxy_for: uuid.UUID | None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.voter_id = voter_id
        self.proxy_for = proxy_for
        self.who = _heading("lead")
        self.answer = ChoiceButtons(MOTION_CHOICES, exclusive=True, columns=3)
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(24)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.answer, 1)
        self.body = layout


@register_screen
class NamedHandsScreen(VoteScreen):
    """A named motion by show of hands (a roll-call vote): the facilitator calls each name and
    taps the answer, then records them all at once. Whoever already voted (booth, phone) is
    not called; a proxy is called with its holder."""

    name = "vote-named-hands"
    facilitator_only = True
    wants_roll = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.hint = _heading("lead")
        self.done = _heading("muted")
        self.rows: list[NamedAnswerRow] = []
        self._rows_vote: uuid.UUID | None = None
        """The vote the rows (and the answers tapped on them) belong to."""
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.chosen = _heading("lead")
        self.record_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.record_button.clicked.connect(self.record)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(self.shell.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)
        layout.addLayout(self._list)
        layout.addWidget(self.done)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.record_button)
        self.pin_actions(bottom)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Named vote by show of hands")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Call each name and tap the answer given. The answers are recorded by name "
                "and printed in the minutes."
            )
        )
        self.back_button.setText(self.tr("Back"))
        super().retranslate()  # the rows again, in this language (`show_state`)

    def arrange(self, space: QSize) -> None:
        # Name and answers side by side on a wide screen, the answers under the name otherwise.
        wide = self.room(space) >= 1700
        for row in self.rows:
            row.body.setDirection(
                QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            )

    def reset(self) -> None:
        super().reset()
        for row in self.rows:
            row.answer.clear()
        self._show_chosen()

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.demo = True
        vote = replace(demo_vote("motion"), secret=False, channels=("kiosk", "analog"))
        names = ["Amina B.", "Bastien C.", "Chloé D.", "Dries V.", "Élodie F."]
        lines = [
            RollLine(
                uuid.UUID(int=index + 1),
                name,
                present=index != 4,
                eligible=True,
                has_voted=index == 3,
                weight=1,
                proxies_held=1 if index == 1 else 0,
                represented_by="Bastien C." if index == 4 else "",
                represented_by_id=uuid.UUID(int=2) if index == 4 else None,
            )
            for index, name in enumerate(names)
        ]
        self.state = VoteState(vote, DEMO_TURNOUT, True, tuple(lines))
        self.show_state()
        self.rows[0].answer.set_selected(["yes"])
        self.rows[1].answer.set_selected(["no"])
        self._show_chosen()

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        calls, voted = self._calls(state)
        # The rows, and the answers tapped on them but not recorded yet, stay across a reload
        # (someone voted at the booth meanwhile) and a change of language; never a change of
        # vote. Only the rows of voices no longer to call go, and new ones come.
        same_vote = state is not None and state.vote.id == self._rows_vote
        kept = {(row.voter_id, row.proxy_for): row for row in self.rows} if same_vote else {}
        old = self.rows
        for row in old:
            self._list.removeWidget(row)
        self._rows_vote = state.vote.id if state is not None else None
        self.rows = []
        for voter_id, proxy_for, who in calls:
            row = kept.pop((voter_id, proxy_for), None) or self._new_row(voter_id, proxy_for)
            row.who.setText(who)
            row.answer.set_texts({choice: choice_name(choice) for choice in MOTION_CHOICES})
            self._list.addWidget(row)
            self.rows.append(row)
        for row in old:
            if row not in self.rows:
                row.hide()
                row.deleteLater()
        if state is not None and (state.vote.status != "open" or state.vote.secret):
            # Nobody to call: the vote is secret (its hands are counted), or not open.
            if state.vote.secret:
                why = QCoreApplication.translate("Voting", SECRET_BY_NAME)
            elif state.vote.status == "draft":
                why = self.tr("The vote is not open yet.")
            else:
                why = QCoreApplication.translate("Voting", CLOSED)
            self.done.setText(why)
            self.done.setVisible(True)
        else:
            self.done.setText(self.tr("%n person(s) have already voted.", "", voted))
            self.done.setVisible(voted > 0)
        self._show_chosen()
        self.rearrange()

    def _calls(
        self, state: VoteState | None
    ) -> tuple[list[tuple[uuid.UUID, uuid.UUID | None, str]], int]:
        """The voices to call, in the roll's order: (voter, whose proxy or None, what the row
        says); and how many have voted already."""
        if state is None or state.vote.status != "open" or state.vote.secret:
            return [], 0
        by_id = {line.person_id: line for line in state.roll}
        calls: list[tuple[uuid.UUID, uuid.UUID | None, str]] = []
        voted = 0
        for line in state.roll:
            if line.has_voted:
                voted += 1
                continue
            if line.present and line.eligible:
                calls.append((line.person_id, None, line.name))
            # A proxy is called with its holder, unless the giver came after all.
            holder = by_id.get(line.represented_by_id) if line.represented_by_id else None
            if holder is not None and holder.present and not line.present:
                who = self.tr("{name}, by proxy: {holder} answers").format(
                    name=line.name, holder=holder.name
                )
                calls.append((holder.person_id, line.person_id, who))
        return calls, voted

    def _new_row(self, voter_id: uuid.UUID, proxy_for: uuid.UUID | None) -> NamedAnswerRow:
        row = NamedAnswerRow(voter_id, proxy_for)
        row.answer.sig_changed.connect(self._show_chosen)
        return row

    def _answers(self) -> list[HandAnswer]:
        return [
            HandAnswer(row.voter_id, {"choice": row.answer.choice()}, proxy_for=row.proxy_for)
            for row in self.rows
            if row.answer.choice()
        ]

    def _show_chosen(self) -> None:
        count = len(self._answers())
        self.chosen.setText(self.tr("%n answer(s) to record", "", count) if count else "")
        self.record_button.setText(self.tr("Record the answers"))
        self.record_button.setEnabled(count > 0 and not self.busy)

    def record(self) -> None:
        state, answers = self.state, self._answers()
        if state is None or not answers or self.busy or self.demo:
            return
        vote_id, actor = state.vote.id, _actor(self.shell)

        def work(ctx: AppContext) -> Changes:
            from app.voting import service

            return service.record_named_answers(ctx, vote_id, answers, actor=actor)

        sent = {(answer.voter_id, answer.proxy_for) for answer in answers}

        def recorded(_result: object) -> None:
            for row in self.rows:
                if (row.voter_id, row.proxy_for) in sent:
                    row.answer.clear()  # recorded: the reload takes their rows away
            self._show_chosen()
            self.shell.toast(self.tr("%n answer(s) recorded.", "", len(answers)))

        def not_recorded(error: Exception) -> None:
            self.refused(error)
            self.load()  # the room changed meanwhile (someone voted, a giver came)

        self.act(work, then=recorded, otherwise=not_recorded)
        self._show_chosen()  # busy: no second tap while they are recorded

    def refused(self, error: Exception) -> None:
        super().refused(error)
        self._show_chosen()


def _option_name(key: str) -> str:
    return choice_name(key)


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
            for label, role in step:
                restyle(label, "role", role)
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
        self.turnout = _heading("display")
        self.countdown = _heading("display")
        self.join = _heading("title")
        self.address = _heading("title")
        self.qr = QrView()
        # Large enough to scan from the middle of a room, small enough to leave the turnout
        # room: 440 px on the reference screen, between 280 and 520 elsewhere (`arrange`).
        self.qr.setFixedSize(440, 440)
        self.address_text = ""
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
        self.demo = True
        self.state = VoteState(demo_vote("motion"), DEMO_TURNOUT, True)
        self.address_text = "http://192.168.1.20:8765"
        self.show_state()

    def on_enter(self, **params: object) -> None:
        super().on_enter(**params)
        self.timer.start()

    def on_leave(self) -> None:
        self.timer.stop()

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        phones = state is not None and "phone" in state.vote.channels
        if not self.demo:
            self.address_text = self.ballot_server.address()
        for widget in (self.join, self.qr, self.address):
            widget.setVisible(phones and bool(self.address_text))
        self.qr.set_data(self.address_text)
        self.address.setText(self.address_text.removeprefix("http://"))
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
        self.outcome = _heading("display")
        self.explanation = _heading("title")
        self.hidden = _heading("title")
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

        self.demo = True
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
        self.state = VoteState(replace(vote, result=result), DEMO_TURNOUT, True)
        self.show_state()

    def show_state(self) -> None:
        super().show_state()
        state = self.state
        result = state.vote.result if state else None
        shown = state is not None and state.vote.revealed and result is not None
        self.hidden.setVisible(not shown)
        self.hidden.setText(self.tr("The results are not revealed yet."))
        self.outcome.setVisible(shown)
        self.explanation.setVisible(shown)
        if not shown or result is None:
            return
        if "error" in result:
            self.outcome.setText(str(result["error"]))
            self.explanation.clear()
            return
        details = result.get("details") or {}
        lines = [
            line
            for line in str((result.get("explanation") or {}).get(self.shell.language, "")).split(
                "\n"
            )
            if line.strip()
        ]
        # The headline once, the explanation below it: a motion's first line of explanation
        # is its count (the headline), and a result without winners (a consent round, a tie)
        # takes its first line of explanation as the headline.
        if state is not None and state.vote.method == "motion":
            choices = ["yes", "no", "abstain"] + (["invalid"] if details.get("invalid") else [])
            headline = " · ".join(f"{choice_name(c)} {details.get(c, 0)}" for c in choices)
            lines = lines[1:]
        else:
            headline = ", ".join(str(winner) for winner in result.get("winners") or [])
            if not headline and lines:
                headline, lines = lines[0], lines[1:]
        self.outcome.setText(headline)
        text = "\n".join(lines)
        if state is not None and state.vote.method == "mj":
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
            screen.on_enter(vote_id=vote_id)
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
