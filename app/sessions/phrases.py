"""The sentences of the sessions' calendars and attendance sheets (gettext domain `sessions`,
English sources marked `N_`, compiled with Babel into `app/sessions/locale/`; see its
README.md). They are printed or sent in the session's language, not the kiosk's, so they are
not Qt-translated."""

from __future__ import annotations

import gettext
from importlib.resources import files
from typing import Any

from app.catalogues import LANGUAGES, catalogue

LOCALE_DIR = files("app.sessions") / "locale"
DOMAIN = "sessions"


def N_(message: str) -> str:
    """Mark a sentence for the `sessions` catalogue; translated when it is written out."""
    return message


def translations(language: str) -> gettext.NullTranslations:
    return catalogue("app.sessions", DOMAIN, language)


def t(language: str, message: str, **params: Any) -> str:
    """The message in `language` (French for a language we do not write), parameters filled in."""
    text = translations(language if language in LANGUAGES else "fr").gettext(message)
    return text.format(**params) if params else text


KINDS = {
    "mentored_coworking": N_("Mentored co-working"),
    "drop_in": N_("Drop-in session"),
    "workshop": N_("Workshop"),
    "training": N_("Training"),
    "meet_the_board": N_("Meet the board"),
}


def kind_words(kind: str, language: str) -> str:
    """A session's kind as words ("Permanence"); an unknown kind as it is stored."""
    message = KINDS.get(kind)
    return t(language, message) if message is not None else kind


def price_words(cents: int, currency: str, language: str) -> str:
    """ "Free", or the price as the reader writes it ("12,50 €")."""
    if cents <= 0:
        return t(language, N_("Free"))
    from babel.numbers import format_currency

    locale = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_IE"}.get(language, "fr_BE")
    return str(format_currency(cents / 100, currency or "EUR", locale=locale))
