"""Checking a vote again: the ledger's chain, the box against the digest sealed at close, the
tally recomputed, the named ballots against the box. Pure reads.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.digests import canonical
from app.errors import QT_TRANSLATE_NOOP, Message
from app.voting import ledger
from app.voting.service._common import _message, _vote
from app.voting.service._figures import _result_digest, _results
from db.models import Ballot, NamedBallot, Vote, VoteStatus


def verify(ctx: AppContext, vote_id: uuid.UUID) -> list[Message]:
    """Recompute the chain, the ballot box digest and the tally; what differs (empty: intact)."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        entries = ledger.entries_of(session, vote.id)
        problems = ledger.check_chain(entries)
        closed = [e for e in entries if e.kind == "closed"]
        if vote.status in (VoteStatus.closed, VoteStatus.published):
            if not closed:
                problems.append(
                    _message(QT_TRANSLATE_NOOP("Voting", "The ledger does not record the close."))
                )
            else:
                count, digest = ledger.box_digest(session, vote.id)
                sealed = closed[-1].payload
                if count != sealed.get("ballots"):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The box holds {count} ballots; {sealed} were sealed at close.",
                            ),
                            count=count,
                            sealed=sealed.get("ballots"),
                        )
                    )
                if digest != sealed.get("digest"):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The ballot box differs from the one sealed at close: a "
                                "ballot was added, removed or altered.",
                            )
                        )
                    )
                cast_events = [e for e in entries if e.kind == "ballot_cast"]
                if len(cast_events) != count:
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The ledger records {events} ballots cast; the box holds {count}.",
                            ),
                            events=len(cast_events),
                            count=count,
                        )
                    )
                recomputed = _results(session, vote)
                if vote.result is None or canonical(recomputed) != canonical(dict(vote.result)):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting", "Counting the box again gives other results."
                            )
                        )
                    )
                if not vote.secret and not _named_match_box(session, vote):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting",
                                "The named ballots differ from the ballot box: a choice was "
                                "added, removed or altered.",
                            )
                        )
                    )
                tallied = [e for e in entries if e.kind == "tallied"]
                if vote.result is not None and (
                    not tallied or tallied[-1].payload.get("digest") != _result_digest(vote.result)
                ):
                    problems.append(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Voting", "The kept results differ from those in the ledger."
                            )
                        )
                    )
        return problems


def _named_match_box(session: Session, vote: Vote) -> bool:
    """In a named vote, the names and the box hold the same ballots (content and weight)."""
    box = sorted(
        canonical([row.content, row.weight])
        for row in session.execute(
            select(Ballot.content, Ballot.weight).where(Ballot.vote_id == vote.id)
        )
    )
    named = sorted(
        canonical([row.content, row.weight])
        for row in session.execute(
            select(NamedBallot.content, NamedBallot.weight).where(
                NamedBallot.vote_id == vote.id, NamedBallot.content.is_not(None)
            )
        )
    )
    return box == named


def final_hash(ctx: AppContext, vote_id: uuid.UUID) -> str:
    with ctx.db.transaction() as session:
        return ledger.last_hash(session, vote_id)
