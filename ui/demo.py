"""What a screen shows in `antenne screenshot` that no visitor brought: a facilitator session.

Shared by every feature's `prepare_screenshot` (screens of one feature never import another's).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.shell import Shell


def demo_facilitator(shell: Shell) -> None:
    """A facilitator session for `antenne screenshot` of a facilitator-only screen."""
    from app.clock import utcnow
    from app.facilitators.types import FacilitatorSession

    if shell.facilitator is None:
        shell.start_facilitator(
            FacilitatorSession(account_id=uuid.UUID(int=0), name="Camille", started_at=utcnow())
        )
