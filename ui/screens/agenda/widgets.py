"""What the agenda screens share: an item's status in plain words, its timeline, a meeting's
day and hour in the kiosk's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.agenda.types import DECLINED, TIMELINE, AgendaItemView
from ui import theme
from ui.widgets.icons import icon
from ui.widgets.page import label


def when_text(moment: datetime) -> str:
    """ "jeudi 14 janvier 2027, 19:00": a meeting's start in the kiosk's time and language."""
    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, "dddd d MMMM yyyy, HH:mm")


def day_text(moment: datetime) -> str:
    """ "16 décembre 2026": a meeting's day in the kiosk's time and language."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")


class Timeline(QWidget):
    """An item's way, one step a row: done (a tick), the step it is at (in bold, with what it
    means now), the ones to come (a clock, muted); a declined item ends on a cross."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(1, 1)
        self.steps: dict[str, QLabel] = {}
        """The step names shown, by status (tests read them)."""
        self._widgets: list[QWidget] = []

    def step_name(self, status: str) -> str:
        return {
            "submitted": self.tr("Proposed"),
            "supported": self.tr("Supported by enough members"),
            "accepted": self.tr("Accepted by the body"),
            "scheduled": self.tr("On a meeting's agenda"),
            "treated": self.tr("Discussed at the meeting"),
            DECLINED: self.tr("Declined"),
        }[status]

    def meaning(self, item: AgendaItemView) -> str:
        """What the step the item is at means, in a sentence."""
        return {
            "submitted": self.tr("It needs the names of more members before it goes further."),
            "supported": self.tr("It has gone to the body's secretary, who will answer."),
            "accepted": self.tr("The body will put it on one of its meetings."),
            "scheduled": self.tr("It will be discussed at the meeting shown below."),
            "treated": self.tr("The body has discussed it: its answer is below."),
            DECLINED: self.tr("The body will not take it up: its answer is below."),
        }[item.status]

    def show_item(self, item: AgendaItemView | None) -> None:
        for widget in self._widgets:
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets, self.steps = [], {}
        if item is None:
            return
        reached = item.reached()
        shown = [*reached, DECLINED] if item.status == DECLINED else list(TIMELINE)
        palette = theme.current().palette
        size = theme.current().metrics.text(1.4)
        for row, status in enumerate(shown):
            current = status == item.status
            done = status in reached or current
            mark = QLabel()
            name = "x" if status == DECLINED else ("check" if done else "clock")
            colour = palette.primary_text if done else palette.muted
            mark.setPixmap(icon(name, colour, size, self.devicePixelRatioF()).pixmap(size, size))
            text = label("heading" if current else ("lead" if done else "muted"))
            text.setText(self.step_name(status))
            self.steps[status] = text
            self._grid.addWidget(mark, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(text, row * 2, 1)
            self._widgets += [mark, text]
            if current:
                meaning = label("muted")
                meaning.setText(self.meaning(item))
                self._grid.addWidget(meaning, row * 2 + 1, 1)
                self._widgets.append(meaning)
