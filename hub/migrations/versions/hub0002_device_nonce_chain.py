"""The device nonce chain: a full copy of a kiosk (same disk, same machine id) is detected.

Revision ID: hub0002
Revises: hub0001
Create Date: 2026-11-26 06:32:02.399189
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "hub0002"
down_revision: str | None = "hub0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hub_device", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("nonce", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("nonce_before", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("nonce_op_id", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("clone_detected_at", db.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("hub_device", schema=None) as batch_op:
        batch_op.drop_column("clone_detected_at")
        batch_op.drop_column("nonce_op_id")
        batch_op.drop_column("nonce_before")
        batch_op.drop_column("nonce")
