"""What the matches screen reads after a badge scan, with 20 000 posts (issue #18: a person's
matches ≤ 50 ms).

- `skill_matches_screen_p95` and `_median`: `app.skills.facilitation.matches_at_kiosk`, the
  screen's one read (the person's matches both ways, the introductions waiting for them,
  whether they gave an e-mail address), for members with three posts or more. Its `ratio` is
  median over the baseline's median.
- `skill_matches_query_median`, the same run's baseline: `queries.matches` alone for the same
  people, in a session of its own (the part of the read the screen adds nothing to).
- `skill_freshness_due_median`: the freshness question asked after each check-in, for scale.
- `skill_needs_view_median`: the facilitators' view (`facilitation.needs_view`: the needs
  nobody offers, counted by sector, and the week's new matches — about half of the 20 000
  posts are of the week), three rounds, with `ratio` to `skill_matches_query_median`.
"""

from __future__ import annotations

import statistics
import time
import uuid

from _common import emit, p95
from _skills import POSTS, skills_db

from app.application import open_context
from app.config import load_config
from app.localtime import local_day
from app.skills import facilitation, queries

PEOPLE = 10
ROUNDS = 5
NEEDS_ROUNDS = 3


def _people(ctx: object) -> list[uuid.UUID]:
    from sqlalchemy import func, select

    from app.context import AppContext
    from db.models.skills import SkillPost

    assert isinstance(ctx, AppContext)
    with ctx.db.session() as session:
        return list(
            session.scalars(
                select(SkillPost.person_id)
                .group_by(SkillPost.person_id)
                .having(func.count() >= 3)
                .order_by(func.count(), SkillPost.person_id)
                .limit(PEOPLE)
            )
        )


def main() -> None:
    ctx = open_context(load_config(db_path=skills_db(), seed_demo=False, environ={}))
    people = _people(ctx)
    today = local_day(ctx)
    screen: list[float] = []
    baseline: list[float] = []
    fresh: list[float] = []
    for round_ in range(ROUNDS + 1):
        for person in people:
            # Alternating, so a warm cache favours neither.
            started = time.perf_counter()
            facilitation.matches_at_kiosk(ctx, person)
            taken = time.perf_counter() - started
            started = time.perf_counter()
            with ctx.db.session() as session:
                queries.matches(session, person, today=today)
            alone = time.perf_counter() - started
            started = time.perf_counter()
            facilitation.freshness_due(ctx, person)
            due = time.perf_counter() - started
            if round_:  # the first round warms the caches
                screen.append(taken * 1000)
                baseline.append(alone * 1000)
                fresh.append(due * 1000)
    base = statistics.median(baseline)
    needs: list[float] = []
    for _ in range(NEEDS_ROUNDS):
        started = time.perf_counter()
        facilitation.needs_view(ctx)
        needs.append((time.perf_counter() - started) * 1000)
    emit(
        "skill_matches_screen_p95",
        p95(screen),
        "ms",
        posts=POSTS,
        target=50,
        ratio=round(statistics.median(screen) / base, 2),
    )
    emit("skill_matches_screen_median", statistics.median(screen), "ms", posts=POSTS)
    emit("skill_matches_query_median", base, "ms", posts=POSTS)
    emit("skill_freshness_due_median", statistics.median(fresh), "ms", posts=POSTS)
    emit(
        "skill_needs_view_median",
        statistics.median(needs),
        "ms",
        posts=POSTS,
        runs=len(needs),
        baseline="skill_matches_query_median",
        ratio=round(statistics.median(needs) / base, 2),
    )
    ctx.db.dispose()


if __name__ == "__main__":
    main()
