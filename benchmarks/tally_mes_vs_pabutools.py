"""Method of Equal Shares on the largest Pabulib instance, against pabutools in the same run
(docs/architecture.md, "Performance targets": ≤ 0.5 × pabutools' time).

The largest instance of ../shared/data/pabulib by number of votes. Ours is timed from the file's
text to the explained result (parse, validate, merge identical ballots, MES, explanations in three
languages); pabutools only for `method_of_equal_shares(instance, profile, sat_class=Cost_Sat)` on
an instance it has already parsed — so the ratio is, if anything, unfair to us. Median of 5 runs;
`mes-add1` once each (pabutools needs seconds there). Both outcomes are checked to be equal.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from _common import ROOT, emit

from app.voting.tally import read_pabulib, tally

PABULIB = ROOT.parent / "shared" / "data" / "pabulib"
TARGET = 0.5


def _median_ms(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def main() -> None:
    files = sorted(PABULIB.glob("*.pb")) if PABULIB.is_dir() else []
    if not files:
        emit("tally_mes_vs_pabutools", 0, "ratio", skipped=f"{PABULIB} is absent")
        return
    try:
        from pabutools.election import Cost_Sat, parse_pabulib
        from pabutools.rules import method_of_equal_shares
    except ImportError:
        emit("tally_mes_vs_pabutools", 0, "ratio", skipped="pabutools is not installed")
        return
    largest = max(files, key=lambda p: sum(read_pabulib(p).profile.values()))
    instance, profile = parse_pabulib(str(largest))
    for rule, increment, repeat in (("mes", None, 5), ("mes-add1", 1, 1)):

        def ours(rule: str = rule) -> list[str]:
            result = tally(read_pabulib(largest, rule=rule))
            result.to_json()
            return sorted(result.details["selected"])

        def theirs(increment: int | None = increment) -> list[str]:
            chosen = method_of_equal_shares(
                instance, profile, sat_class=Cost_Sat, voter_budget_increment=increment
            )
            return sorted(project.name for project in chosen)

        ours_ms, our_outcome = _median_ms(ours, repeat)
        their_ms, their_outcome = _median_ms(theirs, repeat)
        name = "tally_mes_vs_pabutools" if rule == "mes" else "tally_mes_add1_vs_pabutools"
        emit(
            name,
            ours_ms / their_ms,
            "ratio",
            target=TARGET,
            ours_ms=round(ours_ms, 2),
            pabutools_ms=round(their_ms, 2),
            instance=largest.name,
            votes=len(profile),
            same_outcome=our_outcome == their_outcome,
        )


if __name__ == "__main__":
    main()
