"""What the agenda and travel-aid screens do and read: the only module of theirs that reaches
a service."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.agenda import service as agenda
from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.agenda.types import AgendaItemView, Cosigned, MemberAgenda, TravelAid
    from ui.navigation import Screen


def member(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[MemberAgenda], None],
    failure: Callable[[Exception], None],
) -> None:
    """The member who scanned their badge: the bodies they may propose to, their items."""
    run_query(
        screen,
        lambda ctx: agenda.agenda_of_member(ctx, person_id),
        success=success,
        failure=failure,
    )


def propose(
    screen: Screen,
    person_id: uuid.UUID,
    body_id: uuid.UUID,
    *,
    title: str,
    description: str,
    language: str,
    photo: bytes | None,
    success: Callable[[AgendaItemView], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen,
        lambda ctx: agenda.propose_item(
            ctx,
            person_id,
            body_id,
            title=title,
            description=description,
            language=language,
            photo=photo,
        ),
        success=success,
        failure=failure,
    )


def item(
    screen: Screen,
    item_id: uuid.UUID,
    *,
    success: Callable[[tuple[AgendaItemView, bytes | None]], None],
    failure: Callable[[Exception], None],
) -> None:
    """The item as the kiosk can tell it, and its photo (if any)."""
    run_query(
        screen,
        lambda ctx: (agenda.item_of(ctx, item_id), agenda.photo_of(ctx, item_id)),
        success=success,
        failure=failure,
    )


def cosign(
    screen: Screen,
    item_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[Cosigned], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen,
        lambda ctx: agenda.cosign_item(ctx, item_id, person_id),
        success=success,
        failure=failure,
    )


def travel_aid(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[TravelAid], None],
    failure: Callable[[Exception], None],
) -> None:
    run_query(
        screen, lambda ctx: agenda.travel_aid_of(ctx, person_id), success=success, failure=failure
    )


def request_travel_aid(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    meeting_id: uuid.UUID | None,
    event: str,
    departure: str,
    estimated_cost: int,
    note: str,
    success: Callable[[TravelAid], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen,
        lambda ctx: agenda.request_travel_aid(
            ctx,
            person_id,
            meeting_id=meeting_id,
            event=event,
            departure=departure,
            estimated_cost=estimated_cost,
            note=note,
        ),
        success=success,
        failure=failure,
    )


def demo_item(screen: Screen, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """A member's item of the demo antenne on a meeting's agenda (`antenne screenshot`)."""
    run_query(
        screen,
        lambda ctx: next(
            (item.id for item in agenda.members_items(ctx, status="scheduled", limit=1)), None
        ),
        success=success,
    )
