"""Numbers in tables and lists are right-aligned in tabular figures: units under units, a
column of counts or costs read at a glance (issue #19)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.screens.skills.moderation import SectorRow
from ui.screens.voting.room import DEMO_RESULTS, RoomDisplay, demo_results
from ui.screens.voting.widgets import ProjectCard
from ui.screenshots import Renderer
from ui.widgets.count_field import count_box
from ui.widgets.figures import FigureTable
from ui.widgets.page import has_tabular_figures

NUMBER = re.compile(r"^[\s\u202f\xa0]*[-−+]?\d[\d\s\u202f\xa0.,:%€/]*$")
"""A text that is a number: a count, a cost, a percentage, a row's "9."."""

TABLES = (
    "involvement-stats",  # who wants which news: counts
    "vote-rollcall",  # attendance: present, represented, entitled
    "vote-analog",  # a show of hands counted
    "vote-booth-pb",  # the projects and their costs
    "vote-console",  # the projects' costs being written
    "skills-needs",  # needs by sector
)


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def numbers_shown(root: QWidget) -> list[QWidget]:
    """The visible labels and fields of `root` that hold a number."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QLabel | QLineEdit | QAbstractSpinBox)
        and widget.isVisible()
        and NUMBER.match(widget.text())
    ]


def right_aligned(widget: QWidget) -> bool:
    alignment = widget.alignment()  # type: ignore[attr-defined]
    return bool(alignment & Qt.AlignmentFlag.AlignRight)


def test_a_number_is_told_from_words() -> None:
    for number in ("38", "1\u202f800\xa0€", "78%", "10.", "9:29", "5 000"):
        assert NUMBER.match(number), number
    for words in ("Present", "2 besoins", "Budget used", ""):
        assert not NUMBER.match(words), words


@pytest.mark.parametrize("name", TABLES)
def test_every_number_of_a_table_is_right_aligned_in_tabular_figures(
    demo_renderer: Renderer, name: str
) -> None:
    demo_renderer.show(name, language="fr")
    try:
        screen = demo_renderer.window.navigator.current()
        numbers = numbers_shown(screen)
        if name != "skills-needs":  # its counts are words too ("2 besoins"): below
            assert numbers, name
        for widget in numbers:
            what = f"{type(widget).__name__} {widget.text()!r}"
            assert right_aligned(widget), what
            assert has_tabular_figures(widget), what
    finally:
        demo_renderer.forget()


def test_a_column_of_numbers_shares_its_right_edge(demo_renderer: Renderer) -> None:
    # The roll call's figures, the booth's costs down the cards, the needs by sector.
    demo_renderer.show("vote-rollcall", language="nl")
    screen = demo_renderer.window.navigator.current()
    figures = screen.findChild(FigureTable)
    assert figures is not None and len(figures.rows()) == 3
    assert len({on_window(value).right() for value in figures.values}) == 1
    assert max(on_window(n).right() for n in figures.names) < on_window(figures.values[0]).left()
    demo_renderer.forget()

    demo_renderer.show("vote-booth-pb", language="fr")
    screen = demo_renderer.window.navigator.current()
    cards = [card for card in screen.findChildren(ProjectCard) if card.isVisible()]
    assert len(cards) >= 3
    assert len({on_window(card.cost).right() for card in cards}) == 1
    for card in cards:
        assert on_window(card.cost).left() > on_window(card.name).left()
    demo_renderer.forget()

    demo_renderer.show("skills-needs", language="fr")
    screen = demo_renderer.window.navigator.current()
    rows = [row for row in screen.findChildren(SectorRow) if row.isVisible()]
    assert len(rows) >= 2
    assert len({on_window(row.count).right() for row in rows}) == 1
    for row in rows:
        assert right_aligned(row.count) and has_tabular_figures(row.count)
    demo_renderer.forget()


@pytest.mark.parametrize("kind", DEMO_RESULTS)
def test_the_room_s_results_line_their_figures_up(qtbot: QtBot, kind: str) -> None:
    board = RoomDisplay()
    qtbot.add_widget(board)
    board.set_modes(high_contrast=False, portrait=False, language="fr")
    board.show()
    board.show_state(demo_results(kind), results=True)
    QApplication.processEvents()  # the new rows are shown once the layout runs
    figures = [w for w in numbers_shown(board) if w.property("room") == "figure"]
    # Counts and costs (a ranking and a judgment show an order and grades, no figures).
    assert len(figures) >= (2 if kind in {"motion-adopted", "motion-rejected", "pb"} else 0)
    for figure in figures:
        assert right_aligned(figure) and has_tabular_figures(figure), figure.text()
    assert len({on_window(figure).right() for figure in figures}) <= 1


def test_tabular_figures_make_every_digit_as_wide(qtbot: QtBot) -> None:
    table = FigureTable("heading")
    qtbot.add_widget(table)
    table.set_rows([("Aanwezig", "111"), ("Stemgerechtigd", "1\u202f000")])
    table.show()
    value = table.values[0]
    metrics = value.fontMetrics()
    assert {metrics.horizontalAdvance(digit) for digit in "0123456789"} == {
        metrics.horizontalAdvance("0")
    }
    assert table.rows() == [("Aanwezig", "111"), ("Stemgerechtigd", "1\u202f000")]
    table.set_rows([("Aanwezig", "7")])
    assert table.rows() == [("Aanwezig", "7")]
    box = count_box()
    qtbot.add_widget(box)
    assert right_aligned(box) and has_tabular_figures(box)
