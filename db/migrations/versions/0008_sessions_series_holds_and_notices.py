"""Sessions: series exceptions, members' offers to host, facilitators' notices; sign-ups'
hold window, payment at the desk and what the person was last told.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

`session` and `signup` are synced: `SCHEMA_VERSION` is 5. The hub keeps rows as JSON and needs
no migration of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exdates", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("proposed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("notice", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("signup", schema=None) as batch_op:
        for column in ("promoted_at", "accepted_at", "paid_at"):
            batch_op.add_column(
                sa.Column(column, db.types.UTCDateTime(timezone=True), nullable=True)
            )
        batch_op.add_column(
            sa.Column("seen", sa.String(length=40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("signup", schema=None) as batch_op:
        for column in ("seen", "paid_at", "accepted_at", "promoted_at"):
            batch_op.drop_column(column)
    with op.batch_alter_table("session", schema=None) as batch_op:
        for column in ("revision", "notice", "proposed", "exdates"):
            batch_op.drop_column(column)
