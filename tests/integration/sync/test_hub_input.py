"""Whatever a request carries, the hub answers it with a 4xx, never a server error, and logs no
error; and it reads no body before it knows the device (issue #14, findings 6 and 7).

The hostile inputs go to every endpoint of a real hub (uvicorn, PostgreSQL), by httpx and, for
what httpx refuses to send (a NUL in a header), by a raw socket; the hub's log is read for
errors and tracebacks. The body limits are watched from inside: the request body is handed to
the hub chunk by chunk, counting what it asked for.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import socket
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import psutil
import pytest
from sqlalchemy import select

from app.clock import HybridClock
from app.sync.protocol import (
    HEADER_EPOCH,
    HEADER_MACHINE,
    HEADER_NONCE,
    HEADER_SCHEMA,
    ErrorCode,
)
from db.outbox import SCHEMA_VERSION
from hub.db import HubDatabase
from hub.main import create_app
from hub.migrate import upgrade_hub
from hub.models import Device
from hub.service import enrolment
from hub.service.meta import current_epoch
from hub.settings import HubSettings
from tests.helpers.sync import Hub, serve_hub

ROOT = Path(__file__).resolve().parents[3]
ENDPOINTS = [
    ("POST", "/v1/enroll"),
    ("POST", "/v1/push"),
    ("GET", "/v1/changes"),
    ("GET", "/v1/status"),
    ("GET", "/health"),
]
# What each endpoint answers to a request it has nothing to refuse in (it reads no body).
ALWAYS_FINE = {"/v1/status", "/health"}

# JSON text, as raw as a hostile client may send it.
HOSTILE_VALUES = {
    "lone surrogate": r'"\ud800"',
    "lone low surrogate": r'"a\udfffb"',
    "NaN": "NaN",
    "Infinity": "Infinity",
    "-Infinity": "-Infinity",
    "a float too large": "1e400",
    "NUL": r'"\u0000"',
    "NUL inside": r'"a\u0000b"',
    "control character": r'"a\u0001b"',
    "deep nesting": "[" * 50_000 + "]" * 50_000,
    "nesting within the limit": "[" * 500 + "]" * 500,
    "an integer beyond Python's digit limit": "9" * 5000,
    "a long integer": "9" * 100,
    "a negative integer": "-1",
    "null": "null",
    "true": "true",
    "a list": "[]",
    "an object": "{}",
    "a float": "1.5",
    "a number": "12345",
    "a long string": '"' + "a" * 100_000 + '"',
    "a string": '"not what is expected"',
}
# Whole bodies: (content type, content encoding, bytes).
HOSTILE_BODIES: dict[str, tuple[str, str, bytes]] = {
    "empty": ("application/json", "", b""),
    "not JSON": ("application/json", "", b"{nope"),
    "NaN": ("application/json", "", b"NaN"),
    "deep nesting": ("application/json", "", b"[" * 100_000 + b"]" * 100_000),
    "deep objects": ("application/json", "", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
    "invalid UTF-8": ("application/json", "", b'{"code": "\xff\xfe"}'),
    "UTF-16": ("application/json", "", '{"code": "ABCD-EFGH"}'.encode("utf-16")),
    "a byte order mark": ("application/json", "", b'\xef\xbb\xbf{"ops": []}'),
    "a list": ("application/json", "", b"[]"),
    "a string": ("application/json", "", b'"x"'),
    "null": ("application/json", "", b"null"),
    "a huge integer": ("application/json", "", b"9" * 5000),
    "text/plain": ("text/plain", "", b'{"ops": []}'),
    "no content type": ("", "", b'{"ops": []}'),
    "form": ("application/x-www-form-urlencoded", "", b"ops=1"),
    "not gzip": ("application/json", "gzip", b'{"ops": []}'),
    "truncated gzip": ("application/json", "gzip", gzip.compress(b'{"ops": []}')[:-6]),
    "gzip then garbage": ("application/json", "gzip", gzip.compress(b'{"ops": []}') + b"xx"),
    "gzipped NaN": ("application/json", "gzip", gzip.compress(b'{"ops": NaN}')),
    "brotli": ("application/json", "br", b'{"ops": []}'),
}
HOSTILE_QUERIES = [
    "after=%00",
    "after=1.%00",
    "after=%ED%A0%80",
    "after=%FF",
    "after=NaN",
    "after=1.",
    "after=.1",
    "after=-1.1",
    "after=9999999999999999999.1",
    "after=1." + "9" * 19,
    "after=" + "1" * 5000,
    "after=1.1&after=2.2",
    "limit=NaN",
    "limit=Infinity",
    "limit=1e400",
    "limit=" + "9" * 5000,
    "limit=-1",
    "limit=0",
    "limit=%00",
]


@dataclass
class Credentials:
    """An enrolled device's credentials, kept up to date as its pushes move the nonce on."""

    token: str
    machine: str
    nonce: str
    epoch: str

    def headers(self, **overrides: str) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self.token}",
            HEADER_MACHINE: self.machine,
            HEADER_SCHEMA: str(SCHEMA_VERSION),
            HEADER_EPOCH: self.epoch,
            HEADER_NONCE: self.nonce,
        }
        headers.update(overrides)
        return headers


