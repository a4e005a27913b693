"""Printable badges: one PDF page per label, or sheets of several badges (reportlab).

Every badge carries the first name (large, fitted to the card), the last name, the antenne, the
role in the person's language, the QR code of the token, the person's photo only when the
caller passes one (it does so only with consent), and the day on visitor badges.

The QR code is drawn as vector rectangles (one path of horizontal runs of dark modules), never
as a raster image: it stays sharp on any printer and costs a few hundred path operators. Tokens
are 31 characters of the QR alphanumeric set, which fits version 2 (25 × 25 modules) at error
correction level M (38 characters; level Q holds only 29). With the 4-module quiet zone, that
is 33 modules: 19.8 mm at 0.6 mm per module.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app import log
from app.badges.qr import qr_matrix
from app.badges.types import IssuedBadge
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.pdf_kit import (
    DEFAULT_LANGUAGE,
    FONT_BOLD,
    FONT_REGULAR,
    INK,
    LANGUAGES,
    LINE_HEIGHT,
    MM,
    Fitted,
    date_label,
    draw_qr,
    fit_text,
    register_fonts,
)

QUIET_MODULES = 4

# What the badge prints as the role, in the person's language: the one table of it.
ROLE_LABELS: dict[str, dict[str, str]] = {
    "shareholder": {"fr": "Sociétaire", "nl": "Vennoot", "en": "Shareholder"},
    "member": {"fr": "Membre", "nl": "Lid", "en": "Member"},
    "visitor": {"fr": "Visiteur·euse", "nl": "Bezoeker", "en": "Visitor"},
    "facilitator": {"fr": "Facilitateur·rice", "nl": "Begeleider", "en": "Facilitator"},
}
WHITE = Color(1, 1, 1)
CUT_LINE = Color(0.8, 0.8, 0.8)


@dataclass(frozen=True)
class BadgeCard:
    """What one printed badge shows. Build it with `card_for`."""

    first_name: str
    last_name: str
    antenna: str
    role_label: str
    token: str
    photo: bytes | None = None
    date_label: str | None = None

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return f"BadgeCard(first_name={self.first_name!r}, role_label={self.role_label!r})"


@dataclass(frozen=True)
class Layout:
    """A badge format: the page, the cards on it, and the sizes that suit the card.

    Lengths in points (1/72 in). `positions` are the lower-left corners of the cards on a page,
    in printing order (left to right, top to bottom).
    """

    name: str
    page_size: tuple[float, float]
    card_size: tuple[float, float]
    positions: tuple[tuple[float, float], ...]
    module: float
    """Side of one QR module."""
    margin: float
    name_size: float
    """The largest size of the first name; every other size follows from it."""
    cut_lines: bool = False

    @property
    def cards_per_page(self) -> int:
        return len(self.positions)

    @property
    def portrait(self) -> bool:
        return self.card_size[1] > self.card_size[0]


def _label(name: str, width_mm: float, height_mm: float, **sizes: Any) -> Layout:
    size = (width_mm * MM, height_mm * MM)
    return Layout(name=name, page_size=size, card_size=size, positions=((0.0, 0.0),), **sizes)


def _a4_sheet() -> Layout:
    # 2 columns × 4 rows of 90 × 60 mm cards (badge-holder inserts), 10 mm gutters to cut.
    card_w, card_h = 90 * MM, 60 * MM
    gutter_x, gutter_y = 10 * MM, 8 * MM
    left = (A4[0] - 2 * card_w - gutter_x) / 2
    bottom = (A4[1] - 4 * card_h - 3 * gutter_y) / 2
    positions = tuple(
        (left + column * (card_w + gutter_x), bottom + (3 - row) * (card_h + gutter_y))
        for row in range(4)
        for column in range(2)
    )
    return Layout(
        name="a4-8",
        page_size=(float(A4[0]), float(A4[1])),
        card_size=(card_w, card_h),
        positions=positions,
        module=0.6 * MM,
        margin=4 * MM,
        name_size=30,
        cut_lines=True,
    )


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        # Brother DK-11202 die-cut label, portrait.
        _label("62x100", 62, 100, module=0.75 * MM, margin=4 * MM, name_size=30),
        # Dymo 99014 shipping label, portrait.
        _label("54x101", 54, 101, module=0.7 * MM, margin=3.5 * MM, name_size=28),
        # ISO/IEC 7810 ID-1 card, landscape.
        _label("cr80", 85.6, 54, module=0.6 * MM, margin=3.5 * MM, name_size=26),
        _a4_sheet(),
    )
}


# -- Cards ------------------------------------------------------------------------------------


def role_label(role: str, language: str) -> str:
    labels = ROLE_LABELS.get(role, ROLE_LABELS["member"])
    return labels.get(language, labels[DEFAULT_LANGUAGE])


def card_for(issued: IssuedBadge, *, photo: bytes | None, today: date) -> BadgeCard:
    """The card of a badge just issued, in the holder's language. Pass `photo` only with the
    person's consent (`service.badge_photo` checks it). Visitor badges print their day."""
    holder = issued.holder
    language = holder.language if holder.language in LANGUAGES else DEFAULT_LANGUAGE
    day = issued.valid_on or (today if holder.role == "visitor" else None)
    return BadgeCard(
        first_name=holder.first_name,
        last_name=holder.last_name,
        antenna=holder.antenna,
        role_label=role_label(holder.role, language),
        token=issued.token,
        photo=photo,
        date_label=date_label(day, language) if day is not None else None,
    )


