"""Typed changes: one word per table a screen may follow, and the sync speaks the same words."""

from __future__ import annotations

import db.models  # noqa: F401  (every model registered with the base)
from app.changes import Changes, Entity
from app.sync.service import SyncSummary
from db.outbox import synced_mappers

# Kept on the kiosk, never synced row by row, yet followed by screens (the ballot box).
LOCAL_ENTITIES = {"ballot"}


def synced_tables() -> set[str]:
    return {mapper.class_.__tablename__ for mapper in synced_mappers()}


def test_every_synced_table_has_its_entity_and_nothing_else() -> None:
    assert {member.value for member in Entity} == synced_tables() | LOCAL_ENTITIES


def test_a_change_concerns_the_screens_that_follow_its_entity() -> None:
    changes = Changes.of(Entity.VOTE) | Changes.of(Entity.BALLOT)

    assert changes.concerns(Entity.BALLOT, Entity.PERSON)
    assert not changes.concerns(Entity.PERSON, Entity.SKILL_POST)
    assert not Changes()
    assert Changes.union([Changes.of(Entity.VISIT), Changes.of(Entity.BADGE)]) == Changes.of(
        Entity.VISIT, Entity.BADGE
    )


def test_what_the_sync_pulled_is_announced_in_the_same_words() -> None:
    # A newer hub may send a table this kiosk does not have yet: no screen follows it.
    summary = SyncSummary(
        pushed=0,
        pulled=3,
        conflicts=0,
        duration_s=0.1,
        clock_warning=False,
        entities=("skill_post", "person", "table_of_the_future"),
    )

    assert summary.changes == Changes.of(Entity.SKILL_POST, Entity.PERSON)
    assert summary.changes.concerns(Entity.SKILL_POST)
