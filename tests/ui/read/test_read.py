"""The reader beyond reading: print a page, continue on a phone, tick the journey."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.application import with_listeners
from app.context import AppContext
from app.journey.service import journey_of
from tests.ui.badge_helpers import add_person
from tests.ui.conftest import Kiosk, tap, wait_idle
from ui.screen_args import ReadArgs
from ui.screens.read.screen import ReadScreen, page_pdf


def reader(qtbot: QtBot, kiosk: Kiosk, slug: str = "") -> ReadScreen:
    shell, window = kiosk
    shell.go("booklet", ReadArgs(slug))
    read = window.navigator.page("booklet")
    assert isinstance(read, ReadScreen)
    qtbot.waitUntil(lambda: bool(read.current_slug) and (not slug or read.current_slug == slug))
    return read


def test_the_faq_is_in_the_reader_and_a_qr_continues_it_on_a_phone(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk]
) -> None:
    kiosk = make_kiosk(public_url="https://antenne.example.org/lire/")
    read = reader(qtbot, kiosk, "faq")
    assert read.page_buttons["faq"].text() == "Questions fréquentes"
    assert "Je peux venir sans être membre" in read.browser.toPlainText()
    assert read.phone_qr.isVisible()
    assert read.phone_qr.data == "https://antenne.example.org/lire/fr/faq"
    kiosk[0].end_visit()
    assert read.phone_qr.data == ""


def test_without_a_public_address_there_is_no_qr(qtbot: QtBot, kiosk: Kiosk) -> None:
    read = reader(qtbot, kiosk)
    assert not read.phone_qr.isVisible()


def test_print_this_page_keeps_the_pdf_when_there_is_no_printer(
    qtbot: QtBot, make_kiosk: Callable[..., Kiosk], kiosk_context: AppContext
) -> None:
    kiosk = make_kiosk(printer="no-such-printer-here")
    read = reader(qtbot, kiosk, "faq")
    tap(read.print_button)
    qtbot.waitUntil(kiosk[1].toast.isVisible, timeout=30_000)
    wait_idle(qtbot, kiosk[0])
    kept = list((kiosk_context.config.db_path.parent / "unprinted").glob("page-*.pdf"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"%PDF")
    assert read.print_button.isEnabled()


def test_a_page_is_a_pdf(qtbot: QtBot) -> None:
    pdf = page_pdf("# Titre\n\nUn paragraphe.", "Titre")
    assert pdf.startswith(b"%PDF") and len(pdf) > 500


def test_a_known_visitor_reading_the_booklet_ticks_their_journey(
    qtbot: QtBot, kiosk: Kiosk, kiosk_context: AppContext
) -> None:
    with_listeners(kiosk_context)  # the journey hears the page read
    person = add_person(kiosk_context, "Camille", "Dupont")
    kiosk[0].visitor_id = person
    reader(qtbot, kiosk, "c-est-quoi-smart")
    wait_idle(qtbot, kiosk[0])
    steps = journey_of(kiosk_context, person).steps
    assert [s.slug for s in steps if s.done_at] == ["booklet-read"]


def test_the_booklet_names_itself_once_and_each_page_once_above_its_text(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    read = reader(qtbot, kiosk)
    # The header names the booklet, not the page shown: the page's title is in the list.
    assert read.title() == "Le livret"
    assert all(read.title() != page.title for page in read.pages)
    header_titles = {read.title()} | {button.text() for button in read.page_buttons.values()}
    assert len(header_titles) == len(read.page_buttons) + 1