def _enrol(hub: Hub, machine: str) -> Credentials:
    answer = hub.client.post(
        "/v1/enroll",
        json={"code": hub.code("rennes"), "machine_id": machine, "node_id": machine},
    )
    assert answer.status_code == 200, answer.text
    data = answer.json()
    return Credentials(data["token"], machine, data["nonce"], data["epoch"])


class _ErrorLog(logging.Handler):
    """Every error or traceback the hub (uvicorn, Starlette, the hub's code) logs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.exc_info:
            self.records.append(record)


@pytest.fixture
def error_log(pg_hub: Hub) -> Iterator[_ErrorLog]:
    # Attached once the hub runs: uvicorn configures its loggers when it starts.
    handler = _ErrorLog()
    loggers = [
        logging.getLogger(),
        logging.getLogger("uvicorn"),
        logging.getLogger("uvicorn.error"),
    ]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def _with(template: dict[str, Any], path: list[str | int], raw: str) -> bytes:
    """`template` as JSON text with the value at `path` replaced by the raw text `raw`."""
    marker = "@@hostile@@"
    data = json.loads(json.dumps(template))
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = marker
    return json.dumps(data).replace(f'"{marker}"', raw).encode("utf-8")


def _valid_op() -> dict[str, Any]:
    person = str(uuid.uuid4())
    return {
        "op_id": str(uuid.uuid4()),
        "entity": "person",
        "entity_id": person,
        "operation": "insert",
        "payload": {"id": person, "first_name": "Zoé", "last_name": "Martin"},
        "hlc": str(HybridClock("kiosk-x").now()),
        "schema_version": SCHEMA_VERSION,
        "changed": None,
    }


def _hostile_push_bodies() -> Iterator[tuple[str, bytes]]:
    for field in ("op_id", "entity", "entity_id", "operation", "hlc", "schema_version"):
        for name, raw in HOSTILE_VALUES.items():
            yield f"{field}: {name}", _with({"ops": [_valid_op()]}, ["ops", 0, field], raw)
    for name, raw in HOSTILE_VALUES.items():
        yield f"ops: {name}", _with({"ops": []}, ["ops"], raw)
        yield f"changed: {name}", _with({"ops": [_valid_op()]}, ["ops", 0, "changed"], raw)
        yield (
            f"an item of changed: {name}",
            _with(
                {"ops": [{**_valid_op(), "changed": ["first_name"]}]}, ["ops", 0, "changed", 0], raw
            ),
        )
        yield f"an op: {name}", _with({"ops": [None]}, ["ops", 0], raw)
        if not raw.startswith("{"):
            yield f"payload: {name}", _with({"ops": [_valid_op()]}, ["ops", 0, "payload"], raw)
        yield f"an unknown field: {name}", _with({"ops": [], "x": None}, ["x"], raw)
    yield "an unknown field of an op", json.dumps({"ops": [{**_valid_op(), "x": 1}]}).encode()
    yield "a field name with a surrogate", b'{"ops": [], "\\ud800": 1}'
    yield "a field name with a NUL", b'{"ops": [], "\\u0000": 1}'
    yield "an op id not a UUID", json.dumps({"ops": [{**_valid_op(), "op_id": "op-1"}]}).encode()
    yield (
        "an upper-case op id",
        json.dumps({"ops": [{**_valid_op(), "op_id": str(uuid.uuid4()).upper()}]}).encode(),
    )
    yield (
        "an entity with a capital",
        json.dumps({"ops": [{**_valid_op(), "entity": "Person"}]}).encode(),
    )
    yield "5001 ops", json.dumps({"ops": [_valid_op()] * 5001}).encode()


def _hostile_enrol_bodies() -> Iterator[tuple[str, bytes]]:
    template = {"code": "ABCD-EFGH-JKMN", "machine_id": "m-hostile", "node_id": "k-hostile"}
    for field in template:
        for name, raw in HOSTILE_VALUES.items():
            yield f"{field}: {name}", _with(template, [field], raw)
    yield "an unknown field", json.dumps({**template, "x": 1}).encode()
    yield "a missing field", json.dumps({"code": "ABCD-EFGH-JKMN"}).encode()


def _assert_refused(answer: httpx.Response, what: str) -> None:
    assert 400 <= answer.status_code < 500, f"{what}: HTTP {answer.status_code} {answer.text}"
    detail = answer.json()["detail"]
    assert set(detail) == {"code", "message"}, what
    assert detail["message"].isprintable(), what
    assert len(answer.content) < 2000, f"{what}: the answer repeats the input"


def test_hostile_bodies_are_refused_with_a_4xx_and_log_no_error(
    pg_hub: Hub, error_log: _ErrorLog
) -> None:
    pg_hub.add_antenna("rennes")
    device = _enrol(pg_hub, "m-1")
    json_type = {"Content-Type": "application/json"}
    for what, body in _hostile_push_bodies():
        for encoding in ("", "gzip"):
            headers = device.headers(**json_type)
            content = body
            if encoding:
                headers["Content-Encoding"] = encoding
                content = gzip.compress(body)
            answer = pg_hub.client.request("POST", "/v1/push", content=content, headers=headers)
            if answer.status_code == 200:
                # Valid as an envelope: its op was answered for (refused or applied).
                device.nonce = answer.json()["nonce"]
                continue
            _assert_refused(answer, f"push {encoding} {what}")
    for what, body in _hostile_enrol_bodies():
        answer = pg_hub.client.request("POST", "/v1/enroll", content=body, headers=json_type)
        _assert_refused(answer, f"enroll {what}")
    for what, (media, encoding, body) in HOSTILE_BODIES.items():
        headers = device.headers()
        if media:
            headers["Content-Type"] = media
        if encoding:
            headers["Content-Encoding"] = encoding
        for method, path in ENDPOINTS:
            answer = pg_hub.client.request(method, path, content=body, headers=headers)
            if path in ALWAYS_FINE or (method == "GET" and answer.status_code == 200):
                assert answer.status_code == 200, f"{path} {what}"
                continue
            _assert_refused(answer, f"{path} {what}")
    assert not _device_flagged(pg_hub)
    assert error_log.records == []


def test_hostile_queries_and_headers_are_refused_with_a_4xx_and_log_no_error(
    pg_hub: Hub, error_log: _ErrorLog
) -> None:
    pg_hub.add_antenna("rennes")
    device = _enrol(pg_hub, "m-1")
    for query in HOSTILE_QUERIES:
        for method, path in ENDPOINTS:
            answer = pg_hub.client.request(method, f"{path}?{query}", headers=device.headers())
            if path == "/v1/changes":
                _assert_refused(answer, f"{path}?{query}")
            else:
                assert answer.status_code < 500, f"{path}?{query}"
    beyond_bigint = pg_hub.client.get(
        "/v1/changes", params={"after": "9999999999999999999.1"}, headers=device.headers()
    )
    assert beyond_bigint.json()["detail"]["code"] == ErrorCode.cursor_unknown

    hostile_headers = {
        HEADER_SCHEMA: ["NaN", "Infinity", "1e400", "9" * 5000, "-1", "1.5", "", "\xff"],
        HEADER_MACHINE: ["m\xff" * 100, "\xff"],
        HEADER_EPOCH: ["\xff", "e" * 65, "epoch with spaces"],
        "Authorization": ["Bearer " + "\xff" * 600, "Basic abc", "Bearer", "\xff"],
    }
    for name, values in hostile_headers.items():
        for value in values:
            for method, path in ENDPOINTS:
                headers = {k.encode(): v.encode("latin-1") for k, v in device.headers().items()}
                headers[name.encode()] = value.encode("latin-1")
                answer = pg_hub.client.request(method, path, headers=headers)
                assert answer.status_code < 500, f"{path} {name}: {value[:20]!r}"
                if path not in ALWAYS_FINE and path != "/v1/enroll":
                    _assert_refused(answer, f"{path} {name}: {value[:20]!r}")
    # What httpx refuses to send: control characters in a header, by hand.
    for value in (b"m\x00", b"\x00", b"m\x01", b"m\x7f"):
        for method, path in ENDPOINTS:
            for name in (HEADER_MACHINE, HEADER_NONCE, HEADER_EPOCH, "Authorization"):
                status = _raw_status(pg_hub.url, method, path, {name: value})
                assert 400 <= status < 500 or (path in ALWAYS_FINE and status == 200), (
                    f"{path} {name}: {value!r} → {status}"
                )
    assert not _device_flagged(pg_hub)
    assert error_log.records == []


def _raw_status(url: str, method: str, path: str, headers: dict[str, bytes]) -> int:
    """Send a request as bytes (httpx validates headers), return the answer's status."""
    parts = urlsplit(url)
    lines = [f"{method} {path} HTTP/1.1".encode(), f"Host: {parts.netloc}".encode()]
    lines += [name.encode() + b": " + value for name, value in headers.items()]
    lines += [b"Content-Length: 0", b"Connection: close", b"", b""]
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(b"\r\n".join(lines))
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def _device_flagged(hub: Hub) -> bool:
    with hub.database.transaction() as session:
        return any(at is not None for at in session.scalars(select(Device.clone_detected_at)))


