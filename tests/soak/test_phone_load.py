"""`make soak`: 300 phones vote within 30 s against `antenne vote serve` (issue 6 §10).

The load itself is `benchmarks/phone_ballots.py` (its own process: the server, the database
and 300 async httpx clients on loopback addresses); this test runs it and holds it to what a
room must be able to trust: 0 ballots lost, 0 counted twice, one roll row per ballot, the
ledger verifies. The latency is reported, not asserted (benchmarks/README.md: no test asserts
a time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PHONES = 300


@pytest.mark.soak
def test_300_phones_vote_within_30_seconds(capsys: pytest.CaptureFixture[str]) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "phone_ballots.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    figures = {line["name"]: line for line in map(json.loads, run.stdout.splitlines())}
    with capsys.disabled():
        for line in figures.values():
            print(f"\n{line['name']}: {line['value']} {line['unit']}", end="")
        print()
    value = {name: line["value"] for name, line in figures.items()}
    assert figures["phone_ballots_p95"]["phones"] == PHONES
    assert value["phone_ballots_lost"] == 0
    assert value["phone_ballots_double"] == 0
    assert value["phone_ballots_in_box"] == PHONES
    assert value["phone_ballots_roll_flips"] == PHONES
    assert value["phone_ballots_wall"] <= 30
    assert value["phone_ballots_verify"] == 0, figures["phone_ballots_verify"]
