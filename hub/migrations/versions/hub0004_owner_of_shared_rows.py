"""The antenne whose kiosk created a shared row: its owner while the row names none.

Revision ID: hub0004
Revises: hub0003
Create Date: 2026-11-27 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "hub0004"
down_revision: str | None = "hub0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Rows from before stay without one: only their owning column (or the hub) decides.
    with op.batch_alter_table("hub_record") as batch:
        batch.add_column(sa.Column("owner_antenna_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_record") as batch:
        batch.drop_column("owner_antenna_id")
