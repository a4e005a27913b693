"""The hub's FastAPI application: `create_app(settings)`.

`uvicorn --factory hub.main:app_from_env` runs it from `ANTENNE_HUB_*` environment variables
(what the systemd unit of packaging/hub.md does); `antenne hub serve` runs it directly.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware

from app import log
from app.clock import HybridClock
from app.lan_server import RateLimiter
from app.sync.policies import HUB_ORIGIN
from app.sync.protocol import ErrorCode
from hub.api import public, public_governance, public_skills, v1
from hub.api.body import describe_errors
from hub.db import HubDatabase
from hub.mailer import SMTP_TIMEOUT_S, send_queued
from hub.service import HubError
from hub.service.meta import check_restored
from hub.settings import HubSettings


class _HideAnswerTokens(logging.Filter):
    """Uvicorn's access log without the one-time token of an introduction's answer link
    (`/public/intro/TOKEN/accept`): a log is no place for a key, however short-lived."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 3:
            path = record.args[2]
            if isinstance(path, str) and "/public/intro/" in path:
                hidden = _ANSWER_TOKEN.sub(r"\1…", path)
                record.args = (*record.args[:2], hidden, *record.args[3:])
        return True


_ANSWER_TOKEN = re.compile(r"(/public/intro/)[^/?]*")
_ACCESS_FILTER = _HideAnswerTokens()


def create_app(settings: HubSettings, *, database: HubDatabase | None = None) -> FastAPI:
    """The hub. A `database` passed in stays the caller's to dispose; otherwise the app opens
    one from `settings.db_url` and disposes it at shutdown."""
    owned = database is None
    hub_db = database or HubDatabase(settings.db_url)
    access = logging.getLogger("uvicorn.access")
    if _ACCESS_FILTER not in access.filters:
        access.addFilter(_ACCESS_FILTER)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        with hub_db.transaction() as session:
            check_restored(session)
        stop = threading.Event()
        sender = None
        if settings.mail_send_every_s > 0 and settings.smtp_host:
            sender = threading.Thread(
                target=_send_mail_every,
                args=(hub_db, settings, stop),
                name="hub-mail",
                daemon=True,
            )
            sender.start()
        try:
            yield
        finally:
            stop.set()
            if sender is not None:
                sender.join(timeout=SMTP_TIMEOUT_S * 2)
            if owned:
                hub_db.dispose()

    app = FastAPI(
        title="Antenne hub",
        version="1",
        summary="Central sync service of the Antenne kiosks",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = hub_db
    app.state.clock = HybridClock(HUB_ORIGIN)
    # Level 6, not Starlette's 9: a 2 000-row page compresses about as well in half the time.
    # Request bodies are read (and inflated) by the endpoints, after authentication
    # (`hub.api.body`).
    app.add_middleware(GZipMiddleware, minimum_size=512, compresslevel=6)
    app.include_router(v1.router)
    app.include_router(public.router)
    app.include_router(public_governance.router)
    app.include_router(public_skills.router)
    app.state.public_limiter = RateLimiter(settings.public_requests_per_min, 60.0)

    @app.middleware("http")
    async def public_headers(request: Request, call_next: Any) -> Response:
        # The public calendars are read by anyone's phone: nothing in them runs, frames or
        # sniffs (docs/architecture.md, "Calendars and attendance sheets").
        response: Response = await call_next(request)
        if request.url.path.startswith("/public/"):
            # A page that sets its own (the governance page's styles) keeps it.
            for name, value in public.SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    # Every refusal answers `{"detail": {"code", "message"}}`, and none repeats the request:
    # what it carried may be anything (docs/architecture.md, "Sync").
    @app.exception_handler(HubError)
    async def hub_error(request: Request, error: HubError) -> JSONResponse:
        return _refused(request, error.status_code, error.code, error.message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        return _refused(request, 422, ErrorCode.bad_request, describe_errors(error.errors()))

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        # Starlette's own (404, 405…): the house's shape, its headers (`Allow`) kept.
        response = _error(error.status_code, ErrorCode.bad_request, str(error.detail))
        response.headers.update(error.headers or {})
        return response

    @app.exception_handler(Exception)
    async def hub_bug(request: Request, error: Exception) -> JSONResponse:
        # The last resort, for the hub's own bugs only (uvicorn logs the traceback).
        log.sync.error("%s %s failed: %s", request.method, request.url.path, type(error).__name__)
        return _error(500, ErrorCode.hub_error, "the hub failed on this request (logged)")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = v1.document_bodies(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    summary=app.summary,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented extension point

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def _error(status: int, code: ErrorCode, message: str) -> JSONResponse:
    return JSONResponse(
        status_code=status, content={"detail": {"code": code.value, "message": message}}
    )


def _refused(request: Request, status: int, code: ErrorCode, message: str) -> JSONResponse:
    response = _error(status, code, message)
    if "content-length" in request.headers or "transfer-encoding" in request.headers:
        # A refused request's body may still be on its way, unread (a push refused before
        # reading, a body beyond the limits): closing the connection stops it, rather than
        # receiving it to its end to keep the connection alive.
        response.headers["Connection"] = "close"
    return response


def _send_mail_every(database: HubDatabase, settings: HubSettings, stop: threading.Event) -> None:
    """`hub serve`'s mail sender: what is queued goes out every `mail_send_every_s` (docs/
    architecture.md, "Mail from the hub"); a failed round is logged and tried again."""
    while not stop.wait(settings.mail_send_every_s):
        try:
            send_queued(database, settings)
        except Exception as error:
            log.sync.error("sending the hub's mail failed: %s", type(error).__name__)


def app_from_env() -> FastAPI:
    return create_app(HubSettings.from_env())
