"""The journey screen ends with what to do next: advice from the first step not done yet, and
a button to where it is done when the kiosk has that screen (issue #19)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.journey.service import complete_step
from app.journey.types import Journey, StepProgress
from tests.ui.badge_helpers import add_person
from tests.ui.conftest import Kiosk, tap
from ui.catalogue import screen_catalogue
from ui.screen_args import PersonArgs
from ui.screens.journey.next_move import MOVES, next_move
from ui.screens.journey.screen import JourneyScreen

ORDER = (
    "booklet-read",
    "info-session",
    "met-facilitator",
    "first-coworking",
    "first-skill",
    "first-vote",
    "shareholder",
)


def journey(*done: str, extra: str = "") -> Journey:
    slugs = (*ORDER, extra) if extra else ORDER
    steps = tuple(
        StepProgress(
            slug=slug,
            title={"fr": f"Étape {slug}", "en": f"Step {slug}"},
            description={},
            celebrate=slug == "shareholder",
            automatic=True,
            done_at=datetime(2026, 1, 5, tzinfo=UTC) if slug in done else None,
        )
        for slug in slugs
    )
    return Journey(uuid.UUID(int=1), "Noor", "fr", steps)


def open_journey(qtbot: QtBot, kiosk: Kiosk, person: uuid.UUID) -> JourneyScreen:
    shell, window = kiosk
    shell.visitor_id = person
    shell.go("journey", PersonArgs(person))
    screen = window.navigator.page("journey")
    assert isinstance(screen, JourneyScreen)
    qtbot.waitUntil(lambda: screen.journey is not None and screen.journey.person_id == person)
    return screen


def test_every_step_s_screen_is_one_the_kiosk_has() -> None:
    screens = set(screen_catalogue())
    for slug, move in MOVES.items():
        assert move.advice, slug
        assert bool(move.screen) == bool(move.action), slug
        assert not move.screen or move.screen in screens, (slug, move.screen)


@pytest.mark.parametrize(
    ("done", "screen"),
    [
        ((), "booklet"),
        (("booklet-read",), "sessions-week"),
        (("booklet-read", "info-session"), ""),  # meet a facilitator: at the desk
        (("booklet-read", "info-session", "met-facilitator"), "welcome"),
        (ORDER[:4], "skills-board"),
    ],
)
def test_the_first_step_not_done_decides(done: tuple[str, ...], screen: str) -> None:
    move = next_move(journey(*done), "fr", screen_catalogue())
    assert move.screen == screen
    assert bool(move.action) == bool(screen)
    assert move.text


def test_a_screen_this_kiosk_lacks_gives_advice_without_a_button() -> None:
    catalogue = set(screen_catalogue()) - {"booklet"}
    move = next_move(journey(), "en", catalogue)
    assert move.text.startswith("Read the booklet")
    assert (move.screen, move.action) == ("", "")


def test_a_step_the_hub_added_and_the_end_of_the_journey() -> None:
    added = next_move(journey(*ORDER, extra="mentor-someone"), "en", screen_catalogue())
    assert added.text == "Next: Step mentor-someone."
    assert not added.screen
    finished = next_move(journey(*ORDER), "en", screen_catalogue())
    assert finished.text.startswith("Every step is done")
    assert not finished.screen


def test_the_journey_ends_with_the_next_step_and_its_button_leads_there(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    kiosk = make_kiosk()
    shell, _ = kiosk
    person = add_person(kiosk_context, "Noor", "Haddad", language="nl")
    screen = open_journey(qtbot, kiosk, person)
    assert screen.next_card.isVisible()
    assert screen.next_heading.text() == "Et maintenant\u202f?"
    assert screen.next_text.text().startswith("Lisez le livret")
    assert screen.next_button.isVisible()
    assert screen.next_button.text() == "Lire le livret"

    # Beside the steps on the wide screen, in sight at once; under every step in portrait.
    def steps_edge(corner: str) -> int:
        points = [row.mapTo(screen, getattr(row.rect(), corner)()) for row in screen.rows]
        return max(p.x() for p in points) if corner == "topRight" else max(p.y() for p in points)

    qtbot.waitUntil(lambda: screen.next_card.x() > steps_edge("topRight"))
    assert screen.next_card.geometry().top() < steps_edge("bottomLeft")
    _, window = kiosk
    window.resize(1080, 1920)
    qtbot.waitUntil(lambda: screen.next_card.geometry().top() > steps_edge("bottomLeft"))
    tap(screen.next_button)
    assert shell.current_screen() == "booklet"

    # Once the booklet is read, the next step is an information session, in Dutch too.
    complete_step(kiosk_context, person, "booklet-read")
    shell.set_language("nl")
    screen = open_journey(qtbot, kiosk, person)
    qtbot.waitUntil(lambda: screen.next_button.text() == "De sessies bekijken")
    tap(screen.next_button)
    assert shell.current_screen() == "sessions-week"


def test_advice_with_no_screen_shows_no_button(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Noor", "Haddad")
    for slug in ("booklet-read", "info-session"):
        complete_step(kiosk_context, person, slug)
    screen = open_journey(qtbot, kiosk, person)
    assert screen.next_text.text().startswith("Rencontrez un·e facilitateur·rice")
    assert screen.next_button.isHidden()
    # Nobody's journey on screen: no advice either.
    screen.reset()
    assert screen.next_card.isHidden()
