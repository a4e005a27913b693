"""The booth in the reader's language: a vote's title, question and options in Dutch or
English where the facilitator gave them, in the vote's own language where not; the ballot still
names the options by their own label."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot

from app.badges.service import issue_badge
from app.context import AppContext
from app.voting import service
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import VoteArgs

BOOTH = "vote-booth-ranking"


@pytest.fixture
def ranked(kiosk_context: AppContext) -> tuple[uuid.UUID, str]:
    ctx = kiosk_context
    person = add_person(ctx, "Camille", "Dupont")
    vote_id = service.create_vote(
        ctx,
        {
            "title": "Où tenir l'assemblée ?",
            "question": "Classez les lieux.",
            "translations": {"nl": {"title": "Waar houden we de vergadering?"}},
            "method": "irv",
            "options": [
                {"label": "Le Jardin", "translations": {"nl": {"label": "De Tuin"}}},
                {"label": "La Gare", "translations": {"en": {"label": "The Station"}}},
            ],
        },
    )
    service.open_vote(ctx, vote_id)
    service.mark_present(ctx, vote_id, person)
    return vote_id, issue_badge(ctx, person).token


def test_the_booth_in_dutch_shows_the_dutch_texts_and_falls_back_to_the_votes_own(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext, ranked: tuple[uuid.UUID, str]
) -> None:
    vote_id, token = ranked
    shell, window = kiosk
    shell.set_language("nl")
    wait_idle(qtbot, shell)
    shell.go(BOOTH, VoteArgs(vote_id))
    wait_idle(qtbot, shell)
    booth = window.navigator.page(BOOTH)
    scan(window, token)
    qtbot.waitUntil(lambda: booth.pages.currentWidget() is booth.ballot_page)
    assert booth.ballot_header.title.text() == "Waar houden we de vergadering?"
    # No Dutch question: the vote's own.
    assert booth.ballot_header.question.text() == "Classez les lieux."
    buttons = booth.ballot.buttons
    assert buttons["Le Jardin"].text() == "De Tuin"
    assert buttons["La Gare"].text() == "La Gare"
    # English mid-ballot: the options follow.
    shell.set_language("en")
    qtbot.waitUntil(lambda: buttons["La Gare"].text() == "The Station")
    assert buttons["Le Jardin"].text() == "Le Jardin"
    assert booth.ballot_header.title.text() == "Où tenir l'assemblée ?"
    tap(buttons["La Gare"])
    tap(buttons["Le Jardin"])
    tap(booth.review_button)
    assert "1. The Station" in booth.review_text.text()
    tap(booth.confirm_button)
    qtbot.waitUntil(lambda: shell.current_screen() == "vote-confirmed")
    service.close_vote(kiosk_context, vote_id)
    result = service.results(kiosk_context, vote_id)
    # The box holds the vote's own labels, whatever language the voter read.
    assert result["winners"] == ["La Gare"]
