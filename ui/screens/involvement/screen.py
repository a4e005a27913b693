"""“How involved do you want to be?” for a person, and its counts for facilitators.

The four participation levels are cards in their own colours, with examples in plain words;
topics and channels are big buttons. Editable at any time (a badge holder is offered it on
home); asked during check-in when the last answer is missing or older than a year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from app.errors import QT_TRANSLATE_NOOP
from ui import theme
from ui.catalogue import NextStep
from ui.demo import demo_facilitator
from ui.navigation import Screen, register_screen
from ui.screen_args import InvolvementArgs, ScreenArgs
from ui.screens.involvement import ops
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.icons import LEVEL_ICONS
from ui.widgets.page import count_label, failure_text, label, set_page_margins
from ui.widgets.tile import Tile

if TYPE_CHECKING:
    import uuid

    from app.badges.types import BadgeHolder
    from app.involvement.types import Involvement, InvolvementCounts, NewsExport

LEVELS = ("information", "consultation", "concertation", "codecision")
TOPICS = (
    "governance",
    "local_budget",
    "skill_sharing",
    "events",
    "training",
    "collective_struggles",
)
CHANNELS = ("email", "sms", "paper", "none")

LEVEL_TITLES = {
    "information": QT_TRANSLATE_NOOP("Level", "Information: receive the news"),
    "consultation": QT_TRANSLATE_NOOP("Level", "Consultation: give my opinion"),
    "concertation": QT_TRANSLATE_NOOP("Level", "Concertation: work on proposals"),
    "codecision": QT_TRANSLATE_NOOP("Level", "Co-decision: decide together"),
}
LEVEL_EXAMPLES = {
    "information": QT_TRANSLATE_NOOP(
        "Level", "The antenne's news, the board's agendas, what was decided."
    ),
    "consultation": QT_TRANSLATE_NOOP(
        "Level", "Short surveys, advisory votes: you say what you think."
    ),
    "concertation": QT_TRANSLATE_NOOP(
        "Level", "Working groups that prepare proposals with the board."
    ),
    "codecision": QT_TRANSLATE_NOOP(
        "Level", "The general assembly, the local budget: your vote counts."
    ),
}
TOPIC_NAMES = {
    "governance": QT_TRANSLATE_NOOP("Topic", "Governance"),
    "local_budget": QT_TRANSLATE_NOOP("Topic", "Local budget"),
    "skill_sharing": QT_TRANSLATE_NOOP("Topic", "Skill sharing"),
    "events": QT_TRANSLATE_NOOP("Topic", "Events"),
    "training": QT_TRANSLATE_NOOP("Topic", "Training"),
    "collective_struggles": QT_TRANSLATE_NOOP("Topic", "Collective struggles"),
}
CHANNEL_NAMES = {
    "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("Channel", "Text message (SMS)"),
    "paper": QT_TRANSLATE_NOOP("Channel", "On paper at the antenne"),
    "none": QT_TRANSLATE_NOOP("Channel", "No news, thank you"),
}


def names(context: str, table: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate(context, source) for key, source in table.items()}


@register_screen
class InvolvementScreen(Screen):
    name = "involvement"
    args_type = InvolvementArgs

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.person_id: uuid.UUID | None = None
        self.then = ""
        self.then_args: ScreenArgs | None = None
        self.busy = False
        self.heading = label("title")
        self.intro = label("lead")
        self.levels: dict[str, Tile] = {}
        self._levels = QGridLayout()
        self._levels.setSpacing(24)
        for level in LEVELS:
            card = Tile(icon_name=LEVEL_ICONS[level], colour=level)
            card.setCheckable(True)
            self.levels[level] = card
        self._columns = 0
        self._arrange_levels(4)
        self.topics_label = label("heading")
        self.topics = ChoiceButtons(TOPICS, exclusive=False, columns=3)
        self.channels_label = label("heading")
        self.channels = ChoiceButtons(CHANNELS, exclusive=False, columns=4, alone=("none",))
        self.error = label("error")
        self.error.hide()
        self.save = TouchButton(kind="primary", big=True, icon_name="check")
        self.save.clicked.connect(self.submit)
        self.empty = EmptyState("id-card")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        self.form = QVBoxLayout()
        self.form.setSpacing(20)
        self.form.addWidget(self.heading)
        self.form.addWidget(self.intro)
        self.form.addLayout(self._levels)
        self.form.addWidget(self.topics_label)
        self.form.addWidget(self.topics)
        self.form.addWidget(self.channels_label)
        self.form.addWidget(self.channels)
        self.form.addStretch(1)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.addLayout(self.form)
        layout.addWidget(self.empty)
        self.save_bar = self.pin_actions(bottom)
        self._show_form(False)
        shell.sig_badge_scanned.connect(self._badge_scanned)
        self.retranslate()

    @classmethod
    def next_step_for(cls, holder: BadgeHolder) -> NextStep | None:
        return NextStep(
            title=QT_TRANSLATE_NOOP("NextStep", "How involved do I want to be?"),
            icon="users",
            screen="involvement",
            order=20,
            args=InvolvementArgs(holder.person_id),
        )

    def title(self) -> str:
        return self.tr("How involved?")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How involved do you want to be?"))
        self.intro.setText(
            self.tr(
                "Choose as many as you like. You can change your answers at any time, "
                "here at the kiosk."
            )
        )
        titles, examples = names("Level", LEVEL_TITLES), names("Level", LEVEL_EXAMPLES)
        for level, card in self.levels.items():
            card.set_texts(titles[level], examples[level])
        self.topics_label.setText(self.tr("What interests you?"))
        self.topics.set_texts(names("Topic", TOPIC_NAMES))
        self.channels_label.setText(self.tr("How do you want to hear from us?"))
        self.channels.set_texts(names("Channel", CHANNEL_NAMES))
        self.save.setText(self.tr("Save my answers"))
        self.empty.set_texts(
            self.tr("Scan your badge to answer."),
            self.tr("Your answers are kept with your badge's name."),
        )

    def _show_form(self, shown: bool) -> None:
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.error:
                widget.setVisible(shown)
        for card in self.levels.values():
            card.setVisible(shown)
        self.save_bar.setVisible(shown)
        self.empty.setVisible(not shown)

    def _arrange_levels(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.levels.values():
            self._levels.removeWidget(card)
        for index, card in enumerate(self.levels.values()):
            self._levels.addWidget(card, index // columns, index % columns)

    def arrange(self, space: QSize) -> None:
        columns = 4 if space.width() >= 1700 else 2
        self._arrange_levels(columns)
        # The cards paint their own texts: room for an icon, a two-line title and examples; a
        # narrow card (portrait, large text) wraps its title on three lines and needs more.
        metrics = theme.current().metrics
        card_width = (space.width() - 96) / columns / metrics.scale
        height = metrics.text(15 if card_width >= 420 else 18)
        for card in self.levels.values():
            card.setMinimumHeight(height)
        self.topics.set_columns(3 if space.width() >= 1300 else 2)
        self.channels.set_columns(4 if space.width() >= 1700 else 2)

    def reset(self) -> None:
        self.person_id = None
        self.then = ""
        self.then_args = None
        self.busy = False
        for card in self.levels.values():
            card.setChecked(False)
        self.topics.clear()
        self.channels.clear()
        self.error.hide()
        self._show_form(False)

    def on_enter(self, args: ScreenArgs | None) -> None:
        if args is None and self.person_id is None and self.shell.visitor_id is not None:
            args = InvolvementArgs(self.shell.visitor_id)
        if isinstance(args, InvolvementArgs):
            self.reset()
            self.person_id = args.person_id
            self.then, self.then_args = args.then, args.then_args
            self._load(args.person_id)
        self._show_form(self.person_id is not None)

    def prepare_screenshot(self) -> None:
        import uuid

        self.person_id = uuid.UUID(int=1)
        self.levels["information"].setChecked(True)
        self.levels["codecision"].setChecked(True)
        self.topics.set_selected(["local_budget", "events"])
        self.channels.set_selected(["email"])
        self._show_form(True)

    def _badge_scanned(self, holder: BadgeHolder) -> None:
        if self.isVisible() and not self.busy:
            self.on_enter(InvolvementArgs(holder.person_id))

    def _load(self, person_id: uuid.UUID) -> None:
        ops.load(self, person_id, success=self._loaded)

    def _loaded(self, involvement: Involvement) -> None:
        for level, card in self.levels.items():
            card.setChecked(level in involvement.levels)
        self.topics.set_selected(involvement.topics)
        self.channels.set_selected(involvement.channels)

    def submit(self) -> None:
        person_id = self.person_id
        if person_id is None or self.busy:
            return
        self.busy = True
        levels = [level for level, card in self.levels.items() if card.isChecked()]
        ops.save(
            self,
            person_id,
            levels=levels,
            topics=self.topics.selected(),
            channels=self.channels.selected(),
            success=self._saved,
            failure=self._failed,
        )

    def _saved(self, _involvement: Involvement) -> None:
        self.busy = False
        if self.then:
            self.shell.go(self.then, self.then_args)
        else:
            self.shell.toast(self.tr("Thank you! Your answers are saved."))
            self.shell.go_home()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.error.setText(failure_text(error))
        self.error.show()


@register_screen
class InvolvementStatsScreen(Screen):
    """Facilitators: how many people want each level and topic; export who wants what."""

    name = "involvement-stats"
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.counts: InvolvementCounts | None = None
        self.heading = label("title")
        self.total = label("lead")
        self.level_labels: dict[str, QLabel] = {}
        self.level_values: dict[str, QLabel] = {}
        self.topic_labels: dict[str, QLabel] = {}
        self.topic_values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(8)
        self._grid = grid
        self._side_by_side: bool | None = None
        self.levels_heading = label("heading")
        self.topics_heading = label("heading")
        for level in LEVELS:
            self.level_labels[level], self.level_values[level] = label("lead"), count_label()
        for topic in TOPICS:
            self.topic_labels[topic], self.topic_values[topic] = label("lead"), count_label()
        self._arrange_counts(side_by_side=True)
        self.export_level = ChoiceButtons(LEVELS, exclusive=True, columns=4, icons=LEVEL_ICONS)
        self.export_topic = ChoiceButtons(TOPICS, exclusive=False, columns=3)
        self.export_label = label("heading")
        self.export_hint = label("muted")
        self.export = TouchButton(kind="primary", big=True, icon_name="inbox")
        self.export.clicked.connect(self.export_csv)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.total)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.export_label)
        layout.addWidget(self.export_hint)
        layout.addWidget(self.export_level)
        layout.addWidget(self.export_topic)
        layout.addWidget(self.export, 0)
        layout.addStretch(1)
        self.retranslate()

    def _arrange_counts(self, *, side_by_side: bool) -> None:
        """Levels and topics side by side, or topics under levels where that would not fit."""
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        grid = self._grid
        blocks = (
            (self.levels_heading, [(self.level_labels[k], self.level_values[k]) for k in LEVELS]),
            (self.topics_heading, [(self.topic_labels[k], self.topic_values[k]) for k in TOPICS]),
        )
        row = 0
        for index, (heading, lines) in enumerate(blocks):
            column = 2 * index if side_by_side else 0
            row = 0 if side_by_side else row
            grid.addWidget(heading, row, column, 1, 2)
            for offset, (name, value) in enumerate(lines, start=1):
                grid.addWidget(name, row + offset, column)
                grid.addWidget(value, row + offset, column + 1)
            row += len(lines) + 1
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2 if side_by_side else 0)

    def arrange(self, space: QSize) -> None:
        # Two columns of counts and four level buttons in a row need a wide landscape screen;
        # in large text, with the long Dutch level names, even 1920 is not enough: the widest
        # arrangement that fits, measured (a guess from the width cut the topics' numbers and
        # the export chips off the right edge).
        room = self.room(space)
        for side_by_side, levels, topics in (
            (True, 4, 3),
            (True, 2, 3),
            (False, 2, 3),
            (False, 2, 2),
            (False, 1, 2),
            (False, 1, 1),
        ):
            self._arrange_counts(side_by_side=side_by_side)
            self.export_level.set_columns(levels)
            self.export_topic.set_columns(topics)
            if self.minimum_width() <= room:
                return

    def title(self) -> str:
        return self.tr("Who wants which news")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What the people of this antenne want"))
        self.levels_heading.setText(self.tr("Participation levels"))
        self.topics_heading.setText(self.tr("Topics"))
        levels, topics = names("Level", LEVEL_TITLES), names("Topic", TOPIC_NAMES)
        for level, widget in self.level_labels.items():
            widget.setText(levels[level])
        for topic, widget in self.topic_labels.items():
            widget.setText(topics[topic])
        self.export_level.set_texts(levels)
        self.export_topic.set_texts(topics)
        self.export_label.setText(self.tr("Export the people who want this news"))
        self.export_hint.setText(
            self.tr("Only people who agreed to be contacted, with a way to reach them.")
        )
        self.export.setText(self.tr("Export a CSV file"))
        counts = self.counts
        self.total.setText(
            self.tr("%n person(s) answered.", "", counts.people) if counts else self.tr("Loading…")
        )
        for level, widget in self.level_values.items():
            widget.setText(str(counts.levels[level]) if counts else "")
        for topic, widget in self.topic_values.items():
            widget.setText(str(counts.topics[topic]) if counts else "")

    def reset(self) -> None:
        self.counts = None
        self.export_level.clear()
        self.export_topic.clear()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        ops.counts(self, success=self._loaded)

    def prepare_screenshot(self) -> None:
        demo_facilitator(self.shell)
        self.export_level.set_selected(["codecision"])

    def _loaded(self, counts: InvolvementCounts) -> None:
        self.counts = counts
        self.retranslate()

    def export_csv(self) -> None:
        level = self.export_level.choice() or None
        topics = self.export_topic.selected()

        def done(result: NewsExport) -> None:
            self.shell.toast(
                self.tr("%n person(s) exported to {path}", "", result.count).format(
                    path=str(result.path)
                )
            )

        ops.export_csv(self, level=level, topics=topics, success=done)
