"""Giving a local antenne row the hub's id (re-keying), so the kiosk's rows point at the hub's.

A kiosk that ran before it was enrolled (the demo, a kiosk set up offline) made its own row for
its antenne, with its own id; the hub knows that antenne under another id. The hub accepts a
kiosk's local rows only when they name the kiosk's antenne by the hub's id, and other kiosks
can only store people whose antenne they know. So, at enrolment (and whenever the hub sends an
antenne whose slug a local row already holds), the local row takes the hub's id: every column
that points at it follows, and so do the outbox's operations not applied yet anywhere.

Core statements, on purpose: this is the hub's decision carried out locally, nothing to push.
"""

from __future__ import annotations

import uuid
from functools import cache

from sqlalchemy import Column, Connection, Table, delete, insert, select, update

from app import log
from app.clock import utcnow
from app.sync.policies import HUB_ORIGIN
from db.models import Antenna, Base, OutboxEntry

ANTENNA = "antenna"


@cache
def _pointers() -> tuple[tuple[Table, Column[uuid.UUID]], ...]:
    """Every (table, column) that holds an antenne's id."""
    found: list[tuple[Table, Column[uuid.UUID]]] = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == ANTENNA:
                found.append((table, key.parent))
    return tuple(found)


def rekey_antenna(connection: Connection, *, old: uuid.UUID, new: uuid.UUID) -> int:
    """Give the antenne row `old` the id `new`, in the caller's transaction; returns how many
    rows and operations now point at `new`. `new` must not exist yet."""
    if old == new:
        return 0
    # The parent and its children change ids in turn: SQLite checks the keys at commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    connection.execute(update(Antenna).where(Antenna.id == old).values(id=new))
    moved = 0
    for table, column in _pointers():
        result = connection.execute(update(table).where(column == old).values({column.name: new}))
        moved += int(result.rowcount or 0)
    # Every key holds again: later statements of the transaction are checked as they run.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")
    moved += _rekey_outbox(connection, old=old, new=new)
    log.sync.info("antenne %s re-keyed to the hub's id %s", old, new)
    return moved


def _rekey_outbox(connection: Connection, *, old: uuid.UUID, new: uuid.UUID) -> int:
    columns = {column.name for _table, column in _pointers()}
    old_text, new_text = str(old), str(new)
    # The hub's antenne row replaces the kiosk's: the kiosk's operations on it are moot.
    connection.execute(
        delete(OutboxEntry).where(OutboxEntry.entity == ANTENNA, OutboxEntry.entity_id == old_text)
    )
    changed = 0
    tables = sorted({table.name for table, _column in _pointers()})
    rows = connection.execute(
        select(OutboxEntry.op_id, OutboxEntry.payload).where(OutboxEntry.entity.in_(tables))
    )
    for op_id, payload in rows.all():
        keys = [key for key in columns if payload.get(key) == old_text]
        if not keys:
            continue
        connection.execute(
            update(OutboxEntry)
            .where(OutboxEntry.op_id == op_id)
            .values(payload={**payload, **dict.fromkeys(keys, new_text)})
        )
        changed += 1
    return changed


def adopt_hub_antenna(
    connection: Connection,
    *,
    hub_id: uuid.UUID,
    slug: str,
    local_slug: str = "",
    name: str = "",
) -> uuid.UUID | None:
    """At enrolment: the local row of the kiosk's antenne (its slug is the hub's, or else
    `local_slug`, the configured one) takes the hub's id. Returns the id it had, if any.

    A kiosk with no such row (a fresh one) gets the hub's antenne now, from the enrolment's
    answer, rather than with its first pull: what it records before that pull (a visitor's
    registration) already names its antenne, whose kiosks alone receive the contact details
    (`app.sync.policies`). The pull then brings the hub's whole row over it."""
    if connection.scalar(select(Antenna.id).where(Antenna.id == hub_id)) is not None:
        return None
    local = None
    for candidate in dict.fromkeys(s for s in (slug, local_slug) if s):
        local = connection.scalar(select(Antenna.id).where(Antenna.slug == candidate))
        if local is not None:
            break
    if local is None:
        now = utcnow()
        connection.execute(
            insert(Antenna).values(
                id=hub_id,
                slug=slug,
                name=name or slug,
                created_at=now,
                updated_at=now,
                origin=HUB_ORIGIN,
            )
        )
        log.sync.info("antenne %s created from the enrolment's answer", hub_id)
        return None
    rekey_antenna(connection, old=local, new=hub_id)
    if local_slug and local_slug != slug:
        # The hub's slug from now on (its row arrives with the next pull anyway).
        connection.execute(update(Antenna).where(Antenna.id == hub_id).values(slug=slug))
    return local
