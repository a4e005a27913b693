"""The kiosk's calendar server: started by the first calendar QR code shown while the hub is out
of reach, answering phones, stopped with the kiosk's window."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from app.context import AppContext
from db.models.sessions import Session, SessionKind
from ui.calendar_server import CalendarServerHolder
from ui.main_window import MainWindow
from ui.shell import Shell


def _session(ctx: AppContext) -> uuid.UUID:
    start = datetime.now(UTC) + timedelta(days=1)
    with ctx.db.transaction() as db:
        row = Session(
            kind=SessionKind.drop_in,
            title="Permanence",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
        )
        db.add(row)
        db.flush()
        return row.id


def test_offline_the_qr_names_the_kiosk_which_serves_the_file(
    qtbot: QtBot, make_kiosk: Callable[..., tuple[Shell, MainWindow]], kiosk_context: AppContext
) -> None:
    shell, window = make_kiosk(ballot_host="127.0.0.1", calendar_port=0)
    ctx = replace(kiosk_context, config=shell.config)
    session_id = _session(ctx)
    holder = CalendarServerHolder.of(shell)
    assert CalendarServerHolder.of(shell) is holder
    holder.watch(window)

    url = holder.calendar_url(ctx, session_id)  # not enrolled: the hub is out of reach
    assert url.startswith("http://127.0.0.1:")
    assert url.endswith(f"/public/sessions/{session_id}.ics")
    answer = httpx.get(url)
    assert answer.status_code == 200
    [event] = Calendar.from_ical(answer.content).walk("VEVENT")
    assert str(event["UID"]) == f"session-{session_id}@antenne"
    # One server for every code.
    assert (
        holder.calendar_url(ctx, _session(ctx)).rsplit("/public/", 1)[0]
        == url.rsplit("/public/", 1)[0]
    )

    window.close()
    assert holder.server is None
    try:
        httpx.get(url, timeout=2)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the calendar server still answers after the window closed")


def test_a_taken_port_shows_no_code(
    qtbot: QtBot, make_kiosk: Callable[..., tuple[Shell, MainWindow]], kiosk_context: AppContext
) -> None:
    shell, _window = make_kiosk(ballot_host="127.0.0.1", calendar_port=0)
    ctx = replace(kiosk_context, config=shell.config)
    first = CalendarServerHolder.of(shell)
    url = first.calendar_url(ctx, _session(ctx))
    port = int(url.split(":")[2].split("/")[0])
    taken = replace(ctx, config=ctx.config.with_changes(calendar_port=port))
    other = CalendarServerHolder(shell)
    assert other.calendar_url(taken, _session(ctx)) == ""
    assert other.server is None
