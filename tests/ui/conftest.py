"""Fixtures for window tests: a real main window on a fresh strategy database, offscreen."""

from __future__ import annotations

import pytest

from g4b_desktop.ui.shell import i18n


@pytest.fixture(autouse=True)
def english(qapp):
    """Every window test starts in English (a test may switch languages; that must not leak)."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def window(qtbot, store, jobs):
    from g4b_desktop.ui.shell.main_window import MainWindow

    i18n.install("en")
    main = MainWindow(store)
    main.show()
    yield main
    # A window may have been replaced (language, another database): close whatever is still there.
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            jobs.stop(widget, 5000)
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()
