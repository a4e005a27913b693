"""The hash-chained ledger of a vote (docs/architecture.md, "Secrecy and integrity").

Each entry's hash is `sha256(prev_hash + canonical JSON of {"kind", "payload"})`; the first
entry chains on 64 zeros. Events: `opened` (the vote as it was opened: everything the minutes
print of it), `roll_call`, `proxy`, `proxy_revoked`, `codes_issued`, `ballot_cast` (the running
count only: never which ballot, and no time finer than the vote's own), `analog_count`,
`correction`, `closed` (the digest of the whole ballot box taken in sorted order, and the
turnout, roll, proxies and codes as they stood), `tallied` (the digest of the results),
`revealed`, `published`. What the `opened` and `closed` payloads hold, and the ledger's format
(versioned in the `opened` payload, never in the hash), is `app/voting/service/_sealed.py`'s.

`verify` recomputes the chain, compares the vote with what its entries sealed, recomputes the
ballot box digest and the tally, and says what differs.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import digests
from app.digests import canonical
from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting import slots
from db.models import LedgerEntry, Vote

CONTEXT = "Voting"
GENESIS = "0" * 64
# Entries written in the transaction that records a ballot or a person as having voted: they
# carry no time of their own.
UNTIMED = frozenset({"ballot_cast", "codes_issued"})


def entry_hash(prev_hash: str, kind: str, payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(
        prev_hash.encode() + canonical({"kind": kind, "payload": dict(payload)})
    ).hexdigest()


def _last(session: Session, vote_id: uuid.UUID) -> tuple[int, str]:
    row = session.execute(
        select(LedgerEntry.seq, LedgerEntry.hash)
        .where(LedgerEntry.vote_id == vote_id)
        .order_by(LedgerEntry.seq.desc())
        .limit(1)
    ).first()
    return (row.seq, row.hash) if row is not None else (0, GENESIS)


def append(
    session: Session, vote: Vote, kind: str, payload: Mapping[str, Any] | None = None
) -> str:
    """Chain one event of `vote` in the current transaction; returns its hash."""
    data = dict(payload or {})
    seq, prev = _last(session, vote.id)
    digest = entry_hash(prev, kind, data)
    if kind in UNTIMED:
        # Core, on purpose: an ORM insert of a synced row stamps an HLC and queues an outbox
        # row with a UUIDv7 op id, both of which record the second the ballot was cast (or,
        # for a phone code handed after a badge scan, the second that person's roll row was
        # flipped: docs/architecture.md, "Secrecy and integrity"). The
        # entry carries a random id and the vote's opening time instead: its place in the
        # chain is all it says. (It is not pushed row by row; it leaves with the box.)
        stamp: datetime = vote.opened_at or vote.created_at
        session.execute(
            insert(LedgerEntry),
            [
                {
                    "id": uuid.uuid4(),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "hlc": "",
                    "origin": "",
                    "deleted_at": None,
                    "vote_id": vote.id,
                    "seq": seq + 1,
                    "prev_hash": prev,
                    "hash": digest,
                    "kind": kind,
                    "payload": data,
                }
            ],
        )
    else:
        session.add(
            LedgerEntry(
                vote_id=vote.id, seq=seq + 1, prev_hash=prev, hash=digest, kind=kind, payload=data
            )
        )
        session.flush()
    return digest


def last_hash(session: Session, vote_id: uuid.UUID) -> str:
    return _last(session, vote_id)[1]


def box_digest(
    session: Session, vote_id: uuid.UUID, box: Sequence[slots.BoxedBallot] | None = None
) -> tuple[int, str]:
    """(number of ballots, sha256 of the whole box taken in sorted order); `box`: the box
    already read."""
    return digests.box_digest(
        (ballot.id, ballot.content, ballot.weight, str(ballot.channel))
        for ballot in (slots.ballots(session, vote_id) if box is None else box)
    )


def _problem(source: str, **params: Any) -> Message:
    return Message(CONTEXT, source, params)


def check_chain(entries: list[LedgerEntry]) -> list[Message]:
    """What is wrong with a vote's chain of entries (ordered by seq); empty when intact."""
    problems: list[Message] = []
    prev = GENESIS
    for expected_seq, entry in enumerate(entries, start=1):
        if entry.seq != expected_seq:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Voting", "Ledger entry {seq} is missing or out of place (found {found})."
                    ),
                    seq=expected_seq,
                    found=entry.seq,
                )
            )
            return problems
        if entry.prev_hash != prev:
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Voting", "Ledger entry {seq} does not follow the one before it."
                    ),
                    seq=entry.seq,
                )
            )
        if entry.hash != entry_hash(entry.prev_hash, entry.kind, entry.payload):
            problems.append(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Voting", "Ledger entry {seq} ({kind}) was altered: its hash differs."
                    ),
                    seq=entry.seq,
                    kind=entry.kind,
                )
            )
        prev = entry.hash
    return problems


def entries_of(session: Session, vote_id: uuid.UUID) -> list[LedgerEntry]:
    return list(
        session.scalars(
            select(LedgerEntry).where(LedgerEntry.vote_id == vote_id).order_by(LedgerEntry.seq)
        )
    )
