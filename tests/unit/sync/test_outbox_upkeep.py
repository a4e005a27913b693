"""The outbox does not grow for ever, keeps nothing personal after a purge, and the running
kiosk waits longer and longer for an unreachable hub."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from app.clock import utcnow
from app.context import AppContext
from app.sync.service import MAX_RETRY_S, next_attempt_s, prune_outbox
from db.engine import Database
from db.models import OutboxEntry, Person, PersonKind
from tests.helpers.kiosk import kiosk_config


def _add(database: Database, first: str) -> None:
    with database.transaction() as session:
        session.add(Person(first_name=first, last_name="Martin"))


def test_acknowledged_entries_older_than_the_setting_are_deleted(database: Database) -> None:
    for first in ("Zoé", "Ahmed", "Inès"):
        _add(database, first)
    now = utcnow()
    with database.engine.begin() as connection:
        entries = connection.scalars(select(OutboxEntry.op_id).order_by(OutboxEntry.op_id)).all()
        old, recent, _waiting = entries
        connection.execute(
            update(OutboxEntry)
            .where(OutboxEntry.op_id == old)
            .values(done_at=now - timedelta(days=31))
        )
        connection.execute(
            update(OutboxEntry)
            .where(OutboxEntry.op_id == recent)
            .values(done_at=now - timedelta(days=29))
        )
        assert prune_outbox(connection, keep_days=30, now=now) == 1
        left = connection.scalars(select(OutboxEntry.op_id).order_by(OutboxEntry.op_id)).all()
    # The recent acknowledged one is kept (for a hub restored from a backup), and the one still
    # waiting for the hub is never touched, however old.
    assert left == [recent, _waiting]
    with database.engine.begin() as connection:
        assert prune_outbox(connection, keep_days=0, now=now + timedelta(days=400)) == 1
        assert connection.scalar(select(func.count()).select_from(OutboxEntry)) == 1


def test_the_purge_leaves_nothing_personal_in_the_outbox(
    database: Database, tmp_path: Path
) -> None:
    ctx = AppContext(config=kiosk_config(tmp_path), db=database)
    with database.transaction() as session:
        session.add(
            Person(
                first_name="Zoé",
                last_name="Vandenbossche",
                email="zoe@example.org",
                kind=PersonKind.visitor,
                retain_until=date(2020, 1, 1),
            )
        )
    # Pushed long ago: the hub acknowledged the entry, the kiosk keeps it for a while.
    with database.engine.begin() as connection:
        connection.execute(update(OutboxEntry).values(done_at=utcnow() - timedelta(days=1)))
    from app.privacy.service import purge

    purge(ctx)
    with database.engine.connect() as connection:
        payloads = connection.scalars(select(OutboxEntry.payload)).all()
    assert payloads, "the erasure itself goes to the hub"
    text = repr(payloads)
    for personal in ("Zoé", "Vandenbossche", "zoe@example.org"):
        assert personal not in text


def test_an_unreachable_hub_is_tried_again_later_and_later() -> None:
    interval = 300.0
    waits = [next_attempt_s(interval, failures) for failures in range(12)]
    assert waits[0] == interval
    assert waits[1] > interval
    assert all(a <= b for a, b in itertools.pairwise(waits))
    assert waits[-1] == MAX_RETRY_S
    # An interval longer than the cap is never shortened by failures.
    assert next_attempt_s(2 * MAX_RETRY_S, 3) == 2 * MAX_RETRY_S
