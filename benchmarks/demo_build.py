"""Building the benchmark database: the demo antenne with 100 000 people (issue: < 60 s).

Times `db.demo.build_demo` on a freshly migrated database (migration timed apart), in a
temporary folder so the shared benchmark database in `out/` is left alone.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import BENCH_MEMBERS, emit

from db.demo import build_demo
from db.engine import Database
from db.migrate import upgrade_database


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.at(Path(folder) / "demo.sqlite3", node_id="bench")
        try:
            started = time.perf_counter()
            upgrade_database(database)
            migrated = time.perf_counter()
            summary = build_demo(database, members=BENCH_MEMBERS, seed=1)
            built = time.perf_counter()
        finally:
            database.dispose()
    emit(
        f"demo_build_{BENCH_MEMBERS // 1000}k",
        built - migrated,
        "s",
        people=summary.people,
        migrate_s=round(migrated - started, 3),
        target=60,
    )


if __name__ == "__main__":
    main()
