"""What the voting screens share: the level chip, the vote's header, the ballot widgets
(motion, ranking, majority judgment, participatory budget) and the demo votes of screenshots."""

from __future__ import annotations

import html
import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache
from typing import TypeVar

from PySide6.QtCore import QBuffer, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP
from app.voting.texts import OptionTexts, option_text, vote_text
from app.voting.types import OptionInfo, Turnout, VoteInfo
from ui.theme import current as current_theme
from ui.theme import restyle
from ui.widgets.buttons import TouchButton
from ui.widgets.figures import money
from ui.widgets.icons import icon
from ui.widgets.page import tabular_figures

# A project's picture on the booth (4:3, the stored pictures' usual shape).
PICTURE_SIZE = QSize(208, 156)
PICTURE_SIZE_SHORT = QSize(128, 96)
CARD_MARGIN = 16
"""Room inside a project's card, its outline included."""

LEVEL_NAMES = {
    "information": QT_TRANSLATE_NOOP("VoteLevel", "Information"),
    "consultation": QT_TRANSLATE_NOOP("VoteLevel", "Consultation — advisory"),
    "concertation": QT_TRANSLATE_NOOP("VoteLevel", "Concertation"),
    "codecision": QT_TRANSLATE_NOOP("VoteLevel", "Co-decision — binding"),
}
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("VoteStatus", "Draft"),
    "open": QT_TRANSLATE_NOOP("VoteStatus", "Open"),
    "closed": QT_TRANSLATE_NOOP("VoteStatus", "Closed"),
    "published": QT_TRANSLATE_NOOP("VoteStatus", "Published"),
}
MOTION_NAMES = {
    "yes": QT_TRANSLATE_NOOP("VoteChoice", "Yes"),
    "no": QT_TRANSLATE_NOOP("VoteChoice", "No"),
    "abstain": QT_TRANSLATE_NOOP("VoteChoice", "Abstain"),
    "invalid": QT_TRANSLATE_NOOP("VoteChoice", "Invalid"),
}
GRADE_NAMES = {
    "to_reject": QT_TRANSLATE_NOOP("VoteGrade", "Reject"),
    "poor": QT_TRANSLATE_NOOP("VoteGrade", "Poor"),
    "fair": QT_TRANSLATE_NOOP("VoteGrade", "Fair"),
    "good": QT_TRANSLATE_NOOP("VoteGrade", "Good"),
    "very_good": QT_TRANSLATE_NOOP("VoteGrade", "Very good"),
    "excellent": QT_TRANSLATE_NOOP("VoteGrade", "Excellent"),
}


# The level colours (docs/architecture.md, "Level colours") (white text ≥ 5.4:1); high contrast
# draws them white on black.
LEVEL_COLOURS = {
    "information": "#1F5FAD",
    "consultation": "#1E7A3C",
    "concertation": "#9A5B00",
    "codecision": "#6B3FC9",
}


def level_name(level: str) -> str:
    source = LEVEL_NAMES.get(level)
    return QCoreApplication.translate("VoteLevel", source) if source else level


def status_name(status: str) -> str:
    source = STATUS_NAMES.get(status)
    return QCoreApplication.translate("VoteStatus", source) if source else status


def choice_name(choice: str) -> str:
    source = MOTION_NAMES.get(choice)
    return QCoreApplication.translate("VoteChoice", source) if source else choice


def grade_name(grade: str) -> str:
    source = GRADE_NAMES.get(grade)
    return QCoreApplication.translate("VoteGrade", source) if source else grade


