"""Printing through a real CUPS server with the cups-pdf virtual printer (tests/helpers/cups.py).

What comes out of the printer is a PDF re-rendered by Ghostscript (text as Type 3 fonts), so
the test reads it as a scanner would: render it and decode the QR code.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import replace
from pathlib import Path

import pytest

from app.context import AppContext
from app.printing.service import (
    PrintProblem,
    available_printers,
    badge_message,
    print_badge_pdf,
    printer_message,
    unprinted_pdfs,
)
from db.engine import Database
from tests.helpers.cups import CupsServer
from tests.helpers.kiosk import kiosk_config

MM = 72 / 25.4
FAST = {"wait_s": 0.05, "job_timeout_s": 10.0}


def token() -> str:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "ANT1-" + "".join(secrets.choice(alphabet) for _ in range(26))


def label_with_qr(text: str) -> bytes:
    """A 62 × 100 mm label with a vector QR code (drawn by reportlab, no image)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(62 * MM, 100 * MM))
    qr = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = qr.getBounds()
    size = 40 * MM
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, pdf, 11 * MM, 50 * MM)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(6 * MM, 30 * MM, "Camille")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def page_sizes_mm(pdf_path: Path) -> list[tuple[float, float]]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_path)
    try:
        sizes = [document.get_page_size(index) for index in range(len(document))]
    finally:
        document.close()
    return [(width / MM, height / MM) for width, height in sizes]


def decode_qr_codes(pdf_path: Path) -> list[str]:
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(pdf_path)
    try:
        texts: list[str] = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=300 / 72)
            image = bitmap.to_pil()
            texts += [result.text for result in zxingcpp.read_barcodes(image)]
            bitmap.close()
            page.close()
        return texts
    finally:
        document.close()


@pytest.fixture
def ctx(ctx: AppContext, cups_server: CupsServer) -> AppContext:
    """Badges print on the test's CUPS server, on its virtual queue."""
    return replace(ctx, config=ctx.config.with_changes(printer=cups_server.queue))


def test_the_virtual_printer_is_offered(cups_server: CupsServer) -> None:
    assert cups_server.queue in available_printers()


def test_a_printed_badge_carries_a_qr_code_that_scans(
    cups_server: CupsServer, ctx: AppContext, tmp_path: Path
) -> None:
    text = token()
    title = f"badge{secrets.token_hex(4)}"
    outcome = print_badge_pdf(ctx, label_with_qr(text), layout="62x100", title=title, **FAST)

    assert outcome.printed, outcome.message
    assert outcome.job_id in cups_server.completed_job_ids()
    printed = cups_server.wait_for_output(title)
    assert decode_qr_codes(printed) == [text]
    [(width, height)] = page_sizes_mm(printed)  # still the label, through CUPS
    assert (round(width), round(height)) == (62, 100)
    assert unprinted_pdfs(tmp_path) == []


def test_a_printer_that_does_not_exist_keeps_the_badge(
    cups_server: CupsServer, database: Database, tmp_path: Path
) -> None:
    ctx = AppContext(config=kiosk_config(tmp_path, printer="no-such-printer"), db=database)
    pdf = label_with_qr(token())
    outcome = print_badge_pdf(ctx, pdf, layout="62x100", **FAST)

    assert not outcome.printed
    assert outcome.kept_pdf is not None
    assert outcome.kept_pdf.read_bytes() == pdf
    assert outcome.message == badge_message()
    assert outcome.staff_message is not None
    assert outcome.staff_message.untranslated() == "The printer no-such-printer does not exist."


def test_a_paused_printer_is_tried_again_then_the_badge_is_kept(
    cups_server: CupsServer, ctx: AppContext, tmp_path: Path
) -> None:
    before = cups_server.completed_job_ids()
    cups_server.pause()
    try:
        outcome = print_badge_pdf(ctx, label_with_qr(token()), layout="62x100", attempts=2, **FAST)
        # Each try was withdrawn: nothing comes out of the printer once it runs again.
        withdrawn = cups_server.completed_job_ids() - before
    finally:
        cups_server.resume()

    assert not outcome.printed
    assert outcome.message == badge_message()
    assert outcome.staff_message == printer_message(PrintProblem.PAUSED, printer=cups_server.queue)
    assert outcome.kept_pdf is not None
    assert unprinted_pdfs(tmp_path) == [outcome.kept_pdf]
    assert len(withdrawn) == 2


@pytest.mark.parametrize("layout", ["62x100", "54x101", "cr80", "a4-8"])
def test_a_real_badge_prints_on_its_paper_and_scans(
    cups_server: CupsServer, ctx: AppContext, layout: str
) -> None:
    from app.badges.pdf import LAYOUTS, BadgeCard, render_badge

    text = token()
    card = BadgeCard(
        first_name="Marie-Évangéline",
        last_name="de La Tour d'Auvergne-Lauraguais",
        antenna="Rennes",
        role_label="Sociétaire",
        token=text,
    )
    title = f"badge{secrets.token_hex(4)}"
    outcome = print_badge_pdf(ctx, render_badge(card, layout), layout=layout, title=title, **FAST)

    assert outcome.printed, outcome.message
    printed = cups_server.wait_for_output(title)
    assert decode_qr_codes(printed) == [text]
    # Ghostscript rounds the page to whole points: 85.6 mm may come out as 85.4 mm.
    [(printed_width, printed_height)] = page_sizes_mm(printed)
    width, height = LAYOUTS[layout].page_size
    assert printed_width == pytest.approx(width / MM, abs=0.5)
    assert printed_height == pytest.approx(height / MM, abs=0.5)
