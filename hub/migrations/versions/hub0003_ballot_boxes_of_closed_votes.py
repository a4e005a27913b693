"""The ballot boxes of closed votes, one batch per vote (`app.sync.ballot_box`).

Revision ID: hub0003
Revises: hub0002
Create Date: 2026-11-26 06:41:20.976114
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import db.types

revision: str = "hub0003"
down_revision: str | None = "hub0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hub_ballot_box",
        sa.Column("vote_id", sa.String(length=64), nullable=False),
        sa.Column("antenna_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("ballot_count", sa.Integer(), nullable=False),
        sa.Column(
            "problems",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("received_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["antenna_id"],
            ["hub_antenna.id"],
            name=op.f("fk_hub_ballot_box_antenna_id_hub_antenna"),
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["hub_device.id"], name=op.f("fk_hub_ballot_box_device_id_hub_device")
        ),
        sa.PrimaryKeyConstraint("vote_id", name=op.f("pk_hub_ballot_box")),
    )
    with op.batch_alter_table("hub_ballot_box", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hub_ballot_box_antenna_id"), ["antenna_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("hub_ballot_box", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_ballot_box_antenna_id"))

    op.drop_table("hub_ballot_box")
