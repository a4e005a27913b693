"""Pages of the change log for a kiosk to pull: the changes after its cursor that it may see
(its antenne's and the shared ones), in the log's order, with other antennes' private fields
emptied.

A cursor names a logged change, (txid, seq); a page only holds changes of transactions that
are all finished (`meta.visible_below`), so no change can later appear before a cursor already
handed out. A kiosk of another epoch is told to reset; a cursor the log does not hold is
refused (`ErrorCode.cursor_unknown`) and changes nothing for anyone else.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Text,
    and_,
    case,
    cast,
    func,
    inspect,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from app import log
from app.sync.policies import OWNER_COLUMN, PRIVATE_FIELDS
from app.sync.protocol import Cursor, ErrorCode
from hub.models import Device, HubChange
from hub.service import HubError
from hub.service.meta import current_epoch, visible_below

# The log's txid and seq are PostgreSQL bigints: a larger number names no change.
_MAX_BIGINT = 2**63 - 1


@dataclass(frozen=True)
class PageChange:
    """One change of a page, its row already as JSON text (served as it is)."""

    cursor: Cursor
    entity: str
    entity_id: str
    op: str
    row_json: str
    hlc: str
    origin: str


@dataclass(frozen=True)
class Page:
    epoch: str
    reset: bool
    changes: list[PageChange]
    next: Cursor
    more: bool


def _row_text(session: Session, antenna_id: uuid.UUID) -> ColumnElement[str]:
    """A change's row as JSON text, as a kiosk of `antenna_id` may receive it: private fields
    of a row not its antenne's are emptied (`app.sync.policies`), in SQL, so that a page's
    rows are never parsed and serialized again by the hub."""
    plain = cast(HubChange.payload, Text)
    postgresql = session.get_bind().dialect.name == "postgresql"
    cases = []
    for entity, fields in PRIVATE_FIELDS.items():
        owner = HubChange.payload[OWNER_COLUMN].as_string()
        stripped: ColumnElement[Any]
        if postgresql:
            blanks = json.dumps(dict.fromkeys(fields))
            stripped = cast(HubChange.payload.op("||")(cast(literal(blanks), JSONB)), Text)
        else:
            paths = [item for field in fields for item in (f"$.{field}", None)]
            stripped = func.json_set(HubChange.payload, *paths)
        others = or_(owner.is_(None), owner != str(antenna_id))
        cases.append((and_(HubChange.entity == entity, others), stripped))
    return case(*cases, else_=plain) if cases else plain


def read_changes(
    session: Session, device: Device, *, after: Cursor, epoch: str, limit: int
) -> Page:
    """The next page of changes this device may see, after `after`.

    A kiosk of another epoch (the hub was restored) is told to reset. A cursor that names no
    change of the log was never issued by this hub (a made-up one, or a restore nobody marked):
    refused with `cursor_unknown`, so that the kiosk alone reads the log again from the start.
    Renewing the epoch here would make every kiosk of the cooperative send and read everything
    again on one device's word (`meta.rotate_epoch` belongs to `restore-mark` and start-up).
    """
    hub_epoch = current_epoch(session)
    if epoch and epoch != hub_epoch:
        return Page(hub_epoch, True, [], Cursor(), False)
    if not epoch and not after.is_start:
        return Page(hub_epoch, True, [], Cursor(), False)
    postgresql = session.get_bind().dialect.name == "postgresql"
    # A page is the next rows of the (txid, seq) index, read in its order until the limit.
    # With statistics that lag behind the log (a burst of writes before autovacuum's ANALYZE),
    # PostgreSQL would rather gather every later row and sort them (on disk, at each page: a
    # first sync of 100 000 rows grows quadratic). Only for this transaction, and asked in the
    # same round trip as the check of the cursor.
    planner = (
        [
            func.set_config("enable_sort", "off", True),
            func.set_config("enable_bitmapscan", "off", True),
        ]
        if postgresql
        else []
    )
    if max(after.txid, after.seq) > _MAX_BIGINT:
        raise _unknown(device, after)
    if not after.is_start:
        known = session.execute(
            select(
                select(HubChange.seq)
                .where(HubChange.txid == after.txid, HubChange.seq == after.seq)
                .scalar_subquery(),
                *planner,
            )
        ).first()
        if known is None or known[0] is None:
            raise _unknown(device, after)
    if inspect(device).attrs.last_seen_at.history.has_changes():
        # Diagnosis only: written with the last-seen time, at most once a minute.
        device.last_cursor = str(after)
    query = (
        select(
            HubChange.txid,
            HubChange.seq,
            HubChange.entity,
            HubChange.entity_id,
            HubChange.op,
            _row_text(session, device.antenna_id),
            HubChange.hlc,
            HubChange.origin,
        )
        .where(tuple_(HubChange.txid, HubChange.seq) > tuple_(after.txid, after.seq))
        .where(
            or_(
                HubChange.scope_antenna_id.is_(None),
                HubChange.scope_antenna_id == device.antenna_id,
            )
        )
        .order_by(HubChange.txid, HubChange.seq)
        .limit(limit + 1)
    )
    below = visible_below(session)
    if below is not None:
        query = query.where(HubChange.txid < below)
    if planner and after.is_start:
        session.execute(select(*planner))
    rows = list(session.execute(query))
    more = len(rows) > limit
    changes = [
        PageChange(Cursor(txid, seq), entity, entity_id, op, row_json, hlc, origin)
        for txid, seq, entity, entity_id, op, row_json, hlc, origin in rows[:limit]
    ]
    return Page(hub_epoch, False, changes, changes[-1].cursor if changes else after, more)


def _unknown(device: Device, after: Cursor) -> HubError:
    # A warning: after a restore that was not marked, every kiosk that synced since the backup
    # says so here, and the administrator should run `antenne hub restore-mark`.
    log.sync.warning(
        "device %s asked for changes after %s, a position the log does not hold "
        "(if the hub was restored from a backup, run restore-mark)",
        device.id,
        after,
    )
    return HubError(
        400,
        ErrorCode.cursor_unknown,
        "this hub never issued that cursor: read the change log again from the start",
    )