# -- reading no body before knowing the device ----------------------------------------------


class _Counted:
    """A request body handed to the hub chunk by chunk, counting what the hub asked for."""

    def __init__(self, data: bytes, chunk: int = 16 * 1024) -> None:
        self.data = data
        self.chunk = chunk
        self.read = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.data), self.chunk):
            piece = self.data[start : start + self.chunk]
            self.read += len(piece)
            yield piece


@dataclass
class _LocalHub:
    database: HubDatabase
    settings: HubSettings

    def enrol(self, machine: str) -> Credentials:
        with self.database.transaction() as session:
            code = enrolment.new_enrolment_code(session, antenna_slug="rennes")
            done = enrolment.enroll(session, code=code, machine_id=machine, node_id=machine)
            return Credentials(done.token, machine, done.device.nonce, current_epoch(session))

    def post(
        self, path: str, body: _Counted, headers: dict[str, str]
    ) -> tuple[int, dict[str, Any]]:
        async def send() -> tuple[int, dict[str, Any]]:
            app = create_app(self.settings, database=self.database)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://hub") as client:
                answer = await client.post(path, content=body, headers=headers)
                return answer.status_code, answer.json()

        return asyncio.run(send())


LIMIT = 1024 * 1024


@pytest.fixture
def local_hub(tmp_path: Path) -> Iterator[_LocalHub]:
    """The hub's application on SQLite with 1 MB body limits, called in-process."""
    url = str(tmp_path / "hub.sqlite3")
    database = HubDatabase(url)
    upgrade_hub(database)
    with database.transaction() as session:
        enrolment.add_antenna(session, slug="rennes", name="Rennes", clock=HybridClock("hub"))
    try:
        yield _LocalHub(
            database, HubSettings(db_url=url, max_body_bytes=LIMIT, max_inflated_bytes=LIMIT)
        )
    finally:
        database.dispose()


