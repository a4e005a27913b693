"""The box of an open vote as slots filled in place; the voter roll's channel at one width.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

SQLite moves a row that grows to the free end of its page: the order of cells told in which
order ballots were cast and roll rows flipped (docs/architecture.md, "Secrecy and integrity").
`ballot_slot` holds an open vote's box as slots made before anyone votes, each filled in place
(`app/voting/slots.py`); the roll's channel is stored padded to one width (`'      '` when the
person has not voted), so a flip rewrites the row where it is. The roll is copied into its new
table in the order of its keys, which also wipes the order of flips made before this version.
Neither table is synced: `SCHEMA_VERSION` stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _roll(name: str, channel: sa.types.TypeEngine[str], check: str, check_name: str) -> None:
    op.create_table(
        name,
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("has_voted", sa.Boolean(), nullable=False),
        sa.Column("channel", channel, nullable=True),
        sa.CheckConstraint(check, name=op.f(check_name)),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_voter_roll_person_id_person")
        ),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_voter_roll_vote_id_vote")),
        sa.PrimaryKeyConstraint("vote_id", "person_id", name=op.f("pk_voter_roll")),
        sqlite_with_rowid=False,
    )


def _copy_roll(
    channel_sql: str, channel: sa.types.TypeEngine[str], check: str, check_name: str
) -> None:
    _roll("voter_roll_copy", channel, check, check_name)
    op.execute(
        "INSERT INTO voter_roll_copy (vote_id, person_id, weight, has_voted, channel) "
        f"SELECT vote_id, person_id, weight, has_voted, {channel_sql} FROM voter_roll "
        "ORDER BY vote_id, person_id"
    )
    op.drop_table("voter_roll")
    op.rename_table("voter_roll_copy", "voter_roll")


def upgrade() -> None:
    op.create_table(
        "ballot_slot",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_ballot_slot_vote_id_vote")),
        sa.PrimaryKeyConstraint("vote_id", "number", name=op.f("pk_ballot_slot")),
        sqlite_with_rowid=False,
    )
    _copy_roll(
        "CASE channel WHEN 'booth' THEN 'booth ' WHEN 'phone' THEN 'phone ' "
        "WHEN 'analog' THEN 'analog' ELSE '      ' END",
        sa.String(length=6),
        "channel IN ('      ', 'booth ', 'phone ', 'analog')",
        "ck_voter_roll_channel",
    )


def downgrade() -> None:
    _copy_roll(
        "NULLIF(TRIM(channel), '')",
        sa.String(length=32),
        "channel IN ('booth', 'phone', 'analog')",
        "ck_voter_roll_votechannel",
    )
    op.drop_table("ballot_slot")
