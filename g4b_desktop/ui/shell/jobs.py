"""Background jobs: work that may take more than ~0.5 s runs on a worker thread.

`work(progress, cancelled)` runs off the main thread; `progress(percent, text)` reports, `cancelled()`
says whether the user pressed Cancel. A progress dialog appears only if the job lasts longer than
about half a second. The result (or the error) comes back on the main thread.
"""

from __future__ import annotations

import sys
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, QTimer, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500
SWITCH_INTERVAL_S = 0.001


class _Worker(QThread):
    progressed = Signal(int, str)
    finished_with = Signal(object, object)  # result, error

    def __init__(self, work: Callable, parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(lambda percent, text="": self.progressed.emit(int(percent), str(text)),
                               self.cancel_event.is_set)
        except BaseException as exc:  # reported on the main thread, never lost
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)


class Job(QObject):
    """One running job with its (delayed) progress dialog."""

    done = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None]):
        super().__init__(parent)
        self.on_done = on_done
        self.on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(2**30)  # shown by our own timer
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.hide()
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(work, self)
        self.worker.progressed.connect(self._progress)
        self.worker.finished_with.connect(self._finish)
        self.timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.timer.timeout.connect(self.dialog.show)
        self.title = title

    def start(self) -> None:
        # The worker runs Python too, and the window's thread waits for the GIL at every call into Python
        # (a timer, a model's data(), a progress update): by default up to 5 ms each time. A shorter
        # switch interval lets the window take its turn sooner while a job runs (#19).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.timer.start()
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self.worker.cancel_event.is_set()

    def _progress(self, percent: int, text: str) -> None:
        self.dialog.setValue(max(0, min(100, percent)))
        if text and not self.cancelled:
            self.dialog.setLabelText(text)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.timer.stop()
        self.worker.wait()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.result, self.error = result, error
        try:
            if error is not None:
                self.on_error(error)
            elif self.on_done is not None:
                self.on_done(result)
        finally:
            self.done.emit()
            self.deleteLater()


def run_and_wait(window, title: str, work: Callable) -> Any:
    """Run `work(progress, cancelled)` as a job and wait for it in a local event loop: the window keeps
    painting and its timers keep running (its input is held by the job's window-modal progress dialog
    from 0.5 s), and the caller gets the result back as from a plain call (the error is raised)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}
    job = Job(window, title, work, lambda result: outcome.setdefault("result", result),
              lambda error: outcome.setdefault("error", error))
    job.done.connect(loop.quit)
    jobs = getattr(window, "_jobs", None)
    if jobs is not None:
        jobs.append(job)
        job.done.connect(lambda: jobs.remove(job) if job in jobs else None)
    job.start()
    if "result" not in outcome and "error" not in outcome:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


class OnMainThread(QObject):
    """Runs a function on the thread this object lives on, for a worker that waits for it."""

    asked = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.asked.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, request) -> None:
        function, finished = request
        try:
            function()
        finally:
            finished.set()

    def call(self, function: Callable, timeout: float = 60.0) -> None:
        """From a worker: run `function` on this object's thread and wait until it has run."""
        finished = threading.Event()
        self.asked.emit((function, finished))
        finished.wait(timeout)
