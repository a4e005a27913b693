"""What the hub does: enrol kiosks, apply pushed operations once, hand out the change log.

Logs name ids and entities only, never a row's content (personal data stays out of logs).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Text,
    and_,
    case,
    cast,
    func,
    insert,
    inspect,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import log
from app.clock import ClockSkewError, HybridClock, Stamp, utcnow
from app.sync import ballot_box
from app.sync.policies import (
    HUB_ORIGIN,
    HUB_POLICIES,
    OWNER_COLUMN,
    PRIVATE_FIELDS,
    Policy,
    is_shared,
    merge_fields,
    policy_of,
    private_view,
    seat_status,
    sees_private,
    without_private,
)
from app.sync.protocol import Cursor, ErrorCode, OpResult, OpStatus, PushOp
from hub.models import (
    AppliedOp,
    Device,
    EnrolmentCode,
    HubAntenna,
    HubBallotBox,
    HubChange,
    HubMeta,
    HubRecord,
    Seat,
)

EPOCH_KEY = "epoch"
TXID_OFFSET_KEY = "txid_offset"
# Crockford base32 without look-alikes: codes are read aloud and typed on a touchscreen.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
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
    "governance": frozenset({"body", "body_link", "mandate", "meeting", "agenda_item"}),
}


# The device's last-seen time is written at most this often: a poll with nothing new writes
# nothing (it is only read by the clone window, counted in minutes).
LAST_SEEN_EVERY = timedelta(seconds=60)


class HubError(Exception):
    """A refusal the hub answers with an HTTP status and a machine-readable code."""

    def __init__(self, status_code: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message


class CloneDetectedError(HubError):
    """A stale nonce: two machines hold this device's token. The caller flags the device (in
    a transaction of its own: the request's is rolled back) with `flag_clone`."""

    def __init__(self, device_id: uuid.UUID) -> None:
        super().__init__(
            409,
            ErrorCode.device_cloned,
            "this device token is used by a copy of the kiosk: the hub stopped syncing with "
            "the device until an administrator resets it",
        )
        self.device_id = device_id


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- meta: epoch and txid offset ------------------------------------------------------------


