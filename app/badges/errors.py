"""Why a scanned badge is refused, in words a person at the kiosk understands.

Kept apart from the service so that the scanner code can name these errors without importing
SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime

from app.errors import QT_TRANSLATE_NOOP, KnownError, Message

CONTEXT = "Badges"


class BadgeError(KnownError):
    """A badge that does not open the door: malformed, unknown, revoked or expired."""


class MalformedBadgeError(BadgeError):
    """What was scanned or typed is not an Antenne badge token (or was misread)."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Badges", "This is not an Antenne badge, or it was misread. Scan it again."
                ),
            )
        )


class UnknownBadgeError(BadgeError):
    """A well-formed token that no badge of this kiosk carries."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Badges",
                    "This badge is not recognised here. Ask at the welcome desk for a new one.",
                ),
            )
        )


class RevokedBadgeError(BadgeError):
    """A badge that was replaced by a reprint, reported lost, or withdrawn.

    `revoked_on` is the local day it happened and `reason` the stored reason ("reprint",
    "lost", "erased", ...), for screens that want to say more.
    """

    def __init__(self, *, revoked_at: datetime, revoked_on: date, reason: str) -> None:
        if reason == "reprint":
            source = QT_TRANSLATE_NOOP(
                "Badges",
                "This badge was replaced by a newer one on {date}. Please use your new badge.",
            )
        elif reason == "lost":
            source = QT_TRANSLATE_NOOP(
                "Badges",
                "This badge was reported lost on {date} and no longer works. "
                "Ask at the welcome desk for a new one.",
            )
        else:
            source = QT_TRANSLATE_NOOP(
                "Badges",
                "This badge was withdrawn on {date} and no longer works. "
                "Ask at the welcome desk for a new one.",
            )
        super().__init__(Message(CONTEXT, source, {"date": revoked_on.isoformat()}))
        self.revoked_at = revoked_at
        self.revoked_on = revoked_on
        self.reason = reason


class ExpiredBadgeError(BadgeError):
    """A visitor badge scanned on another day than the one it was printed for."""

    def __init__(self, *, valid_on: date) -> None:
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Badges",
                    "This visitor badge was valid on {date} only. "
                    "Ask at the welcome desk for today's badge.",
                ),
                {"date": valid_on.isoformat()},
            )
        )
        self.valid_on = valid_on
