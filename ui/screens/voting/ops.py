"""What the voting screens ask of the services and queries: one typed line each (`ui.ops`).

The only module of the voting screens that reaches `app.voting.service` and the queries. The
service is imported when an op runs, on the task runner's thread: the screens' modules stay
free of SQLAlchemy. A screen runs the ops that change something through `VoteScreen.act`
(which shows their refusal), giving all but the callbacks (`functools.partial`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.changes import Changes, Entity
from app.voting.queries import CountOnRecord, VoteState, analog_count, vote_state
from app.voting.types import Done, HandAnswer, Voice, VoteForm
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.ballot_server import BallotServerHolder
    from ui.navigation import Screen

T = TypeVar("T")
Success = Callable[[T], None]
Failure = Callable[[Exception], None] | None

AUDITED = Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)
"""What a facilitator's action on a vote changes: the vote, and the audit log that says so."""


def load_vote(
    screen: Screen,
    vote_id: uuid.UUID | None,
    *,
    roll: bool,
    pictures: Collection[str],
    success: Success[VoteState | None],
) -> None:
    run_query(
        screen, lambda ctx: vote_state(ctx, vote_id, roll=roll, pictures=pictures), success=success
    )


def serve_phones(
    screen: Screen,
    holder: BallotServerHolder,
    vote_id: uuid.UUID,
    *,
    success: Success[None],
    failure: Failure,
) -> None:
    """Serve the phone ballot page if the vote is (still) open."""

    def serve(ctx: AppContext) -> None:
        from app.voting import service

        # Tasks run one after another: a close queued since the load came first.
        if service.get_vote(ctx, vote_id).status == "open":
            holder.ensure(ctx)

    run_query(screen, serve, success=success, failure=failure)


def create_vote(
    screen: Screen, form: VoteForm, *, success: Success[Done], failure: Failure
) -> None:
    """Create the draft; its id is the result's `value`."""
    actor = facilitator_id(screen.shell)

    def create(ctx: AppContext) -> Done:
        from app.voting import service

        return Done(AUDITED, service.create_from_form(ctx, form, actor=actor))

    run_op(screen, create, success=success, failure=failure)


def open_vote(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    minutes: int | None,
    holder: BallotServerHolder | None,
    success: Success[Changes],
    failure: Failure,
) -> None:
    """Open the vote; with `holder`, phones can vote as soon as it is open."""
    actor = facilitator_id(screen.shell)

    def open_(ctx: AppContext) -> Changes:
        from app.voting import service

        changes = service.open_vote(ctx, vote_id, actor=actor, minutes=minutes)
        if holder is not None:
            holder.ensure(ctx)
        return changes

    run_op(screen, open_, success=success, failure=failure)


def close_vote(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    holder: BallotServerHolder,
    success: Success[Done],
    failure: Failure,
) -> None:
    actor = facilitator_id(screen.shell)

    def close(ctx: AppContext) -> Done:
        from app.voting import service

        result = service.close_vote(ctx, vote_id, actor=actor)
        # No ballot after the close: the phone page stops being served with it.
        holder.stop()
        return Done(AUDITED, result)

    run_op(screen, close, success=success, failure=failure)


def reveal_results(
    screen: Screen, vote_id: uuid.UUID, *, success: Success[Changes], failure: Failure
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.reveal_results(ctx, vote_id, actor=actor),
        success=success,
        failure=failure,
    )


def publish_results(
    screen: Screen, vote_id: uuid.UUID, *, success: Success[Changes], failure: Failure
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.publish_results(ctx, vote_id, actor=actor),
        success=success,
        failure=failure,
    )


def find_pictures(
    screen: Screen, *, decode: Callable[[Path], T], success: Success[list[T]], failure: Failure
) -> None:
    """The pictures on USB sticks and in the Pictures folder, each `decode`d off the GUI
    thread."""

    def find(_ctx: AppContext) -> list[T]:
        from app.voting import pictures

        return [
            decode(path) for path in pictures.find_pictures(pictures.removable_roots(), limit=48)
        ]

    run_query(screen, find, success=success, failure=failure)


