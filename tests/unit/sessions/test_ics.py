"""Calendar files of sessions, read back field by field with `icalendar`, and the series opened
by a second reader (`recurring-ical-events`) as a phone's calendar would expand it: a weekly
14:00 stays 14:00 local across the daylight-saving weekends of 2026 and 2027."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from app.sessions.ics import (
    CONTENT_TYPE,
    SEQUENCE_EPOCH,
    CalendarEntry,
    antenna_calendar,
    sequence_of,
    series_calendar,
    session_calendar,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
PARIS = ZoneInfo("Europe/Paris")
# The HLC of a row last written on 1 March 2026 at noon UTC.
MARCH_HLC = f"{int(datetime(2026, 3, 1, 12, tzinfo=UTC).timestamp() * 1000):015d}-00000-k1"


def _hlc(moment: datetime, counter: int = 0) -> str:
    return f"{int(moment.timestamp() * 1000):015d}-{counter:05d}-kiosk-1"


def _entry(**fields: object) -> CalendarEntry:
    values: dict[str, object] = {
        "id": str(uuid.uuid4()),
        "kind": "drop_in",
        "title": "Permanence compta",
        "description": "On parle TVA et factures.",
        "language": "fr",
        "starts_at": datetime(2026, 3, 24, 13, tzinfo=UTC),
        "ends_at": datetime(2026, 3, 24, 15, tzinfo=UTC),
        "location": "Salle 2",
        "hlc": MARCH_HLC,
    }
    values.update(fields)
    return CalendarEntry(**values)  # type: ignore[arg-type]


def _only_event(data: bytes) -> tuple[Calendar, object]:
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_one_session_read_back_field_by_field() -> None:
    entry = _entry()
    calendar, event = _only_event(session_calendar(entry, BRUSSELS))

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Smart//Antenne")
    assert str(event["UID"]) == f"session-{entry.id}@antenne"
    assert str(event["SUMMARY"]) == "Permanence compta"
    start, end = event["DTSTART"], event["DTEND"]
    assert start.params["TZID"] == "Europe/Brussels"
    assert end.params["TZID"] == "Europe/Brussels"
    # 13:00 UTC on 24 March is 14:00 in Brussels (winter time, UTC+1).
    assert start.dt.replace(tzinfo=None) == datetime(2026, 3, 24, 14, 0)
    assert end.dt.replace(tzinfo=None) == datetime(2026, 3, 24, 16, 0)
    assert start.dt.astimezone(UTC) == entry.starts_at
    assert str(event["LOCATION"]) == "Salle 2"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "URL" not in event
    description = str(event["DESCRIPTION"])
    assert description.startswith("On parle TVA et factures.")
    assert "Permanence" in description and "Gratuit" in description
    assert int(event["SEQUENCE"]) == sequence_of(MARCH_HLC) > 0
    # The zone the events name is in the file, with both its offsets.
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Brussels"
    offsets = {str(part["TZNAME"]) for part in zone.subcomponents}
    assert offsets == {"CET", "CEST"}
    assert CONTENT_TYPE == "text/calendar; charset=utf-8"


def test_the_same_row_gives_the_same_file() -> None:
    entry = _entry()
    assert session_calendar(entry, BRUSSELS) == session_calendar(entry, BRUSSELS)


@pytest.mark.parametrize(
    ("language", "words"),
    [("fr", ("Atelier", "12,50")), ("nl", ("Workshop", "12,50")), ("en", ("Workshop", "12.50"))],
)
def test_the_description_is_in_the_sessions_language(language: str, words: tuple[str, str]) -> None:
    entry = _entry(kind="workshop", language=language, price_cents=1250, description="")
    _calendar, event = _only_event(session_calendar(entry, PARIS))
    description = str(event["DESCRIPTION"])
    assert all(word in description for word in words), description
    assert "Gratuit" not in description


def test_an_online_session_has_its_link() -> None:
    entry = _entry(location="", online_url="https://meet.example.org/compta", language="nl")
    _calendar, event = _only_event(session_calendar(entry, BRUSSELS))
    assert str(event["URL"]) == "https://meet.example.org/compta"
    assert str(event["LOCATION"]) == "https://meet.example.org/compta"
    assert "Online: https://meet.example.org/compta" in str(event["DESCRIPTION"])


@pytest.mark.parametrize("link", ["javascript:alert(1)", "file:///etc/passwd", "meet.example.org"])
def test_only_a_web_link_is_a_url(link: str) -> None:
    _calendar, event = _only_event(session_calendar(_entry(online_url=link), BRUSSELS))
    assert "URL" not in event
    assert str(event["LOCATION"]) == "Salle 2"


def test_a_cancelled_session_says_so_with_a_later_sequence() -> None:
    entry = _entry()
    cancelled = replace(entry, cancelled=True, hlc=_hlc(datetime(2026, 3, 20, 9, tzinfo=UTC)))
    _c, before = _only_event(session_calendar(entry, BRUSSELS))
    _c, after = _only_event(session_calendar(cancelled, BRUSSELS))
    assert str(after["STATUS"]) == "CANCELLED"
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])


def test_sequence_grows_with_each_write_and_is_zero_when_unstamped() -> None:
    first = _hlc(SEQUENCE_EPOCH + timedelta(days=3))
    later = _hlc(SEQUENCE_EPOCH + timedelta(days=3, seconds=1))
    assert sequence_of(first) == 3 * 86400
    assert sequence_of(later) == sequence_of(first) + 1
    assert sequence_of("") == 0
    assert sequence_of("garbage") == 0
    assert sequence_of(_hlc(datetime(2020, 1, 1, tzinfo=UTC))) == 0


# -- Series across daylight-saving changes ----------------------------------------------------

# Tuesdays from 3 March 2026 to 30 November 2027: four changes of time on the way (29 March
# and 25 October 2026, 28 March and 31 October 2027).
FIRST_TUESDAY = date(2026, 3, 3)
LAST_TUESDAY = date(2027, 11, 30)


def _weekly_rows(zone: ZoneInfo, series_id: str) -> list[CalendarEntry]:
    rows = []
    day = FIRST_TUESDAY
    while day <= LAST_TUESDAY:
        start = datetime(day.year, day.month, day.day, 14, 0, tzinfo=zone)
        rows.append(
            _entry(
                starts_at=start.astimezone(UTC),
                ends_at=(start + timedelta(hours=2)).astimezone(UTC),
                recurrence="FREQ=WEEKLY;BYDAY=TU",
                series_id=series_id,
                hlc=_hlc(datetime(2026, 2, 1, tzinfo=UTC), len(rows)),
            )
        )
        day += timedelta(days=7)
    return rows


def _expanded(data: bytes, zone: ZoneInfo) -> list[tuple[datetime, datetime, str]]:
    calendar = Calendar.from_ical(data)
    occurrences = recurring_ical_events.of(calendar).between(
        datetime(2026, 1, 1, tzinfo=zone), datetime(2028, 1, 1, tzinfo=zone)
    )
    return sorted(
        (
            event["DTSTART"].dt.astimezone(zone),
            event["DTEND"].dt.astimezone(zone),
            str(event["UID"]),
        )
        for event in occurrences
    )


@pytest.mark.parametrize("zone", [BRUSSELS, PARIS], ids=["Brussels", "Paris"])
def test_a_weekly_series_keeps_its_local_time_across_daylight_saving(zone: ZoneInfo) -> None:
    series_id = str(uuid.uuid4())
    rows = _weekly_rows(zone, series_id)
    data = series_calendar(rows, zone)

    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"series-{series_id}@antenne"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TU"]
    assert rule["UNTIL"][0] == rows[-1].starts_at
    assert "EXDATE" not in event

    occurrences = _expanded(data, zone)
    assert len(occurrences) == len(rows)
    for (start, end, _uid), row in zip(occurrences, rows, strict=True):
        assert (start.hour, start.minute, end.hour) == (14, 0, 16), start
        assert start.weekday() == 1
        assert start.astimezone(UTC) == row.starts_at
    # Either side of each change the UTC time moves by an hour, the local time does not.
    offsets = {start.utcoffset() for start, _end, _uid in occurrences}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_cancelled_and_moved_occurrences_of_a_series() -> None:
    series_id = str(uuid.uuid4())
    rows = _weekly_rows(BRUSSELS, series_id)
    # 31 March 2026, just after the change to summer time: cancelled.
    cancelled_index = 4
    rows[cancelled_index] = replace(
        rows[cancelled_index], cancelled=True, hlc=_hlc(datetime(2026, 3, 10, tzinfo=UTC))
    )
    # 27 October 2026, just after the change to winter time: moved to 15:00.
    moved_index = 34
    moved = rows[moved_index]
    rows[moved_index] = replace(
        moved,
        starts_at=moved.starts_at + timedelta(hours=1),
        ends_at=moved.ends_at + timedelta(hours=1),
    )
    # A deleted occurrence is simply missing: the rule's date is excluded too.
    missing = rows.pop(50)
    data = series_calendar(rows, BRUSSELS)

    calendar = Calendar.from_ical(data)
    series_event, moved_event = calendar.walk("VEVENT")
    excluded = {
        moment.dt.astimezone(UTC) for exdate in [series_event["EXDATE"]] for moment in exdate.dts
    }
    assert excluded == {
        rows[cancelled_index].starts_at,
        moved.starts_at,
        missing.starts_at,
    }
    assert series_event["EXDATE"].params["TZID"] == "Europe/Brussels"
    assert str(moved_event["UID"]) == f"session-{moved.id}@antenne"
    # The series' SEQUENCE follows its most recently written row (the cancellation).
    assert int(series_event["SEQUENCE"]) == sequence_of(rows[cancelled_index].hlc)

    occurrences = _expanded(data, BRUSSELS)
    starts = [start for start, _end, _uid in occurrences]
    assert len(occurrences) == len(rows) - 1
    assert datetime(2026, 3, 31, 14, tzinfo=BRUSSELS) not in starts
    assert datetime(2026, 10, 27, 14, tzinfo=BRUSSELS) not in starts
    assert datetime(2026, 10, 27, 15, tzinfo=BRUSSELS) in starts
    assert all(start.hour == 14 for start in starts if start.date() != date(2026, 10, 27))


def test_a_series_whose_every_occurrence_is_cancelled_is_cancelled() -> None:
    rows = [replace(row, cancelled=True) for row in _weekly_rows(PARIS, str(uuid.uuid4()))[:3]]
    _calendar, event = _only_event(series_calendar(rows, PARIS))
    assert str(event["STATUS"]) == "CANCELLED"


@pytest.mark.parametrize(
    "rule", ["FREQ=NEVER", "BYDAY=TU", "FREQ=WEEKLY;BYDAY=XX", "FREQ=SECONDLY", "not a rule"]
)
def test_a_series_with_a_rule_no_one_can_read_lists_its_sessions(rule: str) -> None:
    rows = [replace(row, recurrence=rule) for row in _weekly_rows(PARIS, str(uuid.uuid4()))[:3]]
    calendar = Calendar.from_ical(series_calendar(rows, PARIS))
    events = calendar.walk("VEVENT")
    assert [str(event["UID"]) for event in events] == [f"session-{row.id}@antenne" for row in rows]
    assert all("RRULE" not in event for event in events)


def test_the_antenne_feed_holds_what_has_not_ended() -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    past = _entry(
        title="Hier", starts_at=now - timedelta(days=1), ends_at=now - timedelta(hours=20)
    )
    running = _entry(
        title="En cours", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1)
    )
    later = _entry(
        title="Demain", starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=1, hours=2)
    )
    series = _weekly_rows(PARIS, str(uuid.uuid4()))
    ended_series = _weekly_rows(PARIS, str(uuid.uuid4()))[:4]  # March 2026, all past

    data = antenna_calendar(
        "Rennes", [later, past, running, *series, *ended_series], PARIS, now=now
    )
    calendar = Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Rennes"
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert uids == [
        f"session-{running.id}@antenne",
        f"session-{later.id}@antenne",
        f"series-{series[0].series_id}@antenne",
    ]
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_an_empty_feed_is_still_a_calendar() -> None:
    calendar = Calendar.from_ical(antenna_calendar("Liège", [], BRUSSELS, now=datetime.now(UTC)))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["X-WR-CALNAME"]) == "Liège"


def test_hostile_text_stays_inside_its_property() -> None:
    """A title is one line; a description keeps its lines, escaped: no text ends an event."""
    entry = _entry(
        title="Compta\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pirate",
        description="a;b,c\\d\nligne",
        location="Salle; 2, étage",
    )
    calendar, event = _only_event(session_calendar(entry, BRUSSELS))
    assert str(event["SUMMARY"]) == "Compta END:VEVENT BEGIN:VEVENT SUMMARY:pirate"
    assert str(event["LOCATION"]) == "Salle; 2, étage"
    assert str(event["DESCRIPTION"]).startswith("a;b,c\\d\nligne")
    lines = calendar.to_ical().decode().split("\r\n")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 1
    feed = antenna_calendar("A\r\nB", [entry], BRUSSELS, now=entry.starts_at)
    assert str(Calendar.from_ical(feed)["X-WR-CALNAME"]) == "A B"


def test_a_record_from_the_hub_reads_like_a_row() -> None:
    entry = _entry(series_id=None)
    data = {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "description": entry.description,
        "language": entry.language,
        "starts_at": "2026-03-24T14:00:00+01:00",
        "ends_at": "2026-03-24T13:00:00+00:00".replace("13:00", "15:00"),
        "location": entry.location,
        "online_url": "",
        "price_cents": 0,
        "currency": "EUR",
        "recurrence": "",
        "series_id": None,
        "cancelled": False,
    }
    assert CalendarEntry.of_record(data, MARCH_HLC) == entry
    with pytest.raises(ValueError):
        CalendarEntry.of_record({**data, "starts_at": "tomorrow"}, MARCH_HLC)
