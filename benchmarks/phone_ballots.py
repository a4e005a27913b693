"""300 phones vote within 30 s against `antenne vote serve` (docs/architecture.md, "Channels";
issue 6 §10): p95 latency of a cast, ballots lost, ballots counted twice.

A fresh database holds 300 members present at an open vote, each of whom took a one-time code
at the kiosk (their roll row flipped, the code linked to nobody). `antenne vote serve` runs as
its own process on 127.0.0.1; each phone is an async httpx client with its own loopback address
(127.0.x.y, as each phone has its own address on the room's Wi-Fi, which the rate limiter sees).
Phones arrive at random over SPREAD seconds, at most CONCURRENT at a time; each opens its page
and casts. Then every phone replays its code once (must be refused), the vote is closed and
verified from the command line. Figures: `phone_ballots_p95` and `_max` (ms, the POST that
casts), `_get_p95`, `_lost` (confirmed but not in the box, or never confirmed), `_double`
(ballots beyond one per confirmation, replays accepted), `_in_box`, `_roll_flips`, `_wall` (s).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from _common import ROOT, emit, p95

PHONES = int(os.environ.get("ANTENNE_BENCH_PHONES", "300"))
SPREAD_S = float(os.environ.get("ANTENNE_BENCH_PHONE_SPREAD_S", "20"))
CONCURRENT = 64
TIMEOUT_S = 10.0
CHOICES = ("yes", "no", "abstain")


def prepare(path: Path) -> tuple[uuid.UUID, list[str]]:
    """The vote, opened, with PHONES members present who each took a phone code."""
    from sqlalchemy import func, select

    from app.application import open_context
    from app.config import load_config
    from app.voting import service
    from db.models import Antenna, Person, PersonKind

    ctx = open_context(load_config(db_path=path, seed_demo=False, environ={}))
    try:
        with ctx.db.transaction() as session:
            antenna = Antenna(slug="rennes", name="Rennes")
            session.add(antenna)
            session.flush()
            people = [
                Person(
                    first_name=f"Membre{i}",
                    last_name="Bench",
                    kind=PersonKind.member,
                    antenna_id=antenna.id,
                    member_since=date(2023, 1, 1),
                )
                for i in range(PHONES)
            ]
            session.add_all(people)
            session.flush()
            ids = [person.id for person in people]
            assert session.scalar(select(func.count()).select_from(Person)) == PHONES
        vote_id = service.create_vote(
            ctx,
            {
                "title": "Motion de la salle",
                "method": "motion",
                "level": "codecision",
                "channels": ["kiosk", "phone"],
                "eligibility": "members",
            },
        )
        service.open_vote(ctx, vote_id)
        codes: list[str] = []
        for person in ids:
            service.mark_present(ctx, vote_id, person)
            codes += service.issue_phone_codes(ctx, vote_id, person)
        return vote_id, codes
    finally:
        ctx.db.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def antenne(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


async def phones(base: str, codes: list[str]) -> dict[str, list[float] | int | float]:
    import httpx

    rng = random.Random(6)
    # One TLS context for all (the page is plain HTTP; httpx would load the CA bundle per
    # client, which is the client's own time, not the server's).
    tls = ssl.create_default_context()
    gate = asyncio.Semaphore(CONCURRENT)
    gets: list[float] = []
    posts: list[float] = []
    confirmed = 0
    replays_accepted = 0
    failures = 0

    async def phone(index: int, code: str) -> None:
        nonlocal confirmed, failures
        await asyncio.sleep(rng.uniform(0, SPREAD_S))
        address = f"127.0.{1 + index // 250}.{1 + index % 250}"
        transport = httpx.AsyncHTTPTransport(local_address=address, retries=0, verify=tls)
        async with (
            gate,
            httpx.AsyncClient(
                transport=transport, timeout=TIMEOUT_S, headers={"Accept-Language": "fr"}
            ) as client,
        ):
            try:
                start = time.perf_counter()
                page = await client.get(f"{base}/v/{code}")
                gets.append((time.perf_counter() - start) * 1000)
                if page.status_code != 200:
                    failures += 1
                    return
                start = time.perf_counter()
                cast = await client.post(f"{base}/v/{code}", data={"choice": CHOICES[index % 3]})
                posts.append((time.perf_counter() - start) * 1000)
            except httpx.HTTPError:
                failures += 1
                return
            if cast.status_code == 200 and "A voté" in cast.text:
                confirmed += 1
            else:
                failures += 1

    async def replay(index: int, code: str) -> None:
        nonlocal replays_accepted
        address = f"127.0.{1 + index // 250}.{1 + index % 250}"
        transport = httpx.AsyncHTTPTransport(local_address=address, retries=0, verify=tls)
        async with (
            gate,
            httpx.AsyncClient(transport=transport, timeout=TIMEOUT_S) as client,
        ):
            again = await client.post(f"{base}/v/{code}", data={"choice": "no"})
            if again.status_code == 200:
                replays_accepted += 1

    start = time.perf_counter()
    await asyncio.gather(*(phone(i, code) for i, code in enumerate(codes)))
    wall = time.perf_counter() - start
    await asyncio.gather(*(replay(i, code) for i, code in enumerate(codes)))
    return {
        "wall": wall,
        "gets": gets,
        "posts": posts,
        "confirmed": confirmed,
        "failures": failures,
        "replays_accepted": replays_accepted,
    }


def count_box(path: Path, vote_id: uuid.UUID) -> tuple[int, int]:
    """(ballots in the box, roll rows flipped), read from the database file."""
    from sqlalchemy import func, select

    from app.voting import slots
    from db.engine import Database
    from db.models import VoterRoll

    database = Database.at(path, node_id="bench-reader")
    try:
        with database.transaction() as session:
            ballots = slots.count(session, vote_id)
            flips = session.scalar(
                select(func.count()).where(
                    VoterRoll.vote_id == vote_id, VoterRoll.has_voted.is_(True)
                )
            )
    finally:
        database.dispose()
    return int(ballots or 0), int(flips or 0)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "phones.sqlite3"
        vote_id, codes = prepare(path)
        port = free_port()
        serve = ["vote", "serve", str(vote_id), "--host", "127.0.0.1", "--port", str(port)]
        server = subprocess.Popen(
            [sys.executable, "-m", "app.cli", *serve, "--db", str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            server.stdout.readline()  # "Serving … on http://127.0.0.1:PORT/v/<code>"
            deadline = time.monotonic() + 20
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                    time.sleep(0.05)
            figures = asyncio.run(phones(f"http://127.0.0.1:{port}", codes))
            ballots, flips = count_box(path, vote_id)
            closed = antenne("vote", "close", str(vote_id), "--db", str(path))
            server.wait(timeout=15)  # `serve` ends by itself once the vote is closed
            verified = antenne("vote", "verify", str(vote_id), "--db", str(path))
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
            for stream in (server.stdout, server.stderr):
                if stream is not None:
                    stream.close()
    posts = figures["posts"]
    gets = figures["gets"]
    assert isinstance(posts, list) and isinstance(gets, list)
    confirmed = int(figures["confirmed"])  # type: ignore[arg-type]
    lost = max(0, confirmed - ballots) + (PHONES - confirmed)
    double = max(0, ballots - confirmed) + int(figures["replays_accepted"])  # type: ignore[arg-type]
    common = {"phones": PHONES, "spread_s": SPREAD_S, "concurrent": CONCURRENT}
    emit("phone_ballots_p95", p95(posts) if len(posts) > 1 else 0.0, "ms", target=200, **common)
    emit("phone_ballots_max", max(posts, default=0.0), "ms", **common)
    emit("phone_ballots_get_p95", p95(gets) if len(gets) > 1 else 0.0, "ms", **common)
    emit("phone_ballots_lost", lost, "ballots", target=0, **common)
    emit("phone_ballots_double", double, "ballots", target=0, **common)
    emit("phone_ballots_in_box", ballots, "ballots", target=PHONES)
    emit("phone_ballots_roll_flips", flips, "rows", target=PHONES)
    emit("phone_ballots_wall", float(figures["wall"]), "s", target=30, **common)  # type: ignore[arg-type]
    emit(
        "phone_ballots_verify",
        verified.returncode,
        "exit",
        target=0,
        closed=closed.returncode,
        detail=json.dumps(verified.stdout.strip()[:200]),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
