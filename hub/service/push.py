"""Applying the operations a kiosk pushes: each exactly once, merged field by field into the
hub's copy of the row (`HubRecord`), and logged for the kiosks that may see it.

Each operation is answered (`OpResult`): applied, unchanged, refused (`Refusal`: a payload
that does not fit its entity's schema, an entity only the hub writes, a row or a column of
another antenne, another device's op id) or an error; the answer is stored with the operation's
id and its device (`AppliedOp`), so that a retried push gets the same answers without applying
anything twice. Sign-ups get their seat decided by the hub (`hub.service.seats`); a closed
vote's ballot box is kept apart, never logged for kiosks.

Every operation is checked against its entity's schema (`app.sync.schema`) before any row is
read, then against its entity's ownership rule (`app.sync.policies.OWNERSHIP`), judged on the
hub's copy of the row, never on what the kiosk sent (docs/architecture.md, "Sync"). A refused
operation changes nothing and is never logged for kiosks. Answers carry rows as the pushing
kiosk may see them: never another antenne's row of an antenne-scoped entity, shared rows
through `private_view`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import log
from app.clock import ClockSkewError, HybridClock, Stamp
from app.sync import ballot_box
from app.sync.policies import (
    HUB_DECIDES,
    META_COLUMNS,
    OWNERSHIP,
    Ownership,
    Party,
    Policy,
    is_shared,
    merge_fields,
    policy_of,
    private_view,
    sees_private,
    without_hub_fields,
    without_private,
)
from app.sync.protocol import OpResult, OpStatus, PushOp, Refusal
from app.sync.schema import op_problem, text_problem
from hub.models import AppliedOp, Device, HubBallotBox, HubRecord
from hub.service import changelog, intros, mail
from hub.service.seats import grant_seat
from hub.settings import DEFAULT_HOLD_HOURS

_LOCKED = "hub_locked_records"


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
    hold_hours: int = DEFAULT_HOLD_HOURS,
    public_url: str = "",
) -> PushOutcome:
    """Apply each operation once (in order, each in its own savepoint) and answer for each.

    A batch costs few round trips to PostgreSQL: the operations already applied and the rows
    they touch are read (and locked, in key order) up front, and the change log's rows are
    written together at the end. `hold_hours`: the kiosks' `session_hold_hours`, for the
    deadline a mail about a seat offered from the waiting list states (`hub.service.mail`);
    `public_url`: where the links of a relayed introduction lead (`hub.service.intros`)."""
    outcome = PushOutcome(results=[])
    # Checked before anything is read: an invalid op's keys may not even be storable.
    problems = [op_problem(op) for op in ops]
    applied: dict[str, AppliedOp] = {}
    ids = sorted(
        {op.op_id for op, problem in zip(ops, problems, strict=True) if _storable(problem)}
    )
    for start in range(0, len(ids), 1000):
        applied.update(
            (stored.op_id, stored)
            for stored in session.scalars(
                select(AppliedOp).where(AppliedOp.op_id.in_(ids[start : start + 1000]))
            )
        )
    _lock_records(
        session,
        {
            (op.entity, op.entity_id)
            for op, problem in zip(ops, problems, strict=True)
            if not problem
        },
    )
    try:
        with changelog.batched(session) as log_rows:
            for op, problem in zip(ops, problems, strict=True):
                _apply_op(
                    session,
                    device,
                    op,
                    problem=problem,
                    applied=applied,
                    outcome=outcome,
                    log_rows=log_rows,
                    clock=clock,
                    min_schema=min_schema,
                    max_schema=max_schema,
                    hold_hours=hold_hours,
                    public_url=public_url,
                )
    finally:
        session.info.pop(_LOCKED, None)
    # Answers carry rows as the kiosk may see them (a stored answer too: it is re-sent).
    antenna = str(device.antenna_id)
    outcome.results = [
        result
        if result.row is None or sees_private(op.entity, result.row, antenna)
        else replace(result, row=private_view(op.entity, result.row, antenna))
        for op, result in zip(ops, outcome.results, strict=True)
    ]
    return outcome


def _storable(problem: str | None) -> bool:
    """Whether an op's answer can be stored under its id (the id is a UUID's text)."""
    return problem is None or not problem.startswith("op_id:")


def _key_text(text: str) -> str:
    """An invalid op's entity or id as the `AppliedOp` row can hold it (escaped, cut)."""
    if text_problem(text) is not None:
        text = text.encode("unicode_escape").decode("ascii")
    return text[:64]


