"""The kiosk's side of sync: enrol once, then push the outbox and pull the change log.

What the kiosk remembers lives in `sync_state` (key/value): the hub's URL, the device token,
the per-install id, the hub's epoch and the pull cursor, and the last outcome (for the
facilitator's status). A page of pulled changes and the cursor that follows it are written in
one transaction: a kiosk killed in the middle of a pull resumes from the last whole page.

Neither direction can be blocked by one bad change (docs/architecture.md, "Sync"): a pulled
change the kiosk cannot apply is quarantined (`app.sync.apply`) and the cursor moves on; an
operation the hub refuses as bad, or keeps answering `error`, is parked: no longer sent nor
counted as waiting. Both are shown to the facilitator, listed by `antenne sync status`, and
tried again by `antenne sync retry` (`retry_problems`).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app import log
from app.changes import Changes, Entity
from app.clock import MAX_DRIFT_MS, ClockSkewError, utcnow
from app.errors import QT_TRANSLATE_NOOP, KnownError, Message
from app.sync.apply import apply_changes
from app.sync.client import CursorUnknownError, HubClient, HubRefusedError, HubUnreachableError
from app.sync.policies import changed_columns
from app.sync.protocol import (
    PUSH_BATCH,
    PUSH_MAX_BYTES,
    Change,
    Cursor,
    OpResult,
    OpStatus,
    PushOp,
    Refusal,
)
from db.models import OutboxEntry, QuarantinedChange, SyncState
from db.outbox import CHANGED_KEY, SCHEMA_VERSION

if TYPE_CHECKING:
    import httpx

    from app.context import AppContext
    from db.engine import Database

CONTEXT = "Sync"
KEY_HUB_URL = "hub_url"
KEY_TOKEN = "device_token"
KEY_DEVICE = "device_id"
KEY_INSTALL = "install_id"
KEY_ANTENNA_ID = "antenna_id"
KEY_ANTENNA_SLUG = "antenna_slug"
KEY_EPOCH = "epoch"
KEY_CURSOR = "cursor"
KEY_LAST_SUCCESS = "last_success_at"
KEY_OFFLINE_SINCE = "offline_since"
KEY_LAST_ERROR = "last_error"
KEY_CLOCK_WARNING = "clock_warning"
# The hub's last nonce (see `app.sync.protocol`): stored with what the answer brought.
KEY_NONCE = "nonce"

T = TypeVar("T")

# Refusals that mean "this operation is bad" (a kiosk's bug or a tampered outbox): sending it
# again cannot help, so it is parked at once and shown. A refusal of a change to another
# antenne's row (`not_your_antenne`, `field_not_writable`) is the rules working, not a
# problem: the kiosk takes the hub's row back, as for any final answer.
PARKING_REFUSALS = frozenset({Refusal.invalid_payload, Refusal.op_id_taken, Refusal.too_large})
# An operation the hub answers `error` this many times in a row is parked.
MAX_ERRORS = 5


class NotEnrolledError(KnownError):
    """This kiosk has no device token yet: enrol it with a code from the hub."""


class SyncFailedError(KnownError):
    """A round failed for a reason of our own (logged): it is tried again later."""


def _ops_failing(count: int) -> Message:
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Sync",
            "The hub answered some of this kiosk's changes with an error ({count}). They are "
            "kept and sent again at the next sync; if this goes on, tell the hub's "
            "administrator.",
        ),
        {"count": count},
    )


def _unexpected_failure() -> SyncFailedError:
    return SyncFailedError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Sync",
                "The sync failed on this kiosk (see its log). Nothing is lost; it is tried "
                "again later.",
            ),
        )
    )


@dataclass(frozen=True)
class SyncSummary:
    pushed: int
    pulled: int
    conflicts: int
    duration_s: float
    # The kiosk's clock and the hub's disagree by more than the HLC tolerates.
    clock_warning: bool
    refused: int = 0
    # The hub was restored from a backup: the kiosk re-sent what it kept and pulled anew.
    epoch_reset: bool = False
    bytes_sent: int = 0
    bytes_received: int = 0
    # The entities of the rows pulled (screens showing them refresh).
    entities: tuple[str, ...] = ()
    # Pulled changes this kiosk could not apply (quarantined).
    quarantined: int = 0
    # Operations the hub answered `error` (sent again later), and those parked this round.
    failed: int = 0
    parked: int = 0

    @property
    def changes(self) -> Changes:
        """What the rows pulled changed, in the words screens listen for."""
        return Changes(Entity.known(self.entities))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["duration_s"] = round(self.duration_s, 3)
        data["entities"] = list(self.entities)
        return data


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str
    antenna_slug: str
    pending_ops: int
    last_success_at: datetime | None
    offline_since: datetime | None
    # Why the last round failed (English, for the command line and logs; "" after a success).
    last_error: str
    clock_warning: bool
    # The hub's refusal code of the last failure (`ErrorCode`), if it was one.
    last_error_code: str = ""
    # The same, as the facilitator reads it (translated by the screen).
    problem: Message | None = None
    # Changes from the hub this kiosk could not apply, and its operations the hub refused
    # (parked): both wait for `antenne sync retry`.
    quarantined_changes: int = 0
    parked_ops: int = 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_success_at", "offline_since"):
            value = data[key]
            data[key] = None if value is None else value.isoformat()
        data.pop("problem")
        return data


# -- sync_state -----------------------------------------------------------------------------


def read_state(connection: Connection) -> dict[str, str]:
    rows = connection.execute(select(SyncState.key, SyncState.value))
    return {str(key): str(value) for key, value in rows}


def write_state(connection: Connection, **values: str) -> None:
    if not values:
        return
    statement = sqlite_insert(SyncState)
    statement = statement.on_conflict_do_update(
        index_elements=[SyncState.key],
        set_={"value": statement.excluded.value, "updated_at": statement.excluded.updated_at},
    )
    now = utcnow()
    connection.execute(
        statement, [{"key": k, "value": v, "updated_at": now} for k, v in values.items()]
    )


def machine_id(install_id: str) -> str:
    """This machine, as the hub sees it: the per-install id mixed with the OS's machine id and
    a hardware address, so a copy of the disk on other hardware presents another id."""
    try:
        os_id = Path("/etc/machine-id").read_text(encoding="ascii").strip()
    except OSError:
        os_id = ""
    raw = f"{install_id}|{os_id}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _database_of(target: AppContext | Database) -> Database:
    from db.engine import Database

    return target if isinstance(target, Database) else target.db


# -- enrolment ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    antenna_slug: str
    antenna_name: str
    # The id the kiosk's own antenne row had before it took the hub's (None: nothing to do).
    rekeyed_from: uuid.UUID | None = None


def enroll(
    target: AppContext | Database,
    *,
    hub_url: str,
    code: str,
    http: httpx.Client | None = None,
    machine: str | None = None,
    local_slug: str | None = None,
) -> Enrolled:
    """Enrol this kiosk with a one-time code; remembers the hub, the token and the antenne.

    The kiosk's own antenne row (the hub's slug, or else `local_slug`, by default the
    configured `antenna_slug`) takes the hub's id, and so do the rows and pending operations
    that point at it (`app.sync.rekey`): the hub then accepts them as this antenne's.
    `machine` replaces this machine's id (tests simulate several machines in one process)."""
    from app.sync.rekey import adopt_hub_antenna

    database = _database_of(target)
    if local_slug is None:
        config = getattr(target, "config", None)
        local_slug = "" if config is None else str(config.antenna_slug)
    install_id = uuid.uuid4().hex
    with HubClient(hub_url, schema_version=SCHEMA_VERSION, http=http) as client:
        data = client.enroll(
            code=code, machine_id=machine or machine_id(install_id), node_id=database.origin
        )
    antenna = data["antenna"]
    with database.engine.begin() as connection:
        rekeyed = adopt_hub_antenna(
            connection,
            hub_id=uuid.UUID(str(antenna["id"])),
            slug=str(antenna["slug"]),
            local_slug=local_slug,
            name=str(antenna.get("name") or ""),
        )
        write_state(
            connection,
            **{
                KEY_HUB_URL: hub_url,
                KEY_TOKEN: str(data["token"]),
                KEY_DEVICE: str(data["device_id"]),
                KEY_INSTALL: install_id,
                KEY_ANTENNA_ID: str(antenna["id"]),
                KEY_ANTENNA_SLUG: str(antenna["slug"]),
                KEY_EPOCH: str(data["epoch"]),
                KEY_CURSOR: str(Cursor()),
                KEY_LAST_ERROR: "",
                KEY_NONCE: str(data.get("nonce") or ""),
            },
        )
    log.sync.info("kiosk enrolled as device %s", data["device_id"])
    return Enrolled(
        str(data["device_id"]), str(antenna["slug"]), str(antenna["name"]), rekeyed_from=rekeyed
    )


