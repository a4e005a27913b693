"""Printed governance: a body's photo board (trombinoscope, A4 portrait) and the whole map as a
poster (A3 landscape), vector, drawn with the kiosk's PDF kit (`app.pdf_kit`).

The texts arrive translated (`PrintedWords`): the sentences are Qt's, translated by the command
that prints (docs/architecture.md, "Governance"). A face shows the person's photo only when
they consented to it (the read model hands no photo otherwise), their initials otherwise.
"""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.governance.layout import CARD_HEIGHT, CARD_WIDTH, lay_out
from app.governance.types import BodyDetail, Face, GovernanceMap
from app.pdf_kit import (
    FONT_BOLD,
    FONT_REGULAR,
    INK,
    MM,
    draw_qr,
    fit_text,
    register_fonts,
    text_width,
)

MUTED = Color(0x5C / 255, 0x58 / 255, 0x66 / 255)
BORDER = Color(0xD9 / 255, 0xD2 / 255, 0xC5 / 255)
PAPER = Color(0xFB / 255, 0xF7 / 255, 0xF0 / 255)
# The kinds' colours of the kiosk's map (`ui/screens/governance/map_view.py`), for the band.
KIND_COLOURS: Mapping[str, str] = {
    "general_assembly": "#0B5C6B",
    "board": "#B7410E",
    "management_committee": "#5C5866",
    "ethics_committee": "#2F6B4F",
    "council_of_antennas": "#7A4E8C",
    "local_council": "#8A4F00",
    "pb_committee": "#A3245B",
    "working_group": "#3F5FA0",
    "other": "#5C5866",
}
# How much a card may grow into the room around it, and the gap it keeps.
MAX_GROW = 1.6
CARD_GAP = 40.0
AVATAR_COLOURS = ("#1F5FAD", "#1E7A3C", "#9A5B00", "#6B3FC9", "#0B5C6B")


@dataclass(frozen=True)
class CardWords:
    """A body's card as printed: its name, one line of what it does, how many people."""

    title: str
    purpose: str
    people: str


@dataclass(frozen=True)
class PrintedWords:
    """Every text a printed board needs, already in the reader's language."""

    heading: str
    subheading: str
    footer: str
    cards: Mapping[uuid.UUID, CardWords]
    role: Callable[[str], str]
    until: Callable[[Face], str]
    link: Callable[[str], str]
    empty: str = ""
    qr_url: str = ""
    """The cooperative's public governance page ("" when the kiosk knows no hub: no QR)."""
    qr_text: str = ""
    """Under the QR code, what it leads to; without one, a line saying why there is none."""


def _new_canvas(size: tuple[float, float], title: str) -> tuple[Canvas, io.BytesIO]:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Antenne")
    return canvas, out


# A QR symbol needs four light modules around it to be read.
QUIET_ZONE = 4


def _qr_block(
    canvas: Canvas, words: PrintedWords, right: float, top: float, size: float, *, type_size: float
) -> float:
    """The QR code to the public governance page in the top right corner (its right edge at
    `right`, its top at `top`, `size` wide) with its caption under it; without a URL, the
    caption alone, a small line. Returns how wide a band it took from the right edge."""
    if not words.qr_url:
        if words.qr_text:
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT_REGULAR, 9)
            canvas.drawRightString(right, top - 9, words.qr_text)
        return 0.0
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(words.qr_url)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = size / (len(matrix) + 2 * QUIET_ZONE)
    left = right - size
    canvas.setFillColor(white)
    canvas.rect(left, top - size, size, size, stroke=0, fill=1)
    draw_qr(canvas, matrix, left + QUIET_ZONE * module, top - size + QUIET_ZONE * module, module)
    caption = fit_text(
        words.qr_text, FONT_REGULAR, width=size, max_size=type_size, min_size=type_size - 2
    )
    canvas.setFillColor(MUTED)
    y = top - size
    for line in caption.lines:
        y -= caption.size * 1.25
        canvas.setFont(FONT_REGULAR, caption.size)
        canvas.drawCentredString(left + size / 2, y, line)
    return size + 6 * MM


def _centred(canvas: Canvas, text: str, font: tuple[str, float], at: tuple[float, float]) -> None:
    canvas.setFont(*font)
    canvas.drawCentredString(*at, text)


# -- Trombinoscope ---------------------------------------------------------------------------


