"""The console's new-vote form read into the vote the service creates: which template, the
options typed one a line (a project's cost after "="), the budget's digits, and a named vote's
channels. Pure: nothing is created here, a refusal says what to fix.

The refusals keep the console's texts and translation context (`ConsoleScreen`), which the
console said itself before this module read its form.
"""

from __future__ import annotations

from typing import Any

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message
from app.voting.templates import TEMPLATES
from app.voting.types import VoteForm

CONTEXT = "ConsoleScreen"
NO_TEMPLATE = QT_TRANSLATE_NOOP("ConsoleScreen", "Choose a template.")
NO_BUDGET = QT_TRANSLATE_NOOP("ConsoleScreen", "Give the budget to share, in euros.")
UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Voting", "Unknown template {name}.")
BAD_COST = QT_TRANSLATE_NOOP("Voting", "The cost of {option} must be a whole number.")
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
    options: list[str | dict[str, Any]] = []
    for line in filter(None, (line.strip() for line in form.options.splitlines())):
        if pb:
            label, _, cost = line.partition("=")
            amount = _amount(cost)
            if amount is None:
                raise VoteFormError(Message("Voting", BAD_COST, {"option": label.strip()}))
            options.append({"label": label.strip(), "cost": amount})
        else:
            options.append(line)
    spec: dict[str, Any] = {**template, "title": form.title.strip()}
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
