"""Who may vote and who is here: eligibility, the roll call at the door, proxies and turnout.

The voter roll (`VoterRoll`) says who may vote and whether they did; being present
(`Attendance`) is what lets an eligible person vote or hold a proxy. A proxy holder casts one
separate ballot per proxy, at most the body's `proxy_cap`. Contract: one action is one function
and one transaction, its ledger entry and audit line included.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Entity
from app.clock import utcnow
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP
from app.voting import ledger, slots
from app.voting.service._common import (
    _audit,
    _eligible,
    _is_present,
    _not_eligible,
    _person,
    _refuse,
    _require,
    _vote,
)
from app.voting.service._figures import _turnout
from app.voting.types import RollLine, Turnout, VoteInfo
from db.models import Attendance, Person, Proxy, Vote, VoterRoll, VoteStatus


def _add_to_roll(session: Session, vote: Vote, person_id: uuid.UUID, weight: int) -> None:
    """A row on the roll and, once the vote is open, the empty slot its ballot will fill (in
    draft the slots are made at opening: `app/voting/slots.py`)."""
    session.add(VoterRoll(vote_id=vote.id, person_id=person_id, weight=weight))
    if vote.status is VoteStatus.open:
        slots.allocate(session, vote, 1)


def mark_present(
    ctx: AppContext,
    vote_id: uuid.UUID,
    person_id: uuid.UUID,
    *,
    weight: int = 1,
    present: bool = True,
    by: str = "badge",
    actor: uuid.UUID | None = None,
) -> RollLine:
    """Roll call: the person is in the room (badge at the door, or ticked by a facilitator).
    An eligible person goes on the voter roll with `weight`; anyone may be present."""
    if weight < 1:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "A weight is a whole number of at least 1."))
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        person = _person(session, person_id)
        attendance = session.scalar(
            select(Attendance).where(
                Attendance.vote_id == vote.id, Attendance.person_id == person.id
            )
        )
        roll = session.get(VoterRoll, (vote.id, person.id))
        if not present:
            if attendance is None or not attendance.present:
                return _roll_line(session, vote, person)
            attendance.present = False
        else:
            if attendance is None:
                session.add(
                    Attendance(vote_id=vote.id, person_id=person.id, present=True, weight=weight)
                )
            elif attendance.present and attendance.weight == weight:
                return _roll_line(session, vote, person)
            else:
                attendance.present = True
                attendance.weight = weight
            if _eligible(vote, person):
                if roll is None:
                    _add_to_roll(session, vote, person.id, weight)
                elif not roll.has_voted:
                    roll.weight = weight
        session.flush()
        turnout = _turnout(session, vote)
        ledger.append(
            session,
            vote,
            "roll_call",
            {
                "person": str(person.id),
                "present": present,
                "weight": weight,
                "by": by,
                "present_weight": turnout.present,
            },
        )
        _audit(session, actor, "vote_roll_call", vote.id, {"person": str(person.id)})
        return _roll_line(session, vote, person)


def record_proxy(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    holder_id: uuid.UUID,
    actor: uuid.UUID | None = None,
) -> Changes:
    """`giver` (absent, eligible) lets `holder` (present, eligible) vote in their name; at most
    the body's `proxy_cap` proxies per holder, one proxy per giver."""
    if giver_id == holder_id:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Nobody can hold their own proxy."))
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        giver = _person(session, giver_id)
        holder = _person(session, holder_id)
        if not _eligible(vote, giver):
            raise _not_eligible(vote, giver)
        if not _eligible(vote, holder):
            raise _not_eligible(vote, holder)
        if not _is_present(session, vote.id, holder.id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} must be present to hold a proxy."),
                name=holder.first_name,
            )
        if _is_present(session, vote.id, giver.id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} is present and votes in person."),
                name=giver.first_name,
            )
        # One proxy row per giver and vote: a revoked one is given again, to this holder.
        proxy = session.scalar(
            select(Proxy).where(Proxy.vote_id == vote.id, Proxy.giver_id == giver.id)
        )
        if proxy is not None and proxy.revoked_at is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has already given a proxy for this vote."),
                name=giver.first_name,
            )
        cap = int(vote.rules.get("proxy_cap", 1))
        held = _proxies_held(session, vote.id, holder.id)
        if held >= cap:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "{name} already holds {held} proxies; the rules allow {cap}."
                ),
                name=holder.first_name,
                held=held,
                cap=cap,
            )
        roll = session.get(VoterRoll, (vote.id, giver.id))
        if roll is not None and roll.has_voted:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has already voted."), name=giver.first_name
            )
        if roll is None:
            _add_to_roll(session, vote, giver.id, 1)
        if proxy is not None:
            proxy.holder_id = holder.id
            proxy.revoked_at = None
        else:
            session.add(Proxy(vote_id=vote.id, giver_id=giver.id, holder_id=holder.id))
        session.flush()
        ledger.append(session, vote, "proxy", {"giver": str(giver.id), "holder": str(holder.id)})
        _audit(session, actor, "vote_proxy", vote.id, {"giver": str(giver.id)})
    return Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)


