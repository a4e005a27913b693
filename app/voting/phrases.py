"""The sentences of the phone ballot page, the slips and the minutes (gettext domain `ballot`,
English sources marked `N_`, compiled with Babel into `app/voting/locale/`)."""

from __future__ import annotations

import gettext
import html
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
