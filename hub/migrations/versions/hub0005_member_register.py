"""The member register: which person each member number is (`antenne hub import members`).

Revision ID: hub0005
Revises: hub0004
Create Date: 2026-12-07 18:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "hub0005"
down_revision: str | None = "hub0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hub_member",
        sa.Column("member_number", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("member_number", name=op.f("pk_hub_member")),
        sa.UniqueConstraint("person_id", name=op.f("uq_hub_member_person_id")),
    )


def downgrade() -> None:
    op.drop_table("hub_member")
