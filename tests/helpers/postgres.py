"""A private PostgreSQL server for hub tests (TESTING.md, "PostgreSQL (hub tests)").

`initdb` and `postgres` refuse to run as root, and tests run as root: the server runs as user
`postgres` (`subprocess.Popen(user=..., group=..., extra_groups=[])`) in a temporary folder
owned by it, listening on 127.0.0.1 only, with `fsync=off`. The hub's migrations run once into
a template database; each test gets a fresh copy (`CREATE DATABASE … TEMPLATE`).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "postgres"
TEMPLATE = "hub_template"
_counter = itertools.count()


def _bin_dir() -> Path | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin(self) -> object:
        import psycopg

        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        )


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres() -> dict[str, object]:
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam(PG_USER)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


class PostgresUnavailableError(RuntimeError):
    """PostgreSQL's server binaries (or the user to run them as) are missing."""


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for as long as the block runs (tests, benchmarks)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise PostgresUnavailableError(
            "PostgreSQL is not installed: apt-get install postgresql (.ci/run does)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_USER)
        except KeyError:
            raise PostgresUnavailableError(
                "no postgres user to run PostgreSQL as (install Debian's postgresql)"
            ) from None
    folder = Path(tempfile.mkdtemp(prefix="antenne-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        entry = pwd.getpwnam(PG_USER)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    run_as = _as_postgres()
    subprocess.run(
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_USER,
            "-A",
            "trust",
            "-N",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=folder,
        **run_as,  # type: ignore[arg-type]
    )
    port = free_port()
    log_file = (folder / "postgres.log").open("wb")
    server = subprocess.Popen(
        [
            str(bin_dir / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-k",
            str(folder),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "max_connections=300",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log_file,
        cwd=folder,
        **run_as,  # type: ignore[arg-type]
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            ready = subprocess.run(
                [str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port), "-q"],
                check=False,
            )
            if ready.returncode == 0:
                break
            if server.poll() is not None or time.monotonic() > deadline:
                log = (folder / "postgres.log").read_text(errors="replace")
                raise RuntimeError(f"PostgreSQL did not start:\n{log}")
            time.sleep(0.05)
        yield PostgresServer("127.0.0.1", port, PG_USER)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log_file.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = running_postgres()
        started = server.__enter__()
    except PostgresUnavailableError as missing:
        pytest.skip(str(missing))
    except RuntimeError as failed:
        pytest.fail(str(failed))
    try:
        yield started
    finally:
        server.__exit__(None, None, None)


def create_hub_database(server: PostgresServer, name: str) -> str:
    """A new, migrated hub database on `server`; returns its URL."""
    from hub.db import HubDatabase
    from hub.migrate import upgrade_hub

    with server.admin() as admin:  # type: ignore[attr-defined]
        admin.execute(f"CREATE DATABASE {name}")
    database = HubDatabase(server.url(name))
    try:
        upgrade_hub(database)
    finally:
        database.dispose()
    return server.url(name)


@pytest.fixture(scope="session")
def hub_template(postgres_server: PostgresServer) -> str:
    """A database with the hub's schema, copied for each test."""
    create_hub_database(postgres_server, TEMPLATE)
    return TEMPLATE


@pytest.fixture
def hub_pg_url(postgres_server: PostgresServer, hub_template: str) -> Iterator[str]:
    """A fresh, migrated hub database on PostgreSQL (dropped after the test)."""
    name = f"hub_test_{os.getpid()}_{next(_counter)}"
    with postgres_server.admin() as admin:  # type: ignore[attr-defined]
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {hub_template}")
    yield postgres_server.url(name)
    with postgres_server.admin() as admin:  # type: ignore[attr-defined]
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
