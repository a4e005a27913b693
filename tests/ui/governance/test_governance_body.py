"""A body's page and its photo board, as a visitor reads them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.context import AppContext
from tests.ui.conftest import Kiosk, tap, wait_idle
from tests.unit.governance.data import Governance, add_governance
from ui.screen_args import BodyArgs
from ui.screens.governance.body import GovernanceBodyScreen, GovernancePeopleScreen


def plain(label: QLabel) -> str:
    """What a rich-text label reads as."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.fixture
def governance(kiosk_context: AppContext) -> Governance:
    return add_governance(kiosk_context, today=date.today())


def open_body(qtbot: QtBot, kiosk: Kiosk, body_id: object) -> GovernanceBodyScreen:
    shell, window = kiosk
    shell.go("governance-body", BodyArgs(body_id))  # type: ignore[arg-type]
    screen = window.navigator.page("governance-body")
    assert isinstance(screen, GovernanceBodyScreen)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.card.id == body_id)
    wait_idle(qtbot, shell)
    return screen


def test_the_board_says_how_it_works_who_sits_on_it_and_what_comes_next(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_body(qtbot, kiosk, governance.board)
    assert screen.heading.text() == "Le conseil élu"
    assert screen.subheading.text() == "Conseil d'administration"
    rules = plain(screen.rules)
    for sentence in (
        "La moitié des membres doit être présente.",
        "Une décision passe à la majorité simple.",
        "Chacun peut porter 2 procurations.",
    ):
        assert sentence in rules
    faces = {card.name.text(): card for card in screen.faces}
    assert set(faces) == {"Émilie V.", "Noor H."}
    assert faces["Émilie V."].role.text() == "Présidence"
    assert faces["Émilie V."].until.text().startswith("jusqu'au ")
    assert faces["Noor H."].until.text() == "sans date de fin"
    meeting = plain(screen.meeting)
    assert "CA de décembre" in meeting and "Budget 2027" in meeting
    assert "Bruxelles, aussi en ligne" in meeting
    items = plain(screen.items)
    assert "Un local plus grand" in items and "Refusé" in items and "Pas cette année." in items
    assert "Le conseil a adopté le budget." in screen.minutes.text()
    assert screen.board.isVisible()
    assert "Rencontre avec le CA" in plain(screen.board)
    assert "L'inscription arrive avec les sessions" in plain(screen.board)


def test_propose_an_item_appears_only_where_the_agenda_screen_exists(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    shell, _window = kiosk
    screen = open_body(qtbot, kiosk, governance.board)
    has_agenda = "agenda-propose" in shell.router.catalogue()
    assert screen.propose.isVisible() == has_agenda


def test_a_local_council_has_no_meet_the_board_and_says_what_is_missing(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_body(qtbot, kiosk, governance.budget)
    assert not screen.board.isVisible()
    assert plain(screen.meeting) == "Aucune réunion prévue pour l'instant."
    assert "Aucun sociétaire n'a encore proposé de point." in plain(screen.items)
    assert screen.faces == []


def test_the_photo_board_shows_photos_only_with_consent(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    _shell, window = kiosk
    body = open_body(qtbot, kiosk, governance.board)
    tap(body.see_faces)
    qtbot.waitUntil(lambda: window.navigator.current_name() == "governance-people")
    people = window.navigator.page("governance-people")
    assert isinstance(people, GovernancePeopleScreen)
    qtbot.waitUntil(lambda: len(people.faces) == 2)
    from ui.widgets.avatar import Avatar

    by_name = {card.name.text(): card for card in people.faces}
    # Émilie consented: her photo. Noor did not: her initials.
    assert by_name["Émilie V."].findChildren(QLabel)[0].pixmap() is not None
    assert not by_name["Émilie V."].findChildren(Avatar)
    assert by_name["Noor H."].findChildren(Avatar)[0].text() == "NH"
    tap(people.back)
    qtbot.waitUntil(lambda: window.navigator.current_name() == "governance-body")


def test_the_body_page_follows_the_language(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    shell, _window = kiosk
    screen = open_body(qtbot, kiosk, governance.board)
    shell.set_language("nl")
    assert screen.heading.text() == "De verkozen raad"
    assert "Iedereen kan 2 volmachten dragen." in plain(screen.rules)
    shell.set_language("en")
    assert "Everyone can carry 2 proxies." in plain(screen.rules)