# -- Drawing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """One item of a card's text column."""

    fitted: Fitted
    gap_before: float
    pill: bool = False


def render_badges(cards: Sequence[BadgeCard], layout: str) -> bytes:
    """A PDF of `cards` on `layout` (one card per page for labels, 8 per A4 sheet)."""
    if not cards:
        raise InvalidInputError(
            Message("Badges", QT_TRANSLATE_NOOP("Badges", "There is no badge to print."))
        )
    try:
        chosen = LAYOUTS[layout]
    except KeyError:
        raise InvalidInputError(
            Message(
                "Badges",
                QT_TRANSLATE_NOOP("Badges", "Unknown badge layout {layout}: use one of {known}."),
                {"layout": layout, "known": ", ".join(LAYOUTS)},
            )
        ) from None
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=chosen.page_size, invariant=True, pageCompression=1)
    canvas.setTitle("Badges")
    canvas.setCreator("Antenne")
    per_page = chosen.cards_per_page
    for index, card in enumerate(cards):
        if index and index % per_page == 0:
            canvas.showPage()
        x, y = chosen.positions[index % per_page]
        _draw_card(canvas, card, chosen, x, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_badge(card: BadgeCard, layout: str) -> bytes:
    """A PDF of one badge."""
    return render_badges([card], layout)


def _draw_card(canvas: Canvas, card: BadgeCard, layout: Layout, x: float, y: float) -> None:
    width, height = layout.card_size
    margin = layout.margin
    if layout.cut_lines:
        canvas.setStrokeColor(CUT_LINE)
        canvas.setLineWidth(0.3)
        canvas.rect(x, y, width, height, stroke=1, fill=0)

    matrix = qr_matrix(card.token)
    module = layout.module
    qr_box = (len(matrix) + 2 * QUIET_MODULES) * module
    # The quiet zone is white paper: it may reach into the margin, not beyond the card.
    edge = 1 * MM
    if layout.portrait:
        qr_x, qr_y = x + (width - qr_box) / 2, y + edge
        column = (
            x + margin,
            y + qr_box + edge,
            width - 2 * margin,
            height - qr_box - edge - margin,
        )
        photo_box = None
        if card.photo:
            photo_h = column[3] * 0.34
            photo_box = (x + (width - photo_h * 0.8) / 2, 0.0, photo_h * 0.8, photo_h)
    else:
        qr_x, qr_y = x + width - edge - qr_box, y + edge
        column = (x + margin, y + margin, qr_x - 1 * MM - (x + margin), height - 2 * margin)
        photo_box = None
        if card.photo:
            photo_w = qr_box - 2 * QUIET_MODULES * module
            room = height - margin - (qr_y - y) - qr_box - edge
            photo_h = min(room, photo_w * 1.25)
            photo_box = (
                qr_x + QUIET_MODULES * module,
                y + height - margin - photo_h,
                photo_w,
                photo_h,
            )
    draw_qr(canvas, matrix, qr_x + QUIET_MODULES * module, qr_y + QUIET_MODULES * module, module)
    _draw_text(canvas, card, layout, column, photo_box)


def _text_blocks(card: BadgeCard, layout: Layout, width: float, scale: float) -> list[_Block]:
    size = layout.name_size * scale
    blocks = []
    if card.antenna:
        blocks.append(
            _Block(
                fit_text(
                    card.antenna,
                    FONT_REGULAR,
                    width=width,
                    max_size=0.36 * size,
                    min_size=0.3 * size,
                    max_lines=1,
                ),
                0,
            )
        )
    blocks.append(
        _Block(
            fit_text(card.first_name, FONT_BOLD, width=width, max_size=size, min_size=0.62 * size),
            0.2 * size,
        )
    )
    if card.last_name:
        blocks.append(
            _Block(
                fit_text(
                    card.last_name,
                    FONT_REGULAR,
                    width=width,
                    max_size=0.55 * size,
                    min_size=0.42 * size,
                ),
                0.05 * size,
            )
        )
    pill_pad = 0.18 * size
    blocks.append(
        _Block(
            fit_text(
                card.role_label,
                FONT_BOLD,
                width=width - 2 * pill_pad,
                max_size=0.4 * size,
                min_size=0.3 * size,
                max_lines=1,
            ),
            0.3 * size,
            pill=True,
        )
    )
    if card.date_label:
        blocks.append(
            _Block(
                fit_text(
                    card.date_label,
                    FONT_REGULAR,
                    width=width,
                    max_size=0.36 * size,
                    min_size=0.3 * size,
                    max_lines=1,
                ),
                0.2 * size,
            )
        )
    return blocks


def _block_height(block: _Block) -> float:
    extra = 0.5 * block.fitted.size if block.pill else 0.0
    return block.gap_before + block.fitted.height + extra


def _draw_text(
    canvas: Canvas,
    card: BadgeCard,
    layout: Layout,
    column: tuple[float, float, float, float],
    photo_box: tuple[float, float, float, float] | None,
) -> None:
    left, bottom, width, height = column
    photo_height = 0.0
    if photo_box is not None and layout.portrait:
        photo_height = photo_box[3] + 0.15 * layout.name_size
    # Shrink everything together until the column holds it: nothing ever leaves the card.
    scale = 1.0
    blocks = _text_blocks(card, layout, width, scale)
    while sum(map(_block_height, blocks)) + photo_height > height and scale > 0.2:
        scale *= 0.9
        if photo_box is not None and layout.portrait:
            photo_box = (
                left + (width - photo_box[2] * 0.9) / 2,
                0.0,
                photo_box[2] * 0.9,
                photo_box[3] * 0.9,
            )
            photo_height = photo_box[3] + 0.15 * layout.name_size * scale
        blocks = _text_blocks(card, layout, width, scale)
    total = sum(map(_block_height, blocks)) + photo_height
    cursor = bottom + height - max(0.0, (height - total) / 2)  # centred in the column

    if photo_box is not None and card.photo:
        if layout.portrait:
            antenna_first = blocks[0] if card.antenna else None
            if antenna_first is not None:
                cursor = _draw_block(
                    canvas, antenna_first, layout, left=left, width=width, top=cursor
                )
                blocks = blocks[1:]
            photo_box = (
                photo_box[0],
                cursor - photo_box[3] - 0.05 * layout.name_size,
                *photo_box[2:],
            )
            cursor -= photo_height
        _draw_photo(canvas, card.photo, photo_box)
    for block in blocks:
        cursor = _draw_block(canvas, block, layout, left=left, width=width, top=cursor)


def _draw_block(
    canvas: Canvas, block: _Block, layout: Layout, *, left: float, width: float, top: float
) -> float:
    fitted = block.fitted
    cursor = top - block.gap_before
    centred = layout.portrait
    if block.pill:
        pad = 0.36 * fitted.size
        label_width = fitted.width
        box_w, box_h = label_width + 2 * pad, fitted.size * (LINE_HEIGHT + 0.5)
        box_x = left + (width - box_w) / 2 if centred else left
        canvas.setFillColor(INK)
        canvas.roundRect(box_x, cursor - box_h, box_w, box_h, box_h / 4, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(fitted.font, fitted.size)
        baseline = cursor - box_h + 0.25 * fitted.size + 0.22 * fitted.size * LINE_HEIGHT
        canvas.drawString(box_x + pad, baseline, fitted.lines[0])
        return cursor - box_h
    canvas.setFillColor(INK)
    canvas.setFont(fitted.font, fitted.size)
    for line in fitted.lines:
        cursor -= fitted.size * LINE_HEIGHT
        baseline = cursor + 0.22 * fitted.size * LINE_HEIGHT
        if centred:
            canvas.drawCentredString(left + width / 2, baseline, line)
        else:
            canvas.drawString(left, baseline, line)
    return cursor


def _draw_photo(canvas: Canvas, photo: bytes, box: tuple[float, float, float, float]) -> None:
    from reportlab.lib.utils import ImageReader

    x, y, width, height = box
    try:
        canvas.drawImage(
            ImageReader(io.BytesIO(photo)),
            x,
            y,
            width,
            height,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
    except Exception:  # a damaged photo must not stop the badge from printing
        log.printing.warning("badge photo could not be drawn", exc_info=True)
