"""The governance map under a finger: pan, pinch, double tap, tap a body; plain words or
official terms; a person found; where a member fits after a badge; a body added by a sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.badges.types import BadgeHolder
from app.context import AppContext
from app.governance.types import BodyCard, GovernanceMap
from app.governance.wording import plain_purpose
from tests.ui.conftest import Kiosk, wait_idle
from tests.unit.governance.data import Governance, add_governance
from ui.screens.governance.body import GovernanceBodyScreen
from ui.screens.governance.map_view import BodyItem, MapView
from ui.screens.governance.screen import GovernanceMapScreen


@pytest.fixture
def governance(kiosk_context: AppContext) -> Governance:
    return add_governance(kiosk_context, today=date.today())


def open_map(qtbot: QtBot, kiosk: Kiosk, name: str = "governance-map") -> GovernanceMapScreen:
    shell, window = kiosk
    shell.go(name)
    screen = window.navigator.page(name)
    assert isinstance(screen, GovernanceMapScreen)
    qtbot.waitUntil(lambda: screen.governance is not None)
    wait_idle(qtbot, shell)
    return screen


def centre_of(view: MapView, item: BodyItem) -> QPoint:
    return view.mapFromScene(item.scenePos())


_FINGERS: list[object] = []


def touch(view: MapView) -> QTest.QTouchEventSequence:
    """Fingers on the map's touch screen (one device for the whole run, as a kiosk has)."""
    if not _FINGERS:
        _FINGERS.append(QTest.createTouchDevice())
    return QTest.touchEvent(view.viewport(), _FINGERS[0])


