"""What the involvement screens do and read: the only module of theirs that reaches a service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.involvement import service as involvement
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.involvement.types import Involvement, InvolvementCounts, NewsExport
    from ui.navigation import Screen


def load(screen: Screen, person_id: uuid.UUID, *, success: Callable[[Involvement], None]) -> None:
    run_query(screen, lambda ctx: involvement.involvement_of(ctx, person_id), success=success)


def save(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    levels: list[str],
    topics: list[str],
    channels: list[str],
    success: Callable[[Involvement], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen,
        lambda ctx: involvement.save_involvement(
            ctx, person_id, levels=levels, topics=topics, channels=channels
        ),
        success=success,
        failure=failure,
    )


def counts(screen: Screen, *, success: Callable[[InvolvementCounts], None]) -> None:
    run_query(screen, involvement.involvement_counts, success=success)


def export_csv(
    screen: Screen,
    *,
    level: str | None,
    topics: list[str],
    success: Callable[[NewsExport], None],
) -> None:
    """Who wants this news (any of the topics), as a CSV file in the kiosk's exports folder:
    how many people, and where."""
    folder = screen.shell.config.db_path.parent / "exports"
    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: involvement.export_news_csv(
            ctx, level=level, topics=topics, folder=folder, actor=actor
        ),
        success=success,
    )
