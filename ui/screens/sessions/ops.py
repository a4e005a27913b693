"""What the members' session screens read and do: the only module of theirs that reaches the
sessions' service (docs/architecture.md, "Sessions")."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.context import AppContext
    from app.sessions.types import (
        DayPlan,
        NowNext,
        SessionCheckIn,
        SessionDetail,
        SignupView,
        Week,
        WhatChanged,
    )
    from ui.calendar_server import CalendarServerHolder
    from ui.navigation import Screen


class SignupAction(Protocol):
    """An action on the person's own place (`cancel`, `accept`)."""

    def __call__(
        self,
        screen: Screen,
        session_id: uuid.UUID,
        person_id: uuid.UUID,
        *,
        success: Callable[[SignupView], None],
        failure: Callable[[Exception], None],
    ) -> None: ...


def week(
    screen: Screen,
    first: date | None,
    *,
    kind: str | None,
    topic: str | None,
    success: Callable[[Week], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import queries

    run_query(
        screen,
        lambda ctx: queries.week_of(ctx, first, kind=kind, topic=topic),
        success=success,
        failure=failure,
    )


def day(
    screen: Screen,
    which: date | None,
    *,
    kind: str | None,
    topic: str | None,
    success: Callable[[DayPlan], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import queries

    run_query(
        screen,
        lambda ctx: queries.day_of(ctx, which, kind=kind, topic=topic),
        success=success,
        failure=failure,
    )


def now_and_next(screen: Screen, *, success: Callable[[NowNext], None]) -> None:
    from app.sessions import queries

    run_query(screen, queries.now_and_next, success=success)


def detail(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID | None,
    *,
    success: Callable[[SessionDetail], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import queries

    run_query(
        screen,
        lambda ctx: queries.session_detail(ctx, session_id, person_id=person_id),
        success=success,
        failure=failure,
    )


def calendar_url(
    screen: Screen,
    holder: CalendarServerHolder,
    session_id: uuid.UUID,
    *,
    success: Callable[[str], None],
) -> None:
    """The address of the session's calendar file for a QR code ("" when none can serve it)."""
    run_query(screen, lambda ctx: holder.calendar_url(ctx, session_id), success=success)


def sign_up(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[SignupView], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import service

    run_op(
        screen,
        lambda ctx: service.sign_up(ctx, session_id, person_id),
        success=success,
        failure=failure,
    )


def cancel(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[SignupView], None],
    failure: Callable[[Exception], None],
) -> None:
    """ "I can't come": the seat goes to the first waiting at once."""
    from app.sessions import service

    run_op(
        screen,
        lambda ctx: service.cancel_signup(ctx, session_id, person_id),
        success=success,
        failure=failure,
    )


def accept(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[SignupView], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import service

    run_op(
        screen,
        lambda ctx: service.accept_seat(ctx, session_id, person_id),
        success=success,
        failure=failure,
    )


def check_in(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[SessionCheckIn], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.sessions import service

    run_op(
        screen,
        lambda ctx: service.check_in_to_session(ctx, session_id, person_id),
        success=success,
        failure=failure,
    )


def news(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[tuple[WhatChanged, NowNext, tuple[SignupView, ...]]], None],
) -> None:
    """What home tells a person who scanned their badge: what changed since they last looked
    (marked seen in the same task: the screen shows it next), what is on now and next, and
    their places in those sessions."""
    from app.sessions import queries, service

    def read(ctx: AppContext) -> tuple[WhatChanged, NowNext, tuple[SignupView, ...]]:
        changed = queries.what_changed(ctx, person_id)
        if changed.news:
            service.mark_seen(ctx, person_id)
        soon = queries.now_and_next(ctx)
        yours = tuple(
            detail.yours
            for card in (*soon.now, *soon.next)
            if (detail := queries.session_detail(ctx, card.id, person_id=person_id)).yours
            is not None
        )
        return changed, soon, yours

    run_op(screen, read, success=success)


def photos(
    screen: Screen,
    host_ids: frozenset[uuid.UUID],
    *,
    success: Callable[[dict[uuid.UUID, bytes]], None],
) -> None:
    """The hosts' photos, of those who agreed to show theirs (a few hosts a week)."""
    from app.badges.service import badge_photo

    def read(ctx: AppContext) -> dict[uuid.UUID, bytes]:
        found = {host: badge_photo(ctx, host) for host in host_ids}
        return {host: photo for host, photo in found.items() if photo is not None}

    run_query(screen, read, success=success)


def demo_session(screen: Screen, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """A session of the demo antenne's week with a host (`antenne screenshot`)."""
    from app.sessions import queries

    def pick(ctx: AppContext) -> uuid.UUID | None:
        plans = queries.week_of(ctx).days
        cards = [c for plan in plans for c in plan.cards if not c.cancelled]
        hosted = [c for c in cards if c.host_first_name] or cards
        return hosted[0].id if hosted else None

    run_query(screen, pick, success=success)