@contextmanager
def open_client(
    database: Database,
    *,
    http: httpx.Client | None = None,
    machine: str | None = None,
    timeout_s: float | None = None,
) -> Iterator[HubClient]:
    with database.engine.connect() as connection:
        state = read_state(connection)
    if not state.get(KEY_TOKEN):
        raise NotEnrolledError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Sync", "This kiosk is not enrolled with a hub yet: enrol it with a code."
                ),
            )
        )
    client = HubClient(
        state.get(KEY_HUB_URL, ""),
        token=state[KEY_TOKEN],
        machine_id=machine or machine_id(state.get(KEY_INSTALL, "")),
        schema_version=SCHEMA_VERSION,
        epoch=state.get(KEY_EPOCH, ""),
        nonce=state.get(KEY_NONCE, ""),
        http=http,
        **({} if timeout_s is None else {"timeout_s": timeout_s}),
    )
    try:
        yield client
    finally:
        client.close()


# -- push -----------------------------------------------------------------------------------


@dataclass
class PushStats:
    pushed: int = 0
    refused: int = 0
    conflicts: int = 0
    clock_warning: bool = False
    # The hub answered with another epoch than the kiosk's (restored from a backup).
    new_epoch: str = ""
    # Answered `error` (kept, sent again at the next round), and parked.
    failed: int = 0
    parked: int = 0


