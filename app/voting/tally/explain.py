"""Explanations a room can follow, in French, Dutch and English.

A method explains its result as `Line`s: an English source sentence (marked with `N_` or `NP_`
so `pybabel extract -k N_ -k NP_:1,2` finds it) and typed parameters. Rendering translates the
sentence with the standard `gettext` catalogues in `app/voting/tally/locale/<lang>/LC_MESSAGES/`
(compiled with Babel) and formats the parameters for the language with Babel: numbers, shares,
amounts of money, lists of names. Option and grade names are the vote's own and stay as given.
"""

from __future__ import annotations

import copy
import gettext
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, TypeAlias

from app.catalogues import catalogue

if TYPE_CHECKING:
    from babel import Locale

LANGUAGES = ("fr", "nl", "en")
DOMAIN = "tally"
LOCALE_DIR = files("app.voting.tally") / "locale"
# Smart is Belgian and French: Belgian conventions for French and Dutch.
BABEL_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en"}


def N_(message: str) -> str:
    """Mark a sentence for the catalogue; it is translated when rendered."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a sentence with a plural form for the catalogue."""
    return singular, plural


@dataclass(frozen=True, slots=True)
class Percent:
    """A share shown as a percentage with at most one decimal (display only)."""

    value: Fraction


@dataclass(frozen=True, slots=True)
class Money:
    value: Fraction
    currency: str


@dataclass(frozen=True, slots=True)
class Names:
    """Names joined as the language joins a list: "A, B et C"."""

    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Counts:
    """Names with a number each: "A 42 · B 26"."""

    pairs: tuple[tuple[str, int | Fraction], ...]


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase of ours that is translated (a rule's name, a 100 % base)."""

    msgid: str


@dataclass(frozen=True, slots=True)
class Chain:
    """A chain of options: "E → D → A"."""

    names: tuple[str, ...]


Param: TypeAlias = str | int | Fraction | Percent | Money | Names | Counts | Term | Chain


@dataclass(frozen=True, slots=True)
class Line:
    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None
    n: int = 0


def line(msgid: str, **params: Param) -> Line:
    return Line(msgid, params)


def plural_line(forms: tuple[str, str], n: int, **params: Param) -> Line:
    """A sentence whose form depends on `n` (available to it as `{n}`)."""
    return Line(forms[0], {"n": n, **params}, plural=forms[1], n=n)


def _translations(language: str) -> gettext.NullTranslations:
    return catalogue("app.voting.tally", DOMAIN, language)


@cache
def _locale(language: str) -> Locale:
    # Babel is imported on first use: `antenne --help` and the kiosk's start need none of it.
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[language])


def _decimal(value: int | Fraction, places: int = 2) -> Decimal:
    if isinstance(value, int) or value.denominator == 1:
        return Decimal(int(value))
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN).normalize()


def format_number(value: int | Fraction, language: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(_decimal(value), locale=_locale(language)))


def format_percent(value: Fraction, language: str) -> str:
    locale = _locale(language)
    pattern = copy.copy(locale.percent_formats[None])
    pattern.frac_prec = (0, 1)
    return str(pattern.apply(_decimal(value, places=3), locale))


def format_money(value: Fraction, currency: str, language: str) -> str:
    from babel.numbers import format_currency

    locale = _locale(language)
    amount = _decimal(value)
    if amount == amount.to_integral_value():
        pattern = locale.currency_formats["standard"].pattern.replace(".00", "")
        return str(
            format_currency(amount, currency, format=pattern, currency_digits=False, locale=locale)
        )
    return str(format_currency(amount, currency, locale=locale))


def _format(param: Param, language: str, translate: gettext.NullTranslations) -> str:
    if isinstance(param, str):
        return param
    if isinstance(param, int | Fraction):
        return format_number(param, language)
    if isinstance(param, Percent):
        return format_percent(param.value, language)
    if isinstance(param, Money):
        return format_money(param.value, param.currency, language)
    if isinstance(param, Names):
        if not param.names:
            return ""
        from babel.lists import format_list

        return str(format_list(list(param.names), locale=_locale(language)))
    if isinstance(param, Counts):
        return " · ".join(f"{name} {format_number(n, language)}" for name, n in param.pairs)
    if isinstance(param, Chain):
        return " → ".join(param.names)
    return translate.gettext(param.msgid)


def term(msgid: str, language: str) -> str:
    """One of our words or phrases (a rule's name, a 100 % base) in `language`."""
    return _translations(language).gettext(msgid)


def render_line(item: Line, language: str) -> str:
    translate = _translations(language)
    if item.plural is None:
        text = translate.gettext(item.msgid)
    else:
        text = translate.ngettext(item.msgid, item.plural, item.n)
    return text.format(**{k: _format(v, language, translate) for k, v in item.params.items()})


def render(lines: Iterable[Line], language: str) -> str:
    return "\n".join(render_line(item, language) for item in lines)


def render_all(lines: Sequence[Line]) -> dict[str, str]:
    return {language: render(lines, language) for language in LANGUAGES}
