"""What a screen shows in `antenne screenshot` that no visitor brought: a facilitator session,
a person of the demo antenne.

Shared by every feature's `prepare_screenshot` (screens of one feature never import another's).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_query

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.navigation import Screen
    from ui.shell import Shell


def demo_facilitator(shell: Shell) -> None:
    """A facilitator session for `antenne screenshot` of a facilitator-only screen."""
    from app.clock import utcnow
    from app.facilitators.types import FacilitatorSession

    if shell.facilitator is None:
        shell.start_facilitator(
            FacilitatorSession(account_id=uuid.UUID(int=0), name="Camille", started_at=utcnow())
        )


def demo_person(screen: Screen, query: str, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """The first person of the demo antenne whose name matches `query`, for a screenshot."""

    def first(ctx: AppContext) -> uuid.UUID | None:
        from app.people.service import find_people

        return next((person.id for person in find_people(ctx, query, limit=1)), None)

    run_query(screen, first, success=success)
