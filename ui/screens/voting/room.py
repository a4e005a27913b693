"""The room display: what a projector shows a whole room (docs/architecture.md, "The room
display").

It is laid out once at the projector's size (1920 × 1080, or 1080 × 1920 upright) in its own
type, the kiosk's text size left aside: a room reads it from ten metres. `RoomView` shows it
scaled to whatever it is given, so the kiosk's own preview and the projector look the same.
Nobody can scroll a projector: where a text is long its type steps down, never below
`SMALLEST_PX`, and no sentence is ever cut.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP
from app.voting.queries import VoteState, shown_result
from app.voting.texts import option_text, vote_text
from app.voting.types import Turnout, VoteInfo
from ui.screens.voting.widgets import (
    choice_name,
    grade_colours,
    grade_name,
    level_name,
)
from ui.theme import FONT_FAMILY, HIGH_CONTRAST, NORMAL, Palette
from ui.widgets.figures import money
from ui.widgets.page import tabular_figures
from ui.widgets.qr_view import QrView

# The projector's size the display is laid out at, landscape and upright.
LANDSCAPE = QSize(1920, 1080)
PORTRAIT = QSize(1080, 1920)
# The question's type at 1080p: read from the back of a room (≥ 56 px).
QUESTION_PX = 64
SMALLEST_PX = 26
MARGIN = 64

# A verdict's colours: a motion adopted is green, rejected red (white on black in high
# contrast, where the word says it alone).
ADOPTED = "#1E7A3C"
REJECTED = "#B42318"


def tr(source: str) -> str:
    """A text of the room display's catalogue context (its words marked where they are)."""
    return QCoreApplication.translate("RoomDisplay", source)


def percent(part: int | Fraction, whole: int) -> str:
    """`part` of `whole` as a whole percentage in the reader's language ("68 %" in French)."""
    value = round(100 * Fraction(part) / whole) if whole else 0
    return QCoreApplication.translate("RoomDisplay", "{value}%").format(value=value)


def room_text(role: str, px: int, colour: str, *, wrap: bool = True) -> QLabel:
    text = QLabel()
    text.setWordWrap(wrap)
    text.setProperty("room", role)
    set_type(text, px, colour, bold=role != "body")
    if role == "figure":
        # Counts, costs and the countdown in figures of one width: a column of results lines
        # up digit under digit, and a countdown does not shift as its digits change.
        tabular_figures(text)
    return text


def set_type(text: QLabel, px: int, colour: str, *, bold: bool = True) -> None:
    """The room's own type: pixels at the projector's size, the kiosk's text size aside."""
    text.setStyleSheet(
        f"font-family:'{FONT_FAMILY}';font-size:{px}px;"
        f"font-weight:{'bold' if bold else 'normal'};color:{colour};background:transparent;"
    )
    text.setProperty("px", px)


class Bar(QWidget):
    """A horizontal bar: `value` of `whole`, optionally made of segments (a merit profile)."""

    def __init__(self, height: int = 48, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.segments: list[tuple[float, str]] = []
        self.track = "#E4DED3"
        self.outline = ""

    def set_value(self, value: float, whole: float, colour: str) -> None:
        self.set_segments([(value / whole if whole else 0.0, colour)])

    def set_segments(self, segments: Sequence[tuple[float, str]]) -> None:
        """(share of the whole, colour) from the left."""
        self.segments = [(max(0.0, share), colour) for share, colour in segments]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.track))
        painter.drawRoundedRect(rect, 8, 8)
        left = 0.0
        for share, colour in self.segments:
            width = min(share, 1.0 - left) * rect.width()
            if width > 0:
                painter.fillRect(QRectF(left * rect.width(), 0, width, rect.height()), colour)
            left += share
        if self.outline:
            painter.setPen(QColor(self.outline))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)
        painter.end()


@dataclass(frozen=True)
class Row:
    """One line of results: a name, a bar (segments of the whole), a figure and a mark."""

    name: str
    segments: tuple[tuple[float, str], ...]
    figure: str
    strong: bool = False