def _to_wire(connection: Connection, entries: Sequence[Any]) -> list[PushOp]:
    """Outbox entries as operations. An update names the columns it changed: recorded by the
    outbox (`CHANGED_KEY`), or else found by comparing it with the previous operation on the
    same row (outbox entries written before the outbox recorded them)."""
    ids = sorted(
        {
            entry.entity_id
            for entry in entries
            if entry.operation == "update" and CHANGED_KEY not in entry.payload
        }
    )
    history: dict[str, list[tuple[uuid.UUID, dict[str, Any]]]] = {}
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(OutboxEntry.entity_id, OutboxEntry.op_id, OutboxEntry.payload)
            .where(OutboxEntry.entity_id.in_(ids[start : start + 500]))
            .order_by(OutboxEntry.op_id)
        )
        for entity_id, op_id, payload in rows:
            history.setdefault(entity_id, []).append((op_id, payload))
    ops: list[PushOp] = []
    for entry in entries:
        payload = dict(entry.payload)
        recorded = payload.pop(CHANGED_KEY, None)
        changed: list[str] | None = None
        if isinstance(recorded, list):
            changed = [str(column) for column in recorded]
        elif entry.operation == "update":
            earlier = [p for op_id, p in history.get(entry.entity_id, []) if op_id < entry.op_id]
            if earlier and len(earlier[-1]) > 1:
                changed = changed_columns(earlier[-1], entry.payload)
        ops.append(
            PushOp(
                op_id=str(entry.op_id),
                entity=entry.entity,
                entity_id=entry.entity_id,
                operation=str(entry.operation),
                payload=payload,
                hlc=entry.hlc,
                schema_version=entry.schema_version,
                changed=changed,
            )
        )
    return ops


def push(
    database: Database,
    client: HubClient,
    *,
    batch: int = PUSH_BATCH,
    max_bytes: int = PUSH_MAX_BYTES,
) -> PushStats:
    """Send every pending operation, batch by batch; an operation is marked done only when the
    hub answered for it, together with the hub's row (adopted unless changed again since)."""
    return run_steps(push_steps(database, client, batch=batch, max_bytes=max_bytes))


