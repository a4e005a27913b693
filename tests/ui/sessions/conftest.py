"""The sessions' screens read the real clock, and their tests put sessions "in half an hour" or
"in ninety minutes": late in the evening those fall on tomorrow, which the day view does not
show. Each test runs at 11:00 in the antenne's zone (Europe/Paris, `app.config`'s default),
today, with the clock ticking (Qt's timers and pytest-qt's waits use the monotonic clock, which
`time_machine` leaves alone)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine


@pytest.fixture(autouse=True)
def late_morning() -> Iterator[None]:
    zone = ZoneInfo("Europe/Paris")
    eleven = datetime.combine(datetime.now(zone).date(), time(11), tzinfo=zone)
    with time_machine.travel(eleven, tick=True):
        yield
