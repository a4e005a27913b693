"""Ballots at the booth, and named answers recorded by show of hands.

One member, one vote, across channels: casting flips the person's roll row and inserts the ballot
in ONE transaction, the flip first (`UPDATE … WHERE has_voted = 0`, so two channels racing for
the same person cannot both win). A proxy holder casts one separate ballot per proxy. Ballots are
checked by the tally engine's own validation before they are stored; the box holds exactly the
engine's ballot form (`{"choice": "yes"}`, `{"ranking": [...]}`, ...). Contract: one action is one
function and one transaction (a booth ballot is anonymous: the ledger has it, no audit line).
Nothing else is written when a person votes, no event published: what follows from having voted
is recorded for every voter at once when the vote closes (docs/architecture.md, "Secrecy and
integrity").
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.changes import Changes, Entity
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP
from app.voting import ledger, slots
from app.voting.service._common import (
    _audit,
    _closed,
    _eligible,
    _is_present,
    _not_eligible,
    _person,
    _refuse,
    _require,
    _require_channel,
    _vote,
)
from app.voting.service._figures import _tally_data
from app.voting.service.reading import get_vote
from app.voting.types import SECRET_BY_NAME, HandAnswer, Voice, VoteInfo
from db.models import NamedBallot, Proxy, Vote, VoteChannel, VoterRoll, VoteStatus


def validate_ballot(vote: VoteInfo, content: Mapping[str, Any]) -> dict[str, Any]:
    """The ballot as the box keeps it, checked by the tally engine's validation (raises
    `TallyInputError` with the engine's message)."""
    from app.voting.tally import parse_election

    ballot = {key: value for key, value in content.items() if key != "count"}
    objection = ballot.get("objection")
    if isinstance(objection, str) and len(objection) > slots.OBJECTION_MAX:
        # The box's slots are sized for it (`app/voting/slots.py`).
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "An objection can be at most {maximum} characters long."),
            maximum=slots.OBJECTION_MAX,
        )
    data = _tally_data(
        vote.method, vote.options, vote.rules, ballots=[ballot], present=1, entitled=1
    )
    parse_election(data)
    # A plain JSON copy of what was validated (json.loads is typed as returning Any).
    return json.loads(json.dumps(ballot))  # type: ignore[no-any-return]


