"""What the facilitators' list of who is here does and reads: the only module of the screen
that reaches a service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.onboarding import service as onboarding
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.onboarding.types import CheckOut, Present
    from ui.navigation import Screen


def whos_here(screen: Screen, *, success: Callable[[list[Present]], None]) -> None:
    run_query(screen, onboarding.whos_here, success=success)


def check_out(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[CheckOut], None],
    failure: Callable[[Exception], None],
) -> None:
    """A facilitator checks the person out by hand (they left without scanning): audited."""
    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: onboarding.check_out(ctx, person_id, actor=actor),
        success=success,
        failure=failure,
    )
