"""Badge verification at 100 000 people (docs/architecture.md, "Performance targets": scan → member
greeted, p95 ≤ 50 ms).

This is the domain half of "scan → greeted": normalise the scanned text, look its hash up,
read the person. Badges are issued to 2 000 random people of a copy of the benchmark database
(the shared one stays as built); then every badge is scanned once, a tenth of them with
AZERTY damage, mixed with revoked and unknown tokens.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from pathlib import Path

from _common import bench_db, emit, p95
from sqlalchemy import func, select

from app.application import open_context
from app.badges.errors import BadgeError
from app.badges.service import issue_badges, revoke_badges, verify_badge
from app.badges.tokens import new_token
from app.config import load_config
from db.models import Person

ISSUED = 2000
DAMAGE = str.maketrans(dict(zip("1234567890AQZW-", "&é\"'(-è_çàQAWZ)", strict=True)))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        shutil.copyfile(bench_db(), path)
        ctx = open_context(load_config(db_path=path, seed_demo=False, environ={}))
        with ctx.db.session() as session:
            ids = list(session.scalars(select(Person.id).where(Person.deleted_at.is_(None))))
            people = session.scalar(select(func.count()).select_from(Person))
        rng = random.Random(3)
        chosen = rng.sample(ids, ISSUED)
        started = time.perf_counter()
        issued = issue_badges(ctx, chosen, layout="62x100")
        issue_s = time.perf_counter() - started
        for badge in issued[:50]:
            revoke_badges(ctx, badge.holder.person_id)
        scans = [badge.token for badge in issued]
        scans += [new_token() for _ in range(100)]
        rng.shuffle(scans)
        samples = []
        refused = 0
        for index, token in enumerate(scans):
            raw = (token.translate(DAMAGE) if index % 10 == 0 else token) + "\r\n"
            started = time.perf_counter()
            try:
                verify_badge(ctx, raw)
            except BadgeError:
                refused += 1
            samples.append((time.perf_counter() - started) * 1000)
        ctx.db.dispose()
    emit(
        "badge_verify_p95",
        p95(samples),
        "ms",
        people=people,
        badges=ISSUED,
        scans=len(samples),
        refused=refused,
        max_ms=round(max(samples), 3),
        target=50,
    )
    emit("badge_issue_2000", issue_s, "s", badges=ISSUED)


if __name__ == "__main__":
    main()
