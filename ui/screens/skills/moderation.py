"""The facilitators' skills board: the reports waiting, oldest first (keep the post, or hide it
with a reason its author reads), the hidden posts (show one again), and the free "other" texts
of the posts, counted, to turn into skills of the taxonomy (`skills-moderation`); and the needs
nobody offers by sector — how the antenne identifies the trainings to organise — with the
week's new matches (`skills-needs`). Every action is audited by the service.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Entity
from app.skills.types import OTHER_TAG_CHARS, REASON_CHARS, TagForm
from ui import theme
from ui.navigation import Screen, register_screen
from ui.screen_args import NewSessionArgs
from ui.screens.skills import facilitation_ops as ops
from ui.screens.skills.widgets import PostCardWidget, date_text, reason_text
from ui.shell import Shell
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.empty_state import EmptyState
from ui.widgets.page import count_label, failure_text, label, set_page_margins

if TYPE_CHECKING:
    from app.skills.types import (
        Moderated,
        ModerationView,
        NeedsView,
        OtherText,
        PostDetail,
        ReportView,
        Tag,
        UnmetNeeds,
    )
    from ui.screen_args import ScreenArgs

PARTS = ("reports", "hidden", "others")
# The week's new matches a facilitator reads at once (the rest counted).
NEW_MATCHES_SHOWN = 8
LANGUAGES = ("fr", "nl", "en")
# What reloads the facilitators' views when it changes elsewhere (a report at another kiosk).
WATCHED = (Entity.SKILL_POST, Entity.SKILL_REPORT, Entity.SKILL_TAG)


def stack_top(row: QBoxLayout, button: QWidget, space: QSize) -> None:
    """The title and its button side by side, or the button under the title when the title
    would keep less than half the width."""
    narrow = space.width() - button.sizeHint().width() < space.width() / 2 + 96
    row.setDirection(
        QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
    )


class ReasonAsk(QWidget):
    """A reason asked before an action a facilitator takes on a post (the author reads why a
    post is hidden; the audit log keeps why it came back): the field, then confirm or cancel."""

    def __init__(self, *, danger: bool, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = label("lead")
        self.field = QLineEdit()
        # One letter more than the service takes: too long is refused with the reason.
        self.field.setMaxLength(REASON_CHARS + 1)
        self.prompt.setBuddy(self.field)
        self.confirm = TouchButton(kind="danger" if danger else "primary", icon_name=icon_name)
        self.cancel = TouchButton(icon_name="x")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def reason(self) -> str:
        return self.field.text().strip()


class ReportRow(QFrame):
    """A report: the post, why it was reported and the note; Keep, or Hide with a reason."""

    def __init__(self, report: ReportView, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setProperty("role", "card")
        self.card = PostCardWidget(report.post, language)
        self.why = label("heading")
        self.note = label("lead", plain=True)
        self.note.setVisible(bool(report.note.strip()))
        self.when = label("muted")
        self.keep = TouchButton(icon_name="check")
        self.hide_post = TouchButton(kind="danger", icon_name="ban")
        self.choices = QWidget()
        actions = QHBoxLayout(self.choices)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(16)
        actions.addWidget(self.keep)
        actions.addWidget(self.hide_post)
        actions.addStretch(1)
        # Hiding asks for the reason the author will read.
        self.hiding = ReasonAsk(danger=True, icon_name="ban")
        self.error = label("error")
        self.error.hide()
        self.hiding.cancel.clicked.connect(self.stop_hiding)
        self.hide_post.clicked.connect(self.start_hiding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        for widget in (self.why, self.note, self.when, self.card, self.choices, self.hiding):
            layout.addWidget(widget)
        layout.addWidget(self.error)

    def start_hiding(self) -> None:
        self.choices.hide()
        self.hiding.show()
        self.hiding.field.setFocus()

    def stop_hiding(self) -> None:
        self.hiding.field.clear()
        self.error.hide()
        self.hiding.hide()
        self.choices.show()

    def refused(self, text: str) -> None:
        self.setEnabled(True)
        self.error.setText(text)
        self.error.show()


class HiddenRow(QFrame):
    """A hidden post: the card, the reason its author reads, Show again."""

    def __init__(self, detail: PostDetail, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setProperty("role", "card")
        self.card = PostCardWidget(detail.card, language)
        self.reason = label("lead", plain=True)
        self.show_again = TouchButton(icon_name="eye")
        self.asking = ReasonAsk(danger=False, icon_name="eye")
        self.error = label("error")
        self.error.hide()
        self.choices = QWidget()
        row = QHBoxLayout(self.choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.show_again)
        row.addStretch(1)
        self.show_again.clicked.connect(self.start_asking)
        self.asking.cancel.clicked.connect(self.stop_asking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.card)
        layout.addWidget(self.reason)
        layout.addWidget(self.choices)
        layout.addWidget(self.asking)
        layout.addWidget(self.error)

    def start_asking(self) -> None:
        self.choices.hide()
        self.asking.show()
        self.asking.field.setFocus()

    def stop_asking(self) -> None:
        self.asking.field.clear()
        self.error.hide()
        self.asking.hide()
        self.choices.show()

    def refused(self, text: str) -> None:
        self.setEnabled(True)
        self.error.setText(text)
        self.error.show()


class OtherRow(QFrame):
    """An "other" text, how many posts carry it, and "Make it a skill"."""

    def __init__(self, other: OtherText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.other = other
        self.setProperty("role", "card")
        self.text = label("heading", plain=True)
        self.count = label("muted")
        self.make = TouchButton(kind="primary", icon_name="plus")
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.text)
        texts.addWidget(self.count)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(24, 16, 24, 16)
        self._row.setSpacing(24)
        self._row.addLayout(texts, 1)
        self._row.addWidget(self.make, 0, Qt.AlignmentFlag.AlignVCenter)


class TagEditor(QFrame):
    """Turning an "other" text into a skill: its sector, its labels in fr/nl/en (prefilled with
    the text), Add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.other: OtherText | None = None
        self.heading = label("heading", plain=True)
        self.sector_label = label("lead")
        self.sectors = ChoiceButtons((), exclusive=True)
        self.sectors_box = QVBoxLayout()
        self.sectors_box.setContentsMargins(0, 0, 0, 0)
        self.sectors_box.addWidget(self.sectors)
        self.label_names: dict[str, QLabel] = {}
        self.labels: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.sector_label)
        layout.addLayout(self.sectors_box)
        for language in LANGUAGES:
            name = label("lead")
            field = QLineEdit()
            field.setMaxLength(OTHER_TAG_CHARS + 1)
            name.setBuddy(field)
            self.label_names[language] = name
            self.labels[language] = field
            layout.addWidget(name)
            layout.addWidget(field)
        self.error = label("error")
        self.error.hide()
        self.add = TouchButton(kind="primary", icon_name="check")
        self.cancel = TouchButton(icon_name="x")
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.add)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def set_sectors(self, sectors: tuple[Tag, ...], language: str, columns: int) -> None:
        keys = tuple(sector.slug for sector in sectors)
        if keys != self.sectors.keys:
            self.sectors_box.removeWidget(self.sectors)
            self.sectors.deleteLater()
            self.sectors = ChoiceButtons(keys, exclusive=True, columns=columns)
            self.sectors_box.addWidget(self.sectors)
        self.sectors.set_texts({sector.slug: sector.label(language) for sector in sectors})

    def open(self, other: OtherText) -> None:
        self.other = other
        self.error.hide()
        self.sectors.set_selected([other.sector] if other.sector in self.sectors.keys else [])
        for field in self.labels.values():
            field.setText(other.text)
        self.show()

    def form(self) -> TagForm | None:
        other = self.other
        if other is None:
            return None
        return TagForm(
            other_text=other.text,
            sector=self.sectors.choice(),
            labels={language: field.text() for language, field in self.labels.items()},
        )


