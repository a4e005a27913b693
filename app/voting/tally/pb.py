"""Participatory budgeting: greedy by votes, and the Method of Equal Shares (MES) with its
"add1" budget increase and greedy completion.

`greedy` orders projects by votes (approvals, or points for cumulative ballots), ties by project
id compared as text, and takes each project that still fits.

`mes` (equalshares.net, cost utilities): the budget is split equally among the voters. A project
costing c can be bought when its supporters can pay c between them, each paying at most a share
q (those with less than q pay everything they have left); the project asking the smallest
q / c (the "price per unit of satisfaction", cost utilities making every supporter's satisfaction
c) is bought next, ties by project id as text, and its supporters pay. It stops when no project
can be paid by its own supporters. Ballots with points support the projects they give points to.

`mes-add1`: run MES again with every voter's share raised by one currency unit at a time, until
the outcome is exhaustive (no supported project fits in what is left) or would overspend — then
keep the last outcome that did not. `mes-add1-greedy` fills what is left with `greedy`.

These follow pabutools (`greedy_utilitarian_welfare` with `Cost_Sat`, `method_of_equal_shares` with
`Cost_Sat`, `voter_budget_increment=1`) exactly: the tests compare outcomes on real Pabulib data.

Exact arithmetic, made fast: voters with identical ballots are one weighted voter; voters with the
same budget left form a class (few classes: everyone starts equal, and buying a project moves its
supporters of each class to one new class), so working out what a project asks sorts a handful of
classes rather than thousands of voters; and a project is re-examined only when the best offer so
far is no better than what it asked before (what a project asks only ever grows).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from app.voting.tally.elections import PBElection
from app.voting.tally.explain import N_, NP_, Line, Money, Names, Param, Term, line, plural_line
from app.voting.tally.result import Result, json_number

RULE_TERMS = {
    "greedy": N_("greedy by votes"),
    "mes": N_("Method of Equal Shares"),
    "mes-add1": N_("Method of Equal Shares, shares raised one unit at a time"),
    "mes-add1-greedy": N_(
        "Method of Equal Shares, shares raised one unit at a time, then greedy by votes"
    ),
}
_MAX_SKIP_LINES = 5


@dataclass
class Outcome:
    """What a rule chose and why the others were left out (JSON-ready reasons)."""

    order: list[int] = field(default_factory=list)
    reasons: dict[int, dict[str, Any]] = field(default_factory=dict)
    voter_budget: Fraction | None = None
    first_voter_budget: Fraction | None = None
    completed: list[int] = field(default_factory=list)


def votes_of(election: PBElection) -> list[int]:
    """Approvals, or points, per project."""
    votes = [0] * len(election.projects)
    for ballot, weight in election.profile.items():
        for project, points in ballot:
            votes[project] += points * weight
    return votes


def greedy(
    election: PBElection,
    votes: list[int],
    *,
    chosen: list[int] | None = None,
    outcome: Outcome | None = None,
) -> Outcome:
    """Take projects by votes (ties: id as text) while they fit; `chosen` are already bought."""
    outcome = outcome or Outcome()
    already = list(chosen or [])
    taken = set(already)
    left = election.budget - sum((election.projects[p].cost for p in already), Fraction(0))
    projects = election.projects
    order = sorted(
        (p for p in range(len(projects)) if p not in taken),
        key=lambda p: (-votes[p], projects[p].id),
    )
    for project in order:
        cost = projects[project].cost
        if cost <= left:
            left -= cost
            outcome.order.append(project)
            outcome.reasons.pop(project, None)
            if chosen is not None:
                outcome.completed.append(project)
        elif chosen is None:
            outcome.reasons[project] = {"reason": "did_not_fit", "left": json_number(left)}
            outcome.reasons[project]["_left"] = left
    return outcome


class _EqualShares:
    """One run of MES at a given share per voter."""

    def __init__(self, election: PBElection) -> None:
        self.projects = election.projects
        ballots = list(election.profile.items())
        self.weights = [weight for _, weight in ballots]
        self.voters = sum(self.weights)
        supporters: list[list[int]] = [[] for _ in self.projects]
        for voter, (ballot, _) in enumerate(ballots):
            for project, _points in ballot:
                supporters[project].append(voter)
        self.supporters = supporters
        self.support = [sum(self.weights[v] for v in s) for s in supporters]
        self.candidates = [p for p in range(len(self.projects)) if self.support[p] > 0]
        self.voter_sets = [frozenset(s) for s in supporters]
        self.price: dict[int, tuple[int, int]] = {}
        self.voter_class: list[int] = []
        self.values: list[Fraction] = []

    def run(self, share: Fraction) -> list[int]:
        """The projects bought, in order, when every voter starts with `share`."""
        projects, supporters, weights = self.projects, self.supporters, self.weights
        # Money is counted in integers of 1/scale: sorting and comparing budgets stays integer
        # work; buying a project multiplies the scale by the denominator of its price.
        scale = math.lcm(share.denominator, *(p.cost.denominator for p in projects))
        values = [share.numerator * (scale // share.denominator)]
        class_of_value = {values[0]: 0}
        voter_class = [0] * len(weights)
        # What each project asked when last examined: a lower bound of what it asks now, and
        # exactly what it asks while none of its supporters has paid for anything since.
        asked = {p: Fraction(1, self.support[p]) for p in self.candidates}
        exact: set[int] = set()
        bought: list[int] = []
        while asked:
            best: tuple[Fraction, str, int, int, int] | None = None
            for project in sorted(asked, key=lambda p: (asked[p], projects[p].id)):
                if best is not None and asked[project] > best[0]:
                    break
                if project in exact:
                    rho, numerator, denominator = asked[project], *self.price[project]
                else:
                    cost = projects[project].cost
                    scaled_cost = cost.numerator * (scale // cost.denominator)
                    per_class: dict[int, int] = {}
                    for voter in supporters[project]:
                        c = voter_class[voter]
                        per_class[c] = per_class.get(c, 0) + weights[voter]
                    rich = sum(per_class.values())
                    paid = 0
                    for c in sorted(per_class, key=values.__getitem__):
                        # Can every supporter still in pay (cost - paid) / rich from this class?
                        if scaled_cost - paid <= values[c] * rich:
                            break
                        paid += values[c] * per_class[c]
                        rich -= per_class[c]
                    else:
                        del asked[project]  # money only goes down: never affordable again
                        continue
                    numerator, denominator = scaled_cost - paid, rich
                    rho = Fraction(numerator, denominator * scaled_cost)
                    asked[project] = rho
                    self.price[project] = (numerator, denominator)
                    exact.add(project)
                key = (rho, projects[project].id)
                if best is None or key < best[:2]:
                    best = (rho, projects[project].id, project, numerator, denominator)
            if best is None:
                break
            _, _, project, numerator, denominator = best
            del asked[project]
            bought.append(project)
            # The price, numerator / denominator in 1/scale units, in whole units of a new scale.
            common = math.gcd(numerator, denominator)
            numerator, denominator = numerator // common, denominator // common
            if denominator > 1:
                scale *= denominator
                values = [v * denominator for v in values]
                class_of_value = {v: c for c, v in enumerate(values)}
            moved: dict[int, int] = {}
            for voter in supporters[project]:
                old = voter_class[voter]
                new = moved.get(old)
                if new is None:
                    value = max(values[old] - numerator, 0)
                    new = class_of_value.get(value)
                    if new is None:
                        new = len(values)
                        values.append(value)
                        class_of_value[value] = new
                    moved[old] = new
                voter_class[voter] = new
            touched = self.voter_sets[project]
            exact = {p for p in exact if p in asked and touched.isdisjoint(self.voter_sets[p])}
        self.voter_class = voter_class
        self.values = [Fraction(v, scale) for v in values]
        return bought

    def money_left(self, project: int) -> Fraction:
        """What the supporters of `project` hold after the last run."""
        return sum(
            (self.values[self.voter_class[v]] * self.weights[v] for v in self.supporters[project]),
            Fraction(0),
        )


def equal_shares(election: PBElection, *, add1: bool) -> Outcome:
    outcome = Outcome()
    engine = _EqualShares(election)
    if engine.voters == 0:
        return outcome
    share = election.budget / engine.voters
    outcome.first_voter_budget = share
    costs = [p.cost for p in election.projects]
    bought = engine.run(share)
    used = share
    if add1:
        previous: list[int] = []
        previous_share = share
        while True:
            total = sum((costs[p] for p in bought), Fraction(0))
            if total > election.budget:
                bought, used = previous, previous_share
                engine.run(used)  # the budgets left behind by the outcome kept
                break
            left = election.budget - total
            taken = set(bought)
            if not any(p not in taken and costs[p] <= left for p in engine.candidates):
                used = share
                break
            previous, previous_share = bought, share
            share += 1
            bought = engine.run(share)
    outcome.order = list(bought)
    outcome.voter_budget = used
    taken = set(bought)
    for project in range(len(election.projects)):
        if project in taken:
            continue
        if engine.support[project] == 0:
            outcome.reasons[project] = {"reason": "no_support"}
        else:
            money = engine.money_left(project)
            outcome.reasons[project] = {
                "reason": "supporters_short",
                "supporters_money": json_number(money),
                "_money": money,
            }
    return outcome


def tally_pb(election: PBElection) -> Result:
    projects = election.projects
    votes = votes_of(election)
    rule = election.rule
    if rule == "greedy":
        outcome = greedy(election, votes)
    else:
        outcome = equal_shares(election, add1=rule != "mes")
        if rule == "mes-add1-greedy":
            greedy(election, votes, chosen=list(outcome.order), outcome=outcome)
    chosen = set(outcome.order)
    cost = sum((projects[p].cost for p in outcome.order), Fraction(0))
    left = election.budget - cost
    lines = _explain(election, votes, outcome, cost)
    not_selected = {}
    for project in sorted(outcome.reasons, key=lambda p: (-votes[p], projects[p].id)):
        reason = {k: v for k, v in outcome.reasons[project].items() if not k.startswith("_")}
        reason.update(votes=votes[project], cost=json_number(projects[project].cost))
        not_selected[projects[project].id] = reason
    details: dict[str, Any] = {
        "rule": rule,
        "vote_type": election.vote_type,
        "selected": [p.id for i, p in enumerate(projects) if i in chosen],
        "order": [projects[p].id for p in outcome.order],
        "cost": json_number(cost),
        "budget": json_number(election.budget),
        "left": json_number(left),
        "currency": election.currency,
        "votes": {p.id: votes[i] for i, p in enumerate(projects)},
        "not_selected": not_selected,
    }
    if outcome.voter_budget is not None:
        details["voter_budget"] = json_number(outcome.voter_budget)
    if election.file_rule is not None:
        details["file_rule"] = election.file_rule
    if outcome.completed:
        details["completed_by_greedy"] = [projects[p].id for p in outcome.completed]
    rest = sorted(
        (p for p in range(len(projects)) if p not in chosen),
        key=lambda p: (-votes[p], projects[p].id),
    )
    ranking = [[projects[p].id] for p in outcome.order] + [[projects[p].id] for p in rest]
    return Result(
        method="pb",
        ranking=ranking,
        winners=[projects[p].id for p in outcome.order],
        ties=[],
        details=details,
        explanation=lines,
    )


def _explain(
    election: PBElection, votes: list[int], outcome: Outcome, cost: Fraction
) -> list[Line]:
    projects, currency = election.projects, election.currency

    def money(value: Fraction) -> Money:
        return Money(value, currency)

    points = election.vote_type == "cumulative"
    lines: list[Line] = [
        plural_line(
            NP_(
                "{n} project funded for {cost} of the {budget} budget ({rule}).",
                "{n} projects funded for {cost} of the {budget} budget ({rule}).",
            ),
            len(outcome.order),
            cost=money(cost),
            budget=money(election.budget),
            rule=Term(RULE_TERMS[election.rule]),
        )
    ]
    if election.file_rule is not None:
        lines.append(_file_rule_line(election))
    if outcome.first_voter_budget is not None and outcome.voter_budget is not None:
        if outcome.voter_budget == outcome.first_voter_budget:
            lines.append(
                line(
                    N_("Each voter's equal share of the budget: {share}."),
                    share=money(outcome.first_voter_budget),
                )
            )
        else:
            lines.append(
                line(
                    N_(
                        "Each voter's share was raised from {first} to {share}, one unit at a "
                        "time, until the budget was used as fully as it could be."
                    ),
                    first=money(outcome.first_voter_budget),
                    share=money(outcome.voter_budget),
                )
            )
    if outcome.completed:
        lines.append(
            line(
                N_("What was left then funded {names}, by votes."),
                names=Names(tuple(projects[p].id for p in outcome.completed)),
            )
        )
    # Why a project with more votes than a funded one was not funded.
    explained = 0
    skipped = sorted(outcome.reasons, key=lambda p: (-votes[p], projects[p].id))
    funded = outcome.order
    for project in skipped:
        fewer = [p for p in funded if votes[p] < votes[project]]
        if not fewer:
            continue
        if explained == _MAX_SKIP_LINES:
            remaining = (
                sum(1 for p in skipped if any(votes[f] < votes[p] for f in funded)) - explained
            )
            lines.append(
                plural_line(
                    NP_(
                        "{n} more project was passed over in the same way.",
                        "{n} more projects were passed over in the same way.",
                    ),
                    remaining,
                )
            )
            break
        explained += 1
        reason = outcome.reasons[project]
        lowest = min(fewer, key=lambda p: (votes[p], projects[p].id))
        params: dict[str, Param] = {
            "project": projects[project].id,
            "votes": votes[project],
            "cost": money(projects[project].cost),
            "lowest": projects[lowest].id,
            "lowest_votes": votes[lowest],
        }
        if reason["reason"] == "did_not_fit":
            msgid = (
                N_(
                    "{project} ({votes} points) was passed over although {lowest} "
                    "({lowest_votes} points) was funded: {project} costs {cost} and only {left} "
                    "was left when its turn came."
                )
                if points
                else N_(
                    "{project} ({votes} votes) was passed over although {lowest} "
                    "({lowest_votes} votes) was funded: {project} costs {cost} and only {left} "
                    "was left when its turn came."
                )
            )
            params["left"] = money(reason["_left"])
        else:
            msgid = (
                N_(
                    "{project} ({votes} points) was not funded although {lowest} "
                    "({lowest_votes} points) was: {project} costs {cost} and its supporters had "
                    "only {money} left of their equal shares."
                )
                if points
                else N_(
                    "{project} ({votes} votes) was not funded although {lowest} "
                    "({lowest_votes} votes) was: {project} costs {cost} and its supporters had "
                    "only {money} left of their equal shares."
                )
            )
            params["money"] = money(reason["_money"])
        lines.append(Line(msgid, params))
    return lines


def _file_rule_line(election: PBElection) -> Line:
    """Why the rule applied is not the one the Pabulib file names."""
    rule = Term(RULE_TERMS[election.rule])
    named = election.file_rule or ""
    if not named:
        return line(N_("Rule applied: {rule}. The file names no rule."), rule=rule)
    if named.endswith("-comparison"):
        return line(
            N_(
                "Rule applied: {rule}. The file names {named}, whose last step (switching to "
                "greedy by votes when most voters prefer its outcome) is not run here."
            ),
            named=named,
            rule=rule,
        )
    return line(
        N_("Rule applied: {rule}. The file names {named}, a rule this tally does not run."),
        named=named,
        rule=rule,
    )
