"""Work off the GUI thread: a QRunnable with a QObject relay, and the pools that run it.

The function a job runs receives the job itself, so it can report progress
(``job.report(done, total)``) and check ``job.cancelled``. It gets plain data and calls
Store methods only (each opens its own session, so they are thread-safe). Results come
back on the GUI thread through the relay's signals.

Two single-thread pools keep work ordered and the database calm: ``queries`` (fact lists,
previews: latest request wins) and ``exports`` (one dossier at a time), so a long export
never delays the fact list.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("briefing.gui")


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)
    partial = Signal(object)


class Job(QRunnable):
    """Run ``fn(job)`` in a pool; ``relay.done(result)`` or ``relay.failed(exc, tb)``."""

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object alive until done
        self.relay = _Relay()
        self._fn = fn
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called (from any thread)."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Forward progress to the GUI thread."""
        self.relay.progress.emit(done, total)

    def send(self, value: object) -> None:
        """Hand an intermediate result to the GUI thread (e.g. the first page of a list)."""
        self.relay.partial.emit(value)

    def run(self) -> None:
        """Override QRunnable::run: call the function, relay its outcome."""
        try:
            result = self._fn(self)
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.done.emit(result)


class JobRunner(QObject):
    """A thread pool plus the jobs it is running (kept referenced until they finish)."""

    def __init__(self, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()
        self._closed = False

    def submit(
        self,
        fn: Callable[[Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
    ) -> Job:
        """Start ``fn`` in the pool; callbacks run on the GUI thread."""
        job = Job(fn)
        self._jobs.add(job)
        if on_progress is not None:

            def progress(done: int, total: int) -> None:
                if not self._closed:
                    on_progress(done, total)

            job.relay.progress.connect(progress)
        if on_partial is not None:

            def partial(value: Any) -> None:
                if not self._closed:
                    on_partial(value)

            job.relay.partial.connect(partial)

        def finished(result: Any) -> None:
            self._jobs.discard(job)
            if on_done is not None and not self._closed:
                on_done(result)

        def failed(exc: BaseException, tb: str) -> None:
            self._jobs.discard(job)
            if self._closed:
                return
            if on_failed is not None:
                on_failed(exc, tb)
            else:
                log.error("background job failed:\n%s", tb)

        job.relay.done.connect(finished)
        job.relay.failed.connect(failed)
        self.pool.start(job)
        return job

    @property
    def busy(self) -> bool:
        """True while a submitted job has not reported back."""
        return bool(self._jobs)

    def cancel_all(self) -> None:
        """Ask every running job to stop."""
        for job in list(self._jobs):
            job.cancel()

    def shutdown(self, msecs: int = 10_000) -> None:
        """Cancel, wait for the workers, and drop results not delivered yet (window closing)."""
        self._closed = True
        self.cancel_all()
        self.pool.waitForDone(msecs)
        self._jobs.clear()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (used when the window closes)."""
        return bool(self.pool.waitForDone(msecs))
