"""Printed badges: every layout decodes at printer and preview resolutions, names fit."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from app.badges import service
from app.badges.pdf import (
    LAYOUTS,
    ROLE_LABELS,
    BadgeCard,
    card_for,
    render_badge,
    render_badges,
)
from app.context import AppContext
from app.errors import InvalidInputError
from app.pdf_kit import FONT_BOLD, MM, fit_text
from tests.unit.badges.conftest import LONG_FIRST, LONG_LAST, People, add_person

TODAY = date(2026, 6, 10)
NOON = datetime(2026, 6, 10, 10, tzinfo=UTC)


def pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    return images


def page_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def decoded(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("dpi", [300, 150])
def test_every_layout_decodes_to_the_person(
    ctx: AppContext, people: People, layout: str, dpi: int
) -> None:
    issued = service.issue_badge(ctx, people.shareholder, layout=layout)
    pdf = render_badge(card_for(issued, photo=None, today=TODAY), layout)
    (image,) = pages(pdf, dpi)
    assert decoded(image) == [issued.token]
    assert service.verify_badge(ctx, decoded(image)[0]).person_id == people.shareholder


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_long_name_fits_inside_the_card(ctx: AppContext, people: People, layout: str) -> None:
    issued = service.issue_badge(ctx, people.shareholder, layout=layout, now=NOON)
    card = card_for(issued, photo=None, today=TODAY)
    assert (card.first_name, card.last_name) == (LONG_FIRST, LONG_LAST)
    spec = LAYOUTS[layout]
    (image,) = pages(render_badge(card, layout), 150)
    pixels = image.load()
    assert pixels is not None
    scale = 150 / 72
    strip = int(1.5 * MM * scale)  # nothing printed within 1.5 mm of a card's edge
    for x0, y0 in spec.positions[:1]:
        left = int(x0 * scale)
        top = int((spec.page_size[1] - y0 - spec.card_size[1]) * scale)
        right = int((x0 + spec.card_size[0]) * scale)
        bottom = int((spec.page_size[1] - y0) * scale)
        inside = image.crop((left + 2, top + 2, right - 2, bottom - 2))
        assert inside.getextrema()[0] < 100  # something was printed
        for box in (
            (left + 2, top + 2, left + strip, bottom - 2),
            (right - strip, top + 2, right - 2, bottom - 2),
            (left + 2, top + 2, right - 2, top + strip),
            (left + 2, bottom - strip, right - 2, bottom - 2),
        ):
            assert image.crop(box).getextrema()[0] > 180, (layout, box)
    # Outside the first card of a sheet, the page stays blank (a light cut line at most).
    if spec.cards_per_page > 1:
        x0, y0 = spec.positions[1]
        other = image.crop(
            (
                int(x0 * scale) + 2,
                int((spec.page_size[1] - y0 - spec.card_size[1]) * scale) + 2,
                int((x0 + spec.card_size[0]) * scale) - 2,
                int((spec.page_size[1] - y0) * scale) - 2,
            )
        )
        assert other.getextrema()[0] > 180
    text = page_text(render_badge(card, layout))
    assert "Évangéline" in text and "Lauraguais" in text


def test_fitting_never_overflows() -> None:
    width = 40 * MM
    for text in (
        "Camille",
        LONG_FIRST,
        LONG_LAST,
        "Wolfeschlegelsteinhausenbergerdorff-Ouellette-Vandenbroucke",
        "X" * 120,
        "",
    ):
        fitted = fit_text(text, FONT_BOLD, width=width, max_size=30, min_size=18)
        assert fitted.width <= width + 1e-6
        assert 1 <= len(fitted.lines) <= 2
        assert " ".join(fitted.lines).replace("- ", "-") == text or fitted.lines == (text,)
    short = fit_text("Léa", FONT_BOLD, width=width, max_size=30, min_size=18)
    assert short.size == 30 and short.lines == ("Léa",)
    two = fit_text(LONG_LAST, FONT_BOLD, width=width, max_size=30, min_size=18)
    assert len(two.lines) == 2 and two.size <= 18


def test_a_sheet_of_nine_is_two_pages(ctx: AppContext, people: People) -> None:
    others = [add_person(ctx, f"Personne{index}", "Batch") for index in range(4)]
    everyone = [people.member, people.shareholder, people.visitor, people.facilitator]
    everyone += [people.dutch, *others]
    issued = service.issue_badges(ctx, everyone, layout="a4-8", now=NOON)
    cards = [card_for(badge, photo=None, today=TODAY) for badge in issued]
    pdf = render_badges(cards, "a4-8")
    first, second = pages(pdf, 200)
    tokens = decoded(first)
    assert sorted(tokens) == sorted(badge.token for badge in issued[:8])
    assert {service.verify_badge(ctx, token, now=NOON).person_id for token in tokens} == set(
        everyone[:8]
    )
    assert decoded(second) == [issued[8].token]


def test_the_qr_is_vector_and_the_photo_only_when_given(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member, layout="cr80")
    jpeg = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 60, 20)).save(jpeg, "JPEG")
    without = render_badge(card_for(issued, photo=None, today=TODAY), "cr80")
    with_photo = render_badge(card_for(issued, photo=jpeg.getvalue(), today=TODAY), "cr80")
    assert b"/Subtype /Image" not in without
    assert b"/Subtype /Image" in with_photo

    def reddish(pdf: bytes) -> int:
        document = pdfium.PdfDocument(pdf)
        image = document[0].render(scale=1).to_pil().convert("RGB")
        document.close()
        data = image.tobytes()
        return sum(
            1
            for i in range(0, len(data), 3)
            if data[i] > 150 and data[i + 1] < 100 and data[i + 2] < 80
        )

    assert reddish(without) == 0
    assert reddish(with_photo) > 100
    assert decoded(pages(with_photo, 300)[0]) == [issued.token]


def test_a_damaged_photo_does_not_stop_the_badge(ctx: AppContext, people: People) -> None:
    issued = service.issue_badge(ctx, people.member, layout="62x100")
    pdf = render_badge(card_for(issued, photo=b"not a jpeg", today=TODAY), "62x100")
    assert decoded(pages(pdf, 300)[0]) == [issued.token]


def test_role_and_date_in_the_persons_language(ctx: AppContext, people: People) -> None:
    visitor = service.issue_badge(ctx, people.visitor, now=NOON)  # English
    card = card_for(visitor, photo=None, today=TODAY)
    assert (card.role_label, card.date_label) == ("Visitor", "June 10, 2026")
    assert "June 10, 2026" in page_text(render_badge(card, "62x100"))

    shareholder = card_for(service.issue_badge(ctx, people.shareholder), photo=None, today=TODAY)
    assert (shareholder.role_label, shareholder.date_label) == ("Sociétaire", None)
    assert "Sociétaire" in page_text(render_badge(shareholder, "cr80"))
    dutch = card_for(service.issue_badge(ctx, people.dutch), photo=None, today=TODAY)
    assert dutch.role_label == "Lid"
    facilitator = card_for(service.issue_badge(ctx, people.facilitator), photo=None, today=TODAY)
    assert facilitator.role_label == "Facilitateur·rice"
    assert {labels["fr"] for labels in ROLE_LABELS.values()} >= {"Sociétaire", "Visiteur·euse"}


def test_a_french_visitor_badge_prints_the_french_date(ctx: AppContext) -> None:
    person = add_person(ctx, "Léon", "Visite")
    card = card_for(service.issue_badge(ctx, person, now=NOON), photo=None, today=TODAY)
    assert (card.role_label, card.date_label) == ("Visiteur·euse", "10 juin 2026")


def test_nothing_to_print_or_an_unknown_layout_is_refused() -> None:
    card = BadgeCard("A", "B", "Rennes", "Membre", "ANT1-" + "0" * 26)
    with pytest.raises(InvalidInputError):
        render_badges([], "62x100")
    with pytest.raises(InvalidInputError):
        render_badges([card], "a5")
    assert "ANT1" not in repr(card)


@pytest.mark.parametrize(
    ("language", "role"), [("fr", "Sociétaire"), ("nl", "Vennoot"), ("en", "Shareholder")]
)
def test_a_shareholder_badge_prints_the_role_in_the_holders_language(
    ctx: AppContext, language: str, role: str
) -> None:
    from db.models import PersonKind

    person = add_person(
        ctx, "Noor", "Haddad", kind=PersonKind.member, language=language,
        shareholder_since=date(2024, 3, 1),
    )  # fmt: skip
    card = card_for(service.issue_badge(ctx, person), photo=None, today=TODAY)
    text = page_text(render_badge(card, "62x100"))
    assert role in text
    others = {"Sociétaire", "Vennoot", "Shareholder"} - {role}
    assert not any(other in text for other in others)
