"""`tally(election) -> Result`: one entry point for every method."""

from __future__ import annotations

from app.voting.methods import METHOD_NAMES, PB_RULE_NAMES
from app.voting.tally.ballots import parse_election
from app.voting.tally.consent import tally_consent
from app.voting.tally.counting import tally_approval, tally_plurality, tally_score
from app.voting.tally.elections import (
    ApprovalElection,
    ConsentElection,
    Election,
    MJElection,
    MotionElection,
    PBElection,
    RankedElection,
    ScoreElection,
)
from app.voting.tally.irv import tally_irv
from app.voting.tally.mj import tally_mj
from app.voting.tally.motion import tally_motion
from app.voting.tally.pb import tally_pb
from app.voting.tally.result import Result
from app.voting.tally.schulze import tally_schulze

METHODS = METHOD_NAMES
PB_RULES = PB_RULE_NAMES


def tally(election: Election) -> Result:
    """Count a validated election (see `parse_election`, `read_pabulib`)."""
    if isinstance(election, RankedElection):
        if election.method == "plurality":
            return tally_plurality(election)
        if election.method == "irv":
            return tally_irv(election)
        return tally_schulze(election)
    if isinstance(election, ApprovalElection):
        return tally_approval(election)
    if isinstance(election, ScoreElection):
        return tally_score(election)
    if isinstance(election, MJElection):
        return tally_mj(election)
    if isinstance(election, MotionElection):
        return tally_motion(election)
    if isinstance(election, ConsentElection):
        return tally_consent(election)
    if isinstance(election, PBElection):
        return tally_pb(election)
    raise TypeError(f"not an election: {election!r}")


def tally_data(data: object, *, method: str | None = None, rule: str | None = None) -> Result:
    """Validate a vote in its JSON form, then count it."""
    return tally(parse_election(data, method=method, rule=rule))
