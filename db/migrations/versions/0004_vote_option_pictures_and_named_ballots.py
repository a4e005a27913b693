"""A participatory-budget project's picture; who voted what in a named (non-secret) vote.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "named_ballot",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("cast_by_id", sa.Uuid(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "booth",
                "phone",
                "analog",
                name="votechannel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["cast_by_id"], ["person.id"], name=op.f("fk_named_ballot_cast_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_named_ballot_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["vote.id"], name=op.f("fk_named_ballot_vote_id_vote")
        ),
        sa.PrimaryKeyConstraint("vote_id", "person_id", name=op.f("pk_named_ballot")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("named_ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_named_ballot_code_hash"), ["code_hash"], unique=False)
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.add_column(sa.Column("picture", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.drop_column("picture")
    with op.batch_alter_table("named_ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_named_ballot_code_hash"))
    op.drop_table("named_ballot")
