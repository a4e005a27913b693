"""A photo of a document on a member's agenda item; travel-aid requests; the journey step of a
member's first treated agenda item.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-14

`agenda_item.photo` and the `travel_aid_request` table are synced: `SCHEMA_VERSION` is 4.
The journey step is added where the default steps were already seeded (an empty table is
seeded whole by `db.journey_steps`), with the id every kiosk derives from its slug.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types
from app.clock import utcnow
from db.journey_steps import FIRST_AGENDA_ITEM_TREATED, step_id

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
    op.create_table(
        "travel_aid_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("event", sa.String(length=200), nullable=False),
        sa.Column("departure", sa.String(length=200), nullable=False),
        sa.Column("estimated_cost", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "granted",
                "declined",
                name="travelaidstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_travel_aid_request_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_travel_aid_request_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_aid_request")),
    )
    with op.batch_alter_table("travel_aid_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_travel_aid_request_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_travel_aid_request_status"), ["status"], unique=False)
    _add_journey_step()


def _steps_table() -> sa.TableClause:
    return sa.table(
        "journey_step",
        sa.column("id", sa.Uuid()),
        sa.column("created_at", db.types.UTCDateTime(timezone=True)),
        sa.column("updated_at", db.types.UTCDateTime(timezone=True)),
        sa.column("hlc", sa.String()),
        sa.column("origin", sa.String()),
        sa.column("deleted_at", db.types.UTCDateTime(timezone=True)),
        sa.column("slug", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("title", sa.JSON()),
        sa.column("description", sa.JSON()),
        sa.column("celebrate", sa.Boolean()),
        sa.column("trigger", sa.String()),
    )


def _add_journey_step() -> None:
    steps = _steps_table()
    connection = op.get_bind()
    spec = FIRST_AGENDA_ITEM_TREATED
    seeded = connection.execute(sa.select(steps.c.id).limit(1)).first() is not None
    known = (
        connection.execute(sa.select(steps.c.id).where(steps.c.slug == spec.slug)).first()
        is not None
    )
    if not seeded or known:
        return
    # Before the celebrated step (becoming a shareholder), which ends the journey.
    celebrated = connection.execute(
        sa.select(sa.func.min(steps.c.position)).where(steps.c.celebrate.is_(True))
    ).scalar()
    last = connection.execute(sa.select(sa.func.max(steps.c.position))).scalar() or 0
    position = last + 10 if celebrated is None else celebrated - 5
    now = utcnow()
    connection.execute(
        sa.insert(steps).values(
            id=step_id(spec.slug),
            created_at=now,
            updated_at=now,
            hlc="",
            origin="",
            deleted_at=None,
            slug=spec.slug,
            position=position,
            title=dict(spec.title),
            description=dict(spec.description),
            celebrate=False,
            trigger=spec.trigger,
        )
    )


def downgrade() -> None:
    steps = _steps_table()
    op.execute(sa.delete(steps).where(steps.c.id == step_id(FIRST_AGENDA_ITEM_TREATED.slug)))
    with op.batch_alter_table("travel_aid_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_travel_aid_request_status"))
        batch_op.drop_index(batch_op.f("ix_travel_aid_request_person_id"))
    op.drop_table("travel_aid_request")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("photo")
