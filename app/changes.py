"""What a service changed, so each screen refreshes only what concerns it (Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Names of the entities a service created, updated or deleted (e.g. `"person"`, `"badge"`)."""

    entities: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: str) -> Changes:
        return cls(frozenset(entities))

    def concerns(self, *entities: str) -> bool:
        return not self.entities.isdisjoint(entities)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities)

    def __bool__(self) -> bool:
        return bool(self.entities)

    @staticmethod
    def union(all_changes: Iterable[Changes]) -> Changes:
        merged: frozenset[str] = frozenset()
        for changes in all_changes:
            merged |= changes.entities
        return Changes(merged)


NOTHING = Changes()
