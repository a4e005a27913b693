"""The kiosk's calendars of sessions: the ICS files of `app.sessions.ics` written from its own
database (for `antenne sessions ics` and its LAN server), and the address a session screen
shows as a QR code so that a phone adds the session to its calendar.

The hub serves the same files at the same paths (`hub.api.public`); the kiosk serves them on
the room's network when the hub is out of reach (docs/architecture.md, "Calendars and
attendance sheets").
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP, Message, NotFoundError
from app.sessions.ics import CalendarEntry, antenna_calendar, series_calendar, session_calendar
from app.sessions.sheet import unknown_session

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from app.context import AppContext
    from app.sync.service import SyncStatus
    from db.models.sessions import Session

# The paths, the same on the hub and on the kiosk's LAN server.
SESSION_PATH = "/public/sessions/{id}.ics"
SERIES_PATH = "/public/series/{id}.ics"
ANTENNA_PATH = "/public/antennes/{slug}/sessions.ics"


def _zone_of(db: OrmSession, row: Session, ctx: AppContext) -> ZoneInfo:
    from app.localtime import zone
    from db.models.antennas import Antenna

    antenna = db.get(Antenna, row.antenna_id) if row.antenna_id is not None else None
    return ZoneInfo(antenna.timezone) if antenna is not None else zone(ctx)


def session_ics(ctx: AppContext, session_id: uuid.UUID) -> bytes:
    """The ICS file of one session; `NotFoundError` for an unknown one."""
    from db.models.sessions import Session

    with ctx.db.session() as db:
        row = db.get(Session, session_id)
        if row is None or row.deleted_at is not None:
            raise unknown_session(session_id)
        return session_calendar(CalendarEntry.of_row(row), _zone_of(db, row, ctx))


def series_ics(ctx: AppContext, series_id: uuid.UUID) -> bytes:
    """The ICS file of a series; `NotFoundError` for an unknown one."""
    from sqlalchemy import select

    from db.models.sessions import Session

    with ctx.db.session() as db:
        rows = list(
            db.scalars(
                select(Session).where(Session.series_id == series_id, Session.deleted_at.is_(None))
            )
        )
        if not rows:
            raise NotFoundError(
                Message(
                    "Sessions",
                    QT_TRANSLATE_NOOP("Sessions", "There is no series of sessions {id}."),
                    {"id": str(series_id)},
                )
            )
        return series_calendar(
            [CalendarEntry.of_row(row) for row in rows], _zone_of(db, rows[0], ctx)
        )


def antenna_ics(ctx: AppContext, slug: str) -> bytes:
    """The feed of an antenne's upcoming sessions; `NotFoundError` for an unknown slug."""
    from sqlalchemy import select

    from db.models.antennas import Antenna
    from db.models.sessions import Session

    with ctx.db.session() as db:
        antenna = db.scalar(
            select(Antenna).where(Antenna.slug == slug, Antenna.deleted_at.is_(None))
        )
        if antenna is None:
            raise NotFoundError(
                Message(
                    "Sessions",
                    QT_TRANSLATE_NOOP("Sessions", "There is no antenne {slug}."),
                    {"slug": slug},
                )
            )
        rows = db.scalars(
            select(Session).where(Session.antenna_id == antenna.id, Session.deleted_at.is_(None))
        )
        entries = [CalendarEntry.of_row(row) for row in rows]
        return antenna_calendar(antenna.name, entries, ZoneInfo(antenna.timezone), now=utcnow())


def calendar_url(status: SyncStatus, session_id: uuid.UUID, *, lan_address: str) -> str:
    """The address a session screen shows as a QR code: the hub's (reachable from anywhere,
    and a phone can come back to it) when the kiosk is enrolled and its last sync succeeded;
    otherwise the kiosk's own LAN server at `lan_address` ("http://192.168.1.20:8766"), which
    a phone on the room's network reaches; "" when neither serves it."""
    path = SESSION_PATH.format(id=session_id)
    reachable = status.enrolled and status.offline_since is None and status.last_success_at
    if reachable and status.hub_url:
        return status.hub_url.rstrip("/") + path
    return lan_address.rstrip("/") + path if lan_address else ""
