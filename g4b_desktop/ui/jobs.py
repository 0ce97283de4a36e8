"""Background jobs: work that may take more than ~0.5 s runs on a worker thread.

`work(progress, cancelled)` runs off the main thread; `progress(percent, text)` reports, `cancelled()`
says whether the user pressed Cancel. A progress dialog appears only if the job lasts longer than
about half a second. The result (or the error) comes back on the main thread.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, QTimer, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


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
