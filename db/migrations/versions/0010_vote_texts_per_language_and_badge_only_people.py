"""A vote's title, question and options in each language; people who can only be found by
their badge.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

`vote.translations` and `vote_option.translations` hold the texts in the languages other than
the vote's own (`vote.language`, which readers fall back to); `person.name_search` is False for
a person who opted out of "find my name" on the kiosks. All three are synced: `SCHEMA_VERSION`
is 7. The hub keeps rows as JSON and needs no migration of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("vote", "vote_option"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("translations", sa.JSON(), nullable=False, server_default="{}")
            )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_search", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("name_search")
    for table in ("vote_option", "vote"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("translations")
