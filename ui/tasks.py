"""One background task runner (Anki's `CollectionOp`): services run off the GUI thread.

A screen hands the runner a function of the `AppContext`; the function runs on a worker
thread and its result (or error) comes back on the main thread by signal, where the screen's
callback may touch widgets. Worker code never touches widgets.

    self.tasks.run(lambda ctx: find_people(ctx, query), on_success=self._show, parent=self)

Operations run one at a time, in the order they were asked for (one database, one writer).
Until the context is open (it opens after the first frame), operations wait in line.

Work that waits on the network (the sync with the hub) takes a lane of its own
(`run_network`): a hub that accepts the connection and never answers holds that lane, never a
screen's task. What it does in the database are short transactions of its own, beside the
ordered lane's: SQLite in WAL mode lets screens read meanwhile, and a write waits for the
other at most the busy timeout (`db.engine`).
A `KnownError` becomes a translated message; any other exception is logged and shown as a
generic message. A result that is (or carries) `Changes` is announced to every screen, with
the task's `initiator`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)

from app import log
from app.changes import Changes
from app.config import Config
from app.errors import KnownError
from ui.i18n import translate_message

if TYPE_CHECKING:
    from app.context import AppContext

T = TypeVar("T")

# A named tuple and a slotted class, not dataclasses: the runner is made before the kiosk's
# first frame, where each dataclass costs half a millisecond of generated code.


class _Task(NamedTuple):
    op: Callable[[AppContext], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[Exception], None] | None
    parent: QObject | None
    initiator: object | None = None
    # On the network lane (`TaskRunner.run_network`), not the ordered one.
    network: bool = False


class _Outcome:
    # One object through the queued signal: PySide mis-counts references to a bare None
    # passed as an `object` argument across threads (the interpreter then dies at exit).
    __slots__ = ("error", "result")

    def __init__(self, result: Any, error: Exception | None) -> None:
        self.result = result
        self.error = error


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], done: SignalInstance) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._done = done

    def run(self) -> None:
        try:
            outcome = _Outcome(self._work(), None)
        except Exception as error:
            outcome = _Outcome(None, error)
        self._done.emit(self._task_id, outcome)


def generic_error_text() -> str:
    return QCoreApplication.translate(
        "TaskRunner", "Something went wrong. Please try again, or ask someone at the desk."
    )


class TaskRunner(QObject):
    sig_context_ready = Signal()
    """The database is open: services can run."""

    sig_changes = Signal(object, object)
    """A service changed data (`Changes`, initiator); screens refresh what concerns them. The
    initiator is whoever asked for the task (`run(..., initiator=screen)`), or None: the screen
    that acted has usually shown the result already and need not reload."""

    sig_error = Signal(str)
    """A task failed and nobody handled it: a translated message to show (a toast)."""

    sig_idle = Signal()
    """No task is running or waiting anymore."""

    _sig_done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._network_pool = QThreadPool(self)
        self._network_pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}
        self._waiting: list[tuple[int, _Task]] = []
        self.context: AppContext | None = None
        self.context_error: Exception | None = None
        # Jobs emit from the pool's threads, so the finish is queued to this (the GUI) thread.
        self._sig_done.connect(self._finish)

    # -- Public API -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a task is running or waiting (screenshots wait until it is not)."""
        return bool(self._tasks) or bool(self._waiting)

    def open_context(
        self, config: Config, *, opener: Callable[[Config], AppContext] | None = None
    ) -> None:
        """Open the database off the GUI thread (after the first frame: SQLAlchemy is slow)."""
        if opener is None:
            from app.application import open_context

            opener = open_context
        open_with = opener
        task_id = next(self._ids)
        self._tasks[task_id] = _Task(
            op=lambda _ctx: None, on_success=None, on_failure=None, parent=None
        )
        self._pool.start(_Job(task_id, lambda: open_with(config), self._sig_done))

    def set_context(self, context: AppContext) -> None:
        """Use an already open context (tests, screenshots)."""
        self.context = context
        self.sig_context_ready.emit()
        self._flush()

    def when_context_ready(self, start: Callable[[], None]) -> None:
        """Call `start` once the database is open (at once if it already is)."""
        if self.context is not None:
            start()
        else:
            self.sig_context_ready.connect(start)

    def run(
        self,
        op: Callable[[AppContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
        initiator: object | None = None,
    ) -> None:
        """Run `op(context)` on the worker thread; call back on the main thread.

        Callbacks are dropped if `parent` (usually the calling screen) was deleted meanwhile.
        `on_failure` receives a `KnownError` only; other errors are always logged and shown
        as a generic message. The changes the result carries are announced with `initiator`
        (`sig_changes`), so the screen that acted can tell its own changes from others'.
        """
        self._submit(_Task(op, on_success, on_failure, parent, initiator))

    def run_network(
        self,
        op: Callable[[AppContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
        initiator: object | None = None,
    ) -> None:
        """Like `run`, on the network lane: `op` may wait on a remote machine for long; it never
        delays the ordered lane's tasks, nor they it. Network tasks run one at a time, in order.
        Its database work must be short transactions of its own."""
        self._submit(_Task(op, on_success, on_failure, parent, initiator, network=True))

    def announce(self, changes: Changes, *, initiator: object | None = None) -> None:
        """Tell every screen that data changed (a task's result does it by itself)."""
        self.sig_changes.emit(changes, initiator)

    def wait_for_done(self) -> None:
        """Block until every started task has finished (shutdown)."""
        self._pool.waitForDone()
        self._network_pool.waitForDone()

    # -- Internals ------------------------------------------------------------------------------

    def _submit(self, task: _Task) -> None:
        task_id = next(self._ids)
        if self.context is None:
            self._waiting.append((task_id, task))
            return
        self._start(task_id, task)

    def _start(self, task_id: int, task: _Task) -> None:
        context = self.context
        assert context is not None
        self._tasks[task_id] = task
        pool = self._network_pool if task.network else self._pool
        pool.start(_Job(task_id, lambda: task.op(context), self._sig_done))

    def _flush(self) -> None:
        waiting, self._waiting = self._waiting, []
        for task_id, task in waiting:
            self._start(task_id, task)

    @Slot(int, object)
    def _finish(self, task_id: int, outcome: _Outcome) -> None:
        task = self._tasks.pop(task_id)
        result, error = outcome.result, outcome.error
        if self.context is None:
            self._context_opened(result, error)
        elif isinstance(error, Exception):
            self._failed(task, error)
        else:
            self._succeeded(task, result)
        if not self.busy:
            self.sig_idle.emit()

    def _context_opened(self, result: object, error: object) -> None:
        if isinstance(error, Exception):
            log.ui.error("The database could not be opened", exc_info=error)
            self.context_error = error
            self._waiting.clear()
            if isinstance(error, KnownError):
                self.sig_error.emit(translate_message(error.message))
            else:
                self.sig_error.emit(generic_error_text())
            return
        from app.context import AppContext

        assert isinstance(result, AppContext)
        self.set_context(result)

    def _alive(self, task: _Task) -> bool:
        return task.parent is None or shiboken6.isValid(task.parent)

    def _succeeded(self, task: _Task, result: object) -> None:
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if self._alive(task) and task.on_success is not None:
            task.on_success(result)
        if isinstance(changes, Changes) and changes:
            self.announce(changes, initiator=task.initiator)

    def _failed(self, task: _Task, error: Exception) -> None:
        if isinstance(error, KnownError):
            log.ui.info("Refused: %s", error)
            if not self._alive(task):
                return
            if task.on_failure is not None:
                task.on_failure(error)
            else:
                self.sig_error.emit(translate_message(error.message))
            return
        log.ui.error("Task failed", exc_info=error)
        self.sig_error.emit(generic_error_text())