def _face(
    canvas: Canvas, face: Face, words: PrintedWords, corner: tuple[float, float], w: float
) -> None:
    """One person in a cell of width `w` whose top-left corner is `corner`: picture, name,
    role, until."""
    x, y = corner
    side = w * 0.62
    cx = x + w / 2
    top = y - 4 * MM
    drawn = False
    if face.photo:
        try:
            image = ImageReader(io.BytesIO(face.photo))
        except OSError:
            image = None
        if image is not None:
            path = canvas.beginPath()
            path.circle(cx, top - side / 2, side / 2)
            canvas.saveState()
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.drawImage(
                image, cx - side / 2, top - side, side, side, preserveAspectRatio=True, anchor="c"
            )
            canvas.restoreState()
            drawn = True
    if not drawn:
        colour = AVATAR_COLOURS[sum(map(ord, face.initials)) % len(AVATAR_COLOURS)]
        canvas.setFillColor(HexColor(colour))
        canvas.circle(cx, top - side / 2, side / 2, stroke=0, fill=1)
        canvas.setFillColor(white)
        _centred(
            canvas, face.initials, (FONT_BOLD, side * 0.38), (cx, top - side / 2 - side * 0.13)
        )
    canvas.setFillColor(INK)
    name = fit_text(face.name, FONT_BOLD, width=w - 4 * MM, max_size=16, min_size=12, max_lines=1)
    line = top - side - 8 * MM
    _centred(canvas, name.lines[0], (FONT_BOLD, name.size), (cx, line))
    role = fit_text(
        words.role(face.role), FONT_REGULAR, width=w - 4 * MM, max_size=13, min_size=10, max_lines=1
    )
    _centred(canvas, role.lines[0], (FONT_REGULAR, role.size), (cx, line - 6.5 * MM))
    canvas.setFillColor(MUTED)
    until = fit_text(
        words.until(face), FONT_REGULAR, width=w - 4 * MM, max_size=10, min_size=8, max_lines=1
    )
    _centred(canvas, until.lines[0], (FONT_REGULAR, until.size), (cx, line - 12 * MM))


def trombinoscope_pdf(detail: BodyDetail, words: PrintedWords) -> bytes:
    """The body's faces on A4 sheets to pin on the wall: 4 columns, as many pages as needed."""
    width, height = A4
    canvas, out = _new_canvas(A4, words.heading)
    margin = 15 * MM
    columns = 4
    cell_w = (width - 2 * margin) / columns
    cell_h = 62 * MM
    faces = list(detail.faces)
    first = True
    while first or faces:
        top = height - margin
        if first:
            band = _qr_block(canvas, words, width - margin, top, 30 * MM, type_size=9)
            canvas.setFillColor(INK)
            heading = fit_text(
                words.heading, FONT_BOLD, width=width - 2 * margin - band, max_size=28, min_size=20
            )
            for line in heading.lines:
                top -= heading.size * 1.1
                canvas.setFont(FONT_BOLD, heading.size)
                canvas.drawString(margin, top, line)
            canvas.setFillColor(MUTED)
            sub = fit_text(
                words.subheading,
                FONT_REGULAR,
                width=width - 2 * margin - band,
                max_size=13,
                min_size=10,
            )
            for line in sub.lines:
                top -= sub.size * 1.3
                canvas.setFont(FONT_REGULAR, sub.size)
                canvas.drawString(margin, top, line)
            # The faces start below the QR code and its caption.
            top = min(top - 8 * MM, height - margin - band - 4 * MM) if band else top - 8 * MM
            if not faces:
                canvas.setFillColor(INK)
                canvas.setFont(FONT_REGULAR, 14)
                canvas.drawString(margin, top - 10 * MM, words.empty)
        first = False
        rows = max(1, int((top - margin - 8 * MM) // cell_h))
        page, faces = faces[: rows * columns], faces[rows * columns :]
        for index, face in enumerate(page):
            row, column = divmod(index, columns)
            _face(canvas, face, words, (margin + column * cell_w, top - row * cell_h), cell_w)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_REGULAR, 9)
        canvas.drawString(margin, margin / 2, words.footer)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


# -- Poster ----------------------------------------------------------------------------------


def poster_pdf(governance: GovernanceMap, words: PrintedWords) -> bytes:
    """The whole map on one A3 landscape sheet, laid out as on the kiosk, read from a metre."""
    width, height = landscape(A3)
    canvas, out = _new_canvas((width, height), words.heading)
    margin = 14 * MM
    # The QR code stands in the top right corner, beside the title; the map keeps the width.
    band = _qr_block(canvas, words, width - margin, height - margin, 40 * MM, type_size=13)
    canvas.setFillColor(INK)
    heading = fit_text(
        words.heading, FONT_BOLD, width=width - 2 * margin - band, max_size=40, min_size=28
    )
    top = height - margin
    for line in heading.lines:
        top -= heading.size
        canvas.setFont(FONT_BOLD, heading.size)
        canvas.drawString(margin, top, line)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_REGULAR, 16)
    top -= 22
    canvas.drawString(margin, top, words.subheading)
    top -= 10 * MM
    order = [card.id for card in governance.bodies]
    positions = lay_out(order, [(link.source_id, link.target_id) for link in governance.links])
    if positions:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        span_w = max(xs) - min(xs) + CARD_WIDTH
        span_h = max(ys) - min(ys) + CARD_HEIGHT
        area_w, area_h = width - 2 * margin - band, top - margin - 8 * MM
        scale = min(area_w / span_w, area_h / span_h, 1.0)
        left = margin + (area_w - span_w * scale) / 2
        min_x, min_y = min(xs), min(ys)

        def at(point: tuple[float, float]) -> tuple[float, float]:
            # Layout y grows downwards; the page's upwards.
            x, y = point
            return (
                left + (x - min_x + CARD_WIDTH / 2) * scale,
                top - (y - min_y + CARD_HEIGHT / 2) * scale,
            )

        # Cards grow into the room the drawing leaves between them (grandalf spaces them for
        # the kiosk's screen): larger type, read from a metre.
        grow = _room(list(positions.values())) / CARD_WIDTH
        scale_card = scale * grow
        for link in governance.links:
            _link(
                canvas,
                at(positions[link.source_id]),
                at(positions[link.target_id]),
                scale_card,
                words.link(link.kind),
            )
        for card in governance.bodies:
            _card(canvas, card.kind, words.cards[card.id], at(positions[card.id]), scale_card)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT_REGULAR, 11)
    canvas.drawString(margin, margin / 2, words.footer)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _room(points: list[tuple[float, float]]) -> float:
    """How wide a card may be drawn (in layout units) and keep clear of its neighbours: those
    beside it limit its width, those above or below its height (kept in proportion)."""
    widest = CARD_WIDTH * MAX_GROW
    for index, (x, y) in enumerate(points):
        for ox, oy in points[index + 1 :]:
            dx, dy = abs(ox - x), abs(oy - y)
            if dy < CARD_HEIGHT * MAX_GROW:
                widest = min(widest, dx - CARD_GAP)
            elif dx < CARD_WIDTH * MAX_GROW:
                widest = min(widest, (dy - CARD_GAP) * CARD_WIDTH / CARD_HEIGHT)
    return max(CARD_WIDTH, widest)


