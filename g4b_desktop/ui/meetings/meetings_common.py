"""What the meetings widgets share: labels of the enums, which changes concern them (writes: ui/operations/meetings.py)."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication


MEETING_TABLES = {"meeting", "attendance", "agenda_item", "agenda_link", "outcome", "meeting_action",
                  "agenda_item_action", "agenda_template", "commitment", "objective", "organisation", "person"}


def touches_meetings(changes) -> bool:
    return bool(changes is None or changes.tables() & MEETING_TABLES)


def kind_label(key: str) -> str:
    return {
        "committee": QCoreApplication.translate("Meetings", "Steering committee"),
        "summit_preparation": QCoreApplication.translate("Meetings", "Social Summit preparation"),
        "other": QCoreApplication.translate("Meetings", "Other"),
    }.get(key, key)


def state_label(key: str) -> str:
    return {
        "planned": QCoreApplication.translate("Meetings", "Planned"),
        "held": QCoreApplication.translate("Meetings", "Held"),
        "approved": QCoreApplication.translate("Meetings", "Minutes approved"),
    }.get(key, key)


def meeting_state_label(meeting: dict) -> str:
    """A meeting's state as shown; a cancelled one (#18) says so whatever its state."""
    if meeting.get("cancelled_at"):
        return QCoreApplication.translate("Meetings", "Cancelled")
    return state_label(meeting["state"])


def attendance_label(key: str) -> str:
    return {
        "invited": QCoreApplication.translate("Meetings", "Invited"),
        "present": QCoreApplication.translate("Meetings", "Present"),
        "excused": QCoreApplication.translate("Meetings", "Excused"),
        "absent": QCoreApplication.translate("Meetings", "Absent"),
    }.get(key, key)


def outcome_label(key: str) -> str:
    return {
        "information": QCoreApplication.translate("Meetings", "Information"),
        "decision": QCoreApplication.translate("Meetings", "Decision"),
        "action": QCoreApplication.translate("Meetings", "Action item"),
    }.get(key, key)


def action_state_label(key: str) -> str:
    return {
        "open": QCoreApplication.translate("Meetings", "Open"),
        "done": QCoreApplication.translate("Meetings", "Done"),
        "dropped": QCoreApplication.translate("Meetings", "Dropped"),
    }.get(key, key)


def show_date(iso: str | None, language: str) -> str:
    from ..shell import i18n

    return i18n.show_date(iso, language)
