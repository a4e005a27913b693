"""The welcome certificate of a new shareholder: one A4 page, in the person's language."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.pdf_kit import (
    FONT_BOLD,
    FONT_REGULAR,
    INK,
    MM,
    date_label,
    fit_text,
    register_fonts,
    words,
)

PRIMARY = Color(0x0B / 255, 0x5C / 255, 0x6B / 255)
CODECISION = Color(0x6B / 255, 0x3F / 255, 0xC9 / 255)
LANGUAGES = ("fr", "nl", "en")

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Bienvenue parmi les sociétaires",
        "body": "est sociétaire de la coopérative Smart depuis le {date}.",
        "closing": "La coopérative est aussi la vôtre : vous y décidez avec les autres "
        "sociétaires, en assemblée générale et dans votre antenne.",
        "antenna": "Antenne de {antenna}",
    },
    "nl": {
        "title": "Welkom bij de vennoten",
        "body": "is sinds {date} vennoot van de coöperatie Smart.",
        "closing": "De coöperatie is ook van jou: je beslist mee met de andere vennoten, "
        "op de algemene vergadering en in je antenne.",
        "antenna": "Antenne {antenna}",
    },
    "en": {
        "title": "Welcome, new shareholder",
        "body": "has been a shareholder of the Smart cooperative since {date}.",
        "closing": "The cooperative is yours too: you decide together with the other "
        "shareholders, at the general assembly and in your antenne.",
        "antenna": "Smart {antenna}",
    },
}


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in words(text):
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def render_certificate(
    *, first_name: str, last_name: str, antenna: str, since: date, language: str
) -> bytes:
    """The certificate as PDF bytes (A4 portrait)."""
    register_fonts()
    language = language if language in LANGUAGES else "fr"
    texts = TEXTS[language]
    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(texts["title"])
    canvas.setCreator("Antenne")
    margin = 22 * MM
    inner = width - 2 * margin
    # A wide coloured band: the one festive page the kiosk prints.
    canvas.setFillColor(CODECISION)
    canvas.rect(0, height - 70 * MM, width, 70 * MM, stroke=0, fill=1)
    canvas.setFillColor(Color(1, 1, 1))
    title = fit_text(texts["title"], FONT_BOLD, width=inner, max_size=34, min_size=20)
    y = height - 30 * MM
    for line in title.lines:
        canvas.setFont(title.font, title.size)
        canvas.drawCentredString(width / 2, y, line)
        y -= title.size * 1.2
    canvas.setFillColor(INK)
    name = fit_text(
        f"{first_name} {last_name}".strip(), FONT_BOLD, width=inner, max_size=40, min_size=18
    )
    y = height - 110 * MM
    for line in name.lines:
        canvas.setFont(name.font, name.size)
        canvas.drawCentredString(width / 2, y, line)
        y -= name.size * 1.25
    y -= 6 * MM
    body_size = 16.0
    body = texts["body"].format(date=date_label(since, language))
    closing = texts["closing"]
    for paragraph in (body, closing):
        for line in _wrap(paragraph, FONT_REGULAR, body_size, inner):
            canvas.setFont(FONT_REGULAR, body_size)
            canvas.drawCentredString(width / 2, y, line)
            y -= body_size * 1.45
        y -= 6 * MM
    if antenna:
        canvas.setFillColor(PRIMARY)
        canvas.setFont(FONT_BOLD, 18)
        canvas.drawCentredString(width / 2, 40 * MM, texts["antenna"].format(antenna=antenna))
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(2)
    canvas.line(margin, 30 * MM, width - margin, 30 * MM)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
