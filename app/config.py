"""Configuration in one place: defaults < TOML file < `ANTENNE_*` environment < command line.

The TOML file is flat (`language = "nl"`, `idle_timeout_s = 90`); each key is a field of
`Config`, and `ANTENNE_<KEY>` in the environment overrides it (`ANTENNE_LANGUAGE=nl`).
With no configuration at all the kiosk runs on an embedded SQLite database in the user data
folder, seeded with the demo antenne, and needs no hub.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

APP_NAME = "antenne"
LANGUAGES = ("fr", "nl", "en")
ENV_PREFIX = "ANTENNE_"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "antenne.sqlite3"


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "antenne.toml"


@dataclass(frozen=True)
class Config:
    db_path: Path = field(default_factory=default_db_path)
    # Whether an empty database is filled with the demo antenne on first use.
    seed_demo: bool = True
    language: str = "fr"
    antenna_slug: str = "rennes"
    # The name this kiosk signs its changes with (HLC node, `origin` of synced rows).
    node_id: str = "kiosk-rennes-1"
    idle_timeout_s: int = 60
    idle_warning_s: int = 10
    facilitator_idle_s: int = 120
    # Sooner while a screen shows people's full names or attendance (`Screen.shows_personal_data`;
    # docs/architecture.md, "Facilitator mode").
    facilitator_personal_idle_s: int = 45
    facilitator_max_failures: int = 5
    facilitator_lockout_s: int = 300
    virtual_keyboard: bool = True
    large_text: bool = False
    high_contrast: bool = False
    # Where the antenne is: the local day (visitor badges are valid on their day only).
    timezone: str = "Europe/Paris"
    # Badges: the CUPS queue to print on ("" = the system's default printer) and its label.
    printer: str = ""
    badge_layout: str = "62x100"
    # A camera reads badges too (QtMultimedia + zxing-cpp), besides a USB scanner.
    camera_scanner: bool = False
    # Welcome desk: how long visits and visitors' data are kept (days), when the antenne closes
    # (open visits are checked out then, local time "HH:MM").
    retention_days: int = 90
    closing_time: str = "18:00"
    # Sessions: a seat given from the waiting list is held until this many hours before the
    # start; not taken by then, it goes to the next (docs/architecture.md, "Sessions").
    session_hold_hours: int = 2
    # Where the content pages can be read on a phone ("" = no QR code under a page).
    public_url: str = ""
    # The cooperative's hub ("" = no sync) and how often the running kiosk syncs (minutes).
    # The device token and the hub actually used live in the database (`antenne sync enroll`).
    hub_url: str = ""
    sync_interval_min: int = 5
    # Outbox entries the hub acknowledged are deleted after this many days. They are kept that
    # long to be sent again should the hub be restored from an older backup (new epoch).
    outbox_keep_days: int = 30
    # The phone ballot server of a live vote (served by the kiosk on the room's network).
    ballot_host: str = "0.0.0.0"
    ballot_port: int = 8765
    # The sessions' calendar files on the room's network when the hub is out of reach (on
    # `ballot_host`; docs/architecture.md, "Calendars and attendance sheets").
    calendar_port: int = 8766

    def with_changes(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)


# What a setting's annotation says it holds. Read from the annotations' text: resolving them
# with `typing.get_type_hints` compiles each one, a cost paid on every kiosk start.
_KINDS: dict[str, type] = {"Path": Path, "bool": bool, "int": int, "str": str}


def _field_types() -> dict[str, type]:
    return {field.name: _KINDS[str(field.type)] for field in dataclasses.fields(Config)}


def _coerce(key: str, value: Any, kind: type) -> Any:
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if kind is int:
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if kind is Path:
            return Path(str(value)).expanduser()
        return str(value)
    except ValueError:
        raise InvalidInputError(
            Message(
                "Config",
                QT_TRANSLATE_NOOP("Config", "The setting {key} has an invalid value: {value}"),
                {"key": key, "value": value},
            )
        ) from None


def load_config(
    config_file: Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Config:
    """Read the configuration; `overrides` (command line) win and `None` values are ignored."""
    environ = os.environ if environ is None else environ
    kinds = _field_types()
    values: dict[str, Any] = {}

    path = config_file or (Path(environ["ANTENNE_CONFIG"]) if "ANTENNE_CONFIG" in environ else None)
    if path is None and default_config_file().exists():
        path = default_config_file()
    if path is not None:
        import tomllib  # only when there is a file: the kiosk usually runs on defaults

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InvalidInputError(
                Message(
                    "Config",
                    QT_TRANSLATE_NOOP(
                        "Config", "The configuration file {path} cannot be read: {error}"
                    ),
                    {"path": str(path), "error": str(exc)},
                )
            ) from exc
        for key, value in data.items():
            if key not in kinds:
                raise InvalidInputError(
                    Message(
                        "Config",
                        QT_TRANSLATE_NOOP("Config", "Unknown setting {key} in {path}"),
                        {"key": key, "path": str(path)},
                    )
                )
            values[key] = _coerce(key, value, kinds[key])

    for key, kind in kinds.items():
        env_value = environ.get(ENV_PREFIX + key.upper())
        if env_value is not None:
            values[key] = _coerce(key, env_value, kind)

    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, kinds[key])

    if values.get("language", "fr") not in LANGUAGES:
        raise InvalidInputError(
            Message(
                "Config",
                QT_TRANSLATE_NOOP("Config", "Unknown language {language}: use fr, nl or en"),
                {"language": values["language"]},
            )
        )
    return Config(**values)
