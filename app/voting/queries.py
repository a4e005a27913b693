"""What the voting screens show, as read models: the vote and its room (`vote_state`), a
revealed result (`shown_result`) and the show-of-hands count on record (`count_on_record`).

Screens import these frozen values at module top; the service (SQLAlchemy) is imported by
`vote_state` only when it runs, on the task runner's thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.voting.phrases import grade_words
from app.voting.types import AnalogCountInfo, RollLine, Turnout, VoteInfo

if TYPE_CHECKING:
    from app.context import AppContext


CLOSED_STATUSES = ("closed", "published")


@dataclass(frozen=True)
class VoteState:
    """A vote and its turnout, as the facilitator's screens show them."""

    vote: VoteInfo
    turnout: Turnout
    quorum: bool | None
    roll: tuple[RollLine, ...] = ()
    votes: tuple[VoteInfo, ...] = ()
    # Option label → picture (JPEG), for the screens that show projects.
    pictures: Mapping[str, bytes] = field(default_factory=dict)


def vote_state(
    ctx: AppContext,
    vote_id: uuid.UUID | None,
    *,
    roll: bool = False,
    pictures: Collection[str] = (),
) -> VoteState | None:
    """The vote (the current one when `vote_id` is None), with the roll call if `roll`, and the
    projects' pictures if the vote's status is in `pictures`."""
    from app.voting import service

    votes = tuple(service.list_votes(ctx))
    if vote_id is None:
        current = service.current_vote(ctx) or (votes[0] if votes else None)
        if current is None:
            return None
        vote_id = current.id
    vote = service.get_vote(ctx, vote_id)
    # A closed vote's figures are those its ledger sealed (and verify checks).
    sealed = service.sealed_turnout(ctx, vote_id) if vote.status in CLOSED_STATUSES else None
    figures = sealed or service.turnout(ctx, vote_id)
    lines = tuple(service.roll_call(ctx, vote_id)) if roll else ()
    shown = (
        service.option_pictures(ctx, vote_id)
        if vote.status in pictures and any(o.has_picture for o in vote.options)
        else {}
    )
    return VoteState(vote, figures, service.quorum_met(vote, figures), lines, votes, shown)


@dataclass(frozen=True)
class ShownResult:
    """A revealed result as the room sees it: the engine's refusal, or the motion's counts
    (choice → count, "invalid" only when there are some) or the winners, and the engine's
    explanation in the room's language, one line each (blank lines left out)."""

    error: str | None = None
    counts: tuple[tuple[str, int], ...] = ()
    winners: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()


def shown_result(vote: VoteInfo, language: str) -> ShownResult | None:
    """The vote's result once revealed (None before: nothing to show the room)."""
    result = vote.result
    if not vote.revealed or result is None:
        return None
    if "error" in result:
        return ShownResult(error=str(result["error"]))
    details = result.get("details") or {}
    explanation = str((result.get("explanation") or {}).get(language, ""))
    if vote.grades:
        # A majority judgment's grades in words ("Very good"), never their identifiers.
        explanation = grade_words(explanation, vote.grades, language)
    lines = tuple(line for line in explanation.split("\n") if line.strip())
    counts: tuple[tuple[str, int], ...] = ()
    if vote.method == "motion":
        choices = ["yes", "no", "abstain"] + (["invalid"] if details.get("invalid") else [])
        counts = tuple((choice, details.get(choice, 0)) for choice in choices)
    winners = tuple(str(winner) for winner in result.get("winners") or [])
    return ShownResult(counts=counts, winners=winners, explanation=lines)


@dataclass(frozen=True)
class CountOnRecord:
    """The show-of-hands count in force (the last one, corrections included): its figures,
    each option's count and, in majority judgment, each option's count per grade."""

    id: uuid.UUID
    figures: Mapping[str, int]
    """`cast`, `valid`, `invalid`, `blank`."""
    options: Mapping[str, int]
    grades: Mapping[str, tuple[int, ...]]


def count_on_record(counts: Sequence[AnalogCountInfo]) -> CountOnRecord | None:
    """The count in force among a vote's counts (`service.analog_counts`), None before any."""
    if not counts:
        return None
    last = counts[-1]
    options = {key: value for key, value in last.counts.items() if isinstance(value, int)}
    grades = {
        key: tuple(value)
        for key, value in last.counts.items()
        if isinstance(value, list) and all(isinstance(n, int) for n in value)
    }
    figures = {"cast": last.cast, "valid": last.valid, "invalid": last.invalid, "blank": last.blank}
    return CountOnRecord(last.id, figures, options, grades)


def analog_count(ctx: AppContext, vote_id: uuid.UUID) -> CountOnRecord | None:
    """The show-of-hands count in force for the vote."""
    from app.voting import service

    return count_on_record(service.analog_counts(ctx, vote_id))
