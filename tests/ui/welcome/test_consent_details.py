"""The consent screen names only the details the visitor gave, says what "No, thank you" leads
to, and lets them be found by their badge only."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import AppContext
from app.privacy.service import export_person
from db.models import Person
from tests.ui.conftest import Kiosk, tap
from ui.screens.welcome.register import ConsentScreen, RegisterScreen


def _consent(qtbot: QtBot, kiosk: Kiosk, *, email: str = "", phone: str = "") -> ConsentScreen:
    shell, window = kiosk
    shell.go("register")
    register = window.navigator.page("register")
    assert isinstance(register, RegisterScreen)
    for field, text in (
        (register.first_name, "Noor"),
        (register.last_name, "Haddad"),
        (register.email, email),
        (register.phone, phone),
    ):
        if text:
            field.setFocus()
            QTest.keyClicks(field, text, delay=20)
            qtbot.waitUntil(lambda field=field, text=text: field.text() == text)
    tap(register.purposes.buttons["info_session"])
    tap(register.languages.buttons["en"])
    tap(register.next)
    qtbot.waitUntil(lambda: shell.current_screen() == "consent")
    consent = window.navigator.page("consent")
    assert isinstance(consent, ConsentScreen)
    return consent


@pytest.mark.parametrize(
    ("given", "named", "not_named"),
    [
        (("", ""), [], ["e-mail", "phone"]),
        (("noor@example.org", ""), ["e-mail"], ["phone"]),
        (("", "0470 12 34 56"), ["phone"], ["e-mail"]),
        (("noor@example.org", "0470 12 34 56"), ["e-mail", "phone"], []),
    ],
)
def test_only_the_details_given_are_listed(
    qtbot: QtBot,
    kiosk: Kiosk,
    given: tuple[str, str],
    named: list[str],
    not_named: list[str],
) -> None:
    email, phone = given
    consent = _consent(qtbot, kiosk, email=email, phone=phone)
    text = consent.kept.text()
    assert all(word in text for word in named), text
    assert not any(word in text for word in not_named), text
    assert "—" not in text
    assert consent.refusal.text().startswith("“No, thank you”: we keep nothing about you")


def test_a_visitor_can_be_found_by_their_badge_only(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, _ = kiosk
    consent = _consent(qtbot, kiosk)
    assert consent.badge_only.text() == "Find me by my badge only"
    assert not consent.badge_only.isChecked()
    tap(consent.badge_only)
    assert consent.badge_only.isChecked()
    tap(consent.agree)
    qtbot.waitUntil(lambda: shell.current_screen() != "consent")
    with kiosk_context.db.session() as session:
        noor = session.scalars(select(Person).where(Person.first_name == "Noor")).one()
        assert noor.name_search is False
        noor_id = noor.id
    # The choice is in what the kiosk holds about her, and in her export.
    assert export_person(kiosk_context, noor_id)["person"]["name_search"] is False
    # The next visitor starts with the choice unticked.
    consent.reset()
    assert not consent.badge_only.isChecked()
