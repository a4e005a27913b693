"""First sync of 100 000 records from the hub on PostgreSQL, against bulk-inserting the same
rows into the kiosk's SQLite locally, in the same run (docs/architecture.md, "Performance targets":
≤ 30 s, ratio ≤ 3).

The hub holds ANTENNE_BENCH_MEMBERS people (as if kiosks had pushed them) and serves them in
its own process; a freshly enrolled kiosk pulls them all (`sync_now`: pages of 2 000, each
applied with its cursor in one transaction, people indexed for name search). The baseline
inserts the very rows the kiosk received into an empty kiosk database in one transaction,
with one executemany (no HTTP, no JSON, no index of names).
"""

from __future__ import annotations

import shutil
import time

from _common import BENCH_MEMBERS, emit
from _sync import enrol, new_hub, new_kiosk, postgres_or_skip, scratch
from sqlalchemy import func, insert, select

from app.sync import service
from app.sync.apply import to_columns
from db.models import Person
from hub.models import HubRecord
from tests.helpers.sync import seed_people, serve_hub

NAMES = ["sync_first_100k", "sync_first_bulk_insert_100k"]


def main() -> None:
    with postgres_or_skip(NAMES) as server:
        if server is None:
            return
        folder = scratch()
        hub = new_hub(server, "bench_first")
        try:
            started = time.perf_counter()
            seed_people(hub, BENCH_MEMBERS)
            seeded_s = time.perf_counter() - started
            with hub.transaction() as session:
                rows = list(
                    session.scalars(select(HubRecord.data).where(HubRecord.entity == "person"))
                )
            with serve_hub(hub.url) as served:
                url = served.url
                kiosk = new_kiosk(folder, "kiosk")
                enrol(kiosk, hub, url)
                started = time.perf_counter()
                summary = service.sync_now(kiosk)
                first_s = time.perf_counter() - started
                with kiosk.engine.connect() as connection:
                    pulled = connection.scalar(select(func.count()).select_from(Person))
                kiosk.dispose()

            baseline = new_kiosk(folder, "baseline")
            values = [to_columns("person", row) for row in rows]
            started = time.perf_counter()
            with baseline.engine.begin() as connection:
                connection.execute(insert(Person), values)
            bulk_s = time.perf_counter() - started
            baseline.dispose()
        finally:
            hub.dispose()
            shutil.rmtree(folder, ignore_errors=True)
        emit(
            "sync_first_100k",
            first_s,
            "s",
            records=pulled,
            pages=-(-BENCH_MEMBERS // 2000),
            bytes_received=summary.bytes_received,
            ratio=round(first_s / bulk_s, 2),
            target=30,
            target_ratio=3,
        )
        emit("sync_first_bulk_insert_100k", bulk_s, "s", records=len(values))
        emit("sync_first_hub_seed_100k", seeded_s, "s", records=BENCH_MEMBERS)


if __name__ == "__main__":
    main()