@register_screen
class SkillsModerationScreen(Screen):
    """Facilitators: the reports, the hidden posts, the "other" texts to turn into skills."""

    name = "skills-moderation"
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.view: ModerationView | None = None
        self.columns = 3
        self.report_rows: list[ReportRow] = []
        self.hidden_rows: list[HiddenRow] = []
        self.other_rows: list[OtherRow] = []
        self.heading = label("title")
        self.parts = ChoiceButtons(PARTS, exclusive=True, columns=3)
        self.parts.set_selected(["reports"])
        self.parts.sig_changed.connect(self._show)
        self.needs = TouchButton(icon_name="users")
        self.needs.clicked.connect(lambda: self.shell.go("skills-needs"))
        self.outcome = label("lead", plain=True)
        self.outcome.hide()
        self.empty = EmptyState("shield-check")
        self.reports_box = QVBoxLayout()
        self.reports_box.setSpacing(16)
        self.hidden_box = QVBoxLayout()
        self.hidden_box.setSpacing(16)
        self.others_lead = label("lead")
        self.editor = TagEditor()
        self.editor.hide()
        self.editor.add.clicked.connect(self._make_tag)
        self.editor.cancel.clicked.connect(self._close_editor)
        self.others_box = QVBoxLayout()
        self.others_box.setSpacing(16)
        self.reports_part = QWidget()
        self.reports_part.setLayout(self.reports_box)
        self.reports_box.setContentsMargins(0, 0, 0, 0)
        self.hidden_part = QWidget()
        self.hidden_part.setLayout(self.hidden_box)
        self.hidden_box.setContentsMargins(0, 0, 0, 0)
        self.others_part = QWidget()
        others = QVBoxLayout(self.others_part)
        others.setContentsMargins(0, 0, 0, 0)
        others.setSpacing(16)
        others.addWidget(self.others_lead)
        others.addWidget(self.editor)
        others.addLayout(self.others_box)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.setSpacing(24)
        self.top.addWidget(self.heading, 1)
        self.top.addWidget(self.needs, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addLayout(self.top)
        layout.addWidget(self.parts)
        layout.addWidget(self.outcome)
        layout.addWidget(self.empty)
        layout.addWidget(self.reports_part)
        layout.addWidget(self.hidden_part)
        layout.addWidget(self.others_part)
        layout.addStretch(1)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Skills board")

    def retranslate(self) -> None:
        view = self.view
        self.heading.setText(self.tr("The skills board: reports and skills"))
        reports = len(view.moderation.reports) if view else 0
        hidden = len(view.moderation.hidden) if view else 0
        others = len(view.others) if view else 0
        self.parts.set_texts(
            {
                "reports": self.tr("Reports (%n)", "", reports),
                "hidden": self.tr("Hidden posts (%n)", "", hidden),
                "others": self.tr("New skills (%n)", "", others),
            }
        )
        self.needs.setText(self.tr("The needs nobody offers"))
        self.others_lead.setText(
            self.tr(
                "Words members typed under “other” because the list lacked their skill. Make "
                "one a skill of the list: the posts that carry it get it, and everyone can find "
                "it in their language."
            )
        )
        part = self.parts.choice()
        if part == "reports":
            self.empty.set_texts(self.tr("No report waiting."), self.tr("Thank you for looking."))
        elif part == "hidden":
            self.empty.set_texts(self.tr("No post is hidden."))
        else:
            self.empty.set_texts(self.tr("No “other” text on the board."))
        editor = self.editor
        editor.heading.setText(
            self.tr("“{text}” as a skill").format(text=editor.other.text if editor.other else "")
        )
        editor.sector_label.setText(self.tr("In which sector?"))
        for language, name in self.label_names().items():
            editor.label_names[language].setText(name)
        editor.add.setText(self.tr("Add the skill"))
        editor.cancel.setText(self.tr("Cancel"))
        if view is not None:
            editor.set_sectors(view.sectors, self.shell.language, self.columns)
        for row in self.report_rows:
            self._report_texts(row)
        for hidden_row in self.hidden_rows:
            hidden_row.reason.setText(
                self.tr("Hidden. Its author reads: “{reason}”").format(
                    reason=hidden_row.detail.hidden_reason
                )
            )
            hidden_row.show_again.setText(self.tr("Show it again…"))
            hidden_row.asking.prompt.setText(self.tr("Why does it come back? (kept in the log)"))
            hidden_row.asking.field.setPlaceholderText(
                self.tr("For example: the author removed the phone number")
            )
            hidden_row.asking.confirm.setText(self.tr("Show it again"))
            hidden_row.asking.cancel.setText(self.tr("Cancel"))
        for other_row in self.other_rows:
            other_row.text.setText(f"“{other_row.other.text}”")
            other_row.count.setText(self.tr("On %n post(s)", "", other_row.other.count))
            other_row.make.setText(self.tr("Make it a skill"))

    def label_names(self) -> dict[str, str]:
        return {
            "fr": self.tr("Its name in French"),
            "nl": self.tr("Its name in Dutch"),
            "en": self.tr("Its name in English"),
        }

    def reset(self) -> None:
        self.view = None
        self.outcome.hide()
        self._close_editor()
        self._clear()
        self.parts.set_selected(["reports"])
        self.retranslate()
        self._show()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and self.isVisible() and changes.concerns(*WATCHED):
            self.load()

    def prepare_screenshot(self) -> None:
        from ui.demo import demo_facilitator

        demo_facilitator(self.shell)

    def arrange(self, space: QSize) -> None:
        room = space.width() / theme.current().metrics.scale
        self.columns = 3 if room >= 1300 else 2
        widest = max(button.sizeHint().width() for button in self.parts.buttons.values())
        self.parts.set_columns(3 if space.width() >= 3 * widest + 2 * 16 + 96 else 1)
        self.editor.sectors.set_columns(self.columns)
        stack_top(self.top, self.needs, space)

    def load(self) -> None:
        ops.moderation(self, success=self._loaded)

    # -- What is shown ----------------------------------------------------------------------------

    def _loaded(self, view: ModerationView) -> None:
        self.view = view
        self._clear()
        language = self.shell.language
        for report in view.moderation.reports:
            row = ReportRow(report, language)
            row.keep.clicked.connect(partial(self._keep, row))
            row.hiding.confirm.clicked.connect(partial(self._hide, row))
            self.reports_box.addWidget(row)
            self.report_rows.append(row)
        for detail in view.moderation.hidden:
            hidden = HiddenRow(detail, language)
            hidden.asking.confirm.clicked.connect(partial(self._unhide, hidden))
            self.hidden_box.addWidget(hidden)
            self.hidden_rows.append(hidden)
        for other in view.others:
            other_row = OtherRow(other)
            other_row.make.clicked.connect(lambda _c=False, o=other: self._open_editor(o))
            self.others_box.addWidget(other_row)
            self.other_rows.append(other_row)
        self.retranslate()
        self._show()

    def _clear(self) -> None:
        for widget in (*self.report_rows, *self.hidden_rows, *self.other_rows):
            widget.hide()
            widget.deleteLater()
        self.report_rows, self.hidden_rows, self.other_rows = [], [], []

    def _show(self) -> None:
        part = self.parts.choice() or "reports"
        self.reports_part.setVisible(part == "reports")
        self.hidden_part.setVisible(part == "hidden")
        self.others_part.setVisible(part == "others")
        rows = {"reports": self.report_rows, "hidden": self.hidden_rows, "others": self.other_rows}
        self.empty.setVisible(self.view is not None and not rows[part])
        self.others_lead.setVisible(bool(self.other_rows))
        self.retranslate()

    def _report_texts(self, row: ReportRow) -> None:
        report = row.report
        row.why.setText(self.tr("Reported: {reason}").format(reason=reason_text(report.reason)))
        row.note.setText(self.tr("“{note}”").format(note=report.note.strip()))
        row.when.setText(self.tr("On {day}").format(day=date_text(report.reported_at.date())))
        row.keep.setText(self.tr("Keep it"))
        row.hide_post.setText(self.tr("Hide it…"))
        row.hiding.prompt.setText(self.tr("Why is it hidden? Its author reads this."))
        row.hiding.field.setPlaceholderText(self.tr("For example: a phone number in the text"))
        row.hiding.confirm.setText(self.tr("Hide this post"))
        row.hiding.cancel.setText(self.tr("Cancel"))

    # -- What the facilitator does ----------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()
        self.load()

    def _keep(self, row: ReportRow, _checked: bool = False) -> None:
        row.setEnabled(False)
        ops.keep(
            self,
            row.report.id,
            success=lambda _m: self._done(self.tr("The post stays on the board.")),
            failure=partial(self._refused, row),
        )

    def _refused(self, row: ReportRow | HiddenRow, error: Exception) -> None:
        row.refused(failure_text(error))

    def _hide(self, row: ReportRow, _checked: bool = False) -> None:
        reason = row.hiding.reason()
        if not reason:
            row.refused(self.tr("Say why it is hidden: its author reads it."))
            return
        row.setEnabled(False)
        ops.hide(
            self,
            row.report.post.id,
            reason,
            success=self._hidden,
            failure=partial(self._refused, row),
        )

    def _hidden(self, _moderated: Moderated | None = None) -> None:
        self._done(self.tr("The post is hidden: it left the board."))

    def _unhide(self, row: HiddenRow, _checked: bool = False) -> None:
        reason = row.asking.reason()
        if not reason:
            row.refused(self.tr("Say why it comes back."))
            return
        row.setEnabled(False)
        ops.unhide(
            self,
            row.detail.card.id,
            reason,
            success=lambda _m: self._done(self.tr("The post is back on the board.")),
            failure=partial(self._refused, row),
        )

    def _open_editor(self, other: OtherText) -> None:
        self.outcome.hide()
        self.editor.open(other)
        self.retranslate()
        if self.host is not None:
            self.host.ensureWidgetVisible(self.editor, 0, 0)

    def _close_editor(self) -> None:
        self.editor.other = None
        self.editor.error.hide()
        self.editor.hide()

    def _make_tag(self) -> None:
        form = self.editor.form()
        if form is None:
            return
        if not form.sector:
            self._tag_refused(self.tr("Choose the skill's sector."))
            return
        self.editor.add.setEnabled(False)
        ops.make_tag(
            self,
            form,
            success=lambda _made: self._tag_made(form),
            failure=lambda error: self._tag_refused(failure_text(error)),
        )

    def _tag_made(self, form: TagForm) -> None:
        self.editor.add.setEnabled(True)
        self._close_editor()
        language = self.shell.language
        self._done(
            self.tr("“{skill}” is a skill of the list now.").format(
                skill=form.labels.get(language) or form.other_text
            )
        )

    def _tag_refused(self, text: str) -> None:
        self.editor.add.setEnabled(True)
        self.editor.error.setText(text)
        self.editor.error.show()


class Bar(QWidget):
    """A horizontal bar: `value` of `maximum`, in the primary colour (the ink in high contrast)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0
        self.maximum = 1
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: int, maximum: int) -> None:
        self.value, self.maximum = value, max(1, maximum)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        current = theme.current()
        colour = current.palette.ink if current.high_contrast else current.palette.primary
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(current.palette.border))
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        width = self.width() * min(1.0, self.value / self.maximum)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(0, 0, width, self.height()), 6, 6)
        painter.end()


class SectorRow(QWidget):
    """A sector: its name and count, a bar, the needs' titles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = label("heading", plain=True)
        self.count = count_label("heading")
        self.bar = Bar()
        self.titles = label("muted", plain=True)
        # A training for the sector, in the facilitators' session editor, prefilled.
        self.propose = TouchButton(icon_name="plus")
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.name, 1)
        top.addWidget(self.count, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.titles)
        propose = QHBoxLayout()
        propose.addWidget(self.propose)
        propose.addStretch(1)
        layout.addLayout(propose)


