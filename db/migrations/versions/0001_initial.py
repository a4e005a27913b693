"""Initial schema: every entity of the data model (docs/architecture.md, "Data"), the outbox and sync state.

Revision ID: 0001
Revises:
Create Date: 2025-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "antenna",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_antenna")),
        sa.UniqueConstraint("slug", name=op.f("uq_antenna_slug")),
    )
    op.create_table(
        "content_page",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "page",
                "booklet",
                "statutes",
                "story",
                name="contentkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.String(length=400), nullable=False),
        sa.Column("markdown", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_page")),
        sa.UniqueConstraint("slug", "language", name=op.f("uq_content_page_slug")),
    )
    with op.batch_alter_table("content_page", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_content_page_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_content_page_slug"), ["slug"], unique=False)

    op.create_table(
        "journey_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("celebrate", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_step")),
        sa.UniqueConstraint("slug", name=op.f("uq_journey_step_slug")),
    )
    op.create_table(
        "outbox",
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column(
            "operation",
            sa.Enum(
                "insert",
                "update",
                "delete",
                name="outboxoperation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_result", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_done_at"), ["done_at"], unique=False)

    op.create_table(
        "skill_tag",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_tag")),
        sa.UniqueConstraint("slug", name=op.f("uq_skill_tag_slug")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=2000), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "body",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "general_assembly",
                "board",
                "management_committee",
                "ethics_committee",
                "council_of_antennas",
                "local_council",
                "pb_committee",
                "working_group",
                "other",
                name="bodykind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.JSON(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_body_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["body.id"], name=op.f("fk_body_parent_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("slug", name=op.f("uq_body_slug")),
    )
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_body_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_body_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visitor",
                "member",
                "staff",
                name="personkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("first_name", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("member_since", sa.Date(), nullable=True),
        sa.Column("shareholder_since", sa.Date(), nullable=True),
        sa.Column("levels", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("retain_until", sa.Date(), nullable=True),
        sa.Column("search_first", sa.String(length=120), nullable=False),
        sa.Column("search_last", sa.String(length=120), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_person_antenna_id_antenna")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_retain_until"), ["retain_until"], unique=False)
        batch_op.create_index(
            "ix_person_search_last_first", ["search_last", "search_first", "id"], unique=False
        )

    op.create_table(
        "badge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "layout",
            sa.Enum(
                "62x100",
                "54x101",
                "cr80",
                "a4-8",
                name="badgelayout",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("issued_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=64), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_badge_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_badge_token_hash")),
    )
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_badge_person_id"), ["person_id"], unique=False)

    op.create_table(
        "body_link",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "elects",
                "reports_to",
                "appoints",
                "advises",
                name="bodylinkkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["body.id"], name=op.f("fk_body_link_source_id_body")
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["body.id"], name=op.f("fk_body_link_target_id_body")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_link")),
        sa.UniqueConstraint("source_id", "target_id", "kind", name=op.f("uq_body_link_source_id")),
    )
    with op.batch_alter_table("body_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_link_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_body_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "facilitator_account",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("pin_hash", sa.String(length=256), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("kdf", sa.String(length=64), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_login_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_facilitator_account_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_facilitator_account_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitator_account")),
        sa.UniqueConstraint("name", name=op.f("uq_facilitator_account_name")),
    )
    op.create_table(
        "journey_progress",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.Uuid(), nullable=False),
        sa.Column("completed_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_journey_progress_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["journey_step.id"], name=op.f("fk_journey_progress_step_id_journey_step")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_progress")),
        sa.UniqueConstraint("person_id", "step_id", name=op.f("uq_journey_progress_person_id")),
    )
    with op.batch_alter_table("journey_progress", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journey_progress_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "mandate",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("body_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_mandate_body_id_body")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_mandate_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandate")),
    )
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mandate_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mandate_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("body_id", sa.Uuid(), nullable=False),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("starts_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("online_url", sa.String(length=400), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "cancelled",
                name="meetingstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_meeting_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_meeting_body_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "person_name_word",
        sa.Column("word", sa.String(length=120), nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_name_word_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("word", "sort_key", "person_id", name=op.f("pk_person_name_word")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("person_name_word", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_name_word_person_id_word", ["person_id", "word"], unique=False
        )

    op.create_table(
        "session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mentored_coworking",
                "drop_in",
                "workshop",
                "training",
                "meet_the_board",
                name="sessionkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("host_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("topic", sa.String(length=120), nullable=False),
        sa.Column("starts_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("online_url", sa.String(length=400), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("recurrence", sa.String(length=200), nullable=False),
        sa.Column("series_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_session_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(["host_id"], ["person.id"], name=op.f("fk_session_host_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_host_id"), ["host_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "skill_post",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "offer",
                "need",
                name="skillpostkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "modality",
            sa.Enum(
                "in_person",
                "online",
                "either",
                name="skillmodality",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_skill_post_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_skill_post_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_post")),
    )
    with op.batch_alter_table("skill_post", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_post_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_post_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_post_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_post_person_id"), ["person_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("checked_in_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("checked_out_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("purpose", sa.String(length=64), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_visit_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_visit_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_checked_in_at"), ["checked_in_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_person_id"), ["person_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("body_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("proposer_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "submitted",
                "supported",
                "accepted",
                "scheduled",
                "treated",
                "declined",
                name="agendastatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_agenda_item_body_id_body")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["proposer_id"], ["person.id"], name=op.f("fk_agenda_item_proposer_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agenda_item_proposer_id"), ["proposer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agenda_item_status"), ["status"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target", sa.String(length=120), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["facilitator_account.id"],
            name=op.f("fk_audit_entry_facilitator_id_facilitator_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entry_facilitator_id"), ["facilitator_id"], unique=False
        )

    op.create_table(
        "intro_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("requester_id", sa.Uuid(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "accepted",
                "declined",
                name="introstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["post_id"], ["skill_post.id"], name=op.f("fk_intro_request_post_id_skill_post")
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"], ["person.id"], name=op.f("fk_intro_request_requester_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intro_request")),
    )
    with op.batch_alter_table("intro_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intro_request_post_id"), ["post_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_intro_request_requester_id"), ["requester_id"], unique=False
        )

    op.create_table(
        "signup",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "confirmed",
                "waitlisted",
                "cancelled",
                "attended",
                "no_show",
                name="signupstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_signup_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_signup_session_id_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signup")),
        sa.UniqueConstraint("session_id", "person_id", name=op.f("uq_signup_session_id")),
    )
    with op.batch_alter_table("signup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signup_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signup_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signup_status"), ["status"], unique=False)

    op.create_table(
        "skill_post_tag",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("tag_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["post_id"], ["skill_post.id"], name=op.f("fk_skill_post_tag_post_id_skill_post")
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["skill_tag.id"], name=op.f("fk_skill_post_tag_tag_id_skill_tag")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_post_tag")),
        sa.UniqueConstraint("post_id", "tag_id", name=op.f("uq_skill_post_tag_post_id")),
    )
    with op.batch_alter_table("skill_post_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_post_tag_post_id"), ["post_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_post_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "vote",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("body_id", sa.Uuid(), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("antenna_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "motion",
                "plurality",
                "approval",
                "score",
                "irv",
                "schulze",
                "mj",
                "consent",
                "pb",
                name="votemethod",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "open",
                "closed",
                "published",
                name="votestatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "level",
            sa.Enum(
                "information",
                "consultation",
                "concertation",
                "codecision",
                name="participationlevel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("secret", sa.Boolean(), nullable=False),
        sa.Column("opens_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closes_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("opened_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("published_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["antenna_id"], ["antenna.id"], name=op.f("fk_vote_antenna_id_antenna")
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_vote_body_id_body")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_vote_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_antenna_id"), ["antenna_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_status"), ["status"], unique=False)

    op.create_table(
        "agenda_support",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_item.id"], name=op.f("fk_agenda_support_item_id_agenda_item")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_agenda_support_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_support")),
        sa.UniqueConstraint("item_id", "person_id", name=op.f("uq_agenda_support_item_id")),
    )
    with op.batch_alter_table("agenda_support", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_support_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agenda_support_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "analog_count",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("cast", sa.Integer(), nullable=False),
        sa.Column("valid", sa.Integer(), nullable=False),
        sa.Column("invalid", sa.Integer(), nullable=False),
        sa.Column("blank", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["facilitator_account.id"],
            name=op.f("fk_analog_count_facilitator_id_facilitator_account"),
        ),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["vote.id"], name=op.f("fk_analog_count_vote_id_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analog_count")),
    )
    with op.batch_alter_table("analog_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_analog_count_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_attendance_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("vote_id", "person_id", name=op.f("uq_attendance_vote_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "ballot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
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
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_ballot_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "ballot_token",
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["vote.id"], name=op.f("fk_ballot_token_vote_id_vote")
        ),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_ballot_token")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("ballot_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_token_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["vote_id"], ["vote.id"], name=op.f("fk_ledger_entry_vote_id_vote")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
        sa.UniqueConstraint("vote_id", "seq", name=op.f("uq_ledger_entry_vote_id")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entry_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "proxy",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("giver_id", sa.Uuid(), nullable=False),
        sa.Column("holder_id", sa.Uuid(), nullable=False),
        sa.Column("revoked_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["giver_id"], ["person.id"], name=op.f("fk_proxy_giver_id_person")),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["person.id"], name=op.f("fk_proxy_holder_id_person")
        ),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_proxy_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proxy")),
        sa.UniqueConstraint("vote_id", "giver_id", name=op.f("uq_proxy_vote_id")),
    )
    with op.batch_alter_table("proxy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proxy_holder_id"), ["holder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proxy_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "vote_option",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_vote_option_vote_id_vote")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_option")),
    )
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_option_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "voter_roll",
        sa.Column("vote_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("has_voted", sa.Boolean(), nullable=False),
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
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_voter_roll_person_id_person")
        ),
        sa.ForeignKeyConstraint(["vote_id"], ["vote.id"], name=op.f("fk_voter_roll_vote_id_vote")),
        sa.PrimaryKeyConstraint("vote_id", "person_id", name=op.f("pk_voter_roll")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("voter_roll")
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_option_vote_id"))

    op.drop_table("vote_option")
    with op.batch_alter_table("proxy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proxy_vote_id"))
        batch_op.drop_index(batch_op.f("ix_proxy_holder_id"))

    op.drop_table("proxy")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_vote_id"))

    op.drop_table("ledger_entry")
    with op.batch_alter_table("ballot_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_token_vote_id"))

    op.drop_table("ballot_token")
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_vote_id"))

    op.drop_table("ballot")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_vote_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("analog_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_analog_count_vote_id"))

    op.drop_table("analog_count")
    with op.batch_alter_table("agenda_support", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_support_person_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_support_item_id"))

    op.drop_table("agenda_support")
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_status"))
        batch_op.drop_index(batch_op.f("ix_vote_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_vote_body_id"))
        batch_op.drop_index(batch_op.f("ix_vote_antenna_id"))

    op.drop_table("vote")
    with op.batch_alter_table("skill_post_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_post_tag_tag_id"))
        batch_op.drop_index(batch_op.f("ix_skill_post_tag_post_id"))

    op.drop_table("skill_post_tag")
    with op.batch_alter_table("signup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signup_status"))
        batch_op.drop_index(batch_op.f("ix_signup_session_id"))
        batch_op.drop_index(batch_op.f("ix_signup_person_id"))

    op.drop_table("signup")
    with op.batch_alter_table("intro_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intro_request_requester_id"))
        batch_op.drop_index(batch_op.f("ix_intro_request_post_id"))

    op.drop_table("intro_request")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_facilitator_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_status"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_proposer_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_body_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_person_id"))
        batch_op.drop_index(batch_op.f("ix_visit_checked_in_at"))
        batch_op.drop_index(batch_op.f("ix_visit_antenna_id"))

    op.drop_table("visit")
    with op.batch_alter_table("skill_post", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_post_person_id"))
        batch_op.drop_index(batch_op.f("ix_skill_post_kind"))
        batch_op.drop_index(batch_op.f("ix_skill_post_expires_on"))
        batch_op.drop_index(batch_op.f("ix_skill_post_antenna_id"))

    op.drop_table("skill_post")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_starts_at"))
        batch_op.drop_index(batch_op.f("ix_session_series_id"))
        batch_op.drop_index(batch_op.f("ix_session_kind"))
        batch_op.drop_index(batch_op.f("ix_session_host_id"))
        batch_op.drop_index(batch_op.f("ix_session_antenna_id"))

    op.drop_table("session")
    with op.batch_alter_table("person_name_word", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name_word_person_id_word")

    op.drop_table("person_name_word")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_body_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mandate_person_id"))
        batch_op.drop_index(batch_op.f("ix_mandate_body_id"))

    op.drop_table("mandate")
    with op.batch_alter_table("journey_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journey_progress_person_id"))

    op.drop_table("journey_progress")
    op.drop_table("facilitator_account")
    with op.batch_alter_table("body_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_link_target_id"))
        batch_op.drop_index(batch_op.f("ix_body_link_source_id"))

    op.drop_table("body_link")
    with op.batch_alter_table("badge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_person_id"))

    op.drop_table("badge")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_search_last_first")
        batch_op.drop_index(batch_op.f("ix_person_retain_until"))
        batch_op.drop_index(batch_op.f("ix_person_kind"))
        batch_op.drop_index(batch_op.f("ix_person_antenna_id"))

    op.drop_table("person")
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_parent_id"))
        batch_op.drop_index(batch_op.f("ix_body_kind"))
        batch_op.drop_index(batch_op.f("ix_body_antenna_id"))

    op.drop_table("body")
    op.drop_table("sync_state")
    op.drop_table("skill_tag")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_done_at"))

    op.drop_table("outbox")
    op.drop_table("journey_step")
    with op.batch_alter_table("content_page", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_content_page_slug"))
        batch_op.drop_index(batch_op.f("ix_content_page_kind"))

    op.drop_table("content_page")
    op.drop_table("antenna")
