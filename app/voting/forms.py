"""The console's new-vote form read into the vote the service creates: which template, the
options as rows (a name and a description per language, a project's cost), the budget's
digits, the vote's language and its texts in the others, and a named vote's channels. Pure:
nothing is created here, a refusal says what to fix (the service checks the texts' lengths).

The refusals keep the console's texts and translation context (`ConsoleScreen`), which the
console said itself before this module read its form.
"""

from __future__ import annotations

from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.voting.templates import TEMPLATES
from app.voting.texts import UNKNOWN_LANGUAGE
from app.voting.types import VoteForm

CONTEXT = "ConsoleScreen"
NO_TEMPLATE = QT_TRANSLATE_NOOP("ConsoleScreen", "Choose a template.")
NO_BUDGET = QT_TRANSLATE_NOOP("ConsoleScreen", "Give the budget to share, in euros.")
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Voting", "Unknown template {name}.")
BAD_COST = QT_TRANSLATE_NOOP("Voting", "The cost of {option} must be a whole number.")
NO_COST = QT_TRANSLATE_NOOP("ConsoleScreen", "Give the cost of {option}, in euros.")
# An option without a name in the vote's language (its authoritative text).
NO_NAME = {
    "fr": QT_TRANSLATE_NOOP("ConsoleScreen", "Option {number} needs a name in French."),
    "nl": QT_TRANSLATE_NOOP("ConsoleScreen", "Option {number} needs a name in Dutch."),
    "en": QT_TRANSLATE_NOOP("ConsoleScreen", "Option {number} needs a name in English."),
}
# Euros: more digits than any budget (a trillion) would only be a slip, or input meant to hurt
# (Python refuses to read an integer of thousands of digits).
MAX_DIGITS = 12


class VoteFormError(InvalidInputError):
    """The console's form cannot make a vote; nothing was created."""


def vote_from_form(form: VoteForm) -> dict[str, Any]:
    """The vote's file form (`service.create_vote`'s spec) from the console's form."""
    if not form.template:
        raise VoteFormError(Message(CONTEXT, NO_TEMPLATE))
    if form.template not in TEMPLATES:
        raise VoteFormError(Message("Voting", UNKNOWN_TEMPLATE, {"name": form.template}))
    template = TEMPLATES[form.template]
    pb = form.template == "local-pb"
    language = form.language
    if language not in NO_NAME:
        raise VoteFormError(Message("Voting", UNKNOWN_LANGUAGE, {"language": language[:8]}))
    options: list[dict[str, Any]] = []
    for number, row in enumerate(form.options, start=1):
        typed = [*row.names.values(), *row.descriptions.values(), row.cost]
        if not any(text.strip() for text in typed) and row.picture is None:
            continue  # a row left empty is no option
        name = row.names.get(language, "").strip()
        if not name:
            raise VoteFormError(Message(CONTEXT, NO_NAME[language], {"number": number}))
        option: dict[str, Any] = {
            "label": name,
            "description": row.descriptions.get(language, "").strip(),
        }
        translations = {
            other: {
                "label": row.names.get(other, "").strip(),
                "description": row.descriptions.get(other, "").strip(),
            }
            for other in NO_NAME
            if other != language
        }
        option["translations"] = translations
        if pb:
            amount = _amount(row.cost)
            if amount is None:
                raise VoteFormError(Message("Voting", BAD_COST, {"option": name}))
            if not row.cost.strip():
                raise VoteFormError(Message(CONTEXT, NO_COST, {"option": name}))
            option["cost"] = amount
            if row.picture is not None:
                # Read here, off the kiosk's screen (the console's op): a file that cannot be
                # read is refused before anything is created.
                from app.voting.pictures import read_raw

                option["picture"] = read_raw(row.picture)
        options.append(option)
    spec: dict[str, Any] = {
        **template,
        "title": form.title.strip(),
        "question": form.question.strip(),
        "language": language,
        "translations": {
            other: dict(texts) for other, texts in form.translations.items() if other != language
        },
    }
    if options:
        spec["options"] = options
    if pb:
        budget = _amount(form.budget)
        if budget is None or budget <= 0:
            raise VoteFormError(Message(CONTEXT, NO_BUDGET))
        spec["budget"] = budget
    if form.named:
        # A named motion by hands is a roll-call vote, answers recorded by name; the other
        # methods by name run at the booth and on phones only.
        channels = list(template["channels"])
        if template["method"] != "motion":
            channels = [c for c in channels if c != "analog"]
        spec.update(secret=False, channels=channels)
    return spec


def _amount(text: str) -> int | None:
    """The whole euros in `text`, its other characters (spaces, "€") left out: 0 when it has
    no digit, None when it has too many to be an amount."""
    digits = "".join(ch for ch in text if ch.isdecimal())  # not "²": int() refuses it
    if len(digits) > MAX_DIGITS:
        return None
    return int(digits or 0)
