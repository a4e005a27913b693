"""Sessions across kiosks on the real PostgreSQL hub: three kiosks sign people up offline for a
session's last seats, then sync in every order, and the capacity is never exceeded anywhere;
a kiosk that forges a seat (a place in line, a check-in past capacity) gets the hub's decision;
a seat freed at the hub goes to the first waiting, with the hold window the kiosk then applies
(docs/architecture.md, "Sessions" and "Sync").
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.clock import utcnow
from app.config import load_config
from app.context import AppContext
from app.sessions import queries, service
from app.sessions.types import Place, SessionForm
from app.sync import service as sync_service
from app.sync.protocol import PushOp, Refusal
from db.models import Person, Signup, SignupStatus
from db.outbox import SCHEMA_VERSION
from hub.models import HubRecord
from tests.helpers.sync import Hub, Kiosk, KioskFactory

CAPACITY = 3


def _ctx(kiosk: Kiosk) -> AppContext:
    config = load_config(
        environ={}, db_path=Path(str(kiosk.database.engine.url.database)), seed_demo=False
    )
    return AppContext(config=config, db=kiosk.database)


def _tomorrow() -> datetime:
    return (utcnow() + timedelta(days=1)).replace(tzinfo=None, second=0, microsecond=0)


def _people(kiosk: Kiosk, count: int) -> list[uuid.UUID]:
    with kiosk.database.transaction() as session:
        people = [
            Person(first_name=f"P{n}", last_name="Test", antenna_id=kiosk.antenna_id)
            for n in range(count)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def _seats(hub: Hub, sitting: uuid.UUID) -> list[dict[str, Any]]:
    with hub.database.transaction() as session:
        records = session.scalars(select(HubRecord).where(HubRecord.entity == "signup")).all()
        return [dict(r.data) for r in records if r.data.get("session_id") == str(sitting)]


def _kiosk_seats(kiosk: Kiosk, sitting: uuid.UUID) -> dict[uuid.UUID, tuple[str, int | None]]:
    with kiosk.database.session() as session:
        return {
            s.person_id: (s.status.value, s.waitlist_position)
            for s in session.scalars(select(Signup).where(Signup.session_id == sitting))
        }


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    wanted=st.tuples(*(st.integers(min_value=1, max_value=2) for _kiosk in range(3))),
    order=st.permutations(range(3)),
)
def test_three_offline_kiosks_never_fill_more_seats_than_the_session_has(
    pg_hub: Hub, make_kiosk: KioskFactory, wanted: tuple[int, int, int], order: list[int]
) -> None:
    kiosks = _kiosks(pg_hub, make_kiosk)
    first = kiosks[0]
    ctx = _ctx(first)
    form = SessionForm(
        kind="mentored_coworking",
        title="Co-working",
        starts=_tomorrow(),
        minutes=120,
        capacity=CAPACITY,
    )
    sitting = service.create_session(ctx, form, actor=None, now=utcnow()).session_ids[0]
    early, *others = _people(first, 1 + sum(wanted))
    service.sign_up(ctx, sitting, early)
    for kiosk in kiosks:
        kiosk.sync()
    # Offline: each kiosk sees the two last seats free and gives them, provisionally.
    given_out = iter(others)
    for kiosk, count in zip(kiosks, wanted, strict=True):
        for _n in range(count):
            view = service.sign_up(_ctx(kiosk), sitting, next(given_out))
            assert view.place is Place.provisional
    for index in order:
        kiosks[index].sync()
    for _round in range(2):
        for kiosk in kiosks:
            kiosk.sync()

    seats = _seats(pg_hub, sitting)
    confirmed = [s for s in seats if s["status"] == "confirmed"]
    waiting = sorted(s["waitlist_position"] for s in seats if s["status"] == "waitlisted")
    assert len(confirmed) == CAPACITY
    assert waiting == list(range(1, len(seats) - CAPACITY + 1))
    assert not any(s["provisional"] for s in seats)
    expected = {uuid.UUID(s["person_id"]): (s["status"], s["waitlist_position"]) for s in seats}
    for kiosk in kiosks:
        assert _kiosk_seats(kiosk, sitting) == expected
        card = queries.session_detail(_ctx(kiosk), sitting).card
        assert (card.seats_left, card.waiting) == (0, len(waiting))


_MADE: list[tuple[Hub, list[Kiosk]]] = []


def _kiosks(hub: Hub, make_kiosk: KioskFactory) -> list[Kiosk]:
    """The hub's three Rennes kiosks, made once for all of Hypothesis's examples (the hub and
    the kiosk factory are the test's, shared by its examples)."""
    if not _MADE or _MADE[0][0] is not hub:
        hub.add_antenna("rennes")
        _MADE[:] = [(hub, [make_kiosk(hub, f"kiosk-{name}") for name in ("a", "b", "c")])]
    return _MADE[0][1]


def _op(kiosk: Kiosk, entity: str, payload: dict[str, Any], **values: Any) -> PushOp:
    fields: dict[str, Any] = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "entity_id": payload["id"],
        "operation": "insert",
        "payload": payload,
        "hlc": str(kiosk.database.clock.now()),
        "schema_version": SCHEMA_VERSION,
        "changed": None,
    }
    fields.update(values)
    return PushOp(**fields)


