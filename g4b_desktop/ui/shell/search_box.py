"""The search box: full-text search (SQLite FTS5) with results shown while typing; a hit opens its record."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...db import queries

TABLE_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DELAY_MS = 150


class SearchBox(QLineEdit):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("searchBox")
        self.setPlaceholderText(self.tr("Search titles, descriptions, notes, organisations…"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(340)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated[QModelIndex].connect(self.open_index)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.textEdited.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self.open_first)

    def table_names(self) -> dict[str, str]:
        return {"objective": self.tr("Objective"), "worksite": self.tr("Worksite"),
                "commitment": self.tr("Commitment"), "organisation": self.tr("Organisation"),
                "person": self.tr("Contact")}

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def search(self) -> int:
        """Fill the result list for the current text; returns the number of hits."""
        self.timer.stop()
        hits = queries.search(self.window_.store, self.text(), limit=30, lang=self.window_.language)
        names = self.table_names()
        self.results.clear()
        for hit in hits:
            snippet = (hit.get("snippet") or "").replace("\n", " ")
            kind = names.get(hit["table_name"], hit["table_name"])
            text = f"{kind} {hit['code'] or ''} — {hit['title']}".replace("  ", " ")
            item = QStandardItem(text)
            item.setToolTip(snippet)
            item.setData(hit["table_name"], TABLE_ROLE)
            item.setData(hit["record_id"], ID_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if hits and self.isVisible():
            self.completer_.complete()
        elif not hits:
            self.completer_.popup().hide()
            if self.text().strip():
                self.window_.statusBar().showMessage(self.tr("Nothing found for “{text}”.").format(
                    text=self.text().strip()), 4000)
        return len(hits)

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.open_row(index.row())

    def open_row(self, row: int) -> bool:
        item = self.results.item(row)
        if item is None:
            return False
        self.completer_.popup().hide()
        return self.window_.open_record(item.data(TABLE_ROLE), item.data(ID_ROLE))

    def open_first(self) -> None:
        if self.timer.isActive() or self.results.rowCount() == 0:
            self.search()
        self.open_row(0)