def push_steps(
    database: Database,
    client: HubClient,
    *,
    batch: int = PUSH_BATCH,
    max_bytes: int = PUSH_MAX_BYTES,
) -> Generator[str, None, PushStats]:
    """`push`, one batch per step (the kiosk's task runner interleaves other work). A batch is
    at most `batch` ops and `max_bytes` of JSON; an op larger than that alone is parked
    (`too_large`), never sent: the hub would refuse its body every time."""
    stats = PushStats()
    tried: set[uuid.UUID] = set()
    while True:
        with database.engine.connect() as connection:
            entries = [
                entry
                for entry in connection.execute(
                    select(OutboxEntry.__table__)
                    .where(OutboxEntry.done_at.is_(None), OutboxEntry.parked_at.is_(None))
                    .order_by(OutboxEntry.op_id)
                    .limit(batch + len(tried))
                ).all()
                if entry.op_id not in tried
            ][:batch]
            if not entries:
                return stats
            ops = _to_wire(connection, entries)
        entries, ops, oversized = _fit_batch(entries, ops, budget=max_bytes)
        if oversized:
            with database.engine.begin() as connection:
                _record_results(
                    connection,
                    [entry for entry, _refusal in oversized],
                    [refusal for _entry, refusal in oversized],
                    stats,
                )
        if not ops:
            continue
        reply = client.push(ops)
        stats.clock_warning |= reply.clock_warning
        tried.update(entry.op_id for entry in entries)
        with database.engine.begin() as connection:
            _record_results(connection, entries, reply.results, stats)
            if reply.nonce:
                # With the results: a kiosk killed before this commit presents the nonce
                # before, with the same operations again, which the hub takes as a retry.
                write_state(connection, **{KEY_NONCE: reply.nonce})
        if reply.nonce:
            client.nonce = reply.nonce
        if client.epoch and reply.epoch != client.epoch:
            stats.new_epoch = reply.epoch
            return stats
        yield "push"


def _fit_batch(
    entries: Sequence[Any], ops: Sequence[PushOp], *, budget: int
) -> tuple[list[Any], list[PushOp], list[tuple[Any, OpResult]]]:
    """The leading entries whose ops fit in `budget` bytes of JSON (at least one, unless it is
    too large alone), and the ops too large to ever be sent with their refusal. The entries
    left out go with the next batch."""
    fitting: list[Any] = []
    fitting_ops: list[PushOp] = []
    oversized: list[tuple[Any, OpResult]] = []
    total = len(b'{"ops":[]}')
    for entry, op in zip(entries, ops, strict=True):
        size = len(json.dumps(op.to_json(), separators=(",", ":")).encode("utf-8")) + 1
        if size > budget:
            detail = f"{size} bytes, more than a push may carry ({budget})"
            oversized.append(
                (entry, OpResult(op.op_id, OpStatus.refused, Refusal.too_large, detail=detail))
            )
            continue
        if total + size > budget:
            break
        total += size
        fitting.append(entry)
        fitting_ops.append(op)
    return fitting, fitting_ops, oversized


def _record_results(
    connection: Connection, entries: Sequence[Any], results: Sequence[OpResult], stats: PushStats
) -> None:
    by_id = {result.op_id: result for result in results}
    now = utcnow()
    rows: list[Change] = []
    for entry in entries:
        result = by_id.get(str(entry.op_id))
        if result is None:
            continue
        final = result.status is not OpStatus.error
        failures = 0 if final else entry.failures + 1
        parked = (
            result.status is OpStatus.refused and result.reason in PARKING_REFUSALS
        ) or failures >= MAX_ERRORS
        connection.execute(
            update(OutboxEntry)
            .where(OutboxEntry.op_id == entry.op_id)
            .values(
                done_at=now if final and not parked else None,
                parked_at=now if parked else None,
                failures=failures,
                attempts=OutboxEntry.attempts + 1,
                last_result={
                    "status": result.status.value,
                    "reason": result.reason,
                    "detail": result.detail,
                },
            )
        )
        if parked:
            stats.parked += 1
            log.sync.warning(
                "operation %s on %s parked: the hub answered %s (%s)",
                entry.op_id,
                entry.entity,
                result.status.value,
                result.reason or "no reason",
            )
        if result.status is OpStatus.refused:
            stats.refused += 1
        elif final:
            stats.pushed += 1
        elif not parked:
            stats.failed += 1
        if final and result.row is not None:
            rows.append(
                Change(
                    cursor=Cursor(),
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    op="upsert",
                    row=result.row,
                    hlc=str(result.row.get("hlc", "")),
                    origin=str(result.row.get("origin", "")),
                )
            )
    if rows:
        # The hub's merged row replaces the kiosk's, unless the kiosk changed it again since.
        applied = apply_changes(connection, rows)
        stats.conflicts += applied.conflicts


