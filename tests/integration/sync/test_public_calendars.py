"""The hub's public calendars on PostgreSQL: a kiosk plans sessions and syncs, then anyone's
phone reads them at /public/ without a token, as the same file the kiosk itself would serve;
nothing private comes out, nothing else answers, nothing can be written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
import recurring_ical_events
from icalendar import Calendar

from app.sessions.ics import CalendarEntry, session_calendar
from db.models import Antenna, Person, PersonKind
from db.models.sessions import Session, SessionKind, Signup
from tests.helpers.sync import Hub, Kiosk, KioskFactory, make_hub

BRUSSELS = "Europe/Brussels"
ZONE = ZoneInfo(BRUSSELS)


def _plan(kiosk: Kiosk) -> dict[str, Any]:
    """A session with someone signed up, a weekly series across the change to summer time,
    and a cancelled session; synced to the hub."""
    now = datetime.now(UTC).replace(microsecond=0)
    series_id = uuid.uuid4()
    with kiosk.database.transaction() as db:
        antenna = db.get(Antenna, kiosk.antenna_id)
        assert antenna is not None and antenna.timezone == BRUSSELS
        person = Person(
            first_name="Secret", last_name="Signee", kind=PersonKind.member, email="s@example.org"
        )
        db.add(person)
        one = Session(
            kind=SessionKind.workshop,
            antenna_id=kiosk.antenna_id,
            title="Atelier devis",
            description="Faire un devis clair.",
            starts_at=now + timedelta(days=2),
            ends_at=now + timedelta(days=2, hours=2),
            location="Salle 1",
        )
        cancelled = Session(
            kind=SessionKind.drop_in,
            antenna_id=kiosk.antenna_id,
            title="Permanence annulée",
            starts_at=now + timedelta(days=3),
            ends_at=now + timedelta(days=3, hours=1),
            cancelled=True,
        )
        db.add_all([one, cancelled])
        # 16 and 23 March 2027 in winter time, 30 March and 6 April in summer time.
        first = datetime(2027, 3, 16, 14, tzinfo=ZONE)
        for week in range(4):
            # Aware arithmetic is on the wall clock: 14:00 every Tuesday.
            start = (first + timedelta(weeks=week)).astimezone(UTC)
            db.add(
                Session(
                    kind=SessionKind.mentored_coworking,
                    antenna_id=kiosk.antenna_id,
                    title="Coworking accompagné",
                    starts_at=start,
                    ends_at=start + timedelta(hours=3),
                    recurrence="FREQ=WEEKLY;BYDAY=TU",
                    series_id=series_id,
                )
            )
        db.flush()
        db.add(Signup(session_id=one.id, person_id=person.id))
        ids = {"one": one.id, "cancelled": cancelled.id, "series": series_id}
    kiosk.sync()
    return ids


@pytest.fixture
def planned(pg_hub: Hub, make_kiosk: KioskFactory) -> tuple[Hub, Kiosk, dict[str, Any]]:
    antenna_id = pg_hub.add_antenna("bruxelles", "Bruxelles")
    # The antenne's row is the hub's: its zone is published there, and reaches the kiosk.
    pg_hub.publish("antenna", [{"id": antenna_id, "slug": "bruxelles", "timezone": BRUSSELS}])
    kiosk = make_kiosk(pg_hub, "kiosk-bxl", slug="bruxelles")
    return pg_hub, kiosk, _plan(kiosk)


def test_a_phone_reads_a_session_as_the_kiosk_writes_it(
    planned: tuple[Hub, Kiosk, dict[str, Any]],
) -> None:
    hub, kiosk, ids = planned
    answer = httpx.get(f"{hub.url}/public/sessions/{ids['one']}.ics")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"
    with kiosk.database.session() as db:
        row = db.get(Session, ids["one"])
        assert row is not None
        assert answer.content == session_calendar(CalendarEntry.of_row(row), ZONE)
    [event] = Calendar.from_ical(answer.content).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == BRUSSELS
    assert str(event["LOCATION"]) == "Salle 1"
    # Who signed up is nobody's business but the antenne's.
    assert b"Secret" not in answer.content and b"example.org" not in answer.content


def test_the_antenne_feed_and_the_series(planned: tuple[Hub, Kiosk, dict[str, Any]]) -> None:
    hub, _kiosk, ids = planned
    feed = httpx.get(f"{hub.url}/public/antennes/bruxelles/sessions.ics")
    assert feed.status_code == 200
    calendar = Calendar.from_ical(feed.content)
    assert str(calendar["X-WR-CALNAME"]) == "Bruxelles"
    by_uid = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(by_uid) == {
        f"session-{ids['one']}@antenne",
        f"session-{ids['cancelled']}@antenne",
        f"series-{ids['series']}@antenne",
    }
    assert str(by_uid[f"session-{ids['cancelled']}@antenne"]["STATUS"]) == "CANCELLED"

    series = httpx.get(f"{hub.url}/public/series/{ids['series']}.ics")
    assert series.status_code == 200
    occurrences = recurring_ical_events.of(Calendar.from_ical(series.content)).between(
        datetime(2027, 3, 1, tzinfo=ZONE), datetime(2027, 5, 1, tzinfo=ZONE)
    )
    starts = sorted(event["DTSTART"].dt.astimezone(ZONE) for event in occurrences)
    assert [(start.day, start.hour) for start in starts] == [(16, 14), (23, 14), (30, 14), (6, 14)]


@pytest.mark.parametrize(
    "path",
    [
        "/public/sessions/{random}.ics",
        "/public/series/{random}.ics",
        "/public/antennes/nowhere/sessions.ics",
        "/public/antennes/Bruxelles/sessions.ics",
        "/public/sessions/not-an-id.ics",
        "/public/sessions/{one}",
        "/public/sessions/%2e%2e%2f%2e%2e%2fv1%2fstatus",
        "/public/sessions/" + "9" * 10_000 + ".ics",
        "/public/antennes/%00/sessions.ics",
        "/public/antennes/" + "a" * 300 + "/sessions.ics",
        "/public/sessions/{one}.ics%00",
        "/public/",
    ],
)
def test_what_names_no_calendar_is_a_404(
    planned: tuple[Hub, Kiosk, dict[str, Any]], path: str
) -> None:
    hub, _kiosk, ids = planned
    answer = httpx.get(hub.url + path.format(random=uuid.uuid4(), one=ids["one"]))
    assert answer.status_code == 404, path
    assert b"BEGIN:VCALENDAR" not in answer.content


def test_a_signup_or_a_person_is_not_a_calendar(
    planned: tuple[Hub, Kiosk, dict[str, Any]],
) -> None:
    hub, kiosk, _ids = planned
    with kiosk.database.session() as db:
        signup = db.query(Signup).one()
        person_id, signup_id = signup.person_id, signup.id
    for record_id in (person_id, signup_id):
        assert httpx.get(f"{hub.url}/public/sessions/{record_id}.ics").status_code == 404


def test_nothing_can_be_written(planned: tuple[Hub, Kiosk, dict[str, Any]]) -> None:
    hub, _kiosk, ids = planned
    url = f"{hub.url}/public/sessions/{ids['one']}.ics"
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert httpx.request(method, url, content=b"BEGIN:VCALENDAR").status_code == 405
    assert httpx.get(url).status_code == 200


def test_one_address_asking_too_often_is_slowed_down(hub_pg_url: str) -> None:
    for hub in make_hub(hub_pg_url, public_requests_per_min=5):
        hub.add_antenna("liege", "Liège")
        url = f"{hub.url}/public/antennes/liege/sessions.ics"
        codes = [httpx.get(url).status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        assert httpx.get(url).headers["x-content-type-options"] == "nosniff"
        # The sync API is not the public one's to limit.
        assert httpx.get(f"{hub.url}/v1/status").status_code == 200
