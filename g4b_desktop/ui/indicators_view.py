"""Indicators (first version: a list; completed below)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget


class IndicatorsView(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.list = QListWidget()
        QVBoxLayout(self).addWidget(self.list)
        for row in self.session.store.rows("SELECT code, title FROM indicator ORDER BY position"):
            self.list.addItem(f"{row['code']} {row['title']}")

    def select(self, record_id: str) -> bool:
        return False