def revoke_proxy(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    giver_id: uuid.UUID,
    actor: uuid.UUID | None = None,
) -> Changes:
    """The giver's proxy ends (they arrived, or changed their mind); refused once the holder
    has voted with it, on any channel (a phone code issued for it counts as used)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        giver = _person(session, giver_id)
        proxy = _active_proxy(session, vote.id, giver.id)
        if proxy is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name} has given no proxy for this vote."),
                name=giver.first_name,
            )
        holder = session.get(Person, proxy.holder_id)
        holder_name = holder.first_name if holder is not None else "?"
        roll = session.get(VoterRoll, (vote.id, giver.id))
        if roll is not None and roll.has_voted:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting",
                    "{holder} has already voted with the proxy of {name}: it can no longer be "
                    "revoked.",
                ),
                holder=holder_name,
                name=giver.first_name,
            )
        proxy.revoked_at = utcnow()
        session.flush()
        ledger.append(
            session, vote, "proxy_revoked", {"giver": str(giver.id), "holder": str(proxy.holder_id)}
        )
        _audit(session, actor, "vote_proxy_revoke", vote.id, {"giver": str(giver.id)})
    return Changes.of(Entity.VOTE, Entity.AUDIT_ENTRY)


def _active_proxy(session: Session, vote_id: uuid.UUID, giver_id: uuid.UUID) -> Proxy | None:
    return session.scalar(
        select(Proxy).where(
            Proxy.vote_id == vote_id, Proxy.giver_id == giver_id, Proxy.revoked_at.is_(None)
        )
    )


def _proxies_held(session: Session, vote_id: uuid.UUID, holder_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Proxy.vote_id == vote_id, Proxy.holder_id == holder_id, Proxy.revoked_at.is_(None)
            )
        )
        or 0
    )


def _roll_line(session: Session, vote: Vote, person: Person) -> RollLine:
    attendance = session.scalar(
        select(Attendance).where(Attendance.vote_id == vote.id, Attendance.person_id == person.id)
    )
    roll = session.get(VoterRoll, (vote.id, person.id))
    holder_name = ""
    proxy = _active_proxy(session, vote.id, person.id)
    if proxy is not None:
        holder = session.get(Person, proxy.holder_id)
        holder_name = holder.display_name if holder is not None else ""
    return RollLine(
        person_id=person.id,
        name=person.display_name,
        present=bool(attendance and attendance.present),
        eligible=_eligible(vote, person),
        has_voted=bool(roll and roll.has_voted),
        weight=attendance.weight if attendance is not None else (roll.weight if roll else 1),
        proxies_held=_proxies_held(session, vote.id, person.id),
        represented_by=holder_name,
        represented_by_id=proxy.holder_id if proxy is not None else None,
    )


def roll_call(ctx: AppContext, vote_id: uuid.UUID) -> list[RollLine]:
    """Everyone present or represented, by name."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        ids = set(
            session.scalars(select(Attendance.person_id).where(Attendance.vote_id == vote.id))
        )
        ids |= set(
            session.scalars(
                select(Proxy.giver_id).where(Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None))
            )
        )
        people = [_person(session, person_id) for person_id in ids]
        people.sort(key=lambda p: (p.search_first, p.search_last, str(p.id)))
        return [_roll_line(session, vote, person) for person in people]


def turnout(ctx: AppContext, vote_id: uuid.UUID) -> Turnout:
    with ctx.db.transaction() as session:
        return _turnout(session, _vote(session, vote_id))


def quorum_met(vote: VoteInfo, figures: Turnout) -> bool | None:
    """Whether the motion's quorum of people present is met now (None: no quorum rule)."""
    from fractions import Fraction

    quorum = (vote.rules.get("rules") or {}).get("quorum")
    if not isinstance(quorum, Mapping):
        return None
    ratio = Fraction(str(quorum.get("ratio", 0)))
    count = figures.present + figures.represented
    if quorum.get("count") == "cast":
        count = figures.voted
    return count >= ratio * figures.entitled
