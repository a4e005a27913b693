"""The typed elections: what a vote is once its ballots are validated and merged.

`app.voting.tally.ballots.parse_election` and `app.voting.tally.pabulib` build them; each counting
module (`counting`, `irv`, `schulze`, `mj`, `motion`, `consent`, `pb`) reads one of them. Profiles
map a distinct ballot to the number of ballots that gave it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal, TypeAlias


@dataclass(frozen=True, slots=True)
class RankedElection:
    """Rankings (best first, possibly truncated) for plurality, IRV or Schulze.

    `profile` maps a ranking, as option indices, to the number of ballots that gave it.
    """

    method: Literal["plurality", "irv", "schulze"]
    options: tuple[str, ...]
    profile: Mapping[tuple[int, ...], int]


@dataclass(frozen=True, slots=True)
class ApprovalElection:
    """Approval ballots: `profile` maps a set of approved options (sorted indices) to a weight."""

    options: tuple[str, ...]
    profile: Mapping[tuple[int, ...], int]
    method: Literal["approval"] = "approval"


@dataclass(frozen=True, slots=True)
class ScoreElection:
    """Score ballots, summed per option (a missing score counts 0)."""

    options: tuple[str, ...]
    totals: tuple[int, ...]
    voters: int
    max_score: int | None
    method: Literal["score"] = "score"


@dataclass(frozen=True, slots=True)
class MJElection:
    """Majority judgment: `merit[i][g]` ballots gave option i the grade g (worst → best).

    Every option has the same number of grades: a missing grade was counted as the worst.
    """

    options: tuple[str, ...]
    grades: tuple[str, ...]
    merit: tuple[tuple[int, ...], ...]
    method: Literal["mj"] = "mj"


@dataclass(frozen=True, slots=True)
class Quorum:
    """Met when `count` (people present or ballots cast) ≥ `ratio` × people entitled."""

    count: Literal["present", "cast"]
    ratio: Fraction


@dataclass(frozen=True, slots=True)
class MotionElection:
    yes: int
    no: int
    abstain: int
    invalid: int
    base: str
    threshold: str
    quorum: Quorum | None
    present: int | None
    entitled: int | None
    method: Literal["motion"] = "motion"

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain + self.invalid


@dataclass(frozen=True, slots=True)
class ConsentElection:
    """Consent: a proposal passes when nobody objects. `objections` pairs reasons and counts."""

    consents: int
    objections: tuple[tuple[str, int], ...]
    method: Literal["consent"] = "consent"


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    label: str
    cost: Fraction


@dataclass(frozen=True, slots=True)
class PBElection:
    """Participatory budgeting.

    `profile` maps a ballot, as sorted `(project index, points)` pairs with points > 0 (1 for an
    approval), to its weight. Empty ballots are kept: under the Method of Equal Shares every
    voter holds an equal share of the budget, whether or not they approved anything.
    """

    projects: tuple[Project, ...]
    budget: Fraction
    vote_type: Literal["approval", "cumulative"]
    profile: Mapping[tuple[tuple[int, int], ...], int]
    rule: str
    currency: str = "EUR"
    min_projects: int = 0
    max_projects: int | None = None
    max_cost: Fraction | None = None
    max_points: int | None = None
    max_total_points: int | None = None
    file_rule: str | None = None
    """The rule a Pabulib file names when the tally applies another (the explanation says so)."""
    method: Literal["pb"] = "pb"

    @property
    def options(self) -> tuple[str, ...]:
        return tuple(project.id for project in self.projects)


Election: TypeAlias = (
    RankedElection
    | ApprovalElection
    | ScoreElection
    | MJElection
    | MotionElection
    | ConsentElection
    | PBElection
)
