"""Typing like a USB scanner (or a person) with key events whose timestamps the test decides."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from db.models import Antenna, Person, PersonKind

# A QWERTY scanner on an AZERTY computer (docs/architecture.md, "Scanning"): what each character of
# a token comes out as.
AZERTY_DAMAGE = str.maketrans(
    {
        **dict(zip("1234567890", "&é\"'(-è_çà", strict=True)),
        "A": "Q",
        "Q": "A",
        "Z": "W",
        "W": "Z",
        "M": "?",
        "-": ")",
    }
)


def azerty_damaged(token: str) -> str:
    return token.translate(AZERTY_DAMAGE)


def key_code(char: str) -> int:
    if char == "\r":
        return int(Qt.Key.Key_Return.value)
    return ord(char.upper()) if len(char.upper()) == 1 else ord(char)


def send_key(target: QObject, char: str, at_ms: int, *, release: bool = True) -> None:
    """One key press (and release) typing `char` ("\\r" is Enter) at time `at_ms`."""
    code = key_code(char)
    text = "" if char == "\r" else char
    modifiers = (
        Qt.KeyboardModifier.ShiftModifier
        if char.isalpha() and char.isupper()
        else Qt.KeyboardModifier.NoModifier
    )
    for kind in (
        (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) if release else (QEvent.Type.KeyPress,)
    ):
        event = QKeyEvent(kind, code, modifiers, text)
        event.setTimestamp(at_ms + (2 if kind == QEvent.Type.KeyRelease else 0))
        QApplication.sendEvent(target, event)


def focus_target(fallback: QObject) -> QObject:
    return QApplication.focusWidget() or fallback


def type_keys(
    fallback: QObject, chars: Iterable[str], *, start_ms: int, gaps_ms: Iterable[int]
) -> int:
    """Type `chars` into the focused widget, each after its gap; returns the last time."""
    at = start_ms
    for char, gap in zip(chars, gaps_ms, strict=True):
        at += gap
        send_key(focus_target(fallback), char, at)
    return at


def scan(fallback: QObject, raw: str, *, start_ms: int = 1_000_000, gap_ms: int = 4) -> int:
    """A scanner's burst: `raw` then Enter, `gap_ms` apart."""
    chars = [*raw, "\r"]
    return type_keys(fallback, chars, start_ms=start_ms, gaps_ms=[gap_ms] * len(chars))


def add_person(
    ctx: AppContext,
    first_name: str,
    last_name: str,
    *,
    kind: PersonKind = PersonKind.member,
    language: str = "fr",
) -> uuid.UUID:
    from sqlalchemy import select

    with ctx.db.transaction() as session:
        antenna = session.scalars(select(Antenna).where(Antenna.slug == "rennes")).first()
        if antenna is None:
            antenna = Antenna(slug="rennes", name="Rennes")
            session.add(antenna)
            session.flush()
        person = Person(
            first_name=first_name,
            last_name=last_name,
            antenna_id=antenna.id,
            kind=kind,
            language=language,
            member_since=date(2022, 5, 1) if kind is PersonKind.member else None,
        )
        session.add(person)
        session.flush()
        return person.id
