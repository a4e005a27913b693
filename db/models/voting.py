"""Votes, the voter roll, the ballot box and the ledger.

Secrecy: nothing joins a person to a ballot. The voter roll (`voter_roll`) says who voted and
by which channel, never when; the ballot box (`ballot`) says what was voted, never by whom nor
when. While a vote is open its box is a set of slots made before anyone votes and filled in
place (`ballot_slot`). These tables, and the one-time phone codes (`ballot_token`), are stored
WITHOUT ROWID keyed by values that carry no order (a random UUID4, a person id, a hash), have
no time columns, and are not synced row by row (`__synced__ = False`: no outbox entry, whose
UUIDv7 op id and HLC would record casting order). The ballot box leaves the kiosk as one
shuffled batch at close.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin
from db.models.people import ParticipationLevel
from db.types import FixedWidthChoice

if TYPE_CHECKING:
    from db.models.facilitators import FacilitatorAccount


class VoteMethod(enum.StrEnum):
    motion = "motion"
    plurality = "plurality"
    approval = "approval"
    score = "score"
    irv = "irv"
    schulze = "schulze"
    mj = "mj"
    consent = "consent"
    pb = "pb"


class VoteStatus(enum.StrEnum):
    """draft → open → closed → published."""

    draft = "draft"
    open = "open"
    closed = "closed"
    published = "published"


class VoteChannel(enum.StrEnum):
    booth = "booth"  # the kiosk as a voting booth (badge → secret ballot)
    phone = "phone"  # phones on the room's Wi-Fi, with one-time ballot codes
    analog = "analog"  # show of hands or paper, counted by the facilitator


class Vote(SyncedMixin, Base):
    """A vote and its rules (method-specific: base, majority, quorum, budget, PB rule, ...)."""

    __tablename__ = "vote"

    body_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("body.id"), default=None, index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id"), default=None, index=True
    )
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    # The language of `title` and `question`, and the one readers fall back to.
    language: Mapped[str] = mapped_column(String(2), default="fr")
    # The same texts in the other languages: {"nl": {"title": ..., "question": ...}, ...}.
    # `info["translates"]`: the texts a language may hold and their longest length, which the
    # hub checks in every pushed row (`app.sync.schema`) as the service does (`app.voting.texts`).
    translations: Mapped[dict[str, Any]] = mapped_column(
        default=dict, info={"translates": {"title": 200, "question": 2000}}
    )
    method: Mapped[VoteMethod] = mapped_column(default=VoteMethod.motion)
    status: Mapped[VoteStatus] = mapped_column(default=VoteStatus.draft, index=True)
    # A consultation is advisory; a co-decision binds.
    level: Mapped[ParticipationLevel] = mapped_column(default=ParticipationLevel.consultation)
    # `VoteChannel` values allowed for this vote.
    channels: Mapped[list[str]] = mapped_column(default=lambda: [VoteChannel.booth.value])
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    secret: Mapped[bool] = mapped_column(default=True)
    opens_at: Mapped[datetime | None] = mapped_column(default=None)
    closes_at: Mapped[datetime | None] = mapped_column(default=None)
    opened_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    published_at: Mapped[datetime | None] = mapped_column(default=None)
    # The tally as published (JSON of the engine's result), None before.
    result: Mapped[dict[str, Any] | None] = mapped_column(default=None)

    options: Mapped[list[VoteOption]] = relationship(
        back_populates="vote", lazy="selectin", order_by="VoteOption.position"
    )


class VoteOption(SyncedMixin, Base):
    __tablename__ = "vote_option"

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    # `label` and `description` in the vote's other languages:
    # {"nl": {"label": ..., "description": ...}, ...}.
    translations: Mapped[dict[str, Any]] = mapped_column(
        default=dict, info={"translates": {"label": 300, "description": 600}}
    )
    # Participatory budgeting: the project's cost in currency units; None otherwise.
    cost: Mapped[int | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)
    # A small JPEG (normalised by `app/voting/pictures.py`); loaded only when shown.
    picture: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)

    vote: Mapped[Vote] = relationship(back_populates="options", lazy="select")


class Attendance(SyncedMixin, Base):
    """Roll call: a person present (in the room or online) for a vote, with their weight."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("vote_id", "person_id"),)

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(default=True)
    # "in_person" or "online".
    mode: Mapped[str] = mapped_column(String(16), default="in_person")
    weight: Mapped[int] = mapped_column(default=1)


class Proxy(SyncedMixin, Base):
    """`giver` lets `holder` vote in their name (capped by the body's `proxy_cap`)."""

    __tablename__ = "proxy"
    __table_args__ = (UniqueConstraint("vote_id", "giver_id"),)

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    giver_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    holder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class VoterRoll(Base):
    """Who may vote and whether they did, by which channel: never when, never the ballot."""

    __tablename__ = "voter_roll"
    __table_args__ = (
        CheckConstraint("channel IN ('      ', 'booth ', 'phone ', 'analog')", name="channel"),
        {"sqlite_with_rowid": False},
    )
    __synced__: ClassVar[bool] = False

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), primary_key=True)
    weight: Mapped[int] = mapped_column(default=1)
    has_voted: Mapped[bool] = mapped_column(default=False)
    # One width whatever its value, so that voting rewrites the row in place.
    channel: Mapped[VoteChannel | None] = mapped_column(FixedWidthChoice(VoteChannel), default=None)


