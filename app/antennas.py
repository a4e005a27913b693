"""The kiosk's own antenne, as its configuration names it (`config.antenna_slug`).

Shared by the features (sessions, skills, governance, agenda, onboarding) that put this
antenne's rows first or stamp them with it: one lookup, outside any feature, so that none
imports another for it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Antenna

if TYPE_CHECKING:
    from app.context import AppContext


def antenna_of(session: Session, ctx: AppContext) -> uuid.UUID | None:
    """The id of the configured antenne, None while the database does not know it."""
    return session.scalar(select(Antenna.id).where(Antenna.slug == ctx.config.antenna_slug))
