"""The sentences of the phone ballot page, the slips and the minutes (gettext domain `ballot`,
English sources marked `N_`, compiled with Babel into `app/voting/locale/`)."""

from __future__ import annotations

import gettext
import html
import re
from collections.abc import Sequence
from importlib.resources import files
from typing import Any

from app.catalogues import LANGUAGES, catalogue

LOCALE_DIR = files("app.voting") / "locale"
DOMAIN = "ballot"


def N_(message: str) -> str:
    """Mark a sentence for the `ballot` catalogue; translated when the page is written."""
    return message


def translations(language: str) -> gettext.NullTranslations:
    return catalogue("app.voting", DOMAIN, language)


def t(language: str, message: str, **params: Any) -> str:
    """The message in `language`, parameters substituted, escaped for HTML."""
    text = translations(language).gettext(message)
    if params:
        text = text.format(**{k: html.escape(str(v)) for k, v in params.items()})
    return text


def pick_language(accept: str | None) -> str:
    """The first of fr/nl/en the phone accepts (by q-value), French otherwise."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((accept or "").split(",")):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()[:2]
        quality = 1.0
        for piece in pieces[1:]:
            name, _, value = piece.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag in LANGUAGES and quality > 0:
            candidate = (-quality, position, tag)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else "fr"


# Grades of the consultation template are identifiers; others are the vote's own words.
GRADE_NAMES = {
    "to_reject": N_("Reject"),
    "poor": N_("Poor"),
    "fair": N_("Fair"),
    "good": N_("Good"),
    "very_good": N_("Very good"),
    "excellent": N_("Excellent"),
}


def grade_word(grade: str, language: str) -> str:
    """A grade as a word of `language` (the consultation template's identifiers are translated,
    a vote's own words stay as they are)."""
    source = GRADE_NAMES.get(grade)
    return translations(language).gettext(source) if source else grade


def grade_words(text: str, grades: Sequence[str], language: str) -> str:
    """The consultation template's grade identifiers ("very_good") in a text (the engine's
    explanation writes a vote's grades as given) as words of `language`, in one pass: a word
    put in ("Very good") is never read again as an identifier ("good")."""
    words = {grade: grade_word(grade, language) for grade in grades}
    named = sorted((grade for grade, word in words.items() if word != grade), key=len, reverse=True)
    if not named:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(grade) for grade in named) + r")(?!\w)")
    return pattern.sub(lambda found: words[found.group(1)], text)
