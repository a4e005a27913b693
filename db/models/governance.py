"""Governance bodies, their links and mandates, meetings, and the board's agenda."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin

if TYPE_CHECKING:
    from db.models.people import Person


class BodyKind(enum.StrEnum):
    general_assembly = "general_assembly"
    board = "board"
    management_committee = "management_committee"
    ethics_committee = "ethics_committee"
    council_of_antennas = "council_of_antennas"
    local_council = "local_council"
    pb_committee = "pb_committee"
    working_group = "working_group"
    other = "other"


class BodyLinkKind(enum.StrEnum):
    elects = "elects"
    reports_to = "reports_to"
    appoints = "appoints"
    advises = "advises"


class MeetingStatus(enum.StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class AgendaStatus(enum.StrEnum):
    """submitted → supported → accepted → scheduled → treated, or declined at any point."""

    submitted = "submitted"
    supported = "supported"
    accepted = "accepted"
    scheduled = "scheduled"
    treated = "treated"
    declined = "declined"


class TravelAidStatus(enum.StrEnum):
    """A travel-aid request is submitted by a kiosk, then granted or declined by the hub."""

    submitted = "submitted"
    granted = "granted"
    declined = "declined"


class Body(SyncedMixin, Base):
    """A governance body (board, general assembly, local council, ...); hub-authoritative.

    `rules` is what the tally engine needs to decide in this body, e.g.
    `{"quorum": {"count": "present", "of": "entitled", "ratio": 0.5}, "base": "yes_no",
    "majority": "simple", "proxy_cap": 2, "tie_rule": "chair"}`, and for members' agenda
    items `"support_threshold"`: a number of co-signing members (`10`) or a share of the
    antenne's members (`{"share": 0.02}`), see `app.agenda.service.support_needed`.
    """

    __tablename__ = "body"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[BodyKind] = mapped_column(index=True)
    # Multilingual: {"fr": ..., "nl": ..., "en": ...}.
    name: Mapped[dict[str, str]] = mapped_column(default=dict)
    purpose: Mapped[dict[str, str]] = mapped_column(default=dict)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("body.id"), default=None, index=True
    )
    # Set for local bodies (the local council of Rennes); None for cooperative-wide ones.
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Order on the governance map.
    position: Mapped[int] = mapped_column(default=0)

    parent: Mapped[Body | None] = relationship(remote_side="Body.id", lazy="select")


class BodyLink(SyncedMixin, Base):
    """An edge of the governance map: `source` elects / reports to / appoints / advises `target`."""

    __tablename__ = "body_link"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),)

    source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("body.id"), index=True)
    target_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("body.id"), index=True)
    kind: Mapped[BodyLinkKind]


class Mandate(SyncedMixin, Base):
    """A person holds a role in a body for a while (photo boards come from these)."""

    __tablename__ = "mandate"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("body.id"), index=True)
    # Identifier translated by the UI: "chair", "vice_chair", "secretary", "treasurer",
    # "member", "director", "facilitator", ...
    role: Mapped[str] = mapped_column(String(64), default="member")
    start: Mapped[date]
    end: Mapped[date | None] = mapped_column(default=None)

    person: Mapped[Person] = relationship(lazy="select")
    body: Mapped[Body] = relationship(lazy="select")


class Meeting(SyncedMixin, Base):
    __tablename__ = "meeting"

    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("body.id"), index=True)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("antenna.id"), default=None)
    title: Mapped[dict[str, str]] = mapped_column(default=dict)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    location: Mapped[str] = mapped_column(String(200), default="")
    online_url: Mapped[str] = mapped_column(String(400), default="")
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.planned)
    # Published agenda and minutes (markdown), once the body releases them.
    minutes: Mapped[str] = mapped_column(Text, default="")

    body: Mapped[Body] = relationship(lazy="select")


class AgendaItem(SyncedMixin, Base):
    """An item a member proposes for a body's agenda (members can put items on the agenda)."""

    __tablename__ = "agenda_item"

    body_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("body.id"), index=True)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id"), default=None, index=True
    )
    proposer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    status: Mapped[AgendaStatus] = mapped_column(default=AgendaStatus.submitted, index=True)
    # The body's answer, shown to the proposer and on the published agenda.
    answer: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    # A photo of a document the proposer brought (a small JPEG); loaded only when shown.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)

    proposer: Mapped[Person | None] = relationship(lazy="select")


class AgendaSupport(SyncedMixin, Base):
    """A member supports an agenda item (append-only; one per person and item)."""

    __tablename__ = "agenda_support"
    __table_args__ = (UniqueConstraint("item_id", "person_id"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_item.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)


class TravelAidRequest(SyncedMixin, Base):
    """A member asks for help with the travel costs of a national or international meeting.

    The kiosk creates it (always `submitted`, without an answer); its status and answer are the
    hub's (`antenne hub travel answer`, docs/architecture.md, "Validation and ownership").
    """

    __tablename__ = "travel_aid_request"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    # A meeting the kiosk knows, or (None) the meeting named in `event`.
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    event: Mapped[str] = mapped_column(String(200), default="")
    departure: Mapped[str] = mapped_column(String(200))
    # Whole euros: an estimate, not an invoice.
    estimated_cost: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[TravelAidStatus] = mapped_column(default=TravelAidStatus.submitted, index=True)
    answer: Mapped[str] = mapped_column(Text, default="")
