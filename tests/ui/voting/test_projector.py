"""The projector as the room sees it: its own top-level window (full screen on a second
screen when there is one; here, offscreen, the one screen: a window), the same content as the
`vote-projector` screen, then the results once the facilitator reveals them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.voting import service
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.unit.voting.conftest import build_room
from ui.ballot_server import BallotServerHolder
from ui.screen_args import VoteArgs
from ui.screens.voting.console import ConsoleScreen
from ui.screens.voting.projector import ProjectorScreen


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
    live = projector.live
    assert live.header.title.text() == "Nouveau local"
    assert live.turnout.text() == "3 des 4 présents ont voté"
    assert live.qr.isVisible() and live.qr.data == holder.address()
    # Readable from the back of the room: on a projector's 1920x1080 the figures are the
    # theme's largest text (this offscreen screen is smaller: the type steps down to fit).
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: live.turnout.fontInfo().pixelSize() >= 56)
    assert live.qr.width() >= 280
    # The same content as the projector screen inside the kiosk.
    shell.go("vote-projector", VoteArgs(vote_id))
    inside = window.navigator.page("vote-projector")
    assert isinstance(inside, ProjectorScreen)
    qtbot.waitUntil(lambda: inside.state is not None)
    assert inside.turnout.text() == live.turnout.text()
    assert inside.header.title.text() == live.header.title.text()

    # The facilitator closes and reveals from the console: the window follows.
    shell.go("vote-console", VoteArgs(vote_id))
    qtbot.waitUntil(console.close_button.isVisible)
    tap(console.close_button)
    tap(console.confirm.yes)
    qtbot.waitUntil(console.reveal_button.isVisible)
    qtbot.waitUntil(lambda: live.countdown.text() == "Le vote est clos.")
    assert projector.pages.currentWidget() is projector.live  # no result before the reveal
    tap(console.reveal_button)
    qtbot.waitUntil(lambda: projector.pages.currentWidget() is projector.results)
    assert projector.results.outcome.isVisible()
    assert "Oui 3" in projector.results.outcome.text()

    # The kiosk's window closes: so does the projector's.
    window.close()
    assert not projector.isVisible()


def test_a_long_budget_explanation_fits_the_projector_in_smaller_type(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    # Nobody can scroll a projector: twenty projects and an equal-shares explanation of a
    # dozen long lines must fit 1920x1080, in the largest type that lets them.
    import random
    from dataclasses import replace

    from app.voting.queries import VoteState
    from app.voting.tally import tally_data
    from ui.screens.voting.projector import ProjectorResultsScreen
    from ui.screens.voting.widgets import DEMO_TURNOUT, demo_vote

    shell, _window = kiosk
    draw = random.Random(1)
    names = [f"Projet numéro {index} de l'antenne de Rennes" for index in range(20)]
    costs = [draw.randint(300, 3000) for _ in names]
    ballots = [{"approve": draw.sample(names, 5)} for _ in range(60)]
    result = tally_data(
        {
            "method": "pb",
            "budget": 10000,
            "rule": "mes",
            "options": [
                {"id": name, "label": name, "cost": cost}
                for name, cost in zip(names, costs, strict=True)
            ],
            "ballots": ballots,
        }
    ).to_json()
    assert len(str(result["explanation"]["fr"]).splitlines()) >= 5
    screen = ProjectorResultsScreen(shell)
    qtbot.addWidget(screen)
    screen.show_fixed(
        VoteState(replace(demo_vote("pb", status="closed"), result=result), DEMO_TURNOUT, True)
    )
    screen.resize(1920, 1080)
    screen.show()
    screen.show_state()
    qtbot.waitExposed(screen)
    assert screen.explanation.isVisible() and screen.outcome.isVisible()
    layout = screen.layout()
    assert layout is not None
    assert layout.totalMinimumHeightForWidth(1920) <= 1080
    assert screen.explanation.property("role") != "title"  # it had to shrink...
    assert screen.outcome.fontInfo().pixelSize() >= screen.explanation.fontInfo().pixelSize()

    # ...and a short result keeps the largest type.
    motion = tally_data(
        {
            "method": "motion",
            "rules": {"base": "cast", "threshold": "simple"},
            "ballots": [{"choice": "yes", "count": 5}, {"choice": "no", "count": 2}],
        }
    ).to_json()
    screen.state = VoteState(
        replace(demo_vote("motion", status="closed"), result=motion), DEMO_TURNOUT, True
    )
    screen.show_state()
    assert screen.outcome.property("role") == "display"


def test_the_live_projector_fits_a_smaller_screen_even_in_large_text(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    from ui.screens.voting.projector import ProjectorScreen

    shell, _window = kiosk
    shell.set_modes(large_text=True)
    for width, height in ((1920, 1080), (1600, 900), (1366, 768)):
        screen = ProjectorScreen(shell)
        qtbot.addWidget(screen)
        screen.prepare_screenshot()
        screen.resize(width, height)
        screen.show()
        qtbot.waitExposed(screen)
        layout = screen.layout()
        assert layout is not None
        assert layout.totalMinimumHeightForWidth(width) <= height, (width, height)
        assert screen.qr.isVisible() and screen.qr.width() >= 280
        screen.close()


def test_the_projector_fits_a_long_title_and_goes_back_to_large_type_after_it(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    from dataclasses import replace

    from app.voting.queries import VoteState
    from ui.screens.voting.projector import ProjectorScreen
    from ui.screens.voting.widgets import DEMO_TURNOUT

    shell, _window = kiosk
    screen = ProjectorScreen(shell)
    qtbot.addWidget(screen)
    screen.prepare_screenshot()
    screen.resize(1600, 900)
    screen.show()
    qtbot.waitExposed(screen)
    layout = screen.layout()
    assert layout is not None
    short = screen.state
    assert short is not None
    long_title = "Modification des articles 12, 14 et 27 des statuts " * 3
    question = "L'assemblée adopte-t-elle la nouvelle rédaction proposée par le conseil ? " * 2
    vote = replace(short.vote, title=long_title.strip(), question=question.strip())
    screen.state = VoteState(vote, DEMO_TURNOUT, True)
    screen.show_state()
    assert layout.totalMinimumHeightForWidth(1600) <= 900
    assert screen.header.title.property("role") != "display"

    # Back to the short title: the largest type again, not the last one tried.
    screen.state = short
    screen.show_state()
    assert screen.header.title.property("role") == "display"
    assert layout.totalMinimumHeightForWidth(1600) <= 900