class RoomDisplay(QFrame):
    """What the room sees: laid out at the projector's size (`design`), shown by `RoomView`.
    `show_live` for an open vote, `show_results` once revealed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room")
        self.palette_: Palette = NORMAL
        self.language = "fr"
        self.portrait = False
        self.state: VoteState | None = None
        self.phone_address = ""
        self.results = False
        self.chip = room_text("chip", 32, "#FFFFFF", wrap=False)
        self.vote_title = room_text("title", 40, NORMAL.muted)
        self.question = room_text("question", QUESTION_PX, NORMAL.ink)
        # Live: the countdown, labelled; the turnout as a bar with words; how to vote by phone.
        self.countdown_label = room_text("label", 40, NORMAL.muted)
        self.countdown = room_text("figure", 104, NORMAL.ink, wrap=False)
        self.turnout_label = room_text("label", 40, NORMAL.muted)
        self.turnout_bar = Bar(56)
        self.turnout = room_text("figure", 48, NORMAL.ink)
        self.join = room_text("label", 40, NORMAL.ink)
        self.qr = QrView()
        self.qr.setFixedSize(440, 440)
        self.address = room_text("address", 56, NORMAL.ink, wrap=False)
        # Results: the verdict, the rule in words, the bars, the explanation.
        self.verdict = room_text("verdict", 120, ADOPTED)
        self.rule = room_text("rule", 44, NORMAL.ink)
        self.rows_box = QGridLayout()
        self.rows_box.setHorizontalSpacing(32)
        self.rows_box.setVerticalSpacing(16)
        self.row_widgets: list[QWidget] = []
        self.rows: list[Row] = []
        # A majority judgment's colours, named: best grade first, as in the bars.
        self.legend = room_text("legend", 32, NORMAL.ink)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = room_text("body", 32, NORMAL.ink)
        self.hidden = room_text("label", 56, NORMAL.ink)

        self.live_side = QWidget()
        side = QVBoxLayout(self.live_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(24)
        side.addWidget(self.join)
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.address, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addStretch(1)
        self.live_main = QWidget()
        main = QVBoxLayout(self.live_main)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(16)
        main.addWidget(self.countdown_label)
        main.addWidget(self.countdown)
        main.addSpacing(24)
        main.addWidget(self.turnout_label)
        main.addWidget(self.turnout_bar)
        main.addWidget(self.turnout)
        main.addStretch(1)
        self.results_box = QWidget()
        results = QVBoxLayout(self.results_box)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(20)
        results.addWidget(self.verdict)
        results.addWidget(self.rule)
        results.addLayout(self.rows_box)
        results.addWidget(self.legend)
        results.addSpacing(8)
        results.addWidget(self.explanation)
        results.addWidget(self.hidden)
        results.addStretch(1)

        head = QHBoxLayout()
        head.setSpacing(24)
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.vote_title, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(64)
        self.body.addWidget(self.live_main, 3)
        self.body.addWidget(self.results_box, 3)
        self.body.addWidget(self.live_side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 48, MARGIN, 48)
        layout.setSpacing(24)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addLayout(self.body, 1)
        self.resize(LANDSCAPE)

    # -- What is shown --------------------------------------------------------------------------

    def design(self) -> QSize:
        return PORTRAIT if self.portrait else LANDSCAPE

    def set_modes(self, *, high_contrast: bool, portrait: bool, language: str) -> None:
        self.palette_ = HIGH_CONTRAST if high_contrast else NORMAL
        self.portrait = portrait
        self.language = language
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.setStyleSheet(f"QFrame#room {{ background:{self.palette_.paper}; }}")
        self.resize(self.design())

    def show_state(self, state: VoteState | None, *, results: bool) -> None:
        self.state = state
        self.results = results
        self.live_main.setVisible(not results)
        self.live_side.setVisible(not results)
        self.results_box.setVisible(results)
        vote = state.vote if state is not None else None
        self._show_header(vote)
        if results:
            self._show_results(state)
        else:
            self._show_live(state)
        self.fit()

    def _colour(self, name: str) -> str:
        return str(getattr(self.palette_, name))

    def _show_header(self, vote: VoteInfo | None) -> None:
        ink, muted = self._colour("ink"), self._colour("muted")
        self.chip.setVisible(vote is not None)
        if vote is None:
            self.vote_title.clear()
            self.question.clear()
            return
        colour = self.palette_.levels.get(vote.level, self._colour("primary"))
        self.chip.setText(level_name(vote.level))
        self.chip.setStyleSheet(
            f"font-family:'{FONT_FAMILY}';font-size:32px;font-weight:bold;color:#FFFFFF;"
            f"background:{colour};border:2px solid #FFFFFF;border-radius:12px;padding:6px 20px;"
        )
        # The question is what the room answers; without one, the title is. Both in the room's
        # language (the vote's own where it has none).
        texts = vote_text(vote, self.language)
        asked = texts.question or texts.title
        self.vote_title.setText(texts.title if texts.question else "")
        self.vote_title.setVisible(bool(texts.question))
        self.question.setText(asked)
        set_type(self.vote_title, 40, muted)
        set_type(self.question, QUESTION_PX, ink)

    def _show_live(self, state: VoteState | None) -> None:
        ink, muted = self._colour("ink"), self._colour("muted")
        for text, px, colour in (
            (self.countdown_label, 40, muted),
            (self.countdown, 104, ink),
            (self.turnout_label, 40, muted),
            (self.turnout, 48, ink),
            (self.join, 40, ink),
            (self.address, 56, ink),
        ):
            set_type(text, px, colour)
        self.turnout_bar.track = "#333333" if self.palette_ is HIGH_CONTRAST else "#E4DED3"
        self.turnout_bar.outline = "#FFFFFF" if self.palette_ is HIGH_CONTRAST else ""
        phones = state is not None and "phone" in state.vote.channels
        shown = phones and bool(self.phone_address)
        self.live_side.setVisible(shown)
        self.qr.set_data(self.phone_address if shown else "")
        self.address.setText(short_address(self.phone_address))
        self.join.setText(self.tr("Vote by phone: scan or type"))
        self.turnout_label.setText(self.tr("Turnout"))
        if state is None:
            self.turnout.clear()
            self.turnout_bar.set_segments([])
        else:
            voted, roll = turnout_figures(state.turnout)
            self.turnout.setText(
                self.tr("{voted} of {roll} voters have voted ({share})").format(
                    voted=voted, roll=roll, share=percent(voted, roll)
                )
            )
            colour = self._colour("ink") if self.palette_ is HIGH_CONTRAST else NORMAL.primary
            self.turnout_bar.set_value(voted, roll, colour)
        self.tick()

    def tick(self) -> None:
        """The countdown, once a second."""
        state = self.state
        if self.results:
            return
        if state is None or state.vote.status != "open":
            self.countdown_label.setText(self.tr("The vote is closed.") if state else "")
            self.countdown.clear()
            self.countdown.setVisible(False)
            return
        closes = state.vote.closes_at
        if closes is None:
            self.countdown_label.setText(self.tr("The vote is open."))
            self.countdown.setVisible(False)
            return
        left = max(0, int((closes - utcnow()).total_seconds()))
        self.countdown_label.setText(self.tr("Vote closes in"))
        self.countdown.setText(f"{left // 60}:{left % 60:02d}")
        self.countdown.setVisible(True)

    # -- Results --------------------------------------------------------------------------------

    def _show_results(self, state: VoteState | None) -> None:
        ink = self._colour("ink")
        set_type(self.rule, 44, ink)
        set_type(self.explanation, 32, ink, bold=False)
        set_type(self.hidden, 56, ink)
        shown = shown_result(state.vote, self.language) if state is not None else None
        self.hidden.setVisible(shown is None)
        self.hidden.setText(self.tr("The results are not revealed yet."))
        self.verdict.setVisible(shown is not None)
        self.rule.setVisible(False)
        self.explanation.setVisible(False)
        self.legend.setVisible(False)
        set_type(self.legend, 32, ink)
        rows: list[Row] = []
        if state is None or shown is None:
            self._set_rows(rows)
            return
        vote = state.vote
        result = vote.result or {}
        details = result.get("details") or {}
        lines = list(shown.explanation)
        if shown.error is not None:
            self._set_verdict(self.tr("No result"), ink)
            self.rule.setText(shown.error)
            self.rule.setVisible(True)
            self._set_rows(rows)
            return
        if vote.method == "motion":
            rows, lines = self._motion(details, shown.counts, lines)
        elif vote.method == "mj":
            rows = self._judgment(vote, details, result)
        elif vote.method == "pb":
            rows = self._budget(vote, details)
        else:
            rows = self._ranking(result, shown.winners)
        self._set_rows(rows)
        text = option_words("\n".join(lines), vote, self.language)
        if vote.method == "mj":
            text = grade_words(text, vote.grades)
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))

    def _set_verdict(self, text: str, colour: str, px: int = 120) -> None:
        self.verdict.setText(text)
        set_type(self.verdict, px, colour)
        self.verdict.setVisible(bool(text))

    def _motion(
        self,
        details: dict[str, object],
        counts: Sequence[tuple[str, int]],
        lines: list[str],
    ) -> tuple[list[Row], list[str]]:
        high = self.palette_ is HIGH_CONTRAST
        adopted = bool(details.get("adopted"))
        colours = ("#FFFFFF", "#FFE14D") if high else (ADOPTED, REJECTED)
        colour = colours[0] if adopted else colours[1]
        self._set_verdict(self.tr("ADOPTED") if adopted else self.tr("REJECTED"), colour)
        self.rule.setText(motion_rule(details))
        self.rule.setVisible(bool(self.rule.text()))
        total = sum(count for _choice, count in counts) or 1
        bars = {"yes": ADOPTED, "no": REJECTED, "abstain": "#5C5866", "invalid": "#5C5866"}
        rows = [
            Row(
                choice_name(choice),
                ((count / total, "#FFFFFF" if high else bars.get(choice, "#5C5866")),),
                f"{count}",
                strong=choice == "yes",
            )
            for choice, count in counts
        ]
        # The count is in the bars; the rule in words above: the rest explains.
        return rows, lines[1:]

    def _name(self, label: object) -> str:
        """An option's name in the room's language."""
        vote = self.state.vote if self.state is not None else None
        for option in vote.options if vote is not None else ():
            if option.label == label:
                return option_text(option, self.language).label
        return str(label)

    def _ranking(self, result: Mapping[str, Any], winners: Sequence[str]) -> list[Row]:
        ink = self._colour("ink")
        names = ", ".join(self._name(w) for w in winners)
        if len(winners) > 1:
            self._set_verdict(self.tr("Tie: {names}").format(names=names), ink, 88)
        elif winners:
            self._set_verdict(self.tr("Chosen: {name}").format(name=names), ink, 88)
        else:
            self._set_verdict(self.tr("No winner"), ink, 88)
        ranking = result.get("ranking") or []
        rows: list[Row] = []
        position = 1
        for tier in ranking if isinstance(ranking, list) else []:
            for name in tier if isinstance(tier, list) else [tier]:
                shown = self._name(name)
                rows.append(Row(f"{position}. {shown}", (), "", strong=position == 1))
            position += len(tier) if isinstance(tier, list) else 1
        return rows

    def _judgment(
        self, vote: VoteInfo, details: Mapping[str, Any], result: Mapping[str, Any]
    ) -> list[Row]:
        ink = self._colour("ink")
        winners = result.get("winners") or []
        self._set_verdict(
            ", ".join(self._name(w) for w in winners) if isinstance(winners, list) else "", ink, 96
        )
        options = details.get("options") or {}
        ranking = [name for tier in result.get("ranking") or [] for name in tier]
        colours = grade_colours(len(vote.grades), high_contrast=self.palette_ is HIGH_CONTRAST)
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{colours[index]}">&#9632;</span>&nbsp;'
                + html.escape(grade_name(grade))
                for index, grade in reversed(list(enumerate(vote.grades)))
            )
        )
        self.legend.setVisible(True)
        rows: list[Row] = []
        for name in ranking:
            info = options.get(name) if isinstance(options, dict) else None
            if not isinstance(info, dict):
                continue
            profile = [int(n) for n in info.get("merit_profile") or []]
            total = sum(profile) or 1
            # Best grade first, from the left: the median falls where the bar crosses half.
            best_first = reversed(list(enumerate(profile)))
            segments = tuple((count / total, colours[index]) for index, count in best_first)
            grade = info.get("majority_grade")
            rows.append(
                Row(
                    self._name(name),
                    segments,
                    grade_name(str(grade)) if grade else "—",
                    name in winners,
                )
            )
        self.rule.setText(
            self.tr("Each option's median grade: half the voters gave it that or better.")
        )
        self.rule.setVisible(bool(rows))
        return rows

    def _budget(self, vote: VoteInfo, details: dict[str, object]) -> list[Row]:
        ink = self._colour("ink")
        budget = int(float(str(details.get("budget") or vote.budget or 0)))
        spent = int(float(str(details.get("cost") or 0)))
        currency = str(details.get("currency") or vote.currency)
        selected = [str(p) for p in details.get("selected") or []]  # type: ignore[attr-defined]
        costs = {option.label: option.cost or 0 for option in vote.options}
        count = len(selected)
        self._set_verdict(self.tr("%n project(s) funded", "", count), ink, 88)
        self.rule.setText(
            self.tr("Budget used: {spent} of {budget}").format(
                spent=money(spent, currency), budget=money(budget, currency)
            )
        )
        self.rule.setVisible(True)
        colour = ink if self.palette_ is HIGH_CONTRAST else NORMAL.primary
        return [
            Row(self._name(name), ((costs.get(name, 0) / budget if budget else 0, colour),),
                money(costs.get(name, 0), currency), True)
            for name in selected
        ] + [Row(self.tr("Budget used"), ((spent / budget if budget else 0, colour),),
                 percent(spent, budget))]  # fmt: skip

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        for widget in self.row_widgets:
            self.rows_box.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.row_widgets = []
        ink = self._colour("ink")
        high = self.palette_ is HIGH_CONTRAST
        for index, row in enumerate(rows):
            name = room_text("row", 44, ink)
            name.setText(row.name)
            set_type(name, 44, ink, bold=row.strong)
            self.rows_box.addWidget(name, index, 0)
            self.row_widgets.append(name)
            if row.segments:
                bar = Bar(48)
                bar.track = "#333333" if high else "#E4DED3"
                bar.outline = "#FFFFFF" if high else ""
                bar.set_segments(row.segments)
                self.rows_box.addWidget(bar, index, 1)
                self.row_widgets.append(bar)
            figure = room_text("figure", 44, ink, wrap=False)
            figure.setText(row.figure)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rows_box.addWidget(figure, index, 2)
            self.row_widgets.append(figure)
        self.rows_box.setColumnStretch(0, 2)
        self.rows_box.setColumnStretch(1, 3 if any(r.segments for r in rows) else 0)

    # -- Fitting --------------------------------------------------------------------------------

    def fit(self) -> None:
        """Step the type down until everything fits the design size: first the explanation,
        then the rows and the question, never below `SMALLEST_PX`; the address on one line."""
        design = self.design()
        self.resize(design)
        side = (design.width() - 2 * MARGIN - 64) * 2 // 5 if not self.portrait else design.width()
        self._fit_one_line(self.address, 56, max(200, side - 2 * MARGIN * int(self.portrait)))
        layout = self.layout()
        assert layout is not None
        steps: list[tuple[QLabel, int]] = [(self.explanation, 32), (self.question, QUESTION_PX)]
        texts = [w for w in self.row_widgets if isinstance(w, QLabel)]
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6):
            for text, px in steps:
                size = max(SMALLEST_PX, int(px * factor))
                if text is self.question:
                    size = max(48, size)
                set_type(text, size, self._text_colour(text), bold=text is not self.explanation)
            for text in texts:
                set_type(text, max(SMALLEST_PX, int(44 * factor)), self._text_colour(text),
                         bold=bool(text.font().bold()))  # fmt: skip
            self._activate()
            if layout.totalMinimumHeightForWidth(design.width()) <= design.height():
                return

    def _text_colour(self, _text: QLabel) -> str:
        return self._colour("ink")

    def _fit_one_line(self, text: QLabel, px: int, width: int) -> None:
        """`text` on one line within `width`: its type steps down rather than wrapping."""
        colour = self._colour("ink")
        while px > SMALLEST_PX:
            font = QFont(FONT_FAMILY)
            font.setPixelSize(px)
            font.setBold(True)
            if QFontMetrics(font).horizontalAdvance(text.text()) <= width:
                break
            px -= 4
        set_type(text, px, colour)

    def _activate(self) -> None:
        for widget in [self, *self.findChildren(QWidget)]:
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()


class RoomView(QGraphicsView):
    """`RoomDisplay` laid out at the projector's size and scaled into this view (the kiosk's
    preview, a projector of another size, a window)."""

    def __init__(self, display: RoomDisplay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = display
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        # Shown, never touched: no focus, no mouse, nothing in it can take a tap.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setInteractive(False)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self._scene = QGraphicsScene(self)
        self.proxy = self._scene.addWidget(display)
        self.setScene(self._scene)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def upright(self) -> bool:
        return self.height() > self.width()

    def rescale(self) -> None:
        design = self.display.design()
        self.display.resize(design)
        self._scene.setSceneRect(0, 0, design.width(), design.height())
        scale = min(self.width() / design.width(), self.height() / design.height())
        self.resetTransform()
        if scale > 0:
            self.scale(scale, scale)
        self.setBackgroundBrush(QColor(self.display.palette_.paper))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rescale()


def short_address(address: str) -> str:
    """The phone page's address as a person types it: no scheme, no trailing slash."""
    return address.removeprefix("http://").removeprefix("https://").rstrip("/")


