"""Badge PDFs (docs/architecture.md, "Performance targets": one badge ≤ 30 ms; 1 000 badges ≤ 1/3 of
a naive loop).

The naive baseline, measured in the same run: for each badge, `qrcode.make` renders the token
to a PNG, and reportlab draws that PNG with `drawImage` beside the same texts. Both write the
1 000 badges into one PDF of 62x100 labels.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Sequence

from _common import emit

from app.badges.pdf import LAYOUTS, BadgeCard, render_badge, render_badges
from app.badges.tokens import new_token
from app.pdf_kit import FONT_BOLD, FONT_REGULAR, MM, register_fonts

BATCH = 1000
ONE_RUNS = 50


def cards(count: int) -> list[BadgeCard]:
    names = [("Camille", "Dupont"), ("Marie-Évangéline", "de La Tour d'Auvergne-Lauraguais")]
    return [
        BadgeCard(
            first_name=names[index % 2][0],
            last_name=names[index % 2][1],
            antenna="Rennes",
            role_label="Sociétaire",
            token=new_token(),
            date_label="10 juin 2026" if index % 3 == 0 else None,
        )
        for index in range(count)
    ]


def naive(batch: Sequence[BadgeCard]) -> bytes:
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    layout = LAYOUTS["62x100"]
    width, height = layout.page_size
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=layout.page_size)
    for card in batch:
        png = io.BytesIO()
        qrcode.make(card.token).save(png)
        png.seek(0)
        side = 26 * MM
        canvas.drawImage(ImageReader(png), (width - side) / 2, 2 * MM, side, side)
        canvas.setFont(FONT_REGULAR, 10)
        canvas.drawCentredString(width / 2, height - 12 * MM, f"Smart · {card.antenna}")
        canvas.setFont(FONT_BOLD, 24)
        canvas.drawCentredString(width / 2, height - 25 * MM, card.first_name)
        canvas.setFont(FONT_REGULAR, 14)
        canvas.drawCentredString(width / 2, height - 33 * MM, card.last_name)
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString(width / 2, height - 42 * MM, card.role_label)
        if card.date_label:
            canvas.setFont(FONT_REGULAR, 10)
            canvas.drawCentredString(width / 2, height - 50 * MM, card.date_label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    register_fonts()
    render_badge(cards(1)[0], "62x100")  # warm-up: fonts parsed, locale data loaded
    one = []
    for card in cards(ONE_RUNS):
        started = time.perf_counter()
        render_badge(card, "62x100")
        one.append((time.perf_counter() - started) * 1000)
    emit("badge_pdf_one", statistics.median(one), "ms", layout="62x100", runs=ONE_RUNS, target=30)

    batch = cards(BATCH)
    started = time.perf_counter()
    ours = render_badges(batch, "62x100")
    ours_s = time.perf_counter() - started
    started = time.perf_counter()
    baseline = naive(batch)
    naive_s = time.perf_counter() - started
    emit(
        "badge_pdf_1000",
        ours_s,
        "s",
        badges=BATCH,
        layout="62x100",
        ratio=round(ours_s / naive_s, 3),
        target_ratio=0.333,
        pdf_kb=len(ours) // 1024,
    )
    emit("badge_pdf_1000_naive", naive_s, "s", badges=BATCH, pdf_kb=len(baseline) // 1024)


if __name__ == "__main__":
    main()
