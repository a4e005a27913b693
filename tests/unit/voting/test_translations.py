"""The explanations' catalogues: every sentence translated into French and Dutch, .mo up to date."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from app.voting.tally.explain import DOMAIN, LOCALE_DIR

SOURCE = Path(__file__).resolve().parents[3] / "app" / "voting" / "tally"
KEYWORDS = {"N_": None, "NP_": (1, 2)}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _source_messages() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(SOURCE), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _catalog(language: str):  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_sentence_has_a_translation(language: str) -> None:
    catalog = _catalog(language)
    translated = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not message.fuzzy and all(strings):
            translated[key] = message
    missing = _source_messages() - set(translated)
    assert not missing, f"untranslated in {language}: {sorted(missing)}"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_translations_keep_their_placeholders(language: str) -> None:
    for message in _catalog(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        for string in strings:
            used = set(PLACEHOLDER.findall(string))
            assert used <= wanted, (message.id, string)
            assert wanted - used <= {"n"}, (message.id, string)  # only the count may be implicit


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_compiled_catalogue_matches_the_po_file(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in _catalog(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            for n, string in ((1, message.string[0]), (2, message.string[1])):
                assert compiled.ngettext(message.id[0], message.id[1], n) == string, (
                    f"{language}.mo is out of date: run pybabel compile (see its README)"
                )
        else:
            assert compiled.gettext(message.id) == message.string, (
                f"{language}.mo is out of date: run pybabel compile (see its README)"
            )
    # Nothing compiled that the .po file no longer has.
    assert len(compiled._catalog) <= len(_catalog(language)) * 2 + 1  # type: ignore[attr-defined]
