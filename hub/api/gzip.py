"""Gzipped request bodies (kiosks push their outbox gzipped); responses use Starlette's
`GZipMiddleware`."""

from __future__ import annotations

import json
import zlib
from collections.abc import MutableMapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class GzipRequestMiddleware:
    """Inflate `Content-Encoding: gzip` request bodies before the app reads them, refusing
    bodies that inflate beyond `max_bytes` (HTTP 413) or are not gzip (HTTP 400)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if headers.get(b"content-encoding", b"").lower() != b"gzip":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            body = inflater.decompress(b"".join(chunks), self.max_bytes + 1)
        except zlib.error:
            await _error(send, 400, "request body is not valid gzip")
            return
        if len(body) > self.max_bytes or inflater.unconsumed_tail:
            await _error(send, 413, "request body too large")
            return
        new_headers = [
            (name, value)
            for name, value in scope["headers"]
            if name not in (b"content-encoding", b"content-length")
        ]
        new_headers.append((b"content-length", str(len(body)).encode("ascii")))
        new_scope: MutableMapping[str, Any] = dict(scope)
        new_scope["headers"] = new_headers
        sent = False

        async def inflated() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(new_scope, inflated, send)


async def _error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": {"code": "bad_request", "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
