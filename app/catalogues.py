"""Gettext catalogues shipped inside a package, for what is written in a reader's language
rather than the kiosk's: the phone ballot page, the minutes and slips (`ballot`), the
sessions' calendars and attendance sheets (`sessions`). Compiled with Babel into
`<package>/locale/<language>/LC_MESSAGES/<domain>.mo`; English is the source."""

from __future__ import annotations

import gettext
from functools import cache
from importlib.resources import files

LANGUAGES = ("fr", "nl", "en")


@cache
def catalogue(package: str, domain: str, language: str) -> gettext.NullTranslations:
    """The `domain` catalogue of `package` in `language` (English, or a language without a
    catalogue: the source sentences)."""
    path = files(package) / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"
    if language not in LANGUAGES or language == "en" or not path.is_file():
        return gettext.NullTranslations()
    # Read through the package, which need not be a directory on disk (`gettext.translation`
    # wants one).
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)
