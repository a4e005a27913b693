"""A closed vote's ballot box, sent to the hub as one batch (docs/architecture.md, "Secrecy and
integrity").

Ballots, the voter roll and ballot tokens are never synced row by row: their per-row outbox
entries (UUIDv7 op ids, HLC stamps) would tell the hub in which order ballots were cast. When
a vote closes, `record_closed_box` writes, in the close's own transaction, one outbox entry
(entity `ballot_box`, id = the vote's id, operation `insert`, created at the close: its op id
says nothing of casting) whose payload holds:

- the ballots (random id, content, weight, channel) in the order of their canonical JSON — the
  order in which the ledger's digest takes them, never the order they were cast;
- the roll's summary: how many voted by each channel, and who voted (person ids, sorted, with
  no channel and no time: the roll's channel next to the ballots' channel could single out the
  one person who voted by phone);
- the ballot box digest the ledger recorded at close, and the count and weight of ballots;
- for a named (non-secret) vote only, who voted what (`NamedBallot`, public by design), sorted
  by person.

No time finer than the vote's own is in it. The hub keeps it append-only (one per vote), shows
it to no kiosk, and checks it with `box_digest` below: `app.digests`' computation, the very one
the ledger records at close (the hub may not import `app.voting`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import digests
from app.clock import HybridClock
from app.digests import canonical
from db.models import NamedBallot, OutboxEntry, Vote, VoteChannel, VoterRoll
from db.outbox import SCHEMA_VERSION, OutboxOperation

ENTITY = "ballot_box"
# The fields of a box's payload (`box_payload`): the hub refuses any other (`app.sync.schema`).
FIELDS = frozenset(
    {"id", "vote_id", "antenna_id", "ballots", "ballot_count", "weight", "digest", "roll", "named"}
)


def box_digest(ballots: Iterable[Mapping[str, Any]]) -> str:
    """The digest of the ballots as sent (the one `app.voting.ledger` seals the vote with)."""
    rows = ((b["id"], b["content"], b["weight"], b["channel"]) for b in ballots)
    return digests.box_digest(rows)[1]


class BoxedBallot(Protocol):
    """A ballot of the box as the vote's close read it (`app.voting.slots.BoxedBallot`; the
    hub imports this module, and nothing of the voting feature)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def content(self) -> dict[str, Any]: ...
    @property
    def weight(self) -> int: ...
    @property
    def channel(self) -> VoteChannel: ...


def box_payload(
    session: Session, vote: Vote, *, digest: str, box: Sequence[BoxedBallot]
) -> dict[str, Any]:
    """What leaves the kiosk for a closed vote (see the module's docstring): `box` is the
    box as the close read it."""
    ballots: list[dict[str, Any]] = [
        {
            "id": str(ballot.id),
            "content": ballot.content,
            "weight": ballot.weight,
            "channel": ballot.channel.value,
        }
        for ballot in box
    ]
    ballots.sort(key=canonical)
    voted = session.execute(
        select(VoterRoll.person_id, VoterRoll.channel).where(
            VoterRoll.vote_id == vote.id, VoterRoll.has_voted.is_(True)
        )
    ).all()
    by_channel: dict[str, int] = {}
    for _person, channel in voted:
        key = "" if channel is None else str(channel)
        by_channel[key] = by_channel.get(key, 0) + 1
    named: list[dict[str, Any]] = []
    if not vote.secret:
        named = [
            {
                "person_id": str(row.person_id),
                "cast_by_id": None if row.cast_by_id is None else str(row.cast_by_id),
                "content": row.content,
                "weight": row.weight,
                "channel": str(row.channel),
            }
            for row in session.scalars(
                select(NamedBallot)
                .where(NamedBallot.vote_id == vote.id, NamedBallot.content.is_not(None))
                .order_by(NamedBallot.person_id)
            )
        ]
    return {
        "id": str(vote.id),
        "vote_id": str(vote.id),
        "antenna_id": None if vote.antenna_id is None else str(vote.antenna_id),
        "ballots": ballots,
        "ballot_count": len(ballots),
        "weight": sum(int(ballot["weight"]) for ballot in ballots),
        "digest": digest,
        "roll": {
            "voted": sorted(str(person_id) for person_id, _channel in voted),
            "by_channel": dict(sorted(by_channel.items())),
        },
        "named": named,
    }


def record_closed_box(
    session: Session, vote: Vote, *, digest: str, box: Sequence[BoxedBallot]
) -> None:
    """At close, in the close's transaction: the box's one outbox entry for the hub."""
    clock = session.info.get("clock")
    stamp = str(clock.now()) if isinstance(clock, HybridClock) else ""
    session.add(
        OutboxEntry(
            entity=ENTITY,
            entity_id=str(vote.id),
            operation=OutboxOperation.insert,
            payload=box_payload(session, vote, digest=digest, box=box),
            hlc=stamp,
            schema_version=SCHEMA_VERSION,
        )
    )


def box_problems(payload: Mapping[str, Any], *, ledger_digest: str | None) -> list[str]:
    """What is wrong with a received box (empty when it matches its digest), for the hub."""
    ballots: Sequence[Mapping[str, Any]] = payload.get("ballots") or []
    problems: list[str] = []
    try:
        digest = box_digest(ballots)
    except (KeyError, TypeError):
        return ["malformed_ballots"]
    if digest != payload.get("digest"):
        problems.append("digest_mismatch")
    if ledger_digest is not None and ledger_digest != payload.get("digest"):
        problems.append("ledger_digest_mismatch")
    if payload.get("ballot_count") != len(ballots):
        problems.append("count_mismatch")
    try:
        uuid.UUID(str(payload.get("vote_id")))
    except ValueError:
        problems.append("bad_vote_id")
    return problems
