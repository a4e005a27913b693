"""What every printed PDF of the kiosk shares: the font, the ink, millimetres, fitted text, dates
in the reader's language and vector QR codes (reportlab).

Badges, the welcome certificate and the voting slips and minutes are drawn with it, so they
look like one family. It knows nothing of what they print.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4

LANGUAGES = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "fr"

FONT_REGULAR = "AtkinsonHyperlegible"
FONT_BOLD = "AtkinsonHyperlegible-Bold"
INK = Color(0x1D / 255, 0x1B / 255, 0x26 / 255)
LINE_HEIGHT = 1.12

NARROW_NO_BREAK_SPACE = "\u202f"
"""French typography's space before ; : ! ? and inside « » (docs/architecture.md,
"Languages"). Atkinson Hyperlegible has no glyph for it: `register_fonts` draws it with the
space's, a sixth of an em wide."""
NARROW_SPACE_WIDTH = 167
"""Its width, in thousandths of an em (a space is 280 in Atkinson Hyperlegible)."""

_BREAKING_SPACES = re.compile(r"[^\S\u00a0\u202f\u2007]+")
"""Whitespace a line may break at: all but the no-break spaces."""


def date_label(day: date, language: str) -> str:
    """A day as the person reads it ("26 novembre 2026", "26 november 2026", "November 26, …")."""
    from babel.dates import format_date  # loads locale data: only when a date is printed

    locale = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return str(format_date(day, format="long", locale=locale))


# -- Fonts and text fitting -------------------------------------------------------------------


@cache
def register_fonts() -> None:
    """Register Atkinson Hyperlegible with reportlab (once per process)."""
    from fontpkg_atkinson_hyperlegible import ROOT

    files = ROOT / "files"
    for name, file in (
        (FONT_REGULAR, "AtkinsonHyperlegible-Regular.ttf"),
        (FONT_BOLD, "AtkinsonHyperlegible-Bold.ttf"),
    ):
        font = TTFont(name, str(files / file))
        _draw_narrow_space(font)
        pdfmetrics.registerFont(font)


def _draw_narrow_space(font: TTFont) -> None:
    """Give U+202F the space's glyph at `NARROW_SPACE_WIDTH`: without a glyph of its own,
    reportlab would draw the font's "missing" box. The PDF keeps the character itself (its
    text reads, copies and searches as typed); reportlab does the same for U+00A0."""
    face = font.face
    face.charToGlyph[ord(NARROW_NO_BREAK_SPACE)] = face.charToGlyph[ord(" ")]
    face.charWidths[ord(NARROW_NO_BREAK_SPACE)] = NARROW_SPACE_WIDTH


def words(text: str) -> list[str]:
    """`text` cut where a line may break: at its spaces, never at a no-break one (French
    punctuation stays with its word)."""
    return [word for word in _BREAKING_SPACES.split(text) if word]


def markup(text: str) -> str:
    """`text` escaped for a reportlab `Paragraph`. Paragraphs break lines at U+202F (and
    draw it as a space): a no-break space, which they keep from breaking, takes its place."""
    return html.escape(text).replace(NARROW_NO_BREAK_SPACE, "\u00a0")


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


@dataclass(frozen=True)
class Fitted:
    """Text set in one or two lines at one size."""

    lines: tuple[str, ...]
    size: float
    font: str

    @property
    def width(self) -> float:
        return max(text_width(line, self.font, self.size) for line in self.lines)

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE_HEIGHT


def fit_text(
    text: str, font: str, *, width: float, max_size: float, min_size: float, max_lines: int = 2
) -> Fitted:
    """Set `text` within `width`: one line as large as possible up to `max_size`; below
    `min_size`, two lines (broken at a space or after a hyphen) at up to `min_size`; and if even
    that overflows, whatever size fits. The result never overflows `width`."""
    register_fonts()
    text = " ".join(words(text))
    unit = text_width(text, font, 1) if text else 0.0
    if unit * min_size <= width or max_lines < 2:
        size = max_size if unit == 0 else min(max_size, _floor(width / unit))
        return Fitted((text,), size, font)
    best: tuple[float, tuple[str, ...]] | None = None
    for first, second in _splits(text):
        widest = max(text_width(first, font, 1), text_width(second, font, 1))
        if best is None or widest < best[0]:
            best = (widest, (first, second))
    if best is None or best[0] >= unit:  # nowhere to break, or breaking does not help
        return Fitted((text,), _floor(width / unit), font)
    return Fitted(best[1], min(min_size, _floor(width / best[0])), font)


def _splits(text: str) -> list[tuple[str, str]]:
    splits = []
    for index, char in enumerate(text):
        if char == " ":
            splits.append((text[:index], text[index + 1 :]))
        elif char == "-" and 0 < index < len(text) - 1:
            splits.append((text[: index + 1], text[index + 1 :]))
    return splits


def _floor(size: float) -> float:
    # Quarter points, rounded down: never a hair wider than the space.
    return int(size * 4) / 4


# -- QR codes ---------------------------------------------------------------------------------


def qr_rectangles(matrix: Sequence[Sequence[bool]]) -> list[tuple[int, int, int, int]]:
    """The dark modules as few rectangles (column, row, width, height), in modules, row 0 at
    the top: horizontal runs, merged with the same run in the rows below."""
    done: list[tuple[int, int, int, int]] = []
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) → first row
    for row_index, row in enumerate([*matrix, []]):
        runs = set()
        start = -1
        for col, dark in enumerate(row):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                runs.add((start, col))
                start = -1
        if start >= 0:
            runs.add((start, len(row)))
        for run in list(open_runs):
            if run not in runs:
                first = open_runs.pop(run)
                done.append((run[0], first, run[1] - run[0], row_index - first))
        for run in runs:
            open_runs.setdefault(run, row_index)
    return done


def draw_qr(
    canvas: Canvas, matrix: Sequence[Sequence[bool]], x: float, y: float, module: float
) -> None:
    """Draw a QR matrix as one filled path of vector rectangles, its bottom-left corner at
    (x, y): sharp on any printer, a few hundred path operators."""
    top = y + len(matrix) * module
    # Written as PDF operators directly: reportlab's path object formats every number through
    # a slow pure-Python routine, and a symbol has a hundred-odd rectangles.
    operators = [
        f"{x + col * module:.3f} {top - (row + rows) * module:.3f} "
        f"{cols * module:.3f} {rows * module:.3f} re"
        for col, row, cols, rows in qr_rectangles(matrix)
    ]
    canvas.setFillColor(INK)
    canvas.addLiteral("\n".join(operators) + "\nf")
