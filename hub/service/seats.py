"""Seats of sessions with a capacity: the hub alone decides who is confirmed and who waits.

A kiosk signs someone up provisionally; when the sign-up reaches the hub, `grant_seat` confirms
it while the session has room and puts it on the waiting list otherwise (`Seat` holds every
sign-up's seat, `app.sync.policies.seat_status` the rule). A seat is held by a confirmed
sign-up and by one checked in (`SEAT_HOLDERS`): a kiosk asking for either gets one only if
there is room, a new place in line is a seat if there is one, and the waiting-list place is
always the hub's. A seat given up
promotes the first on the waiting list (`promote_from_waitlist`), stamped `promoted_at` for
the hold window (docs/architecture.md, "Sessions"). The decisions are stamped with the
hub's clock, so that they win over the kiosk's provisional ones and travel back to every kiosk.
Called by `hub.service.push` with the sign-up's row locked; the caller logs the sign-ups
changed (the row it merges, and the promoted records returned).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import HybridClock, utcnow
from app.sync.policies import HUB_ORIGIN, SEAT_HOLDERS, seat_status
from hub.models import HubRecord, Seat


def grant_seat(
    session: Session,
    row: dict[str, Any],
    field_hlc: dict[str, str],
    previous_status: str | None,
    *,
    clock: HybridClock,
) -> list[tuple[HubRecord, str]]:
    """Decide a sign-up's seat (in `row`); returns other sign-ups promoted from the waitlist."""
    signup_id = str(row["id"])
    session_id = str(row.get("session_id", ""))
    wanted = row.get("status", "confirmed")
    decision_stamp = str(clock.now())
    seat = session.get(Seat, signup_id)
    promoted: list[tuple[HubRecord, str]] = []
    session_record = session.get(HubRecord, ("session", session_id), with_for_update=True)
    capacity = None if session_record is None else session_record.data.get("capacity")

    def decide(**values: Any) -> None:
        for column, value in values.items():
            if row.get(column) != value:
                row[column] = value
                field_hlc[column] = decision_stamp
        row["hlc"] = max(field_hlc.values(), default=decision_stamp)

    if wanted == "waitlisted" and seat is None:
        # A kiosk that saw the session full asks for a place: a seat if the hub has one.
        wanted = "confirmed"
    if wanted in SEAT_HOLDERS and (seat is None or seat.status not in SEAT_HOLDERS):
        held = session.scalar(
            select(func.count())
            .select_from(Seat)
            .where(
                Seat.session_id == session_id,
                Seat.status.in_(SEAT_HOLDERS),
                Seat.signup_id != signup_id,
            )
        )
        if seat_status(capacity if isinstance(capacity, int) else None, held or 0) != "confirmed":
            wanted = "waitlisted"
    position: int | None = None
    if wanted == "waitlisted":
        position = seat.waitlist_position if seat is not None and seat.waitlist_position else None
        if position is None:
            top = session.scalar(
                select(func.max(Seat.waitlist_position)).where(Seat.session_id == session_id)
            )
            position = (top or 0) + 1
    decide(status=wanted, waitlist_position=position, provisional=False)
    if seat is None:
        session.add(
            Seat(
                signup_id=signup_id,
                session_id=session_id,
                status=wanted,
                waitlist_position=position,
            )
        )
    else:
        seat.status = wanted
        seat.waitlist_position = position
    session.flush()
    if previous_status in SEAT_HOLDERS and wanted not in SEAT_HOLDERS:
        promoted.extend(promote_from_waitlist(session, session_id, capacity, clock=clock))
    return promoted


def promote_from_waitlist(
    session: Session, session_id: str, capacity: Any, *, clock: HybridClock
) -> list[tuple[HubRecord, str]]:
    """A confirmed seat was freed: the first on the waiting list gets it."""
    held = session.scalar(
        select(func.count())
        .select_from(Seat)
        .where(Seat.session_id == session_id, Seat.status.in_(SEAT_HOLDERS))
    )
    if isinstance(capacity, int) and (held or 0) >= capacity:
        return []
    nxt = session.scalar(
        select(Seat)
        .where(Seat.session_id == session_id, Seat.status == "waitlisted")
        .order_by(Seat.waitlist_position)
        .limit(1)
    )
    if nxt is None:
        return []
    record = session.get(HubRecord, ("signup", nxt.signup_id), with_for_update=True)
    nxt.status = "confirmed"
    nxt.waitlist_position = None
    if record is None:
        return []
    stamp = str(clock.now())
    # The hold window runs from this moment (`app.sessions.service`, "hold").
    stamp_time = utcnow().isoformat()
    data = dict(record.data)
    stamps = dict(record.field_hlc)
    promoted = (("status", "confirmed"), ("waitlist_position", None), ("promoted_at", stamp_time))
    for column, value in promoted:
        data[column] = value
        stamps[column] = stamp
    data["hlc"] = max(stamps.values())
    data["origin"] = HUB_ORIGIN
    record.data = data
    record.field_hlc = stamps
    record.hlc = data["hlc"]
    record.origin = HUB_ORIGIN
    return [(record, "upsert")]
