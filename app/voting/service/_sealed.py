"""What the ledger seals of a vote: the facts of the `opened` entry and of the `closed` one,
built by one function each, so that sealing (`lifecycle`) and checking (`verify`) read the
database the same way (docs/architecture.md, "Secrecy and integrity").

Everything the minutes, the projector and `antenne vote results` print is here, or is derived
from what is here (the results are sealed by their own digest in the `tallied` entry; the
status and the reveal by which entries exist). Helpers inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from app.voting import slots
from app.voting.service._figures import _active_counts, _analog_json, _turnout
from db.models import BallotToken, Body, Proxy, Vote, VoteOption, VoterRoll

# The ledger's format, written as `"format"` in the `opened` entry's payload. The hash of an
# entry never changed (sha256 of the previous hash and the canonical JSON of its kind and
# payload): a format only says which facts the payloads carry. Format 1 (no `"format"` key,
# kiosks before issue #15) sealed at opening the title, method, level, channels, options'
# labels and costs, rules and secrecy, and at close the box, its weight and the analog counts;
# format 2 seals everything below. Verify checks the facts an entry carries, so a vote closed
# by an older kiosk is checked for what it sealed, no more. Removing the key from a format-2
# entry changes its hash, hence every hash after it and the final one printed on the minutes.
FORMAT = 2


def instant(value: datetime | None) -> str | None:
    """A time as the ledger writes it: ISO 8601 in UTC (None stays None)."""
    return value.astimezone(UTC).isoformat() if value is not None else None


def _picture_digests(session: Session, vote: Vote) -> dict[int, str]:
    """Option position → sha256 of its picture (the JPEG's bytes are not worth a ledger)."""
    rows = session.execute(
        select(VoteOption.position, VoteOption.picture).where(
            VoteOption.vote_id == vote.id,
            VoteOption.deleted_at.is_(None),
            VoteOption.picture.is_not(None),
        )
    )
    return {
        position: hashlib.sha256(bytes(picture or b"")).hexdigest() for position, picture in rows
    }


def opening_facts(session: Session, vote: Vote) -> dict[str, Any]:
    """The vote as it opens: what it asks, how it counts, among what, for whom, until when."""
    pictures = _picture_digests(session, vote)
    body = session.get(Body, vote.body_id) if vote.body_id is not None else None
    # `revealed` is not a rule: the `revealed` entry records it.
    rules = {key: value for key, value in vote.rules.items() if key != "revealed"}
    return {
        "format": FORMAT,
        "title": vote.title,
        "question": vote.question,
        "language": vote.language,
        # The texts in the other languages are sealed with the vote's own, which stay the
        # authoritative ones (ballots name options by their own label; the minutes say so).
        "translations": dict(vote.translations or {}),
        "method": vote.method.value,
        "level": vote.level.value,
        "channels": list(vote.channels),
        "secret": vote.secret,
        "rules": rules,
        "body": {
            "id": str(vote.body_id) if vote.body_id is not None else None,
            "name": dict(body.name) if body is not None else {},
        },
        "options": [
            {
                "position": o.position,
                "label": o.label,
                "description": o.description,
                "translations": dict(o.translations or {}),
                "cost": o.cost,
                "picture": pictures.get(o.position),
            }
            for o in vote.options
            if o.deleted_at is None
        ],
        "opened_at": instant(vote.opened_at),
        "closes_at": instant(vote.closes_at),
    }


def closing_facts(
    session: Session,
    vote: Vote,
    *,
    entitled: int | None = None,
    box: Sequence[slots.BoxedBallot] | None = None,
) -> dict[str, Any]:
    """The vote as it closes, besides its box: when, who was there and voted, by which
    channel, with which proxies and codes. `entitled`: the figure sealed at close, when
    checking (who may vote is counted among the people known then, and people come and go);
    `box`: the box already read."""
    figures = _turnout(session, vote, entitled=entitled)
    roll_people, roll_voted = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(cast(VoterRoll.has_voted, Integer)), 0),
        ).where(VoterRoll.vote_id == vote.id)
    ).one()
    proxies = session.scalar(
        select(func.count()).where(Proxy.vote_id == vote.id, Proxy.revoked_at.is_(None))
    )
    issued, used = session.execute(
        select(func.count(), func.coalesce(func.sum(cast(BallotToken.used, Integer)), 0)).where(
            BallotToken.vote_id == vote.id
        )
    ).one()
    weight = sum(b.weight for b in (slots.ballots(session, vote.id) if box is None else box))
    return {
        "closed_at": instant(vote.closed_at),
        "weight": int(weight or 0),
        "analog": [_analog_json(c) for c in _active_counts(session, vote.id)],
        "turnout": figures.to_json(),
        "roll": {"people": int(roll_people), "voted": int(roll_voted)},
        "proxies": int(proxies or 0),
        "codes": {"issued": int(issued), "used": int(used)},
    }
