"""When a person last said how involved they want to be; what ticks each journey step.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # NULL: never asked (the kiosk asks at the next check-in).
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("involvement_updated_at", db.types.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("journey_step", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("trigger", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("journey_step", schema=None) as batch_op:
        batch_op.drop_column("trigger")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("involvement_updated_at")
