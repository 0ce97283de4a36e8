"""At 1280×800 (a secretary's laptop), in Dutch and in French: no view makes the window larger than the
screen, and the tables that were cut off show every column (free texts elided, whole in their tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QHeaderView

from g4b_desktop.db import meetings

from press_helpers import a_working_committee, close_windows, open_window


def header_of(widget) -> QHeaderView:
    return widget.header() if hasattr(widget, "header") else widget.horizontalHeader()


def cut_off_columns(widget) -> list[str]:
    """The columns that do not fit in the table's width (they would need the scroll bar)."""
    header = header_of(widget)
    model = widget.model()
    right = widget.viewport().width() + 1
    return [str(model.headerData(c, header.orientation())) for c in range(header.count())
            if not header.isSectionHidden(c) and header.sectionViewportPosition(c) + header.sectionSize(c) > right]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_view_fits_a_laptop_screen_and_its_tables_their_width(qtbot, store, language):
    committee = a_working_committee(store)
    approved, _ = meetings.plan_meeting(store, committee["objective"], "2026-06-01")
    meetings.mark_held(store, approved)
    meetings.approve_minutes(store, approved)  # the longest state in the meeting list
    window = open_window(store, language)
    try:
        too_big, cut = [], []
        for key in window.view_keys():
            window.show_view(key)
            QApplication.processEvents()
            if window.size() != QSize(1280, 800):
                too_big.append(f"{key}: {window.size().toTuple()}")
        window.open_record("worksite", committee["worksite"])
        QApplication.processEvents()
        home, strategy = window.home_view, window.strategy_view
        tables = {"overdue commitments": (home, home.overdue), "recently changed": (home, home.recent),
                  "worksite commitments": (strategy, strategy.worksite_page.table),
                  "commitments view": (window.commitments_view, window.commitments_view.table),
                  "meeting list": (window.meetings_view, window.meetings_view.list)}
        for name, (view, table) in tables.items():
            window.show_view(next(k for k in window.view_keys() if window.view(k) is view))
            QApplication.processEvents()
            cut += [f"{name}: {column}" for column in cut_off_columns(table)]
        assert window.size() == QSize(1280, 800)
    finally:
        close_windows(window)
    assert too_big == [] and cut == []
