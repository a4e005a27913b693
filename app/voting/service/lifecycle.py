"""A vote's life: draft → open → closed → published, the results revealed between closing and
publishing, and the kept results (with who voted what in a named vote).

Opening makes the box: one empty slot per ballot that could come (`app/voting/slots.py`).
Closing seals the box (its digest chained in the ledger, the box handed to the hub's sync as one
batch), tallies it and keeps the result. It also wipes from the kiosk's file what is left of
the vote's layout (docs/architecture.md, "Secrecy and integrity"): the filled slots become
ballot rows written in sorted order, the slots are deleted and zeroed (`secure_delete`,
`db/engine.py`) and the WAL is checkpointed and emptied, after everyone who voted was
announced, at once and sorted (`VotesCast`: the journey's steps are ticked with one time).
Contract: one action is one function and one transaction, its ledger entries and audit line
included; `publish_results` first reveals, in a transaction of its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import log
from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP
from app.events import VotesCast
from app.voting import ledger, slots
from app.voting.service._common import _audit, _refuse, _require, _vote
from app.voting.service._figures import _result_digest, _results
from app.voting.service._sealed import closing_facts, opening_facts
from app.voting.types import NamedLine, named_choices
from db.models import (
    Attendance,
    NamedBallot,
    Person,
    Proxy,
    Vote,
    VoterRoll,
    VoteStatus,
)


def open_vote(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    actor: uuid.UUID | None = None,
    minutes: int | None = None,
) -> Changes:
    """draft → open; `minutes` sets a countdown (the vote still closes by hand)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft)
        now = utcnow()
        vote.status = VoteStatus.open
        vote.opened_at = now
        vote.closes_at = now + timedelta(minutes=minutes) if minutes else None
        # Everything the minutes and the projector will print of the vote, sealed.
        ledger.append(session, vote, "opened", opening_facts(session, vote))
        # The box, made now, before anyone can vote: one empty slot per possible ballot.
        slots.allocate_at_opening(session, vote)
        _audit(session, actor, "vote_open", vote.id)
    return Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)


def close_vote(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> dict[str, Any]:
    """open → closed: the ballot box digest is chained, the tally is taken and kept (hidden
    until revealed). Returns the results."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        vote.status = VoteStatus.closed
        vote.closed_at = utcnow()
        box = slots.seal_box(session, vote)
        voters = _voters(session, vote)
        count, digest = ledger.box_digest(session, vote.id, box)
        ledger.append(
            session,
            vote,
            "closed",
            {"ballots": count, "digest": digest, **closing_facts(session, vote, box=box)},
        )
        # The box leaves for the hub now, as one batch (never ballot by ballot).
        from app.sync.ballot_box import record_closed_box

        record_closed_box(session, vote, digest=digest, box=box)
        result = _results(session, vote, box=box)
        vote.result = result
        ledger.append(session, vote, "tallied", {"digest": _result_digest(result)})
        _audit(session, actor, "vote_close", vote.id, {"ballots": count})
    ctx.events.publish(ctx, VotesCast(vote_id=vote_id, person_ids=tuple(voters)))
    _empty_wal(ctx)
    return result


def _voters(session: Session, vote: Vote) -> list[uuid.UUID]:
    """Who voted, sorted: the roll's voters, a proxy holder instead of an absent giver."""
    voted = set(
        session.scalars(
            select(VoterRoll.person_id).where(
                VoterRoll.vote_id == vote.id, VoterRoll.has_voted.is_(True)
            )
        )
    )
    present = set(
        session.scalars(
            select(Attendance.person_id).where(
                Attendance.vote_id == vote.id, Attendance.present.is_(True)
            )
        )
    )
    for giver, holder in session.execute(
        select(Proxy.giver_id, Proxy.holder_id).where(
            Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None)
        )
    ):
        if giver in voted and giver not in present:
            voted.discard(giver)
            voted.add(holder)
    return sorted(voted)


def _empty_wal(ctx: AppContext) -> None:
    """The WAL checkpointed and emptied after the close: waiting for readers to finish, since
    the box was just written again. A reader still open elsewhere is logged."""
    if not ctx.db.empty_wal():
        log.voting.warning("The WAL could not be emptied after a vote closed: a reader is open")


def reveal_results(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> Changes:
    """The results may now be shown on the projector."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.closed, VoteStatus.published)
        if vote.rules.get("revealed"):
            return Changes()  # revealed already: nothing written
        vote.rules = {**vote.rules, "revealed": True}
        ledger.append(session, vote, "revealed", {})
        _audit(session, actor, "vote_reveal", vote.id)
    return Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)


def publish_results(
    ctx: AppContext, vote_id: uuid.UUID, *, actor: uuid.UUID | None = None
) -> Changes:
    """closed → published (revealing them first if they were not)."""
    revealed = reveal_results(ctx, vote_id, actor=actor)
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.closed)
        vote.status = VoteStatus.published
        vote.published_at = utcnow()
        ledger.append(session, vote, "published", {})
        _audit(session, actor, "vote_publish", vote.id)
    return revealed | Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)


def results(ctx: AppContext, vote_id: uuid.UUID) -> dict[str, Any]:
    """The kept results of a closed vote (the engine's output plus turnout)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        if vote.result is None:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "The vote is not closed yet: no results."))
        out = dict(vote.result)
        if not vote.secret:
            out["named"] = _named_json(vote, _named_lines(session, vote))
        return out


def named_lines(ctx: AppContext, vote_id: uuid.UUID) -> list[NamedLine]:
    """Who voted what in a named vote (by name); empty for a secret vote."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        return [] if vote.secret else _named_lines(session, vote)


def _full_name(person: Person | None) -> str:
    if person is None:
        return "?"
    return " ".join(part for part in (person.first_name, person.last_name) if part) or "?"


def _named_lines(session: Session, vote: Vote) -> list[NamedLine]:
    rows = session.scalars(
        select(NamedBallot).where(NamedBallot.vote_id == vote.id, NamedBallot.content.is_not(None))
    ).all()
    # Voters and proxy holders in one query (a general assembly's named vote has hundreds).
    ids = {row.person_id for row in rows} | {row.cast_by_id for row in rows if row.cast_by_id}
    people = {
        person.id: person for person in session.scalars(select(Person).where(Person.id.in_(ids)))
    }
    lines = [
        NamedLine(
            person_id=row.person_id,
            name=_full_name(people.get(row.person_id)),
            content=dict(row.content or {}),
            weight=row.weight,
            cast_by=_full_name(people.get(row.cast_by_id)) if row.cast_by_id else "",
        )
        for row in rows
    ]
    lines.sort(key=lambda line: (line.name.casefold(), str(line.person_id)))
    return lines


def _named_json(vote: Vote, lines: Sequence[NamedLine]) -> dict[str, Any]:
    by_choice: dict[str, list[str]] = {}
    for line in lines:
        for choice in named_choices(vote.method.value, line.content):
            by_choice.setdefault(choice, []).append(line.name)
    return {
        "by_choice": by_choice,
        "ballots": [
            {
                "person": str(line.person_id),
                "name": line.name,
                "content": dict(line.content),
                "weight": line.weight,
                "proxy_holder": line.cast_by or None,
            }
            for line in lines
        ],
    }
