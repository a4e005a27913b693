"""What the kiosk's small web servers for phones share: a per-address rate limit, the kiosk's
address on the room's network, and uvicorn in a background thread on a socket bound first.

Two features serve phones on the room's Wi-Fi: the phone ballot page (`app/voting/lan.py`)
and the calendar files of sessions (`app/sessions/lan.py`); the hub's public calendars use the
same rate limit. None of them trusts a forwarded-for header: phones reach the kiosk directly,
and the header is whatever the sender wrote.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import defaultdict, deque
from typing import Any

ANY_HOST = ("0.0.0.0", "", "::")


class RateLimiter:
    """At most `limit` events per `window` seconds per key (a client address)."""

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


def lan_address() -> str:
    """This machine's address on the room's network (no packet is sent), or 127.0.0.1."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routing decides the interface
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def shown_host(host: str) -> str:
    """The address a phone uses for a server listening on `host` (every interface: the LAN's)."""
    return lan_address() if host in ANY_HOST else host


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound here: a busy port, a port out of range or an unknown host
    is an `OSError` the caller reports in words (uvicorn would log it and end its thread)."""
    if not 0 <= port <= 65535:
        # `getaddrinfo` would quietly take 99999 as 34463.
        raise OSError(f"port {port} is not between 1 and 65535")
    family, kind, proto, _name, address = socket.getaddrinfo(
        host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
    except OSError:
        listening.close()
        raise
    return listening


class LanServer:
    """An ASGI app served by uvicorn in a background thread, stopped cleanly with `stop()`."""

    def __init__(self, app: Any, *, host: str, port: int, name: str) -> None:
        import uvicorn

        self.host = host
        self.name = name
        self._socket: socket.socket | None = None
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
            access_log=False,
            server_header=False,
            # Phones reach the kiosk directly: a forwarded-for header is whatever the sender
            # wrote, and trusting it would let one phone pass for many (rate limits).
            proxy_headers=False,
        )
        self._server: uvicorn.Server = uvicorn.Server(config)
        # "ballot-server", "calendar-server": what a test or a stack dump looks for.
        self._thread = threading.Thread(target=self._run, name=name.replace(" ", "-"), daemon=True)

    def _run(self) -> None:
        if self._socket is not None:
            self._server.run(sockets=[self._socket])

    @property
    def port(self) -> int:
        if self._socket is not None:
            return int(self._socket.getsockname()[1])
        return int(self._server.config.port)

    def start(self, timeout: float = 10.0) -> None:
        """Serve; `OSError` when it cannot (a busy port, an unknown address)."""
        self._socket = listening_socket(self.host, self._server.config.port)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(f"the {self.name} did not start on {self.host}")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()

    @property
    def address(self) -> str:
        """Where phones reach it ("http://192.168.1.20:8766")."""
        return f"http://{shown_host(self.host)}:{self.port}"
