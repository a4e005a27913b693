"""Checks on the network addresses a person types: a port, a host to listen on or to print
in a QR code. Shared by the kiosk's commands and the hub's (which may import nothing else of
the kiosk's), so it depends on `app.errors` only."""

from __future__ import annotations

import ipaddress
import re

from app.errors import QT_TRANSLATE_NOOP, InvalidInputError, Message

CONTEXT = "Commands"
# A host name as phones resolve it (RFC 1123 labels), when it is not an IP address.
HOST_NAME = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?)+$")


def check_port(port: int) -> None:
    if not 1 <= port <= 65535:
        raise InvalidInputError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Commands", "The port must be between 1 and 65535, not {port}."),
                {"port": port},
            )
        )


def check_host(host: str) -> None:
    """`host` is an IP address or a host name a phone can resolve."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not HOST_NAME.match(host):
            raise InvalidInputError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Commands", "{host} is neither an IP address nor a host name."
                    ),
                    {"host": host},
                )
            ) from None
