"""One person's matches with 20 000 posts (docs/architecture.md, "Performance targets": ≤ 50 ms).

For members with two to four live posts (the first 40 by id, the same every run), the
matches the kiosk shows after a badge scan (`queries.matches`: for each of their posts, the
posts of the other kind that share a tag or a sector, those whose words the index finds, scored
and ranked). The baseline, in the same run: one indexed lookup per person, the live posts of
the other kind sharing the first tag of their first post, ids only.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from _common import emit, p95
from _skills import POSTS, skills_db

from app.application import open_context
from app.config import load_config
from app.skills import queries

PEOPLE = 40
ROUNDS = 3


def main() -> None:
    from sqlalchemy import func, select

    from app.antennas import antenna_of
    from db.models.skills import SkillPost, SkillPostKind, SkillPostTag

    ctx = open_context(load_config(db_path=skills_db(), seed_demo=False, environ={}))
    today = date.today()
    matched: list[float] = []
    looked_up: list[float] = []
    sizes: list[int] = []
    with ctx.db.session() as session:
        antenna_id = antenna_of(session, ctx)
        people = list(
            session.scalars(
                select(SkillPost.person_id)
                .where(queries.live(today))
                .group_by(SkillPost.person_id)
                .having(func.count().between(2, 4))
                .order_by(SkillPost.person_id)
                .limit(PEOPLE)
            )
        )
        for _ in range(ROUNDS):
            for person_id in people:
                started = time.perf_counter()
                found = queries.matches(session, person_id, today=today, antenna_id=antenna_id)
                matched.append((time.perf_counter() - started) * 1000)
                sizes.append(len(found.needs) + len(found.offers))
                started = time.perf_counter()
                first = session.execute(
                    select(SkillPost.id, SkillPost.kind)
                    .where(SkillPost.person_id == person_id, queries.live(today))
                    .order_by(SkillPost.id)
                    .limit(1)
                ).one()
                tag = session.scalar(
                    select(SkillPostTag.tag_id).where(SkillPostTag.post_id == first.id).limit(1)
                )
                other = (
                    SkillPostKind.need if first.kind is SkillPostKind.offer else SkillPostKind.offer
                )
                session.scalars(
                    select(SkillPost.id)
                    .join(SkillPostTag, SkillPostTag.post_id == SkillPost.id)
                    .where(SkillPostTag.tag_id == tag, SkillPost.kind == other, queries.live(today))
                ).all()
                looked_up.append((time.perf_counter() - started) * 1000)
    figure = p95(matched)
    baseline = p95(looked_up)
    emit(
        "skills_matches_p95",
        figure,
        "ms",
        people=len(people),
        runs=len(matched),
        posts_per_person=statistics.mean(sizes),
        posts=POSTS,
        target=50,
        baseline="skills_matches_tag_lookup_p95",
        ratio=round(figure / baseline, 3),
    )
    emit("skills_matches_median", statistics.median(matched), "ms", runs=len(matched))
    emit("skills_matches_tag_lookup_p95", baseline, "ms", runs=len(looked_up), posts=POSTS)


if __name__ == "__main__":
    main()
