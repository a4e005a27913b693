"""A member's item from the kiosk to the board and back, as the map shows it (issue 16, part 6):
proposed after a badge scan, co-signed by three badges, supported at the threshold, answered by
the hub's secretary, pulled by a sync — and seen on the item's screen, on the governance map
(the board's card, and the proposer's own card after her badge), and in her journey.

The hub is a real one (SQLite, served in a thread by `tests.helpers.sync`), the agenda screens'
own fixture and helpers (`tests/ui/agenda/test_agenda_screens.py`)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.journey import service as journey
from db.journey_steps import FIRST_AGENDA_ITEM_TREATED
from hub.service.agenda import Answer
from tests.helpers.sync import Hub
from tests.ui.agenda import test_agenda_screens
from tests.ui.agenda.test_agenda_screens import (
    BOARD,
    MEETING,
    _answer,
    _item_screen,
    _member,
    _propose_screen,
    _ready_kiosk,
    _screen,
    _sync,
)
from tests.ui.badge_helpers import scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import AgendaItemArgs, BodyArgs, PersonArgs
from ui.screens.governance.map_view import BodyItem
from ui.screens.governance.screen import GovernanceMapScreen
from ui.screens.journey.screen import JourneyScreen

# The agenda screens' fixture: a hub that knows the board (three co-signatures needed) and its
# next meeting, this kiosk enrolled with it.
hub = test_agenda_screens.hub


def _board_card(kiosk: Kiosk, name: str) -> BodyItem:
    screen = _screen(kiosk, name)
    assert isinstance(screen, GovernanceMapScreen)
    return screen.scene.cards[BOARD]


def test_an_item_proposed_co_signed_and_answered_shows_on_the_map_and_in_the_journey(
    qtbot: QtBot, hub: Hub, kiosk_context: AppContext, make_kiosk: Callable[..., Kiosk]
) -> None:
    journey.ensure_steps(kiosk_context)
    zoe, zoe_badge = _member(kiosk_context, "Zoé")
    signers = [_member(kiosk_context, name) for name in ("Ahmed", "Lotte", "Jan")]
    kiosk = _ready_kiosk(qtbot, hub, make_kiosk)
    shell, window = kiosk

    # The map before anything: the board's card has no chip.
    shell.go("governance-map")
    map_screen = _screen(kiosk, "governance-map")
    assert isinstance(map_screen, GovernanceMapScreen)
    qtbot.waitUntil(lambda: BOARD in map_screen.scene.cards)
    board = _board_card(kiosk, "governance-map")
    assert board.items == ""

    # Zoé proposes an item to the board.
    shell.go("agenda-propose", BodyArgs(BOARD))
    propose = _propose_screen(kiosk)
    scan(window, zoe_badge)
    qtbot.waitUntil(propose.form.isVisible)
    propose.title_field.setText("Un local ouvert le soir")
    propose.description.setPlainText("Pour celles et ceux qui travaillent la journée.")
    tap(propose.send)
    qtbot.waitUntil(lambda: shell.current_screen() == "agenda-item")
    item_screen = _item_screen(kiosk)
    qtbot.waitUntil(lambda: item_screen.item is not None)
    item = item_screen.item
    assert item is not None
    # The map heard of it: one member's item, proposed.
    qtbot.waitUntil(lambda: board.items == "1 point de membre · Proposé")

    # Three co-signatures by badge reach the board's threshold: the map says "supported"
    # before the hub has acted, as the item's own screen does.
    for index, (name, (_person, badge)) in enumerate(
        zip(("Ahmed", "Lotte", "Jan"), signers, strict=True)
    ):
        scan(window, badge, start_ms=2_000_000 + index * 100_000)
        qtbot.waitUntil(lambda name=name: item_screen.thanks.text().startswith(f"Merci, {name}"))
        wait_idle(qtbot, shell)
    assert item_screen.timeline.steps["supported"].property("role") == "heading"
    qtbot.waitUntil(lambda: board.items == "1 point de membre · Soutenu")

    # The secretary puts it on the next meeting; a sync brings the answer everywhere.
    _sync(qtbot, kiosk)
    assert _answer(hub, item.id, Answer.accept) == "accepted"
    assert _answer(hub, item.id, Answer.schedule, meeting_id=str(MEETING)) == "scheduled"
    _sync(qtbot, kiosk)
    qtbot.waitUntil(lambda: item_screen.item is not None and item_screen.item.status == "scheduled")
    qtbot.waitUntil(lambda: board.items == "1 point de membre · À l'ordre du jour d'une réunion")
    shell.go("governance-map")
    assert not board.own  # on the map for everyone: a count, nobody's name

    # Zoé scans her badge on the map: where she fits, and her own item lights the board up.
    scan(window, zoe_badge, start_ms=4_000_000)
    qtbot.waitUntil(lambda: shell.current_screen() == "governance-map-fit")
    fit_screen = _screen(kiosk, "governance-map-fit")
    assert isinstance(fit_screen, GovernanceMapScreen)
    qtbot.waitUntil(lambda: fit_screen.fit is not None and BOARD in fit_screen.scene.cards)
    mine = _board_card(kiosk, "governance-map-fit")
    qtbot.waitUntil(lambda: mine.items == "Votre point : À l'ordre du jour d'une réunion")
    assert mine.own and (mine.level is not None or mine.lit)
    assert "Un local ouvert le soir" in fit_screen.fit_text.text()

    # Treated at the hub: it leaves the board's count, stays on Zoé's card with its status.
    assert _answer(hub, item.id, Answer.treated, text="Adopté : ouvert le mardi soir.") == "treated"
    _sync(qtbot, kiosk)
    qtbot.waitUntil(lambda: mine.items == "Votre point : Traité")
    qtbot.waitUntil(lambda: board.items == "")
    # Back on the item's screen, the answer in words.
    shell.go("agenda-item", AgendaItemArgs(item.id))
    qtbot.waitUntil(lambda: item_screen.answer.text() == "Adopté : ouvert le mardi soir.")

    # Her journey: the step "first item treated" ticks.
    shell.go("journey", PersonArgs(zoe))
    journey_screen = _screen(kiosk, "journey")
    assert isinstance(journey_screen, JourneyScreen)
    qtbot.waitUntil(lambda: journey_screen.journey is not None)
    assert journey_screen.journey is not None
    done = [s.slug for s in journey_screen.journey.steps if s.done_at is not None]
    assert FIRST_AGENDA_ITEM_TREATED.slug in done
