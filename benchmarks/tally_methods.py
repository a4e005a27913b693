"""Tally 100 000 ballots with each method (docs/architecture.md, "Performance targets": ≤ 1 s each).

Each figure times what `antenne tally` does after reading the file: validate every ballot, merge
identical ones, count, explain in three languages (`tally_data(vote).to_json()`). Ballots are
drawn at random (seeded) over 6 options, or 20 projects for participatory budgeting; rankings are
often truncated, so the distinct ballots number in the thousands.
"""

from __future__ import annotations

import random
import time
from typing import Any

from _common import emit

from app.voting.tally import tally_data

BALLOTS = 100_000
OPTIONS = ["Jardin", "Atelier", "Cantine", "Vélos", "Fresque", "Bancs"]
TARGET_MS = 1000


def _ranking(rng: random.Random) -> list[str]:
    order = rng.sample(OPTIONS, len(OPTIONS))
    return order[: rng.randint(1, len(OPTIONS))]


def votes() -> dict[str, dict[str, Any]]:
    rng = random.Random(5)
    grades = [
        "À rejeter",
        "Insuffisant",
        "Passable",
        "Assez bien",
        "Bien",
        "Très bien",
        "Excellent",
    ]
    projects = [{"id": f"p{i}", "cost": rng.randrange(5_000, 80_000, 500)} for i in range(20)]
    ids = [p["id"] for p in projects]
    ranked = [{"ranking": _ranking(rng)} for _ in range(BALLOTS)]
    return {
        "plurality": {"method": "plurality", "options": OPTIONS, "ballots": ranked},
        "irv": {"method": "irv", "options": OPTIONS, "ballots": ranked},
        "schulze": {"method": "schulze", "options": OPTIONS, "ballots": ranked},
        "approval": {
            "method": "approval",
            "options": OPTIONS,
            "ballots": [
                {"approve": rng.sample(OPTIONS, rng.randint(0, 4))} for _ in range(BALLOTS)
            ],
        },
        "score": {
            "method": "score",
            "options": OPTIONS,
            "max_score": 5,
            "ballots": [
                {"scores": {o: rng.randint(0, 5) for o in rng.sample(OPTIONS, 3)}}
                for _ in range(BALLOTS)
            ],
        },
        "mj": {
            "method": "mj",
            "options": OPTIONS,
            "grades": grades,
            "ballots": [
                {"grades": {o: rng.randint(0, 6) for o in rng.sample(OPTIONS, 4)}}
                for _ in range(BALLOTS)
            ],
        },
        "motion": {
            "method": "motion",
            "ballots": [
                {"choice": rng.choice(["yes", "yes", "no", "abstain", "invalid"])}
                for _ in range(BALLOTS)
            ],
            "rules": {"base": "yes_no_abstain", "threshold": "two_thirds"},
        },
        "consent": {
            "method": "consent",
            "ballots": [
                {"objection": None if rng.random() < 0.999 else "Pas de budget prévu"}
                for _ in range(BALLOTS)
            ],
        },
        **{
            f"pb_{rule.replace('-', '_')}": {
                "method": "pb",
                "rule": rule,
                "budget": 500_000,
                "options": projects,
                "ballots": [
                    {"approve": rng.sample(ids, rng.randint(1, 4))} for _ in range(BALLOTS)
                ],
            }
            for rule in ("greedy", "mes", "mes-add1", "mes-add1-greedy")
        },
    }


def main() -> None:
    for name, vote in votes().items():
        started = time.perf_counter()
        result = tally_data(vote).to_json()
        elapsed = (time.perf_counter() - started) * 1000
        emit(
            f"tally_{name}_100k",
            elapsed,
            "ms",
            target=TARGET_MS,
            ballots=BALLOTS,
            winners=result["winners"][:3],
        )


if __name__ == "__main__":
    main()
