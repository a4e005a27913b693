"""The figures of a vote, computed inside the caller's transaction: the turnout from the voter
roll, the proxies and the box, and the tally of the box (ballots plus counted hands) by the
engine.

Closing, verifying, the roll call and the analog counts all need them; none opens a transaction
or writes anything.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.digests import canonical
from app.voting import slots
from app.voting.service._common import _options
from app.voting.types import OptionInfo, Turnout
from db.models import AnalogCount, Attendance, Person, PersonKind, Proxy, Vote, VoterRoll

# Keys of `Vote.rules` that are the tally engine's (the rest are ours: eligibility, proxies).
TALLY_KEYS = (
    "rules",
    "grades",
    "budget",
    "currency",
    "rule",
    "max_cost",
    "min_projects",
    "max_projects",
    "max_points",
    "max_total_points",
    "max_score",
)


def _tally_data(
    method: str,
    options: Sequence[OptionInfo],
    rules: Mapping[str, Any],
    *,
    ballots: list[dict[str, Any]],
    present: int | None,
    entitled: int | None,
) -> dict[str, Any]:
    data: dict[str, Any] = {key: rules[key] for key in TALLY_KEYS if key in rules}
    data["method"] = method
    data["ballots"] = ballots
    if method == "pb":
        data["options"] = [{"id": o.label, "label": o.label, "cost": o.cost or 0} for o in options]
    elif method not in ("motion", "consent"):
        data["options"] = [o.label for o in options]
    if method == "motion":
        if present is not None:
            data["present"] = present
        if entitled is not None:
            data["entitled"] = max(entitled, present or 0)
    return data


def _result_digest(result: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(dict(result))).hexdigest()


def _results(
    session: Session,
    vote: Vote,
    *,
    entitled: int | None = None,
    box: Sequence[slots.BoxedBallot] | None = None,
) -> dict[str, Any]:
    """The tally of the box; `entitled` as sealed at close when checking a closed vote; `box`:
    the box already read."""
    from app.voting.tally import TallyInputError, tally_data

    turnout = _turnout(session, vote, entitled=entitled)
    ballots = [
        {**ballot.content, "count": ballot.weight}
        for ballot in (slots.ballots(session, vote.id) if box is None else box)
    ]
    # Sorted: the tally never depends on the storage order (it does not, but the data must
    # be the same bytes whoever recomputes it).
    ballots.sort(key=canonical)
    data = _tally_data(
        vote.method.value,
        _options(vote),
        vote.rules,
        ballots=ballots,
        present=turnout.present + turnout.represented if _has_roll(session, vote) else None,
        entitled=turnout.entitled if _has_roll(session, vote) else None,
    )
    _add_analog(data, vote, _active_counts(session, vote.id))
    out: dict[str, Any] = {
        "vote": str(vote.id),
        "title": vote.title,
        "level": vote.level.value,
        "language": vote.language,
    }
    try:
        out.update(tally_data(data).to_json())
    except TallyInputError as error:
        out["error"] = error.message.untranslated()
    out["turnout"] = turnout.to_json()
    return out


def _has_roll(session: Session, vote: Vote) -> bool:
    return (
        session.scalar(select(VoterRoll.person_id).where(VoterRoll.vote_id == vote.id).limit(1))
        is not None
    )


def _entitled(session: Session, vote: Vote, present: int) -> int:
    if isinstance(vote.rules.get("entitled"), int):
        return max(int(vote.rules["entitled"]), present)
    kind = vote.rules.get("eligibility", "present")
    alive = Person.deleted_at.is_(None)
    if kind == "shareholders":
        count = session.scalar(
            select(func.count()).where(alive, Person.shareholder_since.is_not(None))
        )
    elif kind == "members":
        count = session.scalar(
            select(func.count()).where(
                alive,
                (Person.kind.in_([PersonKind.member, PersonKind.staff]))
                | Person.member_since.is_not(None),
            )
        )
    else:
        return present
    return max(int(count or 0), present)


def _turnout(session: Session, vote: Vote, *, entitled: int | None = None) -> Turnout:
    """The turnout now; `entitled` given when it was counted before (who may vote is counted
    among the people known at close, and people come and go after it)."""
    present = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0))
            .join(
                Attendance,
                (Attendance.vote_id == VoterRoll.vote_id)
                & (Attendance.person_id == VoterRoll.person_id),
            )
            .where(VoterRoll.vote_id == vote.id, Attendance.present.is_(True))
        )
        or 0
    )
    # A giver who came after all is counted present, not represented as well. (From the
    # proxies, with a correlated check: a roll of 100 000 is not read for a dozen proxies.)
    giver_here = exists().where(
        Attendance.vote_id == Proxy.vote_id,
        Attendance.person_id == Proxy.giver_id,
        Attendance.present.is_(True),
    )
    represented = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0))
            .select_from(Proxy)
            .join(
                VoterRoll,
                (VoterRoll.vote_id == Proxy.vote_id) & (VoterRoll.person_id == Proxy.giver_id),
            )
            .where(Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None), ~giver_here)
        )
        or 0
    )
    ballots, by_channel = slots.weight_by_channel(session, vote.id)
    analog = sum(count.cast for count in _active_counts(session, vote.id))
    if analog:
        by_channel["analog"] = analog
    roll_voted = int(
        session.scalar(
            select(func.coalesce(func.sum(VoterRoll.weight), 0)).where(
                VoterRoll.vote_id == vote.id, VoterRoll.has_voted.is_(True)
            )
        )
        or 0
    )
    # Phone codes from slips are linked to nobody: their ballots count as votes, not roll rows.
    slip_ballots = max(0, by_channel.get("phone", 0) + by_channel.get("booth", 0) - roll_voted)
    voted = roll_voted + slip_ballots + analog
    roll_call = (
        session.scalar(select(Attendance.person_id).where(Attendance.vote_id == vote.id).limit(1))
        is not None
    )
    return Turnout(
        entitled=(
            entitled if entitled is not None else _entitled(session, vote, present + represented)
        ),
        present=present,
        represented=represented,
        voted=voted,
        ballots=ballots,
        by_channel=by_channel,
        roll_call=roll_call,
    )


def _active_counts(session: Session, vote_id: uuid.UUID) -> list[AnalogCount]:
    return list(
        session.scalars(
            select(AnalogCount)
            .where(
                AnalogCount.vote_id == vote_id,
                AnalogCount.superseded.is_(False),
                AnalogCount.deleted_at.is_(None),
            )
            .order_by(AnalogCount.created_at, AnalogCount.id)
        )
    )


def _analog_json(count: AnalogCount) -> dict[str, Any]:
    return {
        "id": str(count.id),
        "cast": count.cast,
        "valid": count.valid,
        "invalid": count.invalid,
        "blank": count.blank,
        "counts": dict(count.counts),
    }


def _add_analog(data: dict[str, Any], vote: Vote, counts: Sequence[AnalogCount]) -> None:
    """Counted hands as ballots the engine understands (with a `count`)."""
    method = vote.method.value
    ballots: list[dict[str, Any]] = data["ballots"]
    for count in counts:
        if method == "motion":
            for choice, n in count.counts.items():
                ballots.append({"choice": choice, "count": n})
            ballots.append({"choice": "abstain", "count": count.blank})
            ballots.append({"choice": "invalid", "count": count.invalid})
        elif method == "plurality":
            for option, n in count.counts.items():
                ballots.append({"ranking": [option], "count": n})
        elif method in ("approval", "pb"):
            for option, n in count.counts.items():
                ballots.append({"approve": [option], "count": n})
        elif method == "mj":
            tallies = data.setdefault("tallies", {})
            for option, row in count.counts.items():
                previous = tallies.get(option, [0] * len(row))
                tallies[option] = [a + b for a, b in zip(previous, row, strict=True)]
