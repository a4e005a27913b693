"""Domain events: what happened, announced in-process by the service that did it, after commit.

A service publishes a typed event once its transaction is committed; listeners (the member
journey ticks its steps) subscribe by event type. Nothing polls. The bus lives on the
`AppContext` (`ctx.events`). This module knows no feature: the application's listeners are listed in
`app.application.LISTENERS` and installed where a context is opened, so the kiosk and a CLI command
hear the same ones, and a test builds a context with or without them.

    ctx.events.publish(ctx, CheckedIn(person_id=person.id, purpose="coworking"))

A listener's failure is logged and never undoes nor fails the action that published the
event: that action is already committed and the person saw it succeed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app import log


@dataclass(frozen=True)
class Event:
    """Something that happened to people. `keys()` are the names journey steps are triggered
    by; `people()` whom it concerns."""

    def keys(self) -> tuple[str, ...]:
        return ()

    def people(self) -> tuple[uuid.UUID, ...]:
        return ()


@dataclass(frozen=True)
class DomainEvent(Event):
    """Something a person did."""

    person_id: uuid.UUID

    def people(self) -> tuple[uuid.UUID, ...]:
        return (self.person_id,)


@dataclass(frozen=True)
class CheckedIn(DomainEvent):
    purpose: str

    def keys(self) -> tuple[str, ...]:
        return ("checked_in", f"checked_in:{self.purpose}")


@dataclass(frozen=True)
class CheckedOut(DomainEvent):
    def keys(self) -> tuple[str, ...]:
        return ("checked_out",)


@dataclass(frozen=True)
class BadgeIssued(DomainEvent):
    role: str

    def keys(self) -> tuple[str, ...]:
        return ("badge_issued", f"badge_issued:{self.role}")


@dataclass(frozen=True)
class PageRead(DomainEvent):
    slug: str
    kind: str

    def keys(self) -> tuple[str, ...]:
        return ("page_read", f"page_read:{self.kind}", f"page_read:{self.slug}")


@dataclass(frozen=True)
class InvolvementSaved(DomainEvent):
    def keys(self) -> tuple[str, ...]:
        return ("involvement_saved",)


@dataclass(frozen=True)
class BecameShareholder(DomainEvent):
    def keys(self) -> tuple[str, ...]:
        return ("became_shareholder",)


@dataclass(frozen=True)
class SkillPosted(DomainEvent):
    """For the skills feature to publish when a member posts an offer or a need."""

    def keys(self) -> tuple[str, ...]:
        return ("skill_posted",)


@dataclass(frozen=True)
class VotesCast(Event):
    """For the voting feature to publish once, when a vote closes: everyone who voted in it,
    sorted. Never one person at a time as they vote: whatever follows from having voted (a
    journey step, with its time and UUIDv7 id) would record the order in which people voted
    (docs/architecture.md, "Secrecy and integrity")."""

    vote_id: uuid.UUID
    person_ids: tuple[uuid.UUID, ...]

    def keys(self) -> tuple[str, ...]:
        return ("vote_cast",)

    def people(self) -> tuple[uuid.UUID, ...]:
        return self.person_ids


E = TypeVar("E", bound=Event)
# What listeners are called with: the `AppContext` of the service that published (a type
# parameter, so that this module needs nothing of the context's).
C = TypeVar("C")


class EventBus(Generic[C]):
    def __init__(self) -> None:
        self._listeners: list[tuple[type[Event], Callable[[C, Any], None]]] = []

    def subscribe(self, kind: type[E], listener: Callable[[C, E], None]) -> None:
        """Call `listener(ctx, event)` for every published event of `kind` (or a subclass)."""
        self._listeners.append((kind, listener))

    def publish(self, ctx: C, event: Event) -> None:
        for kind, listener in list(self._listeners):
            if isinstance(event, kind):
                try:
                    listener(ctx, event)
                except Exception:
                    log.misc.exception(
                        "A listener of %s failed (%d person(s))",
                        type(event).__name__,
                        len(event.people()),
                    )
