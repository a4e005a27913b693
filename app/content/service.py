"""Reading content pages (published by the hub, seeded by the demo antenne).

A page is one slug in several languages; a page missing in the asked language falls back to
French, the reference text.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select

from app.content.types import Page, PageSummary
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from app.events import PageRead
from db.models import ContentKind, ContentPage

FALLBACK_LANGUAGE = "fr"


def list_pages(ctx: AppContext, language: str, kinds: Iterable[str]) -> list[PageSummary]:
    """The pages of `kinds` in `language` (French where a translation is missing), in order."""
    wanted = [ContentKind(kind) for kind in kinds]
    query = select(ContentPage).where(
        ContentPage.kind.in_(wanted),
        ContentPage.language.in_({language, FALLBACK_LANGUAGE}),
        ContentPage.deleted_at.is_(None),
    )
    with ctx.db.transaction() as session:
        rows = session.scalars(query).all()
        by_slug: dict[str, ContentPage] = {}
        for row in rows:
            if row.slug not in by_slug or row.language == language:
                by_slug[row.slug] = row
        pages = [
            PageSummary(
                slug=row.slug,
                language=row.language,
                kind=str(row.kind),
                title=row.title,
                summary=row.summary,
                position=row.position,
            )
            for row in by_slug.values()
        ]
    kind_order = {kind: index for index, kind in enumerate(wanted)}
    return sorted(pages, key=lambda p: (kind_order[ContentKind(p.kind)], p.position, p.slug))


def get_page(ctx: AppContext, slug: str, language: str) -> Page:
    query = select(ContentPage).where(
        ContentPage.slug == slug,
        ContentPage.language.in_({language, FALLBACK_LANGUAGE}),
        ContentPage.deleted_at.is_(None),
    )
    with ctx.db.transaction() as session:
        rows = session.scalars(query).all()
        if not rows:
            raise NotFoundError(
                Message(
                    "Content", QT_TRANSLATE_NOOP("Content", "This page is no longer available.")
                )
            )
        row = next((r for r in rows if r.language == language), rows[0])
        return Page(
            slug=row.slug,
            language=row.language,
            kind=str(row.kind),
            title=row.title,
            markdown=row.markdown,
            version=row.version,
        )


def page_read(ctx: AppContext, person_id: uuid.UUID, slug: str, kind: str) -> None:
    """A person known to the kiosk (badge scanned, checked in) read a page: announced, for the
    member journey ("booklet read"). Nothing is stored about reading itself."""
    ctx.events.publish(ctx, PageRead(person_id=person_id, slug=slug, kind=kind))
