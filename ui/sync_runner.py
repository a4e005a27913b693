"""The running kiosk's sync with the hub: every `sync_interval_min` minutes and on demand.

Only when the configuration names a hub (`hub_url`) and the kiosk is enrolled
(`antenne sync enroll`). A round (push the outbox, pull the change log) runs on the task
runner's network lane (`TaskRunner.run_network`), one step per task (one batch sent or one
page applied, see `app.sync.service.sync_steps`): a hub that hangs holds that lane only, so
the screens' tasks never wait behind a request, and the GUI thread never waits for the
network. Each step writes in short transactions of its own (a batch's answers, or a page with
its cursor), beside the screens' (SQLite in WAL mode, busy timeout). When the hub cannot be
reached the next try comes later and later (exponential backoff, capped); "Sync now" tries
at once.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app import log
from app.changes import Changes
from app.context import AppContext
from app.errors import KnownError

if TYPE_CHECKING:
    from app.config import Config
    from app.sync.service import SyncStatus, SyncSummary
    from ui.tasks import TaskRunner

# A kiosk waits this long for the hub to answer before counting it unreachable (the network
# lane waits meanwhile, never a screen).
REQUEST_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class _Step:
    """What one task of a round brings back to the GUI thread."""

    done: bool = False
    summary: SyncSummary | None = None
    error: Exception | None = None
    status: SyncStatus | None = None
    changes: Changes | None = None


class SyncRunner(QObject):
    sig_status = Signal(object)
    """The sync status changed or was read again (`app.sync.service.SyncStatus`)."""

    sig_running = Signal(bool)
    """A round started (True) or ended (False)."""

    sig_finished = Signal(object)
    """A round ended: its `SyncSummary`, or the error that stopped it."""

    def __init__(self, config: Config, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._tasks = tasks
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.started = False
        self.stopped = False
        self.running = False
        self.failures = 0
        self.timeout_s = REQUEST_TIMEOUT_S
        self.status: SyncStatus | None = None
        self._steps: Generator[str, None, SyncSummary] | None = None

    # -- Public API -----------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        """Whether the configuration names a hub at all."""
        return bool(self._config.hub_url)

    @property
    def interval_s(self) -> float:
        return max(1, self._config.sync_interval_min) * 60.0

    def start(self) -> None:
        """Once the database is open: read the status, then sync at once and periodically."""
        if self.started:
            return
        self.started = True
        if not self.configured:
            log.sync.info("no hub configured: this kiosk does not sync")
            self.refresh()
            return
        self.sync_now()

    def stop(self) -> None:
        """No more rounds (the window closes): the step in flight, if any, ends first."""
        self.timer.stop()
        self.stopped = True
        if self.running:
            self._tasks.wait_for_done()
        steps, self._steps = self._steps, None
        if steps is not None:
            steps.close()

    def refresh(self) -> None:
        """Read the status again (pending operations change with every action)."""

        def read(ctx: AppContext) -> SyncStatus:
            from app.sync.service import sync_status

            return sync_status(ctx)

        self._tasks.run(read, on_success=self._show_status, parent=self)

    def sync_now(self) -> None:
        """Start a round now (the timer, or a facilitator), unless one is running."""
        if self.running or self.stopped or not self.configured:
            return
        self.timer.stop()
        self.running = True
        self.sig_running.emit(True)

        def begin(ctx: AppContext) -> _Step:
            from app.sync.service import sync_status, sync_steps

            status = sync_status(ctx)
            if not status.enrolled:
                return _Step(done=True, status=status)
            self._steps = sync_steps(
                ctx, timeout_s=self.timeout_s, keep_done_days=ctx.config.outbox_keep_days
            )
            return self._advance(ctx)

        self._tasks.run_network(begin, on_success=self._stepped, parent=self)

    # -- Internals ------------------------------------------------------------------------------

    def _advance(self, ctx: AppContext) -> _Step:
        """One step of the round (on the worker thread)."""
        from app.sync.service import sync_status

        steps = self._steps
        if steps is None:  # stopped meanwhile
            return _Step(done=True, status=sync_status(ctx))
        try:
            next(steps)
        except StopIteration as finished:
            summary: SyncSummary = finished.value
            # Screens showing what the hub sent refresh (the runner announces it).
            return _Step(
                done=True, summary=summary, status=sync_status(ctx), changes=summary.changes
            )
        except KnownError as error:
            return _Step(done=True, error=error, status=sync_status(ctx))
        except Exception as error:
            # Not the visitor's business: logged, shown to facilitators, tried again later.
            log.sync.exception("sync failed")
            return _Step(done=True, error=error, status=sync_status(ctx))
        return _Step()

    def _stepped(self, step: _Step) -> None:
        if not step.done and not self.stopped and self._steps is not None:
            self._tasks.run_network(self._advance, on_success=self._stepped, parent=self)
            return
        self._steps = None
        self.running = False
        if step.error is not None:
            self.failures += 1
        elif step.summary is not None:
            self.failures = 0
        if step.status is not None:
            self._show_status(step.status)
        self.sig_running.emit(False)
        self.sig_finished.emit(step.error or step.summary)
        if self.started and not self.stopped:
            self._schedule()

    def _schedule(self) -> None:
        from app.sync.service import next_attempt_s

        delay_s = next_attempt_s(self.interval_s, self.failures)
        self.timer.start(int(delay_s * 1000))

    def _show_status(self, status: Any) -> None:
        self.status = status
        self.sig_status.emit(status)
