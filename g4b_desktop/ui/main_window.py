"""The main window (first version: the strategy tree; the full window is issue #3)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem

from ..db.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Go4Brussels 2030 — {file}").format(file=store.path.name))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.setCentralWidget(self.tree)
        self.resize(1000, 700)
        self.load_tree()

    def load_tree(self) -> None:
        self.tree.clear()
        pillars = {}
        for row in self.store.rows("SELECT id, code, title_nl FROM pillar ORDER BY position"):
            pillars[row["id"]] = QTreeWidgetItem(self.tree, [row["code"], row["title_nl"]])
        objectives = {}
        for row in self.store.rows("SELECT id, pillar_id, code, title FROM objective ORDER BY position"):
            objectives[row["id"]] = QTreeWidgetItem(pillars[row["pillar_id"]], [row["code"], row["title"]])
        for row in self.store.rows("SELECT objective_id, code, title FROM worksite ORDER BY position"):
            QTreeWidgetItem(objectives[row["objective_id"]], [row["code"], row["title"]])
        self.tree.expandToDepth(0)

    def smoke_test(self) -> bool:
        return self.tree.topLevelItemCount() > 0
