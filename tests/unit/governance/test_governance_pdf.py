"""The printed governance through its commands: a body's photo board (A4) and the map's poster
(A3), their text read back and their pages measured; bad input refused, nothing written."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from app.cli import main
from app.context import AppContext
from app.pdf_kit import MM
from app.sync.service import write_state
from tests.unit.governance.data import add_governance


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The commands make a core application when none exists (their own process); in the test
    process pytest-qt's must be the one, whichever test runs first."""


def _read(path: Path) -> tuple[list[tuple[float, float]], str]:
    document = pypdfium2.PdfDocument(path)
    try:
        sizes = [document.get_page_size(index) for index in range(len(document))]
        text = " ".join(page.get_textpage().get_text_range() for page in document)
        # Every page renders (a broken drawing would raise here).
        for page in document:
            page.render(scale=0.5).close()
    finally:
        document.close()
    return [(round(w / MM), round(h / MM)) for w, h in sizes], " ".join(text.split())


def _db(ctx: AppContext) -> str:
    return str(ctx.config.db_path)


def test_the_photo_board_of_a_body_on_a4(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_governance(ctx)
    out = tmp_path / "board.pdf"
    args = ["governance", "trombinoscope", "--body", "board", "--out", str(out)]
    assert main([*args, "--db", _db(ctx), "--lang", "en"]) == 0
    assert "2 people" in capsys.readouterr().out
    sizes, text = _read(out)
    assert sizes == [(210, 297)]
    assert "Émilie V." in text and "Noor H." in text
    assert "Haddad" not in text and "Paul" not in text  # initial only; the ended mandate gone
    assert "Chair" in text and "Director" in text
    assert "Conseil d'administration" in text


def test_the_photo_board_speaks_the_language_asked_for(ctx: AppContext, tmp_path: Path) -> None:
    add_governance(ctx)
    out = tmp_path / "board.pdf"
    args = ["governance", "trombinoscope", "--body", "board", "--out", str(out)]
    assert main([*args, "--db", _db(ctx), "--lang", "fr"]) == 0
    _sizes, text = _read(out)
    assert "Présidence" in text and "Qui y siège" in text


def test_the_poster_is_one_a3_landscape_page_with_every_body_and_link(
    ctx: AppContext, tmp_path: Path
) -> None:
    add_governance(ctx)
    out = tmp_path / "poster.pdf"
    assert main(["governance", "poster", "--out", str(out), "--db", _db(ctx), "--lang", "en"]) == 0
    sizes, text = _read(out)
    assert sizes == [(420, 297)]
    for words in ("The elected board", "Conseil local", "The local budget team", "2 people"):
        assert words in text
    for kind in ("elects", "appoints", "advises", "reports to"):
        assert kind in text
    assert b"/Subtype /Image" not in out.read_bytes()  # vector: no picture in it


def test_bad_input_is_refused_and_writes_nothing(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_governance(ctx)
    out = tmp_path / "board.pdf"
    base = ["governance", "trombinoscope", "--out", str(out), "--db", _db(ctx)]
    assert main([*base, "--body", "no-such-body"]) == 1
    assert "not known" in capsys.readouterr().err
    assert main(["governance", "poster", "--out", str(tmp_path), "--db", _db(ctx)]) == 1
    assert "folder" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "poster.pdf"
    assert main(["governance", "poster", "--out", str(missing), "--db", _db(ctx)]) == 1
    assert main(["governance", "poster", "--out", str(out), "--db", str(tmp_path / "x.db")]) == 1
    assert not out.exists() and not missing.exists()


def _qr_codes(path: Path) -> list[str]:
    """Every QR code on the PDF's pages, rendered at 200 dpi as a phone camera sees paper."""
    document = pypdfium2.PdfDocument(path)
    try:
        texts: list[str] = []
        for page in document:
            image = page.render(scale=200 / 72).to_pil()
            texts += [result.text for result in zxingcpp.read_barcodes(image)]
        return texts
    finally:
        document.close()


def _enrol(ctx: AppContext, hub_url: str) -> None:
    with ctx.db.engine.begin() as connection:
        write_state(connection, hub_url=hub_url, device_token="t" * 32)


def test_the_printed_boards_lead_to_the_hubs_public_page_in_their_language(
    ctx: AppContext, tmp_path: Path
) -> None:
    add_governance(ctx)
    _enrol(ctx, "https://hub.coop.example/")
    board, poster = tmp_path / "board.pdf", tmp_path / "poster.pdf"
    args = ["governance", "trombinoscope", "--body", "board", "--out", str(board)]
    assert main([*args, "--db", _db(ctx), "--lang", "nl"]) == 0
    assert (
        main(["governance", "poster", "--out", str(poster), "--db", _db(ctx), "--lang", "en"]) == 0
    )
    assert _qr_codes(board) == ["https://hub.coop.example/public/governance?lang=nl"]
    assert _qr_codes(poster) == ["https://hub.coop.example/public/governance?lang=en"]
    assert "Scan: who decides what, on your phone" in _read(poster)[1]
    assert "not linked" not in _read(poster)[1]
    # The QR code is drawn, not pasted: the poster stays vector.
    assert b"/Subtype /Image" not in poster.read_bytes()


def test_a_kiosk_without_a_hub_prints_no_qr_code_and_says_so(
    ctx: AppContext, tmp_path: Path
) -> None:
    add_governance(ctx)
    board, poster = tmp_path / "board.pdf", tmp_path / "poster.pdf"
    args = ["governance", "trombinoscope", "--body", "board", "--out", str(board)]
    assert main([*args, "--db", _db(ctx), "--lang", "en"]) == 0
    assert (
        main(["governance", "poster", "--out", str(poster), "--db", _db(ctx), "--lang", "fr"]) == 0
    )
    assert _qr_codes(board) == [] and _qr_codes(poster) == []
    assert "this kiosk is not linked to the cooperative's hub yet" in _read(board)[1]
    assert "pas encore reliée" in _read(poster)[1]
    # A hub address without the device's token (enrolment never finished) is no hub either.
    _enrol(ctx, "https://hub.coop.example")
    with ctx.db.engine.begin() as connection:
        write_state(connection, device_token="")
    assert main([*args, "--db", _db(ctx), "--lang", "en"]) == 0
    assert _qr_codes(board) == []
