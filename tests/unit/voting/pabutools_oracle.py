"""pabutools as the reference for participatory budgeting outcomes (tests only).

Greedy by votes is pabutools' `greedy_utilitarian_welfare` with cost satisfaction (its density,
satisfaction per unit of cost, is then the number of approvals). For cumulative ballots, greedy
goes by points, which pabutools does not offer as such: a satisfaction of points × cost makes
its density the points. MES is `method_of_equal_shares` with `Cost_Sat`; add1 adds
`voter_budget_increment=1`; the greedy completion starts greedy from the add1 outcome.

`python -m tests.unit.voting.pabutools_oracle [PB_DIR]` records every instance's outcomes into
`data/pabutools_outcomes.json`, which the fast tests compare against (pabutools needs about a
minute for add1 on all instances; the soak test recomputes them live).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

RULES = ("greedy", "mes", "mes-add1", "mes-add1-greedy")
RECORDED = Path(__file__).resolve().parent / "data" / "pabutools_outcomes.json"


def _points_cost_sat() -> type:
    from pabutools.election import AdditiveSatisfaction

    def points_times_cost(instance: Any, profile: Any, ballot: Any, project: Any, _: Any) -> Any:
        return ballot[project] * project.cost if project in ballot else 0

    class PointsCostSat(AdditiveSatisfaction):  # type: ignore[misc]
        def __init__(self, instance: Any, profile: Any, ballot: Any) -> None:
            super().__init__(instance, profile, ballot, points_times_cost)

    return PointsCostSat


def outcomes(path: Path, rules: tuple[str, ...] = RULES) -> dict[str, list[str]]:
    """Each rule's selected project ids, sorted as text."""
    from pabutools.election import Cost_Sat, parse_pabulib
    from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares

    instance, profile = parse_pabulib(str(path))
    cumulative = instance.meta.get("vote_type") == "cumulative"
    greedy_sat = _points_cost_sat() if cumulative else Cost_Sat
    result: dict[str, list[str]] = {}
    add1 = None
    for rule in rules:
        if rule == "greedy":
            chosen = greedy_utilitarian_welfare(instance, profile, sat_class=greedy_sat)
        elif rule == "mes":
            chosen = method_of_equal_shares(instance, profile, sat_class=Cost_Sat)
        else:
            if add1 is None:
                add1 = method_of_equal_shares(
                    instance, profile, sat_class=Cost_Sat, voter_budget_increment=1
                )
            chosen = add1
            if rule == "mes-add1-greedy":
                chosen = greedy_utilitarian_welfare(
                    instance, profile, sat_class=greedy_sat, initial_budget_allocation=add1
                )
        result[rule] = sorted(project.name for project in chosen)
    return result


def main() -> None:
    folder = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pabulib"
    )
    recorded = {path.name: outcomes(path) for path in sorted(folder.glob("*.pb"))}
    RECORDED.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(recorded)} instances recorded in {RECORDED}")


if __name__ == "__main__":
    main()
