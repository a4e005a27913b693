"""Name search per keystroke at 100 000 people (DESIGN.md: p95 ≤ 20 ms).

A person types a name letter by letter — first name then last name, or last name alone — and
each keystroke runs the same search the kiosk runs. Accents and case are typed the way people
type them (often without accents).
"""

from __future__ import annotations

import random
import time

from _common import bench_db, emit, p95

from app.config import load_config
from app.context import open_context
from app.people.service import find_people
from app.text import fold

PEOPLE_TYPED = 200


def main() -> None:
    ctx = open_context(load_config(db_path=bench_db(), seed_demo=False, environ={}))
    everyone = find_people(ctx, "", limit=None)
    rng = random.Random(7)
    samples: list[float] = []
    for person in rng.sample(everyone, PEOPLE_TYPED):
        if rng.random() < 0.5:
            typed = f"{person.first_name} {person.last_name}"
        else:
            typed = person.last_name
        if rng.random() < 0.7:
            typed = fold(typed)  # most people type without accents
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
