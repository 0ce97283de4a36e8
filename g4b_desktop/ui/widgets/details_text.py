"""The read-only details text of a page (links open the record they name)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser



class DetailsText(QTextBrowser):
    """The fields of a page as read-only rich text with links to other records.

    A word-wrapped QLabel in a scroll area laid its whole text out again for every size question the
    layouts asked while a page was shown (#9: about 40 ms of opening an objective page); a text browser
    lays the text out once for its width and scrolls it itself. Same look: the window's background, links
    emitted as `linkActivated("table:id")` (as a QLabel's), `text()` is the HTML shown.
    """

    linkActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._html = ""
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor_clicked)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        self.document().setDocumentMargin(2)

    def setText(self, text: str) -> None:  # noqa: N802 (the QLabel name the pages and tests use)
        if text != self._html:
            self._html = text
            self.setHtml(text)

    def text(self) -> str:
        return self._html

    def _anchor_clicked(self, url: QUrl) -> None:
        self.linkActivated.emit(url.toString())
