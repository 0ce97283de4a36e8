"""The shared date and time editors: typed the Belgian way in each language, an optional empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.widgets.date_edit import DateEdit, TimeEdit


def typed(qtbot, widget, keys: str):
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, keys)
    return widget


@pytest.mark.parametrize("keys, iso", [
    ("12/03/2027", "2027-03-12"), ("5/3/2027", "2027-03-05"), ("1/3/2027", "2027-03-01"),
    ("31-12-2027", "2027-12-31"), ("12032027", "2027-03-12"), ("9.11.2027", "2027-11-09"),
])
def test_a_date_is_typed_day_first_with_any_separator(qtbot, keys, iso):
    for language in ("nl", "fr"):
        assert typed(qtbot, DateEdit(language, "2026-01-20"), keys).iso() == iso
        assert typed(qtbot, DateEdit(language, optional=True), keys).iso() == iso  # from the empty state


def test_one_format_per_language_shown_and_edited_alike(qtbot):
    assert [DateEdit(lang, "2027-03-09").text() for lang in ("nl", "fr", "en")] == [
        "9/03/2027", "09/03/2027", "09/03/2027"]
    assert [i18n.show_date("2027-03-09", lang) for lang in ("nl", "fr", "en")] == [
        "9/03/2027", "09/03/2027", "09/03/2027"]
    edit = DateEdit("nl", "2027-03-09")
    qtbot.addWidget(edit)
    assert edit.calendarPopup() and edit.displayFormat() == i18n.date_format("nl")


def test_an_optional_date_is_emptied_with_delete_and_opens_its_calendar_on_today(qtbot):
    i18n.install("fr")
    try:
        edit = DateEdit("fr", "2027-03-09", optional=True)
        assert edit.iso() == "2027-03-09"
        typed(qtbot, edit, "")
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        assert edit.iso() is None and edit.text() == "pas de date"
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center())
        calendar = edit.calendarWidget()
        today = QDate.currentDate()
        assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
        calendar.window().hide()
    finally:
        i18n.install("en")
    required = DateEdit("fr", None)
    assert required.iso() == QDate.currentDate().toString(Qt.DateFormat.ISODate)  # a required date is never empty


@pytest.mark.parametrize("keys, value", [("10:30", "10:30"), ("9:15", "09:15"), ("14h00", "14:00"), ("0930", "09:30")])
def test_a_time_is_typed_as_hours_and_minutes(qtbot, keys, value):
    assert typed(qtbot, TimeEdit(), keys).value() == value
    assert typed(qtbot, TimeEdit("12:00"), keys).value() == value
    edit = TimeEdit("12:00")
    typed(qtbot, edit, "")
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and edit.text() == "—"
