"""The wire protocol between a kiosk and the hub: names, headers, cursors, error codes.

Pure Python (no HTTP, no database): the kiosk's client and the hub both import it, so the two
sides cannot drift apart. Bodies are JSON, gzipped in both directions.

- `POST /v1/enroll` {code, machine_id, node_id} → {device_id, token, antenna, epoch}
- `POST /v1/push` {ops: [PushOp]} → {results: [OpResult], epoch, hub_time_ms, clock_warning}
- `GET /v1/changes?after=CURSOR&limit=N` → {epoch, reset, changes, next, more, hub_time_ms}

Every request but enrolment carries the device token (`Authorization: Bearer …`), the machine
id, the kiosk's schema version, the epoch it last saw and its nonce (headers below). Enrolment
and every push answer with a new nonce (`nonce`), which the kiosk stores in the transaction
that records the answer: a copy of the kiosk's whole machine soon presents a stale one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

API_PREFIX = "/v1"
HEADER_MACHINE = "X-Antenne-Machine"
HEADER_SCHEMA = "X-Antenne-Schema"
HEADER_EPOCH = "X-Antenne-Epoch"
HEADER_NONCE = "X-Antenne-Nonce"

PUSH_BATCH = 500
# A push's JSON body stays under this, whatever its count: the hub refuses bodies over its
# limits (16 MB by default, `hub.settings`; never set them below this).
PUSH_MAX_BYTES = 4 * 1024 * 1024
PULL_PAGE = 2000
MAX_PULL_PAGE = 10_000


class ErrorCode(enum.StrEnum):
    """The `code` of an error answer (`{"detail": {"code": ..., "message": ...}}`)."""

    unauthenticated = "unauthenticated"
    device_in_use_elsewhere = "device_in_use_elsewhere"
    # A copy of this kiosk presented the device token (a stale nonce): the hub stopped
    # syncing with the device until an administrator resets it.
    device_cloned = "device_cloned"
    enrolment_code_refused = "enrolment_code_refused"
    # The kiosk is older than the hub accepts (HTTP 426): update it; keep the outbox.
    schema_too_old = "schema_too_old"
    # The kiosk is newer than the hub (HTTP 409): update the hub; keep the outbox.
    schema_too_new = "schema_too_new"
    # `GET /v1/changes?after=` named a position the hub's log never held (HTTP 400): the kiosk
    # reads the log again from the start, at its own cost only; nothing changes at the hub.
    cursor_unknown = "cursor_unknown"
    bad_request = "bad_request"
    # The hub failed on a request (HTTP 500): a bug of the hub's, logged there.
    hub_error = "hub_error"


class OpStatus(enum.StrEnum):
    """What the hub did with one pushed operation. Every status but `error` is final."""

    applied = "applied"
    # The hub already held this row with these values (a union of append-only rows).
    unchanged = "unchanged"
    # Refused for good (not this kiosk's to write, hub-authoritative, unknown entity):
    # `row` then carries the hub's version so the kiosk can put it back.
    refused = "refused"
    # Could not be applied now; the kiosk keeps the operation and retries later.
    error = "error"


class Refusal(enum.StrEnum):
    """The `reason` of a `refused` (or, for the schema version, `error`) answer to one op."""

    # The operation does not fit its entity's schema (`app.sync.schema`); `detail` names the
    # field.
    invalid_payload = "invalid_payload"
    # The row belongs to another antenne (`app.sync.policies.OWNERSHIP`).
    not_your_antenne = "not_your_antenne"
    # The row is another antenne's and this column is not one others may change (`detail`).
    field_not_writable = "field_not_writable"
    # Only the hub writes this entity (or this change of it).
    hub_authoritative = "hub_authoritative"
    # Another device already pushed an operation with this id.
    op_id_taken = "op_id_taken"
    # The hub does not read this kiosk's schema version (an `error`: retried after an update).
    schema_version_not_accepted = "schema_version_not_accepted"
    # The vote's ballot box was received before, with another digest.
    ballot_box_already_received = "ballot_box_already_received"
    # `error` answers, retried: another request applied the same operation meanwhile and its
    # answer could not be read; the hub failed on this operation.
    conflict = "conflict"
    hub_error = "hub_error"
    # The kiosk's own, never sent: the op alone is larger than a push may be (`PUSH_MAX_BYTES`).
    too_large = "too_large"


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in the hub's change log: (transaction id, sequence), compared in that order.

    On PostgreSQL changes are handed out by (txid, seq) and only below the oldest transaction
    still running, so a transaction that commits late never lands behind a cursor. On SQLite
    (development) writes serialize and txid is always 0.
    """

    txid: int = 0
    seq: int = 0

    def __str__(self) -> str:
        return f"{self.txid}.{self.seq}"

    @classmethod
    def parse(cls, text: str) -> Cursor:
        if not text:
            return cls()
        txid, _, seq = text.partition(".")
        try:
            return cls(int(txid), int(seq or 0))
        except ValueError:
            raise ValueError(f"not a cursor: {text!r}") from None

    @property
    def is_start(self) -> bool:
        return self.txid == 0 and self.seq == 0


