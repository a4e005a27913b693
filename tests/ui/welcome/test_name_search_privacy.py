"""Find my name on a public screen: a passer-by typing "mar" sees nobody; "marie d" lists at most
a handful; someone found by their badge only is never listed, and their badge still works."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.badges.service import issue_badge
from app.context import AppContext
from app.people.service import PUBLIC_LIMIT
from db.models import Person
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap
from ui.screens.welcome.checkin import CheckinScreen, CheckinSearchScreen

MARIES = ["Dupont", "Durand", "Delvaux", "Dubois", "Dumont", "Dewit"]
OTHERS = [("Marc", "Tourneur"), ("Martine", "Janssens"), ("Marion", "Leroy")]


def _search(kiosk: Kiosk) -> CheckinSearchScreen:
    shell, _ = kiosk
    shell.set_language("en")
    shell.go("checkin-search")
    screen = kiosk[1].navigator.page("checkin-search")
    assert isinstance(screen, CheckinSearchScreen)
    return screen


def _type(qtbot: QtBot, screen: CheckinSearchScreen, text: str) -> None:
    search = screen.search
    tap(search.erase) if search.field.text() else None
    QTest.keyClicks(search.field, text, delay=40)
    qtbot.waitUntil(lambda: search.field.text() == text and not search.searching)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not search.searching)


def _listed(screen: CheckinSearchScreen) -> list[str]:
    results = screen.search.results
    return [results.item(row).text() for row in range(results.count())]


def test_mar_lists_nobody_and_says_what_to_type(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    for last in MARIES:
        add_person(kiosk_context, "Marie", last)
    for first, last in OTHERS:
        add_person(kiosk_context, first, last)
    screen = _search(kiosk)
    qtbot.waitUntil(
        lambda: (
            screen.search.hint.text()
            == "Type your first name and the first letter of your last name."
        )
    )
    _type(qtbot, screen, "mar")
    assert _listed(screen) == []
    assert screen.search.hint.text() == (
        "Type your first name and the first letter of your last name."
    )
    # Six "Marie D.": too many to list, and the hint says to type more.
    QTest.keyClicks(screen.search.field, "ie d", delay=40)
    qtbot.waitUntil(lambda: screen.search.outcome == "too-many")
    assert _listed(screen) == []
    assert "type more letters of your last name" in screen.search.hint.text()
    QTest.keyClicks(screen.search.field, "u", delay=40)
    qtbot.waitUntil(lambda: screen.search.results.count() > 0)
    assert _listed(screen) == ["Marie D.", "Marie D.", "Marie D.", "Marie D."]
    assert len(_listed(screen)) <= PUBLIC_LIMIT
    assert screen.search.hint.text() == "4 people found"


def test_a_person_found_by_badge_only_is_never_listed_but_their_badge_works(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    marion = add_person(kiosk_context, "Marion", "Leroy")
    with kiosk_context.db.transaction() as session:
        session.execute(update(Person).where(Person.id == marion).values(name_search=False))
    token = issue_badge(kiosk_context, marion).token
    screen = _search(kiosk)
    for query in ("marion leroy", "mar l", "leroy marion"):
        _type(qtbot, screen, query)
        assert _listed(screen) == []
        assert screen.search.hint.text() == (
            "Nobody found with this name. Found by your badge only? Scan your badge."
        )
    shell, window = kiosk
    shell.go("welcome")
    scan(window, token)
    qtbot.waitUntil(lambda: shell.current_screen() == "checkin")
    checkin = kiosk[1].navigator.page("checkin")
    assert isinstance(checkin, CheckinScreen)
    assert "Marion" in checkin.heading.text()