# -- pull -----------------------------------------------------------------------------------


@dataclass
class PullStats:
    pulled: int = 0
    conflicts: int = 0
    reset: bool = False
    clock_warning: bool = False
    entities: set[str] = field(default_factory=set)
    quarantined: int = 0


def pull(database: Database, client: HubClient) -> PullStats:
    """Pull pages until the log is exhausted; each page and its cursor in one transaction."""
    return run_steps(pull_steps(database, client))


def pull_steps(database: Database, client: HubClient) -> Generator[str, None, PullStats]:
    """`pull`, one page per step. The next page is already on its way (a second thread asks
    the hub for it) while this one is applied: the hub's time and the kiosk's overlap."""
    stats = PullStats()
    with database.engine.connect() as connection:
        cursor = Cursor.parse(read_state(connection).get(KEY_CURSOR, ""))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
        try:
            reply = client.pull(cursor)
        except CursorUnknownError:
            # The hub never issued this cursor: read its log again from the start (this
            # kiosk's cost only; pulled rows merge as usual, the outbox stays as it is).
            log.sync.warning("the hub does not know cursor %s: pulling from the start", cursor)
            reply = client.pull(Cursor())
        while True:
            if abs(reply.hub_time_ms - database.clock.wall_ms()) > MAX_DRIFT_MS:
                stats.clock_warning = True
            if reply.reset:
                stats.reset = True
                _forget_epoch(database, reply.epoch)
                client.epoch = reply.epoch
                return stats
            client.epoch = reply.epoch
            upcoming = fetcher.submit(client.pull, reply.next) if reply.more else None
            try:
                with database.engine.begin() as connection:
                    applied = apply_changes(connection, reply.changes)
                    write_state(connection, **{KEY_CURSOR: str(reply.next), KEY_EPOCH: reply.epoch})
            except BaseException:
                if upcoming is not None:
                    upcoming.cancel()
                    with suppress(Exception):
                        upcoming.result()
                raise
            stats.pulled += len(reply.changes)
            stats.conflicts += applied.conflicts
            stats.quarantined += len(applied.quarantined)
            stats.entities.update(change.entity for change in reply.changes)
            # The clock follows the stamps of the changes applied, not a quarantined one's.
            refused = {id(change) for change in applied.quarantined}
            newest = max((c.hlc for c in reply.changes if id(c) not in refused), default="")
            if newest:
                try:
                    database.clock.receive(newest)
                except (ClockSkewError, ValueError):
                    stats.clock_warning = True
            if upcoming is None:
                return stats
            yield "pull"
            reply = upcoming.result()


def _forget_epoch(database: Database, epoch: str) -> None:
    """The hub was restored from a backup: re-send everything kept, pull from the start."""
    with database.engine.begin() as connection:
        connection.execute(
            update(OutboxEntry).where(OutboxEntry.done_at.is_not(None)).values(done_at=None)
        )
        write_state(connection, **{KEY_EPOCH: epoch, KEY_CURSOR: str(Cursor())})
    log.sync.warning("the hub has a new epoch: re-sending kept operations, pulling anew")


# -- one round ------------------------------------------------------------------------------