@dataclass(frozen=True)
class PushOp:
    """One outbox entry on the wire. `changed` names the columns this operation changed, when
    the kiosk knows them (None: compare with the hub's values)."""

    op_id: str
    entity: str
    entity_id: str
    operation: str
    payload: dict[str, Any]
    hlc: str
    schema_version: int
    changed: list[str] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "operation": self.operation,
            "payload": self.payload,
            "hlc": self.hlc,
            "schema_version": self.schema_version,
            "changed": self.changed,
        }


@dataclass(frozen=True)
class OpResult:
    op_id: str
    status: OpStatus
    reason: str = ""
    # The hub's row after the operation (or the one it kept): the kiosk adopts it.
    row: dict[str, Any] | None = None
    # The operation's stamp was too far ahead of the hub's clock and was replaced.
    clamped: bool = False
    # What was wrong, in English, for logs and `antenne sync status` (the field and the
    # problem of an `invalid_payload`, the column of a `field_not_writable`).
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "status": self.status.value,
            "reason": self.reason,
            "row": self.row,
            "clamped": self.clamped,
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OpResult:
        return cls(
            op_id=str(data["op_id"]),
            status=OpStatus(data["status"]),
            reason=str(data.get("reason") or ""),
            row=data.get("row"),
            clamped=bool(data.get("clamped", False)),
            detail=str(data.get("detail") or ""),
        )


@dataclass(frozen=True)
class Change:
    """One entry of the hub's change log as a kiosk receives it: the row's whole state."""

    cursor: Cursor
    entity: str
    entity_id: str
    # "upsert" (insert, update or tombstone: `row` is the whole row) or "purge" (hard delete).
    op: str
    row: dict[str, Any]
    hlc: str
    origin: str

    @classmethod
    def from_json(cls, data: Any) -> Change:
        """A change as the hub sent it. One this kiosk cannot read (not an object, a row that is
        not one, a cursor that is not one) comes out with the op `UNREADABLE` and what could be
        read of it: the kiosk quarantines it and pulls on (docs/architecture.md, "Sync")."""
        item = data if isinstance(data, dict) else {"row": data}
        row = item.get("row")
        readable = isinstance(row, dict) and "op" in item
        try:
            cursor = Cursor.parse(str(item.get("cursor") or ""))
        except ValueError:
            cursor, row, readable = Cursor(), {"cursor": item.get("cursor"), "row": row}, False
        return cls(
            cursor=cursor,
            entity=str(item.get("entity") or ""),
            entity_id=str(item.get("entity_id") or ""),
            op=str(item["op"]) if readable else UNREADABLE,
            row=dict(row) if isinstance(row, dict) else {"row": row},
            hlc=str(item.get("hlc") or ""),
            origin=str(item.get("origin") or ""),
        )


# The op of a change this kiosk could not read (`Change.from_json`).
UNREADABLE = "unreadable"
