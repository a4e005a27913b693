"""The occurrences of a series, by python-dateutil's `rrule`, never by date arithmetic of ours.

A series keeps its local wall-clock time: "every Tuesday at 14:00" is 14:00 in Brussels in
winter and in summer. The rule runs on naive local times, and each occurrence is placed in the
antenne's timezone only then, so a daylight-saving change moves its UTC time, not the hour
people read (docs/architecture.md, "Sessions"). A local time that does not exist on the night
clocks go forward (02:30) is read with the offset before the change, so it falls an hour later
by the clock; one that happens twice when they go back is the first of the two.

Pure: no database, no configuration.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, rruleset, weekday

from app.sessions.types import Repeat

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _rule(first: datetime, repeat: Repeat, until: datetime | None) -> rrule:
    if repeat is Repeat.monthly:
        # The same weekday of the month: the second Tuesday; the fifth is "the last".
        nth = (first.day - 1) // 7 + 1
        return rrule(
            MONTHLY,
            dtstart=first,
            byweekday=weekday(first.weekday(), -1 if nth == 5 else nth),
            until=until,
        )
    interval = 2 if repeat is Repeat.every_other_week else 1
    return rrule(WEEKLY, dtstart=first, interval=interval, until=until)


def local_starts(
    first: datetime, repeat: Repeat, until: date, exceptions: Iterable[date] = ()
) -> list[datetime]:
    """The local wall-clock starts (naive) of a series from `first` through `until`, without
    the days in `exceptions`. A session that happens once is just `first`."""
    if repeat is Repeat.once:
        return [] if first.date() in set(exceptions) else [first]
    rules = rruleset()
    rules.rrule(_rule(first, repeat, datetime.combine(until, time.max)))
    for day in exceptions:
        rules.exdate(datetime.combine(day, first.time()))
    return list(rules)


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """A naive local wall-clock time at the antenne, as the UTC instant stored."""
    return local.replace(tzinfo=zone).astimezone(UTC)


def rule_text(first: datetime, repeat: Repeat, last_start: datetime | None) -> str:
    """The series' iCalendar RRULE ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=…Z", `last_start`
    in UTC), as `Session.recurrence` keeps it; "" for a session that happens once."""
    if repeat is Repeat.once:
        return ""
    text = str(_rule(first, repeat, None)).splitlines()[-1].removeprefix("RRULE:")
    if repeat is not Repeat.monthly:
        text += f";BYDAY={_WEEKDAYS[first.weekday()]}"
    if last_start is not None:
        text += f";UNTIL={last_start.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return text
