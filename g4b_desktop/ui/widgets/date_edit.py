"""Dates and times typed the user's way, shared by every form: one date format per language
(`i18n.date_format`), a calendar pop-up, an optional "no date" state; ISO text in and out.

Qt's date editor jumps to the next part of the date once a part is complete ("12" for a day), so the
"/" a user types next would skip the month: a separator typed right after such a jump is taken as
already done. Typing over the whole selected text starts at the first part instead of being refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QLineEdit, QStyle, QTimeEdit

from ..shell import i18n

NO_DATE = QDate(1900, 1, 1)
NO_TIME = QTime(0, 0)
SEPARATORS = "/-.:h "


class _Typing:
    """Key handling shared by the date and the time editor (see the module's docstring)."""

    optional = False
    _jumped = False

    def is_empty(self) -> bool:
        raise NotImplementedError

    def clear_value(self) -> None:
        raise NotImplementedError

    def start_value(self) -> None:
        raise NotImplementedError

    def _whole_text_selected(self) -> bool:
        line = self.lineEdit()
        return bool(line.selectedText()) and line.selectedText() == line.text()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                self.is_empty() or self._whole_text_selected()):
            self.clear_value()
            event.accept()
            return
        if text and text in SEPARATORS and self._jumped:
            self._jumped = False
            event.accept()
            return
        if text.isdigit():
            if self.is_empty():
                self.start_value()
                self.setCurrentSectionIndex(0)
                self.setSelectedSection(self.sectionAt(0))
            elif self._whole_text_selected():
                self.setCurrentSectionIndex(0)
                self.setSelectedSection(self.sectionAt(0))
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            self._jumped = self.currentSectionIndex() != before
            return
        self._jumped = False
        super().keyPressEvent(event)

    def _add_clear_button(self, tooltip: str) -> None:
        clear = self.lineEdit().addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
                                          QLineEdit.ActionPosition.TrailingPosition)
        clear.setToolTip(tooltip)
        clear.triggered.connect(self.clear_value)
        self._clear = clear

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and getattr(self, "_clear", None) is not None:
            self._clear.setVisible(self.isEnabled())  # nothing to clear in a field that cannot change


class DateEdit(_Typing, QDateEdit):
    """A date in the format of `language` with a calendar pop-up; `optional` adds a "no date" state
    (Delete, or the clear button) that `iso()` returns as None."""

    def __init__(self, language: str, iso: str | None = None, optional: bool = False, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setLocale(i18n.locale(language))
        self.setDisplayFormat(i18n.date_format(language))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setMinimumDate(NO_DATE)
        if optional:
            self.setSpecialValueText(QCoreApplication.translate("DateEdit", "no date"))
            self._add_clear_button(QCoreApplication.translate("DateEdit", "No date (Delete)"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("  31/12/2027  ") + 40)
        self.set_iso(iso)

    def iso(self) -> str | None:
        if self.is_empty():
            return None
        return self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, iso: str | None) -> None:
        day = QDate.fromString(str(iso)[:10], Qt.DateFormat.ISODate) if iso else QDate()
        if not day.isValid():
            day = NO_DATE if self.optional else QDate.currentDate()
        self.setDate(day)

    def is_empty(self) -> bool:
        return self.optional and self.date() == NO_DATE

    def clear_value(self) -> None:
        self.setDate(NO_DATE if self.optional else QDate.currentDate())

    def start_value(self) -> None:
        self.setDate(QDate.currentDate())

    def _open_on_today(self) -> None:
        """The pop-up of an empty date opens on this month, not on January 1900."""
        if self.is_empty() and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._open_on_today()

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Down, Qt.Key.Key_Select):
            self._open_on_today()


class TimeEdit(_Typing, QTimeEdit):
    """A time of day as HH:mm; `optional` shows "—" for no time (midnight is never a meeting's time)."""

    def __init__(self, text: str | None = None, optional: bool = True, parent=None):
        super().__init__(parent)
        self.optional = optional
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(NO_TIME)
        if optional:
            self.setSpecialValueText("—")
            self._add_clear_button(QCoreApplication.translate("DateEdit", "No time (Delete)"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("  23:59  ") + 40)
        self.set_text(text)

    def value(self) -> str | None:
        return None if self.is_empty() else self.time().toString("HH:mm")

    def set_text(self, text: str | None) -> None:
        moment = QTime.fromString(str(text)[:5], "HH:mm") if text else QTime()
        self.setTime(moment if moment.isValid() else NO_TIME)

    def is_empty(self) -> bool:
        return self.optional and self.time() == NO_TIME

    def clear_value(self) -> None:
        self.setTime(NO_TIME)

    def start_value(self) -> None:
        self.setTime(QTime(9, 0))