def sync_now(
    target: AppContext | Database,
    *,
    http: httpx.Client | None = None,
    machine: str | None = None,
) -> SyncSummary:
    """One push and one pull (twice after a hub restore). Raises `HubUnreachableError`,
    `SchemaMismatchError` (stop pushing; the outbox is kept) or `HubRefusedError`.
    With a context, acknowledged outbox entries older than `outbox_keep_days` go after it."""
    config = getattr(target, "config", None)
    keep = None if config is None else int(config.outbox_keep_days)
    return run_steps(sync_steps(target, http=http, machine=machine, keep_done_days=keep))


def sync_steps(
    target: AppContext | Database,
    *,
    http: httpx.Client | None = None,
    machine: str | None = None,
    timeout_s: float | None = None,
    keep_done_days: int | None = None,
) -> Generator[str, None, SyncSummary]:
    """`sync_now` in steps: each `next()` sends one batch or applies one page, and the summary
    comes with `StopIteration`. The running kiosk takes one step per task, so a long first
    sync never holds the task runner for long. Closing the generator closes the connection."""
    database = _database_of(target)
    started = time.perf_counter()
    pushed = refused = pulled = conflicts = quarantined = failed = parked = 0
    clock_warning = reset = False
    entities: set[str] = set()
    try:
        with open_client(database, http=http, machine=machine, timeout_s=timeout_s) as client:
            # A second round only after the hub turned out to be restored from a backup.
            for _round in range(2):
                pushing = yield from push_steps(database, client)
                pushed += pushing.pushed
                refused += pushing.refused
                conflicts += pushing.conflicts
                failed += pushing.failed
                parked += pushing.parked
                clock_warning |= pushing.clock_warning
                if pushing.new_epoch:
                    _forget_epoch(database, pushing.new_epoch)
                    client.epoch = pushing.new_epoch
                    reset = True
                    continue
                yield "pushed"
                pulling = yield from pull_steps(database, client)
                pulled += pulling.pulled
                conflicts += pulling.conflicts
                quarantined += pulling.quarantined
                clock_warning |= pulling.clock_warning
                entities |= pulling.entities
                if not pulling.reset:
                    break
                reset = True
            sent, received = client.bytes_sent, client.bytes_received
    except KnownError as error:
        _record_failure(database, error)
        raise
    except Exception:
        _record_failure(database, _unexpected_failure())
        raise
    summary = SyncSummary(
        pushed=pushed,
        pulled=pulled,
        conflicts=conflicts,
        duration_s=time.perf_counter() - started,
        clock_warning=clock_warning,
        refused=refused,
        epoch_reset=reset,
        bytes_sent=sent,
        bytes_received=received,
        entities=tuple(sorted(entities)),
        quarantined=quarantined,
        failed=failed,
        parked=parked,
    )
    with database.engine.begin() as connection:
        write_state(
            connection,
            **{
                KEY_LAST_SUCCESS: utcnow().isoformat(),
                KEY_OFFLINE_SINCE: "",
                # Operations the hub keeps answering with an error are the round's problem.
                KEY_LAST_ERROR: _problem_json(_ops_failing(failed)) if failed else "",
                KEY_CLOCK_WARNING: "1" if clock_warning else "",
            },
        )
        if keep_done_days is not None:
            prune_outbox(connection, keep_days=keep_done_days)
    return summary


def prune_outbox(connection: Connection, *, keep_days: int, now: datetime | None = None) -> int:
    """Delete the outbox entries the hub acknowledged more than `keep_days` ago; returns how
    many. Entries still waiting for the hub are never touched."""
    before = (now or utcnow()) - timedelta(days=max(0, keep_days))
    result = connection.execute(
        delete(OutboxEntry).where(OutboxEntry.done_at.is_not(None), OutboxEntry.done_at < before)
    )
    pruned = int(result.rowcount or 0)
    if pruned:
        log.sync.info(
            "outbox: %d acknowledged entries older than %d days deleted", pruned, keep_days
        )
    return pruned


