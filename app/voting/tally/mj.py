"""Majority judgment (Balinski & Laraki).

Grades go from worst to best; an option's majority grade is the lower median of its grades.
Options with the same majority grade are separated by removing one median grade from each and
comparing the new medians, again and again; options whose sequences of medians are identical tie.

The sequence is never built: with n grades sorted from worst to best, the k-th median removed sits
at a known index, alternately just below and just above the middle. The first index at which two
options' grades differ is found from their cumulative counts, so a comparison costs the number of
grades, not the number of voters.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cmp_to_key
from itertools import accumulate, pairwise
from typing import Any

from app.voting.tally.elections import MJElection
from app.voting.tally.explain import N_, NP_, Line, Names, line, plural_line
from app.voting.tally.result import Result


class _Profile:
    __slots__ = ("bounds", "cumulative", "total")

    def __init__(self, counts: tuple[int, ...]) -> None:
        self.cumulative = list(accumulate(counts))
        self.total = self.cumulative[-1] if self.cumulative else 0
        self.bounds = self.cumulative[:-1]

    def grade_at(self, index: int) -> int:
        """The grade at `index` of the grades sorted from worst to best."""
        return bisect_right(self.cumulative, index)


def _step_of(index: int, total: int) -> int:
    """The step (0 = the majority grade) at which the grade at `index` is the median removed."""
    middle = total // 2
    if total % 2:
        return (
            0
            if index == middle
            else 2 * (middle - index) - 1
            if index < middle
            else 2 * (index - middle)
        )
    return 2 * (middle - 1 - index) if index < middle else 2 * (index - middle) + 1


def first_difference(a: _Profile, b: _Profile) -> int | None:
    """The first step at which the medians of `a` and `b` differ, or None if they never do."""
    total = a.total
    if total == 0:
        return None
    bounds = sorted({0, total, *a.bounds, *b.bounds})
    low_start = (total - 1) // 2  # the lower median
    candidates = []
    # Below (and at) the lower median, walking down.
    segment = bisect_right(bounds, low_start) - 1
    while segment >= 0:
        start = bounds[segment]
        if a.grade_at(start) != b.grade_at(start):
            end = bounds[segment + 1] - 1 if segment + 1 < len(bounds) else total - 1
            candidates.append(_step_of(min(low_start, end), total))
            break
        segment -= 1
    # Above the lower median, walking up.
    up_start = low_start + 1
    if up_start < total:
        segment = bisect_right(bounds, up_start) - 1
        while segment < len(bounds) - 1:
            start = max(bounds[segment], up_start)
            if a.grade_at(start) != b.grade_at(start):
                candidates.append(_step_of(start, total))
                break
            segment += 1
    return min(candidates) if candidates else None


def _index_at_step(step: int, total: int) -> int:
    middle = total // 2
    if total % 2:
        if step == 0:
            return middle
        j = (step + 1) // 2
        return middle - j if step % 2 else middle + j
    j = step // 2
    return middle - 1 - j if step % 2 == 0 else middle + j


def tally_mj(election: MJElection) -> Result:
    options, grades = election.options, election.grades
    profiles = [_Profile(counts) for counts in election.merit]
    total = profiles[0].total

    def compare(a: int, b: int) -> int:
        step = first_difference(profiles[a], profiles[b])
        if step is None:
            return 0
        index = _index_at_step(step, total)
        return profiles[b].grade_at(index) - profiles[a].grade_at(index)

    order = sorted(range(len(options)), key=cmp_to_key(compare))
    tiers: list[list[int]] = []
    for option in order:
        if tiers and compare(tiers[-1][0], option) == 0:
            tiers[-1].append(option)
        else:
            tiers.append([option])
    majority = [p.grade_at((total - 1) // 2) if total else None for p in profiles]
    lines: list[Line] = []
    tie_breaks: list[dict[str, Any]] = []
    if total == 0:
        lines.append(line(N_("No ballot was cast.")))
    else:
        lines.append(
            line(
                N_("Majority grades: {grades}."),
                grades=" · ".join(f"{options[o]} {grades[majority[o] or 0]}" for o in order),
            )
        )
        if len(tiers[0]) == 1:
            winner = tiers[0][0]
            lines.append(
                line(
                    N_(
                        "{winner} comes first with the majority grade {grade}: at least half of "
                        "the voters gave it {grade} or better."
                    ),
                    winner=options[winner],
                    grade=grades[majority[winner] or 0],
                )
            )
        for upper, lower in pairwise(tiers):
            a, b = upper[0], lower[0]
            if majority[a] != majority[b]:
                continue
            step = first_difference(profiles[a], profiles[b])
            assert step is not None  # different tiers differ somewhere
            index = _index_at_step(step, total)
            grade_a, grade_b = profiles[a].grade_at(index), profiles[b].grade_at(index)
            tie_breaks.append(
                {
                    "above": options[a],
                    "below": options[b],
                    "medians_removed": step,
                    "above_grade": grades[grade_a],
                    "below_grade": grades[grade_b],
                }
            )
            lines.append(
                plural_line(
                    NP_(
                        "{a} and {b} share the majority grade {grade}; with {n} median grade "
                        "removed from each, {a} has {grade_a} and {b} has {grade_b}.",
                        "{a} and {b} share the majority grade {grade}; with {n} median grades "
                        "removed from each, {a} has {grade_a} and {b} has {grade_b}.",
                    ),
                    step,
                    a=options[a],
                    b=options[b],
                    grade=grades[majority[a] or 0],
                    grade_a=grades[grade_a],
                    grade_b=grades[grade_b],
                )
            )
        for tier in tiers:
            if len(tier) > 1:
                lines.append(
                    line(
                        N_("{names} have exactly the same grades: they tie."),
                        names=Names(tuple(options[o] for o in tier)),
                    )
                )
    details = {
        "grades": list(grades),
        "options": {
            options[o]: {
                "majority_grade": None if majority[o] is None else grades[majority[o] or 0],
                "majority_grade_index": majority[o],
                "merit_profile": list(election.merit[o]),
            }
            for o in range(len(options))
        },
        "tie_breaks": tie_breaks,
    }
    ranking = [[options[o] for o in tier] for tier in tiers]
    return Result(
        method="mj",
        ranking=ranking,
        winners=list(ranking[0]),
        ties=[tier for tier in ranking if len(tier) > 1],
        details=details,
        explanation=lines,
    )
