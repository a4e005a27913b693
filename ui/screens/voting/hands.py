"""Show of hands: a secret vote's counts, and a named motion's answers recorded name by name."""

from __future__ import annotations

import uuid
from dataclasses import replace
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.voting.queries import CountOnRecord, VoteState
from app.voting.types import (
    CLOSED,
    MOTION_CHOICES,
    SECRET_BY_NAME,
    HandAnswer,
    RollLine,
)
from ui.demo import demo_facilitator
from ui.navigation import register_screen
from ui.screens.voting import ops
from ui.screens.voting.base import VoteScreen
from ui.screens.voting.widgets import (
    DEMO_TURNOUT,
    choice_name,
    demo_vote,
    grade_name,
)
from ui.shell import Shell
from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.choices import ChoiceButtons
from ui.widgets.count_field import CountField, count_box
from ui.widgets.page import label

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
        self.check = label("lead")
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
        name = label("lead")
        field = CountField()
        field.sig_changed.connect(self._reconcile)
        grid.addWidget(name, row, 0)
        grid.addWidget(field, row, 1)
        self.fields[key] = field
        self.field_labels[key] = name
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
        for key, name in self.field_labels.items():
            name.setText(names.get(key) or _option_name(key))
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
        self.show_fixed(VoteState(demo_vote("motion"), DEMO_TURNOUT, True))
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
            head = label("small")
            head.setProperty("grade", grades[grade])
            head.setText(grade_name(grades[grade]))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grades_box.addWidget(head, 0, column)
            self.grade_widgets.append(head)
        for row, option in enumerate(options, start=1):
            name = label("lead")
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
            total = label("lead")
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
        if state is not None:
            ops.load_count(self, state.vote.id, success=self._counted)

    def _counted(self, count: CountOnRecord | None) -> None:
        self.previous = count.id if count is not None else None
        self.reason.setVisible(self.previous is not None)
        if count is not None:
            for key, value in count.figures.items():
                self.fields[key].setValue(value)
            for key in self._option_keys:
                self.fields[key].setValue(count.options.get(key, 0))
            for (option, grade), field in self.grade_fields.items():
                row = count.grades.get(option, ())
                field.setValue(row[grade] if grade < len(row) else 0)
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
        if state is None:
            return
        values = self._values()

        def saved(_result: object) -> None:
            self.reason.clear()
            self.shell.toast(self.tr("The count is saved."))

        counts: dict[str, object] = {key: values[key] for key in self._option_keys}
        counts.update(self._grade_counts())
        self.act(
            partial(
                ops.save_count,
                self,
                state.vote.id,
                replacing=self.previous,
                figures={k: values[k] for k in ("cast", "valid", "invalid", "blank")},
                counts=counts,
                reason=self.reason.text(),
            ),
            then=saved,
        )


class NamedAnswerRow(QFrame):
    """One voice to call in a named vote by show of hands: the name (and whose proxy it is),
    and yes / no / abstain to tap."""

    def __init__(self, voter_id: uuid.UUID, proxy_for: uuid.UUID | None) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.voter_id = voter_id
        self.proxy_for = proxy_for
        self.who = label("lead")
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
    shows_personal_data = True
    facilitator_only = True
    wants_roll = True

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.hint = label("lead")
        self.done = label("muted")
        self.rows: list[NamedAnswerRow] = []
        self._rows_vote: uuid.UUID | None = None
        """The vote the rows (and the answers tapped on them) belong to."""
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.chosen = label("lead")
        self.record_button = TouchButton(kind="primary", big=True, icon_name="check")
        self.record_button.clicked.connect(self.record)
        self.back_button = TouchButton(icon_name="arrow-left")
        self.back_button.clicked.connect(self.shell.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        # Who voted already, above the names to call and the instructions: under them, a long
        # list, or the instructions under facilitator mode's band on a small screen in large
        # text, would push it below the pinned buttons.
        layout.addWidget(self.done)
        layout.addWidget(self.hint)
        layout.addLayout(self._list)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.record_button)
        self.pin_actions(bottom)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Named vote")  # one line in the top bar, in large text too

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
        self.show_fixed(VoteState(vote, DEMO_TURNOUT, True, tuple(lines)))
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
            key = (voter_id, proxy_for)
            row = kept.pop(key) if key in kept else self._new_row(voter_id, proxy_for)
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
        if state is None or not answers or self.busy:
            return

        sent = {(answer.voter_id, answer.proxy_for) for answer in answers}

        def recorded(_result: object) -> None:
            for row in self.rows:
                if (row.voter_id, row.proxy_for) in sent:
                    row.answer.clear()  # recorded: the reload takes their rows away
            self._show_chosen()
            self.shell.toast(self.tr("%n answer(s) recorded.", "", len(answers)))

        # Refused: the room changed meanwhile (someone voted, a giver came); `act` reloads it.
        self.act(partial(ops.record_named_answers, self, state.vote.id, answers), then=recorded)
        self._show_chosen()  # busy: no second tap while they are recorded

    def refused(self, error: Exception) -> None:
        super().refused(error)
        self._show_chosen()


def _option_name(key: str) -> str:
    return choice_name(key)
