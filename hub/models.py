"""The hub's tables (its own metadata and migrations, apart from the kiosk's).

The hub stores synced rows generically (`HubRecord`: entity, id, the row as JSON and the stamp
of every column's last write), so that it merges rows of any kiosk schema version without
mirroring the kiosk's tables. Every change it accepts is appended to `HubChange`, the log that
kiosks pull; `AppliedOp` makes pushes exactly-once.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.clock import utcnow, uuid7
from db.base import NAMING_CONVENTION
from db.types import UTCDateTime

# JSONB on PostgreSQL (compact, comparable), JSON text on SQLite.
JSONType = JSON().with_variant(JSONB(), "postgresql")
# A 64-bit sequence on PostgreSQL; SQLite only auto-increments an INTEGER primary key.
Sequence64 = BigInteger().with_variant(Integer(), "sqlite")


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict[str, Any]: JSONType,
        dict[str, str]: JSONType,
    }


class HubMeta(HubBase):
    """Small facts about this hub: `epoch` (changes when restored from a backup), ..."""

    __tablename__ = "hub_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class HubAntenna(HubBase):
    """An antenne the hub knows; its id is also the `antenna` row the kiosks receive."""

    __tablename__ = "hub_antenna"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(HubBase):
    """An enrolled kiosk. Only the SHA-256 of its token is kept.

    `machine_id` and `last_seen_at` detect a clone on other hardware: the same token from a
    second machine while the first was active within the clone window is refused. The nonce
    chain detects a full copy (same disk, same machine id): every push is answered with a new
    `nonce`, which the kiosk stores with the push's results; presenting anything but the last
    nonce (or, for the retry of a push whose answer was lost, the one before it) means two
    machines hold the token. The device is then flagged (`clone_detected_at`) and refused
    until an administrator resets it (`antenne hub device reset`).
    """

    __tablename__ = "hub_device"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    antenna_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_antenna.id"), index=True)
    # The kiosk's HLC node name: the `origin` of everything it writes.
    node_id: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    machine_id: Mapped[str] = mapped_column(String(128), default="")
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    # The last cursor and schema version the kiosk reported (diagnosis, restore detection).
    last_cursor: Mapped[str] = mapped_column(String(64), default="")
    schema_version: Mapped[int] = mapped_column(default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # The last nonce issued, the one the kiosk held before it, and the first operation of the
    # push that was answered with `nonce` (a retry of that push may still present the older).
    nonce: Mapped[str] = mapped_column(String(64), default="", server_default="")
    nonce_before: Mapped[str] = mapped_column(String(64), default="", server_default="")
    nonce_op_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    clone_detected_at: Mapped[datetime | None] = mapped_column(default=None)


class EnrolmentCode(HubBase):
    """A one-time enrolment code for one antenne (only its hash is kept)."""

    __tablename__ = "hub_enrolment_code"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    antenna_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_antenna.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)


class HubRecord(HubBase):
    """The hub's current version of one synced row (any entity), with per-column stamps.

    `scope_antenna_id` is None for rows every kiosk receives (shared entities, hub content)
    and the owning antenne otherwise.
    """

    __tablename__ = "hub_record"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope_antenna_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    # The antenne of the kiosk that created a shared row: its owner while the row names none
    # (a person of no antenne, a skill tag; `app.sync.policies.OWNERSHIP`). None for rows
    # the hub published and rows pushed before the hub remembered it.
    owner_antenna_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    data: Mapped[dict[str, Any]] = mapped_column()
    field_hlc: Mapped[dict[str, str]] = mapped_column()
    hlc: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(64))
    purged: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Seat(HubBase):
    """The hub's ledger of sign-ups per session: how seats were granted."""

    __tablename__ = "hub_seat"
    __table_args__ = (Index("ix_hub_seat_session_status", "session_id", "status"),)

    signup_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    waitlist_position: Mapped[int | None] = mapped_column(default=None)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubChange(HubBase):
    """The change log kiosks pull, in (txid, seq) order.

    `txid` is the writing transaction's id on PostgreSQL (`pg_current_xact_id()` plus the
    hub's txid offset, see `hub.service.meta`), 0 on SQLite. A puller only receives changes
    whose transaction is older than every transaction still running, so none can commit behind
    it.
    """

    __tablename__ = "hub_change"
    __table_args__ = (Index("ix_hub_change_txid_seq", "txid", "seq"),)

    seq: Mapped[int] = mapped_column(Sequence64, primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    # "upsert" or "purge".
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column()
    hlc: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(64))
    scope_antenna_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppliedOp(HubBase):
    """Every operation a kiosk pushed, once, with the answer it got (re-sent → same answer)."""

    __tablename__ = "hub_applied_op"

    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_device.id"), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column()
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubBallotBox(HubBase):
    """The ballot box of a closed vote, as its kiosk sent it once at close (`app.sync.ballot_box`):
    append-only, one per vote, never in the change log (no kiosk receives it), readable only
    for the vote's antenne. `problems` lists what did not match its digest (empty: verified)."""

    __tablename__ = "hub_ballot_box"

    vote_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    antenna_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_antenna.id"), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hub_device.id"))
    payload: Mapped[dict[str, Any]] = mapped_column()
    digest: Mapped[str] = mapped_column(String(64))
    ballot_count: Mapped[int] = mapped_column()
    problems: Mapped[list[str]] = mapped_column(JSONType)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubMember(HubBase):
    """The cooperative's member register at the hub: which person each member number is
    (`antenne hub import members`). A number names one person and a person has one number;
    mandates are published by member number (`hub.service.governance`). Never synced: kiosks
    know the person, not the register's numbering."""

    __tablename__ = "hub_member"

    member_number: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubMail(HubBase):
    """An e-mail the hub owes a person (`hub.service.mail`), queued in the transaction of the
    decision it tells, sent by `hub.mailer` (docs/architecture.md, "Mail from the hub").

    `status`: `queued` (sent once `next_attempt_at` is past), `sending` (claimed by a sender,
    committed before the message goes out), `sent`, `failed` (refused for good or out of
    attempts) or `uncertain` (a sender stopped between sending and recording it: never sent
    again). Never synced: no kiosk sees anyone's mail."""

    __tablename__ = "hub_mail"
    __table_args__ = (Index("ix_hub_mail_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Sequence64, primary_key=True, autoincrement=True)
    # Whom it is for (their erasure removes what is not sent yet) and why ("seat_granted"…).
    person_id: Mapped[str] = mapped_column(String(64), index=True)
    # The other person it speaks of, if any (an introduction's): their erasure removes it too.
    about_person_id: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    reason: Mapped[str] = mapped_column(String(32))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(400))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str] = mapped_column(String(500), default="")


class HubIntro(HubBase):
    """What the hub did with an introduction request (`hub.service.intros`,
    docs/architecture.md, "Introductions through the hub"): the link it mailed the post's
    author to answer (only the SHA-256 of its token is kept; single use, until
    `token_expires_at`), and when it told the answer (the contacts exchanged, or the decline),
    so each is told once. Never synced: the `intro_request` row is what kiosks see."""

    __tablename__ = "hub_intro"

    intro_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    token_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    token_used_at: Mapped[datetime | None] = mapped_column(default=None)
    answer_told_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
