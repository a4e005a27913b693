"""Ballots about a list of named options: rankings, approvals, scores and grades.

Plurality, IRV and Schulze read rankings (best first, possibly truncated), approval reads sets of
approved options, score reads whole-number scores and majority judgment reads grades (plus
optional per-option tallies entered by hand). Each reader returns the typed election with
identical ballots merged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.voting.tally.elections import ApprovalElection, MJElection, RankedElection, ScoreElection
from app.voting.tally.reading import (
    ballot_error,
    group_ballots,
    is_int,
    option_indices,
    read_ballots,
    read_options,
    read_whole,
    show,
    vote_error,
)


def parse_ranked(data: Mapping[str, Any], method: str) -> RankedElection:
    options = read_options(data)
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = group_ballots(
        read_ballots(data),
        "ranking",
        frozenset({"ranking", "count"}),
        '{"ranking": ["A", "C"], "count": 1}',
        kind=list,
    )
    profile: dict[tuple[int, ...], int] = {}
    for key, weight in weights.items():
        ranking = option_indices(first[key], key, lookup)
        if weight:
            profile[ranking] = profile.get(ranking, 0) + weight
    # `parse_election` hands this reader only the ranked methods (`RANKED_METHODS`): a `str`
    # here is one of the Literal's.
    return RankedElection(method=method, options=options, profile=profile)  # type: ignore[arg-type]


def parse_approval(data: Mapping[str, Any]) -> ApprovalElection:
    options = read_options(data)
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = group_ballots(
        read_ballots(data),
        "approve",
        frozenset({"approve", "count"}),
        '{"approve": ["A", "B"]}',
        kind=list,
    )
    profile: dict[tuple[int, ...], int] = {}
    for key, weight in weights.items():
        approved = tuple(sorted(option_indices(first[key], key, lookup)))
        if weight:
            profile[approved] = profile.get(approved, 0) + weight
    return ApprovalElection(options=options, profile=profile)


def _graded(
    data: Mapping[str, Any], field: str, example: str, top: int | None, options: tuple[str, ...]
) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """Ballots of (option → whole number from 0 to `top`) as (weight, ((option, value), …))."""
    lookup = {name: i for i, name in enumerate(options)}
    weights, first = group_ballots(
        read_ballots(data, required=field != "grades"),
        field,
        frozenset({field, "count"}),
        example,
        kind=dict,
    )
    result = []
    for key, weight in weights.items():
        index = first[key]
        positions = option_indices(index, tuple(name for name, _ in key), lookup)
        for name, value in key:
            if not is_int(value) or value < 0 or (top is not None and value > top):
                if field == "grades":
                    raise ballot_error(
                        index,
                        QT_TRANSLATE_NOOP(
                            "Tally",
                            "Ballot {ballot}: the grade of {option} must be a whole number "
                            "from 0 to {top}, not {value}.",
                        ),
                        option=show(name),
                        top=top,
                        value=show(value),
                    )
                if top is None:
                    raise ballot_error(
                        index,
                        QT_TRANSLATE_NOOP(
                            "Tally",
                            "Ballot {ballot}: the score of {option} must be a whole number of "
                            "at least 0, not {value}.",
                        ),
                        option=show(name),
                        value=show(value),
                    )
                raise ballot_error(
                    index,
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Ballot {ballot}: the score of {option} must be a whole number from 0 to "
                        "{top}, not {value}.",
                    ),
                    option=show(name),
                    top=top,
                    value=show(value),
                )
        result.append((weight, tuple(zip(positions, (v for _, v in key), strict=True))))
    return result


def parse_score(data: Mapping[str, Any]) -> ScoreElection:
    options = read_options(data)
    max_score = read_whole(data, "max_score")
    totals = [0] * len(options)
    voters = 0
    for weight, scores in _graded(data, "scores", '{"scores": {"A": 3}}', max_score, options):
        voters += weight
        for position, value in scores:
            totals[position] += value * weight
    return ScoreElection(options=options, totals=tuple(totals), voters=voters, max_score=max_score)


def parse_mj(data: Mapping[str, Any]) -> MJElection:
    options = read_options(data)
    grades = data.get("grades")
    if (
        not isinstance(grades, list)
        or not grades
        or not all(isinstance(g, str) and g.strip() for g in grades)
    ):
        raise vote_error(
            QT_TRANSLATE_NOOP(
                "Tally", '"grades" must be a non-empty list of grade names, worst grade first.'
            )
        )
    if len(set(grades)) != len(grades):
        raise vote_error(QT_TRANSLATE_NOOP("Tally", "Two grades have the same name."))
    top = len(grades) - 1
    merit = [[0] * len(grades) for _ in options]
    for weight, given in _graded(data, "grades", '{"grades": {"A": 4}}', top, options):
        graded = set()
        for position, grade in given:
            merit[position][grade] += weight
            graded.add(position)
        for position in range(len(options)):
            if position not in graded:  # a missing grade counts as the worst grade
                merit[position][0] += weight
    tallies = data.get("tallies")
    if tallies is not None:
        if not isinstance(tallies, dict):
            raise vote_error(
                QT_TRANSLATE_NOOP(
                    "Tally", '"tallies" must map each option to its counts per grade, worst first.'
                )
            )
        lookup = {name: i for i, name in enumerate(options)}
        for name, counts in tallies.items():
            if name not in lookup:
                raise vote_error(
                    QT_TRANSLATE_NOOP("Tally", "Tallies: {option} is not one of the options."),
                    option=show(name),
                )
            if (
                not isinstance(counts, list)
                or len(counts) != len(grades)
                or not all(is_int(c) and c >= 0 for c in counts)
            ):
                raise vote_error(
                    QT_TRANSLATE_NOOP(
                        "Tally",
                        "Tallies of {option}: give {grades} whole numbers of at least 0, one per "
                        "grade, worst first.",
                    ),
                    option=show(name),
                    grades=len(grades),
                )
            for grade, count in enumerate(counts):
                merit[lookup[name]][grade] += count
    # Options judged by fewer people (tallies entered per option) get the worst grade for the
    # missing judgments, as a missing grade on a ballot does.
    judges = max(sum(row) for row in merit)
    for row in merit:
        row[0] += judges - sum(row)
    return MJElection(options=options, grades=tuple(grades), merit=tuple(map(tuple, merit)))
