"""A page's heading (with the working-translation mark), links and paragraphs of record texts."""

from __future__ import annotations

import html
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel



def link(table: str, record_id: str, text: str) -> str:
    return f'<a href="{table}:{record_id}">{html.escape(text)}</a>'


def paragraphs(text: str | None) -> str:
    return "<br>".join(html.escape(line) for line in (text or "").splitlines())


class Heading(QLabel):
    """A page's title: larger, bold, word-wrapped, selectable with the mouse.

    A selectable label lays its text out in a QTextDocument for every height-for-width question, and
    the layouts up to the window ask it many times whenever any page changes (#9: about a third of
    opening an objective page, for the headings of the objective and worksite pages); the answer is
    kept per width until the text or the font changes.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.setFont(font)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._heights.clear()
        super().changeEvent(event)


class TranslationMark(QLabel):
    """A small mark beside a page's heading when texts on the page are the working translation (French)
    or the Dutch document's (English: the strategy has no English version); its tooltip says which."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("translationMark")
        self.setText("≈")
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide()

    def show_for(self, language: str, working_translation: bool) -> None:
        if language == "en":
            self.setToolTip(self.tr("The strategy has no English version: its texts are shown in Dutch, "
                                    "as printed in the document"))
            self.setAccessibleName(self.toolTip())
            self.show()
        elif working_translation:
            self.setToolTip(self.tr("Working translation, not the official text"))
            self.setAccessibleName(self.toolTip())
            self.show()
        else:
            self.hide()
