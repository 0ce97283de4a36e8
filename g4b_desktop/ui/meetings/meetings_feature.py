"""The meetings feature in the main window: its view (built when first shown) and how meetings,
agenda items, outcomes and actions are opened. Kept apart from `meetings_view` so that starting the
program does not import the meetings screens (about 15 ms of start-up, #9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _view(window):
    from .meetings_view import MeetingsView

    return MeetingsView(window)


def install(window) -> None:
    """The meetings view (built when first shown) and how meetings, agenda items, outcomes and
    actions are opened."""
    window.add_view("meetings", QCoreApplication.translate("MeetingsView", "Meetings"), lambda: _view(window))
    from ...db import meetings_read

    store = window.store

    def select_meeting(meeting_id):
        window.view("meetings").select_meeting(meeting_id)

    window.register_opener("meeting", select_meeting)
    for table in ("agenda_item", "meeting_action", "outcome"):
        window.register_opener(table, lambda rid, t=table: select_meeting(meetings_read.meeting_of(store, t, rid)))
