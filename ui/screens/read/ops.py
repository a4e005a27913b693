"""What the reading screen does and reads: the only module of the screen that reaches a
service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.content.types import Page, PageSummary
    from app.context import AppContext
    from app.printing.types import PrintOutcome
    from ui.navigation import Screen


def load(
    screen: Screen,
    language: str,
    kinds: tuple[str, ...],
    slug: str,
    *,
    success: Callable[[tuple[list[PageSummary], Page | None]], None],
    failure: Callable[[Exception], None],
) -> None:
    """The pages to read and the one asked for (else the first; None when there is none)."""
    run_query(
        screen, lambda ctx: _pages(ctx, language, kinds, slug), success=success, failure=failure
    )


def page_read(screen: Screen, person_id: uuid.UUID, slug: str, kind: str) -> None:
    """A person known to the kiosk read a page (their journey may tick a step)."""
    from app.content.service import page_read

    run_op(screen, lambda ctx: page_read(ctx, person_id, slug, kind))


def print_page(
    screen: Screen,
    pdf: bytes,
    *,
    success: Callable[[PrintOutcome], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.printing.service import print_pdf_document

    run_op(
        screen,
        lambda ctx: print_pdf_document(ctx, pdf, title="page"),
        success=success,
        failure=failure,
    )


def _pages(
    ctx: AppContext, language: str, kinds: tuple[str, ...], slug: str
) -> tuple[list[PageSummary], Page | None]:
    from app.content.service import get_page, list_pages

    pages = list_pages(ctx, language, kinds)
    chosen = slug if any(p.slug == slug for p in pages) else (pages[0].slug if pages else "")
    return pages, (get_page(ctx, chosen, language) if chosen else None)
