"""Visitor badges are valid on one day only: `badge.valid_on`.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Badges issued before this revision keep working: NULL means "no day limit".
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.add_column(sa.Column("valid_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.drop_column("valid_on")
