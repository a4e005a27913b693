"""Time at the antenne: its day, its closing time, how long a visitor is kept.

The configuration names the antenne's timezone (`timezone`) and when it closes
(`closing_time`, local "HH:MM"); the database stores UTC. Check-in, the journey, privacy and
badges all count days here, so they agree on when a day ends. Nothing here touches the database.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.clock import utcnow
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

if TYPE_CHECKING:
    from app.context import AppContext

_CLOSING = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def zone(ctx: AppContext) -> ZoneInfo:
    """The antenne's timezone (`config.timezone`); `InvalidInputError` if it names none."""
    return _zone_named(ctx.config.timezone)


@cache
def _zone_named(name: str) -> ZoneInfo:
    # Cached: scanning a badge asks for the day on every scan.
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _config_error("timezone", name) from None


def _config_error(key: str, value: str) -> InvalidInputError:
    return InvalidInputError(
        Message(
            "Config",
            QT_TRANSLATE_NOOP("Config", "The setting {key} has an invalid value: {value}"),
            {"key": key, "value": value},
        )
    )


def local_day(ctx: AppContext, now: datetime | None = None) -> date:
    """Today (or `now`'s day) at the antenne, in `config.timezone`."""
    return (now or utcnow()).astimezone(zone(ctx)).date()


def kept_until(ctx: AppContext, now: datetime | None = None) -> date:
    """The day until which a visitor registering now is kept (what the consent screen says)."""
    return local_day(ctx, now) + timedelta(days=ctx.config.retention_days)


def closing_moment(ctx: AppContext, day: date) -> datetime:
    """When the antenne closes on `day` (`config.closing_time`, local), in UTC."""
    match = _CLOSING.match(ctx.config.closing_time.strip())
    if match is None:
        raise _config_error("closing_time", ctx.config.closing_time)
    local = datetime.combine(day, time(int(match[1]), int(match[2])), tzinfo=zone(ctx))
    return local.astimezone(UTC)


def next_closing(ctx: AppContext, now: datetime | None = None) -> datetime:
    """The next closing time after `now` (today's, or tomorrow's once today's has passed)."""
    now = now or utcnow()
    today = local_day(ctx, now)
    closing = closing_moment(ctx, today)
    return closing if closing > now else closing_moment(ctx, today + timedelta(days=1))
