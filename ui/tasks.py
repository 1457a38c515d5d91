"""The one background helper (Anki's CollectionOp shape).

Everything that touches the database runs on a single database worker thread, inside
`store.transaction()`; terminal work runs on its own device worker. Two more workers keep the
cashier from waiting behind anyone: the list's reads (`run_read`, its own connection) and the
work nobody waits for (`run_background`: the daily backup, the poll). Results and errors come
back on the GUI thread through a Qt signal. Never touch a widget inside `fn`.

    ctx.tasks.run_db(lambda s: queries.count_orders(s, flt), on_success=self._show_count)
    ctx.tasks.run_device(lambda report: driver.void(ref), on_success=..., on_progress=...)
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
Report = Callable[[object], None]
OnSuccess = Callable[[Any], None] | None
OnFailure = Callable[[BaseException], None] | None


class _Relay(QObject):
    """Lives on the GUI thread. Workers queue closures and emit an argument-free signal;
    the queued slot runs them there. No Python object travels through Qt's queue."""

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        self._calls.put(call)
        self.wake.emit()

    def _drain(self) -> None:
        while True:
            try:
                call = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                call()
            except BaseException:
                self.wake.emit()  # the callbacks queued behind a failing one still run
                raise


class TaskRunner(QObject):
    """Runs `fn` off the GUI thread and calls `on_success(result)` / `on_failure(error)` on it.

    `owner`: when given and destroyed before the job ends, no callback runs.
    A failure without `on_failure` is announced on `failed` (the main window shows it).
    `synchronous=True` runs everything inline (for tests that want no threads, like
    Picard's FakeThreadPool); the real tests use the threads and `qtbot.waitUntil`.
    """

    failed = Signal(object)  # BaseException with no on_failure to take it
    busy_changed = Signal(bool)  # True while any job is in flight

    def __init__(self, store: Store | None = None, *, synchronous: bool = False) -> None:
        super().__init__()
        self.store = store
        self.synchronous = synchronous
        self._relay = _Relay()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guadan-db")
        self._device = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guadan-device")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guadan-list")
        self._background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guadan-idle")
        self._in_flight = 0
        self._lock = threading.Lock()
        self._closed = False

    # --- public API -------------------------------------------------------------------

    def run_db(
        self,
        fn: Callable[[Session], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future[T]:
        """`fn(session)` on the database worker inside one transaction (commit or roll back)."""
        return self._submit(self._db, self._in_session(fn), on_success, on_failure, owner)

    def run_read(
        self,
        fn: Callable[[Session], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future[T]:
        """`fn(session)` for the reads a person waits on (the list's pages and counts), on their
        own worker and connection: a save, a report or a backup queued on the database worker
        never delays a search. `fn` must not write."""
        return self._submit(self._reader, self._in_session(fn), on_success, on_failure, owner)

    def run_background(
        self,
        fn: Callable[[], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future[T]:
        """`fn()` for work nobody waits on (the daily backup, the poll), on a worker of its own,
        so that it delays neither the list nor the database worker. `fn` opens its own
        `store.transaction()` when it needs one."""
        return self._submit(self._background, fn, on_success, on_failure, owner)

    def run_call(
        self,
        fn: Callable[[], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        owner: QObject | None = None,
    ) -> Future[T]:
        """`fn()` on the database worker without a session (opening a store, seeding, imports
        that manage their own transactions), queued behind the other database jobs."""
        return self._submit(self._db, fn, on_success, on_failure, owner)

    def run_device(
        self,
        fn: Callable[[Report], T],
        on_success: OnSuccess = None,
        on_failure: OnFailure = None,
        *,
        on_progress: Callable[[object], None] | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """`fn(report)` on the terminal worker; `report(x)` calls `on_progress(x)` on the GUI thread.

        `fn` may open its own `store.transaction()` when the step needs one (intent rows).
        """

        def report(value: object) -> None:
            if on_progress is not None:
                self._to_gui(owner, lambda: on_progress(value))

        return self._submit(self._device, lambda: fn(report), on_success, on_failure, owner)

    @property
    def idle(self) -> bool:
        with self._lock:
            return self._in_flight == 0

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        for pool in (self._db, self._device, self._reader, self._background):
            pool.shutdown(wait=wait, cancel_futures=True)

    # --- internals --------------------------------------------------------------------

    def _in_session(self, fn: Callable[[Session], T]) -> Callable[[], T]:
        def job() -> T:
            if self.store is None:
                raise RuntimeError("no database open yet")
            try:
                return once()
            except Exception as exc:
                # The link dropped under this very transaction (rolled back on the server):
                # a counter with a local copy does the same work there at once (app.sync).
                store = self.store
                offline_now = store is not None and store.local is not None and store.link_down
                if type(exc).__name__ == "ServerUnreachable" and offline_now:
                    return once()
                raise

        def once() -> T:
            assert self.store is not None
            kept: BaseException | None = None
            with self.store.transaction() as session:
                try:
                    return fn(session)
                except Exception as exc:
                    # e.g. AuthFailure: the failed-PIN count it bumped must be committed
                    if not getattr(exc, "keeps_changes", False):
                        raise
                    kept = exc
            raise kept

        return job

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        job: Callable[[], T],
        on_success: OnSuccess,
        on_failure: OnFailure,
        owner: QObject | None,
    ) -> Future[T]:
        if self.synchronous:
            return self._run_inline(job, on_success, on_failure, owner)
        if self._closed:  # late timers or callbacks while the app closes: nothing to do
            log.debug("task dropped: runner is shut down")
            cancelled: Future[T] = Future()
            cancelled.cancel()
            return cancelled
        self._count(+1)
        # Everything the job holds (its closure, the callbacks, the owner — often a dialog) is
        # let go on the GUI thread: a widget whose last reference dies on a worker thread is
        # destroyed there, and Qt crashes (seen as a segfault in tests/ui/test_dialogs.py).
        held: list[Any] = [job, on_success, on_failure, owner]
        del job, on_success, on_failure

        def work() -> None:
            outcome: list[tuple[bool, Any]] = []
            try:
                outcome.append((True, held[0]()))
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                outcome.append((False, exc))
            self._deliver(held, outcome)

        # The future only tells when it is done: the result and any error go to the callbacks.
        return pool.submit(work)  # type: ignore[arg-type]

    def _deliver(self, held: list[Any], outcome: list[tuple[bool, Any]]) -> None:
        def on_gui() -> None:
            try:
                _job, on_success, on_failure, owner = held
                ((ok, value),) = outcome
                held.clear()
                outcome.clear()
                if owner is None or isValid(owner):
                    if ok:
                        if on_success is not None:
                            on_success(value)
                    else:
                        self._fail(value, on_failure)
                if not ok:
                    value.__traceback__ = None  # its frames hold the job's closure: freed here
            finally:
                self._count(-1)

        if isValid(self._relay):
            self._relay.post(on_gui)

    def _run_inline(
        self,
        job: Callable[[], T],
        on_success: OnSuccess,
        on_failure: OnFailure,
        owner: QObject | None,
    ) -> Future[T]:
        future: Future[T] = Future()
        try:
            result = job()
        except Exception as exc:
            future.set_exception(exc)
            if owner is None or isValid(owner):
                self._fail(exc, on_failure)
            return future
        future.set_result(result)
        if on_success and (owner is None or isValid(owner)):
            on_success(result)
        return future

    def _to_gui(
        self, owner: QObject | None, call: Callable[[], None], finished: bool = False
    ) -> None:
        def guarded() -> None:
            try:
                if owner is None or isValid(owner):
                    call()
            finally:
                if finished:
                    self._count(-1)

        if isValid(self._relay):
            self._relay.post(guarded)

    def _fail(self, exc: BaseException, on_failure: OnFailure) -> None:
        if on_failure is not None:
            on_failure(exc)
            return
        log.error("background task failed", exc_info=exc)
        self.failed.emit(exc)

    def _count(self, delta: int) -> None:
        with self._lock:
            before = self._in_flight
            self._in_flight += delta
            after = self._in_flight
        if (before == 0) != (after == 0) and isValid(self):
            # emitted from whichever thread; receivers get it queued on the GUI thread
            self.busy_changed.emit(after > 0)
