"""Badge scanners: a USB scanner types like a keyboard; the kiosk must tell it from a person.

A keyboard-wedge scanner types the token as a burst of key presses a few milliseconds apart,
then Enter. `WedgeScanner`, an event filter on the whole application, recognises such a burst
(every key less than `BURST_GAP_MS` after the previous one, at least `MIN_LENGTH` characters,
Enter at the end) and swallows it, so the token never lands in the text field that has the
focus. The catch is the first key: it cannot be told from a person's key until the second one
arrives, so every printable key is held back for at most `BURST_GAP_MS` and handed on
unchanged to the focused widget when no burst follows. A person typing is slowed by that much
and loses nothing.

Gaps are measured with the key events' own timestamps (the windowing system's, in ms), so a
busy event loop does not break a burst and tests are deterministic; an event without a
timestamp (0) is stamped with a monotonic clock when it arrives.

The scanner reports the raw text (`sig_scanned`), as the keyboard layout produced it: an
AZERTY layout turns digits into `&é"'(-è_çà`, which `app.badges.tokens.normalise_token` repairs.
`BadgeReader` verifies the text through the task runner and says who it is, or why not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from app import log
from app.errors import KnownError
from ui.i18n import translate_message

if TYPE_CHECKING:
    from app.badges.types import BadgeHolder
    from app.context import AppContext
    from ui.tasks import TaskRunner

BURST_GAP_MS = 35
"""Keys closer than this belong to one burst (scanners type every 1–15 ms, people every 100+)."""

MIN_LENGTH = 10
"""Shorter bursts are a fast pair of keys by a person, not a badge (tokens have 31 characters)."""

MAX_LENGTH = 200
"""A burst longer than this is no badge either: handed on to the focused widget."""

BURST_PATIENCE_MS = 80
"""Once two keys came fast, how long (wall clock) to wait for the next one before handing the
keys on: a little more than the gap, so that a late-running event loop does not cut a scan."""

STALE_MS = 2000
"""After this long without a key and nothing held, releases still awaited are forgotten."""

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NOT_TYPING = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class _HeldKey:
    """A key press kept back until the scanner knows whether it is part of a scan."""

    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    timestamp: int
    target: QObject

    @classmethod
    def of(cls, event: QKeyEvent, target: QObject, timestamp: int) -> _HeldKey:
        return cls(
            key=event.key(),
            modifiers=event.modifiers(),
            text=event.text(),
            native_scan_code=event.nativeScanCode(),
            native_virtual_key=event.nativeVirtualKey(),
            native_modifiers=event.nativeModifiers(),
            timestamp=timestamp,
            target=target,
        )

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        event = QKeyEvent(
            kind,
            self.key,
            self.modifiers,
            self.native_scan_code,
            self.native_virtual_key,
            self.native_modifiers,
            self.text,
        )
        event.setTimestamp(self.timestamp)
        return event


def _is_typing(event: QKeyEvent) -> bool:
    """A key that types one printable character (what a scanner sends before Enter)."""
    text = event.text()
    return (
        len(text) == 1
        and text.isprintable()
        and not event.isAutoRepeat()
        and not (event.modifiers() & _NOT_TYPING)
    )


class WedgeScanner(QObject):
    """Recognises keyboard-wedge scans anywhere in the application (install with `install()`)."""

    sig_scanned = Signal(str)
    """A scanner typed this text (raw, as the keyboard layout produced it, Enter removed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: list[_HeldKey] = []
        self._last_ms: int | None = None
        # Key codes whose press was held or eaten and whose release must be held or eaten too.
        self._awaiting_release: Counter[int] = Counter()
        # Releases already swallowed for held presses (replayed with them).
        self._released: Counter[int] = Counter()
        self._replaying = False
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.release)

    # -- Public API -----------------------------------------------------------------------------

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        self._timer.stop()
        self._held.clear()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def holding(self) -> int:
        """How many key presses are held back right now (tests)."""
        return len(self._held)

    def release(self) -> None:
        """No burst after all: hand the held keys to the focused widget, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for key in held:
                target = self._target(key.target)
                if target is None:
                    continue
                QApplication.sendEvent(target, key.event(QEvent.Type.KeyPress))
                if self._released[key.key] > 0:
                    self._released[key.key] -= 1
                    self._awaiting_release[key.key] -= 1
                    QApplication.sendEvent(target, key.event(QEvent.Type.KeyRelease))
                elif self._awaiting_release[key.key] > 0:
                    # Still held down: its real release will pass through.
                    self._awaiting_release[key.key] -= 1
        finally:
            self._replaying = False
            self._awaiting_release = +self._awaiting_release
            self._released = +self._released

    # -- Internals ------------------------------------------------------------------------------

    @staticmethod
    def _target(original: QObject) -> QObject | None:
        # The widget the key was meant for (the focused one when it was typed), if still there.
        if shiboken6.isValid(original):
            return original
        return QApplication.focusWidget()

    def _now(self, event: QKeyEvent) -> int:
        stamp = event.timestamp()
        return int(stamp) if stamp else self._clock.elapsed()

    def _scanned(self, text: str) -> None:
        self._timer.stop()
        for key in self._held:
            # Releases already swallowed are done with; those still to come are eaten too.
            if self._released[key.key] > 0:
                self._released[key.key] -= 1
                self._awaiting_release[key.key] -= 1
        self._held.clear()
        self._awaiting_release = +self._awaiting_release
        self._released = +self._released
        log.ui.info("badge scanned (%d characters)", len(text))
        self.sig_scanned.emit(text)

    def _hold(self, event: QKeyEvent, watched: QObject, now: int) -> None:
        self._held.append(_HeldKey.of(event, watched, now))
        self._awaiting_release[event.key()] += 1
        self._timer.start(BURST_GAP_MS if len(self._held) == 1 else BURST_PATIENCE_MS)

    def _key_press(self, event: QKeyEvent, watched: QObject) -> bool:
        now = self._now(event)
        gap = None if self._last_ms is None else now - self._last_ms
        self._last_ms = now
        if not self._held and (gap is None or not 0 <= gap < STALE_MS):
            # Releases that never came (a synthetic press, a focus change): forget them.
            self._awaiting_release.clear()
            self._released.clear()
        in_burst = bool(self._held) and gap is not None and 0 <= gap < BURST_GAP_MS
        if self._held and not in_burst:
            self.release()
        if event.key() in _ENTER and not event.isAutoRepeat():
            if in_burst and len(self._held) >= MIN_LENGTH:
                text = "".join(key.text for key in self._held)
                self._awaiting_release[event.key()] += 1
                self._scanned(text)
                return True
            self.release()
            return False
        if _is_typing(event):
            if len(self._held) >= MAX_LENGTH:
                self.release()
            self._hold(event, watched, now)
            return True
        # Backspace, arrows, shortcuts: a person, not a scanner.
        self.release()
        return False

    def _key_release(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._awaiting_release[key] <= 0:
            return False
        if any(held.key == key for held in self._held):
            # Released before we knew: replayed together with its press.
            self._released[key] += 1
            return True
        self._awaiting_release[key] -= 1
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying:
            return False
        # A window's key event is forwarded to its focus widget, where we meet it again. A key
        # we let through may climb to the parents and come back: by then nothing is held, and
        # seeing it again changes nothing.
        if isinstance(watched, QWindow) or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress:
            return self._key_press(event, watched)
        return self._key_release(event)


class BadgeReader(QObject):
    """Turns scanned text into a person: verifies it through the task runner."""

    sig_badge = Signal(object)
    """A valid badge was scanned: its holder (`BadgeHolder`)."""

    sig_badge_refused = Signal(str)
    """A scanned badge was refused: why, translated for the person holding it."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.pending = 0

    def read(self, raw: str) -> None:
        self.pending += 1

        def verify(ctx: AppContext) -> BadgeHolder:
            from app.badges.service import verify_badge

            return verify_badge(ctx, raw)

        self._tasks.run(verify, on_success=self._verified, on_failure=self._refused, parent=self)

    def _verified(self, holder: BadgeHolder) -> None:
        self.pending -= 1
        self.sig_badge.emit(holder)

    def _refused(self, error: Exception) -> None:
        self.pending -= 1
        if isinstance(error, KnownError):
            self.sig_badge_refused.emit(translate_message(error.message))