def _card(
    canvas: Canvas, kind: str, words: CardWords, centre: tuple[float, float], scale: float
) -> None:
    w, h = CARD_WIDTH * scale, CARD_HEIGHT * scale
    x, y = centre[0] - w / 2, centre[1] - h / 2
    radius = 14 * scale
    canvas.setLineWidth(max(0.8, 2 * scale))
    canvas.setStrokeColor(BORDER)
    canvas.setFillColor(white)
    canvas.roundRect(x, y, w, h, radius, stroke=1, fill=1)
    canvas.setFillColor(HexColor(KIND_COLOURS.get(kind, "#5C5866")))
    canvas.rect(x + radius / 2, y + h - 12 * scale, w - radius, 12 * scale, stroke=0, fill=1)
    pad = 18 * scale
    inner = w - 2 * pad
    canvas.setFillColor(INK)
    title = fit_text(words.title, FONT_BOLD, width=inner, max_size=34 * scale, min_size=26 * scale)
    line_y = y + h - 12 * scale - pad
    for line in title.lines:
        line_y -= title.size
        canvas.setFont(FONT_BOLD, title.size)
        canvas.drawString(x + pad, line_y, line)
    canvas.setFillColor(MUTED)
    purpose = fit_text(
        words.purpose, FONT_REGULAR, width=inner, max_size=26 * scale, min_size=22 * scale
    )
    line_y -= 6 * scale
    for line in purpose.lines:
        line_y -= purpose.size * 1.1
        canvas.setFont(FONT_REGULAR, purpose.size)
        canvas.drawString(x + pad, line_y, line)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 24 * scale)
    canvas.drawString(x + pad, y + pad, words.people)


def _link(
    canvas: Canvas,
    start: tuple[float, float],
    end: tuple[float, float],
    scale: float,
    label: str,
) -> None:
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    half_w, half_h = CARD_WIDTH * scale / 2 + 2, CARD_HEIGHT * scale / 2 + 2
    cut = min(half_w / abs(ux) if ux else math.inf, half_h / abs(uy) if uy else math.inf)
    cut = min(cut, length / 2 - 1)
    x1, y1 = start[0] + ux * cut, start[1] + uy * cut
    x2, y2 = end[0] - ux * cut, end[1] - uy * cut
    canvas.setStrokeColor(MUTED)
    canvas.setFillColor(MUTED)
    canvas.setLineWidth(max(1.0, 3 * scale))
    canvas.line(x1, y1, x2, y2)
    head = max(6.0, 18 * scale)
    angle = math.atan2(y2 - y1, x2 - x1)
    path = canvas.beginPath()
    path.moveTo(x2, y2)
    path.lineTo(x2 - head * math.cos(angle - 0.45), y2 - head * math.sin(angle - 0.45))
    path.lineTo(x2 - head * math.cos(angle + 0.45), y2 - head * math.sin(angle + 0.45))
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    size = max(9.0, 20 * scale)
    label_w = text_width(label, FONT_BOLD, size) + size
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    canvas.setFillColor(PAPER)
    canvas.setLineWidth(max(0.6, 1.5 * scale))
    canvas.roundRect(mx - label_w / 2, my - size * 0.8, label_w, size * 1.6, size * 0.8, 1, 1)
    canvas.setFillColor(INK)
    _centred(canvas, label, (FONT_BOLD, size), (mx, my - size * 0.35))