def turnout_figures(figures: Turnout) -> tuple[int, int]:
    """(votes cast, voters on the roll: present or represented)."""
    return figures.voted, max(figures.voted, figures.present + figures.represented)


THRESHOLD_WORDS = {
    "simple": QT_TRANSLATE_NOOP("RoomDisplay", "More than half"),
    "two_thirds": QT_TRANSLATE_NOOP("RoomDisplay", "Two thirds"),
    "three_quarters": QT_TRANSLATE_NOOP("RoomDisplay", "Three quarters"),
}
BASE_WORDS = {
    "cast": QT_TRANSLATE_NOOP("RoomDisplay", "of the votes cast"),
    "present": QT_TRANSLATE_NOOP("RoomDisplay", "of the votes present"),
    "entitled": QT_TRANSLATE_NOOP("RoomDisplay", "of the votes entitled"),
}


def motion_rule(details: dict[str, object]) -> str:
    """The rule the motion was held to, in words, and what the room did."""
    if details.get("reason") == "quorum":
        return QCoreApplication.translate(
            "RoomDisplay", "The quorum was not met: without it the vote cannot decide."
        )
    threshold = str(details.get("threshold") or "")
    yes = int(str(details.get("yes") or 0))
    base = int(str(details.get("base") or 0))
    if threshold == "unanimity":
        return QCoreApplication.translate("RoomDisplay", "Unanimity was needed: nobody against.")
    needed = THRESHOLD_WORDS.get(threshold)
    words = BASE_WORDS.get(str(details.get("base_rule") or "cast"))
    if needed is None or words is None:
        return ""
    return QCoreApplication.translate(
        "RoomDisplay", "{needed} {base} were needed: {share} voted for."
    ).format(needed=tr(needed), base=tr(words), share=percent(yes, base))


