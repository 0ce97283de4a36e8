"""Uncaught exceptions and hard crashes: logged in the data folder, shown as a readable dialog
with a copyable report; a second start on the same file raises the first window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from g4b_desktop import crashlog, paths
from g4b_desktop.ui.shell import crash_dialog, single_instance

REPO = Path(__file__).resolve().parents[2]


def raise_and_catch():
    try:
        {}["missing worksite"]
    except KeyError:
        return sys.exc_info()


def test_uncaught_exception_is_logged_and_shown_with_a_copyable_report(qtbot, data_dir):
    exc_type, exc, tb = raise_and_catch()
    dialog = crash_dialog.show_exception(exc_type, exc, tb)
    qtbot.addWidget(dialog)
    logs = list(paths.log_dir().glob("error-*.log"))
    assert len(logs) == 1
    logged = logs[0].read_text(encoding="utf-8")
    assert "KeyError: 'missing worksite'" in logged and "raise_and_catch" in logged
    assert isinstance(dialog, crash_dialog.CrashDialog) and dialog.isVisible()
    assert "Your data is safe" in dialog.message.text()
    assert str(logs[0]) in dialog.where.text()
    assert dialog.report.toPlainText() == logged
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == logged


def test_installed_hooks_catch_main_thread_and_worker_thread_exceptions(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    fatal_log = crash_dialog.install(QApplication.instance())
    try:
        assert fatal_log is not None and fatal_log.parent == paths.log_dir()
        sys.excepthook(*raise_and_catch())
        shown = crash_dialog.open_dialogs()
        assert len(shown) == 1 and "missing worksite" in shown[0].report.toPlainText()

        def worker():
            raise RuntimeError("failed in a worker thread")

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(crash_dialog.open_dialogs()) == 2, timeout=3000)
        assert "failed in a worker thread" in crash_dialog.open_dialogs()[1].report.toPlainText()
        assert len(list(paths.log_dir().glob("error-*.log"))) == 2
    finally:
        for dialog in crash_dialog.open_dialogs():
            dialog.close()
        crashlog.stop_faulthandler()
    assert not fatal_log.exists()  # a normal end leaves no empty crash log behind


def test_hard_crash_is_written_by_faulthandler_and_shown_at_the_next_start(qtbot, data_dir):
    code = ("from g4b_desktop import crashlog; import faulthandler; "
            "crashlog.enable_faulthandler(); faulthandler._sigsegv()")
    env = dict(os.environ, PYTHONPATH=str(REPO), G4B_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert result.returncode != 0
    dialog = crash_dialog.show_previous_crashes(None)  # what the window does at start
    qtbot.addWidget(dialog)
    crashes = list(paths.log_dir().glob("crash-*.log"))
    assert len(crashes) == 1
    text = crashes[0].read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Segmentation fault" in text
    assert "stopped unexpectedly" in dialog.message.text()
    assert dialog.report.toPlainText() == text and str(crashes[0]) in dialog.where.text()
    assert crash_dialog.show_previous_crashes(None) is None  # told once


def test_a_killed_program_is_not_reported_as_a_crash(data_dir):
    code = ("from g4b_desktop import crashlog; import os, signal; "
            "crashlog.enable_faulthandler(); os.kill(os.getpid(), signal.SIGKILL)")
    env = dict(os.environ, PYTHONPATH=str(REPO), G4B_DATA_DIR=str(data_dir))
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert crashlog.previous_crashes() == []
    assert list(paths.log_dir().glob("fatal-*.log")) == []  # the empty log was cleared away


FIRST_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from g4b_desktop.ui.shell import single_instance
app = QCoreApplication([])
instance, _ = single_instance.claim(sys.argv[1])
assert instance is not None
def raised():
    print("raised", flush=True)
    QTimer.singleShot(100, app.quit)
instance.activation_requested.connect(raised)
print("ready", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_second_start_on_the_same_file_raises_the_first_and_is_refused(qtbot, db_path, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    first = subprocess.Popen([sys.executable, "-c", FIRST_WINDOW, str(db_path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first.stdout.readline().strip() == b"ready", first.stderr.read()
        instance, raised = single_instance.claim(db_path)
        assert instance is None and raised
        assert first.stdout.readline().strip() == b"raised"
        # Another file is not affected.
        other = tmp_path / "other.g4b"
        other.write_bytes(b"")
        mine, _ = single_instance.claim(other)
        assert mine is not None
        mine.release()
    finally:
        first.wait(10)
        first.stdout.close()
        first.stderr.close()
    # The first window has gone: the file can be opened again.
    instance, _ = single_instance.claim(db_path)
    assert instance is not None
    single_instance.release()


def test_second_start_says_the_file_is_open(qtbot, db_path, capsys):
    from g4b_desktop.db.writer_lock import WriterLock

    holder = WriterLock(db_path)  # held by a g4b command that has no window to raise
    assert holder.acquire()
    try:
        instance, code = single_instance.start(db_path, quiet=True)
    finally:
        holder.release()
    assert instance is None and code == 1
    assert "in use by another Go4Brussels Desktop window or g4b command" in capsys.readouterr().err


def test_a_fatal_qt_error_is_in_the_crash_log(data_dir):
    code = ("from PySide6.QtCore import QCoreApplication, qCritical, qFatal; app = QCoreApplication([]); "
            "from g4b_desktop.ui.shell import crash_dialog; crash_dialog.install(app); "
            "qCritical('the scene graph lost its context'); qFatal('giving up')")
    env = dict(os.environ, PYTHONPATH=str(REPO), G4B_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert result.returncode != 0
    crashes = crashlog.previous_crashes()
    assert len(crashes) == 1
    text = crashes[0].read_text(encoding="utf-8")
    assert "Qt critical: the scene graph lost its context" in text
    assert "Qt fatal:" in text  # PySide6 passes a Python qFatal on with a text of its own
    assert "Fatal Python error: Aborted" in text


def test_the_window_answers_later_starts_once_it_is_shown(qtbot, db_path):
    # at start the server is not on the way to the first paint; it listens shortly after
    instance, code = single_instance.start(db_path, quiet=True)
    try:
        assert instance is not None and code == 0 and instance.server is None
        qtbot.waitUntil(lambda: instance.server is not None and instance.server.isListening(), timeout=5000)
        assert instance.server.serverName() == single_instance.server_name(db_path)
    finally:
        single_instance.release()
