"""What a service changed, so each screen refreshes only what concerns it (Anki's OpChanges).

A service's result carries the `Changes` it made; the task runner announces them to every
screen, and the sync announces what it pulled in the same words. The words are `Entity`
members: one per synced table (the name the sync uses), and the few tables that never leave
the kiosk but that screens follow. A misspelt concern is a type error, not a screen that never
refreshes (`tests/unit/test_changes.py` keeps the enum and the tables in step).

Pure and cheap: screens import it before the kiosk's first frame.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Entity(enum.StrEnum):
    """What a change is about: the table a service or the sync wrote to."""

    # Synced tables (their name is the sync's entity name, `db.base.SyncedMixin`).
    ANTENNA = "antenna"
    AGENDA_ITEM = "agenda_item"
    AGENDA_SUPPORT = "agenda_support"
    ANALOG_COUNT = "analog_count"
    ATTENDANCE = "attendance"
    AUDIT_ENTRY = "audit_entry"
    BADGE = "badge"
    BODY = "body"
    BODY_LINK = "body_link"
    CONTENT_PAGE = "content_page"
    FACILITATOR_ACCOUNT = "facilitator_account"
    INTRO_REQUEST = "intro_request"
    JOURNEY_PROGRESS = "journey_progress"
    JOURNEY_STEP = "journey_step"
    LEDGER_ENTRY = "ledger_entry"
    MANDATE = "mandate"
    MEETING = "meeting"
    PERSON = "person"
    PROXY = "proxy"
    SESSION = "session"
    SIGNUP = "signup"
    SKILL_POST = "skill_post"
    SKILL_POST_TAG = "skill_post_tag"
    SKILL_REPORT = "skill_report"
    SKILL_TAG = "skill_tag"
    TRAVEL_AID_REQUEST = "travel_aid_request"
    VISIT = "visit"
    VOTE = "vote"
    VOTE_OPTION = "vote_option"
    # Kept on the kiosk only: the ballot box and the voter roll (a secret ballot never syncs
    # row by row) change with every vote cast.
    BALLOT = "ballot"

    @classmethod
    def known(cls, names: Iterable[str]) -> frozenset[Entity]:
        """The members named in `names` (a pulled page may name tables this kiosk lacks)."""
        values = {member.value for member in cls}
        return frozenset(cls(name) for name in names if name in values)


@dataclass(frozen=True)
class Changes:
    """The entities a service created, updated or deleted."""

    entities: frozenset[Entity] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: Entity) -> Changes:
        return cls(frozenset(entities))

    def concerns(self, *entities: Entity) -> bool:
        return not self.entities.isdisjoint(entities)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities)

    def __bool__(self) -> bool:
        return bool(self.entities)

    @staticmethod
    def union(all_changes: Iterable[Changes]) -> Changes:
        merged: frozenset[Entity] = frozenset()
        for changes in all_changes:
            merged |= changes.entities
        return Changes(merged)


NOTHING = Changes()
