"""Icons come from the one SVG set (`ui/resources/icons/`, Lucide), never emoji: no string the
kiosk, the phone page or the hub can show holds one, in any language, skills screens included."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from db.journey_steps import DEFAULT_STEPS

ROOT = Path(__file__).resolve().parents[2]

EMOJI = re.compile(
    "["
    "\U0001f000-\U0001faff"  # pictographs, emoticons, transport, flags, symbols and extensions
    "\u2300-\u23ff"  # watch, hourglass, alarm clock and other technical symbols
    "\u2600-\u27bf"  # miscellaneous symbols, dingbats (check marks, sparkles, stars)
    "\u2b00-\u2bff"  # arrows and stars drawn as emoji
    "\ufe0f"  # the variation selector that turns a character into an emoji
    "\u200d"  # the joiner that glues emoji together
    "]"
)

SOURCES = [
    path
    for folder in ("ui", "app", "db", "hub")
    for path in sorted((ROOT / folder).rglob("*"))
    if path.suffix in {".py", ".qss", ".html", ".js", ".css", ".txt", ".md", ".toml"}
]
TRANSLATIONS = sorted((ROOT / "ui" / "resources" / "i18n").glob("*.ts"))


def emoji_in(text: str) -> list[str]:
    return EMOJI.findall(text)


@pytest.mark.parametrize(
    "text", ["🎉 Bravo", "Done ✅", "⭐", "🇧🇪", "✓ fait", "❤️", "⏰ 9:29", "👩‍💻"]
)
def test_the_check_finds_emoji(text: str) -> None:
    assert emoji_in(text)


@pytest.mark.parametrize(
    "text",
    ["Clore le vote", "« Qu’est-ce que Smart ? »", "Coöperatie — één", "≥ 2/3 · ● →", "€ 1 200"],
)
def test_the_check_leaves_words_and_typography_alone(text: str) -> None:
    assert not emoji_in(text)


def test_no_source_file_holds_an_emoji() -> None:
    assert SOURCES
    found = {
        f"{path.relative_to(ROOT)}:{number}": line.strip()
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if emoji_in(line)
    }
    assert found == {}


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda path: path.name)
def test_no_translation_holds_an_emoji(path: Path) -> None:
    texts = [
        element.text or ""
        for element in ElementTree.parse(path).getroot().iter()
        if element.tag in {"source", "translation", "numerusform"}
    ]
    assert texts
    assert [text for text in texts if emoji_in(text)] == []


def test_no_journey_step_holds_an_emoji() -> None:
    texts = [
        text
        for step in DEFAULT_STEPS
        for text in (*step.title.values(), *step.description.values())
    ]
    assert [text for text in texts if emoji_in(text)] == []
