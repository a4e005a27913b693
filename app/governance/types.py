"""What the governance read model hands to the kiosk's screens and to the printed boards: frozen
values the UI may import at module top (no SQLAlchemy here).

Texts a body's data carries are kept in every language (`L10n`, picked with `pick`); texts the
kiosk writes itself (plain names, rules in words, what a person can do next) are `Phrase`s,
translated by Qt at display time with their number for plurals (`docs/architecture.md`,
"Governance").
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

L10n = Mapping[str, str]
"""A text entered per language: {"fr": ..., "nl": ..., "en": ...}."""

FALLBACK_LANGUAGES = ("fr", "en", "nl")


def pick(texts: L10n, language: str) -> str:
    """The text in `language`, else in the first language it exists in (the original)."""
    if texts.get(language):
        return texts[language]
    return next((texts[other] for other in FALLBACK_LANGUAGES if texts.get(other)), "")


@dataclass(frozen=True)
class Phrase:
    """A sentence the kiosk writes: a Qt translation context, the English source, its named
    parameters (`str.format` after translation) and the number its plural follows (`%n`)."""

    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)
    count: int | None = None

    def untranslated(self) -> str:
        text = self.source.replace("%n", str(self.count)) if self.count is not None else self.source
        return text.format(**self.params)


@dataclass(frozen=True)
class BodyCard:
    """A body as the map shows it: a card."""

    id: uuid.UUID
    slug: str
    kind: str
    name: L10n
    """The official name, as the cooperative's statutes say it."""
    purpose: L10n
    """The official purpose, as the cooperative published it."""
    plain_name: Phrase | None
    """The body's name in plain words (None: its own name is already plain, a working group's)."""
    plain_purpose: Phrase
    """What it does, in one plain line."""
    people: int
    """How many people hold a current mandate in it."""
    local: bool
    """It belongs to this kiosk's antenne (the map looks at these first)."""
    position: int
    level: str
    """The participation level at which a member takes part in it (`PARTICIPATION_OF_KIND`)."""
    items_in_progress: int = 0
    """Members' items on its agenda the body has not treated or declined yet."""
    furthest_status: str | None = None
    """The most advanced status among those items, as a member is shown it."""
    meet_the_board: datetime | None = None
    """The next meet-the-board moment (the board's card only)."""


@dataclass(frozen=True)
class LinkLine:
    """An edge of the map: `source` elects / reports to / appoints / advises `target`."""

    source_id: uuid.UUID
    target_id: uuid.UUID
    kind: str


@dataclass(frozen=True)
class GovernanceMap:
    bodies: tuple[BodyCard, ...]
    links: tuple[LinkLine, ...]

    def body(self, body_id: uuid.UUID) -> BodyCard | None:
        return next((card for card in self.bodies if card.id == body_id), None)


@dataclass(frozen=True)
class Face:
    """A person holding a mandate, as a photo board shows them: first name and initial, their
    photo only if they consented to it."""

    person_id: uuid.UUID
    name: str
    initials: str
    photo: bytes | None
    role: str
    """An identifier the UI translates: chair, secretary, director, member, ..."""
    until: date | None
    """When the mandate ends (None: open-ended)."""


@dataclass(frozen=True)
class AgendaLine:
    """An item on a body's agenda: the published agenda of a meeting, or a member's proposal."""

    id: uuid.UUID
    title: str
    status: str
    answer: str
    by_member: bool
    """Brought by a member (not by the body itself)."""
    language: str = "fr"
    """The language the title is written in."""
    position: int = 0


@dataclass(frozen=True)
class MeetingInfo:
    id: uuid.UUID
    title: L10n
    starts_at: datetime
    location: str
    online: bool
    status: str
    minutes: str
    """The published minutes (markdown); empty until the body releases them."""
    agenda: tuple[AgendaLine, ...]
    """Every line: a point the body published comes once per language it was written in
    (`antenne hub publish governance`); `agenda_in` reads it in one."""

    def agenda_in(self, language: str) -> tuple[AgendaLine, ...]:
        """The agenda read in `language`: each published point once (in `language`, else
        French, else the first written), every member's item as its member wrote it."""
        chosen: dict[int, AgendaLine] = {}
        for line in self.agenda:
            if line.by_member:
                continue
            held = chosen.get(line.position)
            if held is None or _preferred(line.language, held.language, language):
                chosen[line.position] = line
        picked = set(map(id, chosen.values()))
        return tuple(line for line in self.agenda if line.by_member or id(line) in picked)


def _preferred(candidate: str, held: str, language: str) -> bool:
    rank = {language: 0, "fr": 1}
    return rank.get(candidate, 2) < rank.get(held, 2)


@dataclass(frozen=True)
class MeetTheBoard:
    """A meet-the-board session (sign-up arrives with the sessions)."""

    id: uuid.UUID
    title: str
    starts_at: datetime
    location: str


@dataclass(frozen=True)
class BodyDetail:
    card: BodyCard
    rules: tuple[Phrase, ...]
    """How it works, in words generated from its rules."""
    faces: tuple[Face, ...]
    next_meeting: MeetingInfo | None
    past_meetings: tuple[MeetingInfo, ...]
    """Held meetings, latest first, with their minutes."""
    member_items: tuple[AgendaLine, ...]
    """Items members brought to its agenda, with their status."""
    meet_the_board: tuple[MeetTheBoard, ...]


@dataclass(frozen=True)
class FitLine:
    """A body open to a person at one of the levels they asked for, and what they can do."""

    body_id: uuid.UUID
    level: str
    actions: tuple[Phrase, ...]


@dataclass(frozen=True)
class OwnItem:
    """An item a person proposed, as their card on the map shows it."""

    body_id: uuid.UUID
    title: str
    status: str
    """As the member is shown it: the hub's, or `supported` once enough members co-signed."""


@dataclass(frozen=True)
class Fit:
    """Where a person fits: the bodies and meetings open to them for their levels."""

    person_id: uuid.UUID
    first_name: str
    levels: tuple[str, ...]
    """The levels they asked for (all of them when they have not said yet)."""
    chose_levels: bool
    lines: tuple[FitLine, ...]
    own_items: tuple[OwnItem, ...] = ()
    """The items they proposed, newest first."""

    def level_of(self, body_id: uuid.UUID) -> str | None:
        return next((line.level for line in self.lines if line.body_id == body_id), None)


@dataclass(frozen=True)
class PersonHit:
    """A person found by name among those with a current mandate, and their bodies."""

    person_id: uuid.UUID
    name: str
    body_ids: tuple[uuid.UUID, ...]
