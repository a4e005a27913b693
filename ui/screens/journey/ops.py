"""What the journey and celebration screens do and read: the only module of theirs that
reaches a service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.journey import service as journey
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.changes import Changes
    from app.journey.types import Celebrated, Journey
    from app.privacy.types import Erased, Exported
    from ui.navigation import Screen


def load(screen: Screen, person_id: uuid.UUID, *, success: Callable[[Journey], None]) -> None:
    run_query(screen, lambda ctx: journey.journey_of(ctx, person_id), success=success)


def tick(
    screen: Screen,
    person_id: uuid.UUID,
    slug: str,
    *,
    success: Callable[[Changes], None] | None = None,
) -> None:
    """A facilitator marks a step as done."""
    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: journey.complete_step(ctx, person_id, slug, note="facilitator", actor=actor),
        success=success,
    )


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


def export_data(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[Exported], None],
    failure: Callable[[Exception], None],
) -> None:
    """Everything the kiosk holds about the person, as a file for them (audited)."""
    from app.privacy.service import export_person_to

    actor = facilitator_id(screen.shell)
    folder = screen.shell.config.db_path.parent / "exports"
    run_op(
        screen,
        lambda ctx: export_person_to(ctx, person_id, folder, actor=actor),
        success=success,
        failure=failure,
    )


def erase_data(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[Erased], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.privacy.service import erase_person

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: erase_person(ctx, person_id, actor=actor),
        success=success,
        failure=failure,
    )