class LevelChip(QLabel):
    """The vote's participation level in its colour (white on the level's colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "lead")
        self.level = ""
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_level(self, level: str, *, high_contrast: bool = False) -> None:
        self.level = level
        colour = LEVEL_COLOURS.get(level, "#0B5C6B")
        if high_contrast:
            colour = "#000000"
        self.setStyleSheet(
            f"background:{colour};color:#FFFFFF;border:2px solid #FFFFFF;"
            "border-radius:12px;padding:6px 16px;font-weight:bold;"
        )
        self.setText(level_name(level))


class VoteHeader(QWidget):
    """Level chip, title and question: on every voting screen."""

    def __init__(self, *, big: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_role = "display" if big else "title"
        self.chip = LevelChip()
        self.title = QLabel()
        self.title.setProperty("role", self._title_role)
        self.title.setWordWrap(True)
        self.question = QLabel()
        self.question.setProperty("role", "lead")
        self.question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # The chip above the title; beside it, compact.
        self._top = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._top.setSpacing(8)
        self._top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignLeft)
        self._top.addWidget(self.title, 1)
        layout.addLayout(self._top)
        layout.addWidget(self.question)

    def set_compact(self, compact: bool) -> None:
        """The chip beside a smaller title, where the screen is short (1366×768, large text),
        so that the ballot keeps the room."""
        restyle(self.title, "role", "heading" if compact else self._title_role)
        self._top.setDirection(
            QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom
        )
        self._top.setSpacing(16 if compact else 8)

    def show_vote(
        self, vote: VoteInfo | None, *, high_contrast: bool = False, language: str = ""
    ) -> None:
        """The vote's title and question in `language` (the vote's own where one is missing,
        and when `language` is "")."""
        self.setVisible(vote is not None)
        if vote is None:
            return
        self.chip.set_level(vote.level, high_contrast=high_contrast)
        texts = vote_text(vote, language or vote.language)
        self.title.setText(texts.title)
        self.question.setText(texts.question)
        self.question.setVisible(bool(texts.question))


def turnout_text(figures: Turnout) -> str:
    present = figures.present + figures.represented
    return QCoreApplication.translate("Voting", "{voted} of {present} present have voted").format(
        voted=figures.voted, present=present
    )


# -- Ballots -------------------------------------------------------------------------------------


class Ballot(QWidget):
    """A ballot being filled in: `content()` is the engine's ballot, None while incomplete."""

    sig_changed = Signal()
    """The voter changed something."""

    status: QLabel | None = None
    """What the voter should keep in sight while the ballot scrolls (a budget's running
    total): the booth shows it over its buttons."""

    def content(self) -> dict[str, object] | None:
        raise NotImplementedError

    def summary(self) -> str:
        """What the voter chose, for the review step."""
        raise NotImplementedError

    texts: Mapping[str, OptionTexts] = {}
    """Option label → its texts in the reader's language (`set_language`); the ballot's
    content always names options by their own label."""

    def set_language(self, vote: VoteInfo, language: str) -> None:
        """Show the options in `language` (the vote's own where a text is missing)."""
        self.texts = {option.label: option_text(option, language) for option in vote.options}
        self.retranslate()

    def shown(self, label: str) -> str:
        """What a reader sees of the option named `label`."""
        texts = self.texts.get(label)
        return texts.label if texts is not None else label

    def retranslate(self) -> None:
        pass

    def fit(self, space: QSize, *, short: bool, large_text: bool) -> None:
        """Fit the booth's `space`; `short`: take less height (the booth says when)."""


def _choice_button(text: str) -> TouchButton:
    button = TouchButton(checkable=True, big=True)
    button.setText(text)
    return button


