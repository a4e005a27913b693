"""What facilitator mode does and reads: the only module of its screens that reaches a service.

The facilitator panel's tile is on the home screen, so its services load inside the ops, when
first used (not on the kiosk's first frame).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.ops import run_op, run_query

if TYPE_CHECKING:
    from app.audit import AuditLine
    from app.facilitators.types import FacilitatorSession
    from app.sync.service import RetryOutcome
    from ui.navigation import Screen


def verify_pin(
    screen: Screen,
    pin: str,
    *,
    success: Callable[[FacilitatorSession], None],
    failure: Callable[[Exception], None],
) -> None:
    from app.facilitators.service import verify_pin

    run_op(screen, lambda ctx: verify_pin(ctx, pin), success=success, failure=failure)


def recent_audit(screen: Screen, *, success: Callable[[list[AuditLine]], None]) -> None:
    from app.audit import recent_audit

    run_query(screen, lambda ctx: recent_audit(ctx, limit=30), success=success)


def record_default_language(screen: Screen, session: FacilitatorSession, language: str) -> None:
    """The kiosk's default language changed (a setting, kept on the kiosk): audited."""
    from app.audit import record_audit

    run_op(
        screen,
        lambda ctx: record_audit(
            ctx, actor=session.account_id, action="default_language", details={"language": language}
        ),
    )


def retry_sync_problems(
    screen: Screen,
    session: FacilitatorSession | None,
    *,
    success: Callable[[RetryOutcome], None],
) -> None:
    """Apply again what the sync set aside and queue the parked changes (after an update)."""
    from app.sync.service import retry_problems

    actor = None if session is None else session.account_id
    run_op(screen, lambda ctx: retry_problems(ctx, actor=actor, via="kiosk"), success=success)
