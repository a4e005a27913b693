"""`GET /public/skills/{post_id}`'s read on PostgreSQL, a post's public page
(docs/architecture.md, "Introductions through the hub"): 20 000 posts with three tags each
(60 000 `skill_post_tag` records), their authors and the demo's taxonomy in a fresh hub; the
page's read (`read_post`: the post, its author, its tags and their labels) for 300 posts at
random, p95 and median, with `ratio` to reading the post's record alone by its key (same run,
the floor of finding the post at all).
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import date, timedelta
from typing import Any

from _common import ROOT, emit, p95
from _sync import new_hub, postgres_or_skip
from sqlalchemy import insert

from app.clock import HybridClock
from hub.api.public_skills import read_post
from hub.models import HubRecord
from hub.service.skill_tags import publish_taxonomy, read_taxonomy

NAMES = ["hub_public_post_p95", "hub_public_post_median"]
POSTS = 20_000
SAMPLES = 300


def _record(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_id": data["id"],
        "scope_antenna_id": None,
        "owner_antenna_id": None,
        "data": data,
        "field_hlc": {},
        "hlc": "0000000000001-0000-bench",
        "origin": "bench",
    }


def main() -> None:
    with postgres_or_skip(NAMES) as server:
        if server is None:
            return
        hub = new_hub(server, "bench_public_post")
        taxonomy = read_taxonomy((ROOT / "docs" / "examples" / "skill_tags.json").read_bytes())
        with hub.transaction() as session:
            publish_taxonomy(session, taxonomy, clock=HybridClock("hub"))
        skills = [str(tag.as_row()["id"]) for tag in taxonomy if tag.sector]
        rng = random.Random(7)
        people, posts, links = [], [], []
        expires = (date.today() + timedelta(days=90)).isoformat()
        for index in range(POSTS):
            person = {"id": str(uuid.uuid4()), "first_name": f"P{index}", "last_name": "Bench"}
            post = {
                "id": str(uuid.uuid4()),
                "person_id": person["id"],
                "kind": "offer",
                "title": f"Post {index}",
                "level": "confirmed",
                "modality": "either",
                "availability": "",
                "expires_on": expires,
                "hidden": False,
                "deleted_at": None,
            }
            people.append(_record("person", person))
            posts.append(_record("skill_post", post))
            for tag in rng.sample(skills, 3):
                link = {"id": str(uuid.uuid4()), "post_id": post["id"], "tag_id": tag}
                links.append(_record("skill_post_tag", link))
        with hub.transaction() as session:
            for rows in (people, posts, links):
                for start in range(0, len(rows), 5000):
                    session.execute(insert(HubRecord), rows[start : start + 5000])
        with hub.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE hub_record")
        chosen = [row["entity_id"] for row in rng.sample(posts, SAMPLES)]
        today = date.today()
        page, floor = [], []
        with hub.transaction() as session:
            for post_id in chosen:
                start = time.perf_counter()
                session.get(HubRecord, ("skill_post", post_id), populate_existing=True)
                floor.append((time.perf_counter() - start) * 1000)
                session.expunge_all()
                start = time.perf_counter()
                shown = read_post(session, post_id, today)
                page.append((time.perf_counter() - start) * 1000)
                assert shown is not None and len(shown["_tags"]) == 3
                session.expunge_all()
        floor_median = sorted(floor)[len(floor) // 2]
        median = sorted(page)[len(page) // 2]
        emit(NAMES[0], p95(page), "ms", posts=POSTS, samples=SAMPLES)
        emit(
            NAMES[1],
            median,
            "ms",
            ratio=round(median / floor_median, 2),
            baseline_ms=round(floor_median, 3),
            baseline="the post's record by its key",
        )
        hub.dispose()


if __name__ == "__main__":
    main()
