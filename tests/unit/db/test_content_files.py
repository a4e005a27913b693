"""The content pages shipped in `db/content/`: well-formed, complete in fr/nl/en."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.content_files import (
    CONTENT_LANGUAGES,
    PAGE_KINDS,
    ContentFileError,
    default_content_dir,
    load_content_pages,
    missing_translations,
    parse_content_file,
    read_content_dir,
)
from db.engine import Database
from db.models import ContentPage

# A kiosk tile shows the title on two lines at most.
TITLE_MAX = 30


def test_every_shipped_page_parses_with_its_front_matter() -> None:
    pages = read_content_dir()
    assert len(pages) >= 4 * len(CONTENT_LANGUAGES)
    for page in pages:
        assert page.title and page.summary and page.markdown.strip()
        assert page.kind in PAGE_KINDS
        assert len(page.title) <= TITLE_MAX, page.title
        assert page.markdown.lstrip().startswith("# "), f"{page.language}/{page.slug}"


def test_every_language_has_the_same_slugs_and_kinds() -> None:
    pages = read_content_dir()
    assert missing_translations(pages) == {}
    by_language = {
        language: {(p.slug, p.kind, p.order) for p in pages if p.language == language}
        for language in CONTENT_LANGUAGES
    }
    assert by_language["fr"] == by_language["nl"] == by_language["en"]


def test_the_booklet_the_statutes_and_two_stories_are_there() -> None:
    french = {p.slug: p for p in read_content_dir() if p.language == "fr"}
    assert french["c-est-quoi-smart"].kind == "booklet"
    assert french["statuts-en-bref"].kind == "statutes"
    assert sum(p.kind == "story" for p in french.values()) >= 2


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("# No front matter\n", "no front matter"),
        ("---\ntitle: T\nkind: booklet\norder: 1\n", "not closed"),
        ("---\ntitle: T\nkind: booklet\norder: 1\n---\nbody\n", "missing summary"),
        ("---\ntitle: T\nkind: poem\norder: 1\nsummary: S\n---\nbody\n", "kind must be"),
        ("---\ntitle: T\nkind: story\norder: one\nsummary: S\n---\nbody\n", "integer"),
    ],
)
def test_a_malformed_page_is_reported_with_its_path(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentFileError, match=problem):
        parse_content_file(path, language="fr")


def test_a_colon_in_a_value_is_kept() -> None:
    page = parse_content_file(default_content_dir() / "fr" / "c-est-quoi-smart.md", language="fr")
    assert page.summary.startswith("Smart en mots simples : ")


def _copy_content(target: Path) -> Path:
    for language in CONTENT_LANGUAGES:
        (target / language).mkdir(parents=True)
        for path in (default_content_dir() / language).iterdir():
            if path.name.endswith(".md"):
                (target / language / path.name).write_bytes(path.read_bytes())
    return target


def test_loading_twice_writes_nothing_and_a_changed_page_gets_a_new_version(
    database: Database, tmp_path: Path
) -> None:
    content = _copy_content(tmp_path / "content")
    with database.engine.begin() as connection:
        assert load_content_pages(connection, content) == len(read_content_dir(content))
    with database.engine.begin() as connection:
        assert load_content_pages(connection, content) == 0

    page = content / "nl" / "statuts-en-bref.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nNieuwe alinea.\n", encoding="utf-8")
    with database.engine.begin() as connection:
        assert load_content_pages(connection, content) == 1
    with database.session() as session:
        versions = {
            (row.slug, row.language): row.version for row in session.scalars(select(ContentPage))
        }
    assert versions[("statuts-en-bref", "nl")] == 2
    assert versions[("statuts-en-bref", "fr")] == 1
