"""Publication of hub-authoritative data (content pages, governance, antennes): rows the hub
alone writes, merged field by field like any other and logged for every kiosk.

`PUBLISHABLE` names the entities a file of raw rows (`antenne hub publish content`) may hold;
governance has a format of its own, checked whole (`hub.service.governance`). A row without
an id gets a stable one from its natural key (`NATURAL_KEYS`, `natural_id`), so that
publishing the same file again changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from app.clock import HybridClock, utcnow
from app.sync.policies import HUB_ORIGIN, merge_fields
from app.sync.protocol import ErrorCode
from hub.models import HubRecord
from hub.service import HubError
from hub.service.changelog import log_changes

# Ids of published rows without one: stable across re-publication of the same file.
_PUBLISH_NAMESPACE = uuid.UUID("6f1c0e0e-6a55-4b8e-9a53-1b1d3f6f2a01")
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "content_page": ("slug", "language"),
    "body": ("slug",),
    "journey_step": ("slug",),
    "antenna": ("slug",),
    "skill_tag": ("slug",),
}
PUBLISHABLE: dict[str, frozenset[str]] = {
    "content": frozenset({"content_page", "journey_step"}),
}


def natural_id(entity: str, *key: str) -> str:
    """The id of a published row from its natural key: the same on every publication."""
    return str(uuid.uuid5(_PUBLISH_NAMESPACE, "|".join((entity, *key))))


def _row_id(entity: str, row: dict[str, Any]) -> str:
    if row.get("id"):
        return str(row["id"])
    keys = NATURAL_KEYS.get(entity)
    if not keys or any(key not in row for key in keys):
        raise HubError(
            400, ErrorCode.bad_request, f"a {entity} row needs an id (or {keys or 'an id'})"
        )
    return natural_id(entity, *(str(row[key]) for key in keys))


def publish_rows(
    session: Session, entity: str, rows: Iterable[dict[str, Any]], *, clock: HybridClock
) -> int:
    """Write hub-authoritative rows (new or changed) and log them for every kiosk; returns how
    many changed. Rows without an id get a stable one from their natural key."""
    changed: list[tuple[HubRecord, str]] = []
    now = utcnow().isoformat()
    for given in rows:
        row = dict(given)
        row["id"] = _row_id(entity, row)
        row.setdefault("updated_at", now)
        record = session.get(HubRecord, (entity, row["id"]), with_for_update=True)
        merge = merge_fields(
            None if record is None else record.data,
            {} if record is None else record.field_hlc,
            row,
            stamp=str(clock.now()),
            origin=HUB_ORIGIN,
        )
        if record is None:
            merge.row.setdefault("created_at", now)
            merge.row.setdefault("deleted_at", None)
            record = HubRecord(
                entity=entity,
                entity_id=row["id"],
                scope_antenna_id=None,
                data=merge.row,
                field_hlc=merge.field_hlc,
                hlc=merge.row["hlc"],
                origin=HUB_ORIGIN,
            )
            session.add(record)
        elif merge.changed:
            record.data = merge.row
            record.field_hlc = merge.field_hlc
            record.hlc = merge.row["hlc"]
            record.origin = HUB_ORIGIN
            record.purged = False
        else:
            continue
        changed.append((record, "upsert"))
    log_changes(session, changed)
    return len(changed)
