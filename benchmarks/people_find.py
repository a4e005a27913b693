"""Name search per keystroke at 100 000 people (docs/architecture.md, "Performance targets": p95 ≤
20 ms).

A person types a name letter by letter — first name then last name, or last name alone — and
each keystroke runs the same search the kiosk runs. Accents and case are typed the way people
type them (often without accents).
"""

from __future__ import annotations

import time

from _common import bench_db, emit, p95, typed_names

from app.application import open_context
from app.config import load_config
from app.people.service import find_people

PEOPLE_TYPED = 200


def main() -> None:
    ctx = open_context(load_config(db_path=bench_db(), seed_demo=False, environ={}))
    everyone = find_people(ctx, "", limit=None)
    samples: list[float] = []
    for typed in typed_names(everyone, PEOPLE_TYPED):
        for end in range(1, len(typed) + 1):
            started = time.perf_counter()
            find_people(ctx, typed[:end])
            samples.append((time.perf_counter() - started) * 1000)
    emit(
        "people_find_keystroke_p95",
        p95(samples),
        "ms",
        keystrokes=len(samples),
        people=len(everyone),
        target=20,
    )
    emit("people_find_keystroke_max", max(samples), "ms", keystrokes=len(samples))


if __name__ == "__main__":
    main()
