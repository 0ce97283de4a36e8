"""Uncaught exceptions and hard crashes shown as a readable dialog with a copyable report.

`install(app)` sets `sys.excepthook` (and `threading.excepthook`): the report is written to the
log folder first, then a dialog says in words what happened, that no data was lost (every edit
was committed when it was made; an edit that failed was rolled back), and offers the report to
copy. A full disk is said as such, without a report. `show_previous_crashes(parent)` tells, at
the next start, about a hard crash that faulthandler wrote down.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ... import crashlog

_dialogs: list[QWidget] = []   # open dialogs (kept alive; also what tests look at)
_bridge: "_Bridge | None" = None
_handling = False


class CrashDialog(QDialog):
    """What happened, in words, and the report to copy."""

    def __init__(self, report_text: str, log_path: Path | None, parent: QWidget | None = None,
                 hard_crash: bool = False):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Go4Brussels Desktop: an error"))
        self.report_text = report_text
        if hard_crash:
            intro = self.tr("The program stopped unexpectedly the last time it ran. Every change made "
                            "before that moment was already saved in the database.")
        else:
            intro = self.tr("Something went wrong inside the program. Your data is safe: every change "
                            "is saved when you make it, and the action that failed was not saved "
                            "halfway. You can go on working; if it happens again, please send the "
                            "report below to the person who supports the program.")
        self.message = QLabel(intro)
        self.message.setWordWrap(True)
        where = QLabel(self.tr("The report was saved as {file}.").format(file=log_path) if log_path
                       else self.tr("The report could not be saved to a file."))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = where
        self.report = QPlainTextEdit(report_text)
        self.report.setReadOnly(True)
        self.report.setObjectName("crashReport")
        self.report.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(self.report)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text)
        self.copy_button.setText(self.tr("Copied"))


def _parent() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if app else None


def _keep(dialog: QWidget) -> QWidget:
    _dialogs.append(dialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: _dialogs.remove(dialog) if dialog in _dialogs else None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.raise_()
    return dialog


def show_exception(exc_type, exc, tb) -> QWidget | None:
    """Log an unexpected exception and show it; returns the dialog (None without a QApplication)."""
    global _handling
    if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
        return None
    log_path = None
    try:
        log_path = crashlog.write_report(exc_type, exc, tb)
    except OSError:
        pass
    if QApplication.instance() is None or _handling:
        sys.__excepthook__(exc_type, exc, tb)
        return None
    _handling = True
    try:
        if exc is not None and crashlog.is_disk_full(exc):
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("CrashDialog", "Disk full"),
                              QApplication.translate(
                                  "CrashDialog", "The disk is full: the last change could not be saved, "
                                  "and nothing of it was written (the database is as it was before). "
                                  "Free some space, then do it again."), QMessageBox.StandardButton.Ok,
                              _parent())
            box.setObjectName("diskFullMessage")
            return _keep(box)
        if exc is not None and crashlog.is_database_busy(exc):
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("CrashDialog", "Database busy"),
                              QApplication.translate(
                                  "CrashDialog", "The database is busy in another program: the last change "
                                  "was not saved. Try again in a moment."), QMessageBox.StandardButton.Ok,
                              _parent())
            box.setObjectName("databaseBusyMessage")
            return _keep(box)
        text = crashlog.format_report(exc_type, exc, tb)
        return _keep(CrashDialog(text, log_path, _parent()))
    finally:
        _handling = False


class _Bridge(QObject):
    """Brings exceptions of other threads to the main thread, where dialogs may be shown."""

    raised = Signal(object, object, object)

    @Slot(object, object, object)
    def show(self, exc_type, exc, tb) -> None:
        show_exception(exc_type, exc, tb)


def _excepthook(exc_type, exc, tb) -> None:
    app = QApplication.instance()
    if app is not None and threading.current_thread() is not threading.main_thread() and _bridge is not None:
        _bridge.raised.emit(exc_type, exc, tb)
        return
    show_exception(exc_type, exc, tb)


def _thread_excepthook(args) -> None:
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install(app: QApplication | None = None) -> Path | None:
    """Route uncaught exceptions to the dialog and hard crashes to a log; returns the crash log file."""
    global _bridge
    app = app or QApplication.instance()
    if _bridge is None and app is not None:
        _bridge = _Bridge()
        _bridge.moveToThread(app.thread())
        _bridge.raised.connect(_bridge.show, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    fatal_log = crashlog.enable_faulthandler()
    _install_qt_messages()
    return fatal_log


_previous_qt_handler = None


def _qt_message(kind, context, message) -> None:
    # Qt's own errors go into the crash log: a qFatal is followed by an abort, whose stack
    # faulthandler writes just after, so the report says what Qt complained about.
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        crashlog.note(f"Qt {'fatal' if kind == QtMsgType.QtFatalMsg else 'critical'}: {message}")
    if _previous_qt_handler is not None:
        _previous_qt_handler(kind, context, message)
    elif kind != QtMsgType.QtDebugMsg:
        sys.stderr.write(f"{message}\n")


def _install_qt_messages() -> None:
    global _previous_qt_handler
    previous = qInstallMessageHandler(_qt_message)
    if previous is not _qt_message:
        _previous_qt_handler = previous


def show_previous_crashes(parent: QWidget | None = None) -> QWidget | None:
    """At start: tell about the newest hard crash of an earlier run, if there was one."""
    crashes = crashlog.previous_crashes()
    if not crashes:
        return None
    newest = crashes[0]
    try:
        text = newest.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return _keep(CrashDialog(text, newest, parent, hard_crash=True))


def open_dialogs() -> list[QWidget]:
    return list(_dialogs)