def _meta(session: Session, key: str) -> str | None:
    row = session.get(HubMeta, key)
    return None if row is None else row.value


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(HubMeta, key)
    if row is None:
        session.add(HubMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


def current_epoch(session: Session) -> str:
    """This hub's epoch (created on first use)."""
    epoch = _meta(session, EPOCH_KEY)
    if epoch is None:
        epoch = uuid.uuid4().hex
        _set_meta(session, EPOCH_KEY, epoch)
    return epoch


def txid_offset(session: Session) -> int:
    return int(_meta(session, TXID_OFFSET_KEY) or 0)


def _current_txid(session: Session) -> int:
    return int(
        session.execute(
            select(cast(cast(func.pg_current_xact_id(), Text), BigInteger))
        ).scalar_one()
    )


def rotate_epoch(session: Session, *, reason: str) -> str:
    """A new epoch: every kiosk re-sends what it kept and pulls again from the start.

    On PostgreSQL, also raise the txid offset above every logged change: a database restored
    with pg_dump counts transactions from lower numbers than the rows it restored carry.
    """
    epoch = uuid.uuid4().hex
    _set_meta(session, EPOCH_KEY, epoch)
    if session.get_bind().dialect.name == "postgresql":
        offset = txid_offset(session)
        top = session.execute(select(func.max(HubChange.txid))).scalar_one()
        current = _current_txid(session) + offset
        if top is not None and top >= current:
            _set_meta(session, TXID_OFFSET_KEY, str(offset + top - current + 1))
    log.sync.warning("hub epoch renewed (%s)", reason)
    return epoch


def check_restored(session: Session) -> bool:
    """At start-up: renew the epoch if the change log carries transaction ids from the future
    (a restore that counted transactions anew). Returns whether it did."""
    if session.get_bind().dialect.name != "postgresql":
        current_epoch(session)
        return False
    current_epoch(session)
    top = session.execute(select(func.max(HubChange.txid))).scalar_one()
    if top is not None and top >= _current_txid(session) + txid_offset(session):
        rotate_epoch(session, reason="change log ahead of the transaction counter")
        return True
    return False


def _txid_expr(session: Session) -> ColumnElement[int]:
    if session.get_bind().dialect.name == "postgresql":
        return cast(cast(func.pg_current_xact_id(), Text), BigInteger) + txid_offset(session)
    return literal(0, BigInteger)


def _visible_below(session: Session) -> ColumnElement[int] | None:
    """Changes of transactions below this are all finished: none can still appear there."""
    if session.get_bind().dialect.name == "postgresql":
        xmin = func.pg_snapshot_xmin(func.pg_current_snapshot())
        return cast(cast(xmin, Text), BigInteger) + txid_offset(session)
    return None


# -- antennes and enrolment -----------------------------------------------------------------


def add_antenna(session: Session, *, slug: str, name: str, clock: HybridClock) -> HubAntenna:
    if session.scalar(select(HubAntenna).where(HubAntenna.slug == slug)) is not None:
        raise HubError(409, ErrorCode.bad_request, f"the antenne {slug} already exists")
    antenna = HubAntenna(slug=slug, name=name)
    session.add(antenna)
    session.flush()
    now = utcnow().isoformat()
    publish_rows(
        session,
        "antenna",
        [{"id": str(antenna.id), "slug": slug, "name": name, "created_at": now}],
        clock=clock,
    )
    return antenna


def new_enrolment_code(
    session: Session, *, antenna_slug: str, ttl: timedelta = timedelta(hours=24)
) -> str:
    antenna = session.scalar(select(HubAntenna).where(HubAntenna.slug == antenna_slug))
    if antenna is None:
        raise HubError(404, ErrorCode.bad_request, f"no antenne {antenna_slug}")
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    session.add(
        EnrolmentCode(
            antenna_id=antenna.id,
            code_hash=sha256_hex(_normalize_code(code)),
            expires_at=utcnow() + ttl,
        )
    )
    session.flush()
    return code


def _normalize_code(code: str) -> str:
    text = code.strip().upper().replace("-", "").replace(" ", "")
    return text.replace("O", "0").replace("I", "1").replace("L", "1")


@dataclass(frozen=True)
class Enrolment:
    device: Device
    token: str
    antenna: HubAntenna
    epoch: str


def enroll(session: Session, *, code: str, machine_id: str, node_id: str) -> Enrolment:
    """Trade a one-time code for a device token (the code is spent, even by a failed race)."""
    refused = HubError(
        403, ErrorCode.enrolment_code_refused, "enrolment code unknown, used or expired"
    )
    now = utcnow()
    entry = session.scalar(
        select(EnrolmentCode)
        .where(EnrolmentCode.code_hash == sha256_hex(_normalize_code(code)))
        .with_for_update()
    )
    if entry is None or entry.used_at is not None:
        raise refused
    if entry.expires_at <= now:
        raise HubError(403, ErrorCode.enrolment_code_refused, "enrolment code expired")
    token = secrets.token_urlsafe(32)
    device = Device(
        antenna_id=entry.antenna_id,
        node_id=node_id[:64],
        token_hash=sha256_hex(token),
        machine_id=machine_id[:128],
        last_seen_at=now,
        nonce=new_nonce(),
    )
    session.add(device)
    session.flush()
    # Spent atomically: of two kiosks racing with one code, one update finds it unused.
    spent = session.execute(
        update(EnrolmentCode)
        .where(EnrolmentCode.id == entry.id, EnrolmentCode.used_at.is_(None))
        .values(used_at=now, device_id=device.id)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        raise refused
    antenna = session.get_one(HubAntenna, entry.antenna_id)
    log.sync.info("device %s enrolled for antenne %s", device.id, antenna.slug)
    return Enrolment(device=device, token=token, antenna=antenna, epoch=current_epoch(session))


def new_nonce() -> str:
    return secrets.token_urlsafe(24)


def authenticate(
    session: Session,
    *,
    token: str,
    machine_id: str,
    clone_window: timedelta,
    nonce: str = "",
    epoch: str = "",
    pushing: Sequence[str] | None = None,
) -> Device:
    """The device holding `token`, refusing a second machine while the first is active and a
    stale nonce (a copy of the whole machine, see `Device`).

    `pushing` (the op ids of a push) makes this an exchange that moves the nonce on: the device
    gets a new `nonce`, which the answer carries. A push presenting the nonce before the last
    one is the retry of a push whose answer was lost (or of a kiosk killed before it stored the
    answer) when it carries that push's first operation again: it is answered with the same
    last nonce. A pull may present either of the two."""
    if not token:
        raise HubError(401, ErrorCode.unauthenticated, "missing device token")
    query = select(Device).where(Device.token_hash == sha256_hex(token))
    if pushing is not None:
        query = query.with_for_update()
    device = session.scalar(query)
    if device is None or device.revoked_at is not None:
        raise HubError(401, ErrorCode.unauthenticated, "unknown or revoked device token")
    if device.clone_detected_at is not None:
        raise CloneDetectedError(device.id)
    now = utcnow()
    if (
        machine_id != device.machine_id
        and device.machine_id
        and device.last_seen_at is not None
        and now - device.last_seen_at < clone_window
    ):
        log.sync.warning("device %s presented by a second machine: refused", device.id)
        raise HubError(
            409,
            ErrorCode.device_in_use_elsewhere,
            "this device token is in use on another machine (a cloned kiosk?)",
        )
    if epoch and epoch != current_epoch(session):
        device.nonce = device.nonce_before = device.nonce_op_id = ""
    _check_nonce(device, nonce, pushing)
    if device.machine_id != machine_id[:128]:
        device.machine_id = machine_id[:128]
    if device.last_seen_at is None or now - device.last_seen_at >= LAST_SEEN_EVERY:
        device.last_seen_at = now
    return device


def _check_nonce(device: Device, presented: str, pushing: Sequence[str] | None) -> None:
    if not presented:
        # A kiosk older than the nonce chain (it never stores one): the machine id's window
        # is all it has; its copies on other hardware are still refused.
        return
    # The nonce expected, or none yet (enrolled before nonces, or reset by an administrator):
    # a push moves the chain on, or starts it.
    if not device.nonce or presented == device.nonce:
        if pushing:
            device.nonce_before, device.nonce = presented, new_nonce()
            device.nonce_op_id = min(pushing)
        return
    if presented == device.nonce_before and (pushing is None or device.nonce_op_id in pushing):
        return  # not stored yet by the kiosk: answered with the same last nonce
    log.sync.warning("device %s presented a stale nonce: a copy of the kiosk", device.id)
    raise CloneDetectedError(device.id)


def flag_clone(session: Session, device_id: uuid.UUID) -> None:
    """Stop syncing with a device whose token two machines hold (until `reset_device`)."""
    device = session.get(Device, device_id, with_for_update=True)
    if device is not None and device.clone_detected_at is None:
        device.clone_detected_at = utcnow()
        log.sync.warning("device %s flagged as cloned", device_id)


def reset_device(session: Session, device_id: str) -> Device:
    """An administrator's answer to a flagged device: clear the flag and the nonce chain; the
    next kiosk that pushes with the token starts a new chain (switch the copy off first)."""
    try:
        key = uuid.UUID(device_id)
    except ValueError:
        raise HubError(404, ErrorCode.bad_request, f"no device {device_id}") from None
    device = session.get(Device, key, with_for_update=True)
    if device is None:
        raise HubError(404, ErrorCode.bad_request, f"no device {device_id}")
    device.clone_detected_at = None
    device.nonce = device.nonce_before = device.nonce_op_id = ""
    log.sync.warning("device %s reset by an administrator", device.id)
    return device


def list_devices(session: Session) -> list[tuple[Device, str]]:
    """Every device with its antenne's slug, oldest first."""
    rows = session.execute(
        select(Device, HubAntenna.slug)
        .join(HubAntenna, HubAntenna.id == Device.antenna_id)
        .order_by(Device.enrolled_at)
    )
    return [(device, slug) for device, slug in rows]


# -- push -----------------------------------------------------------------------------------


@dataclass
class PushOutcome:
    results: list[OpResult]
    clock_ahead_ms: int = 0

    @property
    def clock_warning(self) -> bool:
        return self.clock_ahead_ms > 0


def _stamp_for(op: PushOp, *, clock: HybridClock, node: str) -> tuple[str, int]:
    """The stamp an operation is merged with, and how far ahead (ms) it was if replaced.

    A stamp too far ahead of the hub's clock is replaced by the hub's own (keeping the kiosk's
    node name): a kiosk whose clock runs a year ahead must not win every later conflict.
    """
    try:
        remote = Stamp.parse(op.hlc)
    except ValueError:
        now = clock.now()
        return str(Stamp(now.wall_ms, now.counter, node)), 0
    try:
        clock.receive(remote)
    except ClockSkewError as skew:
        now = clock.now()
        return str(Stamp(now.wall_ms, now.counter, remote.node)), skew.ahead_ms
    return str(remote), 0


def apply_ops(
    session: Session,
    device: Device,
    ops: Sequence[PushOp],
    *,
    clock: HybridClock,
    min_schema: int,
    max_schema: int,
) -> PushOutcome:
    """Apply each operation once (in order, each in its own savepoint) and answer for each.

    A batch costs few round trips to PostgreSQL: the operations already applied and the rows
    they touch are read (and locked, in key order) up front, and the change log's rows are
    written together at the end."""
    outcome = PushOutcome(results=[])
    applied: dict[str, AppliedOp] = {}
    ids = sorted({op.op_id for op in ops})
    for start in range(0, len(ids), 1000):
        applied.update(
            (stored.op_id, stored)
            for stored in session.scalars(
                select(AppliedOp).where(AppliedOp.op_id.in_(ids[start : start + 1000]))
            )
        )
    _lock_records(session, {(op.entity, op.entity_id) for op in ops})
    log_rows: list[dict[str, Any]] = []
    session.info[_LOG_BUFFER] = log_rows
    try:
        for op in ops:
            _apply_op(
                session,
                device,
                op,
                applied=applied,
                outcome=outcome,
                clock=clock,
                min_schema=min_schema,
                max_schema=max_schema,
            )
    finally:
        session.info.pop(_LOG_BUFFER, None)
        session.info.pop(_LOCKED, None)
    _insert_log(session, log_rows)
    # Answers carry rows as the kiosk may see them (a stored answer too: it is re-sent).
    antenna = str(device.antenna_id)
    outcome.results = [
        result
        if result.row is None or sees_private(op.entity, result.row, antenna)
        else replace(result, row=private_view(op.entity, result.row, antenna))
        for op, result in zip(ops, outcome.results, strict=True)
    ]
    return outcome


_LOG_BUFFER = "hub_log_buffer"
_LOCKED = "hub_locked_records"


def _lock_records(session: Session, keys: set[tuple[str, str]]) -> None:
    """Read and lock (in key order: no deadlock between two batches) the rows of `keys`;
    `_record_for_update` then finds them, or knows they do not exist, without a query.

    The rows are held here: the session's identity map keeps clean objects only weakly."""
    ordered = sorted(keys)
    found: dict[tuple[str, str], HubRecord | None] = dict.fromkeys(ordered)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for record in session.scalars(
            select(HubRecord)
            .where(tuple_(HubRecord.entity, HubRecord.entity_id).in_(chunk))
            .order_by(HubRecord.entity, HubRecord.entity_id)
            .with_for_update()
        ):
            found[(record.entity, record.entity_id)] = record
    session.info[_LOCKED] = found


def _record_for_update(session: Session, key: tuple[str, str]) -> HubRecord | None:
    locked: dict[tuple[str, str], HubRecord | None] | None = session.info.get(_LOCKED)
    if locked is not None and key in locked:
        return locked[key]
    return session.get(HubRecord, key, with_for_update=True)


def _remember(session: Session, record: HubRecord) -> None:
    """A row created by this batch: later operations of the batch find it."""
    locked: dict[tuple[str, str], HubRecord | None] | None = session.info.get(_LOCKED)
    if locked is not None:
        locked[(record.entity, record.entity_id)] = record


def _forget(session: Session, key: tuple[str, str]) -> None:
    """An operation was rolled back: its row is read from the database again if needed."""
    locked: dict[tuple[str, str], HubRecord | None] | None = session.info.get(_LOCKED)
    if locked is not None:
        locked.pop(key, None)


def _apply_op(
    session: Session,
    device: Device,
    op: PushOp,
    *,
    applied: dict[str, AppliedOp],
    outcome: PushOutcome,
    clock: HybridClock,
    min_schema: int,
    max_schema: int,
) -> None:
    """One operation of `apply_ops`, in its own savepoint; its answer goes to `outcome`."""
    stored = applied.get(op.op_id)
    if stored is not None:
        outcome.results.append(OpResult.from_json(stored.result))
        return
    if not min_schema <= op.schema_version <= max_schema:
        outcome.results.append(
            OpResult(op.op_id, OpStatus.error, reason="schema_version_not_accepted")
        )
        return
    stamp, ahead_ms = _stamp_for(op, clock=clock, node=device.node_id)
    outcome.clock_ahead_ms = max(outcome.clock_ahead_ms, ahead_ms)
    buffer: list[dict[str, Any]] = session.info[_LOG_BUFFER]
    mark = len(buffer)
    savepoint = session.begin_nested()
    try:
        result = _apply_one(session, device, op, stamp=stamp, clock=clock)
        if ahead_ms:
            result = OpResult(result.op_id, result.status, result.reason, result.row, clamped=True)
        stored = AppliedOp(
            op_id=op.op_id,
            device_id=device.id,
            entity=op.entity[:64],
            entity_id=op.entity_id[:64],
            result=result.to_json(),
        )
        session.add(stored)
        session.flush()
        savepoint.commit()
        applied[op.op_id] = stored
    except IntegrityError:
        # Another request applied the same operation meanwhile: answer what it answered.
        savepoint.rollback()
        del buffer[mark:]
        _forget(session, (op.entity, op.entity_id))
        stored = session.get(AppliedOp, op.op_id, populate_existing=True)
        result = (
            OpResult.from_json(stored.result)
            if stored is not None
            else OpResult(op.op_id, OpStatus.error, reason="conflict")
        )
    except Exception:
        savepoint.rollback()
        del buffer[mark:]
        _forget(session, (op.entity, op.entity_id))
        log.sync.exception("operation %s on %s failed", op.op_id, op.entity)
        result = OpResult(op.op_id, OpStatus.error, reason="hub_error")
    outcome.results.append(result)


def _refuse(op: PushOp, reason: str, record: HubRecord | None) -> OpResult:
    log.sync.info("operation %s on %s refused: %s", op.op_id, op.entity, reason)
    return OpResult(
        op.op_id, OpStatus.refused, reason=reason, row=None if record is None else record.data
    )


def _receive_ballot_box(session: Session, device: Device, op: PushOp) -> OpResult:
    """A closed vote's ballot box (`app.sync.ballot_box`): kept once per vote, checked against
    its digest and the vote's `closed` ledger entry, never logged for kiosks. The answer
    carries no row: the ballots do not travel back."""
    vote_id = op.entity_id
    antenna_id = op.payload.get("antenna_id")
    if antenna_id not in (None, str(device.antenna_id)):
        return _refuse(op, "not_your_antenne", None)
    stored = session.get(HubBallotBox, vote_id, with_for_update=True)
    if stored is not None:
        if stored.antenna_id != device.antenna_id:
            return _refuse(op, "not_your_antenne", None)
        if stored.digest == op.payload.get("digest"):
            return OpResult(op.op_id, OpStatus.unchanged)
        return _refuse(op, "ballot_box_already_received", None)
    problems = ballot_box.box_problems(
        op.payload, ledger_digest=_closed_digest(session, device.antenna_id, vote_id)
    )
    session.add(
        HubBallotBox(
            vote_id=vote_id,
            antenna_id=device.antenna_id,
            device_id=device.id,
            payload=dict(op.payload),
            digest=str(op.payload.get("digest") or "")[:64],
            ballot_count=len(op.payload.get("ballots") or []),
            problems=problems,
        )
    )
    if problems:
        log.sync.warning("ballot box of vote %s does not match: %s", vote_id, problems)
    return OpResult(op.op_id, OpStatus.applied, reason=",".join(problems))


def _closed_digest(session: Session, antenna_id: uuid.UUID, vote_id: str) -> str | None:
    """The ballot box digest in the vote's `closed` ledger entry, if the hub holds it."""
    for data in session.scalars(
        select(HubRecord.data).where(
            HubRecord.entity == "ledger_entry",
            HubRecord.scope_antenna_id == antenna_id,
            HubRecord.data["vote_id"].as_string() == vote_id,
            HubRecord.data["kind"].as_string() == "closed",
        )
    ):
        payload = data.get("payload")
        if isinstance(payload, dict) and payload.get("digest"):
            return str(payload["digest"])
    return None


def _apply_one(
    session: Session, device: Device, op: PushOp, *, stamp: str, clock: HybridClock
) -> OpResult:
    if op.entity == ballot_box.ENTITY:
        return _receive_ballot_box(session, device, op)
    policy = policy_of(op.entity)
    key = (op.entity, op.entity_id)
    record = _record_for_update(session, key)
    shared = is_shared(op.entity)
    purge = op.operation == "delete" and set(op.payload) <= {"id"}

    if policy in HUB_POLICIES:
        is_request = (
            policy is Policy.hub_requests
            and record is None
            and op.operation == "insert"
            and not purge
        )
        if not is_request:
            return _refuse(op, "hub_authoritative", record)
    if not shared:
        if record is not None and record.scope_antenna_id not in (None, device.antenna_id):
            return _refuse(op, "not_your_antenne", record)
        antenna_id = op.payload.get("antenna_id")
        if antenna_id not in (None, str(device.antenna_id)):
            return _refuse(op, "not_your_antenne", record)
    scope = None if shared else device.antenna_id

    if purge:
        if record is None:
            record = HubRecord(
                entity=op.entity, entity_id=op.entity_id, scope_antenna_id=scope, hlc=stamp
            )
            session.add(record)
            _remember(session, record)
        # Erased personal data leaves the hub too: only the id remains, to tell the kiosks.
        record.data = {"id": op.entity_id}
        record.field_hlc = {}
        record.hlc = stamp
        record.origin = device.node_id
        record.purged = True
        _log_changes(session, [(record, "purge")])
        return OpResult(op.op_id, OpStatus.applied, row=None)

    payload = dict(op.payload)
    if record is not None and not sees_private(op.entity, record.data, str(device.antenna_id)):
        # Fields this kiosk never received (another antenne's person's e-mail and phone):
        # whatever it holds for them is not a change.
        payload = without_private(op.entity, payload)
    if policy is Policy.hub_requests:
        # A proposal: the hub decides its status, answer and place.
        payload.update(status="submitted", answer="", meeting_id=None)
    merge = merge_fields(
        None if record is None or record.purged else record.data,
        {} if record is None else record.field_hlc,
        payload,
        stamp=stamp,
        origin=device.node_id,
        changed=op.changed if op.operation == "update" else None,
    )
    touched: list[tuple[HubRecord, str]] = []
    if policy is Policy.seats:
        previous = None if record is None else record.data.get("status")
        touched.extend(_grant_seat(session, merge.row, merge.field_hlc, previous, clock=clock))
    if record is None:
        record = HubRecord(
            entity=op.entity,
            entity_id=op.entity_id,
            scope_antenna_id=scope,
            data=merge.row,
            field_hlc=merge.field_hlc,
            hlc=merge.row["hlc"],
            origin=merge.row.get("origin", device.node_id),
        )
        session.add(record)
        _remember(session, record)
    elif merge.changed or record.data != merge.row:
        record.data = merge.row
        record.field_hlc = merge.field_hlc
        record.hlc = merge.row["hlc"]
        record.origin = merge.row.get("origin", device.node_id)
        record.purged = False
    else:
        return OpResult(op.op_id, OpStatus.unchanged, row=record.data)
    _log_changes(session, [(record, "upsert"), *touched])
    return OpResult(op.op_id, OpStatus.applied, row=record.data)


def _grant_seat(
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

    if wanted == "confirmed" and (seat is None or seat.status != "confirmed"):
        confirmed = session.scalar(
            select(func.count())
            .select_from(Seat)
            .where(
                Seat.session_id == session_id,
                Seat.status == "confirmed",
                Seat.signup_id != signup_id,
            )
        )
        wanted = seat_status(capacity if isinstance(capacity, int) else None, confirmed or 0)
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
    if previous_status == "confirmed" and wanted != "confirmed":
        promoted.extend(_promote_from_waitlist(session, session_id, capacity, clock=clock))
    return promoted


def _promote_from_waitlist(
    session: Session, session_id: str, capacity: Any, *, clock: HybridClock
) -> list[tuple[HubRecord, str]]:
    """A confirmed seat was freed: the first on the waiting list gets it."""
    confirmed = session.scalar(
        select(func.count())
        .select_from(Seat)
        .where(Seat.session_id == session_id, Seat.status == "confirmed")
    )
    if isinstance(capacity, int) and (confirmed or 0) >= capacity:
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
    data = dict(record.data)
    stamps = dict(record.field_hlc)
    for column, value in (("status", "confirmed"), ("waitlist_position", None)):
        data[column] = value
        stamps[column] = stamp
    data["hlc"] = max(stamps.values())
    data["origin"] = HUB_ORIGIN
    record.data = data
    record.field_hlc = stamps
    record.hlc = data["hlc"]
    record.origin = HUB_ORIGIN
    return [(record, "upsert")]


def _log_changes(session: Session, records: Iterable[tuple[HubRecord, str]]) -> None:
    rows = [
        {
            "entity": record.entity,
            "entity_id": record.entity_id,
            "op": op,
            "payload": record.data,
            "hlc": record.hlc,
            "origin": record.origin,
            "scope_antenna_id": record.scope_antenna_id,
            "created_at": utcnow(),
        }
        for record, op in records
    ]
    buffer = session.info.get(_LOG_BUFFER)
    if buffer is not None:
        buffer.extend(rows)  # written by `apply_ops` once the batch is through
        return
    _insert_log(session, rows)


def _insert_log(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.flush()
        session.execute(insert(HubChange).values(txid=_txid_expr(session)), rows)


# -- publication of hub-authoritative data --------------------------------------------------


def _row_id(entity: str, row: dict[str, Any]) -> str:
    if row.get("id"):
        return str(row["id"])
    keys = NATURAL_KEYS.get(entity)
    if not keys or any(key not in row for key in keys):
        raise HubError(
            400, ErrorCode.bad_request, f"a {entity} row needs an id (or {keys or 'an id'})"
        )
    natural = "|".join(str(row[key]) for key in keys)
    return str(uuid.uuid5(_PUBLISH_NAMESPACE, f"{entity}|{natural}"))


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
    _log_changes(session, changed)
    return len(changed)


# -- pull -----------------------------------------------------------------------------------


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

    A kiosk of another epoch (the hub was restored) is told to reset. A kiosk whose cursor
    names a change the log does not hold has seen a history this hub lost: the hub was restored
    from a backup, so the epoch is renewed for every kiosk.
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
            hub_epoch = rotate_epoch(session, reason=f"device {device.id} ahead of the log")
            return Page(hub_epoch, True, [], Cursor(), False)
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
    below = _visible_below(session)
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


def utc_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
