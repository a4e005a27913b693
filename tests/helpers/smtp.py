"""An SMTP server in the test process (aiosmtpd) that keeps what it receives: the hub's mail
relay tests send to it and read the mails back (docs/architecture.md, "Mail from the hub")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope
from aiosmtpd.smtp import Session as SMTPSession

from hub.settings import HubSettings
from tests.helpers.postgres import free_port


@dataclass
class Inbox:
    """What the SMTP server received: one envelope per mail."""

    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_DATA(  # aiosmtpd's handler hook
        self, _server: SMTP, _session: SMTPSession, envelope: Envelope
    ) -> str:
        self.envelopes.append(envelope)
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        found = []
        for envelope in self.envelopes:
            content = envelope.original_content or b""
            message = message_from_bytes(content, policy=default)
            assert isinstance(message, EmailMessage)
            found.append(message)
        return found


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    """The server's inbox and the port it listens on (127.0.0.1)."""
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def smtp_settings(settings: HubSettings, port: int) -> HubSettings:
    """`settings` sending to the in-process server on `port`, without TLS."""
    return replace(
        settings,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="plain",
        mail_from="antenne@example.org",
    )
