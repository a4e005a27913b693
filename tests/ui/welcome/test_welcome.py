"""The welcome desk, driven like a finger: register, consent, answer, badge; scan in and out;
the shareholder celebration; and the next visitor sees nothing of the previous one."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.application import with_listeners
from app.audit import recent_audit
from app.badges.service import issue_badge, verify_badge
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from app.involvement.service import involvement_of
from app.journey.service import journey_of
from app.localtime import local_day
from app.onboarding.service import whos_here
from app.people.service import find_people
from db.models import Person, PersonKind
from tests.ui.badge_helpers import add_person, scan
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import PersonArgs
from ui.screens.involvement.screen import InvolvementScreen
from ui.screens.journey.screen import CelebrationScreen, JourneyScreen
from ui.screens.welcome.checkin import CheckinScreen
from ui.screens.welcome.done import WelcomeDoneScreen
from ui.screens.welcome.register import ConsentScreen, RegisterScreen
from ui.screens.welcome.welcome import WelcomeScreen
from ui.screens.whos_here.screen import WhosHereScreen

MONTHS = {
    "fr": "février mars avril mai juin juillet août septembre octobre novembre décembre janvier",
    "nl": "februari maart april mei juni juli augustus september oktober november december januari",
    "en": "February March April May June July August September October November December January",
}


def page(kiosk: Kiosk, name: str) -> object:
    return kiosk[1].navigator.page(name)


def people(ctx: AppContext) -> int:
    with ctx.db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def fill_register(qtbot: QtBot, kiosk: Kiosk, **values: str) -> RegisterScreen:
    shell, _ = kiosk
    shell.go("register")
    register = page(kiosk, "register")
    assert isinstance(register, RegisterScreen)
    for field, text in (
        (register.first_name, values.get("first", "Noor")),
        (register.last_name, values.get("last", "Haddad")),
        (register.email, values.get("email", "")),
    ):
        field.setFocus()
        QTest.keyClicks(field, text, delay=40)
        qtbot.waitUntil(lambda field=field, text=text: field.text() == text)
    tap(register.purposes.buttons[values.get("purpose", "info_session")])
    return register


def test_a_new_visitor_registers_consents_answers_and_gets_a_badge(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    kiosk = make_kiosk(printer="no-such-printer-here")
    shell, _ = kiosk
    shell.go("welcome")
    welcome = page(kiosk, "welcome")
    assert isinstance(welcome, WelcomeScreen)
    tap(welcome.register)
    assert shell.current_screen() == "register"
    register = fill_register(qtbot, kiosk, email="noor@example.org")
    tap(register.languages.buttons["en"])
    assert shell.language == "en"
    tap(register.next)
    qtbot.waitUntil(lambda: shell.current_screen() == "consent")
    consent = page(kiosk, "consent")
    assert isinstance(consent, ConsentScreen)
    keep = local_day(kiosk_context) + timedelta(days=90)
    assert (
        consent.until.text()
        == f"Kept until {keep.day} {keep.strftime('%B')} {keep.year}, then deleted."
    )
    assert people(kiosk_context) == 0  # nothing saved before “I agree”
    tap(consent.agree)

    qtbot.waitUntil(lambda: shell.current_screen() == "involvement")
    involvement = page(kiosk, "involvement")
    assert isinstance(involvement, InvolvementScreen)
    tap(involvement.levels["codecision"])
    tap(involvement.topics.buttons["local_budget"])
    tap(involvement.channels.buttons["email"])
    tap(involvement.save)

    qtbot.waitUntil(lambda: shell.current_screen() == "welcome-done")
    done = page(kiosk, "welcome-done")
    assert isinstance(done, WelcomeDoneScreen)
    qtbot.waitUntil(lambda: done.printed is not None, timeout=30_000)
    wait_idle(qtbot, shell)
    # No printer here: the badge is shown large, and it works.
    assert done.qr.isVisible() and done.qr.width() >= 400
    holder = verify_badge(kiosk_context, done.qr.data)
    assert (holder.first_name, holder.role, holder.language) == ("Noor", "visitor", "en")
    assert done.heading.text() == "You are checked in, Noor. Welcome!"
    assert involvement_of(kiosk_context, holder.person_id).levels == ("codecision",)
    assert [p.first_name for p in whos_here(kiosk_context)] == ["Noor"]
    kept = list((kiosk_context.config.db_path.parent / "unprinted").glob("badge-*.pdf"))
    assert len(kept) == 1


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_consent_screen_says_until_when_in_the_visitors_language(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext, language: str
) -> None:
    shell, _ = kiosk
    register = fill_register(qtbot, kiosk)
    tap(register.languages.buttons[language])
    tap(register.next)
    qtbot.waitUntil(lambda: shell.current_screen() == "consent")
    consent = page(kiosk, "consent")
    assert isinstance(consent, ConsentScreen)
    keep = local_day(kiosk_context) + timedelta(days=90)
    month = MONTHS[language].split()[(keep.month - 2) % 12]
    expected = {
        "fr": f"Gardé jusqu'au {keep.day} {month} {keep.year}, puis effacé.",
        "nl": f"Bewaard tot {keep.day} {month} {keep.year}, daarna gewist.",
        "en": f"Kept until {keep.day} {month} {keep.year}, then deleted.",
    }[language]
    assert consent.until.text() == expected


def test_bad_input_shows_a_clear_message_and_saves_nothing(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    shell, _ = kiosk
    register = fill_register(qtbot, kiosk, email="noor.example.org")
    tap(register.next)
    qtbot.waitUntil(register.error.isVisible)
    assert register.error.text().startswith("Cette adresse e-mail ne semble pas correcte")
    assert shell.current_screen() == "register"
    assert register.first_name.text() == "Noor"  # nothing lost
    register.first_name.setText("N" * 200)
    register.email.clear()
    tap(register.next)
    qtbot.waitUntil(lambda: "120" in register.error.text())
    assert people(kiosk_context) == 0


def test_a_returning_member_checks_in_by_scanning_their_badge(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    with_listeners(kiosk_context)  # the journey hears the check-in
    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    shell, window = kiosk
    shell.go("welcome")
    scan(window, token)
    qtbot.waitUntil(lambda: shell.current_screen() == "checkin")
    checkin = page(kiosk, "checkin")
    assert isinstance(checkin, CheckinScreen)
    assert checkin.heading.text() == "Bonjour Camille !"
    assert not checkin.go_in.isEnabled()
    tap(checkin.purposes.buttons["coworking"])
    tap(checkin.go_in)
    # Never asked how involved: asked now, then welcomed (no badge printed: they have one).
    qtbot.waitUntil(lambda: shell.current_screen() == "involvement")
    involvement = page(kiosk, "involvement")
    assert isinstance(involvement, InvolvementScreen)
    tap(involvement.channels.buttons["none"])
    tap(involvement.save)
    qtbot.waitUntil(lambda: shell.current_screen() == "welcome-done")
    done = page(kiosk, "welcome-done")
    assert isinstance(done, WelcomeDoneScreen)
    qtbot.waitUntil(lambda: done.heading.text() == "Votre arrivée est notée, Camille. Bienvenue !")
    assert not done.qr.isVisible()
    assert verify_badge(kiosk_context, token).person_id == person  # still the same badge
    journey = journey_of(kiosk_context, person)
    assert [s.slug for s in journey.steps if s.done_at] == ["first-coworking"]

    # Leaving: the same badge checks out.
    shell.go("welcome")
    welcome = page(kiosk, "welcome")
    assert isinstance(welcome, WelcomeScreen)
    tap(welcome.leave)
    scan(window, token, start_ms=2_000_000)
    qtbot.waitUntil(welcome.message.isVisible)
    assert welcome.message.text() == "Au revoir Camille, à bientôt !"
    assert whos_here(kiosk_context) == []


def test_a_member_found_by_name_confirms_who_they_are(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_person(kiosk_context, "Camille", "Dupont")
    shell, _ = kiosk
    shell.go("checkin-search")
    search = page(kiosk, "checkin-search")
    QTest.keyClicks(search.search.field, "camille d", delay=60)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: search.search.results.count() == 1)  # type: ignore[attr-defined]
    # A finger clears the field with one tap, and types again.
    assert search.search.erase.isVisible()  # type: ignore[attr-defined]
    tap(search.search.erase)  # type: ignore[attr-defined]
    assert search.search.field.text() == ""  # type: ignore[attr-defined]
    assert search.search.results.count() == 0  # type: ignore[attr-defined]
    assert not search.search.erase.isVisible()  # type: ignore[attr-defined]
    QTest.keyClicks(search.search.field, "camille d", delay=60)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: search.search.results.count() == 1)  # type: ignore[attr-defined]
    item = search.search.results.item(0)  # type: ignore[attr-defined]
    assert item.text() == "Camille D."
    tap(
        search.search.results.viewport(),  # type: ignore[attr-defined]
        search.search.results.visualItemRect(item).center(),  # type: ignore[attr-defined]
    )
    checkin = page(kiosk, "checkin")
    assert isinstance(checkin, CheckinScreen)
    assert shell.current_screen() == "checkin"
    assert checkin.heading.text() == "Êtes-vous Camille D. ?"
    assert checkin.not_me.isVisible()
    tap(checkin.not_me)
    assert shell.current_screen() == "checkin-search"


def test_the_idle_timeout_in_the_middle_of_registration_clears_everything(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    kiosk = make_kiosk(idle_timeout_s=1, idle_warning_s=1)
    shell, _ = kiosk
    register = fill_register(qtbot, kiosk, email="noor@example.org")
    tap(register.languages.buttons["nl"])
    tap(register.next)
    qtbot.waitUntil(lambda: shell.current_screen() == "consent")
    consent = page(kiosk, "consent")
    assert isinstance(consent, ConsentScreen)
    qtbot.waitUntil(lambda: shell.current_screen() == "attract", timeout=15_000)
    assert shell.language == "fr"
    assert consent.form is None and consent.until.text() == ""
    for field in register.fields:
        assert field.text() == ""
    assert register.purposes.selected() == [] and register.languages.selected() == []
    assert shell.visitor_id is None
    assert people(kiosk_context) == 0


def test_a_new_shareholder_is_celebrated(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Noor", "Haddad", kind=PersonKind.member, language="nl")
    kiosk = make_kiosk(printer="no-such-printer-here")
    shell, _ = kiosk
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("journey", PersonArgs(person))
    journey = page(kiosk, "journey")
    assert isinstance(journey, JourneyScreen)
    qtbot.waitUntil(lambda: journey.journey is not None)
    tap(journey.tick_buttons["met-facilitator"])
    qtbot.waitUntil(lambda: "met-facilitator" not in journey.tick_buttons)
    assert journey.shareholder.isVisible()
    tap(journey.shareholder)
    assert journey.confirm.asking
    tap(journey.confirm.yes)
    assert shell.current_screen() == "celebration"
    celebration = page(kiosk, "celebration")
    assert isinstance(celebration, CelebrationScreen)
    assert celebration.confetti.animation.state() == celebration.confetti.animation.State.Running
    qtbot.waitUntil(lambda: celebration.result is not None, timeout=30_000)
    wait_idle(qtbot, shell)
    assert celebration.heading.text() == "Bienvenue parmi les sociétaires !"
    holder = verify_badge(kiosk_context, celebration.qr.data)
    assert holder.role == "shareholder"
    kept = kiosk_context.config.db_path.parent / "unprinted"
    assert len(list(kept.glob("certificate-*.pdf"))) == 1
    done = [s.slug for s in journey_of(kiosk_context, person).steps if s.done_at]
    assert done == ["met-facilitator", "shareholder"]


def test_facilitators_see_who_is_here_with_first_name_and_initial(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    from app.onboarding.service import check_in

    person = add_person(kiosk_context, "Camille", "Dupont")
    check_in(kiosk_context, person, purpose="drop_in")
    shell, _ = kiosk
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("whos-here")
    screen = page(kiosk, "whos-here")
    assert isinstance(screen, WhosHereScreen)
    qtbot.waitUntil(lambda: len(screen.rows) == 1)
    text = screen.rows[0].text.text()
    assert text.startswith("Camille D. · Permanence · depuis ")
    assert "Dupont" not in text

    # Camille left without scanning: the facilitator checks her out, and it is audited.
    tap(screen.rows[0].check_out)
    qtbot.waitUntil(lambda: screen.rows == [] and screen.empty.isVisible())
    assert whos_here(kiosk_context) == []
    audit = [(line.action, line.actor) for line in recent_audit(kiosk_context)]
    assert ("check_out", "Dominique") in audit


def test_a_facilitator_exports_then_erases_a_persons_data_from_the_journey(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    from app.onboarding.service import check_in

    person = add_person(kiosk_context, "Camille", "Dupont")
    check_in(kiosk_context, person, purpose="coworking")
    shell, _ = kiosk
    account = add_facilitator(kiosk_context, "Dominique", "246813")
    shell.start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )
    shell.go("whos-here")
    here = page(kiosk, "whos-here")
    assert isinstance(here, WhosHereScreen)
    qtbot.waitUntil(lambda: len(here.rows) == 1)
    tap(here.rows[0].journey)
    journey = page(kiosk, "journey")
    assert isinstance(journey, JourneyScreen)
    qtbot.waitUntil(lambda: journey.journey is not None and journey.erase_data.isVisible())

    tap(journey.export_data)
    assert journey.confirm.asking
    tap(journey.confirm.yes)
    exported = kiosk_context.config.db_path.parent / "exports" / f"person-{person}.json"
    qtbot.waitUntil(exported.exists)
    wait_idle(qtbot, shell)
    assert json.loads(exported.read_text(encoding="utf-8"))["person"]["first_name"] == "Camille"

    tap(journey.erase_data)
    assert journey.confirm.asking
    tap(journey.confirm.no)  # a second thought: nothing happens
    assert journey.journey is not None
    tap(journey.erase_data)
    tap(journey.confirm.yes)
    qtbot.waitUntil(lambda: journey.journey is None and journey.empty.isVisible())
    assert find_people(kiosk_context, "camille") == []
    actions = [line.action for line in recent_audit(kiosk_context)]
    assert actions[:2] == ["privacy_erase", "privacy_export"]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_welcome_screen_shows_where_to_hold_a_badge(
    qtbot: QtBot, kiosk: Kiosk, high_contrast: bool
) -> None:
    # Issue #19: a picture of the reader under the screen, beside the words, in the theme's
    # colours (an SVG of the house's, no external image), larger with large text.
    from PySide6.QtGui import QColor, QImage

    from ui import theme
    from ui.screens.welcome.welcome import WelcomeScreen

    shell, _ = kiosk
    shell.set_modes(high_contrast=high_contrast)
    shell.set_language("nl")
    shell.go("welcome")
    screen = page(kiosk, "welcome")
    assert isinstance(screen, WelcomeScreen)
    qtbot.waitUntil(screen.reader_picture.isVisible)
    assert screen.reader_hint.text() == "Houd hem plat tegen de lezer onder het scherm."
    assert screen.reader_picture.accessibleName()
    width = screen.reader_picture.width()
    image = screen.reader_picture.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, width, 3)
        for y in range(0, image.height(), 3)
    }
    palette = theme.current().palette
    assert QColor(palette.ink).name() in colours  # its strokes, in ink
    assert len(colours) > 3  # a drawing, not a blank box
    shell.set_modes(large_text=True, high_contrast=high_contrast)
    qtbot.waitUntil(lambda: screen.reader_picture.width() > width)
