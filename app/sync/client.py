"""The kiosk's HTTP client for the hub (httpx): gzipped JSON both ways, errors as KnownErrors."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import Any

import httpx

from app import log
from app.errors import QT_TRANSLATE_NOOP, KnownError, Message
from app.sync.protocol import (
    API_PREFIX,
    HEADER_EPOCH,
    HEADER_MACHINE,
    HEADER_NONCE,
    HEADER_SCHEMA,
    PULL_PAGE,
    Change,
    Cursor,
    ErrorCode,
    OpResult,
    PushOp,
)

CONTEXT = "Sync"


class HubUnreachableError(KnownError):
    """The hub cannot be reached (network down, hub down): try again later."""


class HubRefusedError(KnownError):
    """The hub refused the request (unknown or cloned device, bad enrolment code)."""

    def __init__(self, message: Message, *, code: str, status: int) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class SchemaMismatchError(HubRefusedError):
    """The kiosk and the hub disagree on the schema: stop pushing, keep the outbox."""


class CursorUnknownError(HubRefusedError):
    """The hub never issued the cursor the kiosk pulled after (its log was restored without a
    new epoch, or the kiosk's state was tampered with): pull again from the start."""


@dataclass(frozen=True)
class PushReply:
    results: list[OpResult]
    epoch: str
    hub_time_ms: int
    clock_warning: bool
    clock_ahead_ms: int
    # The kiosk's next nonce: stored with these results, presented from then on.
    nonce: str = ""


@dataclass(frozen=True)
class PullReply:
    epoch: str
    reset: bool
    changes: list[Change]
    next: Cursor
    more: bool
    hub_time_ms: int


class HubClient:
    """One kiosk talking to one hub. `http` may be given (a test client, a shared pool)."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str = "",
        machine_id: str = "",
        schema_version: int,
        epoch: str = "",
        nonce: str = "",
        http: httpx.Client | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        self.token = token
        self.machine_id = machine_id
        self.schema_version = schema_version
        self.epoch = epoch
        self.nonce = nonce
        self._owned = http is None
        self._http = http or httpx.Client(base_url=base_url, timeout=timeout_s)
        # Bytes on the wire (compressed), for the facilitator's diagnosis and the benchmarks.
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        if self._owned:
            self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _headers(self) -> dict[str, str]:
        headers = {
            HEADER_MACHINE: self.machine_id,
            HEADER_SCHEMA: str(self.schema_version),
            HEADER_EPOCH: self.epoch,
            "Accept-Encoding": "gzip",
        }
        if self.nonce:
            headers[HEADER_NONCE] = self.nonce
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        headers = self._headers()
        content: bytes | None = None
        if body is not None:
            raw = json.dumps(body, separators=(",", ":")).encode("utf-8")
            content = gzip.compress(raw, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
            headers["Content-Type"] = "application/json"
        url = API_PREFIX.lstrip("/") + path
        try:
            response = self._http.request(
                method, url, content=content, params=params, headers=headers
            )
        except httpx.HTTPError as error:
            log.sync.info("hub unreachable: %s", type(error).__name__)
            raise HubUnreachableError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The hub cannot be reached (no network, or the hub is down). Nothing "
                        "is lost: changes are sent when it is back.",
                    ),
                )
            ) from error
        self.bytes_sent += len(content or b"") + len(url) + len(method)
        self.bytes_received += response.num_bytes_downloaded
        if response.status_code >= 500:
            raise HubUnreachableError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Sync", "The hub had a problem (HTTP {status})."),
                    {"status": response.status_code},
                )
            )
        if response.status_code >= 400:
            _raise_refusal(response)
        data: dict[str, Any] = response.json()
        return data

    def enroll(self, *, code: str, machine_id: str, node_id: str) -> dict[str, Any]:
        return self._request(
            "POST",
            "/enroll",
            body={"code": code, "machine_id": machine_id, "node_id": node_id},
        )

    def push(self, ops: list[PushOp]) -> PushReply:
        data = self._request("POST", "/push", body={"ops": [op.to_json() for op in ops]})
        return PushReply(
            results=[OpResult.from_json(item) for item in data["results"]],
            epoch=str(data["epoch"]),
            hub_time_ms=int(data["hub_time_ms"]),
            clock_warning=bool(data.get("clock_warning")),
            clock_ahead_ms=int(data.get("clock_ahead_ms") or 0),
            nonce=str(data.get("nonce") or ""),
        )

    def pull(self, after: Cursor, *, limit: int = PULL_PAGE) -> PullReply:
        params: dict[str, Any] = {"limit": limit}
        if not after.is_start:
            params["after"] = str(after)
        data = self._request("GET", "/changes", params=params)
        return PullReply(
            epoch=str(data["epoch"]),
            reset=bool(data["reset"]),
            changes=[Change.from_json(item) for item in data["changes"]],
            next=Cursor.parse(str(data["next"])),
            more=bool(data["more"]),
            hub_time_ms=int(data["hub_time_ms"]),
        )


def _raise_refusal(response: httpx.Response) -> None:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    code = ErrorCode.bad_request.value
    if isinstance(detail, dict):
        code = str(detail.get("code", code))
    # The hub's own words (English, for its logs and administrators) stay out of what a
    # facilitator reads: each refusal has its translated message.
    if code in (ErrorCode.schema_too_old, ErrorCode.schema_too_new):
        source = (
            QT_TRANSLATE_NOOP(
                "Sync",
                "This kiosk is too old for the hub: update it. Its changes are kept "
                "and will be sent after the update.",
            )
            if code == ErrorCode.schema_too_old
            else QT_TRANSLATE_NOOP(
                "Sync",
                "The hub is older than this kiosk: the hub must be updated. The kiosk's "
                "changes are kept.",
            )
        )
        raise SchemaMismatchError(Message(CONTEXT, source), code=code, status=response.status_code)
    if code == ErrorCode.cursor_unknown:
        raise CursorUnknownError(
            _refusal_message(code, response.status_code), code=code, status=response.status_code
        )
    raise HubRefusedError(
        _refusal_message(code, response.status_code), code=code, status=response.status_code
    )


def _refusal_message(code: str, status: int) -> Message:
    if code == ErrorCode.device_in_use_elsewhere:
        source = QT_TRANSLATE_NOOP(
            "Sync",
            "The hub refuses this kiosk: its device key is in use on another machine. "
            "Enrol this kiosk again with a new code.",
        )
    elif code == ErrorCode.device_cloned:
        source = QT_TRANSLATE_NOOP(
            "Sync",
            "The hub stopped syncing with this kiosk: a copy of it used its device key. "
            "Nothing is lost here. Ask the hub's administrator to switch the copy off and "
            "reset this kiosk's device (antenne hub device reset).",
        )
    elif code == ErrorCode.enrolment_code_refused:
        source = QT_TRANSLATE_NOOP(
            "Sync",
            "The enrolment code was refused: it is unknown, already used or expired. Ask the "
            "hub for a new one.",
        )
    elif code == ErrorCode.unauthenticated:
        source = QT_TRANSLATE_NOOP(
            "Sync",
            "The hub does not know this kiosk's device key (revoked?): enrol this kiosk "
            "again with a new code.",
        )
    else:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Sync", "The hub refused the request (HTTP {status})."),
            {"status": status},
        )
    return Message(CONTEXT, source)
