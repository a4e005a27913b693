"""Two kinds of error, as in qutebrowser.

`KnownError` is something a person or the environment caused (a bad badge, a full session,
a printer gone, a network down). It carries a translatable message that a screen shows as is.
`BugError` is our own mistake: it is logged with its traceback and never shown as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` without translating it here.

    `app/` never imports Qt; `pyside6-lupdate` still finds the string through this name and the
    UI translates it with `QCoreApplication.translate(context, source)`.
    """
    return source


@dataclass(frozen=True)
class Message:
    """A translatable message: a Qt translation context, the English source text, and
    named parameters substituted with `str.format` after translation."""

    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def untranslated(self) -> str:
        return self.source.format(**self.params)


class KnownError(Exception):
    """An error a person can cause or the environment can raise; shown on screen, translated."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.untranslated())
        self.message = message


class BugError(Exception):
    """An error that is our own fault (broken invariant, impossible state)."""


class NotFoundError(KnownError):
    """Something looked up by a person does not exist (anymore)."""


class InvalidInputError(KnownError):
    """Input a person typed or scanned is not acceptable; nothing was changed."""


class LockedError(KnownError):
    """Access is refused for a while (too many wrong PINs)."""