def _bomb(size: int) -> bytes:
    """A gzipped push body that inflates to `size` bytes (a zip bomb: about 1 000 to 1)."""
    prefix = b'{"ops": [], "x": "'
    return gzip.compress(prefix + b"0" * size + b'"}', compresslevel=9)


GZIP_JSON = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


def test_a_push_without_a_valid_token_is_refused_before_its_body_is_read(
    local_hub: _LocalHub,
) -> None:
    device = local_hub.enrol("m-1")
    for headers, status in (
        ({HEADER_SCHEMA: str(SCHEMA_VERSION)}, 401),
        (device.headers(Authorization="Bearer not-a-token"), 401),
        ({"Authorization": f"Bearer {device.token}", HEADER_SCHEMA: "0"}, 426),
        (device.headers(**{HEADER_MACHINE: "another machine"}), 409),
    ):
        body = _Counted(_bomb(64 * LIMIT))
        answered, _detail = local_hub.post("/v1/push", body, {**headers, **GZIP_JSON})
        assert answered == status
        assert body.read == 0
    # A stale nonce: refused and flagged, still without reading.
    body = _Counted(_bomb(64 * LIMIT))
    answered, detail = local_hub.post(
        "/v1/push", body, {**device.headers(**{HEADER_NONCE: "stale"}), **GZIP_JSON}
    )
    assert (answered, detail["detail"]["code"]) == (409, ErrorCode.device_cloned)
    assert body.read == 0