def test_the_map_shows_every_body_in_plain_words_and_official_terms_on_demand(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    cards = screen.scene.cards
    assert set(cards) == {
        governance.assembly,
        governance.board,
        governance.council,
        governance.budget,
    }
    board = cards[governance.board]
    assert board.title == "Le conseil élu"
    assert board.purpose == "les 2 sociétaires élus qui décident des grandes orientations"
    assert board.people == "2 personnes"
    assert cards[governance.assembly].people == "Tous les sociétaires"
    screen.terms.click()
    assert board.title == "Conseil d'administration"
    assert board.purpose == "Ce que fait Conseil d'administration."
    screen.terms.click()
    assert board.title == "Le conseil élu"
    # Labelled links: what each arrow means.
    labels = sorted(link.label for _kind, link in screen.scene.links)
    assert labels == ["conseille", "nomme", "rend compte à", "élit"]


def test_the_map_opens_on_this_antennes_bodies(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    visible = screen.view.mapToScene(screen.view.viewport().rect()).boundingRect()
    for body_id in (governance.council, governance.budget):
        assert visible.contains(screen.scene.cards[body_id].sceneBoundingRect())


def test_show_everything_fits_the_whole_map(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    screen.view.zoom_to(2.0)
    screen.everything.click()
    visible = screen.view.mapToScene(screen.view.viewport().rect()).boundingRect()
    for item in screen.scene.cards.values():
        assert visible.contains(item.sceneBoundingRect())


def test_a_tap_on_a_body_opens_its_page(qtbot: QtBot, governance: Governance, kiosk: Kiosk) -> None:
    _shell, window = kiosk
    screen = open_map(qtbot, kiosk)
    view = screen.view
    point = centre_of(view, screen.scene.cards[governance.board])
    with qtbot.waitSignal(view.sig_body_tapped) as tapped:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tapped.args == [governance.board]
    qtbot.waitUntil(lambda: window.navigator.current_name() == "governance-body")
    body = window.navigator.page("governance-body")
    assert isinstance(body, GovernanceBodyScreen)
    qtbot.waitUntil(lambda: body.detail is not None)
    assert body.detail is not None and body.detail.card.id == governance.board


def test_a_tap_on_empty_paper_opens_nothing(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    with qtbot.assertNotEmitted(screen.view.sig_body_tapped, wait=600):
        QTest.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_one_finger_pans_the_map(qtbot: QtBot, governance: Governance, kiosk: Kiosk) -> None:
    screen = open_map(qtbot, kiosk)
    view = screen.view
    view.zoom_to(1.0)
    start = view.mapToScene(view.viewport().rect().center())
    centre = view.viewport().rect().center()
    touch(view).press(0, centre, view.viewport()).commit()
    for step in range(1, 11):
        QTest.qWait(20)
        touch(view).move(0, centre + QPoint(-30 * step, -12 * step), view.viewport()).commit()
    touch(view).release(0, centre + QPoint(-300, -120), view.viewport()).commit()
    # The map followed the finger: what was under it moved left and up with it.
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect().center()).x() > start.x() + 150)
    assert view.scale_now() == pytest.approx(1.0)
    with qtbot.assertNotEmitted(view.sig_body_tapped, wait=600):
        pass


def test_two_fingers_pinch_to_zoom(qtbot: QtBot, governance: Governance, kiosk: Kiosk) -> None:
    screen = open_map(qtbot, kiosk)
    view = screen.view
    view.zoom_to(0.5)
    centre = view.viewport().rect().center()
    touch(view).press(0, centre - QPoint(50, 0), view.viewport()).press(
        1, centre + QPoint(50, 0), view.viewport()
    ).commit()
    touch(view).move(0, centre - QPoint(100, 0), view.viewport()).move(
        1, centre + QPoint(100, 0), view.viewport()
    ).commit()
    assert view.scale_now() == pytest.approx(1.0, rel=0.05)
    touch(view).move(0, centre - QPoint(25, 0), view.viewport()).move(
        1, centre + QPoint(25, 0), view.viewport()
    ).commit()
    assert view.scale_now() == pytest.approx(0.25, rel=0.05)
    touch(view).release(0, centre - QPoint(25, 0), view.viewport()).release(
        1, centre + QPoint(25, 0), view.viewport()
    ).commit()
    # A pinch opens nothing, even though a finger lifted over a card.
    with qtbot.assertNotEmitted(view.sig_body_tapped, wait=600):
        pass


def test_a_pinch_never_zooms_beyond_its_limits(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    view = screen.view
    centre = view.viewport().rect().center()
    touch(view).press(0, centre - QPoint(1, 0), view.viewport()).press(
        1, centre + QPoint(1, 0), view.viewport()
    ).commit()
    touch(view).move(0, centre - QPoint(900, 0), view.viewport()).move(
        1, centre + QPoint(900, 0), view.viewport()
    ).commit()
    touch(view).release(0, centre, view.viewport()).release(1, centre, view.viewport()).commit()
    assert view.scale_now() <= 2.0


def test_a_double_tap_zooms_in_where_it_lands(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    view = screen.view
    view.zoom_to(0.5)
    point = centre_of(view, screen.scene.cards[governance.board])
    under = view.mapToScene(point)
    with qtbot.assertNotEmitted(view.sig_body_tapped, wait=600):
        touch(view).press(0, point, view.viewport()).commit()
        touch(view).release(0, point, view.viewport()).commit()
        touch(view).press(0, point, view.viewport()).commit()
        touch(view).release(0, point, view.viewport()).commit()
    assert view.scale_now() == pytest.approx(1.0)
    # The same spot of the map stays under the finger.
    after = view.mapToScene(point)
    assert abs(after.x() - under.x()) < 4 and abs(after.y() - under.y()) < 4


def test_find_a_person_lights_their_bodies(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    screen.search.setText("n")
    assert not any(item.lit for item in screen.scene.cards.values())
    screen.search.setText("noor")
    qtbot.waitUntil(lambda: bool(screen.hits))
    lit = {body_id for body_id, item in screen.scene.cards.items() if item.lit}
    assert lit == {governance.board, governance.council}
    assert "Noor H." in screen.found.text() and "Haddad" not in screen.found.text()
    screen.search.setText("Paul")  # his mandate ended
    qtbot.waitUntil(lambda: not screen.hits)
    assert not any(item.lit for item in screen.scene.cards.values())
    assert screen.found.text() == "Personne avec un mandat ne porte ce nom."


def test_a_badge_on_the_map_shows_where_that_member_fits(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    shell, window = kiosk
    open_map(qtbot, kiosk)
    holder = BadgeHolder(
        governance.member, "Camille", "Dupont", "member", "fr", "Rennes", True, False, "member"
    )
    shell.sig_badge_scanned.emit(holder)
    qtbot.waitUntil(lambda: window.navigator.current_name() == "governance-map-fit")
    fit = window.navigator.page("governance-map-fit")
    assert isinstance(fit, GovernanceMapScreen)
    qtbot.waitUntil(lambda: fit.fit is not None)
    levels = {body_id: item.level for body_id, item in fit.scene.cards.items()}
    assert levels == {
        governance.assembly: "concertation",
        governance.board: "consultation",
        governance.council: "concertation",
        governance.budget: "concertation",
    }
    assert fit.scene.cards[governance.board].level_label == "Consultation"
    assert fit.heading.text().startswith("Camille, voici où vous pouvez prendre part")
    assert "Proposer un point pour son ordre du jour." in fit.fit_text.text()
    assert "Se présenter" in fit.fit_text.text()
    # The next visitor sees none of it.
    shell.end_visit()
    assert fit.fit is None
    assert not any(item.level for item in fit.scene.cards.values())


def test_a_body_added_by_a_sync_leaves_the_others_where_they_were(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    import uuid

    screen = open_map(qtbot, kiosk)
    governance_map = screen.governance
    assert governance_map is not None
    before = {body_id: item.pos() for body_id, item in screen.scene.cards.items()}
    new = BodyCard(
        id=uuid.uuid4(),
        slug="new-group",
        kind="working_group",
        name={"fr": "Nouveau groupe"},
        purpose={},
        plain_name=None,
        plain_purpose=plain_purpose("working_group", 3),
        people=3,
        local=True,
        position=9,
        level="concertation",
    )
    link = replace(governance_map.links[0], source_id=new.id, target_id=governance.council)
    screen.show_map(GovernanceMap((*governance_map.bodies, new), (*governance_map.links, link)))
    for body_id, position in before.items():
        assert screen.scene.cards[body_id].pos() == position
    added = screen.scene.cards[new.id].sceneBoundingRect()
    for body_id in before:
        assert not added.intersects(screen.scene.cards[body_id].sceneBoundingRect())
    assert screen.scene.cards[new.id].title == "Nouveau groupe"


def test_the_cards_show_members_items_in_progress_and_the_next_meet_the_board(
    qtbot: QtBot, governance: Governance, kiosk: Kiosk
) -> None:
    screen = open_map(qtbot, kiosk)
    cards = screen.scene.cards
    # The board: one member's item on a meeting (the declined one is over), and its next
    # meet-the-board moment; the other bodies have neither.
    assert cards[governance.board].items == "1 point de membre · À l'ordre du jour d'une réunion"
    assert cards[governance.board].meet.startswith("Rencontrer le CA : ")
    assert not cards[governance.board].own
    for body in (governance.assembly, governance.council, governance.budget):
        assert (cards[body].items, cards[body].meet) == ("", "")
    # In the reader's language.
    kiosk[0].set_language("nl")
    qtbot.waitUntil(lambda: cards[governance.board].items.startswith("1 ledenpunt · "))
    assert cards[governance.board].meet.startswith("Ontmoet het bestuur: ")
