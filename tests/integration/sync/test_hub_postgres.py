"""Kiosks syncing with the hub on a real PostgreSQL (tests/helpers/postgres.py)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession

from app.sync import service
from app.sync.client import HubRefusedError, SchemaMismatchError
from app.sync.protocol import Cursor, PushOp
from db.models import (
    AgendaItem,
    Body,
    ContentPage,
    Meeting,
    OutboxEntry,
    Person,
    Session,
    SessionKind,
    Signup,
    SignupStatus,
)
from hub.models import AppliedOp, EnrolmentCode, HubChange
from hub.service.meta import rotate_epoch
from hub.service.publish import publish_rows
from tests.helpers.sync import YEAR_MS, Hub, Kiosk, KioskFactory, make_hub


def _people(kiosk: Kiosk) -> dict[str, Person]:
    with kiosk.database.transaction() as session:
        return {str(p.id): p for p in session.scalars(select(Person))}


def _add_person(kiosk: Kiosk, first: str, last: str = "Martin") -> uuid.UUID:
    with kiosk.database.transaction() as session:
        person = Person(first_name=first, last_name=last, antenna_id=kiosk.antenna_id)
        session.add(person)
        session.flush()
        return person.id


def _pending(kiosk: Kiosk) -> int:
    with kiosk.database.transaction() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.done_at.is_(None))
            )
            or 0
        )


def test_enrolment_code_is_single_use(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    code = pg_hub.code("rennes")
    kiosk.enroll(code)
    with pytest.raises(HubRefusedError) as again:
        kiosk.enroll(code)
    assert again.value.code == "enrolment_code_refused"
    # Only hashes are kept at the hub.
    with pg_hub.database.transaction() as session:
        hashes = session.scalars(select(EnrolmentCode.code_hash)).all()
    assert code not in hashes and code.replace("-", "") not in hashes


def test_an_expired_enrolment_code_is_refused(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    pg_hub.add_antenna("rennes")
    kiosk = make_kiosk(pg_hub, "kiosk-a")
    code = pg_hub.code("rennes")
    with pg_hub.database.transaction() as session:
        session.execute(
            update(EnrolmentCode).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    with pytest.raises(HubRefusedError, match="expired"):
        kiosk.enroll(code)


def test_three_kiosks_converge(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege", "Liège")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    c = make_kiosk(pg_hub, "kiosk-c", slug="liege")
    zoe = _add_person(a, "Zoé")
    _add_person(b, "Ahmed", "Benali")
    _add_person(c, "Lotte", "Peeters")
    for kiosk in (a, b, c, a, b):
        kiosk.sync()
    expected = {"Zoé", "Ahmed", "Lotte"}
    for kiosk in (a, b, c):
        assert {p.first_name for p in _people(kiosk).values()} == expected
    # People are found by name on every kiosk (pulled rows are indexed for search).
    from app.people.service import find_people

    with c.database.transaction() as session:
        assert [p.id for p in find_people(session, "zoe")] == [zoe]


def test_different_fields_of_one_profile_both_survive(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    person_id = _add_person(a, "Zoé")
    a.sync()
    b.sync()
    with a.database.transaction() as session:
        session.get_one(Person, person_id).email = "zoe@example.org"
    with b.database.transaction() as session:
        session.get_one(Person, person_id).phone = "+32 470 00 00 00"
    a.sync()
    b.sync()
    a.sync()
    for kiosk in (a, b):
        person = _people(kiosk)[str(person_id)]
        assert (person.email, person.phone) == ("zoe@example.org", "+32 470 00 00 00")


def test_published_agenda_and_pages_reach_every_kiosk(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    pg_hub.add_antenna("liege")
    kiosks = [make_kiosk(pg_hub, "kiosk-a"), make_kiosk(pg_hub, "kiosk-b", slug="liege")]
    board = str(uuid.uuid4())
    meeting = str(uuid.uuid4())
    pg_hub.publish("body", [{"id": board, "slug": "board", "kind": "board", "name": {"fr": "CA"}}])
    pg_hub.publish(
        "meeting",
        [{"id": meeting, "body_id": board, "starts_at": "2026-12-01T18:00:00+00:00"}],
    )
    pg_hub.publish(
        "agenda_item",
        [
            {
                "body_id": board,
                "meeting_id": meeting,
                "title": "Budget",
                "status": "scheduled",
                "id": str(uuid.uuid4()),
            }
        ],
    )
    pg_hub.publish("content_page", [{"slug": "statuts", "language": "fr", "title": "Statuts"}])
    for kiosk in kiosks:
        kiosk.sync()
        with kiosk.database.transaction() as session:
            assert session.scalar(select(Meeting.id)) == uuid.UUID(meeting)
            assert session.scalars(select(AgendaItem.title)).all() == ["Budget"]
            assert session.scalar(select(ContentPage.title)) == "Statuts"
    # A kiosk cannot overwrite hub-authoritative rows: the hub's version comes back.
    with kiosks[0].database.transaction() as session:
        session.scalars(select(Body)).one().slug = "hijacked"
    summary = kiosks[0].sync()
    assert summary.refused == 1
    with kiosks[0].database.transaction() as session:
        assert session.scalars(select(Body.slug)).all() == ["board"]


def test_duplicate_push_and_lost_reply_apply_once(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    _add_person(a, "Zoé")
    with a.database.transaction() as session:
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.done_at.is_(None))).one()
        op = PushOp(
            op_id=str(entry.op_id),
            entity=entry.entity,
            entity_id=entry.entity_id,
            operation=str(entry.operation),
            payload=entry.payload,
            hlc=entry.hlc,
            schema_version=entry.schema_version,
        )
    before = pg_hub.change_count("person")
    # The hub applies the push but the reply is lost: the kiosk still holds the op as pending.
    with service.open_client(a.database, http=a.http, machine=a.machine) as client:
        first = client.push([op])
        again = client.push([op, op])
    assert _pending(a) == 1
    summary = a.sync()
    assert summary.pushed == 1
    assert _pending(a) == 0
    assert [r.status for r in again.results] == [first.results[0].status] * 2
    assert pg_hub.change_count("person") == before + 1
    with pg_hub.database.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AppliedOp)) == 1


def test_a_late_committing_transaction_is_not_skipped(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    with OrmSession(pg_hub.database.engine) as slow:
        # T1 logs a change (a page) and stays open...
        publish_rows(
            slow,
            "content_page",
            [{"slug": "late", "language": "fr", "title": "Late"}],
            clock=pg_hub.clock,
        )
        # ...while T2 (kiosk b's push) commits after it and a pulls.
        _add_person(b, "Zoé")
        b.sync()
        a.sync()
        with a.database.transaction() as session:
            assert session.scalar(select(ContentPage.id)) is None
            cursor = Cursor.parse(service.read_state(session.connection())["cursor"])
        slow.commit()
    assert pg_hub.change_count() >= 2
    with pg_hub.database.transaction() as session:
        late_txid = session.scalar(select(HubChange.txid).where(HubChange.entity == "content_page"))
    assert cursor.txid < late_txid  # the cursor never passed the open transaction
    a.sync()
    with a.database.transaction() as session:
        assert session.scalars(select(ContentPage.title)).all() == ["Late"]
        assert session.scalars(select(Person.first_name)).all() == ["Zoé"]


def test_a_clock_a_year_ahead_does_not_win_later_conflicts(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    fast = make_kiosk(pg_hub, "kiosk-fast", clock_offset_ms=YEAR_MS)
    right = make_kiosk(pg_hub, "kiosk-right")
    person_id = _add_person(fast, "Zoé")
    summary = fast.sync()
    assert summary.clock_warning
    right.sync()
    with right.database.transaction() as session:
        session.get_one(Person, person_id).first_name = "Zoë"
    right.sync()
    fast.sync()
    for kiosk in (fast, right):
        assert _people(kiosk)[str(person_id)].first_name == "Zoë"
    assert service.sync_status(fast.database).clock_warning


def test_a_second_machine_with_the_same_token_is_refused(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    clone = Kiosk("kiosk-a", a.database, a.http, machine="another-machine", hub_url=a.hub_url)
    with pytest.raises(HubRefusedError) as refused:
        clone.sync()
    assert refused.value.code == "device_in_use_elsewhere"
    assert a.sync().pushed == 0  # the first machine goes on


def test_two_offline_kiosks_sign_up_for_the_last_seat(
    pg_hub: Hub, make_kiosk: KioskFactory
) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    zoe = _add_person(a, "Zoé")
    ahmed = _add_person(a, "Ahmed")
    with a.database.transaction() as session:
        drop_in = Session(
            kind=SessionKind.drop_in,
            antenna_id=a.antenna_id,
            title="Drop-in",
            starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
            capacity=1,
        )
        session.add(drop_in)
        session.flush()
        session_id = drop_in.id
    a.sync()
    b.sync()
    # Both offline: each kiosk sees one free seat and signs someone up, provisionally.
    with a.database.transaction() as session:
        session.add(Signup(session_id=session_id, person_id=zoe))
    with b.database.transaction() as session:
        session.add(Signup(session_id=session_id, person_id=ahmed))
    a.sync()
    b.sync()
    a.sync()
    for kiosk in (a, b):
        with kiosk.database.transaction() as session:
            signups = {s.person_id: s for s in session.scalars(select(Signup))}
            assert signups[zoe].status is SignupStatus.confirmed
            assert signups[ahmed].status is SignupStatus.waitlisted
            assert signups[ahmed].waitlist_position == 1
            assert not any(s.provisional for s in signups.values())


def test_an_outdated_kiosk_is_told_clearly_and_keeps_its_outbox(
    hub_pg_url: str, make_kiosk: KioskFactory
) -> None:
    hubs = make_hub(hub_pg_url)
    hub = next(hubs)
    try:
        hub.add_antenna("rennes")
        kiosk = make_kiosk(hub, "kiosk-a")
    finally:
        hubs.close()
    newer = make_hub(hub_pg_url, min_schema_version=99, max_schema_version=99)
    hub = next(newer)
    try:
        _add_person(kiosk, "Zoé")
        kiosk.http, kiosk.hub_url = hub.client, hub.url
        with pytest.raises(SchemaMismatchError, match="too old"):
            kiosk.sync()
        assert _pending(kiosk) == 1
        status = service.sync_status(kiosk.database)
        assert status.last_error_code == "schema_too_old"
    finally:
        newer.close()


def test_a_restored_hub_gets_everything_again(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    pg_hub.add_antenna("rennes")
    a = make_kiosk(pg_hub, "kiosk-a")
    b = make_kiosk(pg_hub, "kiosk-b")
    zoe = _add_person(a, "Zoé")
    a.sync()
    # The backup was taken before Zoé arrived: restoring it loses her, and the epoch changes.
    with pg_hub.database.transaction() as session:
        for table in ("hub_record", "hub_applied_op"):
            session.execute(
                HubChange.metadata.tables[table]
                .delete()
                .where(HubChange.metadata.tables[table].c.entity == "person")
            )
        session.execute(HubChange.__table__.delete().where(HubChange.entity == "person"))
        rotate_epoch(session, reason="test restore")
    summary = a.sync()
    assert summary.epoch_reset
    b.sync()
    assert str(zoe) in _people(b)


def test_a_kiosk_cannot_write_another_antennes_rows(pg_hub: Hub, make_kiosk: KioskFactory) -> None:
    rennes = pg_hub.add_antenna("rennes")
    liege = pg_hub.add_antenna("liege")
    a = make_kiosk(pg_hub, "kiosk-a")
    assert str(a.antenna_id) == rennes
    with a.database.transaction() as session:
        session.add(
            Session(
                kind=SessionKind.workshop,
                antenna_id=uuid.UUID(liege),
                title="Not ours",
                starts_at=datetime(2026, 12, 1, 17, tzinfo=UTC),
                ends_at=datetime(2026, 12, 1, 19, tzinfo=UTC),
            )
        )
    assert a.sync().refused == 1
