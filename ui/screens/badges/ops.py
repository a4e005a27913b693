"""What the badges screens do and read: the only module of theirs that reaches a service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.changes import NOTHING
from ui.ops import facilitator_id, run_op, run_query
from ui.screens.badges.widgets import BATCH_LAYOUT, PREVIEW_DPI, BadgeState, BatchPerson
from ui.widgets.page_view import render_pdf_page

if TYPE_CHECKING:
    from app.badges.types import Printed
    from app.changes import Changes
    from app.context import AppContext
    from ui.navigation import Screen

# A specimen token for previews: well-formed, so the QR looks like the real one, but no badge
# carries it (issuing is what makes a token, and a preview must not revoke anyone's badge).
SPECIMEN_TOKEN = "ANT1-" + "0" * 26


def load_state(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    dpi: int = PREVIEW_DPI,
    success: Callable[[BadgeState], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """The person, their active badge and a specimen preview (issues nothing)."""
    run_query(screen, lambda ctx: _state(ctx, person_id, dpi), success=success, failure=failure)


def print_badge(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[Printed], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.badges import service

    actor, layout = facilitator_id(screen.shell), screen.shell.config.badge_layout
    run_op(
        screen,
        lambda ctx: service.print_badge(ctx, person_id, layout=layout, actor=actor),
        success=success,
        failure=failure,
    )


def print_batch(
    screen: Screen,
    person_ids: list[uuid.UUID],
    *,
    success: Callable[[Printed], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.badges import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.print_badges(ctx, person_ids, layout=BATCH_LAYOUT, actor=actor),
        success=success,
        failure=failure,
    )


def revoke(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[Changes], None],
    failure: Callable[[Exception], None],
) -> None:
    """The person's badge is lost: it stops working at once."""
    from app.badges import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.revoke_badges(ctx, person_id, reason="lost", actor=actor),
        success=success,
        failure=failure,
    )


def people_of_session(
    screen: Screen, session_id: uuid.UUID, *, success: Callable[[list[BatchPerson]], None]
) -> None:
    """Everyone signed up for a session, for the batch."""
    run_query(screen, lambda ctx: _people_of_session(ctx, session_id), success=success)


def _state(ctx: AppContext, person_id: uuid.UUID, dpi: int) -> BadgeState:
    from app.badges.service import active_badge, badge_holder, badges_pdf
    from app.badges.types import IssuedBadge
    from app.localtime import local_day

    holder = badge_holder(ctx, person_id)
    badge = active_badge(ctx, person_id)
    today = local_day(ctx)
    layout = badge.layout if badge is not None else ctx.config.badge_layout
    specimen = IssuedBadge(
        holder=holder,
        token=SPECIMEN_TOKEN,
        layout=layout,
        badge_id=uuid.UUID(int=0),
        valid_on=today if holder.role == "visitor" else None,
        changes=NOTHING,
    )
    image = render_pdf_page(badges_pdf(ctx, [specimen]), dpi=dpi)
    issued_on = local_day(ctx, badge.issued_at) if badge is not None else None
    return BadgeState(holder, badge, issued_on, today, image)


def _people_of_session(ctx: AppContext, session_id: uuid.UUID) -> list[BatchPerson]:
    from app.badges.service import badge_holder, people_of_session

    people = []
    for person_id in people_of_session(ctx, session_id):
        holder = badge_holder(ctx, person_id)
        people.append(BatchPerson(person_id, holder.first_name, holder.last_name))
    return people
