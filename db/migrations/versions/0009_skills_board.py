"""The skills board: a taxonomy of sectors and skills, a post's level, availability, "other"
tag, freshness and moderation; introductions answered and relayed; reports; the posts'
full-text index (`db.skill_search`, kiosk-only).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

`skill_tag`, `skill_post`, `intro_request` and the new `skill_report` are synced:
`SCHEMA_VERSION` is 6. The hub keeps rows as JSON and needs no migration of its own for them.
Existing posts count as confirmed on the day they were posted.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types
from db import skill_search

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = ("first_steps", "confirmed", "expert")
_REASONS = ("contact_details", "offensive", "commercial", "out_of_date", "other")
# A covering index of what the board and matching filter and sort the live posts on.
_LIVE = (
    "deleted_at",
    "hidden",
    "kind",
    "expires_on",
    "person_id",
    "modality",
    "antenna_id",
    "created_at",
    "id",
)


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    with op.batch_alter_table("skill_tag", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sector", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index(batch_op.f("ix_skill_tag_sector"), ["sector"], unique=False)
    with op.batch_alter_table("skill_post", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "level", _enum("skilllevel", _LEVELS), nullable=False, server_default="confirmed"
            )
        )
        batch_op.add_column(
            sa.Column("availability", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("other_tag", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("confirmed_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("hidden_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("hidden_at", db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index("ix_skill_post_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_skill_post_live", list(_LIVE), unique=False)
        batch_op.create_index(
            "ix_skill_post_antenna_id_created_at", ["antenna_id", "created_at", "id"], unique=False
        )
    op.execute("UPDATE skill_post SET confirmed_on = date(created_at)")
    with op.batch_alter_table("skill_post_tag", schema=None) as batch_op:
        batch_op.create_index(
            "ix_skill_post_tag_tag_id_deleted_at_post_id",
            ["tag_id", "deleted_at", "post_id"],
            unique=False,
        )
    with op.batch_alter_table("intro_request", schema=None) as batch_op:
        for column in ("answered_at", "relayed_at"):
            batch_op.add_column(
                sa.Column(column, db.types.UTCDateTime(timezone=True), nullable=True)
            )
    op.create_table(
        "skill_report",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("reporter_id", sa.Uuid(), nullable=True),
        sa.Column("reason", _enum("reportreason", _REASONS), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("resolved_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["post_id"], ["skill_post.id"], name=op.f("fk_skill_report_post_id_skill_post")
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"], ["person.id"], name=op.f("fk_skill_report_reporter_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["person.id"], name=op.f("fk_skill_report_resolved_by_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_report")),
    )
    with op.batch_alter_table("skill_report", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_report_post_id"), ["post_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_skill_report_resolved_at"), ["resolved_at"], unique=False
        )
    skill_search.create(op.get_bind())


def downgrade() -> None:
    skill_search.drop(op.get_bind())
    with op.batch_alter_table("skill_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_report_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_skill_report_post_id"))
    op.drop_table("skill_report")
    with op.batch_alter_table("intro_request", schema=None) as batch_op:
        for column in ("relayed_at", "answered_at"):
            batch_op.drop_column(column)
    with op.batch_alter_table("skill_post_tag", schema=None) as batch_op:
        batch_op.drop_index("ix_skill_post_tag_tag_id_deleted_at_post_id")
    with op.batch_alter_table("skill_post", schema=None) as batch_op:
        batch_op.drop_index("ix_skill_post_antenna_id_created_at")
        batch_op.drop_index("ix_skill_post_live")
        batch_op.drop_index("ix_skill_post_created_at")
        batch_op.drop_constraint(batch_op.f("ck_skill_post_skilllevel"), type_="check")
        for column in (
            "hidden_at",
            "hidden_reason",
            "confirmed_on",
            "other_tag",
            "availability",
            "level",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("skill_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_tag_sector"))
        for column in ("position", "sector"):
            batch_op.drop_column(column)
