"""Shared pieces of the benchmark scripts: JSON-line output, percentiles, the 100 000-member DB.

Every script prints one JSON object per figure: {"name", "value", "unit", ...}. Baselines named
in docs/architecture.md ("Performance targets") are measured in the same run, and the ratio is
printed with the figure.
"""

from __future__ import annotations

import compileall
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
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


# -- A running kiosk on a copy of the benchmark database (Qt imported only when asked) --------

# What a Belgian/French AZERTY layout makes of a scanner's keys (docs/architecture.md, "Badges").
AZERTY = str.maketrans(
    {
        **dict(zip("1234567890", "&é\"'(-è_çà", strict=True)),
        **{"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", "-": ")"},
    }
)
GAP_MS = 4


def type_burst(text: str, start_ms: int) -> None:
    """Type `text` then Enter as a USB scanner does: key events `GAP_MS` apart by their
    timestamps, to whatever has the focus."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    at = start_ms
    for char in [*text, "\r"]:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        key = Qt.Key.Key_Return.value if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind, key, Qt.KeyboardModifier.NoModifier, "" if char == "\r" else char
            )
            event.setTimestamp(at)
            QApplication.sendEvent(target, event)
        at += GAP_MS


@dataclass
class BenchKiosk:
    """The kiosk window at 1920×1080 (offscreen) on a private copy of the benchmark database."""

    app: Any
    context: Any
    shell: Any
    window: Any
    folder: Path
    badges: list[tuple[str, str]] = field(default_factory=list)
    """(token, first name) of members given a badge."""

    def close(self) -> None:
        self.window.close()
        self.shell.tasks.wait_for_done()
        self.context.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


def bench_kiosk(*, badges: int = 0, prefix: str = "antenne-bench-") -> BenchKiosk:
    """Start the kiosk on a copy of `bench_db()`; `badges` random members get a badge first."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.application import open_context
    from app.badges.service import issue_badge
    from app.config import load_config
    from app.people.service import find_people
    from ui.app import application, build

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    db_path = folder / "bench.sqlite3"
    shutil.copyfile(bench_db(), db_path)
    config = load_config(
        db_path=db_path,
        seed_demo=False,
        virtual_keyboard=False,
        idle_timeout_s=3600,
        environ={},
    )
    app = application()
    context = open_context(config)
    issued: list[tuple[str, str]] = []
    if badges:
        rng = random.Random(1)
        people = [p for p in find_people(context, "", limit=5000) if p.is_member]
        issued = [
            (issue_badge(context, p.id).token, p.first_name) for p in rng.sample(people, badges)
        ]
    shell, window = build(config, context=context)
    window.resize(1920, 1080)
    window.show()
    window.activateWindow()
    app.processEvents()
    return BenchKiosk(app, context, shell, window, folder, issued)


def typed_names(people: list[Any], count: int, *, seed: int = 7) -> list[str]:
    """What `count` people picked at random type to find themselves: first name then last name,
    or last name alone; most without accents, as people type them."""
    from app.text import fold

    rng = random.Random(seed)
    typed: list[str] = []
    for person in rng.sample(people, count):
        full = rng.random() < 0.5
        text = f"{person.first_name} {person.last_name}" if full else person.last_name
        typed.append(fold(text) if rng.random() < 0.7 else text)
    return typed
