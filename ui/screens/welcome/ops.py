"""What the welcome desk's screens do: the only module of theirs that reaches a service.

Imported after the kiosk's first frame (the welcome screens are not part of it), so the
onboarding service may load here; the badge pipeline (PDF, printer) loads when first used.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.localtime import kept_until
from app.onboarding import service as onboarding
from app.onboarding.types import CheckIn, CheckOut, VisitorForm
from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.badges.types import Printed
    from ui.navigation import Screen


def check_out(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[CheckOut], None],
    failure: Callable[[Exception], None],
) -> None:
    """A person leaving scanned their badge (their own act: not audited)."""
    run_op(
        screen, lambda ctx: onboarding.check_out(ctx, person_id), success=success, failure=failure
    )


def check_in(
    screen: Screen,
    person_id: uuid.UUID,
    purpose: str,
    *,
    success: Callable[[CheckIn], None],
    failure: Callable[[Exception], None],
) -> None:
    run_op(
        screen,
        lambda ctx: onboarding.check_in(ctx, person_id, purpose=purpose),
        success=success,
        failure=failure,
    )


def check_visitor(
    screen: Screen,
    form: VisitorForm,
    *,
    success: Callable[[tuple[VisitorForm, date]], None],
    failure: Callable[[Exception], None],
) -> None:
    """The form cleaned (or refused in plain words), and until when it would be kept."""
    run_query(
        screen,
        lambda ctx: (onboarding.clean_visitor(form), kept_until(ctx)),
        success=success,
        failure=failure,
    )


def register_visitor(
    screen: Screen,
    form: VisitorForm,
    *,
    success: Callable[[CheckIn], None],
    failure: Callable[[Exception], None],
) -> None:
    """The visitor agreed to what is kept: register and check them in."""
    run_op(
        screen,
        lambda ctx: onboarding.register_visitor(ctx, form, consent=True),
        success=success,
        failure=failure,
    )


def print_badge(
    screen: Screen,
    person_id: uuid.UUID,
    *,
    success: Callable[[Printed], None],
    failure: Callable[[Exception], None],
) -> None:
    """The badge of a person who just checked in (their own: not audited)."""
    from app.badges import service as badges

    layout = screen.shell.config.badge_layout
    run_op(
        screen,
        lambda ctx: badges.print_badge(ctx, person_id, layout=layout),
        success=success,
        failure=failure,
    )


def first_name(screen: Screen, person_id: uuid.UUID, *, success: Callable[[str], None]) -> None:
    from app.badges import service as badges

    run_query(screen, lambda ctx: badges.badge_holder(ctx, person_id).first_name, success=success)