def _lock_records(session: Session, keys: set[tuple[str, str]]) -> None:
    """Read and lock (in key order: no deadlock between two batches) the rows of `keys`;
    `_record` then finds them, or knows they do not exist, without a query.

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


def _record(session: Session, key: tuple[str, str], *, lock: bool) -> HubRecord | None:
    """The hub's row `key`: from the batch's locked rows when they hold it, else read (and
    locked, with `lock`)."""
    locked: dict[tuple[str, str], HubRecord | None] | None = session.info.get(_LOCKED)
    if locked is not None and key in locked:
        return locked[key]
    return session.get(HubRecord, key, with_for_update=True if lock else None)


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
    problem: str | None,
    applied: dict[str, AppliedOp],
    outcome: PushOutcome,
    log_rows: list[dict[str, Any]],
    clock: HybridClock,
    min_schema: int,
    max_schema: int,
    hold_hours: int,
    public_url: str,
) -> None:
    """One operation of `apply_ops`, in its own savepoint; its answer goes to `outcome`, the
    changes it logs to `log_rows` (taken back if it is rolled back). `problem`: what is wrong
    with the op (`app.sync.schema`), None if it is valid."""
    if not _storable(problem):
        outcome.results.append(_invalid(op, problem))
        return
    stored = applied.get(op.op_id)
    if stored is not None:
        outcome.results.append(
            OpResult.from_json(stored.result)
            if stored.device_id == device.id
            # Op ids are unique per device: another device's answer (and row) is not this one's.
            else _refuse(op, device, Refusal.op_id_taken, None)
        )
        return
    if not min_schema <= op.schema_version <= max_schema:
        outcome.results.append(
            OpResult(op.op_id, OpStatus.error, reason=Refusal.schema_version_not_accepted)
        )
        return
    stamp, ahead_ms = ("", 0) if problem else _stamp_for(op, clock=clock, node=device.node_id)
    outcome.clock_ahead_ms = max(outcome.clock_ahead_ms, ahead_ms)
    mark = len(log_rows)
    savepoint = session.begin_nested()
    try:
        if problem:
            result = _invalid(op, problem)
        else:
            result = _apply_one(
                session,
                device,
                op,
                stamp=stamp,
                clock=clock,
                hold_hours=hold_hours,
                public_url=public_url,
            )
        if ahead_ms:
            result = replace(result, clamped=True)
        stored = AppliedOp(
            op_id=op.op_id,
            device_id=device.id,
            entity=_key_text(op.entity),
            entity_id=_key_text(op.entity_id),
            result=result.to_json(),
        )
        session.add(stored)
        session.flush()
        savepoint.commit()
        applied[op.op_id] = stored
    except IntegrityError:
        # Another request applied the same operation meanwhile: answer what it answered.
        savepoint.rollback()
        del log_rows[mark:]
        _forget(session, (op.entity, op.entity_id))
        stored = session.get(AppliedOp, op.op_id, populate_existing=True)
        if stored is None:
            result = OpResult(op.op_id, OpStatus.error, reason=Refusal.conflict)
        elif stored.device_id != device.id:
            result = _refuse(op, device, Refusal.op_id_taken, None)
        else:
            result = OpResult.from_json(stored.result)
    except Exception:
        savepoint.rollback()
        del log_rows[mark:]
        _forget(session, (op.entity, op.entity_id))
        log.sync.exception("operation %s on %s failed", op.op_id, op.entity)
        result = OpResult(op.op_id, OpStatus.error, reason=Refusal.hub_error)
    outcome.results.append(result)


def _invalid(op: PushOp, problem: str | None) -> OpResult:
    # The op's values stay out of the log: only the field and what is wrong with it.
    log.sync.info("operation %r refused: invalid_payload (%s)", op.op_id[:64], problem)
    return OpResult(op.op_id, OpStatus.refused, reason=Refusal.invalid_payload, detail=str(problem))


def _visible(record: HubRecord | None, device: Device) -> HubRecord | None:
    """`record` if the device may receive it (a shared row, or its own antenne's), else None."""
    if record is None or record.scope_antenna_id not in (None, device.antenna_id):
        return None
    return record


def _refuse(
    op: PushOp, device: Device, reason: Refusal, record: HubRecord | None, detail: str = ""
) -> OpResult:
    """A refusal; it carries the hub's row (for the kiosk to put back) only if the device may
    see it (`apply_ops` then empties the private fields it may not)."""
    log.sync.info("operation %s on %s refused: %s %s", op.op_id, op.entity, reason, detail)
    visible = _visible(record, device)
    return OpResult(
        op.op_id,
        OpStatus.refused,
        reason=reason,
        row=None if visible is None else visible.data,
        detail=detail,
    )


def _receive_ballot_box(session: Session, device: Device, op: PushOp) -> OpResult:
    """A closed vote's ballot box (`app.sync.ballot_box`): kept once per vote, checked against
    its digest and the vote's `closed` ledger entry, never logged for kiosks. The answer
    carries no row: the ballots do not travel back."""
    vote_id = op.entity_id
    antenna_id = op.payload.get("antenna_id")
    if antenna_id not in (None, str(device.antenna_id)):
        return _refuse(op, device, Refusal.not_your_antenne, None)
    stored = session.get(HubBallotBox, vote_id, with_for_update=True)
    if stored is not None:
        if stored.antenna_id != device.antenna_id:
            return _refuse(op, device, Refusal.not_your_antenne, None)
        if stored.digest == op.payload.get("digest"):
            return OpResult(op.op_id, OpStatus.unchanged)
        return _refuse(op, device, Refusal.ballot_box_already_received, None)
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


def _held(session: Session, entity: str, entity_id: object) -> HubRecord | None:
    """The hub's live row `entity_id` of `entity` (None: not held, or purged)."""
    if entity_id is None:
        return None
    record = _record(session, (entity, str(entity_id)), lock=False)
    return None if record is None or record.purged else record


def _owner_antenna(
    session: Session, entity: str, data: dict[str, Any], record: HubRecord | None
) -> str | None:
    """The antenne a shared row belongs to (`Ownership.owner`), None if it has none (the hub's).

    Read from the hub's copy (`data`, `record`), or for a new row from what the kiosk sent."""
    owner = OWNERSHIP[entity].owner
    value = None if owner is None else data.get(owner.column)
    if owner is not None and value is not None:
        if owner.via is None:
            return str(value)
        target = _held(session, owner.via, value)
        if target is not None:
            return _owner_antenna(session, owner.via, target.data, target)
    if record is None or record.owner_antenna_id is None:
        return None
    return str(record.owner_antenna_id)


def _written_columns(op: PushOp, data: dict[str, Any], payload: dict[str, Any]) -> list[str]:
    """The content columns this op would write over the hub's row (as `merge_fields` takes
    them): those it claims to have changed (all, for a whole row) whose value differs, and
    those the hub's row does not have."""
    claimed = set(op.changed) if op.operation == "update" and op.changed is not None else None
    return sorted(
        column
        for column, value in payload.items()
        if column not in META_COLUMNS
        and (
            column not in data or ((claimed is None or column in claimed) and data[column] != value)
        )
    )


def _ownership_refusal(
    session: Session,
    device: Device,
    op: PushOp,
    *,
    rules: Ownership,
    record: HubRecord | None,
    payload: dict[str, Any],
) -> tuple[Refusal, str] | None:
    """Why this device may not write `op` on a shared row (`OWNERSHIP`), or None."""
    antenna = str(device.antenna_id)
    if record is None:
        owner = rules.owner
        claimed = _owner_antenna(session, op.entity, payload, None)
        # A new row names no other antenne as its own (a person of Liège made by Rennes), and
        # where only the owner's kiosks create rows, the owner is this kiosk's antenne.
        direct = owner is not None and owner.via is None
        if claimed not in (None, antenna) and (direct or rules.create is Party.antenne):
            return Refusal.not_your_antenne, ""
        return None
    if _owner_antenna(session, op.entity, record.data, record) == antenna:
        return None
    if op.operation == "delete":
        return (Refusal.not_your_antenne, "") if rules.delete is not Party.anyone else None
    if rules.change is Party.anyone:
        return None
    written = [c for c in _written_columns(op, record.data, payload) if c not in rules.open_fields]
    if not written:
        return None
    if rules.open_fields:
        return Refusal.field_not_writable, f"{written[0]}: only the row's antenne changes it"
    return Refusal.not_your_antenne, ""


def _apply_one(
    session: Session,
    device: Device,
    op: PushOp,
    *,
    stamp: str,
    clock: HybridClock,
    hold_hours: int,
    public_url: str,
) -> OpResult:
    if op.entity == ballot_box.ENTITY:
        return _receive_ballot_box(session, device, op)
    policy = policy_of(op.entity)
    rules = OWNERSHIP[op.entity]
    key = (op.entity, op.entity_id)
    record = _record(session, key, lock=True)
    shared = is_shared(op.entity)
    purge = op.operation == "delete" and set(op.payload) <= {"id"}

    # Only an insert creates a row (a proposal of `hub_requests` included); an update or a
    # delete of a row the hub does not hold is judged as a change or a deletion.
    if record is None and op.operation == "insert":
        party = rules.create
    else:
        party = rules.delete if op.operation == "delete" else rules.change
    if party is Party.hub:
        return _refuse(op, device, Refusal.hub_authoritative, record)
    if not shared:
        if record is not None and record.scope_antenna_id not in (None, device.antenna_id):
            return _refuse(op, device, Refusal.not_your_antenne, record)
        antenna_id = op.payload.get("antenna_id")
        if antenna_id not in (None, str(device.antenna_id)):
            return _refuse(op, device, Refusal.not_your_antenne, record)
        if rules.owner is not None and rules.owner.via is not None:
            # A sign-up on another antenne's session, an option of another antenne's vote.
            parent = _held(session, rules.owner.via, op.payload.get(rules.owner.column))
            if parent is not None and parent.scope_antenna_id not in (None, device.antenna_id):
                return _refuse(op, device, Refusal.not_your_antenne, record)
    scope = None if shared else device.antenna_id

    payload = dict(op.payload)
    if record is not None and not sees_private(op.entity, record.data, str(device.antenna_id)):
        # Fields this kiosk never received (another antenne's person's e-mail and phone):
        # whatever it holds for them is not a change.
        payload = without_private(op.entity, payload)
    # Columns only the hub writes (when it relayed an introduction): never a kiosk's to say.
    payload = without_hub_fields(op.entity, payload)
    if shared:
        refusal = _ownership_refusal(
            session, device, op, rules=rules, record=record, payload=payload
        )
        if refusal is not None:
            return _refuse(op, device, refusal[0], record, refusal[1])

    if purge:
        if record is None:
            record = HubRecord(
                entity=op.entity,
                entity_id=op.entity_id,
                scope_antenna_id=scope,
                owner_antenna_id=device.antenna_id,
                hlc=stamp,
            )
            session.add(record)
            _remember(session, record)
        # Erased personal data leaves the hub too: only the id remains, to tell the kiosks.
        record.data = {"id": op.entity_id}
        record.field_hlc = {}
        record.hlc = stamp
        record.origin = device.node_id
        record.purged = True
        if op.entity == "person":
            mail.forget_person(session, op.entity_id)
        changelog.log_changes(session, [(record, "purge")])
        return OpResult(op.op_id, OpStatus.applied, row=None)

    if record is None:
        # A request (an agenda item, a travel aid): the hub decides its status, answer and place.
        payload.update(HUB_DECIDES.get(op.entity, {}))
    merge = merge_fields(
        None if record is None or record.purged else record.data,
        {} if record is None else record.field_hlc,
        payload,
        stamp=stamp,
        origin=device.node_id,
        changed=op.changed if op.operation == "update" else None,
    )
    touched: list[tuple[HubRecord, str]] = []
    previous = None if record is None or record.purged else dict(record.data)
    if policy is Policy.seats:
        status = None if previous is None else previous.get("status")
        touched.extend(grant_seat(session, merge.row, merge.field_hlc, status, clock=clock))
    if record is None:
        record = HubRecord(
            entity=op.entity,
            entity_id=op.entity_id,
            scope_antenna_id=scope,
            owner_antenna_id=device.antenna_id,
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
    _queue_mail(session, record, previous, touched, hold_hours=hold_hours)
    if record.entity == intros.ENTITY:
        intros.intro_merged(
            session,
            record,
            previous,
            device_antenna_id=device.antenna_id,
            clock=clock,
            public_url=public_url,
        )
    changelog.log_changes(session, [(record, "upsert"), *touched])
    return OpResult(op.op_id, OpStatus.applied, row=record.data)


def _queue_mail(
    session: Session,
    record: HubRecord,
    previous: dict[str, Any] | None,
    touched: list[tuple[HubRecord, str]],
    *,
    hold_hours: int,
) -> None:
    """The e-mails this decision owes people, in its transaction (docs/architecture.md, "Mail
    from the hub"): a seat decided, the seats it gave from the waiting list, a session
    changed or cancelled; and the mails a person erased or unreachable no longer gets."""
    if record.entity == "signup":
        status = None if previous is None else previous.get("status")
        mail.seat_decided(session, record, status, hold_hours=hold_hours)
        for promoted, _change in touched:
            mail.seat_decided(session, promoted, "waitlisted", hold_hours=hold_hours)
    elif record.entity == "session" and previous is not None:
        mail.session_changed(session, record, previous.get("revision"))
    elif record.entity == "person":
        mail.person_changed(session, record, previous)
