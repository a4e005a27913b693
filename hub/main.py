"""The hub's FastAPI application: `create_app(settings)`.

`uvicorn --factory hub.main:app_from_env` runs it from `ANTENNE_HUB_*` environment variables
(what the systemd unit of packaging/hub.md does); `antenne hub serve` runs it directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware

from app.clock import HybridClock
from app.sync.policies import HUB_ORIGIN
from hub.api import v1
from hub.api.gzip import GzipRequestMiddleware
from hub.db import HubDatabase
from hub.service import HubError
from hub.service.meta import check_restored
from hub.settings import HubSettings


def create_app(settings: HubSettings, *, database: HubDatabase | None = None) -> FastAPI:
    """The hub. A `database` passed in stays the caller's to dispose; otherwise the app opens
    one from `settings.db_url` and disposes it at shutdown."""
    owned = database is None
    hub_db = database or HubDatabase(settings.db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        with hub_db.transaction() as session:
            check_restored(session)
        try:
            yield
        finally:
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
    app.add_middleware(GZipMiddleware, minimum_size=512, compresslevel=6)
    app.add_middleware(GzipRequestMiddleware, max_bytes=settings.max_body_bytes)
    app.include_router(v1.router)

    @app.exception_handler(HubError)
    async def hub_error(_request: Request, error: HubError) -> JSONResponse:
        return JSONResponse(
            status_code=error.status_code,
            content={"detail": {"code": error.code.value, "message": error.message}},
        )

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def app_from_env() -> FastAPI:
    return create_app(HubSettings.from_env())
