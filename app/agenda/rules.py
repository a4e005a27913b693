"""When a member's agenda item is `supported`: pure rules shared by the kiosk and the hub.

A body's `rules["support_threshold"]` says how many members must co-sign an item before it
goes to the body's secretary (docs/architecture.md, "Members' agenda items and travel aid").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app import log

# Co-signatures an item needs when its body says nothing (the "e.g. 10 members").
DEFAULT_SUPPORT = 10


def support_needed(rules: Mapping[str, Any], members: int) -> int:
    """How many members must co-sign an item of a body with these `rules` for it to be
    `supported`. `rules["support_threshold"]` is a number of members (`10`) or a share of the
    antenne's members (`{"share": 0.02}`: 2 %, rounded up, at least one), where `members` is
    how many members that antenne has. Absent or malformed (hub content), `DEFAULT_SUPPORT`."""
    threshold = rules.get("support_threshold")
    if isinstance(threshold, int) and not isinstance(threshold, bool) and threshold >= 1:
        return threshold
    if isinstance(threshold, Mapping):
        share = threshold.get("share")
        if isinstance(share, int | float) and not isinstance(share, bool) and 0 < share <= 1:
            return max(1, math.ceil(share * members))
    if threshold is not None:
        log.misc.warning("support_threshold not understood: %r", threshold)
    return DEFAULT_SUPPORT


def shown_status(stored: str, supports: int, needed: int) -> str:
    """The status a person is shown: the hub's, or `supported` once enough members co-signed
    an item the secretary has not acted on."""
    if stored == "submitted" and supports >= needed:
        return "supported"
    return stored
