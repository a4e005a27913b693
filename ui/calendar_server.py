"""The kiosk's calendar server, held for the whole kiosk: started the first time a session
screen needs to show a calendar QR code while the hub is out of reach, stopped when the
kiosk's window closes or the application quits. Kiosk infrastructure, not a screen: every
session screen shares one (docs/architecture.md, "Calendars and attendance sheets").
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from app.context import AppContext
from ui.server_holder import ServerHolder

if TYPE_CHECKING:
    from app.sessions.lan import CalendarServer


class CalendarServerHolder(ServerHolder):
    """The kiosk's calendar server (one per kiosk) and the address a QR code names."""

    NAME = "calendar-server-holder"
    server: CalendarServer | None

    def calendar_url(self, ctx: AppContext, session_id: uuid.UUID) -> str:
        """The address of the session's calendar file for a QR code: the hub's when it is
        reachable, else this kiosk's (served from now on); "" when neither can serve it (the
        port is taken: the screen shows no code rather than one that leads nowhere). Reads the
        database: call it from a worker (`ui.ops.run_query`)."""
        from app import log
        from app.sessions.calendars import calendar_url
        from app.sessions.lan import CalendarServer
        from app.sync.service import sync_status

        status = sync_status(ctx)
        hub_url = calendar_url(status, session_id, lan_address="")
        if hub_url:
            return hub_url
        with self._lock:
            if self.server is None:
                server = CalendarServer(
                    ctx, host=ctx.config.ballot_host, port=ctx.config.calendar_port
                )
                try:
                    server.start()
                except OSError as error:
                    server.stop()
                    log.misc.warning("the calendar server cannot start: %s", error)
                    return ""
                self.server = server
            return calendar_url(status, session_id, lan_address=self.server.address)
