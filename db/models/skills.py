"""Skill sharing between members: offers and needs, the tags of a multilingual taxonomy,
introduction requests and reports (docs/architecture.md, "The skills board").

The kiosk also keeps a full-text index of the posts (`db.skill_search`), filled by triggers on
these tables: it never syncs.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, SyncedMixin

if TYPE_CHECKING:
    from db.models.people import Person


class SkillPostKind(enum.StrEnum):
    offer = "offer"
    need = "need"


class SkillModality(enum.StrEnum):
    in_person = "in_person"
    online = "online"
    either = "either"


class SkillLevel(enum.StrEnum):
    """How far the author is with the skill: what an offer passes on, what a need asks for."""

    first_steps = "first_steps"
    confirmed = "confirmed"
    expert = "expert"


class IntroStatus(enum.StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"


class ReportReason(enum.StrEnum):
    """Why someone reported a post."""

    contact_details = "contact_details"
    offensive = "offensive"
    commercial = "commercial"
    out_of_date = "out_of_date"
    other = "other"


class SkillTag(SyncedMixin, Base):
    """A sector of Smart's members (`sector` empty) or a skill within one (`sector` names it).

    Labels in fr/nl/en. The taxonomy is published by the hub; a facilitator may turn a post's
    "other" free text into a tag of their own antenne.
    """

    __tablename__ = "skill_tag"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[dict[str, str]] = mapped_column(default=dict)
    # The slug of the tag's sector; empty for a sector itself.
    sector: Mapped[str] = mapped_column(String(64), default="", index=True)
    position: Mapped[int] = mapped_column(default=0)


class SkillPost(SyncedMixin, Base):
    __tablename__ = "skill_post"
    __table_args__ = (
        # The board, newest first, reads its first page in this order.
        Index("ix_skill_post_created_at", "created_at"),
        # The board's first page: this antenne's posts, newest first.
        Index("ix_skill_post_antenna_id_created_at", "antenna_id", "created_at", "id"),
        # What the board and matching filter and sort the live posts on, without their rows.
        Index(
            "ix_skill_post_live",
            "deleted_at",
            "hidden",
            "kind",
            "expires_on",
            "person_id",
            "modality",
            "antenna_id",
            "created_at",
            "id",
        ),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    kind: Mapped[SkillPostKind] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    modality: Mapped[SkillModality] = mapped_column(default=SkillModality.either)
    level: Mapped[SkillLevel] = mapped_column(default=SkillLevel.confirmed)
    # When the author is available, in their words ("Tuesday evenings", "in March").
    availability: Mapped[str] = mapped_column(String(200), default="")
    # What the taxonomy lacked, in the author's words; a facilitator may make it a tag.
    other_tag: Mapped[str] = mapped_column(String(80), default="")
    expires_on: Mapped[date | None] = mapped_column(default=None, index=True)
    # The day the author last said the post still holds (posting, renewing, "still offering?").
    confirmed_on: Mapped[date | None] = mapped_column(default=None)
    # Hidden by a facilitator (moderation), with the reason the author reads. The author
    # removes their post (a tombstone, `deleted_at`).
    hidden: Mapped[bool] = mapped_column(default=False)
    hidden_reason: Mapped[str] = mapped_column(Text, default="")
    hidden_at: Mapped[datetime | None] = mapped_column(default=None)

    person: Mapped[Person] = relationship(lazy="select")
    # Read-only view; tags are attached by adding `SkillPostTag` rows, which are synced
    # (a plain association table would bypass the outbox).
    tags: Mapped[list[SkillTag]] = relationship(
        secondary="skill_post_tag",
        primaryjoin="and_(SkillPost.id == SkillPostTag.post_id, SkillPostTag.deleted_at.is_(None))",
        viewonly=True,
        lazy="selectin",
        order_by="SkillTag.slug",
    )


class SkillPostTag(SyncedMixin, Base):
    """The association of a skill post and a tag."""

    __tablename__ = "skill_post_tag"
    __table_args__ = (
        UniqueConstraint("post_id", "tag_id"),
        # Matching reads every live link of a skill: answered from the index alone.
        Index("ix_skill_post_tag_tag_id_deleted_at_post_id", "tag_id", "deleted_at", "post_id"),
    )

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_post.id"), index=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_tag.id"), index=True)


class IntroRequest(SyncedMixin, Base):
    """Someone asks to be introduced to the author of a skill post."""

    __tablename__ = "intro_request"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_post.id"), index=True)
    requester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[IntroStatus] = mapped_column(default=IntroStatus.pending)
    # When the author accepted or declined (at a kiosk, or through the hub's link).
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    # When the hub relayed the request to the author by e-mail (the hub's alone to set).
    relayed_at: Mapped[datetime | None] = mapped_column(default=None)


class SkillReport(SyncedMixin, Base):
    """Someone reported a post; it waits in the facilitators' queue until resolved."""

    __tablename__ = "skill_report"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_post.id"), index=True)
    # Empty when a visitor without a badge reported it.
    reporter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    reason: Mapped[ReportReason] = mapped_column(default=ReportReason.other)
    note: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    # "kept" or "hidden".
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
