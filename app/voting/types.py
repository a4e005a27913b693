"""What the voting services hand to the screens and the phone page: frozen values, never ORM
objects. Kept apart from `service.py` so the kiosk names these types before SQLAlchemy loads."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.changes import Changes
from app.errors import QT_TRANSLATE_NOOP

# Methods whose options are not shuffled on a ballot (yes / no / abstain keep their order).
UNSHUFFLED_METHODS = frozenset({"motion", "consent"})
MOTION_CHOICES = ("yes", "no", "abstain")

# Refusals the screens also say before asking (one source: one translation).
CLOSED = QT_TRANSLATE_NOOP("Voting", "The vote is closed: no more ballots.")
SECRET_BY_NAME = QT_TRANSLATE_NOOP(
    "Voting", "A secret vote is never recorded by name: count the hands instead."
)


@dataclass(frozen=True)
class OptionInfo:
    label: str
    description: str = ""
    cost: int | None = None
    # Whether the option has a picture (fetched apart: `service.option_pictures`).
    has_picture: bool = False
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """`label` and `description` in the vote's other languages (`app.voting.texts`)."""


@dataclass(frozen=True)
class VoteInfo:
    """A vote as screens and the phone page show it."""

    id: uuid.UUID
    title: str
    question: str
    language: str
    method: str
    status: str
    level: str
    channels: tuple[str, ...]
    secret: bool
    options: tuple[OptionInfo, ...]
    rules: Mapping[str, Any]
    body_name: Mapping[str, str]
    opened_at: datetime | None
    closes_at: datetime | None
    closed_at: datetime | None
    revealed: bool
    result: Mapping[str, Any] | None
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """`title` and `question` in the other languages; `app.voting.texts.vote_text` reads them
    with the fallback to `language`."""

    @property
    def grades(self) -> tuple[str, ...]:
        return tuple(self.rules.get("grades") or ())

    @property
    def budget(self) -> int | None:
        budget = self.rules.get("budget")
        return int(budget) if budget is not None else None

    @property
    def currency(self) -> str:
        return str(self.rules.get("currency", "EUR"))

    @property
    def max_score(self) -> int:
        return int(self.rules.get("max_score") or 5)

    @property
    def choices(self) -> tuple[str, ...]:
        """What a ballot chooses among: yes/no/abstain for a motion, the options otherwise."""
        if self.method == "motion":
            return MOTION_CHOICES
        return tuple(option.label for option in self.options)


@dataclass(frozen=True)
class Turnout:
    """Weights: `entitled` may vote, `present` are in the room (eligible), `represented` by a
    proxy, `voted` have voted on any channel (analog counts included)."""

    entitled: int
    present: int
    represented: int
    voted: int
    ballots: int
    by_channel: Mapping[str, int] = field(default_factory=dict)
    roll_call: bool = True
    """Whether anyone's presence was recorded for the vote: without a roll call (a phone-only
    vote, a booth without one) `present` is 0 because nobody counted, and the minutes say so."""

    def to_json(self) -> dict[str, Any]:
        return {
            "entitled": self.entitled,
            "present": self.present,
            "represented": self.represented,
            "voted": self.voted,
            "ballots": self.ballots,
            "by_channel": dict(self.by_channel),
            "roll_call": self.roll_call,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Turnout:
        """As `to_json` wrote it (`roll_call` absent: a roll was called, as before it was kept)."""
        return cls(
            entitled=int(data["entitled"]),
            present=int(data["present"]),
            represented=int(data["represented"]),
            voted=int(data["voted"]),
            ballots=int(data["ballots"]),
            by_channel={str(k): int(v) for k, v in dict(data["by_channel"]).items()},
            roll_call=bool(data.get("roll_call", True)),
        )


@dataclass(frozen=True)
class Voice:
    """One ballot a person at the booth may cast: their own, or one per proxy they hold."""

    person_id: uuid.UUID
    first_name: str
    proxy: bool


@dataclass(frozen=True)
class RollLine:
    """One person on a vote's roll call (first name and initial only: minimal on screen)."""

    person_id: uuid.UUID
    name: str
    present: bool
    eligible: bool
    has_voted: bool
    weight: int
    proxies_held: int
    represented_by: str
    represented_by_id: uuid.UUID | None = None
    """Who holds this person's proxy (None: nobody)."""


@dataclass(frozen=True)
class HandAnswer:
    """One person's answer in a named vote by show of hands, as the facilitator records it
    when the name is called: `voter_id` answered, for `proxy_for` when they hold a proxy."""

    voter_id: uuid.UUID
    content: Mapping[str, Any]
    proxy_for: uuid.UUID | None = None


@dataclass(frozen=True)
class NamedLine:
    """One person's choice in a named (non-secret) vote, as the minutes print it."""

    person_id: uuid.UUID
    name: str
    content: Mapping[str, Any]
    weight: int
    # The proxy holder who cast it, "" when the person voted themselves.
    cast_by: str = ""


def named_choices(method: str, content: Mapping[str, Any]) -> list[str]:
    """What a named ballot chose, as the minutes group names: a motion's yes/no/abstain, the
    options approved or chosen first, "consent"/"objection"; empty for rankings and grades
    (the minutes print those per person)."""
    if method == "motion":
        return [str(content.get("choice", ""))]
    if method == "plurality":
        return [str(choice) for choice in (content.get("ranking") or [])[:1]]
    if method in ("approval", "pb"):
        return [str(option) for option in content.get("approve") or []]
    if method == "consent":
        return ["objection" if content.get("objection") else "consent"]
    return []


@dataclass(frozen=True)
class AnalogCountInfo:
    id: uuid.UUID
    cast: int
    valid: int
    invalid: int
    blank: int
    counts: Mapping[str, Any]


@dataclass(frozen=True)
class Done:
    """What a voting action changed (screens refresh what concerns them), with what its service
    returned (a vote's id, its results, phone addresses) when that is not its `Changes`."""

    changes: Changes
    value: Any = None


@dataclass(frozen=True)
class OptionRow:
    """One option (or project) as the facilitator typed it on the console: its name and
    description in each language (the vote's own is needed, the others optional) and, for a
    budget, its cost as typed ("4 500") and its picture."""

    names: Mapping[str, str]
    cost: str = ""
    descriptions: Mapping[str, str] = field(default_factory=dict)
    picture: Path | None = None
    """A project's picture file, chosen on the console (read and made small when the vote is
    created)."""


@dataclass(frozen=True)
class VoteForm:
    """What the facilitator typed and chose on the console to create a vote, as typed
    (`app.voting.forms.vote_from_form` reads it)."""

    template: str
    """A key of the service's `TEMPLATES`, or "" when none is chosen."""
    title: str
    """In the vote's `language`."""
    options: tuple[OptionRow, ...]
    budget: str
    """A participatory budget's amount in euros, as typed ("5 000")."""
    named: bool
    language: str = "fr"
    """The vote's own language: its texts there are the authoritative ones."""
    question: str = ""
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """The title and question in the other languages, as typed: {"nl": {"title": ...}}."""
