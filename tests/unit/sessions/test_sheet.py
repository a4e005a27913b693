"""The attendance sheet: who it lists, its PDF read back as text in French and Dutch, its CSV
as a spreadsheet opens it, and its catalogue complete."""

from __future__ import annotations

import csv
import gettext
import io
import re
import uuid
from pathlib import Path

import pypdfium2
import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from app.context import AppContext
from app.errors import NotFoundError
from app.sessions import phrases
from app.sessions.sheet import (
    FIRST_PAGE_ROWS,
    MIN_BLANK_ROWS,
    attendance_of,
    render_csv,
    render_pdf,
)
from db.models import Person, PersonKind
from db.models.sessions import Session
from tests.unit.sessions.conftest import Planned, add_session, sign_up

SOURCES = sorted(Path("app/sessions").glob("*.py"))


def _pdf_pages(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def _set_language(ctx: AppContext, session_id: uuid.UUID, language: str) -> None:
    with ctx.db.transaction() as db:
        session = db.get(Session, session_id)
        assert session is not None
        session.language = language


def test_the_sheet_lists_the_people_holding_a_seat(ctx: AppContext, planned: Planned) -> None:
    sheet = attendance_of(ctx, planned.session)
    # Waiting, gave up and erased people are not on it; the rest by last name.
    assert [f"{a.last_name} {a.first_name}" for a in sheet.attendees] == list(planned.listed)
    assert sheet.host == "Hostine Peeters"
    assert sheet.antenna == "Bruxelles"
    assert sheet.zone.key == "Europe/Brussels"
    assert (sheet.local_start.hour, sheet.local_end.hour, sheet.local_end.minute) == (14, 16, 30)


def test_an_unknown_session_has_no_sheet(ctx: AppContext, planned: Planned) -> None:
    with pytest.raises(NotFoundError):
        attendance_of(ctx, uuid.uuid4())


def test_the_pdf_in_french(ctx: AppContext, planned: Planned) -> None:
    [page] = _pdf_pages(render_pdf(attendance_of(ctx, planned.session)))
    for text in [
        "Feuille d'émargement",
        "Organisé par Smart — antenne de Bruxelles",
        "Stratégie commerciale : les bases",
        "Formation",
        "mardi 24 mars 2026",
        "de 14:00 à 16:30 (2,5 h)",
        "Salle du fond, rue Royale 12",
        "Hostine Peeters",
        "Personnes inscrites : 4",
        "Nom et prénom",
        "Signature",
        "JANSSENS",
        "ABELOOS",
        "Sans inscription",
        "Je certifie que les personnes ayant signé ci-dessus ont assisté à cette séance.",
        "Page 1 sur 1",
    ]:
        assert text in page, text
    assert "Wachter" not in page and "WACHTER" not in page
    assert page.count("Sans inscription") == FIRST_PAGE_ROWS - 4


def test_the_pdf_in_dutch_runs_to_several_numbered_pages(ctx: AppContext, planned: Planned) -> None:
    _set_language(ctx, planned.session, "nl")
    with ctx.db.transaction() as db:
        extra = [
            Person(first_name=f"Persoon{n}", last_name=f"Achternaam{n:02d}", kind=PersonKind.member)
            for n in range(40)
        ]
        db.add_all(extra)
        db.flush()
        ids = [person.id for person in extra]
    for person_id in ids:
        sign_up(ctx, planned.session, person_id, "confirmed")
    pages = _pdf_pages(render_pdf(attendance_of(ctx, planned.session)))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page
        # The table's header is repeated on every page.
        assert "Naam en voornaam" in page and "Handtekening" in page
    first, last = pages[0], pages[-1]
    assert "Aanwezigheidslijst" in first and "dinsdag 24 maart 2026" in first
    assert "van 14:00 tot 16:30 (2,5 u)" in first
    assert "Ingeschreven personen: 44" in first
    assert "Handtekening van de begeleider" in last
    everything = "".join(pages)
    assert everything.count("Zonder inschrijving") == MIN_BLANK_ROWS
    assert all(f"ACHTERNAAM{n:02d}" in everything for n in range(40))


def test_a_cancelled_online_session_says_so(ctx: AppContext, planned: Planned) -> None:
    session_id = add_session(
        ctx,
        planned.antenna,
        language="en",
        location="",
        online_url="https://meet.example.org/x",
        cancelled=True,
        price_cents=2500,
    )
    [page] = _pdf_pages(render_pdf(attendance_of(ctx, session_id)))
    assert "This session was cancelled." in page
    assert "Online: https://meet.example.org/x" in page
    assert "People signed up: 0" in page
    assert "€25.00" in page


def test_the_csv_opens_in_a_spreadsheet(ctx: AppContext, planned: Planned) -> None:
    data = render_csv(attendance_of(ctx, planned.session))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Séance",
        "Date",
        "Début",
        "Fin",
        "Lieu",
        "Animé par",
        "N°",
        "Nom",
        "Prénom",
        "Statut",
    ]
    assert len(rows) == 1 + 4
    first = rows[1]
    assert first[:6] == [
        "Stratégie commerciale : les bases",
        "2026-03-24",
        "14:00",
        "16:30",
        "Salle du fond, rue Royale 12",
        "Hostine Peeters",
    ]
    assert [row[6] for row in rows[1:]] == ["1", "2", "3", "4"]
    statuses = {row[7]: row[9] for row in rows[1:]}
    assert statuses["Abeloos"] == "Absent·e"
    assert statuses["Dubois"] == "Présent·e"
    assert statuses["Janssens"] == "Inscrit·e"
    # A name a spreadsheet would run as a formula is written as text.
    assert "'=HYPERLINK(evil)" in statuses
    assert data.count(b"\r\n") == len(rows)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_sessions_message_is_translated(language: str) -> None:
    wanted = {
        message
        for source in SOURCES
        for _line, message, _comments, _context in extract_from_file(
            "python", str(source), keywords={"N_": None}
        )
    }
    folder = Path(str(phrases.LOCALE_DIR)) / language / "LC_MESSAGES"
    with (folder / "sessions.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    assert wanted and not wanted - translated, sorted(wanted - translated)
    placeholder = re.compile(r"\{(\w+)\}")
    for message in catalog:
        if message.id:
            assert set(placeholder.findall(message.string)) == set(placeholder.findall(message.id))
    with (folder / "sessions.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalog:
        if message.id:
            assert compiled.gettext(message.id) == message.string
