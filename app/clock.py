"""Time for synced data: UUIDv7 ids and a hybrid logical clock (HLC).

An HLC stamp orders changes across kiosks even when their wall clocks disagree a little:
it is the largest wall-clock time seen so far (ms) plus a counter, plus the node that made it.
Stamps compare correctly as plain text: `0001732600000000-0000-kiosk-rennes`.
A remote stamp more than `MAX_DRIFT` ahead of our own wall clock is not trusted.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

MAX_DRIFT_MS = 5 * 60 * 1000
_WALL_DIGITS = 16
_COUNTER_DIGITS = 4


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7)."""
    # Imported here: `uuid6` reads its package metadata on import (~30 ms), which the kiosk's
    # first frame must not pay.
    import uuid6

    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class ClockSkewError(Exception):
    """A remote stamp is further ahead of our wall clock than we accept."""

    def __init__(self, remote: Stamp, local_wall_ms: int) -> None:
        super().__init__(f"remote clock {remote.wall_ms - local_wall_ms} ms ahead")
        self.remote = remote
        self.ahead_ms = remote.wall_ms - local_wall_ms


class HybridClock:
    """Thread-safe HLC (Kulkarni et al., 2014) for one node."""

    def __init__(self, node: str, *, wall: Callable[[], int] | None = None) -> None:
        self.node = node
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._last = Stamp(0, 0, node)
        self._lock = threading.Lock()

    def wall_ms(self) -> int:
        """This node's wall clock (ms since the epoch), as the stamps see it."""
        return self._wall()

    def now(self) -> Stamp:
        """A stamp for a local change, greater than every stamp given or received before."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = Stamp(wall, 0, self.node)
            else:
                self._last = Stamp(self._last.wall_ms, self._last.counter + 1, self.node)
            return self._last

    def receive(self, remote: Stamp | str) -> Stamp:
        """Merge a stamp from another node; refuse one too far ahead of our wall clock."""
        if isinstance(remote, str):
            remote = Stamp.parse(remote)
        with self._lock:
            wall = self._wall()
            if remote.wall_ms - wall > MAX_DRIFT_MS:
                raise ClockSkewError(remote, wall)
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Stamp(top, counter, self.node)
            return self._last
