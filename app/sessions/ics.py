"""Sessions as iCalendar files (RFC 5545, the `icalendar` library): one session, one series,
or an antenne's feed of upcoming sessions, for a phone to add to its calendar.

Written from `CalendarEntry`, the public fields of a session, which the kiosk reads from its
`Session` rows and the hub from its synced records: both write the same file for the same
rows (docs/architecture.md, "Calendars and attendance sheets"):

- UID: `session-<id>@antenne` for one session, `series-<series id>@antenne` for a series;
  stable across kiosks, the hub and edits.
- SEQUENCE: the second of the row's last write (the wall clock of its HLC stamp), counted from
  `SEQUENCE_EPOCH`; for a series, of its most recently written row. Every change to a row
  stamps it later, so the number grows with each change, and every machine derives the same
  number from the same row without keeping a counter of its own.
- DTSTART/DTEND carry the antenne's TZID, with its VTIMEZONE in the file, so that a weekly
  session stays at 14:00 local on both sides of a daylight-saving change.
- A series is one VEVENT with the series' RRULE, bounded (UNTIL) by its last occurrence the
  rows hold; EXDATE for each date of the rule whose occurrence is cancelled or missing; an
  occurrence moved off the rule (another time or length) is a VEVENT of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.clock import Stamp
from app.sessions.phrases import N_, kind_words, price_words, t

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from db.models.sessions import Session

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//Smart//Antenne//EN"
UID_DOMAIN = "antenne"
SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
# The VTIMEZONE spans these years: enough for any session a calendar shows, and a few rules
# rather than one line per year since 1970.
ZONE_YEARS = (2020, 2040)
ONLINE = N_("Online: {url}")
# Occurrences of a series' rule expanded at most (ten years of a weekly session).
MAX_OCCURRENCES = 520


@dataclass(frozen=True)
class CalendarEntry:
    """What a calendar may show of a session: nothing about who signed up."""

    id: str
    kind: str
    title: str
    description: str
    language: str
    starts_at: datetime
    ends_at: datetime
    location: str = ""
    online_url: str = ""
    price_cents: int = 0
    currency: str = "EUR"
    recurrence: str = ""
    series_id: str | None = None
    cancelled: bool = False
    hlc: str = ""

    @classmethod
    def of_row(cls, row: Session) -> CalendarEntry:
        """A kiosk's `Session` row."""
        return cls(
            id=str(row.id),
            kind=str(row.kind),
            title=row.title,
            description=row.description,
            language=row.language,
            starts_at=as_utc(row.starts_at),
            ends_at=as_utc(row.ends_at),
            location=row.location,
            online_url=row.online_url,
            price_cents=row.price_cents,
            currency=row.currency,
            recurrence=row.recurrence,
            series_id=str(row.series_id) if row.series_id is not None else None,
            cancelled=row.cancelled,
            hlc=row.hlc,
        )

    @classmethod
    def of_record(cls, data: Mapping[str, Any], hlc: str) -> CalendarEntry:
        """The hub's synced record of a session (its JSON row, validated when it was pushed:
        `app.sync.schema`). `ValueError` for a row that cannot be one."""
        series = data.get("series_id")
        return cls(
            id=str(data["id"]),
            kind=str(data.get("kind", "")),
            title=str(data.get("title", "")),
            description=str(data.get("description") or ""),
            language=str(data.get("language") or "fr"),
            starts_at=as_utc(datetime.fromisoformat(str(data["starts_at"]))),
            ends_at=as_utc(datetime.fromisoformat(str(data["ends_at"]))),
            location=str(data.get("location") or ""),
            online_url=str(data.get("online_url") or ""),
            price_cents=int(data.get("price_cents") or 0),
            currency=str(data.get("currency") or "EUR"),
            recurrence=str(data.get("recurrence") or ""),
            series_id=str(series) if series else None,
            cancelled=bool(data.get("cancelled")),
            hlc=hlc,
        )


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC (a naive one is UTC: SQLite hands them back so)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def sequence_of(hlc: str) -> int:
    """SEQUENCE of a row last written at `hlc` (see the module's docstring); 0 if unstamped."""
    try:
        wall_ms = Stamp.parse(hlc).wall_ms
    except ValueError:
        return 0
    return max(0, (wall_ms - int(SEQUENCE_EPOCH.timestamp() * 1000)) // 1000)


def session_uid(session_id: str) -> str:
    return f"session-{session_id}@{UID_DOMAIN}"


def series_uid(series_id: str) -> str:
    return f"series-{series_id}@{UID_DOMAIN}"


# -- Files ------------------------------------------------------------------------------------


def session_calendar(entry: CalendarEntry, zone: ZoneInfo) -> bytes:
    """The ICS file of one session."""
    calendar = _calendar(entry.title)
    calendar.add_component(_event(entry, zone, uid=session_uid(entry.id)))
    return _finished(calendar, zone)


def series_calendar(entries: Sequence[CalendarEntry], zone: ZoneInfo) -> bytes:
    """The ICS file of a series (its rows, all with one `series_id`): see the module's
    docstring. `ValueError` for no rows."""
    if not entries:
        raise ValueError("a series has at least one session")
    calendar = _calendar(min(entries, key=_start_order).title)
    for event in _series_events(entries, zone):
        calendar.add_component(event)
    return _finished(calendar, zone)


def antenna_calendar(
    name: str, entries: Iterable[CalendarEntry], zone: ZoneInfo, *, now: datetime
) -> bytes:
    """The antenne's feed: every session that has not ended by `now`, a series as one event
    (whose rule also shows its past dates: a calendar keeps a series whole)."""
    calendar = _calendar(name)
    series: dict[str, list[CalendarEntry]] = {}
    alone: list[CalendarEntry] = []
    for entry in entries:
        if entry.series_id is not None and entry.recurrence:
            series.setdefault(entry.series_id, []).append(entry)
        else:
            alone.append(entry)
    for entry in sorted(alone, key=_start_order):
        if entry.ends_at > now:
            calendar.add_component(_event(entry, zone, uid=session_uid(entry.id)))
    for rows in sorted(series.values(), key=lambda rows: min(map(_start_order, rows))):
        if any(row.ends_at > now for row in rows):
            for event in _series_events(rows, zone):
                calendar.add_component(event)
    return _finished(calendar, zone)


def _start_order(entry: CalendarEntry) -> tuple[datetime, str]:
    return (entry.starts_at, entry.id)


def _calendar(name: str) -> Calendar:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _line(name))
    return calendar


