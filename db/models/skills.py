"""Skill sharing between members: offers and needs, tags, introduction requests."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
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


class IntroStatus(enum.StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"


class SkillTag(SyncedMixin, Base):
    __tablename__ = "skill_tag"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[dict[str, str]] = mapped_column(default=dict)


class SkillPost(SyncedMixin, Base):
    __tablename__ = "skill_post"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antenna.id"), default=None, index=True
    )
    kind: Mapped[SkillPostKind] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    modality: Mapped[SkillModality] = mapped_column(default=SkillModality.either)
    expires_on: Mapped[date | None] = mapped_column(default=None, index=True)
    # Hidden by its author or by a facilitator (moderation).
    hidden: Mapped[bool] = mapped_column(default=False)

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
    __table_args__ = (UniqueConstraint("post_id", "tag_id"),)

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_post.id"), index=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_tag.id"), index=True)


class IntroRequest(SyncedMixin, Base):
    """Someone asks to be introduced to the author of a skill post."""

    __tablename__ = "intro_request"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("skill_post.id"), index=True)
    requester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[IntroStatus] = mapped_column(default=IntroStatus.pending)
