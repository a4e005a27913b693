"""The booth's ballots as a voter sees them (issue #19): a ranking says what to do and lists
the ranked options first, in rank order, never greyed; each majority-judgment grade has its own
colour, stands apart from the next and sits right under its option's name; "Voté !" counts
down to the next voter, and "J'ai fini" hands the booth over at once."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import BallotCast
from ui.screens.voting.booth import CONFIRMED_S, ConfirmedScreen, GradesBooth, RankingBooth
from ui.screens.voting.widgets import (
    GradesBallot,
    RankingBallot,
    demo_pictures,
    demo_vote,
    grade_colours,
    grade_name,
)
from ui.theme import HIGH_CONTRAST, NORMAL, contrast_ratio


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_a_ranking_says_what_to_do_and_keeps_the_ranked_options_vivid_and_in_order(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.set_language("en")
    booth = window.navigator.page("vote-booth-ranking")
    assert isinstance(booth, RankingBooth)
    booth.prepare_screenshot()
    shell.go("vote-booth-ranking")
    ballot = booth.ballot
    assert isinstance(ballot, RankingBallot)
    assert ballot.instruction.isVisible()
    assert ballot.instruction.text().startswith("Tap the options in your order of preference")
    ballot.start_again()
    assert not ballot.again.isVisible()  # nothing to start again yet
    last, first = ballot.labels[-1], ballot.labels[1]
    tap(ballot.buttons[last])
    tap(ballot.buttons[first])
    QApplication.processEvents()
    assert ballot.ranking == [last, first]
    for label in (last, first):
        button = ballot.buttons[label]
        assert button.isEnabled() and button.isChecked(), label  # vivid, not greyed
    assert ballot.buttons[last].text() == f"1.  {ballot.shown(last)}"
    # 1. above 2. above the options still to rank.
    tops = [on_window(ballot.buttons[label]).top() for label in ballot.shown_order()]
    assert tops == sorted(tops)
    assert ballot.shown_order()[:2] == [last, first]
    assert on_window(ballot.buttons[last]).top() < on_window(ballot.buttons[first]).top()
    # A second tap on a ranked option changes nothing.
    tap(ballot.buttons[last])
    assert ballot.ranking == [last, first] and ballot.buttons[last].isChecked()
    # "Start again" is a real button (the plain kind, with a border), not quiet grey text.
    assert ballot.again.isVisible() and ballot.again.property("kind") == ""
    tap(ballot.again)
    assert ballot.ranking == []
    assert not any(button.isChecked() for button in ballot.buttons.values())
    assert ballot.shown_order() == ballot.labels


def test_each_grade_has_its_colour_stands_apart_and_sits_under_its_option(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.set_language("en")
    booth = window.navigator.page("vote-booth-mj")
    assert isinstance(booth, GradesBooth)
    booth.prepare_screenshot()
    shell.go("vote-booth-mj")
    ballot = booth.ballot
    assert isinstance(ballot, GradesBallot)
    QApplication.processEvents()
    assert grade_name(ballot.grades[0]) == "Reject"
    styles = {grade: button.styleSheet() for grade, button in ballot.grade_buttons}
    assert len(set(styles.values())) == len(ballot.grades)  # one colour per grade
    assert ballot.grid.horizontalSpacing() >= 16 and ballot.grid.verticalSpacing() >= 16
    for name, label in zip(ballot.names, ballot.labels, strict=True):
        row = ballot.rows[label]
        chip = on_window(row[0])
        place = on_window(name)
        # Right above its first grade, at the same left edge: never far from its chips.
        assert 0 <= chip.top() - place.bottom() <= 24, label
        assert abs(chip.left() - place.left()) <= 2, label
        for left, right in pairwise(row):
            if on_window(left).top() == on_window(right).top():
                assert on_window(right).left() - on_window(left).right() >= 16


def test_the_grade_colours_go_from_red_to_green_with_enough_contrast_in_both_modes() -> None:
    normal = grade_colours(6)
    high = grade_colours(6, high_contrast=True)
    assert len(set(normal)) == 6 and len(set(high)) == 6
    # Worst red, best green.
    assert normal[0].upper() == "#B42318" and normal[-1] != normal[0]
    for colour in normal:
        # White text on a chosen grade, its outline on the paper.
        assert contrast_ratio("#FFFFFF", colour) >= 4.5, colour
        assert contrast_ratio(colour, NORMAL.paper) >= 3.0, colour
    for colour in high:
        assert contrast_ratio(colour, HIGH_CONTRAST.paper) >= 7.0, colour
        assert contrast_ratio("#000000", colour) >= 7.0, colour
    assert len(set(grade_colours(3))) == 3  # fewer grades: still red, middle, green
    assert grade_colours(3)[0] == normal[0] and grade_colours(3)[-1] == normal[-1]


def test_voted_counts_down_to_the_next_voter_and_im_done_goes_at_once(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.set_language("en")
    confirmed = window.navigator.page("vote-confirmed")
    assert isinstance(confirmed, ConfirmedScreen)
    vote = demo_vote("motion")
    shell.go("vote-confirmed", BallotCast("vote-booth-motion", vote, more=False))
    assert confirmed.countdown.isVisible()
    assert confirmed.countdown.text() == f"Back to the start in {CONFIRMED_S} seconds"
    assert confirmed.done_button.isVisible() and confirmed.done_button.text() == "I'm done"
    confirmed._tick()
    assert confirmed.countdown.text() == f"Back to the start in {CONFIRMED_S - 1} seconds"
    tap(confirmed.done_button)
    assert shell.current_screen() == "vote-booth-motion"
    assert not confirmed.timer.isActive()
    # Untouched, it goes back by itself once the count reaches nought.
    shell.go("vote-confirmed", BallotCast("vote-booth-motion", vote, more=False))
    assert confirmed.left == CONFIRMED_S  # a new voter's full count
    confirmed.timer.setInterval(10)
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-booth-motion")
    # With a proxy's ballot to come, it says so.
    shell.go("vote-confirmed", BallotCast("vote-booth-motion", vote, more=True))
    assert confirmed.done_button.text() == "Next ballot"
    assert confirmed.countdown.text().startswith("Next ballot in")


def test_each_demo_project_has_its_own_picture_the_same_every_time(qapp: QApplication) -> None:
    vote = demo_vote("pb")
    pictures = demo_pictures(vote)
    assert len(pictures) >= 3
    assert len(set(pictures.values())) == len(pictures)  # no two alike
    assert demo_pictures(vote) == pictures  # drawn, not random
