"""Every test vector passes exactly: the public ones in ../shared and the project's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.voting.tally import parse_election, read_pabulib, tally
from tests.unit.voting.paths import DATA, VECTORS, shared_files, shared_params

OWN = sorted((DATA / "vectors").glob("*.json"))
PUBLIC = shared_files(VECTORS, "*.json")
_OUTPUT_FIELDS = ("method", "ranking", "winners", "ties")


def _check(result: Any, expected: dict[str, Any]) -> None:
    output = result.to_json()
    for key, value in expected.items():
        if key in _OUTPUT_FIELDS:
            assert output[key] == value, key
        elif key == "details":
            for detail, detail_value in value.items():
                assert output["details"][detail] == detail_value, detail
        else:  # a detail named at the top of `expected` (motion: adopted, yes, base, …)
            assert output["details"][key] == value, key


def run_vector(path: Path) -> None:
    vector = json.loads(path.read_text(encoding="utf-8"))
    if "input_file" in vector:
        source = (path.parent / vector["input_file"]).resolve()
        for rule, expected in vector["expected"].items():
            _check(tally(read_pabulib(source, rule=rule)), expected)
    else:
        _check(tally(parse_election(vector["input"])), vector["expected"])


@pytest.mark.parametrize("path", OWN, ids=[p.stem for p in OWN])
def test_own_vector(path: Path) -> None:
    run_vector(path)


@pytest.mark.parametrize("path", shared_params(VECTORS, "*.json"))
def test_public_vector(path: Path) -> None:
    run_vector(path)


def test_the_public_vectors_are_there_when_shared_is() -> None:
    if not VECTORS.is_dir():
        pytest.skip(f"{VECTORS} is absent: the public vectors sit in ../shared")
    assert len(PUBLIC) >= 11