def _finished(calendar: Calendar, zone: ZoneInfo) -> bytes:
    from icalendar import Timezone

    if calendar.walk("VEVENT"):
        first, last = ZONE_YEARS
        timezone = Timezone.from_tzid(
            zone.key, first_date=date(first, 1, 1), last_date=date(last, 1, 1)
        )
        calendar.subcomponents.insert(0, timezone)
    return bytes(calendar.to_ical())


def _event(entry: CalendarEntry, zone: ZoneInfo, *, uid: str, sequence: int | None = None) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    # When the row was last written (its HLC): the same rows always give the same file.
    event.add("dtstamp", _written_at(entry))
    event.add("last-modified", _written_at(entry))
    event.add("sequence", sequence_of(entry.hlc) if sequence is None else sequence)
    event.add("dtstart", entry.starts_at.astimezone(zone))
    event.add("dtend", entry.ends_at.astimezone(zone))
    event.add("summary", _line(entry.title))
    event.add("description", _description(entry))
    event.add("categories", [kind_words(entry.kind, entry.language)])
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if entry.location:
        event.add("location", _line(entry.location))
    if entry.online_url:
        # A link a calendar opens with a tap: only the web's (never `javascript:` or a file).
        if entry.online_url.lower().startswith(("https://", "http://")):
            event.add("url", _line(entry.online_url))
        if not entry.location:
            event.add("location", _line(entry.online_url))
    return event


def _line(text: str) -> str:
    """One line of text: a title or a place holds no line break (icalendar escapes them in
    text values, but not in every property, and a calendar shows a title on one line)."""
    return " ".join("".join(char if char.isprintable() else " " for char in text).split())