def save_project(
    screen: Screen,
    vote_id: uuid.UUID,
    position: int,
    *,
    description: str,
    picture: Path | None,
    remove_picture: bool,
    success: Success[Changes],
    failure: Failure,
) -> None:
    actor = facilitator_id(screen.shell)

    def save(ctx: AppContext) -> Changes:
        from app.voting import pictures, service

        data = pictures.read_raw(picture) if picture is not None else None
        return service.set_option_details(
            ctx,
            vote_id,
            position,
            description=description,
            picture=data,
            remove_picture=remove_picture,
            actor=actor,
        )

    run_op(screen, save, success=success, failure=failure)


def mark_present(
    screen: Screen,
    vote_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Success[Done],
    failure: Failure,
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: Done(
            AUDITED if actor is not None else Changes.of(Entity.VOTE),
            service.mark_present(ctx, vote_id, person_id, by="facilitator", actor=actor),
        ),
        success=success,
        failure=failure,
    )


def record_proxy(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    holder_id: uuid.UUID,
    success: Success[Changes],
    failure: Failure,
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.record_proxy(
            ctx, vote_id, giver_id=giver_id, holder_id=holder_id, actor=actor
        ),
        success=success,
        failure=failure,
    )


def revoke_proxy(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    success: Success[Changes],
    failure: Failure,
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.revoke_proxy(ctx, vote_id, giver_id=giver_id, actor=actor),
        success=success,
        failure=failure,
    )


def voices_for(
    screen: Screen,
    vote_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Success[list[Voice]],
    failure: Failure,
) -> None:
    """The voices a badge carries in the booth (own, proxies), refused if it has none."""
    from app.voting import service

    run_query(
        screen,
        lambda ctx: service.voices_for(ctx, vote_id, person_id),
        success=success,
        failure=failure,
    )


def cast_ballot(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    voter_id: uuid.UUID,
    content: Mapping[str, Any],
    proxy_for: uuid.UUID | None,
    success: Success[Changes],
    failure: Failure,
) -> None:
    from app.voting import service

    run_op(
        screen,
        lambda ctx: service.cast_ballot(
            ctx, vote_id, voter_id=voter_id, content=content, proxy_for=proxy_for
        ),
        success=success,
        failure=failure,
    )


def phone_codes(
    screen: Screen,
    vote_id: uuid.UUID,
    voter_id: uuid.UUID,
    *,
    holder: BallotServerHolder,
    success: Success[Done],
    failure: Failure,
) -> None:
    """One code per voice of the voter, as the addresses phones open (the result's `value`,
    the server started); the voter's roll rows are marked voted (the roll call and the
    turnout change)."""

    def issue(ctx: AppContext) -> Done:
        from app.voting import service

        holder.ensure(ctx)
        codes = service.issue_phone_codes(ctx, vote_id, voter_id)
        return Done(Changes.of(Entity.VOTE, Entity.BALLOT), [holder.url_for(c) for c in codes])

    run_op(screen, issue, success=success, failure=failure)


def load_count(
    screen: Screen, vote_id: uuid.UUID, *, success: Success[CountOnRecord | None]
) -> None:
    run_query(screen, lambda ctx: analog_count(ctx, vote_id), success=success)


def save_count(
    screen: Screen,
    vote_id: uuid.UUID,
    *,
    replacing: uuid.UUID | None,
    figures: Mapping[str, int],
    counts: Mapping[str, object],
    reason: str,
    success: Success[Done],
    failure: Failure,
) -> None:
    """Record the show of hands' count, or correct the one on record (`replacing`)."""
    actor = facilitator_id(screen.shell)

    def save(ctx: AppContext) -> Done:
        from app.voting import service

        if replacing is not None:
            return Done(
                AUDITED,
                service.correct_analog_count(
                    ctx, replacing, counts=counts, reason=reason, actor=actor, **figures
                ),
            )
        return Done(
            AUDITED,
            service.record_analog_count(ctx, vote_id, counts=counts, actor=actor, **figures),
        )

    run_op(screen, save, success=success, failure=failure)


def record_named_answers(
    screen: Screen,
    vote_id: uuid.UUID,
    answers: list[HandAnswer],
    *,
    success: Success[Changes],
    failure: Failure,
) -> None:
    from app.voting import service

    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.record_named_answers(ctx, vote_id, answers, actor=actor),
        success=success,
        failure=failure,
    )
