"""What the host's and the facilitators' sessions screens do and read: the only modules of
theirs that reach a service (the member screens have `ops.py`).

Times come back as the services give them (aware, UTC); `local` shows them on the antenne's
clock (`config.timezone`), not the machine's: a session is at 14:00 in Brussels whatever the
kiosk's system says.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.changes import Changes, Entity
from app.sessions import queries, service
from ui.ops import facilitator_id, run_op, run_query

if TYPE_CHECKING:
    from app.context import AppContext
    from app.printing.types import PrintOutcome
    from app.sessions.types import (
        DayPlan,
        HostOffer,
        Roster,
        Scheduled,
        SessionCard,
        SessionCheckIn,
        SessionEdit,
        SessionForm,
        SignupView,
    )
    from app.sessions.types import Scope as ScopeType
    from ui.navigation import Screen
    from ui.shell import Shell

# Where a sheet's CSV is written, under the kiosk's data folder (names on it: private).
SHEETS_FOLDER = "sheets"


def local(shell: Shell, moment: datetime) -> datetime:
    """`moment` on the antenne's wall clock."""
    return moment.astimezone(ZoneInfo(shell.config.timezone))


# -- A member offers to host ---------------------------------------------------------------------


def offer_to_host(
    screen: Screen,
    offer: HostOffer,
    *,
    success: Callable[[Scheduled], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen, lambda ctx: service.propose_to_host(ctx, offer), success=success, failure=failure
    )


# -- The attendance list --------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceList:
    """A session's list as the facilitators see it: with the hold deadline of an offered seat
    and each person's remembered no-shows (theirs and the facilitators' only: never on a card
    or another list, docs/architecture.md, "Sessions")."""

    roster: Roster
    hold_until: datetime
    over: bool
    no_shows: dict[uuid.UUID, int]


def _attendance(ctx: AppContext, session_id: uuid.UUID, *, host: bool) -> AttendanceList:
    from app.clock import utcnow

    roster = queries.roster(ctx, session_id)
    card = roster.card
    # A list holds a few dozen people: one small query each is nothing next to a finger. A
    # host never sees anyone's no-shows: they are the person's and the facilitators' only.
    no_shows = (
        {}
        if host
        else {a.person_id: queries.no_shows_of(ctx, a.person_id) for a in roster.attendees}
    )
    return AttendanceList(
        roster=roster,
        hold_until=card.starts_at - timedelta(hours=ctx.config.session_hold_hours),
        over=card.ends_at <= utcnow(),
        no_shows={person: count for person, count in no_shows.items() if count},
    )


def day(
    screen: Screen,
    when: date | None,
    *,
    success: Callable[[DayPlan], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """The antenne's sessions of a day (today by default), cancelled ones included."""
    run_query(screen, lambda ctx: queries.day_of(ctx, when), success=success, failure=failure)


def attendance(
    screen: Screen,
    session_id: uuid.UUID,
    *,
    host: bool = False,
    success: Callable[[AttendanceList], None],
    failure: Callable[[Exception], None],
) -> None:
    """A session's list, for the facilitators or (`host`) for its host."""
    run_query(
        screen,
        lambda ctx: _attendance(ctx, session_id, host=host),
        success=success,
        failure=failure,
    )


def check_in(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    host_id: uuid.UUID | None = None,
    success: Callable[[SessionCheckIn], None],
    failure: Callable[[Exception], None],
) -> None:
    """A facilitator, or the session's host (`host_id`, who scanned their own badge), checks
    someone in from the list (a person without their badge). The service refuses anyone but
    the session's host and names them in the audit entry (a host is no facilitator account)."""
    actor = facilitator_id(screen.shell) if host_id is None else None
    run_op(
        screen,
        lambda ctx: service.check_in_to_session(
            ctx, session_id, person_id, host_id=host_id, actor=actor
        ),
        success=success,
        failure=failure,
    )


def promote(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    reason: str,
    *,
    success: Callable[[SignupView], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.promote_by_hand(ctx, session_id, person_id, actor=actor, reason=reason),
        success=success,
        failure=failure,
    )


def mark_paid(
    screen: Screen,
    session_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    success: Callable[[SignupView], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.mark_paid(ctx, session_id, person_id, actor=actor),
        success=success,
        failure=failure,
    )


@dataclass(frozen=True)
class NoShows:
    """How many who had a seat did not come, now recorded."""

    count: int
    changes: Changes = field(default_factory=lambda: Changes.of(Entity.SIGNUP, Entity.AUDIT_ENTRY))


def no_shows(
    screen: Screen,
    session_id: uuid.UUID,
    *,
    success: Callable[[NoShows], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: NoShows(service.record_no_shows(ctx, session_id, actor=actor)),
        success=success,
        failure=failure,
    )


def print_sheet(
    screen: Screen,
    session_id: uuid.UUID,
    *,
    success: Callable[[PrintOutcome], None],
    failure: Callable[[Exception], None],
) -> None:
    """The attendance sheet on the house's printer; with no printer it is kept as a PDF under
    the data folder, like a badge (`app.printing.service.print_pdf_document`)."""

    def send(ctx: AppContext) -> PrintOutcome:
        from app.printing.service import print_pdf_document
        from app.sessions.sheet import attendance_of, render_pdf

        pdf = render_pdf(attendance_of(ctx, session_id))
        return print_pdf_document(ctx, pdf, title="attendance-sheet")

    run_op(screen, send, success=success, failure=failure)


def save_csv(
    screen: Screen,
    session_id: uuid.UUID,
    *,
    success: Callable[[Path], None],
    failure: Callable[[Exception], None],
) -> None:
    """The sheet as CSV in the data folder's `sheets/` (for the kiosk's user only), named by
    the session's day and id (no name of a person in it)."""

    def write(ctx: AppContext) -> Path:
        from app.private_files import private_folder
        from app.sessions.sheet import attendance_of, render_csv

        sheet = attendance_of(ctx, session_id)
        folder = private_folder(ctx.config.db_path.parent / SHEETS_FOLDER)
        path = folder / f"attendance-{session_id}.csv"
        path.write_bytes(render_csv(sheet))
        return path

    run_op(screen, write, success=success, failure=failure)


# -- The facilitators' editor --------------------------------------------------------------------


def offers(
    screen: Screen,
    *,
    success: Callable[[tuple[SessionCard, ...]], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """Members' offers to host, waiting for a facilitator."""
    run_query(screen, queries.proposals, success=success, failure=failure)


def upcoming(
    screen: Screen,
    first: date | None,
    *,
    success: Callable[[tuple[SessionCard, ...]], None],
    failure: Callable[[Exception], None] | None = None,
) -> None:
    """The week's sessions from `first` (today by default), not cancelled, in order."""

    def read(ctx: AppContext) -> tuple[SessionCard, ...]:
        week = queries.week_of(ctx, first)
        return tuple(c for d in week.days for c in d.cards if not c.cancelled)

    run_query(screen, read, success=success, failure=failure)


def accept_offer(
    screen: Screen,
    session_id: uuid.UUID,
    until: date | None,
    *,
    success: Callable[[Scheduled], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.accept_proposal(ctx, session_id, actor=actor, until=until),
        success=success,
        failure=failure,
    )


def create(
    screen: Screen,
    form: SessionForm,
    *,
    success: Callable[[Scheduled], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.create_session(ctx, form, actor=actor),
        success=success,
        failure=failure,
    )


def edit(
    screen: Screen,
    session_id: uuid.UUID,
    change: SessionEdit,
    *,
    scope: ScopeType,
    reason: str,
    success: Callable[[Scheduled], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = _actor(screen)
    run_op(
        screen,
        lambda ctx: service.edit_session(
            ctx, session_id, change, scope=scope, reason=reason, actor=actor
        ),
        success=success,
        failure=failure,
    )


def cancel(
    screen: Screen,
    session_id: uuid.UUID,
    *,
    scope: ScopeType,
    reason: str,
    success: Callable[[Scheduled], None],
    failure: Callable[[Exception], None],
) -> None:
    actor = facilitator_id(screen.shell)
    run_op(
        screen,
        lambda ctx: service.cancel_session(
            ctx, session_id, scope=scope, reason=reason, actor=actor
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
