"""Participatory-budget ballots: the projects, the budget, the rule and each ballot's basket.

A basket is a set of approved projects or, for cumulative votes, points per project; it is checked
against the limits of the vote (`PBLimits`: how many projects, what cost, how many points). The
checks here are shared with `app.voting.tally.pabulib`, which reads the same election from a
Pabulib `.pb` file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.voting.methods import PB_RULE_NAMES
from app.voting.tally.elections import PBElection, Project
from app.voting.tally.reading import (
    TallyInputError,
    ballot_error,
    format_amount,
    group_ballots,
    is_int,
    option_indices,
    parse_number,
    read_ballots,
    read_whole,
    show,
    vote_error,
)


def _parse_projects(data: Mapping[str, Any]) -> tuple[Project, ...]:
    raw = data.get("options")
    example = '{"id": "p1", "label": "…", "cost": 25000}'
    if not isinstance(raw, list) or not raw:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", '"options" must list the projects as {example}.'),
            example=example,
        )
    projects = []
    seen: set[str] = set()
    for entry in raw:
        if not isinstance(entry, dict) or "id" not in entry or "cost" not in entry:
            raise vote_error(
                QT_TRANSLATE_NOOP(
                    "Tally", "Every project needs an id and a cost, as {example}; got {value}."
                ),
                example=example,
                value=show(entry),
            )
        project_id = entry["id"]
        if is_int(project_id):
            project_id = str(project_id)
        if not isinstance(project_id, str) or not project_id.strip():
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "A project id must be a non-empty text, not {value}."),
                value=show(project_id),
            )
        if project_id in seen:
            raise vote_error(
                QT_TRANSLATE_NOOP("Tally", "The project {project} is listed twice."),
                project=project_id,
            )
        seen.add(project_id)
        label = entry.get("label", project_id)
        cost = parse_number(entry["cost"], f"The cost of project {project_id}")
        check_cost(project_id, cost)
        projects.append(Project(id=project_id, label=str(label), cost=cost))
    return tuple(projects)


def check_cost(project_id: str, cost: Fraction) -> None:
    if cost <= 0:
        raise vote_error(
            QT_TRANSLATE_NOOP("Tally", "The project {project} must cost more than 0."),
            project=project_id,
        )


def check_budget(budget: Fraction) -> None:
    if budget <= 0:
        raise vote_error(QT_TRANSLATE_NOOP("Tally", "The budget must be more than 0."))


def check_rule(rule: object) -> str:
    if rule not in PB_RULE_NAMES:
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", "Unknown participatory budgeting rule {value}; expected one of {choices}."
            ),
            value=show(rule),
            choices=", ".join(PB_RULE_NAMES),
        )
    return str(rule)


@dataclass(frozen=True, slots=True)
class PBLimits:
    """What one PB ballot may hold."""

    min_projects: int = 0
    max_projects: int | None = None
    max_cost: Fraction | None = None
    max_points: int | None = None
    max_total_points: int | None = None


def check_pb_ballot(
    index: int,
    ballot: tuple[tuple[int, int], ...],
    projects: Sequence[Project],
    limits: PBLimits,
    label: str | None = None,
) -> None:
    """Check one PB ballot (sorted `(project, points)` pairs, points > 0) against the limits."""
    chosen = len(ballot)
    if limits.max_projects is not None and chosen > limits.max_projects:
        raise ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally", "Ballot {ballot} supports {count} projects; at most {maximum} are allowed."
            ),
            count=chosen,
            maximum=limits.max_projects,
            label=label,
        )
    if chosen < limits.min_projects:
        raise ballot_error(
            index,
            QT_TRANSLATE_NOOP(
                "Tally",
                "Ballot {ballot} supports {count} projects; at least {minimum} are required.",
            ),
            count=chosen,
            minimum=limits.min_projects,
            label=label,
        )
    if limits.max_cost is not None:
        cost = sum((projects[p].cost for p, _ in ballot), Fraction(0))
        if cost > limits.max_cost:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally",
                    "Ballot {ballot} chooses projects costing {cost} in total, over the {maximum} "
                    "a ballot may spend.",
                ),
                cost=format_amount(cost),
                maximum=format_amount(limits.max_cost),
                label=label,
            )
    if limits.max_points is not None:
        for project, points in ballot:
            if points > limits.max_points:
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Ballot {ballot} gives {points} points to {project}; at most {maximum} "
                        "per project.",
                    ),
                    points=points,
                    project=projects[project].id,
                    maximum=limits.max_points,
                    label=label,
                )
    if limits.max_total_points is not None:
        total = sum(points for _, points in ballot)
        if total > limits.max_total_points:
            raise ballot_error(
                index,
                QT_TRANSLATE_NOOP(
                    "Tally", "Ballot {ballot} gives {points} points in all; at most {maximum}."
                ),
                points=total,
                maximum=limits.max_total_points,
                label=label,
            )


def bad_points(
    index: int, project: str, value: object, label: str | None = None
) -> TallyInputError:
    return ballot_error(
        index,
        QT_TRANSLATE_NOOP(
            "Tally",
            "Ballot {ballot}: the points for {project} must be a whole number, not {value}.",
        ),
        project=show(project),
        value=show(value),
        label=label,
    )


def parse_pb(data: Mapping[str, Any]) -> PBElection:
    projects = _parse_projects(data)
    lookup = {project.id: i for i, project in enumerate(projects)}
    if "budget" not in data:
        raise vote_error(QT_TRANSLATE_NOOP("Tally", 'A participatory budget needs a "budget".'))
    budget = parse_number(data["budget"], "The budget")
    check_budget(budget)
    rule = check_rule(data.get("rule", "greedy"))
    max_cost = data.get("max_cost")
    limits = PBLimits(
        min_projects=read_whole(data, "min_projects", default=0) or 0,
        max_projects=read_whole(data, "max_projects"),
        max_cost=None if max_cost is None else parse_number(max_cost, '"max_cost"'),
        max_points=read_whole(data, "max_points"),
        max_total_points=read_whole(data, "max_total_points"),
    )
    ballots = read_ballots(data)
    cumulative = any(isinstance(b, dict) and "points" in b for b in ballots)
    if cumulative:
        weights, first = group_ballots(
            ballots,
            "points",
            frozenset({"points", "count"}),
            '{"points": {"p1": 3, "p2": 1}}',
            kind=dict,
        )
    else:
        weights, first = group_ballots(
            ballots,
            "approve",
            frozenset({"approve", "count"}),
            '{"approve": ["p1", "p3"]}',
            kind=list,
        )
    profile: dict[tuple[tuple[int, int], ...], int] = {}
    for key, weight in weights.items():
        index = first[key]
        if cumulative:
            positions = option_indices(index, tuple(name for name, _ in key), lookup)
            pairs = []
            for (name, points), position in zip(key, positions, strict=True):
                if not is_int(points) or points < 0:
                    raise bad_points(index, name, points)
                if points:
                    pairs.append((position, points))
            ballot = tuple(sorted(pairs))
        else:
            ballot = tuple((p, 1) for p in sorted(option_indices(index, key, lookup)))
        check_pb_ballot(index, ballot, projects, limits)
        if weight:
            profile[ballot] = profile.get(ballot, 0) + weight
    currency = data.get("currency", "EUR")
    return PBElection(
        projects=projects,
        budget=budget,
        vote_type="cumulative" if cumulative else "approval",
        profile=profile,
        rule=rule,
        currency=currency if isinstance(currency, str) and len(currency) == 3 else "EUR",
        min_projects=limits.min_projects,
        max_projects=limits.max_projects,
        max_cost=limits.max_cost,
        max_points=limits.max_points,
        max_total_points=limits.max_total_points,
    )
