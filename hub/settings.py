"""The hub's settings (rafsaf's `app/core/config.py`, without pydantic-settings): built from
the command line, or from `ANTENNE_HUB_*` environment variables when uvicorn imports the app."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from app.clock import MAX_DRIFT_MS
from db.outbox import SCHEMA_VERSION

ENV_PREFIX = "ANTENNE_HUB_"


@dataclass(frozen=True)
class HubSettings:
    # A SQLAlchemy URL (`postgresql+psycopg://user@host:port/name`) or a SQLite file path.
    db_url: str
    # Kiosk schema versions the hub reads; an older kiosk is told to update (HTTP 426).
    min_schema_version: int = 1
    max_schema_version: int = SCHEMA_VERSION
    # A second machine presenting a device token is refused while the first machine was seen
    # within this window.
    clone_window_s: int = 30 * 60
    enrolment_code_ttl_s: int = 24 * 3600
    # Stamps further ahead of the hub's wall clock are replaced by the hub's own.
    max_drift_ms: int = MAX_DRIFT_MS
    # A request body as sent (gzipped or not) is refused beyond this (HTTP 413), and so is a
    # gzipped body that inflates beyond `max_inflated_bytes` (a zip bomb): both are counted
    # while the body streams in, after the device token was checked (packaging/hub.md). A push
    # of 500 operations is typically well under 1 MB.
    max_body_bytes: int = 16 * 1024 * 1024
    max_inflated_bytes: int = 16 * 1024 * 1024
    # Requests a client address may make per minute to the public calendars (`/public/`).
    public_requests_per_min: int = 120

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> HubSettings:
        environ = os.environ if environ is None else environ
        url = environ.get(ENV_PREFIX + "DB_URL", "")
        if not url:
            raise RuntimeError(f"set {ENV_PREFIX}DB_URL to the hub's database")
        values: dict[str, int] = {}
        for name in (
            "min_schema_version",
            "max_schema_version",
            "clone_window_s",
            "max_body_bytes",
            "max_inflated_bytes",
            "public_requests_per_min",
        ):
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise RuntimeError(
                        f"{ENV_PREFIX}{name.upper()} is not a number: {raw!r}"
                    ) from None
        return cls(db_url=url, **values)