@register_screen
class SkillsNeedsScreen(Screen):
    """Facilitators: the needs nobody offers, by sector, and the week's new matches."""

    name = "skills-needs"
    facilitator_only = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.view: NeedsView | None = None
        self.sector_rows: list[SectorRow] = []
        self.match_rows: list[QLabel] = []
        self.heading = label("title")
        self.lead = label("lead")
        self.total = label("heading")
        self.empty = EmptyState("check")
        self.empty.hide()
        self.sectors_box = QVBoxLayout()
        self.sectors_box.setSpacing(24)
        self.matches_heading = label("title")
        self.no_matches = label("muted")
        self.matches_box = QVBoxLayout()
        self.matches_box.setSpacing(12)
        self.moderation = TouchButton(icon_name="shield-check")
        self.moderation.clicked.connect(lambda: self.shell.go("skills-moderation"))
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.setSpacing(24)
        self.top.addWidget(self.heading, 1)
        self.top.addWidget(
            self.moderation, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.setSpacing(24)
        layout.addLayout(self.top)
        layout.addWidget(self.lead)
        layout.addWidget(self.total)
        layout.addWidget(self.empty)
        layout.addLayout(self.sectors_box)
        layout.addWidget(self.matches_heading)
        layout.addLayout(self.matches_box)
        layout.addWidget(self.no_matches)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Needs nobody offers")

    def retranslate(self) -> None:
        view = self.view
        self.heading.setText(self.tr("The needs nobody offers"))
        self.lead.setText(
            self.tr(
                "Members' needs that no offer on the board fits, counted by sector: that list "
                "is how the antenne identifies the trainings to organise."
            )
        )
        total = view.unmet_total if view else 0
        self.total.setText(self.tr("%n need(s) nobody offers", "", total))
        self.empty.set_texts(
            self.tr("Every need on the board has an offer that fits."),
            self.tr("Nothing to organise for now."),
        )
        self.moderation.setText(self.tr("Reports and skills"))
        self.matches_heading.setText(self.tr("This week's new matches"))
        more = len(view.new_matches) - NEW_MATCHES_SHOWN if view else 0
        self.no_matches.setText(
            self.tr("And %n more.", "", more) if more > 0 else self.tr("No new match this week.")
        )
        language = self.shell.language
        if view is not None:
            for row, needs in zip(self.sector_rows, view.unmet, strict=True):
                row.name.setText(
                    needs.sector.label(language) if needs.sector else self.tr("No sector given")
                )
                row.count.setText(self.tr("%n need(s)", "", needs.count))
                row.titles.setText(" · ".join(needs.titles))
                row.propose.setText(self.tr("Propose a training"))
                row.propose.setVisible(needs.sector is not None)
            for text, match in zip(
                self.match_rows, view.new_matches[:NEW_MATCHES_SHOWN], strict=True
            ):
                text.setText(
                    self.tr("{offerer} offers “{offer}” — {needer} needs “{need}”").format(
                        offerer=match.offer.author,
                        offer=match.offer.title,
                        needer=match.need.author,
                        need=match.need.title,
                    )
                )

    def reset(self) -> None:
        self.view = None
        self._clear()
        self.retranslate()

    def on_enter(self, args: ScreenArgs | None) -> None:
        self.load()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and self.isVisible() and changes.concerns(*WATCHED):
            self.load()

    def prepare_screenshot(self) -> None:
        from ui.demo import demo_facilitator

        demo_facilitator(self.shell)

    def arrange(self, space: QSize) -> None:
        stack_top(self.top, self.moderation, space)

    def load(self) -> None:
        ops.needs(self, success=self._loaded)

    def _loaded(self, view: NeedsView) -> None:
        self.view = view
        self._clear()
        biggest = max((needs.count for needs in view.unmet), default=1)
        for needs in view.unmet:
            row = SectorRow()
            row.bar.set_value(needs.count, biggest)
            row.propose.clicked.connect(partial(self._propose, needs))
            self.sectors_box.addWidget(row)
            self.sector_rows.append(row)
        for _match in view.new_matches[:NEW_MATCHES_SHOWN]:
            text = label("lead", plain=True)
            self.matches_box.addWidget(text)
            self.match_rows.append(text)
        self.empty.setVisible(not view.unmet)
        self.no_matches.setVisible(
            not view.new_matches or len(view.new_matches) > NEW_MATCHES_SHOWN
        )
        self.retranslate()

    def _propose(self, needs: UnmetNeeds, _checked: bool = False) -> None:
        if needs.sector is None:
            return
        sector = needs.sector.label(self.shell.language)
        self.shell.go(
            "session-edit",
            NewSessionArgs(
                "training",
                self.tr("Training: {sector}").format(sector=sector),
                topic=sector,
                description=self.tr("Members asked for: {needs}").format(
                    needs="; ".join(needs.titles)
                ),
            ),
        )

    def _clear(self) -> None:
        for widget in (*self.sector_rows, *self.match_rows):
            widget.hide()
            widget.deleteLater()
        self.sector_rows, self.match_rows = [], []
