"""The booth on the kiosk, driven like a finger: badge → ballot → review → confirm →
"A voté !" → privacy page; a second scan of the same badge is refused."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.badges.service import issue_badge
from app.context import AppContext
from app.voting import service
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import VoteArgs


@pytest.fixture
def motion(kiosk_context: AppContext) -> tuple[object, str]:
    ctx = kiosk_context
    person = add_person(ctx, "Camille", "Dupont")
    vote_id = service.create_vote(
        ctx, {"title": "Adopter le budget", "method": "motion", "level": "codecision"}
    )
    service.open_vote(ctx, vote_id)
    service.mark_present(ctx, vote_id, person)
    token = issue_badge(ctx, person).token
    return vote_id, token


def test_a_member_votes_at_the_booth(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext, motion: tuple[object, str]
) -> None:
    vote_id, token = motion
    shell, window = kiosk
    wait_idle(qtbot, shell)
    shell.go("vote-booth-motion", VoteArgs(vote_id))
    wait_idle(qtbot, shell)
    booth = window.navigator.page("vote-booth-motion")
    assert booth.header.chip.text() == "Codécision — engageante"
    assert booth.pages.currentWidget() is booth.welcome
    scan(window, token)
    qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
    assert not booth.review_button.isEnabled()
    tap(booth.ballot.buttons["no"])
    tap(booth.review_button)
    assert booth.review_text.text() == "Non"
    tap(booth.confirm_button)
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-confirmed")
    assert window.navigator.page("vote-confirmed").big.text() == "A voté !"
    assert service.turnout(kiosk_context, vote_id).ballots == 1  # type: ignore[arg-type]
    tap(window.navigator.page("vote-confirmed").done_button)  # "J'ai fini": the next voter
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-booth-motion")
    assert booth.pages.currentWidget() is booth.welcome and booth.ballot is None
    # The same badge again: refused with a message, no ballot.
    scan(window, token, start_ms=2_000_000)
    qtbot.waitUntil(booth.notice.isVisible)
    assert "déjà voté" in booth.notice.text()
    assert booth.pages.currentWidget() is booth.welcome
