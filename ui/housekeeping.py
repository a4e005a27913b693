"""What the kiosk does by itself: check out whoever is left at closing time, purge what is
past the retention period once a day, and give sessions' offered seats not taken by their
hold deadline to the next waiting (every quarter of an hour, docs/architecture.md,
"Sessions"). All run through the task runner, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app import log
from app.changes import Changes
from app.context import AppContext

if TYPE_CHECKING:
    from ui.shell import Shell


@dataclass(frozen=True)
class Closed:
    changes: Changes
    """Visits closed (the task runner announces them)."""
    next_closing: datetime


DAY_MS = 24 * 3600 * 1000
# Wake up at least this often: the clock may jump (suspend, daylight saving time).
MAX_WAIT_MS = 15 * 60 * 1000


class Housekeeping(QObject):
    def __init__(self, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self.closing = QTimer(self)
        self.closing.setSingleShot(True)
        self.closing.timeout.connect(self.close_visits)
        self.purging = QTimer(self)
        self.purging.setInterval(DAY_MS)
        self.purging.timeout.connect(self.purge)
        self.holding = QTimer(self)
        self.holding.setInterval(MAX_WAIT_MS)
        self.holding.timeout.connect(self.release_holds)
        self.started = False

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self.close_visits()
        self.purge()
        self.purging.start()
        self.release_holds()
        self.holding.start()

    def stop(self) -> None:
        self.closing.stop()
        self.purging.stop()
        self.holding.stop()

    def close_visits(self) -> None:
        """Close what the last closing time left open, then wait for the next one."""

        def run(ctx: AppContext) -> Closed:
            from app.clock import utcnow
            from app.localtime import next_closing
            from app.onboarding.service import check_out_at_closing

            now = utcnow()
            return Closed(check_out_at_closing(ctx, now=now), next_closing(ctx, now))

        self._shell.tasks.run(run, on_success=self._closed, parent=self)

    def _closed(self, result: Closed) -> None:
        from app.clock import utcnow

        wait_ms = int((result.next_closing - utcnow()).total_seconds() * 1000) + 1000
        self.closing.start(max(1000, min(wait_ms, MAX_WAIT_MS)))

    def purge(self) -> None:
        def run(ctx: AppContext) -> Changes:
            from app.privacy.service import purge

            report = purge(ctx)
            log.ui.info("daily purge: %d visit(s), %d visitor(s)", report.visits, report.people)
            return report.changes if (report.visits or report.people) else Changes()

        self._shell.tasks.run(run, parent=self)

    def release_holds(self) -> None:
        def run(ctx: AppContext) -> Changes:
            from app.sessions.service import release_expired_holds

            released = release_expired_holds(ctx)
            if released.released:
                log.ui.info("session holds: %d released", released.released)
            return released.changes

        self._shell.tasks.run(run, parent=self)
