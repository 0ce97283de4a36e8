"""Fixtures for window tests: a real main window on a fresh strategy database, offscreen."""

from __future__ import annotations

import pytest

from g4b_desktop.ui import i18n


@pytest.fixture(autouse=True)
def english(qapp):
    """Every window test starts in English (a test may switch languages; that must not leak)."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def window(qtbot, store):
    from g4b_desktop.ui.main_window import MainWindow

    i18n.install("en")
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    yield main
    for job in list(main._jobs):
        job.worker.wait(5000)
    latest = main.latest()
    if latest is not main:
        latest.close()
