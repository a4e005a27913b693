"""Content pages in fr/nl/en (booklet, statutes summary, stories); hub-authoritative."""

from __future__ import annotations

import enum

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedMixin


class ContentKind(enum.StrEnum):
    page = "page"
    # The plain booklet "C'est quoi / c'est qui Smart".
    booklet = "booklet"
    statutes = "statutes"
    # Stories of collective struggles, cycled on the attract screen.
    story = "story"


class ContentPage(SyncedMixin, Base):
    """One page in one language; the same `slug` ties its translations together."""

    __tablename__ = "content_page"
    __table_args__ = (UniqueConstraint("slug", "language"),)

    slug: Mapped[str] = mapped_column(String(120), index=True)
    language: Mapped[str] = mapped_column(String(2))
    kind: Mapped[ContentKind] = mapped_column(default=ContentKind.page, index=True)
    title: Mapped[str] = mapped_column(String(200))
    # A short line for tiles and the attract screen.
    summary: Mapped[str] = mapped_column(String(400), default="")
    markdown: Mapped[str] = mapped_column(Text, default="")
    # Bumped by the hub on every published change.
    version: Mapped[int] = mapped_column(default=1)
    # Order among pages of the same kind.
    position: Mapped[int] = mapped_column(default=0)
