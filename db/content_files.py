"""Content pages as files: `db/content/{fr,nl,en}/<slug>.md` → `ContentPage` rows.

The demo antenne (and a kiosk with no hub) loads the booklet, the statutes in brief and the
stories from these files; on a real kiosk the hub publishes them. The front matter is a few
`key: value` lines, not YAML, so that French typography (`title: C'est quoi Smart ?`) needs no
quoting and the data layer needs no YAML dependency. See `db/content/README.md`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from app.clock import utcnow, uuid7

CONTENT_LANGUAGES = ("fr", "nl", "en")
PAGE_KINDS = ("booklet", "statutes", "story", "page")
REQUIRED_KEYS = ("title", "kind", "order", "summary")
_FENCE = "---"


def default_content_dir() -> Traversable:
    """`db/content`: the pages shipped inside the data layer's package."""
    return files("db") / "content"


class ContentFileError(ValueError):
    """A content file is malformed: a bug in the shipped resources, reported with its path."""

    def __init__(self, path: Traversable, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


@dataclass(frozen=True)
class ContentFile:
    slug: str
    language: str
    title: str
    kind: str
    order: int
    summary: str
    # The Markdown body, without the front matter.
    markdown: str

    @property
    def digest(self) -> str:
        """A short fingerprint of everything shown, to tell whether a stored page is outdated."""
        text = "\n".join((self.title, self.kind, str(self.order), self.summary, self.markdown))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_content_file(path: Traversable, *, language: str) -> ContentFile:
    """Read one page; raise `ContentFileError` if its front matter is missing or incomplete."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise ContentFileError(path, "no front matter (the file must start with ---)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise ContentFileError(path, "front matter is not closed by ---") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise ContentFileError(path, f"line {number}: expected 'key: value'")
        meta[key.strip()] = value.strip()
    missing = [key for key in REQUIRED_KEYS if not meta.get(key)]
    if missing:
        raise ContentFileError(path, f"missing {', '.join(missing)} in the front matter")
    if meta["kind"] not in PAGE_KINDS:
        raise ContentFileError(path, f"kind must be one of {', '.join(PAGE_KINDS)}")
    try:
        order = int(meta["order"])
    except ValueError:
        raise ContentFileError(path, "order must be an integer") from None
    return ContentFile(
        slug=PurePath(path.name).stem,
        language=language,
        title=meta["title"],
        kind=meta["kind"],
        order=order,
        summary=meta["summary"],
        markdown="\n".join(lines[end + 1 :]).strip() + "\n",
    )


def _page_files(folder: Traversable) -> list[Traversable]:
    """The `*.md` files of `folder` by name, none if it is missing (a language may lack pages).
    Hidden files, such as an editor's lock file `.#faq.md`, are not pages."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.iterdir()
        if path.name.endswith(".md") and not path.name.startswith(".") and path.is_file()
    ]
    return sorted(found, key=lambda path: path.name)


def read_content_dir(content_dir: Traversable | None = None) -> list[ContentFile]:
    """Every page of every language, sorted by (order, slug, language) so loading is stable."""
    content_dir = content_dir or default_content_dir()
    pages = [
        parse_content_file(path, language=language)
        for language in CONTENT_LANGUAGES
        for path in _page_files(content_dir / language)
    ]
    pages.sort(key=lambda page: (page.order, page.slug, CONTENT_LANGUAGES.index(page.language)))
    return pages


def missing_translations(pages: list[ContentFile]) -> dict[str, list[str]]:
    """Slugs that some language lacks: `{language: [slug, ...]}` (empty when complete)."""
    slugs = {page.slug for page in pages}
    gaps: dict[str, list[str]] = {}
    for language in CONTENT_LANGUAGES:
        have = {page.slug for page in pages if page.language == language}
        if slugs - have:
            gaps[language] = sorted(slugs - have)
    return gaps


def load_content_pages(
    connection: Connection,
    content_dir: Traversable | None = None,
    *,
    new_id: Callable[[], uuid.UUID] = uuid7,
    now: datetime | None = None,
    origin: str = "",
    hlc: str = "",
) -> int:
    """Store the pages of `content_dir` as `ContentPage` rows; returns how many were written.

    A page not stored yet is inserted at version 1; a stored page whose text differs is
    updated and its version bumped; an unchanged page is left alone, so loading twice writes
    nothing. Takes a Core connection (`session.connection()` from a session) and writes through
    Core, without outbox rows, on purpose: content pages are hub-authoritative, a kiosk never
    sends them, it only seeds them locally (demo antenne, kiosk without a hub).
    """
    from db.models import ContentKind, ContentPage

    table = cast(Table, ContentPage.__table__)
    now = now or utcnow()
    stored = {
        (row.slug, row.language): row
        for row in connection.execute(
            select(
                table.c.id,
                table.c.slug,
                table.c.language,
                table.c.kind,
                table.c.title,
                table.c.summary,
                table.c.markdown,
                table.c.position,
                table.c.version,
            )
        )
    }
    inserts: list[dict[str, Any]] = []
    written = 0
    for page in read_content_dir(content_dir):
        values = {
            "kind": ContentKind(page.kind),
            "title": page.title,
            "summary": page.summary,
            "markdown": page.markdown,
            "position": page.order,
        }
        old = stored.get((page.slug, page.language))
        if old is None:
            inserts.append(
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "hlc": hlc,
                    "origin": origin,
                    "deleted_at": None,
                    "slug": page.slug,
                    "language": page.language,
                    "version": 1,
                    **values,
                }
            )
        elif any(getattr(old, key) != value for key, value in values.items()):
            connection.execute(
                update(table)
                .where(table.c.id == old.id)
                .values(version=old.version + 1, updated_at=now, hlc=hlc, **values)
            )
            written += 1
    if inserts:
        connection.execute(insert(table), inserts)
    return written + len(inserts)