def run_steps(steps: Generator[str, None, T]) -> T:
    """Run a stepwise operation to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: T = done.value
            return result


def _problem_json(message: Message, code: str = "") -> str:
    problem: dict[str, Any] = {
        "context": message.context,
        "source": message.source,
        "params": dict(message.params),
    }
    if code:
        problem["code"] = code
    return json.dumps(problem, ensure_ascii=False)


def _record_failure(database: Database, error: KnownError) -> None:
    code = error.code if isinstance(error, HubRefusedError) else ""
    with database.engine.begin() as connection:
        state = read_state(connection)
        values = {KEY_LAST_ERROR: _problem_json(error.message, code)}
        if isinstance(error, HubUnreachableError) and not state.get(KEY_OFFLINE_SINCE):
            values[KEY_OFFLINE_SINCE] = utcnow().isoformat()
        write_state(connection, **values)


def _recorded_problem(text: str) -> tuple[Message | None, str]:
    """The last failure as recorded by `_record_failure`, and its refusal code."""
    if not text:
        return None, ""
    try:
        data = json.loads(text)
        return Message(str(data["context"]), str(data["source"]), dict(data["params"])), str(
            data.get("code") or ""
        )
    except (ValueError, KeyError, TypeError):
        # Recorded by an older version, in English only.
        return _unexpected_failure().message, ""


def sync_status(target: AppContext | Database) -> SyncStatus:
    """What the facilitator sees: last success, operations waiting, offline since."""
    database = _database_of(target)
    with database.engine.connect() as connection:
        state = read_state(connection)
        waiting = connection.execute(
            select(OutboxEntry.parked_at.is_not(None), func.count())
            .where(OutboxEntry.done_at.is_(None))
            .group_by(OutboxEntry.parked_at.is_not(None))
        ).all()
        quarantined = connection.scalar(select(func.count()).select_from(QuarantinedChange))
    counts = {bool(parked): int(count) for parked, count in waiting}

    def moment(key: str) -> datetime | None:
        text = state.get(key, "")
        return datetime.fromisoformat(text) if text else None

    problem, code = _recorded_problem(state.get(KEY_LAST_ERROR, ""))

    return SyncStatus(
        enrolled=bool(state.get(KEY_TOKEN)),
        hub_url=state.get(KEY_HUB_URL, ""),
        antenna_slug=state.get(KEY_ANTENNA_SLUG, ""),
        pending_ops=counts.get(False, 0),
        last_success_at=moment(KEY_LAST_SUCCESS),
        offline_since=moment(KEY_OFFLINE_SINCE),
        last_error="" if problem is None else problem.untranslated(),
        clock_warning=bool(state.get(KEY_CLOCK_WARNING)),
        last_error_code=code,
        problem=problem,
        quarantined_changes=int(quarantined or 0),
        parked_ops=counts.get(True, 0),
    )


# -- what could not be synced ------------------------------------------------------------------


@dataclass(frozen=True)
class QuarantineLine:
    """A change from the hub this kiosk could not apply."""

    entity: str
    entity_id: str
    error: str
    at: datetime
    cursor: str


@dataclass(frozen=True)
class ParkedLine:
    """An operation of this kiosk the hub refused as bad or kept answering with an error."""

    op_id: str
    entity: str
    entity_id: str
    operation: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class SyncProblems:
    quarantined: tuple[QuarantineLine, ...]
    parked: tuple[ParkedLine, ...]

    def to_json(self) -> dict[str, Any]:
        def plain(line: QuarantineLine | ParkedLine) -> dict[str, Any]:
            data = asdict(line)
            data["at"] = line.at.isoformat()
            return data

        return {
            "quarantined_changes": [plain(line) for line in self.quarantined],
            "parked_ops": [plain(line) for line in self.parked],
        }


def sync_problems(target: AppContext | Database) -> SyncProblems:
    """The quarantined changes and the parked operations, oldest first."""
    database = _database_of(target)
    with database.engine.connect() as connection:
        quarantined = connection.execute(
            select(
                QuarantinedChange.entity,
                QuarantinedChange.entity_id,
                QuarantinedChange.error,
                QuarantinedChange.quarantined_at,
                QuarantinedChange.cursor,
            ).order_by(QuarantinedChange.seq)
        ).all()
        parked = connection.execute(
            select(
                OutboxEntry.op_id,
                OutboxEntry.entity,
                OutboxEntry.entity_id,
                OutboxEntry.operation,
                OutboxEntry.last_result,
                OutboxEntry.parked_at,
            )
            .where(OutboxEntry.parked_at.is_not(None), OutboxEntry.done_at.is_(None))
            .order_by(OutboxEntry.op_id)
        ).all()
    return SyncProblems(
        quarantined=tuple(QuarantineLine(*row) for row in quarantined),
        parked=tuple(
            ParkedLine(
                op_id=str(op_id),
                entity=entity,
                entity_id=entity_id,
                operation=str(operation),
                reason=_parked_reason(result),
                at=at,
            )
            for op_id, entity, entity_id, operation, result, at in parked
        ),
    )


def _parked_reason(result: dict[str, Any] | None) -> str:
    if not result:
        return ""
    status, reason = str(result.get("status") or ""), str(result.get("reason") or "")
    return f"{status}: {reason}" if reason else status


@dataclass(frozen=True)
class RetryOutcome:
    # Quarantined changes applied this time (or made moot by the kiosk's own newer change),
    # and those still quarantined (with their new error).
    applied: int
    still_quarantined: int
    # Parked operations queued again for the next sync.
    requeued: int
    # The rows the quarantined changes wrote, and the audit entry (screens refresh).
    entities: tuple[str, ...] = ()

    @property
    def changes(self) -> Changes:
        return Changes(Entity.known((*self.entities, Entity.AUDIT_ENTRY.value)))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("entities")
        return data


def retry_problems(
    target: AppContext | Database, *, actor: uuid.UUID | None = None, via: str = "cli"
) -> RetryOutcome:
    """Apply the quarantined changes again (after an upgrade, say) and queue the parked
    operations again, in one transaction with its audit entry (`actor`: the facilitator who
    asked on the kiosk, None from the command line). A change that still cannot be applied
    goes back to the quarantine with its new error; the operations leave at the next sync."""
    from app.audit import record_audit_in

    database = _database_of(target)
    with database.transaction() as session:
        connection = session.connection()
        held = connection.execute(select(QuarantinedChange).order_by(QuarantinedChange.seq)).all()
        connection.execute(delete(QuarantinedChange))
        changes = [_quarantined_change(row) for row in held]
        stats = apply_changes(connection, changes) if changes else None
        still = 0 if stats is None else len(stats.quarantined)
        requeued = connection.execute(
            update(OutboxEntry)
            .where(OutboxEntry.parked_at.is_not(None), OutboxEntry.done_at.is_(None))
            .values(parked_at=None, failures=0)
        ).rowcount
        outcome = RetryOutcome(
            applied=len(changes) - still,
            still_quarantined=still,
            requeued=int(requeued or 0),
            entities=tuple(sorted({change.entity for change in changes})),
        )
        record_audit_in(
            session, actor=actor, action="sync_retry", details={"via": via, **outcome.to_json()}
        )
    log.sync.info(
        "retry: %d quarantined change(s) applied, %d still quarantined, %d operation(s) queued",
        outcome.applied,
        outcome.still_quarantined,
        outcome.requeued,
    )
    return outcome


def _quarantined_change(row: Any) -> Change:
    try:
        cursor = Cursor.parse(row.cursor)
    except ValueError:
        cursor = Cursor()
    try:
        data = json.loads(row.row)
    except ValueError:
        data = {}
    return Change(
        cursor=cursor,
        entity=row.entity,
        entity_id=row.entity_id,
        op=row.op,
        row=data if isinstance(data, dict) else {},
        hlc=row.hlc,
        origin=row.origin,
    )


def summary_json(summary: SyncSummary | SyncStatus) -> str:
    return json.dumps(summary.to_json(), ensure_ascii=False)


# -- the running kiosk's schedule -------------------------------------------------------------

# However long the hub stays away, the kiosk tries again at least this often.
MAX_RETRY_S = 3600.0


def next_attempt_s(interval_s: float, failures: int, *, cap_s: float = MAX_RETRY_S) -> float:
    """Seconds until the next sync: the interval after a success, then doubling with every
    failure in a row (exponential backoff), never more than `cap_s` (nor less than the
    interval, when the interval itself is longer)."""
    if failures <= 0:
        return interval_s
    return min(interval_s * 2.0 ** min(failures, 20), max(cap_s, interval_s))
