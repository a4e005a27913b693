"""Request bodies, read by the endpoint itself once the request is allowed to send one
(packaging/hub.md, "What the hub checks before reading a body").

A body is read as a stream and counted as it arrives: beyond `max_bytes` on the wire, or, when
gzipped (`Content-Encoding: gzip`, what kiosks send), beyond `max_inflated` once inflated, the
hub stops reading and answers 413. The JSON is then parsed strictly: UTF-8 only, no `NaN` or
`Infinity` (nor numbers too large for a float), no lone surrogate; anything else is a 400 that
names the problem, never the input. Responses are gzipped by Starlette's `GZipMiddleware`.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import ClientDisconnect, Request

from app.sync.protocol import ErrorCode
from hub.service import HubError

# A `\uD800`–`\uDFFF` escape: the only way a lone surrogate gets into a parsed string (raw
# surrogates are invalid UTF-8). Pairs (an emoji sent as `\ud83d\ude00`) are common and fine.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def _bad(message: str) -> HubError:
    return HubError(400, ErrorCode.bad_request, message)


def _too_large(limit: int, what: str) -> HubError:
    return HubError(413, ErrorCode.bad_request, f"request body {what} beyond {limit} bytes")


async def read_body(request: Request, *, max_bytes: int, max_inflated: int) -> bytes:
    """The request's body, inflated if gzipped, refused (413) as soon as it grows beyond the
    limits; a body announced larger than `max_bytes` is refused without reading any of it."""
    media = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media != "application/json":
        raise HubError(415, ErrorCode.bad_request, "send the body as application/json")
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip"):
        raise HubError(415, ErrorCode.bad_request, "send the body plain or gzipped")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isascii() or not declared.isdigit():
            raise _bad("Content-Length is not a number")
        if int(declared) > max_bytes:
            raise _too_large(max_bytes, "sent")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    sent = 0
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            sent += len(chunk)
            if sent > max_bytes:
                raise _too_large(max_bytes, "sent")
            if inflater is None:
                parts.append(chunk)
                continue
            if inflater.eof:
                if chunk:
                    raise _bad("data after the end of the gzip stream")
                continue
            # At most one byte beyond the limit: enough to know it is exceeded.
            part = inflater.decompress(chunk, max_inflated + 1 - size)
            size += len(part)
            if size > max_inflated or inflater.unconsumed_tail:
                raise _too_large(max_inflated, "inflated")
            parts.append(part)
    except ClientDisconnect:
        raise _bad("the request body ended early") from None
    except zlib.error:
        raise _bad("the request body is not valid gzip") from None
    if inflater is not None and (not inflater.eof or inflater.unused_data):
        raise _bad("the request body is not one whole gzip stream")
    return b"".join(parts)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError("a number too large for a float")
    return number


def parse_json(body: bytes) -> Any:
    """`body` as JSON, strictly (see the module's docstring)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad("the request body is not UTF-8") from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except json.JSONDecodeError as error:
        raise _bad(f"the request body is not JSON ({error.msg}, at {error.pos})") from None
    except RecursionError:
        raise _bad("the request body is nested too deeply") from None
    except ValueError as error:
        # NaN/Infinity, or an integer beyond Python's digit limit.
        raise _bad(f"the request body holds an invalid number ({_plain(str(error))})") from None
    if _SURROGATE_ESCAPE.search(body):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise _bad("the request body holds a lone surrogate (not text)") from None
        except RecursionError:
            raise _bad("the request body is nested too deeply") from None
    return data


def _plain(text: str, limit: int = 120) -> str:
    """`text` safe to put in an answer or a log line: printable ASCII, shortened."""
    cleaned = text.encode("ascii", "backslashreplace").decode("ascii")
    cleaned = "".join(char if char.isprintable() else "?" for char in cleaned)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def describe_errors(errors: Sequence[Mapping[str, Any]]) -> str:
    """What a refused request got wrong, for its answer: where (a field's name, the index of an
    item) and why, in the validator's words. Never the input itself: it may be anything (a lone
    surrogate, a NaN, a megabyte), and a refused request's answer must not fail in its turn."""
    described = []
    for error in errors[:3]:
        where = ".".join(_name(part) for part in error.get("loc", ()))
        described.append(f"{where or 'body'}: {_plain(str(error.get('msg', 'invalid')))}")
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(described) + more


def _name(part: object) -> str:
    # A field or parameter name of the API, or an item's index; anything else (an unknown
    # key, as the request spelled it) is not repeated.
    if isinstance(part, int) or (isinstance(part, str) and _NAME.fullmatch(part)):
        return str(part)
    return "?"


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")
