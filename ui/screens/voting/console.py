"""The facilitator's console: the votes, a new vote from a template, and the vote's life
(open, close, reveal, publish) with the ways to the roll call, booth, hands and projector.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP
from app.voting.queries import VoteState
from app.voting.templates import TEMPLATES
from app.voting.texts import vote_text
from app.voting.types import Done, VoteForm
from ui.demo import demo_facilitator
from ui.navigation import register_screen
from ui.screen_args import VoteArgs
from ui.screens.voting import ops
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.option_rows import OptionRowEditor, VoteTextsEditor
from ui.screens.voting.projector import ProjectorWindow
from ui.screens.voting.projects import PicturePicker, ProjectsEditor
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    booth_for,
    demo_project_image,
    demo_vote,
    level_name,
    status_name,
    turnout_text,
)
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.confirm import ConfirmOverlay
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import label, tabular_figures
from ui.widgets.page_stack import PageStack
from ui.widgets.scrolling import VerticalScrollArea, kinetic

TEMPLATE_NAMES = {
    "statute-change": QT_TRANSLATE_NOOP("VoteTemplate", "Statute change (⅔)"),
    "board-decision": QT_TRANSLATE_NOOP("VoteTemplate", "Board decision"),
    "local-pb": QT_TRANSLATE_NOOP("VoteTemplate", "Participatory budget"),
    "consultation-mj": QT_TRANSLATE_NOOP("VoteTemplate", "Consultation (judgment)"),
    "consent-round": QT_TRANSLATE_NOOP("VoteTemplate", "Consent round"),
}


DURATIONS = ("5", "10", "15", "30", "0")
# The new vote's form, where the screen is short: a template, a title and a row in sight.
FORM_MIN_HEIGHT = 420


# -- The console ---------------------------------------------------------------------------------


@register_screen
class ConsoleScreen(VoteScreen):
    name = "vote-console"
    facilitator_only = True
    wants_pictures = ("draft",)  # the projects editor: drafts only

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.votes_heading = label("heading")
        self.votes = QListWidget()
        self.votes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.votes.itemClicked.connect(self._pick)
        self.new_heading = label("heading")
        self.templates = ChoiceButtons(list(TEMPLATE_NAMES), exclusive=True, columns=2)
        # The vote's language, its title and question per language, its options as rows.
        self.texts = VoteTextsEditor()
        # A participatory budget needs its amount: shown only for that template.
        self.budget_field = QLineEdit()
        self.budget_field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        # An amount, as the projects' costs: right-aligned, in figures of one width.
        self.budget_field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tabular_figures(self.budget_field)
        self.budget_field.hide()
        self.templates.sig_changed.connect(self._template_changed)
        # A named vote (a board's roll call): who voted what goes into the minutes.
        self.named_button = TouchButton(checkable=True, icon_name="users")
        self.create_button = TouchButton(kind="primary", icon_name="check")
        self.create_button.clicked.connect(self.create_vote)
        # The new vote's form scrolls on its own (its rows grow with the options): the
        # console keeps to the screen, and its confirmations stay in sight.
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 16, 0)
        form.setSpacing(12)
        form.addWidget(self.templates)
        form.addWidget(self.texts)
        form.addWidget(self.budget_field)
        # Side by side, or one under the other where the column is narrow (portrait).
        self.create_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.create_row.setSpacing(16)
        self.create_row.addWidget(self.named_button)
        self.create_row.addWidget(self.create_button, 1)
        form.addLayout(self.create_row)
        form.addStretch(1)
        self.form_scroll = VerticalScrollArea(self.form)
        self.form_scroll.setMinimumHeight(FORM_MIN_HEIGHT)
        kinetic(self.form_scroll)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.votes_heading)
        left.addWidget(self.votes, 1)
        left.addWidget(self.new_heading)
        left.addWidget(self.form_scroll, 3)

        self.status = label("lead")
        self.countdown = label("title")
        self.figures = label("lead")
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
        self.secrecy = label("lead")
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
        self.projects = ProjectsEditor(self, close=self.close_projects)
        # A picture for a project row of the new vote's form.
        self.row_picker = PicturePicker(self)
        self.row_picker.sig_picked.connect(self._row_picture_picked)
        self.row_picker.sig_back.connect(self._close_row_picker)
        self.picture_row: OptionRowEditor | None = None
        self.texts.sig_choose_picture.connect(self.choose_row_picture)
        self.right = PageStack()
        self.right.addWidget(self.empty)
        self.right.addWidget(card)
        self.right.addWidget(self.projects)
        self.right.addWidget(self.row_picker)
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
        self.texts.retranslate()
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
        self.texts.set_own_language(self.shell.default_language)
        self.texts.clear()
        self.budget_field.clear()
        self.named_button.setChecked(False)
        self.templates.clear()
        self._template_changed()
        self.projects.reset()
        self.duration.set_selected(("15",))

    def _template_changed(self) -> None:
        template = self.templates.choice()
        self.budget_field.setVisible(template == "local-pb")
        method = TEMPLATES[template]["method"] if template in TEMPLATES else "motion"
        self.texts.set_kind(
            options=method not in ("motion", "consent"), costs=template == "local-pb"
        )

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        vote = demo_vote("motion")
        pb = demo_vote("pb", status="draft")
        # A budget being written: its projects as rows, Dutch names given for the first.
        self.templates.set_selected(["local-pb"])
        self._template_changed()
        self.texts.clear()
        self.texts.titles["fr"].setText("Budget participatif 2027")
        self.budget_field.setText("5 000")
        for row, (name, cost, description) in zip(
            self.texts.rows,
            (
                ("Atelier réparation vélos", "1 800", "Un samedi par mois, dans la cour."),
                ("Bibliothèque partagée", "900", ""),
            ),
            strict=True,
        ):
            row.names["fr"].setText(name)
            row.cost.setText(cost)
            row.descriptions["fr"].setText(description)
        self.texts.rows[0].names["nl"].setText("Fietsherstelatelier")
        # Its picture chosen (a file name only: a screenshot's state creates nothing).
        self.texts.rows[0].set_picture(
            Path("atelier-velos.jpg"), demo_project_image("Atelier réparation vélos")
        )
        self.texts.retranslate()
        self.show_fixed(VoteState(vote, DEMO_TURNOUT, True, votes=(vote, pb)))

    def arrange(self, space: QSize) -> None:
        # Side by side needs the reference width; at 1366 × 768 (or in portrait) the vote's
        # card comes first, the new-vote form under it, and the screen scrolls rather than
        # being cut at the right.
        # Large text needs more: at 1920 × 1080 the card's buttons and title would run off
        # the right edge beside the list.
        wide_enough = 2400 if self.shell.theme.large_text else 1600
        narrow = space.height() > space.width() or space.width() < wide_enough
        self._body.setDirection(
            QBoxLayout.Direction.BottomToTop if narrow else QBoxLayout.Direction.LeftToRight
        )
        portrait = space.height() > space.width()
        self.create_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # The form scrolls up and down only: never narrower than what it holds.
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + bar)
        # Two buttons a row where the card is wide enough, one in portrait (or where two of
        # the longest, in large text, would not fit beside each other).
        widest = max(button.sizeHint().width() for button in self.goto.values())
        card = self.room(space) - 96 - 80  # the screen's margins, the card's
        columns = 1 if portrait or 2 * widest + 16 > card else 2
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
            self.projects.show_vote(state.vote, state.pictures, reloaded=True)
        for vote in state.votes:
            title = vote_text(vote, self.shell.language).title
            item = QListWidgetItem(
                f"{title}\n{status_name(vote.status)} · {level_name(vote.level)}"
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
        if isinstance(vote_id, uuid.UUID):
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
        self.shell.go(name, VoteArgs(state.vote.id))

    def open_projector_window(self) -> ProjectorWindow | None:
        """The projector as its own top-level window (the room sees it, not the console)."""
        state = self.state
        if state is None:
            return None
        if self.projector_window is None:
            self.projector_window = ProjectorWindow(self.shell, self.window())
        self.projector_window.present(state.vote.id)
        return self.projector_window

    def create_vote(self) -> None:
        texts = self.texts
        form = VoteForm(
            template=self.templates.choice() or "",
            title=texts.title(),
            options=texts.option_rows(),
            budget=self.budget_field.text(),
            named=self.named_button.isChecked(),
            language=texts.own_language(),
            question=texts.question(),
            translations=texts.translations(),
        )

        def created(done: Done) -> None:
            # Only once the vote exists: a refusal keeps what was typed, to fix it.
            self.vote_id = done.value
            texts.clear()
            self.budget_field.clear()
            self.named_button.setChecked(False)

        self.act(partial(ops.create_vote, self, form), then=created)

    def edit_projects(self) -> None:
        """The draft's projects: a description and a picture each."""
        state = self.state
        if state is None or state.vote.status != "draft":
            return
        self.projects.show_vote(state.vote, state.pictures)
        self.right.setCurrentWidget(self.projects)

    def choose_row_picture(self, row: OptionRowEditor) -> None:
        """The pictures found, beside the form, for the project `row`."""
        self.picture_row = row
        self.right.setCurrentWidget(self.row_picker)
        self.row_picker.browse(
            QCoreApplication.translate("ProjectsEditor", "Tap a picture for this project.")
        )

    def _row_picture_picked(self, path: Path) -> None:
        row = self.picture_row
        if row is not None and row in self.texts.rows:
            row.set_picture(path, self.row_picker.previews.get(path, QImage()))
        self._close_row_picker()

    def _close_row_picker(self) -> None:
        self.picture_row = None
        self.close_projects()

    def close_projects(self) -> None:
        self.right.setCurrentWidget(self.card if self.state else self.empty)

    def open_vote(self) -> None:
        state = self.state
        if state is None or self.busy:
            return
        phones = "phone" in state.vote.channels
        minutes = int(self.duration.choice() or "0") or None
        holder = self.ballot_server if phones else None
        self.act(partial(ops.open_vote, self, state.vote.id, minutes=minutes, holder=holder))

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
        if state is not None:
            self.act(partial(ops.close_vote, self, state.vote.id, holder=self.ballot_server))

    def reveal(self) -> None:
        state = self.state
        if state is not None:
            self.act(partial(ops.reveal_results, self, state.vote.id))

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
        if state is not None:
            self.act(partial(ops.publish_results, self, state.vote.id))
