"""The badges screen as a facilitator uses it: find, preview, print, reprint, report lost, batch."""

from __future__ import annotations

import uuid

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.audit import recent_audit
from app.badges.service import active_badge, issue_badge, verify_badge
from app.clock import utcnow
from app.context import AppContext
from app.facilitators.service import add_facilitator
from app.facilitators.types import FacilitatorSession
from tests.ui.badge_helpers import add_person
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screens.badges.badges import BadgesScreen
from ui.screens.badges.preview import BadgePreviewScreen
from ui.screens.facilitator.screen import FacilitatorScreen


def as_facilitator(kiosk: Kiosk, ctx: AppContext) -> None:
    account = add_facilitator(ctx, "Dominique", "246813")
    kiosk[0].start_facilitator(
        FacilitatorSession(account_id=account.account_id, name="Dominique", started_at=utcnow())
    )


def badges_screen(kiosk: Kiosk) -> BadgesScreen:
    screen = kiosk[1].navigator.page("badges")
    assert isinstance(screen, BadgesScreen)
    return screen


def find_and_choose(qtbot: QtBot, screen: BadgesScreen, query: str, shown: str) -> None:
    QTest.keyClicks(screen.search.field, query, delay=60)
    qtbot.waitUntil(lambda: screen.search.results.count() > 0)
    item = screen.search.results.item(0)
    assert item.text() == shown
    rect = screen.search.results.visualItemRect(item)
    tap(screen.search.results.viewport(), rect.center())
    qtbot.waitUntil(lambda: screen.state is not None)


def test_the_badges_screen_needs_facilitator_mode(kiosk: Kiosk) -> None:
    shell, _ = kiosk
    shell.go("badges")
    assert shell.current_screen() == "facilitator-login"


def test_the_facilitator_panel_has_a_badges_tile(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    as_facilitator(kiosk, kiosk_context)
    shell, window = kiosk
    shell.go("facilitator")
    panel = window.navigator.page("facilitator")
    assert isinstance(panel, FacilitatorScreen)
    assert panel.tools["badges"].text() == "Badges"
    tap(panel.tools["badges"])
    assert shell.current_screen() == "badges"


def test_search_choose_and_report_a_badge_lost(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    add_person(kiosk_context, "Jules", "Martin")
    token = issue_badge(kiosk_context, person).token
    as_facilitator(kiosk, kiosk_context)
    shell, _ = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "cami", "Camille D.")
    assert screen.name_label.text() == "Camille Dupont"
    assert screen.status.text().startswith("Badge en service depuis le ")
    qtbot.waitUntil(lambda: not screen.preview.image().isNull())

    tap(screen.revoke_button)
    assert screen.confirm.asking
    assert active_badge(kiosk_context, person) is not None  # nothing before the confirmation
    tap(screen.confirm.yes)
    qtbot.waitUntil(lambda: screen.state is not None and screen.state.badge is None)
    wait_idle(qtbot, shell)
    assert screen.status.text() == "Pas encore de badge."
    assert screen.revoke_button.isHidden()
    assert active_badge(kiosk_context, person) is None
    assert [line.action for line in recent_audit(kiosk_context, limit=1)] == ["badge_revoke"]
    try:
        verify_badge(kiosk_context, token)
    except Exception as error:
        assert "perdu" in str(error) or "lost" in str(error)
    else:
        raise AssertionError("a lost badge still works")


def test_when_printing_fails_the_qr_code_is_shown_and_works(
    qtbot: QtBot, make_kiosk: object, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    kiosk = make_kiosk(printer="no-such-printer-here")  # type: ignore[operator]
    as_facilitator(kiosk, kiosk_context)
    shell, _ = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "dupont", "Camille D.")
    assert screen.print_button.text() == "Imprimer un badge"
    tap(screen.print_button)  # no badge yet: nothing to confirm
    qtbot.waitUntil(lambda: bool(screen.failed_token), timeout=30_000)
    wait_idle(qtbot, shell)
    assert screen.qr.isVisible()
    assert screen.qr.width() >= 360
    assert screen.failure_title.text() == "Le badge n'a pas pu être imprimé"
    assert "no-such-printer-here" in screen.failure_message.text() or screen.failure_message.text()
    holder = verify_badge(kiosk_context, screen.qr.data)
    assert holder.person_id == person
    assert screen.status.text().startswith("Badge en service depuis le ")
    assert [line.action for line in recent_audit(kiosk_context, limit=1)] == ["badge_print"]
    # The next visitor sees none of it.
    shell.end_visit()
    assert screen.qr.data == ""
    assert screen.person is None


def test_a_reprint_asks_first_then_stops_the_old_badge(
    qtbot: QtBot, make_kiosk: object, kiosk_context: AppContext
) -> None:
    person = add_person(kiosk_context, "Camille", "Dupont")
    old = issue_badge(kiosk_context, person).token
    kiosk = make_kiosk(printer="no-such-printer-here")  # type: ignore[operator]
    as_facilitator(kiosk, kiosk_context)
    shell, _ = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "camille", "Camille D.")
    assert screen.print_button.text() == "Imprimer un nouveau badge"
    tap(screen.print_button)
    assert screen.confirm.asking
    tap(screen.confirm.no)
    assert not screen.confirm.asking
    assert verify_badge(kiosk_context, old).person_id == person
    tap(screen.print_button)
    tap(screen.confirm.yes)
    qtbot.waitUntil(lambda: bool(screen.failed_token), timeout=30_000)
    wait_idle(qtbot, shell)
    assert verify_badge(kiosk_context, screen.qr.data).person_id == person
    assert [line.action for line in recent_audit(kiosk_context, limit=1)] == ["badge_reprint"]


