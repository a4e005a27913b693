"""The hub's public, read-only calendars: no authentication, GET only, ICS only.

- `GET /public/antennes/{slug}/sessions.ics`: an antenne's upcoming sessions (a feed to
  subscribe to);
- `GET /public/sessions/{id}.ics` and `GET /public/series/{id}.ics`: one session, one series.

The same paths as the kiosk's LAN server (`app.sessions.lan`). An unknown slug or id, or a path
that cannot name one, is a 404; each client address is rate limited (429); every answer carries
the security headers of `hub.main` (docs/architecture.md, "Calendars and attendance sheets").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from app.clock import utcnow
from app.sessions.ics import CONTENT_TYPE
from app.sync.protocol import ErrorCode
from hub.api.v1 import DatabaseDep, ErrorBody
from hub.service import HubError, calendars

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
CACHE = "public, max-age=300"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
}


async def rate_limited(request: Request) -> None:
    """429 beyond the hub's limit of public requests per client address per minute."""
    client = request.client.host if request.client is not None else ""
    if not request.app.state.public_limiter.allow(client):
        raise HubError(429, ErrorCode.bad_request, "too many requests: try again in a minute")


router = APIRouter(prefix="/public", tags=["public"], dependencies=[Depends(rate_limited)])
ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/calendar": {}}, "description": "an iCalendar file (RFC 5545)"},
    404: {"model": ErrorBody, "description": "no such session, series or antenne"},
    429: {"model": ErrorBody, "description": "too many requests from this address"},
}


def _id_of(name: str) -> uuid.UUID:
    stem = name.removesuffix(".ics")
    if stem == name or len(stem) > 36:
        raise HubError(404, ErrorCode.bad_request, "no such calendar")
    try:
        return uuid.UUID(stem)
    except ValueError:
        raise HubError(404, ErrorCode.bad_request, "no such calendar") from None


async def _calendar(database: DatabaseDep, read: Callable[[Session], bytes]) -> Response:
    def run() -> bytes:
        with database.transaction() as session:
            return read(session)

    body = await run_in_threadpool(run)
    return Response(body, media_type=CONTENT_TYPE, headers={"Cache-Control": CACHE})


@router.get("/sessions/{name}", response_class=Response, responses=ANSWERS)
async def one_session(name: str, database: DatabaseDep) -> Response:
    """One session's calendar file (`name` is `<id>.ics`)."""
    session_id = _id_of(name)
    return await _calendar(database, lambda session: calendars.session_ics(session, session_id))


@router.get("/series/{name}", response_class=Response, responses=ANSWERS)
async def one_series(name: str, database: DatabaseDep) -> Response:
    """A series' calendar file, its rule and its exceptions (`name` is `<series id>.ics`)."""
    series_id = _id_of(name)
    return await _calendar(database, lambda session: calendars.series_ics(session, series_id))


@router.get("/antennes/{slug}/sessions.ics", response_class=Response, responses=ANSWERS)
async def antenna_feed(slug: str, database: DatabaseDep) -> Response:
    """An antenne's upcoming sessions, a feed a calendar subscribes to."""
    if not SLUG.match(slug):
        raise HubError(404, ErrorCode.bad_request, "no such antenne")
    now = utcnow()
    return await _calendar(database, lambda session: calendars.antenna_ics(session, slug, now=now))
