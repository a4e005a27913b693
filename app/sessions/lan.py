"""The kiosk's calendar server on the room's network (FastAPI + uvicorn in a thread): the same
ICS files, at the same paths, as the hub's public endpoint, for when the hub is out of reach
(`app.sessions.calendars.calendar_url` picks which one a QR code names).

GET only, three paths (`calendars.SESSION_PATH`, `SERIES_PATH`, `ANTENNA_PATH`); anything else
is a 404 or 405 without a body worth reading. No documentation, no OpenAPI schema. Every answer
carries strict security headers; each client address is rate limited.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response

from app.errors import NotFoundError
from app.lan_server import LanServer, RateLimiter
from app.sessions import calendars
from app.sessions.ics import CONTENT_TYPE

if TYPE_CHECKING:
    from app.context import AppContext

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # A calendar re-reads the file when it refreshes: a short cache spares the kiosk.
    "Cache-Control": "public, max-age=300",
}
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# Requests per client address per minute: a phone adding a calendar asks once or twice.
RATE_LIMIT = 60


def parse_id(text: str) -> uuid.UUID | None:
    """`text` as an id, or None (an unknown path is a 404, not a 422)."""
    if len(text) > 36:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def create_app(ctx: AppContext, *, rate_limit: int = RATE_LIMIT) -> FastAPI:
    """The calendar server's application on the kiosk's database."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    limiter = RateLimiter(rate_limit, 60.0)

    @app.middleware("http")
    async def guarded(request: Request, call_next: Any) -> Response:
        client = request.client.host if request.client is not None else ""
        if not limiter.allow(client):
            response: Response = PlainTextResponse("Too many requests", status_code=429)
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def ics(read: Callable[[], bytes]) -> Response:
        try:
            return Response(read(), media_type=CONTENT_TYPE)
        except NotFoundError:
            return PlainTextResponse("Not found", status_code=404)

    def not_found() -> Response:
        return PlainTextResponse("Not found", status_code=404)

    @app.get("/public/sessions/{name}")
    def one_session(name: str) -> Response:
        session_id = parse_id(name.removesuffix(".ics")) if name.endswith(".ics") else None
        if session_id is None:
            return not_found()
        return ics(lambda: calendars.session_ics(ctx, session_id))

    @app.get("/public/series/{name}")
    def one_series(name: str) -> Response:
        series_id = parse_id(name.removesuffix(".ics")) if name.endswith(".ics") else None
        if series_id is None:
            return not_found()
        return ics(lambda: calendars.series_ics(ctx, series_id))

    @app.get("/public/antennes/{slug}/sessions.ics")
    def antenna_feed(slug: str) -> Response:
        if not SLUG.match(slug):
            return not_found()
        return ics(lambda: calendars.antenna_ics(ctx, slug))

    return app


class CalendarServer(LanServer):
    """The sessions' calendar files, served from the kiosk (`app.lan_server.LanServer`)."""

    def __init__(self, ctx: AppContext, *, host: str, port: int, **options: int) -> None:
        super().__init__(create_app(ctx, **options), host=host, port=port, name="calendar server")
