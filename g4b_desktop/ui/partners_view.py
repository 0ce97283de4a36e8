"""Partners: organisations and contacts (first version: a list; completed below)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget


class PartnersView(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.list = QListWidget()
        QVBoxLayout(self).addWidget(self.list)
        for row in self.session.store.rows("SELECT name FROM organisation ORDER BY name"):
            self.list.addItem(row["name"])

    def select(self, table: str, record_id: str) -> bool:
        return False
