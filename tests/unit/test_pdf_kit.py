"""The PDF kit's French typography: a narrow no-break space (U+202F, before ; : ! ? and inside
« ») is drawn, narrow, kept in the text, and never a place to break a line. Read back with
pypdfium2, without a display."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.pdf_kit import (
    FONT_BOLD,
    FONT_REGULAR,
    NARROW_NO_BREAK_SPACE,
    fit_text,
    markup,
    register_fonts,
    words,
)

SIZE = 40


def drawn(text: str, font: str) -> tuple[str, list[tuple[str, float]]]:
    """`text` drawn on a page: the page's text read back, and each character's width."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(font, SIZE)
    canvas.drawString(50, 700, text)
    canvas.save()
    document = pypdfium2.PdfDocument(out.getvalue())
    try:
        page = document[0].get_textpage()
        read = page.get_text_range()
        boxes = [page.get_charbox(index) for index in range(page.count_chars())]
    finally:
        document.close()
    return read, [(char, box[2] - box[0]) for char, box in zip(read, boxes, strict=False)]


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_BOLD])
def test_a_narrow_no_break_space_is_drawn_narrow_and_read_back(font: str) -> None:
    read, widths = drawn("Bienvenue\u202f! Vraiment", font)
    # Without a glyph, the character was the font's missing box and left the text.
    assert read == "Bienvenue\u202f! Vraiment"
    narrow = dict(widths)[NARROW_NO_BREAK_SPACE]
    space = dict(widths)[" "]
    assert 0.1 * SIZE <= narrow <= 0.2 * SIZE
    assert narrow < space


def test_fitted_text_keeps_the_narrow_space_and_never_breaks_at_it() -> None:
    question = "Faut-il ouvrir la salle du premier étage le soir\u202f?"
    one = fit_text(question, FONT_BOLD, width=2000, max_size=20, min_size=10)
    assert one.lines == (question,)
    two = fit_text(question, FONT_BOLD, width=300, max_size=20, min_size=18)
    assert len(two.lines) == 2
    assert "".join(two.lines).count(NARROW_NO_BREAK_SPACE) == 1
    assert not any(line.startswith("?") for line in two.lines)
    assert words("« Oui\u202f» ou\t«\u202fnon\u202f»\u00a0?") == [
        "«",
        "Oui\u202f»",
        "ou",
        "«\u202fnon\u202f»\u00a0?",
    ]


def test_paragraph_markup_is_escaped_and_keeps_punctuation_with_its_word() -> None:
    assert markup("R&D <b>\u202f?") == "R&amp;D &lt;b&gt;\u00a0?"
    # A paragraph just too narrow for the "?": reportlab would break at U+202F and put the
    # "?" alone on a line; the word before it goes along instead.
    register_fonts()
    style = ParagraphStyle("body", fontName=FONT_REGULAR, fontSize=12)
    question = "Un local ouvert le soir\u202f?"
    width = stringWidth("Un local ouvert le soir", FONT_REGULAR, 12) + 2

    def lines(text: str) -> list[str]:
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        return [" ".join(line[1]) for line in paragraph.blPara.lines]

    assert lines(question)[-1] == "?"  # what reportlab does with U+202F itself
    assert lines(markup(question))[-1].endswith("soir\u00a0?")
