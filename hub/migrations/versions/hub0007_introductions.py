"""Introductions relayed by e-mail: the answer link mailed to a post's author (its token's
hash, expiry and use), when the answer was told, the person a mail speaks of (erased with
them), and on PostgreSQL the index a post's public page finds its tags by.

Revision ID: hub0007
Revises: hub0006
Create Date: 2026-12-07 21:45:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "hub0007"
down_revision: str | None = "hub0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POST_TAGS_INDEX = "ix_hub_record_skill_post_tag_post"


def upgrade() -> None:
    op.create_table(
        "hub_intro",
        sa.Column("intro_id", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("token_expires_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("token_used_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answer_told_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("intro_id", name=op.f("pk_hub_intro")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_hub_intro_token_hash")),
    )

    with op.batch_alter_table("hub_mail") as batch:
        batch.add_column(sa.Column("about_person_id", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_hub_mail_about_person_id"), ["about_person_id"])
    if op.get_bind().dialect.name == "postgresql":
        # A post's public page finds its tags by the post (`hub.api.public_skills.read_post`):
        # without this, every page read the whole of the posts' tags.
        op.create_index(
            POST_TAGS_INDEX,
            "hub_record",
            [sa.text("(data ->> 'post_id')")],
            postgresql_where=sa.text("entity = 'skill_post_tag'"),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(POST_TAGS_INDEX, table_name="hub_record")
    with op.batch_alter_table("hub_mail") as batch:
        batch.drop_index(batch.f("ix_hub_mail_about_person_id"))
        batch.drop_column("about_person_id")
    op.drop_table("hub_intro")
