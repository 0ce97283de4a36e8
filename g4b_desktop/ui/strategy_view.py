"""The strategy: a tree pillars → objectives → worksites with progress, beside the page of the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem

from ..db import browse
from ..db.store import Changes
from . import i18n
from .objective_page import ObjectivePage
from .worksite_page import WorksitePage

KEY_ROLE = Qt.ItemDataRole.UserRole
CODE, TITLE, PROGRESS = range(3)
WATCHED = {"pillar", "objective", "worksite", "commitment"}


class StrategyView(QSplitter):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("strategyView")
        self.tree = QTreeWidget()
        self.tree.setObjectName("strategyTree")
        self.tree.setAccessibleName(self.tr("Strategy tree"))
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Progress")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        self.pages = QStackedWidget()
        self.empty_page = QLabel(self.tr("Choose an objective or a worksite in the tree."))
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.objective_page = ObjectivePage(window)
        self.worksite_page = WorksitePage(window)
        for page in (self.empty_page, self.objective_page, self.worksite_page):
            self.pages.addWidget(page)
        self.addWidget(self.tree)
        self.addWidget(self.pages)
        self.setStretchFactor(1, 2)
        self.setSizes([420, 860])
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.load()
        self.tree.currentItemChanged.connect(self._show_current)
        self.session.changed.connect(self.on_changes)

    def load(self) -> None:
        self.tree.clear()
        self._items.clear()
        language = self.session.language
        for pillar in browse.strategy_tree(self.session.store):
            title = pillar.get(f"title_{language}") or pillar["title_nl"]
            pillar_item = self._item(self.tree, "pillar", pillar["id"], pillar["code"], title, None)
            for objective in pillar["objectives"]:
                objective_item = self._item(pillar_item, "objective", objective["id"], objective["code"],
                                            objective["title"], objective)
                for worksite in objective["worksites"]:
                    self._item(objective_item, "worksite", worksite["id"], worksite["code"], worksite["title"],
                               worksite)
        self.tree.expandToDepth(0)

    def _item(self, parent, table: str, record_id: str, code: str, title: str, counts: dict | None):
        item = QTreeWidgetItem(parent, [code, title, ""])
        item.setData(CODE, KEY_ROLE, (table, record_id))
        item.setToolTip(TITLE, title)
        self._set_progress(item, counts)
        self._items[(table, record_id)] = item
        return item

    def _set_progress(self, item: QTreeWidgetItem, counts: dict | None) -> None:
        if not counts:
            return
        text = progress_text(counts, self.session.language)
        item.setText(PROGRESS, text)
        item.setTextAlignment(PROGRESS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(PROGRESS, self.tr("{realised} of {total} commitments realised; average progress {progress}").format(
            realised=counts["realised"], total=counts["commitments"],
            progress=i18n.show_percent(counts["progress"], self.session.language)))

    def on_changes(self, changes: Changes) -> None:
        if not changes.tables() & WATCHED:
            return
        structural = any(changes.inserted.get(t) or changes.deleted.get(t) for t in ("pillar", "objective", "worksite"))
        if structural:
            current = self.current_key()
            self.load()
            if current:
                self.select(*current)
            return
        for pillar in browse.strategy_tree(self.session.store):
            for objective in pillar["objectives"]:
                self._refresh(("objective", objective["id"]), objective)
                for worksite in objective["worksites"]:
                    self._refresh(("worksite", worksite["id"]), worksite)

    def _refresh(self, key, row: dict) -> None:
        item = self._items.get(key)
        if item is None:
            return
        if item.text(TITLE) != row["title"] or item.text(CODE) != row["code"]:
            item.setText(CODE, row["code"])
            item.setText(TITLE, row["title"])
        self._set_progress(item, row)

    def current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(CODE, KEY_ROLE) if item else None

    def _show_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.pages.setCurrentWidget(self.empty_page)
            return
        table, record_id = item.data(CODE, KEY_ROLE)
        if table == "objective":
            self.objective_page.show_objective(record_id)
            self.pages.setCurrentWidget(self.objective_page)
        elif table == "worksite":
            self.worksite_page.show_worksite(record_id)
            self.pages.setCurrentWidget(self.worksite_page)
        else:
            self.pages.setCurrentWidget(self.empty_page)

    def select(self, table: str, record_id: str) -> bool:
        """Show the strategy view with this pillar, objective or worksite selected."""
        item = self._items.get((table, record_id))
        if item is None:
            return False
        self.window_.show_view("strategy")
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def select_commitment(self, commitment_id: str) -> bool:
        worksite_id = self.session.store.scalar("SELECT worksite_id FROM commitment WHERE id = ?", [commitment_id])
        if not worksite_id or not self.select("worksite", worksite_id):
            return False
        return self.worksite_page.select_commitment(commitment_id)


def progress_text(counts: dict, language: str) -> str:
    """The progress figure of a tree row: average progress, or a dash when there are no commitments."""
    if not counts.get("commitments"):
        return "—"
    return i18n.show_percent(counts["progress"], language)
