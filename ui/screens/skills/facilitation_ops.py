"""What the matching, freshness and facilitators' skills screens read and do: the only module of
theirs that reaches `app.skills` (the member screens have `ops.py`). The service and the
queries are imported inside each op: they cost SQLAlchemy, and the freshness prompt's question
is asked from the welcome desk (`Screen.check_in_question_for`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import log
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.context import AppContext
    from app.skills.types import (
        FreshnessDue,
        Introduced,
        MatchesView,
        Moderated,
        ModerationView,
        NeedsView,
        Posted,
        TagForm,
        TagMade,
    )
    from ui.navigation import Screen


# -- A member, after a badge scan --------------------------------------------------------------


def matches(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[tuple[BadgeHolder, MatchesView]], None],
    failure: Callable[[Exception], None],
) -> None:
    """The person (as their badge shows them) and their matches, both ways, with the
    introductions waiting for their answer."""

    def read(ctx: AppContext) -> tuple[BadgeHolder, MatchesView]:
        from app.badges.service import badge_holder
        from app.skills.facilitation import matches_at_kiosk

        return badge_holder(ctx, person_id), matches_at_kiosk(ctx, person_id)

    run_query(screen, read, success=success, failure=failure)


def demo_author(screen: Screen, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """For `antenne screenshot`: an author an introduction waits for, whose posts fit others'."""
    from app.skills.facilitation import demo_author as author

    run_query(screen, author, success=success)


def demo_stale_author(screen: Screen, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """For `antenne screenshot`: the demo author with the most posts to keep fresh."""
    from app.skills.facilitation import demo_stale_author as author

    run_query(screen, author, success=success)


def answer_intro(
    screen: Screen,
    intro_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    accept: bool,
    success: Callable[[Introduced], None],
    failure: Callable[[Exception], None],
) -> None:
    """The post's author accepts an introduction, or says "not now"."""
    from app.skills import service

    run_op(
        screen,
        lambda ctx: service.answer_intro(ctx, intro_id, author_id=person_id, accept=accept),
        success=success,
        failure=failure,
    )


def freshness_due(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[tuple[FreshnessDue, ...]], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    from app.skills.facilitation import freshness_due as due

    run_query(screen, lambda ctx: due(ctx, person_id), success=success, failure=failure)


def freshness_question(
    screen: Screen, person_id: uuid.UUID, *, answer: Callable[[bool], None]
) -> None:
    """Whether to ask the person who has just checked in about their posts. Never in the way of
    the check-in: a question that cannot be read is not asked (and logged)."""

    def read(ctx: AppContext) -> bool:
        from app.skills.facilitation import freshness_due as due

        try:
            return bool(due(ctx, person_id))
        except Exception:
            log.ui.exception("the skills board's freshness question could not be read")
            return False

    run_query(screen, read, success=answer, failure=lambda _error: answer(False))


def renew(
    screen: Screen,
    post_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[Posted], None],
    failure: Callable[[Exception], None],
) -> None:
    """Six more months from today."""
    from app.skills import service

    run_op(
        screen,
        lambda ctx: service.renew(ctx, post_id, author_id=person_id),
        success=success,
        failure=failure,
    )


def remove(
    screen: Screen,
    post_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[Posted], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    run_op(
        screen,
        lambda ctx: service.remove(ctx, post_id, author_id=person_id),
        success=success,
        failure=failure,
    )


# -- The facilitators ----------------------------------------------------------------------------


def moderation(
    screen: Screen,
    *,
    success: Callable[[ModerationView], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    from app.skills.facilitation import moderation_view

    actor = facilitator_id(screen.shell)
    run_query(
        screen,
        lambda ctx: moderation_view(ctx, facilitator_id=actor),
        success=success,
        failure=failure,
    )


def needs(
    screen: Screen,
    *,
    success: Callable[[NeedsView], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    from app.skills.facilitation import needs_view

    run_query(screen, needs_view, success=success, failure=failure)


def keep(
    screen: Screen,
    report_id: uuid.UUID,
    *,
    success: Callable[[Moderated], None],
    failure: Callable[[Exception], None],
) -> None:
    """The post stays: the report is resolved (kept)."""
    from app.skills import service

    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.resolve_report(ctx, report_id, facilitator_id=actor, hide=False),
        success=success,
        failure=failure,
    )


def hide(
    screen: Screen,
    post_id: uuid.UUID,
    reason: str,
    *,
    success: Callable[[Moderated], None],
    failure: Callable[[Exception], None],
) -> None:
    """The post leaves the board, with a reason its author reads; its reports are resolved."""
    from app.skills import service

    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.hide(ctx, post_id, facilitator_id=actor, reason=reason),
        success=success,
        failure=failure,
    )


def unhide(
    screen: Screen,
    post_id: uuid.UUID,
    reason: str,
    *,
    success: Callable[[Moderated], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.unhide(ctx, post_id, facilitator_id=actor, reason=reason),
        success=success,
        failure=failure,
    )


def make_tag(
    screen: Screen,
    form: TagForm,
    *,
    success: Callable[[TagMade], None],
    failure: Callable[[Exception], None],
) -> None:
    """An "other" text becomes a skill of the taxonomy; the posts that carried it carry it."""
    from app.skills import service

    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.make_tag(
            ctx,
            other_text=form.other_text,
            sector_slug=form.sector,
            labels=form.labels,
            facilitator_id=actor,
        ),
        success=success,
        failure=failure,
    )


def _actor(screen: Screen) -> uuid.UUID:
    # These screens are facilitator-only (`Screen.facilitator_only`): the navigator sends
    # anyone else to the PIN pad, so an action here always has its facilitator.
    actor = facilitator_id(screen.shell)
    if actor is None:
        from app.errors import BugError

        raise BugError(f"{screen.name}: a facilitator's action without a facilitator")
    return actor
