"""The catalogues' house rules: Dutch says "je" (never "u"/"uw"), French puts a narrow no-break
space (U+202F) before `; : ! ?` and inside « », in the Qt catalogue and the gettext ones alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui.conftest import Kiosk
from ui import i18n_tool
from ui.screens.skills.widgets import SkillPlurals

# "u" and "uw" as words; "u" right after a number or a placeholder is the hour ("14 u", "{hour} u").
_POLITE = re.compile(r"(?<![\d}] )(?<![\d}])\b(?:u|uw|uzelf)\b", re.IGNORECASE)
# A French high mark or a closing guillemet after a plain or a wide no-break space, or an opening
# guillemet followed by one: each must be the narrow one.
_WIDE_SPACE = re.compile(r"[ \u00a0][;:!?»]|«[ \u00a0]")


def polite_dutch(text: str) -> list[str]:
    return [match.group(0) for match in _POLITE.finditer(text)]


def wide_french_spaces(text: str) -> list[str]:
    return [match.group(0) for match in _WIDE_SPACE.finditer(text)]


def dutch_texts() -> list[tuple[str, str]]:
    texts = [("antenne_nl.ts", text) for text in i18n_tool.ts_translations("nl")]
    for po in i18n_tool.gettext_catalogues("nl"):
        texts.extend(
            (str(po.relative_to(i18n_tool.ROOT)), text) for text in i18n_tool.po_translations(po)
        )
    return texts


def french_texts() -> list[tuple[str, str]]:
    texts = [("antenne_fr.ts", text) for text in i18n_tool.ts_translations("fr")]
    for po in i18n_tool.gettext_catalogues("fr"):
        texts.extend(
            (str(po.relative_to(i18n_tool.ROOT)), text) for text in i18n_tool.po_translations(po)
        )
    return texts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Scan uw badge", ["uw"]),
        ("Meld u eerst aan", ["u"]),
        ("U mag deze pagina sluiten.", ["U"]),
        ("Uw stem is geheim.", ["Uw"]),
        ("Dank u!", ["u"]),
        ("Scan je badge, dank je!", []),
        ("van {start} tot {end} ({hours} u)", []),
        ("om 14 u", []),
        ("Ruimte voor uur en uitleg", []),
    ],
)
def test_the_dutch_check_finds_the_polite_form(text: str, found: list[str]) -> None:
    assert polite_dutch(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Continuer ?", [" ?"]),
        ("Vote\u00a0: ouvert", ["\u00a0:"]),
        ("« Oui »", ["« ", " »"]),
        ("Continuer\u202f?", []),
        ("«\u202fOui\u202f»", []),
        ("Heure, comme 14:00 ; https://exemple.be", [" ;"]),
    ],
)
def test_the_french_check_finds_wide_spaces(text: str, found: list[str]) -> None:
    assert wide_french_spaces(text) == found


def test_french_spaces_narrows_only_the_spaces_before_a_mark() -> None:
    assert i18n_tool.french_spaces("Prêt ? « Oui » : 14:00 ; https://x.be !") == (
        "Prêt\u202f? «\u202fOui\u202f»\u202f: 14:00\u202f; https://x.be\u202f!"
    )


def test_every_dutch_translation_says_je() -> None:
    found = [(where, text) for where, text in dutch_texts() if polite_dutch(text)]
    assert found == [], "Dutch says je/jij/jouw, never u/uw"


def test_every_french_translation_has_narrow_spaces_before_high_marks() -> None:
    found = [(where, text) for where, text in french_texts() if wide_french_spaces(text)]
    assert found == [], "run `python -m ui.i18n_tool typography`, then compile"


def test_the_gettext_header_is_left_alone(tmp_path: Path) -> None:
    po = i18n_tool.gettext_catalogues("fr")[0]
    header = po.read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "\u202f" not in header
    assert "Plural-Forms" in header


def test_every_plural_count_is_written_the_readers_way() -> None:
    # "%n" gives bare digits ("20050 annonces"); "%Ln" the locale's groups.
    assert i18n_tool.localized_counts("%n post(s), %Ln already") == "%Ln post(s), %Ln already"
    bare = [
        (language, text)
        for language in i18n_tool.LANGUAGES
        for text in i18n_tool.ts_translations(language)
        if "%n" in text
    ]
    assert not bare, "run `python -m ui.i18n_tool typography`"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "20\u202f050 annonces"), ("nl", "20.050 zoekertjes"), ("en", "20,050 posts")],
)
def test_a_large_count_has_its_thousands_grouped(
    kiosk: Kiosk, language: str, expected: str
) -> None:
    shell, _window = kiosk
    shell.set_language(language)
    assert SkillPlurals().posts(20050) == expected