def _written_at(entry: CalendarEntry) -> datetime:
    try:
        wall_ms = Stamp.parse(entry.hlc).wall_ms
    except ValueError:
        return SEQUENCE_EPOCH
    return datetime.fromtimestamp(wall_ms // 1000, UTC)


def _description(entry: CalendarEntry) -> str:
    language = entry.language
    lines = [entry.description.strip()] if entry.description.strip() else []
    facts = [
        kind_words(entry.kind, language),
        price_words(entry.price_cents, entry.currency, language),
    ]
    lines.append(" · ".join(facts))
    if entry.online_url:
        lines.append(t(language, ONLINE, url=entry.online_url))
    return "\n\n".join(lines)


# -- Series -----------------------------------------------------------------------------------


def _series_events(entries: Sequence[CalendarEntry], zone: ZoneInfo) -> list[Event]:
    """The events of a series: one with its rule, and one per occurrence moved off it."""
    from icalendar import vRecur

    rows = sorted(entries, key=_start_order)
    first = rows[0]
    try:
        rule = vRecur.from_ical(first.recurrence)
    except ValueError:
        rule = None
    dates: set[datetime] | None = None
    if rule is not None and "FREQ" in rule:
        for bound in ("COUNT", "UNTIL"):
            rule.pop(bound, None)
        rule["UNTIL"] = [rows[-1].starts_at]
        dates = _rule_dates(rule, first.starts_at.astimezone(zone))
    if rule is None or dates is None:
        # A series without a rule we can read: its sessions one by one.
        return [_event(row, zone, uid=session_uid(row.id)) for row in rows]
    length = first.ends_at - first.starts_at
    on_rule = {
        row.starts_at: row
        for row in rows
        if row.starts_at in dates and row.ends_at - row.starts_at == length
    }
    moved = [row for row in rows if row.starts_at not in on_rule]
    excluded = [moment for moment in dates if moment not in on_rule or on_rule[moment].cancelled]
    sequence = max(sequence_of(row.hlc) for row in rows)
    series_entry = max(rows, key=lambda row: row.hlc)
    event = _event(
        CalendarEntry(
            id=first.series_id or first.id,
            kind=first.kind,
            title=first.title,
            description=first.description,
            language=first.language,
            starts_at=first.starts_at,
            ends_at=first.ends_at,
            location=first.location,
            online_url=first.online_url,
            price_cents=first.price_cents,
            currency=first.currency,
            cancelled=all(row.cancelled for row in on_rule.values()) if on_rule else True,
            hlc=series_entry.hlc,
        ),
        zone,
        uid=series_uid(first.series_id or first.id),
        sequence=sequence,
    )
    event.add("rrule", rule)
    if excluded:
        event.add("exdate", [moment.astimezone(zone) for moment in excluded])
    return [event, *(_event(row, zone, uid=session_uid(row.id)) for row in moved)]


def _rule_dates(rule: Mapping[str, Any], start_local: datetime) -> set[datetime] | None:
    """The occurrences of `rule` from `start_local` to its UNTIL, in UTC; None when dateutil
    cannot read the rule or it yields more than `MAX_OCCURRENCES` (a rule every second, synced
    from a faulty kiosk, must not make the hub enumerate a year of seconds). Expanded in local
    wall-clock time (dateutil on naive times): a weekly 14:00 stays 14:00 across a
    daylight-saving change."""
    from dateutil.rrule import rrulestr
    from icalendar import vRecur

    zone = start_local.tzinfo
    local_rule = dict(rule)
    local_rule["UNTIL"] = [moment.astimezone(zone).replace(tzinfo=None) for moment in rule["UNTIL"]]
    try:
        text = vRecur(local_rule).to_ical().decode()  # type: ignore[no-untyped-call]
        occurrences = list(
            islice(rrulestr(text, dtstart=start_local.replace(tzinfo=None)), MAX_OCCURRENCES + 1)
        )
    except (ValueError, TypeError):
        return None
    if len(occurrences) > MAX_OCCURRENCES:
        return None
    return {moment.replace(tzinfo=zone).astimezone(UTC) for moment in occurrences}
