"""The kiosk's calendar server on the room's network (FastAPI + uvicorn in a thread): the same
ICS files, at the same paths, as the hub's public endpoint, for when the hub is out of reach
(`app.sessions.calendars.calendar_url` picks which one a QR code names).

GET only, three paths (`calendars.SESSION_PATH`, `SERIES_PATH`, `ANTENNA_PATH`); anything else
is a 404 or 405 without a body worth reading. No documentation, no OpenAPI schema. Every answer
carries strict security headers; each client address is rate limited.
"""

from __future__ import annotations

import re
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response

from app.errors import NotFoundError
from app.sessions import calendars
from app.sessions.ics import CONTENT_TYPE
from app.sessions.limits import RateLimiter

if TYPE_CHECKING:
    import uvicorn

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


def _listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound here: a busy port or an unknown host is an `OSError` the
    caller reports (uvicorn would log it and end its thread)."""
    if not 0 <= port <= 65535:
        raise OSError(f"port {port} is not between 1 and 65535")
    family, kind, proto, _name, address = socket.getaddrinfo(
        host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError:
        listening.close()
        raise
    return listening


def lan_address() -> str:
    """This machine's address on the room's network (no packet is sent), or 127.0.0.1."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing decides the interface
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class CalendarServer:
    """uvicorn in a background thread, stopped cleanly with `stop()`."""

    def __init__(self, ctx: AppContext, *, host: str, port: int, **options: int) -> None:
        import uvicorn

        self.host = host
        self._socket: socket.socket | None = None
        config = uvicorn.Config(
            create_app(ctx, **options),
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
            access_log=False,
            server_header=False,
            # Phones reach the kiosk directly: a forwarded-for header would let one pass for many.
            proxy_headers=False,
        )
        self._server: uvicorn.Server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="calendar-server", daemon=True)

    def _run(self) -> None:
        if self._socket is not None:
            self._server.run(sockets=[self._socket])

    @property
    def port(self) -> int:
        if self._socket is not None:
            return int(self._socket.getsockname()[1])
        return int(self._server.config.port)

    def start(self, timeout: float = 10.0) -> None:
        """Serve; `OSError` when it cannot (a busy port, an unknown address)."""
        self._socket = _listening_socket(self.host, self._server.config.port)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(f"the calendar server did not start on {self.host}")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()

    @property
    def address(self) -> str:
        """Where phones reach it ("http://192.168.1.20:8766")."""
        shown = lan_address() if self.host in ("0.0.0.0", "", "::") else self.host
        return f"http://{shown}:{self.port}"