def test_a_push_beyond_the_limits_is_refused_as_soon_as_it_is_known(
    local_hub: _LocalHub,
) -> None:
    device = local_hub.enrol("m-1")
    headers = {**device.headers(), **GZIP_JSON}
    # Inflating beyond the limit: the hub stops after the first chunks of the compressed body.
    bomb = _Counted(_bomb(64 * LIMIT), chunk=1024)
    assert local_hub.post("/v1/push", bomb, headers)[0] == 413
    assert bomb.read < len(bomb.data) / 4
    # Announced larger than the limit: nothing read.
    announced = _Counted(_bomb(64 * LIMIT))
    answered, _detail = local_hub.post(
        "/v1/push", announced, {**headers, "Content-Length": str(LIMIT + 1)}
    )
    assert (answered, announced.read) == (413, 0)
    # Sent plain, beyond the limit: the hub reads up to it and no further.
    plain = _Counted(b'{"ops": [], "x": "' + b"0" * 4 * LIMIT + b'"}')
    answered, _detail = local_hub.post(
        "/v1/push", plain, {**device.headers(), "Content-Type": "application/json"}
    )
    assert answered == 413
    assert plain.read <= LIMIT + plain.chunk
    # Within the limits, the same device pushes on (nothing was flagged or moved).
    fine = _Counted(gzip.compress(json.dumps({"ops": []}).encode()))
    assert local_hub.post("/v1/push", fine, headers)[0] == 200


def test_an_enrolment_body_is_read_up_to_a_few_kilobytes(local_hub: _LocalHub) -> None:
    body = _Counted(b'{"code": "' + b"A" * 4 * LIMIT + b'"}')
    answered, detail = local_hub.post("/v1/enroll", body, {"Content-Type": "application/json"})
    assert answered == 413
    assert detail["detail"]["code"] == ErrorCode.bad_request
    assert body.read <= 4096 + body.chunk


@pytest.mark.soak
def test_parallel_bombs_without_a_token_do_not_grow_the_hubs_memory(
    pg_hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    # Finding 6: eight parallel 64 KB gzipped bodies took the hub from 301 MB to 1 685 MB, and
    # a plain body had no limit at all.
    bomb = _bomb(64 * 1024 * 1024)
    plain = b'{"ops": [], "x": "' + b"0" * 64 * 1024 * 1024 + b'"}'
    unknown = {"Authorization": "Bearer forged", HEADER_SCHEMA: str(SCHEMA_VERSION)}
    statuses: list[int] = []

    def attack(url: str, body: bytes, headers: dict[str, str]) -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            for _ in range(5):
                answer = client.post("/v1/push", content=body, headers=headers)
                statuses.append(answer.status_code)

    def wave(url: str) -> None:
        threads = [
            threading.Thread(
                target=attack,
                args=(url, bomb, {**GZIP_JSON, **unknown})
                if index % 2
                else (url, plain, {"Content-Type": "application/json", **unknown}),
            )
            for index in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    with serve_hub(pg_hub.settings.db_url) as served:
        url, hub = served.url, psutil.Process(served.pid)
        wave(url)  # the first wave warms up (threads, connections, the interpreter's caches)
        before = hub.memory_info().rss
        wave(url)
        wave(url)
        grown = hub.memory_info().rss - before
    with capsys.disabled():  # the figure, in `make soak`'s report
        print(f"\nhub_rss_growth_under_bombs: {grown / 1024 / 1024:.1f} MB")
    assert grown < 16 * 1024 * 1024, f"the hub grew by {grown / 1024 / 1024:.0f} MB"
    assert statuses == [401] * 3 * 8 * 5
