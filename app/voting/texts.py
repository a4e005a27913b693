"""A vote's texts in a reader's language: its title and question, each option's label and
description, in French, Dutch or English, falling back to the vote's own language.

The vote's own texts (`title`, `question`, `label`, `description`, written in
`vote.language`) are the authoritative ones: ballots name options by their own label, the
ledger seals them, the minutes print them. `translations` hold the same texts in the other
languages, `{"nl": {"title": ..., "question": ...}}` for a vote and `{"nl": {"label": ...,
"description": ...}}` for an option; a text missing in a language is read in the vote's.

Pure functions on the frozen values the screens already get (`VoteInfo`, `OptionInfo`), and
the check of translations a person or a file gives (`checked_translations`): no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

LANGUAGES = ("fr", "nl", "en")
# The longest text each field may hold, as the base columns (the title is a String(200), an
# option's label a String(300); a project's description is at most 600 characters).
MAX_TITLE = 200
MAX_QUESTION = 2000
MAX_LABEL = 300
MAX_DESCRIPTION = 600
VOTE_FIELDS: Mapping[str, int] = {"title": MAX_TITLE, "question": MAX_QUESTION}
OPTION_FIELDS: Mapping[str, int] = {"label": MAX_LABEL, "description": MAX_DESCRIPTION}

Translations = Mapping[str, Mapping[str, str]]

CONTEXT = "Voting"
NOT_TEXTS = QT_TRANSLATE_NOOP(
    "Voting", "The translations must be texts per language: fr, nl or en."
)
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("Voting", "Unknown language {language}: fr, nl or en.")
OWN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Voting",
    "The texts in {language} are the vote's own: they are not a translation.",
)
NOT_TEXT = QT_TRANSLATE_NOOP("Voting", "The {language} translation of {what} must be text.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Voting", "The {language} translation of {what} is too long: at most {limit} characters."
)


@dataclass(frozen=True)
class VoteTexts:
    """A vote's title and question as one reader reads them."""

    title: str
    question: str


@dataclass(frozen=True)
class OptionTexts:
    """An option's label and description as one reader reads them."""

    label: str
    description: str


class HasVoteTexts(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def question(self) -> str: ...
    @property
    def translations(self) -> Translations: ...


class HasOptionTexts(Protocol):
    @property
    def label(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def translations(self) -> Translations: ...


def _translated(translations: Translations, language: str, field: str, own: str) -> str:
    texts = translations.get(language)
    text = texts.get(field) if isinstance(texts, Mapping) else None
    return text if isinstance(text, str) and text.strip() else own


def vote_text(vote: HasVoteTexts, language: str) -> VoteTexts:
    """The vote's title and question in `language`, each in the vote's own language where it
    has no translation."""
    translations = vote.translations
    return VoteTexts(
        title=_translated(translations, language, "title", vote.title),
        question=_translated(translations, language, "question", vote.question),
    )


def option_text(option: HasOptionTexts, language: str) -> OptionTexts:
    """The option's label and description in `language`, each in the vote's own language
    where it has no translation. A ballot still names the option by its own `label`."""
    translations = option.translations
    return OptionTexts(
        label=_translated(translations, language, "label", option.label),
        description=_translated(translations, language, "description", option.description),
    )


def translated_languages(translations: Translations) -> tuple[str, ...]:
    """The languages a vote or option has a text in besides its own, in `LANGUAGES` order."""
    return tuple(language for language in LANGUAGES if translations.get(language))


def _refuse(source: str, **params: Any) -> InvalidInputError:
    return InvalidInputError(Message(CONTEXT, source, params))


def checked_translations(
    value: object, fields: Mapping[str, int], *, own_language: str, what: str
) -> dict[str, dict[str, str]]:
    """Translations as a person or a file gave them, checked and trimmed: languages among
    `LANGUAGES` other than `own_language`, only `fields`, strings within their limits. Empty
    texts and languages are left out. `what` names the vote or the option in messages.
    Raises `InvalidInputError` with a translatable message for anything else."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _refuse(NOT_TEXTS)
    checked: dict[str, dict[str, str]] = {}
    for language, texts in value.items():
        if not isinstance(language, str) or language not in LANGUAGES:
            raise _refuse(UNKNOWN_LANGUAGE, language=str(language)[:8])
        if language == own_language:
            raise _refuse(OWN_LANGUAGE, language=language)
        if not isinstance(texts, Mapping):
            raise _refuse(NOT_TEXT, language=language, what=what)
        kept: dict[str, str] = {}
        for field, text in texts.items():
            if field not in fields or not isinstance(text, str):
                raise _refuse(NOT_TEXT, language=language, what=what)
            trimmed = text.strip()
            if len(trimmed) > fields[field]:
                raise _refuse(TOO_LONG, language=language, what=what, limit=fields[field])
            if "\x00" in trimmed:
                raise _refuse(NOT_TEXT, language=language, what=what)
            if trimmed:
                kept[field] = trimmed
        if kept:
            checked[language] = kept
    return checked
