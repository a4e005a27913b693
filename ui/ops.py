"""The one way a screen reaches a service (Anki's `aqt/operations`).

Each feature's `ui/screens/<feature>/ops.py` holds typed one-liners, one per thing a person
does or sees, and is the only module of the feature's screens that imports its services and
queries. A screen calls an op with what it has on screen and what to do with the outcome:

    # ui/screens/journey/ops.py
    def celebrate_shareholder(
        screen: Screen,
        person_id: uuid.UUID,
        *,
        success: Callable[[Celebrated], None],
        failure: Callable[[Exception], None],
    ) -> None:
        actor, layout = facilitator_id(screen.shell), screen.shell.config.badge_layout
        run_op(
            screen,
            lambda ctx: journey.celebrate_shareholder(ctx, person_id, actor=actor, layout=layout),
            success=success,
            failure=failure,
        )

An op runs one service call (one transaction, its audit entry included) on the task runner's
worker thread, never several: what a screen used to chain belongs in the service. The
changes its result carries are announced to every screen with the acting screen as
`initiator`, so that screen does not reload what it has just shown (`Screen.on_changes`).
A refusal (`KnownError`) goes to `failure`, or to the kiosk's toast when there is none.
Services are imported inside the lambdas' modules lazily where a screen is part of the first
frame (attract, home): SQLAlchemy must not load before it (`tests/ui/test_first_frame.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.navigation import Screen
    from ui.shell import Shell

T = TypeVar("T")


def run_op(
    screen: Screen,
    work: Callable[[AppContext], T],
    *,
    success: Callable[[T], None] | None = None,
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """Do something a person asked for on `screen` (a service call that changes data)."""
    screen.shell.tasks.run(
        work, on_success=success, on_failure=failure, parent=screen, initiator=screen
    )


def run_query(
    screen: Screen,
    work: Callable[[AppContext], T],
    *,
    success: Callable[[T], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """Read what `screen` shows (a query: it changes nothing, so nothing is announced)."""
    screen.shell.tasks.run(work, on_success=success, on_failure=failure, parent=screen)


def facilitator_id(shell: Shell) -> uuid.UUID | None:
    """The facilitator acting on the kiosk, for the audit log (None: a visitor acts)."""
    session = shell.facilitator
    return session.account_id if session is not None else None