class MotionBallot(Ballot):
    """Yes, no, abstain: three big buttons, always in that order."""

    def __init__(self, vote: VoteInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, TouchButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        for choice in ("yes", "no", "abstain"):
            button = _choice_button(choice_name(choice))
            button.setMinimumHeight(112)
            self.group.addButton(button)
            button.clicked.connect(self.sig_changed)
            self.buttons[choice] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        for choice, button in self.buttons.items():
            button.setText(choice_name(choice))

    def choose(self, choice: str) -> None:
        self.buttons[choice].click()

    def content(self) -> dict[str, object] | None:
        for choice, button in self.buttons.items():
            if button.isChecked():
                return {"choice": choice}
        return None

    def summary(self) -> str:
        content = self.content()
        return choice_name(str(content["choice"])) if content else ""


class RankingBallot(Ballot):
    """Tap the options in order of preference. The ranked ones go to the top in their rank
    order (1. above 2.), filled and numbered; the others follow, still to tap."""

    def __init__(self, vote: VoteInfo, order: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = [vote.options[i].label for i in order]
        self.ranking: list[str] = []
        self.buttons: dict[str, TouchButton] = {}
        self.instruction = QLabel()
        self.instruction.setProperty("role", "lead")
        self.instruction.setWordWrap(True)
        self.list = QVBoxLayout()
        self.list.setSpacing(16)
        for label in self.labels:
            # Checkable: a ranked option shows selected (filled), never disabled-grey.
            button = TouchButton(checkable=True, big=True)
            button.setText(self.shown(label))
            button.clicked.connect(lambda _c=False, label=label: self.rank(label))
            self.buttons[label] = button
            self.list.addWidget(button)
        self.chosen = QLabel()
        self.chosen.setProperty("role", "lead")
        self.chosen.setWordWrap(True)
        self.again = TouchButton(icon_name="history")
        self.again.clicked.connect(self.start_again)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.instruction)
        layout.addLayout(self.list)
        layout.addWidget(self.chosen)
        layout.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.instruction.setText(
            self.tr("Tap the options in your order of preference: first, second…")
        )
        self.again.setText(self.tr("Start again"))
        self._show()

    def rank(self, label: str) -> None:
        if label not in self.ranking:
            self.ranking.append(label)
        self._show()
        self.sig_changed.emit()

    def start_again(self) -> None:
        self.ranking = []
        self._show()
        self.sig_changed.emit()

    def shown_order(self) -> list[str]:
        """The options top to bottom: the ranked ones in rank order, then the others."""
        return self.ranking + [label for label in self.labels if label not in self.ranking]

    def _show(self) -> None:
        for label in self.shown_order():
            self.list.removeWidget(self.buttons[label])
        for label in self.shown_order():
            button = self.buttons[label]
            self.list.addWidget(button)
            position = self.ranking.index(label) + 1 if label in self.ranking else 0
            shown = self.shown(label)
            button.setText(f"{position}.  {shown}" if position else shown)
            button.setChecked(bool(position))
        self.again.setVisible(bool(self.ranking))
        self.chosen.setText(self.summary())
        self.chosen.setVisible(bool(self.ranking))

    def content(self) -> dict[str, object] | None:
        return {"ranking": list(self.ranking)} if self.ranking else None

    def summary(self) -> str:
        return "\n".join(
            f"{i}. {self.shown(label)}" for i, label in enumerate(self.ranking, start=1)
        )


# One colour per grade, worst first: a diverging scale from red ("Reject") to green
# ("Excellent"); on black, in high contrast, brighter ones.
GRADE_SCALE = ("#B42318", "#C2410C", "#8A6A00", "#4D7C0F", "#2F7D32", "#1E6B34")
GRADE_SCALE_HIGH = ("#FF8A8A", "#FFB36B", "#FFE14D", "#C0EB75", "#8CE99A", "#63E6BE")


def grade_colours(count: int, *, high_contrast: bool = False) -> list[str]:
    """`count` grade colours from the scale, worst first."""
    scale = GRADE_SCALE_HIGH if high_contrast else GRADE_SCALE
    if count <= 1:
        return [scale[-1]] * count
    return [scale[round(i * (len(scale) - 1) / (count - 1))] for i in range(count)]


def grade_style(colour: str, *, high_contrast: bool) -> str:
    """A grade button in its colour: outlined in it, filled with it once chosen."""
    chosen_text = "#000000" if high_contrast else "#FFFFFF"
    idle_text = colour if high_contrast else "#1D1B26"
    return (
        f"QPushButton {{ border:3px solid {colour}; color:{idle_text}; }}"
        f"QPushButton:checked {{ background:{colour}; color:{chosen_text};"
        f" border:3px solid {colour}; font-weight:bold; }}"
    )


class GradesBallot(Ballot):
    """Majority judgment: one grade per option. Each option's name sits right above its row
    of grades (best first), each grade in its colour."""

    def __init__(
        self,
        vote: VoteInfo,
        order: Sequence[int],
        parent: QWidget | None = None,
        *,
        high_contrast: bool = False,
    ) -> None:
        super().__init__(parent)
        self.grades = vote.grades
        self.labels = [vote.options[i].label for i in order]
        self.groups: dict[str, QButtonGroup] = {}
        self.grade_buttons: list[tuple[int, TouchButton]] = []
        self.names: list[QLabel] = []
        self.rows: dict[str, list[TouchButton]] = {}
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(16)
        colours = grade_colours(len(self.grades), high_contrast=high_contrast)
        for label in self.labels:
            name = QLabel(label)
            name.setProperty("role", "heading")
            name.setWordWrap(True)
            self.names.append(name)
            group = QButtonGroup(self)
            self.rows[label] = []
            for grade in reversed(range(len(self.grades))):
                button = TouchButton(checkable=True)
                button.setProperty("grade", grade)
                button.setStyleSheet(grade_style(colours[grade], high_contrast=high_contrast))
                button.clicked.connect(self.sig_changed)
                group.addButton(button, grade)
                self.grade_buttons.append((grade, button))
                self.rows[label].append(button)
            self.groups[label] = group
        self.columns = 0
        self.set_columns(len(self.grades))
        self.retranslate()

    def fit(self, space: QSize, *, short: bool, large_text: bool) -> None:
        # All six grades in a row where the screen is wide; three a row in portrait or with
        # large text at 1366 px.
        wide = space.width() >= 1800 or (space.width() >= 1300 and not large_text)
        self.set_columns(len(self.grades) if wide else 3)

    def set_columns(self, columns: int) -> None:
        """Grade buttons a row, under the option's name (`columns` of them a row)."""
        columns = max(1, min(columns, len(self.grades)))
        if columns == self.columns:
            return
        self.columns = columns
        for widget in [*self.names, *(b for _g, b in self.grade_buttons)]:
            self.grid.removeWidget(widget)
        row = 0
        for name, label in zip(self.names, self.labels, strict=True):
            # A little air above each option but the first: its name goes with its grades.
            name.setContentsMargins(0, 16 if row else 0, 0, 0)
            self.grid.addWidget(name, row, 0, 1, columns)
            row += 1
            for index, button in enumerate(self.rows[label]):
                self.grid.addWidget(button, row + index // columns, index % columns)
            row += (len(self.rows[label]) + columns - 1) // columns
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        for grade, button in self.grade_buttons:
            button.setText(grade_name(self.grades[grade]))
        for name, label in zip(self.names, self.labels, strict=True):
            name.setText(self.shown(label))

    def grade(self, label: str, grade: int) -> None:
        button = self.groups[label].button(grade)
        if button is not None:
            button.click()

    def content(self) -> dict[str, object] | None:
        grades = {
            label: group.checkedId()
            for label, group in self.groups.items()
            if group.checkedId() >= 0
        }
        return {"grades": grades} if len(grades) == len(self.labels) else None

    def summary(self) -> str:
        content = self.content()
        if not content:
            return ""
        grades = content["grades"]
        assert isinstance(grades, dict)
        return "\n".join(
            f"{self.shown(label)}: {grade_name(self.grades[g])}" for label, g in grades.items()
        )


def picture_pixmap(data: bytes, size: QSize) -> QPixmap:
    """A stored picture filling `size` (cropped to it, centred), or a null pixmap. Decoded once
    per size: every voter's ballot shows the same projects."""
    return _picture_pixmap(data, size.width(), size.height())


@lru_cache(maxsize=64)
def _picture_pixmap(data: bytes, width: int, height: int) -> QPixmap:
    pixmap = QPixmap()
    if not data or not pixmap.loadFromData(data):
        return QPixmap()
    size = QSize(width, height)
    scaled = pixmap.scaled(
        size,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    return centre_crop(scaled, size)


Picture = TypeVar("Picture", QPixmap, QImage)


def centre_crop(picture: Picture, size: QSize) -> Picture:
    """The middle `size` of a picture scaled to cover it."""
    x = (picture.width() - size.width()) // 2
    y = (picture.height() - size.height()) // 2
    return picture.copy(x, y, size.width(), size.height())


CHOSEN_EDGE = 4
"""A chosen project's outline, in px (a card's own edge is the theme's border)."""


class ProjectCard(QFrame):
    """One project of a participatory budget: its picture, name, cost and description, and a
    big button that puts it in the basket (or takes it out)."""

    def __init__(
        self,
        option: OptionInfo,
        picture: bytes | None,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.option = option
        self.currency = currency
        self._picture_data = picture or b""
        self.picture = QLabel(self)  # a parent before it is shown: never a window of its own
        self.picture.setVisible(bool(self._picture_data))
        self.set_picture_size(PICTURE_SIZE)
        self.name = QLabel(option.label)
        self.name.setProperty("role", "heading")
        self.name.setWordWrap(True)
        # The cost in a column of its own at the card's right edge: down the list, the costs
        # line up right-aligned, as on a price list (issue #19).
        self.cost = QLabel()
        self.cost.setProperty("role", "heading")
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        tabular_figures(self.cost)
        self.description = QLabel(option.description)
        self.description.setProperty("role", "lead")
        self.description.setWordWrap(True)
        self.description.setVisible(bool(option.description))
        # The state ("In my basket") apart from the action: the button says what a tap does.
        self.state = QLabel()
        self.state.setProperty("role", "lead")
        self.state_icon = QLabel()
        self.state_row = QWidget()
        state_row = QHBoxLayout(self.state_row)
        state_row.setContentsMargins(0, 4, 0, 0)
        state_row.setSpacing(8)
        state_row.addWidget(self.state_icon)
        state_row.addWidget(self.state, 1)
        self.state_row.hide()
        self.toggle = TouchButton(checkable=True, icon_name="plus")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.name)
        text.addWidget(self.description)
        text.addWidget(self.state_row)
        text.addStretch(1)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(*[CARD_MARGIN] * 4)
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(12)
        self.grid.addWidget(self.picture, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(text, 0, 1)
        # The right column: the cost on top, the button under it where the card is wide.
        self.side = QVBoxLayout()
        self.side.setSpacing(12)
        self.side.addWidget(self.cost, 0, Qt.AlignmentFlag.AlignRight)
        self.side.addStretch(1)
        self.grid.addLayout(self.side, 0, 2)
        self.grid.setColumnStretch(1, 1)
        self.narrow = True
        self.set_narrow(False)

    def set_narrow(self, narrow: bool) -> None:
        """The button beside the texts, under the cost, where the card is wide; under the
        texts where it is not (portrait, large text): the card is never wider than the
        screen."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self.grid.removeWidget(self.toggle)
        self.side.removeWidget(self.toggle)
        if narrow:
            self.grid.addWidget(self.toggle, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.side.insertWidget(1, self.toggle, 0, Qt.AlignmentFlag.AlignRight)

    def set_picture_size(self, size: QSize) -> None:
        if self.picture.size() == size:
            return
        self.picture.setFixedSize(size)
        pixmap = picture_pixmap(self._picture_data, size)
        self.picture.setPixmap(pixmap)
        self.picture.setVisible(not pixmap.isNull())

    def show_texts(self, texts: OptionTexts) -> None:
        """The project's name and description in the reader's language."""
        self.name.setText(texts.label)
        self.description.setText(texts.description)
        self.description.setVisible(bool(texts.description))

    def show_choice(self, *, fits: bool) -> None:
        """The button says what a tap does: add, take out, or nothing (over the budget)."""
        self.cost.setText(money(self.option.cost or 0, self.currency))
        chosen = self.toggle.isChecked()
        self.toggle.setEnabled(chosen or fits)
        # Chosen: outlined in the theme's strong colour, with a check and the words.
        ink = current_theme().palette.primary_text
        self.state_row.setVisible(chosen)
        self.state.setText(QCoreApplication.translate("BasketBallot", "In my basket"))
        self.state.setStyleSheet(f"font-weight:bold;color:{ink};")
        self.state_icon.setPixmap(icon("check", ink, 32).pixmap(32, 32))
        self.setStyleSheet(
            f'QFrame[role="card"] {{ border:{CHOSEN_EDGE}px solid {ink}; }}' if chosen else ""
        )
        # The thicker edge eats into the margins, so the picture and texts never move.
        edge = CHOSEN_EDGE - current_theme().state("secondary").edge_px if chosen else 0
        self.grid.setContentsMargins(*[CARD_MARGIN - edge] * 4)
        if chosen:
            self.toggle.setText(QCoreApplication.translate("BasketBallot", "Remove from my basket"))
            self.toggle.set_icon_name("minus")
        elif fits:
            self.toggle.setText(QCoreApplication.translate("BasketBallot", "Add to my basket"))
            self.toggle.set_icon_name("plus")
        else:
            self.toggle.setText(QCoreApplication.translate("BasketBallot", "Over the budget"))
            self.toggle.set_icon_name("ban")


class BasketBallot(Ballot):
    """Participatory budget: tick projects; the running total can never pass the budget. Each
    project is a card with its picture and description; the total is the ballot's `status`,
    in sight while the cards scroll."""

    def __init__(
        self,
        vote: VoteInfo,
        order: Sequence[int],
        parent: QWidget | None = None,
        *,
        pictures: Mapping[str, bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.budget = vote.budget or 0
        self.currency = vote.currency
        self.options: list[OptionInfo] = [vote.options[i] for i in order]
        self.cards: dict[str, ProjectCard] = {}
        self.buttons: dict[str, TouchButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for option in self.options:
            card = ProjectCard(option, (pictures or {}).get(option.label), self.currency)
            card.toggle.clicked.connect(self._changed)
            self.cards[option.label] = card
            self.buttons[option.label] = card.toggle
            column.addWidget(card)
        self._compact: bool | None = None
        self.total = QLabel()
        self.total.setProperty("role", "heading")
        self.total.setWordWrap(True)
        self.status = self.total
        self.retranslate()

    def retranslate(self) -> None:
        for label, card in self.cards.items():
            texts = self.texts.get(label)
            if texts is not None:
                card.show_texts(texts)
        self._show()

    def fit(self, space: QSize, *, short: bool, large_text: bool) -> None:
        # The buttons under the texts where the screen is narrow (portrait).
        narrow = space.width() < 1200
        for card in self.cards.values():
            card.set_narrow(narrow)
        # Smaller pictures on a short screen: more projects in sight at once.
        if short == self._compact:
            return
        self._compact = short
        size = PICTURE_SIZE_SHORT if short else PICTURE_SIZE
        for card in self.cards.values():
            card.set_picture_size(size)

    def toggle(self, label: str) -> None:
        self.buttons[label].click()

    def spent(self) -> int:
        return sum(o.cost or 0 for o in self.options if self.buttons[o.label].isChecked())

    def _changed(self) -> None:
        self._show()
        self.sig_changed.emit()

    def _show(self) -> None:
        spent = self.spent()
        for option in self.options:
            # What would pass the budget cannot be ticked.
            self.cards[option.label].show_choice(fits=spent + (option.cost or 0) <= self.budget)
        self.total.setText(
            self.tr("Your basket: {spent} of {budget}").format(
                spent=money(spent, self.currency), budget=money(self.budget, self.currency)
            )
        )

    def content(self) -> dict[str, object] | None:
        return {"approve": [o.label for o in self.options if self.buttons[o.label].isChecked()]}

    def summary(self) -> str:
        """The chosen projects and the total as a table, the costs right-aligned one under
        the other (issue #19)."""
        chosen = [o for o in self.options if self.buttons[o.label].isChecked()]
        if not chosen:
            return self.tr("No project: an empty basket.")
        right = "align='right' style='padding-left:32px'"
        rows = [
            f"<tr><td>{html.escape(self.shown(o.label))}</td>"
            f"<td {right}>{money(o.cost or 0, self.currency)}</td></tr>"
            for o in chosen
        ]
        total = html.escape(self.tr("Total"))
        rows.append(
            f"<tr><td><b>{total}</b></td>"
            f"<td {right}><b>{money(self.spent(), self.currency)}</b></td></tr>"
        )
        return f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"


def make_ballot(
    vote: VoteInfo,
    *,
    shuffle: bool = True,
    pictures: Mapping[str, bytes] | None = None,
    language: str = "",
    high_contrast: bool = False,
) -> Ballot:
    """The vote's ballot, its options in `language` (the vote's own when "")."""
    ballot = _new_ballot(vote, shuffle=shuffle, pictures=pictures, high_contrast=high_contrast)
    ballot.set_language(vote, language or vote.language)
    return ballot


def _new_ballot(
    vote: VoteInfo,
    *,
    shuffle: bool,
    pictures: Mapping[str, bytes] | None,
    high_contrast: bool = False,
) -> Ballot:
    order = list(range(len(vote.options)))
    if shuffle:
        random.SystemRandom().shuffle(order)  # options shuffled for each voter
    if vote.method == "motion":
        return MotionBallot(vote)
    if vote.method == "mj":
        return GradesBallot(vote, order, high_contrast=high_contrast)
    if vote.method in ("pb", "approval"):
        return BasketBallot(vote, order, pictures=pictures)
    return RankingBallot(vote, order)


BOOTHS = {"motion": "vote-booth-motion", "mj": "vote-booth-mj", "pb": "vote-booth-pb"}


def booth_for(method: str) -> str:
    return BOOTHS.get(method, "vote-booth-ranking")


# -- Demo votes (screenshots only; nothing is written to the database) ---------------------------

# One id per demo vote: the console lists several and shows the one whose id it holds.
_DEMO_IDS = {"motion": 7, "pb": 8, "mj": 9}


def demo_vote(method: str, *, status: str = "open") -> VoteInfo:
    now = utcnow()
    rules: dict[str, object] = {"eligibility": "present"}
    options: tuple[OptionInfo, ...] = ()
    title, question, level = "Motion", "", "codecision"
    if method == "motion":
        title = "Modification de l'article 12 des statuts"
        question = "L'assemblée adopte-t-elle la nouvelle rédaction de l'article 12 ?"
        rules = {
            "rules": {
                "base": "cast",
                "threshold": "two_thirds",
                "quorum": {"count": "present", "of": "entitled", "ratio": 0.1},
            },
            "eligibility": "shareholders",
            "proxy_cap": 1,
        }
    elif method == "pb":
        title = "Budget participatif de l'antenne de Rennes"
        question = "Quels projets financer ? Budget : 5 000 €."
        rules = {"budget": 5000, "currency": "EUR", "rule": "mes-add1-greedy"}
        options = (
            OptionInfo(
                "Atelier réparation vélos",
                "Un samedi par mois, des outils et un mécanicien bénévole dans la cour.",
                cost=1800,
                has_picture=True,
            ),
            OptionInfo(
                "Fête de la coopérative",
                "Une journée portes ouvertes avec concerts des membres.",
                cost=1500,
                has_picture=True,
            ),
            OptionInfo("Bibliothèque partagée", cost=900),
            OptionInfo(
                "Formation comptabilité",
                "Quatre soirées pour tenir ses comptes d'indépendant·e.",
                cost=1200,
            ),
            OptionInfo("Matériel son pour les scènes ouvertes", cost=2400, has_picture=True),
        )
    elif method == "mj":
        title = "Quel thème pour les permanences de l'automne ?"
        level = "consultation"
        rules = {"grades": ["to_reject", "poor", "fair", "good", "very_good", "excellent"]}
        options = (
            OptionInfo("Droits d'auteur"),
            OptionInfo("Facturer à l'étranger"),
            OptionInfo("Trouver des résidences"),
        )
    else:
        title = "Où tenir la prochaine assemblée locale ?"
        level = "consultation"
        options = (
            OptionInfo("Le Jardin moderne"),
            OptionInfo("L'Hôtel Pasteur"),
            OptionInfo("Les Champs Libres"),
            OptionInfo("Au local de l'antenne"),
        )
    return _with_demo_translations(
        VoteInfo(
            id=uuid.UUID(int=_DEMO_IDS.get(method, 10)),
            title=title,
            question=question,
            language="fr",
            method=method,
            status=status,
            level=level,
            channels=("booth", "phone", "analog"),
            secret=True,
            options=options,
            rules=rules,
            body_name={},
            opened_at=now - timedelta(minutes=6),
            closes_at=now + timedelta(minutes=9, seconds=30),
            closed_at=None,
            revealed=status in ("closed", "published"),
            result=None,
        )
    )


# The demo votes' texts in Dutch and English (the vote's own are French): the booth, the phone
# page and the projector show them in the reader's language. Title, question; option → label,
# description.
_DEMO_TEXTS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "nl": {
        "Modification de l'article 12 des statuts": (
            "Wijziging van artikel 12 van de statuten",
            "Neemt de vergadering de nieuwe tekst van artikel 12 aan?",
        ),
        "Budget participatif de l'antenne de Rennes": (
            "Participatieve begroting van de antenne Rennes",
            "Welke projecten financieren we? Budget: € 5.000.",
        ),
        "Quel thème pour les permanences de l'automne ?": (
            "Welk thema voor de spreekuren van de herfst?",
            "",
        ),
        "Où tenir la prochaine assemblée locale ?": (
            "Waar houden we de volgende lokale vergadering?",
            "",
        ),
        "Atelier réparation vélos": (
            "Fietsherstelatelier",
            "Eén zaterdag per maand gereedschap en een vrijwillige mecanicien op de binnenplaats.",
        ),
        "Fête de la coopérative": (
            "Coöperatiefeest",
            "Een opendeurdag met concerten van de leden.",
        ),
        "Bibliothèque partagée": ("Gedeelde bibliotheek", ""),
        "Formation comptabilité": (
            "Opleiding boekhouding",
            "Vier avonden om je boekhouding als zelfstandige bij te houden.",
        ),
        "Matériel son pour les scènes ouvertes": ("Geluidsmateriaal voor open podia", ""),
        "Droits d'auteur": ("Auteursrechten", ""),
        "Facturer à l'étranger": ("Factureren in het buitenland", ""),
        "Trouver des résidences": ("Residenties vinden", ""),
        "Au local de l'antenne": ("In het lokaal van de antenne", ""),
    },
    "en": {
        "Modification de l'article 12 des statuts": (
            "Amending article 12 of the articles of association",
            "Does the assembly adopt the new wording of article 12?",
        ),
        "Budget participatif de l'antenne de Rennes": (
            "Smart Rennes participatory budget",
            "Which projects should we fund? Budget: €5,000.",
        ),
        "Quel thème pour les permanences de l'automne ?": (
            "Which theme for the autumn drop-in sessions?",
            "",
        ),
        "Où tenir la prochaine assemblée locale ?": ("Where to hold the next local assembly?", ""),
        "Atelier réparation vélos": (
            "Bike repair workshop",
            "One Saturday a month, tools and a volunteer mechanic in the courtyard.",
        ),
        "Fête de la coopérative": ("Cooperative party", "An open day with members' concerts."),
        "Bibliothèque partagée": ("Shared library", ""),
        "Formation comptabilité": (
            "Bookkeeping course",
            "Four evenings to keep your accounts as a freelancer.",
        ),
        "Matériel son pour les scènes ouvertes": ("Sound equipment for open stages", ""),
        "Droits d'auteur": ("Copyright", ""),
        "Facturer à l'étranger": ("Invoicing abroad", ""),
        "Trouver des résidences": ("Finding residencies", ""),
        "Au local de l'antenne": ("At the antenne's premises", ""),
    },
}


def _demo_translations(text: str, first_field: str, second_field: str) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for language, texts in _DEMO_TEXTS.items():
        if text in texts:
            one, two = texts[text]
            found[language] = {first_field: one, **({second_field: two} if two else {})}
    return found


def _with_demo_translations(vote: VoteInfo) -> VoteInfo:
    options = tuple(
        replace(
            option,
            translations=_demo_translations(option.label, "label", "description"),
        )
        for option in vote.options
    )
    return replace(
        vote,
        options=options,
        translations=_demo_translations(vote.title, "title", "question"),
    )


DEMO_TURNOUT = Turnout(
    entitled=45,
    present=38,
    represented=4,
    voted=32,
    ballots=28,
    by_channel={"booth": 12, "phone": 16, "analog": 4},
)


def demo_pictures(vote: VoteInfo) -> dict[str, bytes]:
    """Pictures of the demo projects (screenshots only), drawn from what each project is about
    (a bicycle, a party's bunting, a loudspeaker, books): each its own, the same every time."""
    pictures: dict[str, bytes] = {}
    for option in vote.options:
        if not option.has_picture:
            continue
        pixmap = QPixmap(640, 480)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_project(painter, option.label.lower())
        painter.end()
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "JPEG", 85)
        pictures[option.label] = bytes(buffer.data().data())
    return pictures


def demo_project_image(about: str) -> QImage:
    """The picture of a demo project named `about` (screenshots only), as `demo_pictures`."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_project(painter, about.lower())
    painter.end()
    return image


def _draw_project(painter: QPainter, about: str) -> None:
    """A scene for a project named `about`, on a 640 × 480 picture."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QPen, QPolygonF

    def backdrop(top: str, bottom: str, ground: str) -> None:
        sky = QLinearGradient(0, 0, 0, 480)
        sky.setColorAt(0, QColor(top))
        sky.setColorAt(1, QColor(bottom))
        painter.fillRect(0, 0, 640, 480, sky)
        painter.fillRect(0, 360, 640, 120, QColor(ground))

    def pen(colour: str, width: float) -> None:
        line = QPen(QColor(colour), width)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    if "vélo" in about or "velo" in about or "bike" in about:
        # A bicycle in a courtyard.
        backdrop("#CFE8F3", "#F4EBDD", "#B9A58A")
        pen("#1F3B57", 14)
        for x in (190, 450):
            painter.drawEllipse(QPointF(x, 330), 95, 95)
        pen("#C0392B", 16)
        frame = [QPointF(190, 330), QPointF(290, 220), QPointF(410, 220), QPointF(450, 330)]
        painter.drawPolyline(QPolygonF(frame))
        painter.drawLine(QPointF(290, 220), QPointF(330, 330))
        painter.drawLine(QPointF(330, 330), QPointF(450, 330))
        painter.drawLine(QPointF(410, 220), QPointF(330, 330))
        pen("#1F3B57", 14)
        painter.drawLine(QPointF(290, 220), QPointF(275, 185))
        painter.drawLine(QPointF(250, 180), QPointF(305, 180))  # the saddle
        painter.drawLine(QPointF(410, 220), QPointF(420, 170))
        painter.drawLine(QPointF(420, 170), QPointF(460, 165))  # the handlebar
    elif "fête" in about or "fete" in about or "party" in about:
        # Bunting and balloons over an open door.
        backdrop("#2B2D5B", "#6B4C9A", "#3C2F4F")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#F6D365"))
        painter.drawRect(QRectF(250, 190, 140, 170))
        colours = ("#E74C3C", "#F1C40F", "#2ECC71", "#3498DB", "#E67E22", "#9B59B6")
        for row, top in enumerate((40, 110)):
            for index in range(9):
                x = index * 72 + (36 if row else 0) - 20
                painter.setBrush(QColor(colours[(index + row) % len(colours)]))
                flag = [QPointF(x, top), QPointF(x + 56, top), QPointF(x + 28, top + 52)]
                painter.drawPolygon(QPolygonF(flag))
        for x, colour in ((110, "#E74C3C"), (540, "#3498DB"), (170, "#F1C40F")):
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(x, 250), 42, 52)
            pen("#EEEEEE", 3)
            painter.drawLine(QPointF(x, 302), QPointF(x, 380))
            painter.setPen(Qt.PenStyle.NoPen)
    elif "son" in about or "sound" in about or "scène" in about:
        # A loudspeaker on a stage, its sound in rings.
        backdrop("#111827", "#374151", "#7C4A1E")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1F2937"))
        painter.drawRoundedRect(QRectF(170, 90, 200, 280), 18, 18)
        painter.setBrush(QColor("#9CA3AF"))
        painter.drawEllipse(QPointF(270, 170), 48, 48)
        painter.drawEllipse(QPointF(270, 290), 70, 70)
        painter.setBrush(QColor("#111827"))
        painter.drawEllipse(QPointF(270, 290), 28, 28)
        for ring, colour in enumerate(("#FBBF24", "#F59E0B", "#D97706")):
            pen(colour, 12)
            radius = 120 + ring * 60
            painter.drawArc(QRectF(270 - radius, 230 - radius, 2 * radius, 2 * radius),
                            -40 * 16, 80 * 16)  # fmt: skip
    else:
        # Books on a shelf: the colours follow the name, so each project has its own.
        backdrop("#F5EFE6", "#E8DCCB", "#8B5E34")
        painter.setPen(Qt.PenStyle.NoPen)
        seed = sum(ord(c) for c in about)
        left = 60.0
        while left < 580:
            width = 34 + (seed % 5) * 8
            height = 170 + (seed % 7) * 20
            painter.setBrush(QColor.fromHsv((seed * 37) % 360, 150, 170))
            painter.drawRect(QRectF(left, 360 - height, width, height))
            seed = seed * 1103515245 + 12345 & 0x7FFFFFFF
            left += width + 6
