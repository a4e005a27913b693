"""The skills board's search per keystroke with 20 000 posts (docs/architecture.md,
"Performance targets": p95 ≤ 20 ms).

Words are typed one letter at a time ("comptab", "site web", "montage video", ...); each
keystroke runs the board's read as the screen runs it (`queries.board` with the query: FTS5
MATCH of quoted prefixes, bm25, the first 60 cards built, the total counted). The baseline, in
the same run: a plain `LIKE '%…%'` scan of titles and descriptions for the same keystrokes,
newest first, the first 60 ids (what a board without the index would do).
"""

from __future__ import annotations

import time
from datetime import date

from _common import emit, p95
from _skills import POSTS, skills_db

from app.application import open_context
from app.config import load_config
from app.skills import queries
from app.skills.types import BoardFilter

TYPED = (
    "comptab",
    "site web",
    "montage video",
    "boekhouding",
    "traduction anglais",
    "photo mariage",
    "prix atelier",
    "subvention dossier",
    "excel formules",
    "naaien",
)
ROUNDS = 3


def _like(session: object, text: str) -> None:
    from sqlalchemy import or_, select
    from sqlalchemy.orm import Session

    from db.models.skills import SkillPost

    assert isinstance(session, Session)
    pattern = f"%{text}%"
    session.scalars(
        select(SkillPost.id)
        .where(
            SkillPost.deleted_at.is_(None),
            or_(SkillPost.title.like(pattern), SkillPost.description.like(pattern)),
        )
        .order_by(SkillPost.created_at.desc())
        .limit(60)
    ).all()


def main() -> None:
    ctx = open_context(load_config(db_path=skills_db(), seed_demo=False, environ={}))
    today = date.today()
    keystrokes = [typed[:end] for typed in TYPED for end in range(1, len(typed) + 1)]
    searched: list[float] = []
    scanned: list[float] = []
    found = 0
    with ctx.db.session() as session:
        from app.antennas import antenna_of

        antenna_id = antenna_of(session, ctx)
        for _ in range(ROUNDS):
            for text in keystrokes:
                started = time.perf_counter()
                board = queries.board(
                    session, BoardFilter(query=text), antenna_id=antenna_id, today=today
                )
                searched.append((time.perf_counter() - started) * 1000)
                found += board.total
                started = time.perf_counter()
                _like(session, text)
                scanned.append((time.perf_counter() - started) * 1000)
    figure = p95(searched)
    baseline = p95(scanned)
    emit(
        "skills_search_keystroke_p95",
        figure,
        "ms",
        keystrokes=len(searched),
        posts=POSTS,
        target=20,
        baseline="skills_search_like_scan_p95",
        ratio=round(figure / baseline, 3),
    )
    emit("skills_search_keystroke_max", max(searched), "ms", keystrokes=len(searched))
    emit("skills_search_like_scan_p95", baseline, "ms", keystrokes=len(scanned), posts=POSTS)


if __name__ == "__main__":
    main()
