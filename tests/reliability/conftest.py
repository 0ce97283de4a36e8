"""Window fixtures for the reliability tests (same shape as tests/ui)."""

from __future__ import annotations

import pytest

_made = []


def make_window(qtbot, store):
    from g4b_desktop.ui.shell import i18n
    from g4b_desktop.ui.shell.main_window import MainWindow

    i18n.install("en")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    _made.append(main)
    return main


def dispose(window) -> None:
    """Close a window and stop its views' pending refresh timers, which would otherwise fire in a
    later test on a database that test has closed."""
    from PySide6.QtCore import QTimer

    from shiboken6 import isValid

    while window is not None and isValid(window):
        for timer in window.findChildren(QTimer):
            timer.stop()
        window.close()
        window = window.replacement


@pytest.fixture(autouse=True)
def _dispose_windows():
    yield
    while _made:
        dispose(_made.pop())


@pytest.fixture
def window(qtbot, store):
    return make_window(qtbot, store)
