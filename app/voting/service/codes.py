"""Phone one-time codes and the ballots cast with them.

A phone code is handed to a person after their badge scan: the roll row is flipped when the code
is issued, and the code itself is linked to nobody (in a named vote it is bound to its person
until used). Codes printed on slips (rooms without badges) are linked to nobody either; the
facilitator hands one to each person present. Only the codes' hashes are kept. Contract: one
action is one function and one transaction; spending a code and boxing its ballot are one.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update

from app.changes import Changes, Entity
from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting import ledger, slots
from app.voting.service._common import (
    VotingError,
    _audit,
    _closed,
    _message,
    _refuse,
    _require,
    _require_channel,
    _vote,
)
from app.voting.service.casting import (
    _flip_roll,
    _forget_order,
    _insert_ballot,
    validate_ballot,
    voices_for,
)
from app.voting.service.reading import _info
from app.voting.types import VoteInfo
from db.models import BallotToken, NamedBallot, VoteChannel, VoteStatus

# Phone codes: 26 Crockford base32 characters (130 random bits), upper case.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 26
MAX_SLIPS = 5000
BAD_CODE = QT_TRANSLATE_NOOP("Voting", "This code is not valid.")
NAMED_SLIP = QT_TRANSLATE_NOOP(
    "Voting",
    "This vote is not secret: each phone code belongs to the person whose badge was scanned "
    "at the booth. Codes printed on slips cannot be used.",
)
USED_CODE = QT_TRANSLATE_NOOP("Voting", "This code has already been used.")


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def issue_codes(
    ctx: AppContext, vote_id: uuid.UUID, n: int, *, actor: uuid.UUID | None = None
) -> list[str]:
    """`n` one-time phone codes for slips; only their hashes are kept, linked to nobody."""
    if not 1 <= n <= MAX_SLIPS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "Ask for 1 to {maximum} codes."), maximum=MAX_SLIPS
        )
    codes = [_new_code() for _ in range(n)]
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.draft, VoteStatus.open)
        _require_channel(vote, VoteChannel.phone)
        if not vote.secret:
            raise _refuse(NAMED_SLIP)
        for code in codes:
            session.add(BallotToken(hash=code_hash(code), vote_id=vote.id))
        if vote.status is VoteStatus.open:
            # A slip's ballot flips no roll row: its slot is made now (in draft, at opening).
            slots.allocate(session, vote, n)
        ledger.append(session, vote, "codes_issued", {"count": n})
        _audit(session, actor, "vote_slips", vote.id, {"count": n})
    return codes


def issue_phone_codes(ctx: AppContext, vote_id: uuid.UUID, person_id: uuid.UUID) -> list[str]:
    """After a badge scan: one code per voice (own, proxies). The roll rows are flipped now,
    so the person cannot also vote at the booth; the codes are linked to nobody."""
    voices = voices_for(ctx, vote_id, person_id)
    codes = []
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require_channel(vote, VoteChannel.phone)
        for voice in voices:
            weight = _flip_roll(session, vote, voice.person_id, VoteChannel.phone)
            if weight != 1:
                raise _refuse(QT_TRANSLATE_NOOP("Voting", "A weighted vote is cast at the booth."))
            code = _new_code()
            session.add(BallotToken(hash=code_hash(code), vote_id=vote.id))
            if not vote.secret:
                # A named vote: this code is bound to its person until it is used.
                session.add(
                    NamedBallot(
                        vote_id=vote.id,
                        person_id=voice.person_id,
                        cast_by_id=person_id if voice.proxy else None,
                        content=None,
                        weight=weight,
                        channel=VoteChannel.phone,
                        code_hash=code_hash(code),
                    )
                )
            codes.append(code)
        ledger.append(session, vote, "codes_issued", {"count": len(codes)})
    _forget_order(ctx)
    return codes


def vote_for_code(ctx: AppContext, code: str) -> VoteInfo:
    """The vote an unused phone code opens (raises when forged, used or closed)."""
    with ctx.db.transaction() as session:
        token = session.get(BallotToken, code_hash(code))
        if token is None:
            raise _bad_code()
        if token.used:
            raise _used_code()
        vote = _vote(session, token.vote_id)
        if vote.status is not VoteStatus.open:
            raise _closed()
        return _info(session, vote)


def bad_code_message() -> Message:
    return _message(BAD_CODE)


def _bad_code() -> VotingError:
    return _refuse(BAD_CODE)


def _used_code() -> VotingError:
    return _refuse(USED_CODE)


def cast_with_code(ctx: AppContext, code: str, content: Mapping[str, Any]) -> Changes:
    """A phone ballot: the code is spent and the ballot boxed in one transaction."""
    info = vote_for_code(ctx, code)
    ballot = validate_ballot(info, content)
    digest = code_hash(code)
    with ctx.db.transaction() as session:
        spent = session.execute(
            update(BallotToken)
            .where(BallotToken.hash == digest, BallotToken.used.is_(False))
            .values(used=True)
            .execution_options(synchronize_session=False)
        )
        if spent.rowcount != 1:  # type: ignore[attr-defined]  # an UPDATE's CursorResult has it
            raise _used_code()
        vote = _vote(session, info.id)
        if vote.status is not VoteStatus.open:
            raise _closed()
        if not vote.secret:
            named = session.scalar(
                select(NamedBallot).where(
                    NamedBallot.vote_id == vote.id,
                    NamedBallot.code_hash == digest,
                    NamedBallot.content.is_(None),
                )
            )
            if named is None:
                raise _refuse(NAMED_SLIP)
            named.content = ballot
        _insert_ballot(session, vote, ballot, 1, VoteChannel.phone)
    _forget_order(ctx)
    return Changes.of(Entity.VOTE, Entity.BALLOT)
