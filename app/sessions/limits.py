"""A per-client rate limit for the public calendars, shared by the hub's endpoint and the
kiosk's LAN server (both serve strangers' phones; neither may be made to write files in a loop)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    """At most `limit` requests per `window` seconds per key (a client address)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            events = self._events[key]
            while events and now - events[0] > self.window:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            if len(self._events) > 10_000:
                # Forget the quiet addresses: a scan from many addresses must not grow the map.
                for quiet in [
                    k for k, v in self._events.items() if not v or now - v[-1] > self.window
                ]:
                    del self._events[quiet]
            return True
