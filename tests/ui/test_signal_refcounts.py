"""The window survives more signal deliveries than PySide6 6.12's reference-count bug allows."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
import g4b_desktop.ui  # pins None/True/False
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton

app = QApplication([])
button = QPushButton()
button.clicked.connect(lambda checked=False: None)

class Source(QObject):
    fired = Signal()

source = Source()
source.fired.connect(lambda: None)
for _ in range(40000):  # more deliveries than None has references in a fresh process (~15,000)
    button.click()
    source.fired.emit()
print("ok")
"""


def test_many_signal_deliveries_do_not_abort_python(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
