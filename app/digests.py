"""Canonical JSON and the digest of a ballot box: one definition for the kiosk's ledger, which
seals a closed vote with the digest, and for the hub, which checks the box it receives
against it (`app.sync.ballot_box`). Pure Python, so that both may import it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any


def canonical(value: Any) -> bytes:
    """The one byte string a JSON value hashes as (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def box_digest(ballots: Iterable[tuple[object, Any, int, str]]) -> tuple[int, str]:
    """(number of ballots, sha256 of the box): each ballot (id, content, weight, channel) as
    canonical JSON, sorted, so that the order says nothing about casting."""
    lines = sorted(
        canonical({"id": str(ballot_id), "content": content, "weight": weight, "channel": channel})
        for ballot_id, content, weight, channel in ballots
    )
    return len(lines), hashlib.sha256(b"\n".join(lines)).hexdigest()
