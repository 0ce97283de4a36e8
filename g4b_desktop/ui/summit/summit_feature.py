"""The Social Summit feature in the main window: its view (built when first shown) and Tools →
Progress note (PDF)…. Kept apart from `summit_view` so that starting the program does not import the
summit screens (#9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _view(window):
    from .summit_view import SummitView

    return SummitView(window)


def _progress_note(window):
    from .progress_note import make_progress_note  # not the summit screen: only the note's dialog

    return make_progress_note(window)


def install(window) -> None:
    """The Social Summit view (built when first shown) and Tools → Progress note (PDF)…"""
    window.add_view("summit", QCoreApplication.translate("SummitView", "Social Summit"), lambda: _view(window))
    from PySide6.QtGui import QAction

    action = QAction(QCoreApplication.translate("SummitView", "Progress note (PDF)…"), window)
    action.setObjectName("progressNoteAction")
    action.triggered.connect(lambda: _progress_note(window))
    window.menu("tools").addAction(action)
    from ...db import summits

    def open_summit(summit_id: str) -> None:
        view = window.show_view("summit")
        view.reload(keep_year=summits.summit_year(window.store, summit_id))

    window.register_opener("summit", open_summit)
    window.register_opener("summit_priority", lambda rid: open_summit(
        summits.summit_of_priority(window.store, rid)))
