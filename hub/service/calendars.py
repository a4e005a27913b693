"""The calendars the hub publishes: the ICS files of an antenne's sessions, written from the
synced `session` records by the kiosk's own writer (`app.sessions.ics`), so a phone gets the
same file from the hub as from the kiosk's LAN server.

Read-only, public fields only (`CalendarEntry` holds nothing about who signed up). A record the
writer cannot read (a row a kiosk of another version pushed) is left out of a feed, never a
failure of the whole feed (docs/architecture.md, "Calendars and attendance sheets").
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sessions.ics import CalendarEntry, antenna_calendar, series_calendar, session_calendar
from app.sync.protocol import ErrorCode
from hub.models import HubAntenna, HubRecord
from hub.service import HubError

# The zone of an antenne whose record names none (the antenne row is the hub's: `antenne hub
# antenna add` names no zone). The kiosks' default; Brussels keeps the same clock as Paris
# (the same offsets, changed on the same days), so no session moves by it, only its TZID.
DEFAULT_ZONE = "Europe/Paris"
# A feed holds at most this many sessions (the soonest): a calendar app reads the whole file
# on every refresh, and a year of weekly sessions in ten rooms is about 500.
MAX_FEED_SESSIONS = 2000


def _not_found(what: str) -> HubError:
    return HubError(404, ErrorCode.bad_request, f"no such {what}")


def _live(records: Iterable[HubRecord]) -> list[CalendarEntry]:
    entries = []
    for record in records:
        if record.purged or record.data.get("deleted_at"):
            continue
        try:
            entries.append(CalendarEntry.of_record(record.data, record.hlc))
        except (KeyError, TypeError, ValueError):
            continue
    return entries


def zone_of(session: Session, antenna_id: uuid.UUID | None) -> ZoneInfo:
    """The antenne's time zone, as its synced `antenna` record names it (else the default)."""
    record = session.get(HubRecord, ("antenna", str(antenna_id))) if antenna_id else None
    name = str((record.data if record is not None else {}).get("timezone") or DEFAULT_ZONE)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def antenna_of(record: HubRecord) -> uuid.UUID | None:
    """The antenne of a session's record (its column, else the scope it was pushed in)."""
    value = record.data.get("antenna_id") or record.scope_antenna_id
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def session_ics(session: Session, session_id: uuid.UUID) -> bytes:
    record = session.get(HubRecord, ("session", str(session_id)))
    entries = _live([record] if record is not None else [])
    if record is None or not entries:
        raise _not_found("session")
    return session_calendar(entries[0], zone_of(session, antenna_of(record)))


def series_ics(session: Session, series_id: uuid.UUID) -> bytes:
    records = list(
        session.scalars(
            select(HubRecord)
            .where(
                HubRecord.entity == "session",
                HubRecord.data["series_id"].as_string() == str(series_id),
            )
            .limit(MAX_FEED_SESSIONS)
        )
    )
    entries = _live(records)
    if not entries:
        raise _not_found("series")
    return series_calendar(entries, zone_of(session, antenna_of(records[0])))


def antenna_ics(session: Session, slug: str, *, now: datetime) -> bytes:
    antenna = session.scalar(select(HubAntenna).where(HubAntenna.slug == slug))
    if antenna is None:
        raise _not_found("antenne")
    records = session.scalars(
        select(HubRecord).where(
            HubRecord.entity == "session", HubRecord.scope_antenna_id == antenna.id
        )
    )
    entries = sorted(_live(records), key=lambda entry: entry.starts_at)
    upcoming = [entry for entry in entries if entry.ends_at > now][:MAX_FEED_SESSIONS]
    # A series needs its past rows too (its rule starts at its first date).
    kept_series = {entry.series_id for entry in upcoming if entry.series_id}
    past = [entry for entry in entries if entry.ends_at <= now and entry.series_id in kept_series]
    return antenna_calendar(antenna.name, [*past, *upcoming], zone_of(session, antenna.id), now=now)