def test_a_batch_prints_on_a4_sheets_and_is_audited(
    qtbot: QtBot, make_kiosk: object, kiosk_context: AppContext
) -> None:
    add_person(kiosk_context, "Camille", "Dupont")
    add_person(kiosk_context, "Jules", "Martin")
    kiosk = make_kiosk(printer="no-such-printer-here")  # type: ignore[operator]
    as_facilitator(kiosk, kiosk_context)
    shell, window = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "camille", "Camille D.")
    tap(screen.add_button)
    screen.search.field.clear()
    find_and_choose(qtbot, screen, "jules", "Jules M.")
    tap(screen.add_button)
    assert [screen.batch_list.item(i).text() for i in range(2)] == ["Camille D.", "Jules M."]
    tap(screen.batch_print)
    assert screen.confirm.question.text() == "Imprimer 2 badges sur feuilles A4 ?"
    tap(screen.confirm.yes)
    qtbot.waitUntil(window.toast.isVisible, timeout=30_000)
    wait_idle(qtbot, shell)
    assert "plus tard" in window.toast.text()
    assert len(screen.batch) == 2  # kept, to try again
    last = recent_audit(kiosk_context, limit=1)[0]
    assert (last.action, last.details["count"], last.details["printed"]) == (
        "badge_batch",
        2,
        False,
    )


def test_the_large_preview_shows_the_chosen_person(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    add_person(kiosk_context, "Camille", "Dupont")
    as_facilitator(kiosk, kiosk_context)
    shell, window = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    find_and_choose(qtbot, screen, "camille", "Camille D.")
    tap(screen.preview_button)
    preview = window.navigator.page("badge-preview")
    assert isinstance(preview, BadgePreviewScreen)
    assert shell.current_screen() == "badge-preview"
    qtbot.waitUntil(lambda: not preview.page.image().isNull())
    assert preview.caption.text() == "Le badge de Camille, étiquette 62 × 100 mm."
    tap(preview.back)
    assert shell.current_screen() == "badges"


def test_a_badge_scanned_on_the_badges_screen_chooses_its_holder(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    from tests.ui.badge_helpers import scan

    person = add_person(kiosk_context, "Camille", "Dupont")
    token = issue_badge(kiosk_context, person).token
    as_facilitator(kiosk, kiosk_context)
    shell, window = kiosk
    shell.go("badges")
    screen = badges_screen(kiosk)
    screen.search.field.setFocus()
    qtbot.waitUntil(screen.search.field.hasFocus)
    scan(window, token)
    qtbot.waitUntil(lambda: screen.state is not None)
    assert screen.state is not None
    assert screen.state.holder.person_id == person
    assert screen.search.field.text() == ""
    assert isinstance(person, uuid.UUID)
