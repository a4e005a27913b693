"""What every voting action shares: its errors, loading the vote and checking its status and
channel, the people (who is this, may they vote, are they in the room) and the audit log.

Helpers that work inside the caller's transaction (a `Session`); none opens one. This module
imports none of the action modules, which all import it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import record_audit_in
from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message, NotFoundError
from app.voting.types import CLOSED, OptionInfo
from db.models import Attendance, Person, PersonKind, Vote, VoteChannel, VoteStatus

CONTEXT = "Voting"


def _message(source: str, **params: Any) -> Message:
    return Message(CONTEXT, source, params)


class VotingError(InvalidInputError):
    """A voting action a person asked for cannot be done; nothing was changed."""


def _refuse(source: str, **params: Any) -> VotingError:
    return VotingError(_message(source, **params))


def _closed() -> VotingError:
    return _refuse(CLOSED)


def _vote(session: Session, vote_id: uuid.UUID) -> Vote:
    vote = session.get(Vote, vote_id)
    if vote is None or vote.deleted_at is not None:
        raise NotFoundError(_message(QT_TRANSLATE_NOOP("Voting", "This vote does not exist.")))
    return vote


def _options(vote: Vote, pictured: Collection[int] = ()) -> tuple[OptionInfo, ...]:
    return tuple(
        OptionInfo(
            label=o.label,
            description=o.description,
            cost=o.cost,
            has_picture=o.position in pictured,
            translations=dict(o.translations or {}),
        )
        for o in vote.options
        if o.deleted_at is None
    )


def _require(vote: Vote, *statuses: VoteStatus) -> None:
    if vote.status not in statuses:
        raise _refuse(
            QT_TRANSLATE_NOOP("Voting", "The vote is {status}: this cannot be done now."),
            status=vote.status.value,
        )


def _require_channel(vote: Vote, channel: VoteChannel) -> None:
    if channel.value not in vote.channels:
        raise _refuse(QT_TRANSLATE_NOOP("Voting", "This vote does not use this channel."))


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(_message(QT_TRANSLATE_NOOP("Voting", "This person is not known here.")))
    return person


def _eligible(vote: Vote, person: Person) -> bool:
    if person.deleted_at is not None:
        return False
    kind = vote.rules.get("eligibility", "present")
    if kind == "shareholders":
        return person.shareholder_since is not None
    if kind == "members":
        return person.is_member or person.kind is PersonKind.staff
    return True


def _not_eligible(vote: Vote, person: Person) -> VotingError:
    kind = vote.rules.get("eligibility", "present")
    if kind == "shareholders":
        return _refuse(
            QT_TRANSLATE_NOOP(
                "Voting", "{name} cannot vote: only shareholders vote on this decision."
            ),
            name=person.first_name,
        )
    return _refuse(
        QT_TRANSLATE_NOOP("Voting", "{name} cannot vote: only members vote on this decision."),
        name=person.first_name,
    )


def _is_present(session: Session, vote_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    return bool(
        session.scalar(
            select(Attendance.present).where(
                Attendance.vote_id == vote_id, Attendance.person_id == person_id
            )
        )
    )


def _audit(
    session: Session,
    actor: uuid.UUID | None,
    action: str,
    vote_id: uuid.UUID,
    details: Mapping[str, Any] | None = None,
) -> None:
    if actor is None and action == "vote_roll_call":
        return  # a badge scanned at the door: the ledger has it, nobody acted
    record_audit_in(session, actor=actor, action=action, target=f"vote:{vote_id}", details=details)
