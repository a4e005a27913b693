"""The hub under 200 simulated kiosks polling (docs/architecture.md, "Performance targets": p95
reported).

200 devices are enrolled on a hub on PostgreSQL (1 000 people in its log, already pulled by
every kiosk); each simulated kiosk polls `GET /v1/changes` with its own token, nonce and
cursor, all at once, 10 times with a short random pause — 2 000 authenticated polls in a
burst, far denser than 200 kiosks every 5 minutes. `device_row_writes` counts the updates of
the devices' rows meanwhile (a poll with nothing new writes nothing; a device's last-seen time
is written at most once a minute). Loopback only; the hub runs as in production (uvicorn
workers, `ANTENNE_BENCH_HUB_WORKERS`, default 2), the kiosks are asyncio tasks of this process.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import time

import httpx
from _common import emit, p95
from _sync import new_hub, postgres_or_skip, scratch
from sqlalchemy import text

from app.sync.protocol import (
    API_PREFIX,
    HEADER_EPOCH,
    HEADER_MACHINE,
    HEADER_NONCE,
    HEADER_SCHEMA,
)
from db.outbox import SCHEMA_VERSION
from hub.db import HubDatabase
from hub.models import HubChange
from hub.service import enrolment as hub_enrolment
from hub.service.meta import current_epoch
from tests.helpers.sync import seed_people, serve_hub

KIOSKS = 200
POLLS = 10
WORKERS = int(os.environ.get("ANTENNE_BENCH_HUB_WORKERS", "2"))
NAMES = ["sync_hub_poll_p95_200_kiosks"]


async def _kiosk(
    client: httpx.AsyncClient,
    *,
    token: str,
    machine: str,
    nonce: str,
    epoch: str,
    cursor: str,
    rng: random.Random,
) -> list[float]:
    headers = {
        "Authorization": f"Bearer {token}",
        HEADER_MACHINE: machine,
        HEADER_SCHEMA: str(SCHEMA_VERSION),
        HEADER_EPOCH: epoch,
        HEADER_NONCE: nonce,
        "Accept-Encoding": "gzip",
    }
    samples: list[float] = []
    for _ in range(POLLS):
        await asyncio.sleep(rng.random() * 0.05)
        started = time.perf_counter()
        response = await client.get(
            f"{API_PREFIX}/changes", params={"after": cursor}, headers=headers
        )
        samples.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        cursor = response.json()["next"]
    return samples


async def _poll_all(
    url: str, kiosks: list[tuple[str, str, str]], epoch: str, cursor: str
) -> list[float]:
    # Idle connections are dropped before uvicorn's keep-alive (5 s) closes them under us.
    limits = httpx.Limits(
        max_connections=KIOSKS, max_keepalive_connections=KIOSKS, keepalive_expiry=2
    )
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        rng = random.Random(5)
        results = await asyncio.gather(
            *(
                _kiosk(
                    client,
                    token=token,
                    machine=machine,
                    nonce=nonce,
                    epoch=epoch,
                    cursor=cursor,
                    rng=rng,
                )
                for token, machine, nonce in kiosks
            )
        )
    return [sample for samples in results for sample in samples]


def _device_updates(hub: HubDatabase) -> int:
    """Rows of `hub_device` updated so far (PostgreSQL's statistics): the last-seen writes."""
    with hub.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT coalesce(n_tup_upd, 0) FROM pg_stat_user_tables "
                    "WHERE relname = 'hub_device'"
                )
            ).scalar()
            or 0
        )


def main() -> None:
    with postgres_or_skip(NAMES) as server:
        if server is None:
            return
        folder = scratch()
        hub = new_hub(server, "bench_load")
        try:
            seed_people(hub, 1000)
            kiosks: list[tuple[str, str, str]] = []
            with hub.transaction() as session:
                for index in range(KIOSKS):
                    code = hub_enrolment.new_enrolment_code(session, antenna_slug="rennes")
                    done = hub_enrolment.enroll(
                        session, code=code, machine_id=f"machine-{index}", node_id=f"k{index}"
                    )
                    kiosks.append((done.token, f"machine-{index}", done.device.nonce))
                epoch = current_epoch(session)
                last = session.query(HubChange).order_by(HubChange.seq.desc()).first()
                assert last is not None
                cursor = f"{last.txid}.{last.seq}"
            updated_before = _device_updates(hub)
            with serve_hub(hub.url, workers=WORKERS) as served:
                url = served.url
                started = time.perf_counter()
                samples = asyncio.run(_poll_all(url, kiosks, epoch, cursor))
                elapsed = time.perf_counter() - started
            # The hub's backends report their statistics within a second or so of idling.
            time.sleep(2)
            device_writes = _device_updates(hub) - updated_before
        finally:
            hub.dispose()
            shutil.rmtree(folder, ignore_errors=True)
        emit(
            "sync_hub_poll_p95_200_kiosks",
            p95(samples),
            "ms",
            polls=len(samples),
            kiosks=KIOSKS,
            workers=WORKERS,
            max=round(max(samples), 1),
            throughput_per_s=round(len(samples) / elapsed, 1),
            device_row_writes=device_writes,
        )


if __name__ == "__main__":
    main()
