"""Series keep their local wall-clock time across the daylight-saving changes of 2026–2027, in
Brussels and in Paris, by python-dateutil's rules (docs/architecture.md, "Sessions")."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.sessions.recurrence import local_starts, rule_text, to_utc
from app.sessions.types import Repeat

ZONES = ("Europe/Brussels", "Europe/Paris")
# The weekends clocks change in the European Union: forward in March, back in October.
DST_SUNDAYS = (date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31))


@pytest.mark.parametrize("name", ZONES)
def test_a_weekly_series_keeps_its_hour_through_every_change(name: str) -> None:
    tz = ZoneInfo(name)
    first = datetime(2026, 3, 1, 10, 0)  # a Sunday
    starts = local_starts(first, Repeat.weekly, date(2027, 12, 31))
    assert [s.date() for s in starts] == [
        first.date() + timedelta(weeks=n) for n in range(len(starts))
    ]
    assert set(DST_SUNDAYS) <= {s.date() for s in starts}
    for local in starts:
        instant = to_utc(local, tz)
        assert instant.astimezone(tz).hour == 10 and instant.astimezone(tz).minute == 0
        summer = date(2026, 3, 29) <= local.date() < date(2026, 10, 25) or date(
            2027, 3, 28
        ) <= local.date() < date(2027, 10, 31)
        assert instant.hour == (8 if summer else 9), local


@pytest.mark.parametrize("name", ZONES)
def test_every_other_week_and_monthly_cross_the_changes_at_the_same_hour(name: str) -> None:
    tz = ZoneInfo(name)
    first = datetime(2026, 3, 17, 14, 0)  # the third Tuesday of March
    fortnight = local_starts(first, Repeat.every_other_week, date(2027, 11, 30))
    assert all((b - a) == timedelta(weeks=2) for a, b in itertools.pairwise(fortnight))
    monthly = local_starts(first, Repeat.monthly, date(2027, 11, 30))
    assert len(monthly) == 21
    for local in monthly:
        assert local.weekday() == 1 and 15 <= local.day <= 21, local
    for local in fortnight + monthly:
        assert to_utc(local, tz).astimezone(tz).replace(tzinfo=None) == local
    # 14:00 is 13:00 UTC in winter and 12:00 UTC in summer.
    assert to_utc(monthly[0], tz) == datetime(2026, 3, 17, 13, tzinfo=UTC)
    assert to_utc(monthly[1], tz) == datetime(2026, 4, 21, 12, tzinfo=UTC)


def test_the_fifth_weekday_of_a_month_is_its_last() -> None:
    starts = local_starts(datetime(2026, 12, 29, 18, 0), Repeat.monthly, date(2027, 3, 31))
    assert [s.date() for s in starts] == [
        date(2026, 12, 29),
        date(2027, 1, 26),
        date(2027, 2, 23),
        date(2027, 3, 30),
    ]


def test_the_hour_that_does_not_exist_and_the_one_that_happens_twice() -> None:
    tz = ZoneInfo("Europe/Brussels")
    starts = local_starts(datetime(2026, 3, 22, 2, 30), Repeat.weekly, date(2026, 11, 1))
    by_day = {s.date(): to_utc(s, tz) for s in starts}
    # 02:30 on the night clocks go forward does not exist: it is read an hour later.
    assert by_day[date(2026, 3, 29)].astimezone(tz).strftime("%H:%M") == "03:30"
    # 02:30 on the night they go back happens twice: the first one (summer time).
    assert by_day[date(2026, 10, 25)] == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert by_day[date(2026, 11, 1)] == datetime(2026, 11, 1, 1, 30, tzinfo=UTC)


def test_exceptions_take_dates_out() -> None:
    first = datetime(2026, 12, 1, 9, 30)
    holidays = (date(2026, 12, 22), date(2026, 12, 29))
    starts = local_starts(first, Repeat.weekly, date(2027, 1, 12), holidays)
    assert [s.day for s in starts] == [1, 8, 15, 5, 12]
    assert local_starts(first, Repeat.once, date(2026, 12, 1), (date(2026, 12, 1),)) == []


def test_the_rule_is_written_as_icalendar_says() -> None:
    first = datetime(2026, 12, 8, 14, 0)
    tz = ZoneInfo("Europe/Paris")
    last = to_utc(datetime(2027, 3, 30, 14, 0), tz)
    assert rule_text(first, Repeat.weekly, last) == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T120000Z"
    assert rule_text(first, Repeat.every_other_week, None) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert rule_text(first, Repeat.monthly, None) == "FREQ=MONTHLY;BYDAY=+2TU"
    assert rule_text(first, Repeat.once, last) == ""
