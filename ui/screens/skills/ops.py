"""What the skills board's member screens read and do: the only module of theirs that reaches
`app.skills` (docs/architecture.md, "Adding a screen"). The queries and the service are
imported inside each op: the board's module loads after the first frame, but the package's
list (`__init__`) is read before it, and importing these modules costs SQLAlchemy."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.context import AppContext
    from app.skills.types import (
        Board,
        BoardFilter,
        Introduced,
        IntroForm,
        PostDetail,
        Posted,
        PostForm,
        Reported,
        ReportForm,
        Taxonomy,
    )
    from ui.navigation import Screen

# The hub's public page of a post (no contact details), the one address a QR code points to,
# in the reader's language (the hub's `GET /public/skills/{post_id}?lang=`).
POST_PAGE = "{hub}/public/skills/{post_id}?lang={language}"


def post_page_url(hub_url: str, post_id: uuid.UUID, language: str) -> str:
    """The address of a post's public page on the hub, "" when the kiosk knows no hub."""
    hub = hub_url.strip().rstrip("/")
    if not hub.startswith(("http://", "https://")):
        return ""
    return POST_PAGE.format(hub=hub, post_id=post_id, language=language)


def read_taxonomy(ctx: AppContext) -> Taxonomy:
    from app.skills import queries

    with ctx.db.session() as session:
        return queries.taxonomy(session)


def read_board(ctx: AppContext, wanted: BoardFilter) -> Board:
    from app.antennas import antenna_of
    from app.localtime import local_day, zone
    from app.skills import queries

    # This antenne's posts first; "in the room" is who checked in here, on its day.
    with ctx.db.session() as session:
        return queries.board(
            session,
            wanted,
            antenna_id=antenna_of(session, ctx),
            today=local_day(ctx),
            zone=zone(ctx),
        )


def read_post(
    ctx: AppContext, post_id: uuid.UUID, person_id: uuid.UUID | None
) -> PostDetail | None:
    from app.antennas import antenna_of
    from app.localtime import local_day
    from app.skills import queries

    with ctx.db.session() as session:
        return queries.post_detail(
            session,
            post_id,
            viewer_id=person_id,
            today=local_day(ctx),
            antenna_id=antenna_of(session, ctx),
        )


def taxonomy(screen: Screen, *, success: Callable[[Taxonomy], None]) -> None:
    run_query(screen, read_taxonomy, success=success)


def board(
    screen: Screen,
    wanted: BoardFilter,
    *,
    success: Callable[[Board], None],
    failure: Callable[[Exception], None],
) -> None:
    run_query(screen, lambda ctx: read_board(ctx, wanted), success=success, failure=failure)


def post_detail(
    screen: Screen,
    post_id: uuid.UUID,
    person_id: uuid.UUID | None,
    *,
    success: Callable[[PostDetail | None], None],
    failure: Callable[[Exception], None],
) -> None:
    """The post as `person_id` sees it (None: anyone); None when it is off the board."""
    run_query(
        screen, lambda ctx: read_post(ctx, post_id, person_id), success=success, failure=failure
    )


def photos(
    screen: Screen,
    people: frozenset[uuid.UUID],
    *,
    success: Callable[[dict[uuid.UUID, bytes]], None],
) -> None:
    """The authors' photos, of those who agreed to show theirs (the cards say who)."""
    from app.badges.service import badge_photo

    def read(ctx: AppContext) -> dict[uuid.UUID, bytes]:
        found = {person: badge_photo(ctx, person) for person in people}
        return {person: photo for person, photo in found.items() if photo is not None}

    run_query(screen, read, success=success)


def post(
    screen: Screen,
    person_id: uuid.UUID,
    form: PostForm,
    *,
    success: Callable[[Posted], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    run_op(
        screen,
        lambda ctx: service.post(ctx, form, author_id=person_id),
        success=success,
        failure=failure,
    )


def edit(
    screen: Screen,
    post_id: uuid.UUID,
    person_id: uuid.UUID,
    form: PostForm,
    *,
    success: Callable[[Posted], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    run_op(
        screen,
        lambda ctx: service.edit(ctx, post_id, form, author_id=person_id),
        success=success,
        failure=failure,
    )


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


def report(
    screen: Screen,
    form: ReportForm,
    *,
    success: Callable[[Reported], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    run_op(screen, lambda ctx: service.report(ctx, form), success=success, failure=failure)


def ask_intro(
    screen: Screen,
    form: IntroForm,
    *,
    success: Callable[[Introduced], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.skills import service

    run_op(screen, lambda ctx: service.ask_intro(ctx, form), success=success, failure=failure)


def demo_post(screen: Screen, *, success: Callable[[uuid.UUID | None], None]) -> None:
    """A post of the demo board, an offer with tags if any (`antenne screenshot`)."""
    from app.skills.types import BoardFilter

    def pick(ctx: AppContext) -> uuid.UUID | None:
        cards = read_board(ctx, BoardFilter(limit=60)).cards
        tagged = [card for card in cards if card.tags and card.kind == "offer"] or list(cards)
        return tagged[0].id if tagged else None

    run_query(screen, pick, success=success)


def post_page(
    screen: Screen, post_id: uuid.UUID, language: str, *, success: Callable[[str], None]
) -> None:
    """The address of the post's public page on the hub for a QR code: the hub this kiosk
    syncs with (`antenne sync enroll`), else the configured one; "" when there is none."""

    def read(ctx: AppContext) -> str:
        from app.sync.service import sync_status

        hub = sync_status(ctx).hub_url or ctx.config.hub_url
        return post_page_url(hub, post_id, language)

    run_query(screen, read, success=success)
