"""The result of a tally, as `antenne tally` prints it and the projector shows it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from app.voting.tally.explain import Line, render_all
from app.voting.tally.reading import format_amount


@dataclass(frozen=True)
class Result:
    """`ranking` lists tiers, best first (options in a tier are tied); `winners` is the first
    tier, empty when the method cannot name one (an IRV tie that lots must break, a motion);
    `ties` lists every tier of more than one option; `details` is plain JSON data."""

    method: str
    ranking: list[list[str]]
    winners: list[str]
    ties: list[list[str]]
    details: dict[str, Any]
    explanation: Sequence[Line] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "ranking": self.ranking,
            "winners": self.winners,
            "ties": self.ties,
            "details": self.details,
            "explanation": render_all(self.explanation),
        }


def tiers_result(
    method: str,
    tiers: list[list[str]],
    details: dict[str, Any],
    explanation: Sequence[Line],
) -> Result:
    return Result(
        method=method,
        ranking=tiers,
        winners=list(tiers[0]) if tiers else [],
        ties=[tier for tier in tiers if len(tier) > 1],
        details=details,
        explanation=explanation,
    )


def tiers_by_score(options: Sequence[str], scores: Sequence[int | Fraction]) -> list[list[str]]:
    """Options grouped by equal score, highest first; within a tier, in the options' order."""
    tiers: dict[int | Fraction, list[str]] = {}
    for option, score in zip(options, scores, strict=True):
        tiers.setdefault(score, []).append(option)
    return [tiers[score] for score in sorted(tiers, reverse=True)]


def json_number(value: int | Fraction) -> int | str:
    """An exact number for JSON: an integer as is, anything else as exact text."""
    if isinstance(value, int):
        return value
    return value.numerator if value.denominator == 1 else format_amount(value)