def voices_for(ctx: AppContext, vote_id: uuid.UUID, person_id: uuid.UUID) -> list[Voice]:
    """What a person at the booth may still cast: their own ballot (if eligible, present and
    not yet voted), then one per proxy they hold whose giver has not voted."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        person = _person(session, person_id)
        if not _eligible(vote, person):
            raise _not_eligible(vote, person)
        voices = []
        roll = session.get(VoterRoll, (vote.id, person.id))
        if roll is not None and not roll.has_voted and _is_present(session, vote.id, person.id):
            voices.append(Voice(person.id, person.first_name, proxy=False))
        for proxy in session.scalars(
            select(Proxy).where(
                Proxy.vote_id == vote.id, Proxy.holder_id == person.id, Proxy.revoked_at.is_(None)
            )
        ):
            giver_roll = session.get(VoterRoll, (vote.id, proxy.giver_id))
            here = _is_present(session, vote.id, proxy.giver_id)  # then they vote themselves
            if giver_roll is not None and not giver_roll.has_voted and not here:
                giver = _person(session, proxy.giver_id)
                voices.append(Voice(giver.id, giver.first_name, proxy=True))
        if not voices:
            if roll is None or not _is_present(session, vote.id, person.id):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Voting", "{name}, please sign in at the door first (roll call)."
                    ),
                    name=person.first_name,
                )
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{name}, you have already voted."),
                name=person.first_name,
            )
        return voices


# How long a cast waits for readers before leaving the WAL to the next cast or the close.
_FORGET_WAIT_MS = 100


def _forget_order(ctx: AppContext) -> None:
    """After a commit that recorded a person as having voted or filled a slot: the WAL emptied
    into the database file. Until then its frames pair that commit's roll row with its slot,
    commit after commit; the file itself, rewritten in place, keeps no order (docs/
    architecture.md, "Secrecy and integrity"). A reader still open past `_FORGET_WAIT_MS`
    leaves it to the next cast, or to the close, which waits."""
    ctx.db.empty_wal(wait_ms=_FORGET_WAIT_MS)


def _flip_roll(session: Session, vote: Vote, voter_id: uuid.UUID, channel: VoteChannel) -> int:
    """Mark the roll row voted (the first write of the transaction); its weight."""
    flipped = session.execute(
        update(VoterRoll)
        .where(
            VoterRoll.vote_id == vote.id,
            VoterRoll.person_id == voter_id,
            VoterRoll.has_voted.is_(False),
        )
        .values(has_voted=True, channel=channel)
        .execution_options(synchronize_session=False)
    )
    if flipped.rowcount != 1:  # type: ignore[attr-defined]  # an UPDATE's CursorResult has it
        roll = session.get(VoterRoll, (vote.id, voter_id))
        if roll is None:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "This person is not on the voter roll."))
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "This vote has already been cast."))
    weight = session.scalar(
        select(VoterRoll.weight).where(
            VoterRoll.vote_id == vote.id, VoterRoll.person_id == voter_id
        )
    )
    return int(weight or 1)


def _check_voice(
    session: Session, vote: Vote, voter_id: uuid.UUID, proxy_for: uuid.UUID | None
) -> uuid.UUID:
    """The roll person whose ballot this is (the giver for a proxy)."""
    if proxy_for is None:
        if not _is_present(session, vote.id, voter_id):
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "Please sign in at the door first (roll call).")
            )
        return voter_id
    proxy = session.scalar(
        select(Proxy).where(
            Proxy.vote_id == vote.id,
            Proxy.giver_id == proxy_for,
            Proxy.holder_id == voter_id,
            Proxy.revoked_at.is_(None),
        )
    )
    if proxy is None:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "There is no such proxy."))
    if _is_present(session, vote.id, proxy_for):
        # Here in person: the member votes themselves, the proxy is not used.
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting", "The member who gave this proxy is here and votes in person."
            )
        )
    return proxy_for


def _insert_ballot(
    session: Session, vote: Vote, ballot: dict[str, Any], weight: int, channel: VoteChannel
) -> None:
    slots.fill(session, vote, ballot, weight, channel)
    ledger.append(session, vote, "ballot_cast", {"count": slots.count(session, vote.id)})


def cast_ballot(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    voter_id: uuid.UUID,
    content: Mapping[str, Any],
    channel: str = "booth",
    proxy_for: uuid.UUID | None = None,
) -> Changes:
    """A ballot at the booth: the roll row flipped and the ballot in the box, in one
    transaction. `proxy_for`: the giver whose proxy `voter_id` holds."""
    info = get_vote(ctx, vote_id)
    if info.status != "open":
        raise _closed()
    ballot = validate_ballot(info, content)
    with ctx.db.transaction() as session:
        _cast(
            session,
            _vote(session, vote_id),
            ballot,
            voter_id=voter_id,
            proxy_for=proxy_for,
            channel=VoteChannel(channel),
        )
    _forget_order(ctx)
    return Changes.of(Entity.VOTE, Entity.BALLOT)


def _cast(
    session: Session,
    vote: Vote,
    ballot: dict[str, Any],
    *,
    voter_id: uuid.UUID,
    proxy_for: uuid.UUID | None,
    channel: VoteChannel,
) -> None:
    """One valid ballot into the box: its roll row flipped first (one voice, one ballot), and
    for a named vote who voted what beside it."""
    roll_person = _check_voice(session, vote, voter_id, proxy_for)
    weight = _flip_roll(session, vote, roll_person, channel)
    session.refresh(vote)
    if vote.status is not VoteStatus.open:
        raise _closed()
    _insert_ballot(session, vote, ballot, weight, channel)
    if not vote.secret:
        # A named vote: who voted what is public by design (the box holds it too).
        session.add(
            NamedBallot(
                vote_id=vote.id,
                person_id=roll_person,
                cast_by_id=voter_id if proxy_for is not None else None,
                content=ballot,
                weight=weight,
                channel=channel,
            )
        )


def record_named_answers(
    ctx: AppContext,
    vote_id: uuid.UUID,
    answers: Sequence[HandAnswer],
    *,
    actor: uuid.UUID | None = None,
) -> Changes:
    """A named motion by show of hands (a roll-call vote): the facilitator records each
    person's answer as their name is called. The answers go in together or not at all, each
    a named ballot in the box like the booth's; the audit log says who recorded them."""
    info = get_vote(ctx, vote_id)
    if info.status != "open":
        raise _closed()
    if info.secret:
        raise _refuse(SECRET_BY_NAME)
    if not answers:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "No answer to record."))
    ballots = [(answer, validate_ballot(info, answer.content)) for answer in answers]
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require_channel(vote, VoteChannel.analog)
        for answer, ballot in ballots:
            _cast(
                session,
                vote,
                ballot,
                voter_id=answer.voter_id,
                proxy_for=answer.proxy_for,
                channel=VoteChannel.analog,
            )
        _audit(session, actor, "vote_named_hands", vote.id, {"answers": len(ballots)})
    _forget_order(ctx)
    return Changes.of(Entity.VOTE, Entity.BALLOT, Entity.AUDIT_ENTRY)
