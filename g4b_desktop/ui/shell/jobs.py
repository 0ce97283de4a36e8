"""Background jobs: work that may take more than ~0.5 s runs on a worker thread.

`work(progress, cancelled)` runs off the main thread; `progress(percent, text)` reports, `cancelled()`
says whether the user pressed Cancel. A progress dialog appears only if the job lasts longer than
about half a second. The result (or the error) comes back on the main thread.
"""

from __future__ import annotations

import gc
import sys
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QWidget

SHOW_AFTER_MS = 500
SWITCH_INTERVAL_S = 0.001
NO_FULL_COLLECTION = 1_000_000_000   # gen-1 collections before a full one: never, while a job runs

_running = 0
_thresholds: tuple | None = None


def _job_started() -> None:
    """Python's full (generation 2) garbage collection walks every object of the process holding the
    GIL: 100-500 ms at 50,000 commitments while a job builds a 1,733-page note or merges 17 workbooks,
    and the window cannot tick meanwhile (measured with the bench's G4B_STALL_TRACE, #19). While a job
    runs only the young generations are collected (cheap: they hold recent objects only); a job's
    records are freed by reference counting as usual."""
    global _running, _thresholds
    if _running == 0:
        _thresholds = gc.get_threshold()
        gc.set_threshold(_thresholds[0], _thresholds[1], NO_FULL_COLLECTION)
    _running += 1


def _job_ended() -> None:
    """With the thresholds back, the full collection held off during the job would come at once, on the
    window's thread (110-230 ms measured after the note and the consolidation). The objects that
    survived until now (the window's records, its models and undo steps) are frozen instead: later full
    collections skip them. Reference counting still frees them; only a reference cycle among them
    that became garbage during the job would stay (every full collection measured in the jobs found
    none: "0 collected")."""
    global _running
    _running = max(0, _running - 1)
    if _running == 0 and _thresholds is not None:
        gc.collect(1)   # the young generations: cheap, their cycles are freed before the freeze
        gc.freeze()
        gc.set_threshold(*_thresholds)


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
                 on_error: Callable[[BaseException], None], cancellable: bool = True):
        super().__init__(parent)
        self.on_done = on_done
        self.on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished_ = False
        self.dialog = self._indicator(parent, title, cancellable)
        self.dialog.canceled.connect(self.cancel)
        self.worker = _Worker(work, self)
        self.worker.progressed.connect(self._progress)
        self.worker.finished_with.connect(self._finish)
        self.timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self.timer.timeout.connect(self.dialog.show)
        self.title = title

    def _indicator(self, parent: QWidget, title: str, cancellable: bool):
        """The progress shown from 0.5 s: a window-modal dialog, with Cancel where cancelling is safe."""
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 100, parent)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(2**30)  # shown by our own timer
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.hide()
        return dialog

    def start(self) -> None:
        # The worker runs Python too, and the window's thread waits for the GIL at every call into Python
        # (a timer, a model's data(), a progress update): by default up to 5 ms each time. A shorter
        # switch interval lets the window take its turn sooner while a job runs (#19).
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        _job_started()
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
        self.finished_ = True
        _job_ended()
        if shiboken6.isValid(self.dialog):   # a status-bar indicator goes with a window closed meanwhile
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


class StatusProgress(QWidget):
    """A job's progress in the window's status bar: the window stays usable meanwhile."""

    canceled = Signal()   # never emitted: a background job shown here is not cancelled by the user

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.label = QLabel(title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def setValue(self, value: int) -> None:
        self.bar.setValue(value)

    def setLabelText(self, text: str) -> None:
        self.label.setText(text)


class BackgroundJob(Job):
    """A job the user did not start and need not wait for (the day's check and backup): its progress
    shows in the window's status bar after 0.5 s instead of a window-modal dialog, and it has no
    parent, so it finishes (and `wait_for_background` waits for it) even if the window is closed."""

    def __init__(self, window, title: str, work: Callable, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None]):
        self.window_ = window
        super().__init__(None, title, work, on_done, on_error, cancellable=False)

    def _indicator(self, parent, title: str, cancellable: bool):
        indicator = StatusProgress(title)
        self.window_.statusBar().addPermanentWidget(indicator)
        indicator.hide()
        return indicator


_background: list[Job] = []
_background_waited_at_exit: list[bool] = []


def run_in_background(window, title: str, work: Callable, on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> BackgroundJob:
    """Run `work(progress, cancelled)` as a `BackgroundJob`; `on_done`/`on_error` are called on the
    window's thread only while the window still exists."""
    def alive(function):
        return lambda value: function(value) if function is not None and shiboken6.isValid(window) else None

    job = BackgroundJob(window, title, work, alive(on_done), alive(on_error or window.show_error))
    if not _background_waited_at_exit:   # a process ending while one runs lets it finish (Qt aborts on a
        import atexit                      # running QThread)

        atexit.register(wait_for_background)
        _background_waited_at_exit.append(True)
    _background[:] = [j for j in _background if not j.finished_]
    _background.append(job)
    job.start()
    return job


def wait_for_background(timeout: float = 120.0) -> None:
    """Let the background jobs finish their work (at exit, and after each test)."""
    for job in list(_background):
        if shiboken6.isValid(job) and not job.finished_:
            job.worker.wait(int(timeout * 1000))
    _background[:] = [j for j in _background if shiboken6.isValid(j) and not j.finished_]


def run_and_wait(window, title: str, work: Callable, parent: QWidget | None = None) -> Any:
    """Run `work(progress, cancelled)` as a job and wait for it in a local event loop: the window keeps
    painting and its timers keep running (its input is held by the job's window-modal progress dialog
    from 0.5 s), and the caller gets the result back as from a plain call (the error is raised).
    `parent`: the dialog the job's progress is modal to (a wizard waiting for it), else the window."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}
    job = Job(parent or window, title, work, lambda result: outcome.setdefault("result", result),
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
