"""Counted hands and paper ballots: a count is refused unless it reconciles with the turnout,
and a correction keeps the count it replaces, superseded, with who and why.

Contract: one action is one function and one transaction, its ledger entry and audit line
included.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP
from app.voting import ledger
from app.voting.service._common import _audit, _refuse, _require, _require_channel, _vote
from app.voting.service._figures import _active_counts, _analog_json, _turnout
from app.voting.service.reading import _info
from app.voting.types import AnalogCountInfo
from db.models import AnalogCount, Vote, VoteChannel, VoteStatus

ANALOG_METHODS = ("motion", "plurality", "approval", "mj", "pb")
NAMED_COUNT = QT_TRANSLATE_NOOP(
    "Voting",
    "A named vote is not counted: record each person's answer as their name is called.",
)


def analog_counts(ctx: AppContext, vote_id: uuid.UUID) -> list[AnalogCountInfo]:
    with ctx.db.transaction() as session:
        return [
            AnalogCountInfo(c.id, c.cast, c.valid, c.invalid, c.blank, dict(c.counts))
            for c in _active_counts(session, vote_id)
        ]


def _check_counts(
    session: Session,
    vote: Vote,
    *,
    cast: int,
    valid: int,
    invalid: int,
    blank: int,
    counts: Mapping[str, Any],
    replacing: uuid.UUID | None,
) -> dict[str, Any]:
    method = vote.method.value
    if method not in ANALOG_METHODS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "A show of hands cannot count this kind of vote.")
        )
    if method == "pb" and vote.rules.get("rule", "greedy") != "greedy":
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "Counted hands cannot be shared out by equal shares: use the booth or phones.",
            )
        )
    for figure in (cast, valid, invalid, blank):
        if type(figure) is not int or figure < 0:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "Counts are whole numbers of at least 0."))
    if cast != valid + invalid + blank:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "{cast} votes cast, but {valid} valid + {invalid} invalid + {blank} blank "
                "make {total}.",
            ),
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            total=valid + invalid + blank,
        )
    info = _info(session, vote)
    choices = info.choices
    clean: dict[str, Any] = {}
    for name, value in counts.items():
        if name not in choices:
            raise _refuse(
                QT_TRANSLATE_NOOP("Voting", "{option} is not one of the choices."), option=name
            )
        if method == "mj":
            grades = info.grades
            if (
                not isinstance(value, list)
                or len(value) != len(grades)
                or not all(type(v) is int and v >= 0 for v in value)
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Voting", "Give {option} one count per grade ({grades} numbers)."
                    ),
                    option=name,
                    grades=len(grades),
                )
            total = sum(value)
        else:
            if type(value) is not int or value < 0:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Voting", "Counts are whole numbers of at least 0.")
                )
            total = value
        if total > valid:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "{option} has {count} votes, more than the {valid} valid ones."
                ),
                option=name,
                count=total,
                valid=valid,
            )
        clean[name] = value
    if method in ("motion", "plurality"):
        total = sum(clean.values())
        if total != valid:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Voting", "The choices add up to {total}, but {valid} votes are valid."
                ),
                total=total,
                valid=valid,
            )
    figures = _turnout(session, vote)
    others = sum(c.cast for c in _active_counts(session, vote.id) if c.id != replacing)
    electronic = figures.voted - sum(c.cast for c in _active_counts(session, vote.id))
    room = figures.present + figures.represented
    if cast + others + electronic > room:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Voting",
                "{cast} votes cast by hand, {others} counted before and {electronic} at the "
                "booth or by phone: more than the {room} votes present.",
            ),
            cast=cast,
            others=others,
            electronic=electronic,
            room=room,
        )
    return clean


def record_analog_count(
    ctx: AppContext,
    vote_id: uuid.UUID,
    *,
    cast: int,
    valid: int,
    invalid: int = 0,
    blank: int = 0,
    counts: Mapping[str, Any],
    actor: uuid.UUID | None = None,
) -> uuid.UUID:
    """A show of hands or a paper count, refused unless it reconciles."""
    with ctx.db.transaction() as session:
        vote = _vote(session, vote_id)
        _require(vote, VoteStatus.open)
        _require_channel(vote, VoteChannel.analog)
        if not vote.secret:
            raise _refuse(NAMED_COUNT)
        clean = _check_counts(
            session,
            vote,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=counts,
            replacing=None,
        )
        row = AnalogCount(
            vote_id=vote.id,
            facilitator_id=actor,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=clean,
        )
        session.add(row)
        session.flush()
        ledger.append(session, vote, "analog_count", _analog_json(row))
        _audit(session, actor, "vote_analog_count", vote.id, {"count": str(row.id)})
        return row.id


def correct_analog_count(
    ctx: AppContext,
    count_id: uuid.UUID,
    *,
    cast: int,
    valid: int,
    invalid: int = 0,
    blank: int = 0,
    counts: Mapping[str, Any],
    reason: str,
    actor: uuid.UUID | None = None,
) -> uuid.UUID:
    """Replace a count: the old one is kept, superseded; the new one says who and why."""
    if not reason.strip():
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "Say why the count is corrected."))
    with ctx.db.transaction() as session:
        old = session.get(AnalogCount, count_id)
        if old is None or old.superseded:
            raise _refuse(QT_TRANSLATE_NOOP("Voting", "This count was already replaced."))
        vote = _vote(session, old.vote_id)
        _require(vote, VoteStatus.open)
        clean = _check_counts(
            session,
            vote,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=counts,
            replacing=old.id,
        )
        old.superseded = True
        row = AnalogCount(
            vote_id=vote.id,
            facilitator_id=actor,
            cast=cast,
            valid=valid,
            invalid=invalid,
            blank=blank,
            counts=clean,
        )
        session.add(row)
        session.flush()
        ledger.append(
            session,
            vote,
            "correction",
            {
                "replaces": str(old.id),
                "by": str(actor) if actor else "",
                "reason": reason.strip(),
                **_analog_json(row),
            },
        )
        _audit(
            session,
            actor,
            "vote_analog_correction",
            vote.id,
            {"replaces": str(old.id), "reason": reason.strip()},
        )
        return row.id
