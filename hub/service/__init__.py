"""What the hub does, one module per part: `enrolment` (antennes, enrolment codes, device
tokens and their nonce chain), `push` (applying the kiosks' operations once, with `seats` for
the capacity of sessions), `publish` (hub-authoritative rows), `members` (the member register),
`governance` (the governance file), `skill_tags` (the skills taxonomy), `mail` (the e-mails
it owes people about seats) and `intros` (introductions relayed by e-mail), `pull` (pages of
the change log), `changelog` (writing that log) and `meta` (the hub's epoch and txid offset).

This package itself holds only the refusals its parts raise, which the API answers with their
HTTP status (`hub.main`). Logs name ids and entities only, never a row's content (personal data
stays out of logs).
"""

from __future__ import annotations

import uuid

from app.sync.protocol import ErrorCode


class HubError(Exception):
    """A refusal the hub answers with an HTTP status and a machine-readable code."""

    def __init__(self, status_code: int, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message


class CloneDetectedError(HubError):
    """A stale nonce: two machines hold this device's token. The caller flags the device (in
    a transaction of its own: the request's is rolled back) with `flag_clone`."""

    def __init__(self, device_id: uuid.UUID) -> None:
        super().__init__(
            409,
            ErrorCode.device_cloned,
            "this device token is used by a copy of the kiosk: the hub stopped syncing with "
            "the device until an administrator resets it",
        )
        self.device_id = device_id
