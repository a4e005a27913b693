"""What the agenda services hand to the kiosk's screens: frozen values the UI may import at
module top (no SQLAlchemy here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from app.changes import Changes

# The way an item goes when all is well; `declined` may end it at any step.
TIMELINE: tuple[str, ...] = ("submitted", "supported", "accepted", "scheduled", "treated")
DECLINED = "declined"


@dataclass(frozen=True)
class AgendaItemView:
    """A member's item as the kiosk shows it, with its status as the kiosk can tell it: the
    hub's once the secretary acted, else `supported` as soon as enough members co-signed."""

    id: uuid.UUID
    body_id: uuid.UUID
    body_name: dict[str, str]
    title: str
    description: str
    proposer_id: uuid.UUID | None
    proposer_name: str
    status: str
    supports: int
    needed: int
    answer: str
    meeting_title: dict[str, str]
    meeting_starts_at: datetime | None
    has_photo: bool
    created_at: datetime
    changes: Changes = field(default_factory=Changes)

    def body_name_in(self, language: str) -> str:
        return self.body_name.get(language) or next(iter(self.body_name.values()), "")

    def meeting_title_in(self, language: str) -> str:
        return self.meeting_title.get(language) or next(iter(self.meeting_title.values()), "")

    @property
    def open_for_support(self) -> bool:
        """Co-signing still helps: the secretary has not acted yet."""
        return self.status in ("submitted", "supported")

    def reached(self) -> tuple[str, ...]:
        """The steps of `TIMELINE` this item has reached (a declined item keeps the ones it
        reached before, as far as the kiosk can tell)."""
        if self.status == DECLINED:
            return ("submitted",) + (("supported",) if self.supports >= self.needed else ())
        return TIMELINE[: TIMELINE.index(self.status) + 1]


@dataclass(frozen=True)
class Cosigned:
    """A co-signature taken: the item as it now stands, and who signed."""

    item: AgendaItemView
    first_name: str
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class BodyChoice:
    """A body a member may put an item on."""

    id: uuid.UUID
    name: dict[str, str]

    def name_in(self, language: str) -> str:
        return self.name.get(language) or next(iter(self.name.values()), "")


@dataclass(frozen=True)
class MemberAgenda:
    """What the proposing screen needs about a member who scanned their badge: their name, the
    bodies they may put an item on, and their own items (newest first)."""

    person_id: uuid.UUID
    first_name: str
    bodies: tuple[BodyChoice, ...]
    items: tuple[AgendaItemView, ...]


@dataclass(frozen=True)
class TravelAidView:
    id: uuid.UUID
    person_id: uuid.UUID
    meeting_id: uuid.UUID | None
    meeting_title: dict[str, str]
    event: str
    departure: str
    estimated_cost: int
    note: str
    status: str
    answer: str
    created_at: datetime

    def what_in(self, language: str) -> str:
        """The meeting's title in `language`, or the meeting the member named."""
        return (
            self.meeting_title.get(language)
            or next(iter(self.meeting_title.values()), "")
            or self.event
        )


@dataclass(frozen=True)
class TravelAid:
    """A member's travel-aid requests, newest first, and the meetings they may ask for."""

    person_id: uuid.UUID
    first_name: str
    requests: tuple[TravelAidView, ...]
    meetings: tuple[MeetingChoice, ...]
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class MeetingChoice:
    """A coming meeting a member may travel to."""

    id: uuid.UUID
    title: dict[str, str]
    starts_at: datetime

    def title_in(self, language: str) -> str:
        return self.title.get(language) or next(iter(self.title.values()), "")
