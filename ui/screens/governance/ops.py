"""What the governance screens read: the only module of these screens that reaches the
governance read model (queries only: governance content is published by the hub)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_query

if TYPE_CHECKING:
    from app.governance.types import BodyDetail, Fit, GovernanceMap, PersonHit
    from ui.navigation import Screen


def load_map(
    screen: Screen,
    *,
    success: Callable[[GovernanceMap], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    from app.governance.service import governance_map

    run_query(screen, governance_map, success=success, failure=failure)


def load_fit(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[tuple[GovernanceMap, Fit]], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """The map and where `person_id` fits on it, read together."""
    from app.governance.service import governance_map, where_do_i_fit

    run_query(
        screen,
        lambda ctx: (governance_map(ctx), where_do_i_fit(ctx, person_id)),
        success=success,
        failure=failure,
    )


def find_people(
    screen: Screen,
    query: str,
    *,
    success: Callable[[tuple[PersonHit, ...]], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    from app.governance.service import find_people

    run_query(screen, lambda ctx: find_people(ctx, query), success=success, failure=failure)


def load_body(
    screen: Screen,
    body_id: uuid.UUID | None,
    *,
    success: Callable[[BodyDetail], None],
    failure: Callable[[Exception], None] | None = None,
    slug: str | None = None,
) -> None:
    from app.governance.service import body_detail

    run_query(
        screen,
        lambda ctx: body_detail(ctx, body_id=body_id, slug=slug),
        success=success,
        failure=failure,
    )
