"""The hub's settings (rafsaf's `app/core/config.py`, without pydantic-settings): built from
the command line, or from `ANTENNE_HUB_*` environment variables when uvicorn imports the app."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.clock import MAX_DRIFT_MS
from db.outbox import SCHEMA_VERSION

ENV_PREFIX = "ANTENNE_HUB_"
# The kiosks' default `session_hold_hours` (docs/architecture.md, "Sessions").
DEFAULT_HOLD_HOURS = 2
SMTP_SECURITY = ("starttls", "ssl", "plain")
_PUBLIC_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/\-]*)?")
_NUMBERS = (
    "min_schema_version",
    "max_schema_version",
    "clone_window_s",
    "max_body_bytes",
    "max_inflated_bytes",
    "public_requests_per_min",
    "session_hold_hours",
    "smtp_port",
    "mail_send_every_s",
    "mail_max_attempts",
)
_TEXTS = ("smtp_host", "smtp_security", "smtp_user", "smtp_password", "mail_from", "public_url")


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
    # The kiosks' `session_hold_hours`: the deadline a mail about an offered seat states.
    session_hold_hours: int = DEFAULT_HOLD_HOURS
    # The mail relay (docs/architecture.md, "Mail from the hub"; packaging/hub.md): the SMTP
    # server, how to reach it (`starttls`, `ssl` or `plain`), its account, the sender's
    # address. No host: nothing is sent (mails stay queued). `mail_send_every_s` > 0: `hub
    # serve` sends what is queued that often; a mail is given up after `mail_max_attempts`.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    mail_from: str = ""
    mail_send_every_s: int = 0
    mail_max_attempts: int = 8
    # Where people reach the hub's public pages (`https://hub.example.org`): the links in the
    # mails that relay an introduction (docs/architecture.md, "Introductions through the
    # hub"). Empty: introductions are not relayed by e-mail, they wait for a kiosk.
    public_url: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> HubSettings:
        environ = os.environ if environ is None else environ
        url = environ.get(ENV_PREFIX + "DB_URL", "")
        if not url:
            raise RuntimeError(f"set {ENV_PREFIX}DB_URL to the hub's database")
        values: dict[str, int | str] = {}
        for name in _NUMBERS:
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise RuntimeError(
                        f"{ENV_PREFIX}{name.upper()} is not a number: {raw!r}"
                    ) from None
        for name in _TEXTS:
            text = environ.get(ENV_PREFIX + name.upper())
            if text:
                values[name] = text
        security = values.get("smtp_security", "starttls")
        if security not in SMTP_SECURITY:
            # The value itself is not repeated: it may be a password in the wrong variable.
            raise RuntimeError(f"{ENV_PREFIX}SMTP_SECURITY is one of {', '.join(SMTP_SECURITY)}")
        public_url = str(values.get("public_url", ""))
        if public_url and not _PUBLIC_URL.fullmatch(public_url):
            raise RuntimeError(f"{ENV_PREFIX}PUBLIC_URL is a web address: https://hub.example.org")
        if public_url:
            values["public_url"] = public_url.rstrip("/")
        return cls(db_url=url, **values)  # type: ignore[arg-type]
