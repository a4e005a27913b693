"""Incremental sync: 100 changes made at one kiosk reach the hub and another kiosk
(docs/architecture.md, "Performance targets": ≤ 300 ms round trip), bytes on the wire per change (≤
300 B gzipped) and for a poll with nothing new (≤ 1 KB).

The hub (PostgreSQL, its own process, 127.0.0.1) already holds 1 000 people; kiosk A changes
100 of them (50 edits of a name or an e-mail, 50 newcomers) and syncs (push 100, pull them
back merged); kiosk B then syncs (pulls the 100). Bytes count everything HTTP carries —
request and status lines, headers, gzipped bodies — both ways. Median of 7 rounds.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from typing import Any

import httpx
from _common import emit
from _sync import enrol, new_hub, new_kiosk, postgres_or_skip, scratch
from sqlalchemy import select

from app.sync import service
from db.engine import Database
from db.models import Person
from tests.helpers.sync import seed_people, serve_hub

ROUNDS = 7
CHANGES = 100
NAMES = [
    "sync_incremental_100_push_ms",
    "sync_incremental_100_pull_ms",
    "sync_bytes_per_change_push",
    "sync_bytes_per_change_pull",
    "sync_empty_poll_bytes",
]


class WireCounter:
    """Every byte of each HTTP exchange (lines, headers, bodies as sent)."""

    def __init__(self) -> None:
        self.sent = 0
        self.received = 0

    def request(self, request: httpx.Request) -> None:
        line = len(request.method) + len(request.url.raw_path) + len(" HTTP/1.1\r\n") + 1
        headers = sum(len(k) + len(v) + 4 for k, v in request.headers.raw) + 2
        self.sent += line + headers + len(request.content)

    def response(self, response: httpx.Response) -> None:
        response.read()
        headers = sum(len(k) + len(v) + 4 for k, v in response.headers.raw) + 2
        line = len(f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n")
        self.received += line + headers + response.num_bytes_downloaded

    def client(self, url: str) -> httpx.Client:
        return httpx.Client(
            base_url=url,
            timeout=30,
            event_hooks={"request": [self.request], "response": [self.response]},
        )

    def reset(self) -> None:
        self.sent = self.received = 0


def _change(database: Database, rng: random.Random, round_no: int) -> None:
    with database.transaction() as session:
        people = session.scalars(select(Person).limit(2000)).all()
        for person in rng.sample(list(people), CHANGES // 2):
            if rng.random() < 0.5:
                person.first_name = f"{person.first_name.rstrip('0123456789')}{round_no}"
            else:
                person.email = f"r{round_no}.{person.id.hex[:8]}@example.org"
        for n in range(CHANGES // 2):
            session.add(Person(first_name=f"Nouveau{n}", last_name=f"Venu{round_no}"))


def main() -> None:
    with postgres_or_skip(NAMES) as server:
        if server is None:
            return
        folder = scratch()
        hub = new_hub(server, "bench_incremental")
        results: dict[str, list[float]] = {name: [] for name in NAMES}
        extra: dict[str, Any] = {}
        try:
            seed_people(hub, 1000)
            with serve_hub(hub.url) as served:
                url = served.url
                a, b = new_kiosk(folder, "kiosk-a"), new_kiosk(folder, "kiosk-b")
                wire_a, wire_b = WireCounter(), WireCounter()
                http_a, http_b = wire_a.client(url), wire_b.client(url)
                for kiosk in (a, b):
                    enrol(kiosk, hub, url)
                service.sync_now(a, http=http_a)
                service.sync_now(b, http=http_b)
                rng = random.Random(3)
                for round_no in range(ROUNDS):
                    _change(a, rng, round_no)
                    wire_a.reset()
                    started = time.perf_counter()
                    pushed = service.sync_now(a, http=http_a)
                    results[NAMES[0]].append((time.perf_counter() - started) * 1000)
                    results[NAMES[2]].append(wire_a.sent / pushed.pushed)
                    wire_b.reset()
                    started = time.perf_counter()
                    pulled = service.sync_now(b, http=http_b)
                    results[NAMES[1]].append((time.perf_counter() - started) * 1000)
                    results[NAMES[3]].append(wire_b.received / pulled.pulled)
                    wire_b.reset()
                    started = time.perf_counter()
                    service.sync_now(b, http=http_b)
                    extra.setdefault("poll_ms", []).append((time.perf_counter() - started) * 1000)
                    results[NAMES[4]].append(wire_b.sent + wire_b.received)
                    extra["pushed"], extra["pulled"] = pushed.pushed, pulled.pulled
                http_a.close()
                http_b.close()
                a.dispose()
                b.dispose()
        finally:
            hub.dispose()
            shutil.rmtree(folder, ignore_errors=True)
        targets = {NAMES[0]: 300, NAMES[1]: 300, NAMES[2]: 300, NAMES[3]: 300, NAMES[4]: 1024}
        units = {NAMES[0]: "ms", NAMES[1]: "ms", NAMES[2]: "B", NAMES[3]: "B", NAMES[4]: "B"}
        for name in NAMES:
            emit(
                name,
                statistics.median(results[name]),
                units[name],
                max=round(max(results[name]), 1),
                rounds=ROUNDS,
                changes=CHANGES,
                target=targets[name],
            )
        emit("sync_empty_poll_ms", statistics.median(extra["poll_ms"]), "ms", rounds=ROUNDS)


if __name__ == "__main__":
    main()
