"""The hub's mail relay: the e-mails it owes people about their seats and sessions.

Revision ID: hub0006
Revises: hub0005
Create Date: 2026-12-07 19:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "hub0006"
down_revision: str | None = "hub0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hub_mail",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("to_address", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=400), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("sent_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_mail")),
    )
    op.create_index(op.f("ix_hub_mail_person_id"), "hub_mail", ["person_id"], unique=False)
    op.create_index("ix_hub_mail_status_next", "hub_mail", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_hub_mail_status_next", table_name="hub_mail")
    op.drop_index(op.f("ix_hub_mail_person_id"), table_name="hub_mail")
    op.drop_table("hub_mail")
