"""The votes as the screens, the CLI and the phone page show them (`VoteInfo`), the options'
pictures, and a closed vote's turnout as its ledger sealed it. Pure reads: nothing here writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.voting.service._common import _options, _vote
from app.voting.types import Turnout, VoteInfo
from db.models import Body, LedgerEntry, Vote, VoteOption


def _pictured(session: Session, *vote_ids: uuid.UUID) -> dict[uuid.UUID, set[int]]:
    """Vote → positions of its options that have a picture (without loading the pictures)."""
    pictured: dict[uuid.UUID, set[int]] = {vote_id: set() for vote_id in vote_ids}
    rows = session.execute(
        select(VoteOption.vote_id, VoteOption.position).where(
            VoteOption.vote_id.in_(vote_ids),
            VoteOption.deleted_at.is_(None),
            VoteOption.picture.is_not(None),
        )
    )
    for vote_id, position in rows:
        pictured[vote_id].add(position)
    return pictured


def _info(session: Session, vote: Vote, pictured: Collection[int] | None = None) -> VoteInfo:
    """`pictured`: positions of the options with a picture, when the caller has read them."""
    if pictured is None:
        pictured = _pictured(session, vote.id)[vote.id]
    body_name: Mapping[str, str] = {}
    if vote.body_id is not None:
        body = session.get(Body, vote.body_id)
        body_name = dict(body.name) if body is not None else {}
    return VoteInfo(
        id=vote.id,
        title=vote.title,
        question=vote.question,
        language=vote.language,
        method=vote.method.value,
        status=vote.status.value,
        level=vote.level.value,
        channels=tuple(vote.channels),
        secret=vote.secret,
        options=_options(vote, pictured),
        rules=dict(vote.rules),
        body_name=body_name,
        opened_at=vote.opened_at,
        closes_at=vote.closes_at,
        closed_at=vote.closed_at,
        revealed=bool(vote.rules.get("revealed")),
        result=dict(vote.result) if vote.result is not None else None,
        translations=dict(vote.translations or {}),
    )


def get_vote(ctx: AppContext, vote_id: uuid.UUID) -> VoteInfo:
    with ctx.db.transaction() as session:
        return _info(session, _vote(session, vote_id))


def list_votes(ctx: AppContext) -> list[VoteInfo]:
    """Every vote, open ones first, then drafts, closed and published, newest first."""
    order = {"open": 0, "draft": 1, "closed": 2, "published": 3}
    with ctx.db.transaction() as session:
        votes = session.scalars(
            select(Vote).where(Vote.deleted_at.is_(None)).order_by(Vote.created_at.desc())
        ).all()
        pictured = _pictured(session, *(vote.id for vote in votes))
        infos = [_info(session, vote, pictured[vote.id]) for vote in votes]
    return sorted(infos, key=lambda info: order.get(info.status, 9))


def option_pictures(ctx: AppContext, vote_id: uuid.UUID) -> dict[str, bytes]:
    """Option label → its picture (JPEG), for the options that have one."""
    with ctx.db.transaction() as session:
        rows = session.execute(
            select(VoteOption.label, VoteOption.picture).where(
                VoteOption.vote_id == vote_id,
                VoteOption.deleted_at.is_(None),
                VoteOption.picture.is_not(None),
            )
        )
        return {label: bytes(picture) for label, picture in rows if picture}


def option_picture(ctx: AppContext, vote_id: uuid.UUID, position: int) -> bytes | None:
    with ctx.db.transaction() as session:
        picture = session.scalar(
            select(VoteOption.picture).where(
                VoteOption.vote_id == vote_id,
                VoteOption.position == position,
                VoteOption.deleted_at.is_(None),
            )
        )
        return bytes(picture) if picture else None


def current_vote(ctx: AppContext) -> VoteInfo | None:
    """The vote the room is busy with: the open one, else the last closed or published."""
    for info in list_votes(ctx):
        if info.status in ("open", "closed", "published"):
            return info
    return None


def sealed_turnout(ctx: AppContext, vote_id: uuid.UUID) -> Turnout | None:
    """The turnout sealed in the vote's `closed` ledger entry: what the minutes and the
    projector show of a closed vote, and what `verify` checks the roll against (counted again
    later, who may vote would follow the people known by then). None before the close, or
    when a kiosk before ledger format 2 closed it."""
    with ctx.db.transaction() as session:
        payload = session.scalar(
            select(LedgerEntry.payload)
            .where(LedgerEntry.vote_id == vote_id, LedgerEntry.kind == "closed")
            .order_by(LedgerEntry.seq.desc())
            .limit(1)
        )
    figures = (payload or {}).get("turnout")
    if not isinstance(figures, Mapping):
        return None
    return Turnout.from_json(figures)
