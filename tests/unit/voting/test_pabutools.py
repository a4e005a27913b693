"""Participatory budgeting outcomes equal pabutools' on real Pabulib instances."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.voting.tally import read_pabulib, tally
from tests.unit.voting import pabutools_oracle
from tests.unit.voting.paths import DATA, PABULIB, shared_files, shared_params

INSTANCES = shared_files(PABULIB, "*.pb")
OWN = sorted(DATA.glob("*.pb"))
RECORDED = json.loads(pabutools_oracle.RECORDED.read_text(encoding="utf-8"))


def ours(path: Path, rule: str) -> list[str]:
    return sorted(tally(read_pabulib(path, rule=rule)).details["selected"])


@pytest.mark.parametrize("path", shared_params(PABULIB, "*.pb"))
def test_greedy_and_mes_equal_pabutools_live(path: Path) -> None:
    pytest.importorskip("pabutools")
    expected = pabutools_oracle.outcomes(path, ("greedy", "mes"))
    assert {rule: ours(path, rule) for rule in expected} == expected


@pytest.mark.parametrize("path", shared_params(PABULIB, "*.pb"))
def test_every_rule_equals_the_recorded_pabutools_outcome(path: Path) -> None:
    expected = RECORDED[path.name]
    assert {rule: ours(path, rule) for rule in pabutools_oracle.RULES} == expected


@pytest.mark.soak
@pytest.mark.parametrize("path", shared_params(PABULIB, "*.pb"))
def test_every_rule_equals_pabutools_live(path: Path) -> None:
    pytest.importorskip("pabutools")
    expected = pabutools_oracle.outcomes(path)
    assert expected == RECORDED[path.name]
    assert {rule: ours(path, rule) for rule in pabutools_oracle.RULES} == expected


@pytest.mark.parametrize("path", OWN, ids=[p.stem for p in OWN])
def test_own_instances_equal_pabutools_live(path: Path) -> None:
    pytest.importorskip("pabutools")
    expected = pabutools_oracle.outcomes(path)
    assert {rule: ours(path, rule) for rule in pabutools_oracle.RULES} == expected


def test_greedy_on_cumulative_ballots_goes_by_points_not_by_supporters() -> None:
    # Checked by hand: points a 5, b 4, c 2; supporters a 1, b 3, c 2; budget 100.
    result = tally(read_pabulib(DATA / "cumulative_by_points.pb", rule="greedy"))
    assert result.details["votes"] == {"a": 5, "b": 4, "c": 2}
    assert result.winners == ["a", "c"]  # by supporters it would be b, then c
    assert result.details["not_selected"]["b"]["reason"] == "did_not_fit"
    assert result.details["not_selected"]["b"]["left"] == 40


def test_the_recorded_outcomes_cover_every_shared_instance() -> None:
    if not INSTANCES:
        pytest.skip(f"{PABULIB} is absent: the Pabulib instances sit in ../shared")
    assert sorted(RECORDED) == sorted(p.name for p in INSTANCES)
