"""The results as `antenne vote results` and `antenne vote close` print them: the kept result
as it is (its identifiers are what `vote verify` recomputes and what programs read), with the
texts a person reads beside it, so that no identifier (`very_good`, `yes`) has to reach one.

- `explanation`: the engine's sentences in fr/nl/en, a majority judgment's grade identifiers
  replaced by the grade's words in each language;
- `texts`: the vote's language, its title and question in each language (the vote's own where
  a translation is missing), each option by its own label (the name ballots and the result
  use) with its name in each language, each grade and each motion choice in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalogues import LANGUAGES
from app.voting.phrases import N_, grade_word, grade_words, translations
from app.voting.texts import option_text, vote_text
from app.voting.types import VoteInfo

CHOICE_WORDS = {
    "yes": N_("Yes"),
    "no": N_("No"),
    "abstain": N_("Abstain"),
    "invalid": N_("Invalid"),
}


def labelled_results(vote: VoteInfo, result: Mapping[str, Any]) -> dict[str, Any]:
    """`result` (`service.results`) with the texts a person reads beside its identifiers."""
    out = dict(result)
    explanation = result.get("explanation")
    if isinstance(explanation, Mapping) and vote.grades:
        out["explanation"] = {
            language: grade_words(str(text), vote.grades, language)
            if language in LANGUAGES
            else str(text)
            for language, text in explanation.items()
        }
    texts: dict[str, Any] = {
        "language": vote.language,
        "title": {language: vote_text(vote, language).title for language in LANGUAGES},
        "question": {language: vote_text(vote, language).question for language in LANGUAGES},
        "options": [
            {
                "label": option.label,
                "names": {language: option_text(option, language).label for language in LANGUAGES},
            }
            for option in vote.options
        ],
    }
    if vote.grades:
        texts["grades"] = {
            grade: {language: grade_word(grade, language) for language in LANGUAGES}
            for grade in vote.grades
        }
    if vote.method == "motion":
        texts["choices"] = {
            choice: {language: translations(language).gettext(word) for language in LANGUAGES}
            for choice, word in CHOICE_WORDS.items()
        }
    out["texts"] = texts
    return out
