"""The kiosk's calendar server on the room's network, as a phone and as an attacker reach it,
and the address a session screen shows as a QR code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from icalendar import Calendar

from app.context import AppContext
from app.sessions.calendars import calendar_url
from app.sessions.lan import CalendarServer
from app.sync.service import SyncStatus
from tests.unit.sessions.conftest import Planned


@pytest.fixture
def server(ctx: AppContext, planned: Planned) -> Iterator[CalendarServer]:
    running = CalendarServer(ctx, host="127.0.0.1", port=0, rate_limit=30)
    running.start()
    yield running
    running.stop()


def test_a_phone_gets_the_sessions_calendar(server: CalendarServer, planned: Planned) -> None:
    answer = httpx.get(f"{server.address}/public/sessions/{planned.session}.ics")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    [event] = Calendar.from_ical(answer.content).walk("VEVENT")
    assert str(event["UID"]) == f"session-{planned.session}@antenne"

    feed = httpx.get(f"{server.address}/public/antennes/bruxelles/sessions.ics")
    assert feed.status_code == 200
    assert str(Calendar.from_ical(feed.content)["X-WR-CALNAME"]) == "Bruxelles"


@pytest.mark.parametrize(
    "path",
    [
        "/public/sessions/6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f.ics",  # well formed, no session
        "/public/series/7d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a.ics",
        "/public/antennes/nowhere/sessions.ics",
        "/public/antennes/BRUXELLES/sessions.ics",
        "/public/sessions/not-an-id.ics",
        "/public/sessions/{session}",
        "/public/sessions/{session}.ics.exe",
        "/public/sessions/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/public/sessions/" + "a" * 5000 + ".ics",
        "/public/antennes/%00/sessions.ics",
        "/public/antennes/../../antenne.sqlite3",
        "/docs",
        "/openapi.json",
        "/",
    ],
)
def test_anything_else_is_not_found(server: CalendarServer, planned: Planned, path: str) -> None:
    answer = httpx.get(server.address + path.format(session=planned.session))
    assert answer.status_code == 404
    assert b"BEGIN:VCALENDAR" not in answer.content
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_only_reading(server: CalendarServer, planned: Planned) -> None:
    url = f"{server.address}/public/sessions/{planned.session}.ics"
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert httpx.request(method, url, content=b"x").status_code == 405


def test_a_client_asking_too_often_is_slowed_down(server: CalendarServer, planned: Planned) -> None:
    url = f"{server.address}/public/sessions/{planned.session}.ics"
    with httpx.Client() as client:
        codes = [client.get(url).status_code for _ in range(31)]
    assert codes[:30] == [200] * 30
    assert codes[30] == 429


def test_a_busy_port_is_said(ctx: AppContext, server: CalendarServer) -> None:
    second = CalendarServer(ctx, host="127.0.0.1", port=server.port)
    with pytest.raises(OSError):
        second.start()
    second.stop()


def _status(**fields: object) -> SyncStatus:
    values: dict[str, object] = {
        "enrolled": True,
        "hub_url": "https://hub.example.org/",
        "antenna_slug": "bruxelles",
        "pending_ops": 0,
        "last_success_at": datetime(2026, 3, 1, tzinfo=UTC),
        "offline_since": None,
        "last_error": "",
        "clock_warning": False,
    }
    values.update(fields)
    return SyncStatus(**values)  # type: ignore[arg-type]


def test_the_qr_names_the_hub_when_it_is_reachable_and_the_kiosk_otherwise() -> None:
    session_id = uuid.uuid4()
    lan = "http://192.168.1.20:8766"
    hub = f"https://hub.example.org/public/sessions/{session_id}.ics"
    kiosk = f"{lan}/public/sessions/{session_id}.ics"
    assert calendar_url(_status(), session_id, lan_address=lan) == hub
    offline = _status(offline_since=datetime(2026, 3, 2, tzinfo=UTC))
    assert calendar_url(offline, session_id, lan_address=lan) == kiosk
    assert calendar_url(_status(enrolled=False), session_id, lan_address=lan) == kiosk
    never_synced = _status(last_success_at=None)
    assert calendar_url(never_synced, session_id, lan_address=lan) == kiosk
    assert calendar_url(offline, session_id, lan_address="") == ""
