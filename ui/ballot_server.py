"""The kiosk's phone ballot server, held for the whole kiosk: it starts when a phone vote
opens and stops when the vote closes, when the kiosk's window closes or when the application
quits. Kiosk infrastructure, not a screen: the voting screens share one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.context import AppContext
from app.errors import QT_TRANSLATE_NOOP, KnownError, Message
from ui.server_holder import ServerHolder

if TYPE_CHECKING:
    from app.voting.lan import BallotServer


SERVER_FAILED = QT_TRANSLATE_NOOP(
    "Voting", "The phone ballot page cannot be served on {host}:{port} ({reason})."
)


class BallotServerHolder(ServerHolder):
    """The kiosk's phone ballot server (one per kiosk). It starts when a phone vote opens, when
    a screen shows an open phone vote (after a restart) or when a voter asks for a code; it
    stops when the vote closes, when the kiosk's window closes and when the application quits:
    no server thread outlives its vote or its kiosk."""

    NAME = "ballot-server-holder"
    server: BallotServer | None

    def ensure(self, ctx: AppContext) -> str:
        """Serve (if not yet) and return the address phones open, without the code."""
        from app.voting.lan import BallotServer

        with self._lock:
            if self.server is None:
                host, port = ctx.config.ballot_host, ctx.config.ballot_port
                server = BallotServer(ctx, host=host, port=port)
                try:
                    server.start()
                except OSError as error:
                    server.stop()
                    raise KnownError(
                        Message(
                            "Voting",
                            SERVER_FAILED,
                            {"host": host, "port": port, "reason": str(error)},
                        )
                    ) from error
                self.server = server
            return self.server.url_for("").removesuffix("/v/")

    def address(self) -> str:
        server = self.server
        return server.url_for("").removesuffix("/v/") if server is not None else ""

    def url_for(self, code: str) -> str:
        server = self.server
        return server.url_for(code) if server is not None else ""