def _random_ballot_id() -> uuid.UUID:
    # UUID4 on purpose: a UUIDv7 would embed the second the ballot was cast.
    return uuid.uuid4()


class Ballot(Base):
    """One ballot in the box: what was voted, never by whom nor when."""

    __tablename__ = "ballot"
    __table_args__ = ({"sqlite_with_rowid": False},)
    __synced__: ClassVar[bool] = False

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=_random_ballot_id)
    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    # Method-specific: {"choice": "yes"}, {"ranking": [...]}, {"grades": {...}}, ...
    content: Mapped[dict[str, Any]] = mapped_column()
    weight: Mapped[int] = mapped_column(default=1)
    channel: Mapped[VoteChannel]


class BallotSlot(Base):
    """A place in the box of an open vote, made empty before anyone can vote and filled in
    place by one ballot, drawn uniformly among the empty ones (`app/voting/slots.py`).

    `sealed` is text of one length for the whole vote: spaces while empty, then the ballot
    (its content, weight and channel as ASCII JSON) padded with spaces. The row never changes
    size, so SQLite rewrites it where it is: neither the place of a cell nor the page it sits
    in says when a ballot came. At close the filled slots become the vote's `Ballot` rows, in
    the order of their ids, and every slot is deleted.
    """

    __tablename__ = "ballot_slot"
    __table_args__ = ({"sqlite_with_rowid": False},)
    __synced__: ClassVar[bool] = False

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), primary_key=True)
    # 0, 1, 2…: slots are drawn by number, uniformly among the empty ones.
    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # The ballot's id once in the box (random: UUID4).
    id: Mapped[uuid.UUID] = mapped_column(default=_random_ballot_id)
    sealed: Mapped[str] = mapped_column(Text)


class NamedBallot(Base):
    """A named (non-secret) vote: who voted what, public by design (a board's roll-call vote).

    Only for votes with `Vote.secret` false; the ballot itself also goes into the box as usual
    (so the tally, the digest and `verify` stay the same), and `verify` checks that the names
    and the box hold the same ballots. For a phone vote the row is made when the person's code
    is issued (`code_hash` set, `content` None) and filled when the code is used. Not synced
    row by row: it leaves the kiosk with the box at close.
    """

    __tablename__ = "named_ballot"
    __table_args__ = ({"sqlite_with_rowid": False},)
    __synced__: ClassVar[bool] = False

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), primary_key=True)
    # Whose vote this is (the giver, for a proxy).
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), primary_key=True)
    # Who cast it for them (the proxy holder), None when they voted themselves.
    cast_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    # SQL NULL (not JSON null) while a phone code waits to be used.
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    weight: Mapped[int] = mapped_column(default=1)
    channel: Mapped[VoteChannel]
    code_hash: Mapped[str | None] = mapped_column(String(64), default=None, index=True)


class BallotToken(Base):
    """A one-time phone ballot code, kept as its hash; it is not linked to anyone."""

    __tablename__ = "ballot_token"
    __table_args__ = ({"sqlite_with_rowid": False},)
    __synced__: ClassVar[bool] = False

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    used: Mapped[bool] = mapped_column(default=False)


class AnalogCount(SyncedMixin, Base):
    """A count entered by the facilitator (show of hands, paper), with reconciliation figures:
    cast = valid + invalid + blank; cast ≤ weight present; each option ≤ valid."""

    __tablename__ = "analog_count"

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("facilitator_account.id"), default=None
    )
    cast: Mapped[int] = mapped_column(default=0)
    valid: Mapped[int] = mapped_column(default=0)
    invalid: Mapped[int] = mapped_column(default=0)
    blank: Mapped[int] = mapped_column(default=0)
    # Option id (as text) → votes (or points, or a grade histogram for `mj`).
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Set when a later count replaces this one (corrections are recorded, not overwritten).
    superseded: Mapped[bool] = mapped_column(default=False)

    facilitator: Mapped[FacilitatorAccount | None] = relationship(lazy="select")


class LedgerEntry(SyncedMixin, Base):
    """One event of a vote in a hash chain: `hash = sha256(prev_hash + canonical(kind, payload))`.

    Append-only. Kinds: "opened", "roll_call", "proxy", "proxy_revoked", "ballot_cast" (running
    count only), "analog_count", "correction", "lots_drawn", "closed" (with the ballot box digest).
    """

    __tablename__ = "ledger_entry"
    __table_args__ = (UniqueConstraint("vote_id", "seq"),)

    vote_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vote.id"), index=True)
    seq: Mapped[int]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
