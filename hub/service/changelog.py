"""Writing the change log kiosks pull from: one `HubChange` row per changed `HubRecord`.

A change is logged in the transaction that made it, with that transaction's id
(`meta.txid_expr`). During `batched`, rows are gathered and written together when the batch is
through (one round trip for a whole push); outside it, they are written at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.clock import utcnow
from hub.models import HubChange, HubRecord
from hub.service.meta import txid_expr

_BUFFER = "hub_log_buffer"


def log_changes(session: Session, records: Iterable[tuple[HubRecord, str]]) -> None:
    """Log each record as it now is, with its change (`upsert` or `purge`)."""
    log_rows(
        session,
        [
            change_row(
                record.entity,
                record.entity_id,
                op,
                record.data,
                hlc=record.hlc,
                origin=record.origin,
                scope_antenna_id=record.scope_antenna_id,
            )
            for record, op in records
        ],
    )


def change_row(
    entity: str,
    entity_id: str,
    op: str,
    payload: dict[str, Any],
    *,
    hlc: str,
    origin: str,
    scope_antenna_id: uuid.UUID | None,
) -> dict[str, Any]:
    """The log's row for one change of a record."""
    return {
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "payload": payload,
        "hlc": hlc,
        "origin": origin,
        "scope_antenna_id": scope_antenna_id,
        "created_at": utcnow(),
    }


def log_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Log changes given as `change_row`s: the way bulk writers (the member import) log
    without loading a `HubRecord` per row."""
    buffer = session.info.get(_BUFFER)
    if buffer is not None:
        buffer.extend(rows)
        return
    _write(session, rows)


@contextmanager
def batched(session: Session) -> Iterator[list[dict[str, Any]]]:
    """Gather the changes logged inside into the list yielded, and write them at the end
    (not if the block raises). The caller may drop the rows of an operation it rolled back."""
    rows: list[dict[str, Any]] = []
    session.info[_BUFFER] = rows
    try:
        yield rows
    finally:
        session.info.pop(_BUFFER, None)
    _write(session, rows)


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.flush()
        session.execute(insert(HubChange).values(txid=txid_expr(session)), rows)
