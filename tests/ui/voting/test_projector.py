"""The projector as the room sees it: its own top-level window (full screen on a second
screen when there is one; here, offscreen, the one screen: a window), the same content as the
`vote-projector` screen, then the results once the facilitator reveals them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.voting import service
from app.voting.queries import VoteState
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.unit.voting.conftest import build_room
from ui.ballot_server import BallotServerHolder
from ui.screen_args import VoteArgs
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.projector import ProjectorScreen
from ui.screens.voting.room import DEMO_RESULTS, SMALLEST_PX, RoomDisplay, demo_results
from ui.screens.voting.widgets import DEMO_TURNOUT, demo_vote, money


def test_the_projector_opens_as_a_window_and_shows_the_results_when_revealed(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    ctx = kiosk_context
    people = build_room(ctx, shareholders=4, members=0, visitors=0).shareholders
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Nouveau local",
            "method": "motion",
            "level": "codecision",
            "channels": ["kiosk", "phone"],
            "body": "general-assembly",
        },
    )
    service.open_vote(ctx, vote_id)
    for person in people:
        service.mark_present(ctx, vote_id, person)
    for person in people[:3]:
        service.cast_ballot(ctx, vote_id, voter_id=person, content={"choice": "yes"})
    shell, window = make_kiosk(ballot_host="127.0.0.1", ballot_port=0)
    wait_idle(qtbot, shell)
    account = add_facilitator(ctx, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("vote-console", VoteArgs(vote_id))
    console = window.navigator.page("vote-console")
    assert isinstance(console, ConsoleScreen)
    qtbot.waitUntil(lambda: console.state is not None)
    holder = BallotServerHolder.of(shell)
    qtbot.waitUntil(lambda: holder.running)

    # One screen (offscreen): the facilitator gets a window, not a full screen.
    assert len(QGuiApplication.screens()) == 1
    button = console.goto["projector-window"]
    assert button.isVisible() and button.text() == "Projecteur dans une fenêtre"
    tap(button)
    projector = console.projector_window
    assert projector is not None
    qtbot.waitUntil(lambda: projector.isVisible() and projector.live.state is not None)
    assert projector.isWindow() and projector is not window
    assert not projector.second_screen and not projector.isFullScreen()
    assert projector.pages.currentWidget() is projector.live
    live = projector.live.board
    assert live.question.text() == "Nouveau local"  # no question: the title is asked
    assert live.turnout.text() == "3 votants sur 4 ont voté (75 %)"
    assert live.qr.isVisible() and live.qr.data == holder.address()
    assert live.address.text() == holder.address().removeprefix("http://")
    # Laid out at the projector's size whatever the window's: readable from the back.
    assert live.size() == QSize(1920, 1080)
    assert live.question.font().pixelSize() >= 56 or "64px" in live.question.styleSheet()
    # The same content as the projector screen inside the kiosk.
    shell.go("vote-projector", VoteArgs(vote_id))
    inside = window.navigator.page("vote-projector")
    assert isinstance(inside, ProjectorScreen)
    qtbot.waitUntil(lambda: inside.state is not None)
    assert inside.board.turnout.text() == live.turnout.text()
    assert inside.board.question.text() == live.question.text()
    assert window.top_bar.isHidden()  # no kiosk chrome on a room display
    # Nothing else opens a window of its own over the kiosk (the vote's header, which the room
    # display does not lay out, once did at the screen's top left).
    windows = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.graphicsProxyWidget() is None
    ]
    assert set(windows) == {window, projector}

    # The facilitator closes and reveals from the console: the window follows.
    shell.go("vote-console", VoteArgs(vote_id))
    qtbot.waitUntil(console.close_button.isVisible)
    tap(console.close_button)
    tap(console.confirm.yes)
    qtbot.waitUntil(console.reveal_button.isVisible)
    qtbot.waitUntil(lambda: live.countdown_label.text() == "Le vote est clos.")
    assert projector.pages.currentWidget() is projector.live  # no result before the reveal
    tap(console.reveal_button)
    qtbot.waitUntil(lambda: projector.pages.currentWidget() is projector.results)
    results = projector.results.board
    assert results.verdict.isVisible() and results.verdict.text() == "ADOPTÉE"
    assert [(row.name, row.figure) for row in results.rows] == [
        ("Oui", "3"),
        ("Non", "0"),
        ("Abstention", "0"),
    ]

    # The kiosk's window closes: so does the projector's.
    window.close()
    assert not projector.isVisible()


def fits(board: RoomDisplay) -> bool:
    layout = board.layout()
    assert layout is not None
    design = board.design()
    return layout.totalMinimumHeightForWidth(design.width()) <= design.height()


def pixels(text: QLabel) -> int:
    return int(text.property("px"))


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize("portrait", [False, True])
def test_every_room_display_fits_the_projector_without_a_cut_sentence(
    qtbot: QtBot, kiosk: Kiosk, language: str, high_contrast: bool, portrait: bool
) -> None:
    shell, _window = kiosk
    shell.set_language(language)
    board = RoomDisplay()
    qtbot.addWidget(board)
    board.set_modes(high_contrast=high_contrast, portrait=portrait, language=language)
    board.show()
    qtbot.waitExposed(board)
    board.phone_address = "http://192.168.1.20:8765"
    board.show_state(VoteState(demo_vote("motion"), DEMO_TURNOUT, True), results=False)
    assert fits(board)
    assert pixels(board.question) >= 56
    assert board.countdown_label.text() and board.countdown.text().count(":") == 1
    # The address whole on one line, in large type.
    assert not board.address.wordWrap() and pixels(board.address) >= 40
    font = QFont(board.address.font())
    font.setPixelSize(pixels(board.address))
    assert QFontMetrics(font).horizontalAdvance("192.168.1.20:8765") <= board.design().width()
    for kind in DEMO_RESULTS:
        board.show_state(demo_results(kind), results=True)
        assert fits(board), kind
        QApplication.processEvents()
        assert board.verdict.isVisible() and board.verdict.text(), kind
        assert pixels(board.verdict) >= 88
        assert board.rows, kind
        assert pixels(board.explanation) >= SMALLEST_PX
        # Every text wraps at words within the display: no sentence past its edge.
        for text in board.findChildren(QLabel):
            if text.isVisibleTo(board) and text.wordWrap():
                assert text.heightForWidth(text.width()) <= text.height() + 1, (kind, text.text())


def test_a_motion_says_its_verdict_and_rule_in_words(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    board = RoomDisplay()
    qtbot.addWidget(board)
    for language, adopted, rejected, rule in (
        ("fr", "ADOPTÉE", "REJETÉE", "Il fallait les deux tiers des suffrages exprimés\u202f: "),
        ("nl", "AANGENOMEN", "VERWORPEN", "Twee derde van de uitgebrachte stemmen was nodig: "),
        ("en", "ADOPTED", "REJECTED", "Two thirds of the votes cast were needed: "),
    ):
        shell.set_language(language)
        board.set_modes(high_contrast=False, portrait=False, language=language)
        board.show_state(demo_results("motion-adopted"), results=True)
        assert board.verdict.text() == adopted
        assert board.rule.text().startswith(rule)
        board.show_state(demo_results("motion-rejected"), results=True)
        assert board.verdict.text() == rejected
        assert board.rule.text().startswith(rule) and "55" in board.rule.text()  # 17 of 31
    # The count is in the bars, not said again in the explanation.
    assert not board.explanation.text().startswith("Yes")


def test_results_show_winners_grade_names_and_funded_projects(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    shell.set_language("fr")
    board = RoomDisplay()
    qtbot.addWidget(board)
    board.show_state(demo_results("ranking"), results=True)
    assert board.verdict.text() == "Choix de la salle\u202f: L'Hôtel Pasteur"
    assert [row.name for row in board.rows][:2] == ["1. L'Hôtel Pasteur", "2. Le Jardin moderne"]
    board.show_state(demo_results("mj"), results=True)
    assert board.verdict.text() == "Facturer à l'étranger"
    medians = {row.name: row.figure for row in board.rows}
    assert medians["Facturer à l'étranger"] == "Très bien"
    assert "very_good" not in board.explanation.text() and "Très bien" in board.explanation.text()
    assert all(len(row.segments) == 6 for row in board.rows)
    # The colours named, best first, by name (never an identifier).
    legend = board.legend.text()
    assert legend.index("Excellent") < legend.index("Très bien") < legend.index("À rejeter")
    assert "very_good" not in legend and "to_reject" not in legend
    board.show_state(demo_results("pb"), results=True)
    assert board.verdict.text() == "3 projets financés"
    assert board.rule.text() == "Budget utilisé\u202f: {} sur {}".format(
        money(3900, "EUR"), money(5000, "EUR")
    )
    funded = [row.name for row in board.rows if row.strong]
    assert "Atelier réparation vélos" in funded and "Fête de la coopérative" not in funded


def test_the_kiosks_preview_is_the_same_display_scaled(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    screen = ProjectorScreen(shell)
    qtbot.addWidget(screen)
    screen.prepare_screenshot()
    screen.resize(960, 540)
    screen.show()
    qtbot.waitExposed(screen)
    screen.view.rescale()
    assert screen.board.size() == QSize(1920, 1080)  # laid out at the projector's size...
    assert abs(screen.view.transform().m11() - 0.5) < 0.01  # ...and drawn at half of it
    assert pixels(screen.board.question) >= 56


def test_a_tap_on_the_kiosks_projector_goes_back(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    shell, window = make_kiosk()
    wait_idle(qtbot, shell)
    shell.go("booklet")
    page = window.navigator.page("vote-projector")
    page.prepare_screenshot()
    shell.go("vote-projector")
    assert window.top_bar.isHidden()
    QTest.mouseClick(page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() == "booklet")
    assert window.top_bar.isVisible()


def test_the_room_reads_the_vote_in_its_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell, _window = kiosk
    board = RoomDisplay()
    qtbot.addWidget(board)
    shell.set_language("nl")
    board.set_modes(high_contrast=False, portrait=False, language="nl")
    board.show_state(VoteState(demo_vote("motion"), DEMO_TURNOUT, True), results=False)
    assert board.question.text() == "Neemt de vergadering de nieuwe tekst van artikel 12 aan?"
    assert board.vote_title.text() == "Wijziging van artikel 12 van de statuten"
    shell.set_language("en")
    board.set_modes(high_contrast=False, portrait=False, language="en")
    board.show_state(demo_results("ranking"), results=True)
    assert board.verdict.text() == "Chosen: L'Hôtel Pasteur"  # a name with no translation
    names = [row.name for row in board.rows]
    assert "4. At the antenne's premises" in names
    assert "Au local de l'antenne" not in board.explanation.text()
    board.show_state(demo_results("pb"), results=True)
    assert "Bike repair workshop" in [row.name for row in board.rows]