def option_words(text: str, vote: VoteInfo, language: str) -> str:
    """The engine's explanation with the options' names in `language` (the engine writes the
    vote's own)."""
    return swap_words(
        text, {option.label: option_text(option, language).label for option in vote.options}
    )


def grade_words(text: str, grades: Sequence[str]) -> str:
    """The engine's explanation with its grades' identifiers as words."""
    return swap_words(text, {grade: grade_name(grade) for grade in grades})


def swap_words(text: str, names: dict[str, str]) -> str:
    """`text` with each key of `names` written as its value where it stands as a whole word,
    the longest first (an option's name may hold a shorter one's)."""
    for key in sorted(names, key=len, reverse=True):
        if names[key] != key:
            text = re.sub(rf"(?<![\w]){re.escape(key)}(?![\w])", names[key], text)
    return text


# -- Demo results (screenshots and tests only; nothing is written) -------------------------------

DEMO_RESULTS = ("motion-adopted", "motion-rejected", "ranking", "mj", "pb")


def demo_results(kind: str) -> VoteState:
    """A revealed demo vote of `kind` (one of `DEMO_RESULTS`), counted by the engine."""
    from dataclasses import replace

    from app.voting.tally import tally_data
    from ui.screens.voting.widgets import DEMO_TURNOUT, demo_vote

    data: dict[str, object]
    if kind.startswith("motion"):
        vote = demo_vote("motion", status="closed")
        yes, no = (24, 6) if kind == "motion-adopted" else (17, 12)
        data = {
            "method": "motion",
            "rules": dict(vote.rules["rules"]),
            "present": 42,
            "entitled": 45,
            "ballots": [
                {"choice": "yes", "count": yes},
                {"choice": "no", "count": no},
                {"choice": "abstain", "count": 2},
            ],
        }
    elif kind == "ranking":
        vote = replace(demo_vote("schulze", status="closed"), method="schulze")
        o = [option.label for option in vote.options]
        data = {
            "method": "schulze",
            "options": o,
            "ballots": [
                {"ranking": [o[1], o[0], o[2], o[3]], "count": 11},
                {"ranking": [o[0], o[2], o[1], o[3]], "count": 9},
                {"ranking": [o[2], o[1], o[0], o[3]], "count": 6},
            ],
        }
    elif kind == "mj":
        vote = demo_vote("mj", status="closed")
        o = [option.label for option in vote.options]
        data = {
            "method": "mj",
            "options": o,
            "grades": list(vote.grades),
            "tallies": {
                o[0]: [2, 3, 5, 9, 7, 4],
                o[1]: [1, 2, 4, 6, 10, 7],
                o[2]: [5, 6, 8, 6, 3, 2],
            },
        }
    elif kind == "pb":
        vote = demo_vote("pb", status="closed")
        ids = [option.label for option in vote.options]
        data = {
            "method": "pb",
            "budget": 5000,
            "rule": "mes-add1-greedy",
            "options": [{"id": o.label, "label": o.label, "cost": o.cost} for o in vote.options],
            "ballots": [
                {"approve": [ids[0], ids[1]], "count": 12},
                {"approve": [ids[2], ids[3]], "count": 8},
                {"approve": [ids[4]], "count": 5},
                {"approve": [ids[0], ids[2]], "count": 6},
            ],
        }
    else:
        raise ValueError(f"no demo result {kind!r}")
    result = tally_data(data).to_json()
    return VoteState(replace(vote, result=result, revealed=True), DEMO_TURNOUT, True)
