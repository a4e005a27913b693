"""Shared pieces of the benchmark scripts: JSON-line output, percentiles, the 100 000-member DB.

Every script prints one JSON object per figure: {"name", "value", "unit", ...}. Baselines named
in DESIGN.md are measured in the same run, and the ratio is printed with the figure.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
BENCH_MEMBERS = int(os.environ.get("ANTENNE_BENCH_MEMBERS", "100000"))


def emit(name: str, value: float, unit: str, **extra: Any) -> None:
    print(json.dumps({"name": name, "value": round(value, 4), "unit": unit, **extra}), flush=True)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def bench_db() -> Path:
    """The benchmark database: the demo antenne with BENCH_MEMBERS people, built once."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-{BENCH_MEMBERS}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for leftover in OUT.glob(tmp.name + "*"):
            leftover.unlink()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app.cli",
                "demo",
                "--db",
                str(tmp),
                "--members",
                str(BENCH_MEMBERS),
                "--seed",
                "1",
            ],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
    return path


def bench_env(db: Path) -> dict[str, str]:
    """Environment for a kiosk started by a benchmark: offscreen, no demo seeding, given DB.

    An installed kiosk runs from compiled bytecode (pip and PyInstaller compile it), so the
    project is compiled first and children may write and use `.pyc` files even where the
    shell says PYTHONDONTWRITEBYTECODE.
    """
    compileall.compile_dir(ROOT / "app", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    compileall.compile_dir(ROOT / "db", quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANTENNE_DB_PATH=str(db),
        ANTENNE_SEED_DEMO="0",
        ANTENNE_VIRTUAL_KEYBOARD="0",
    )
    return env