def _push(kiosk: Kiosk, *ops: PushOp) -> list[Any]:
    with sync_service.open_client(kiosk.database, http=kiosk.http, machine=kiosk.machine) as client:
        reply = client.push(list(ops))
    with kiosk.database.engine.begin() as connection:
        sync_service.write_state(connection, **{sync_service.KEY_NONCE: reply.nonce})
    return reply.results


def _signup_row(sitting: uuid.UUID, person: uuid.UUID, **values: Any) -> dict[str, Any]:
    now = utcnow().isoformat()
    row: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "session_id": str(sitting),
        "person_id": str(person),
        "status": "confirmed",
        "provisional": False,
        "waitlist_position": None,
        "promoted_at": None,
        "accepted_at": None,
        "paid_at": None,
        "seen": "",
    }
    row.update(values)
    return row


def test_a_forged_seat_gets_the_hubs_decision_and_a_freed_seat_is_held_for_the_first_waiting(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege", "Liège")
    rennes = make_kiosk(pg_hub, "kiosk-rennes")
    liege = make_kiosk(pg_hub, "kiosk-liege", slug="liege")
    ctx = _ctx(rennes)
    form = SessionForm(
        kind="training", title="Comptabilité", starts=_tomorrow(), minutes=120, capacity=1
    )
    sitting = service.create_session(ctx, form, actor=None).session_ids[0]
    zoe, noor, jan = _people(rennes, 3)
    rennes.sync()
    liege.sync()
    # A kiosk that thought the session full put Zoé in line: the hub has a seat, it is hers.
    waiting = _signup_row(sitting, zoe, status="waitlisted", waitlist_position=7)
    _push(rennes, _op(rennes, "signup", waiting))
    assert _seats(pg_hub, sitting)[0]["status"] == "confirmed"
    assert _seats(pg_hub, sitting)[0]["waitlist_position"] is None
    rennes.sync()

    # A kiosk (or a bug) says Noor checked in, Jan is first in line: the session is full.
    forged = [
        _signup_row(sitting, noor, status="attended"),
        _signup_row(sitting, jan, status="waitlisted", waitlist_position=0),
    ]
    assert [r.status.value for r in _push(rennes, *(_op(rennes, "signup", f) for f in forged))] == [
        "applied",
        "applied",
    ]
    by_person = {s["person_id"]: s for s in _seats(pg_hub, sitting)}
    assert (by_person[str(zoe)]["status"], by_person[str(zoe)]["provisional"]) == (
        "confirmed",
        False,
    )
    assert (by_person[str(noor)]["status"], by_person[str(noor)]["waitlist_position"]) == (
        "waitlisted",
        1,
    )
    assert by_person[str(jan)]["waitlist_position"] == 2
    # Another antenne's kiosk cannot sign anyone up to Rennes's session.
    (refused,) = _push(liege, _op(liege, "signup", _signup_row(sitting, jan)))
    assert refused.reason == Refusal.not_your_antenne

    rennes.sync()
    # Zoé can't come: the hub gives her seat to Noor, first in line, stamped for the hold.
    service.cancel_signup(ctx, sitting, zoe)
    rennes.sync()
    rennes.sync()
    seats = {s["person_id"]: s for s in _seats(pg_hub, sitting)}
    assert seats[str(noor)]["status"] == "confirmed" and seats[str(noor)]["promoted_at"]
    assert [s["status"] for s in seats.values()].count("confirmed") == 1
    assert queries.session_detail(ctx, sitting, person_id=noor).yours.place is Place.offered  # type: ignore[union-attr]
    news = queries.what_changed(ctx, noor).news
    assert [n.place for n in news] == [Place.offered]
    with rennes.database.session() as session:
        assert (
            session.scalar(
                select(Signup.status).where(Signup.person_id == jan, Signup.session_id == sitting)
            )
            is SignupStatus.waitlisted
        )
