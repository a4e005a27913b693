"""The hub's epoch and txid offset (kept in `HubMeta`), and the transaction ids of the change log.

The epoch names this hub's history: a kiosk that pulled from another epoch (the hub was
restored) starts again from the beginning. Only an administrator (`antenne hub restore-mark`)
or the hub's own start-up check (`check_restored`) renews it, never a kiosk's request: one
device must not make every kiosk of the cooperative send and read everything again.

On PostgreSQL, a change is logged with its transaction's id plus the txid offset, which a
restore raises above every logged change so that the log's order keeps growing (see
`rotate_epoch`). On SQLite, txids are all 0.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, ColumnElement, Text, cast, func, literal, select, update
from sqlalchemy.orm import Session

from app import log
from hub.models import Device, HubChange, HubMeta

EPOCH_KEY = "epoch"
TXID_OFFSET_KEY = "txid_offset"


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

    Every device's nonce chain starts again too: the restored devices' rows hold nonces older
    than those their kiosks last received, which would otherwise look like copies of them
    (`enrolment.authenticate`). Each kiosk's next push starts its device's chain anew.

    On PostgreSQL, also raise the txid offset above every logged change: a database restored
    with pg_dump counts transactions from lower numbers than the rows it restored carry.
    """
    epoch = uuid.uuid4().hex
    _set_meta(session, EPOCH_KEY, epoch)
    session.execute(
        update(Device)
        .where(Device.nonce != "")
        .values(nonce="", nonce_before="", nonce_op_id="")
        .execution_options(synchronize_session=False)
    )
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


def txid_expr(session: Session) -> ColumnElement[int]:
    """The txid a change written now is logged with (its transaction's, plus the offset)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(cast(func.pg_current_xact_id(), Text), BigInteger) + txid_offset(session)
    return literal(0, BigInteger)


def visible_below(session: Session) -> ColumnElement[int] | None:
    """Changes of transactions below this are all finished: none can still appear there."""
    if session.get_bind().dialect.name == "postgresql":
        xmin = func.pg_snapshot_xmin(func.pg_current_snapshot())
        return cast(cast(xmin, Text), BigInteger) + txid_offset(session)
    return None
