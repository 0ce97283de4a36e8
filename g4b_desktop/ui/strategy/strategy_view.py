"""The strategy: a tree pillars → objectives → worksites with progress, beside the page of the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QHeaderView, QLabel, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...db import browse, dashboard, queries
from ...db.store import Changes
from ..shell import i18n
from .objective_page import ObjectivePage
from .worksite_page import WorksitePage

KEY_ROLE = Qt.ItemDataRole.UserRole
CODE, TITLE, PROGRESS = range(3)
WATCHED = {"pillar", "objective", "worksite", "commitment"}
COUNTED = ("commitments", "realised", "in_progress", "not_started", "postponed", "abandoned")


def figures(row: dict) -> dict:
    """The counts of a worksite and the sum of its commitments' progress (integers: the sum is exact)."""
    result = {key: row[key] for key in COUNTED}
    if "progress_sum" in row:
        result["progress_sum"] = row["progress_sum"] or 0.0
    else:  # browse.strategy_tree gives the average; progress is a whole number, so this is the sum
        result["progress_sum"] = float(round((row["progress"] or 0) * row["commitments"]))
    return result


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
        # closed objectives and worksites (a strategy revision, #21) are kept but hidden unless asked
        self.show_closed = QCheckBox(self.tr("Show closed ones"))
        self.show_closed.setToolTip(self.tr("Show closed objectives and worksites"))
        self.show_closed.setObjectName("showClosed")
        self.show_closed.toggled.connect(lambda _checked: self.reload())
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.show_closed)
        self.addWidget(left)
        self.addWidget(self.pages)
        self.setStretchFactor(1, 2)
        self.setSizes([300, 980])  # titles in the tree are elided; the page's tables need the width
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        # per worksite its figures, and the tree's shape: an edit re-reads only the worksites it touched
        # and sums their objectives from here (#9: re-reading every commitment took 23 ms at 50,000)
        self._figures: dict[str, dict] = {}
        self._worksites_of: dict[str, list[str]] = {}
        self.load()
        self.tree.currentItemChanged.connect(self._show_current)
        self.session.changed.connect(self.on_changes)

    def item_of(self, table: str, record_id: str) -> QTreeWidgetItem | None:
        """The tree's row of an objective or worksite (None when it is not in the tree)."""
        return self._items.get((table, record_id))

    def load(self) -> None:
        self.tree.clear()
        self._items.clear()
        self._figures.clear()
        self._worksites_of.clear()
        language = self.session.language
        closed = self.show_closed.isChecked()
        self._shape = browse.structure_key(self.session.store)
        for pillar in browse.strategy_tree(self.session.store, self.session.language, include_closed=closed):
            title = pillar.get(f"title_{language}") or pillar["title_nl"]
            pillar_item = self._item(self.tree, "pillar", pillar["id"], pillar["code"], title, None)
            for objective in pillar["objectives"]:
                objective_item = self._item(pillar_item, "objective", objective["id"], objective["code"],
                                            objective["title"], objective)
                self._worksites_of[objective["id"]] = [worksite["id"] for worksite in objective["worksites"]]
                for worksite in objective["worksites"]:
                    self._figures[worksite["id"]] = figures(worksite)
                    self._item(objective_item, "worksite", worksite["id"], worksite["code"], worksite["title"],
                               worksite)
        self.tree.expandToDepth(0)

    def reload(self) -> None:
        """Build the tree again, keeping the selection where it is still shown."""
        current = self.current_key()
        self.load()
        item = self._items.get(current) if current else None
        if item is not None:
            self.tree.setCurrentItem(item)

    def _item(self, parent, table: str, record_id: str, code: str, title: str, counts: dict | None):
        item = QTreeWidgetItem(parent, [code, title, ""])
        item.setData(CODE, KEY_ROLE, (table, record_id))
        item.setToolTip(TITLE, title)
        if counts and counts.get("state") == "closed":
            item.setText(TITLE, self.tr("{title} (closed)").format(title=title))
            for column in (CODE, TITLE, PROGRESS):
                item.setForeground(column, QBrush(QColor("#808080")))
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
        # an objective or worksite added, removed, closed, moved or renumbered (#21): the tree's shape
        structural = any(changes.inserted.get(t) or changes.deleted.get(t) for t in ("pillar", "objective", "worksite"))
        if structural or (any(changes.updated.get(t) for t in ("objective", "worksite"))
                          and browse.structure_key(self.session.store) != self._shape):
            self.reload()
            return
        worksites = None
        if not any(changes.updated.get(t) for t in ("pillar", "objective", "worksite")):
            # only commitments changed: the worksites they are in, or were in before the action
            worksites = queries.values_touched(self.session.store, changes, "commitment", "worksite_id")
        if worksites is None or not worksites <= self._figures.keys():
            self.refresh_all()
        else:
            self.refresh_worksites(worksites)

    def refresh_all(self) -> None:
        """Re-read the titles and figures of every objective and worksite (after an import, a renaming)."""
        for pillar in browse.strategy_tree(self.session.store, self.session.language):
            for objective in pillar["objectives"]:
                self._refresh(("objective", objective["id"]), objective)
                for worksite in objective["worksites"]:
                    self._figures[worksite["id"]] = figures(worksite)
                    self._refresh(("worksite", worksite["id"]), worksite)

    def refresh_worksites(self, worksite_ids) -> None:
        """Re-read the figures of these worksites only, and sum their objectives' figures again."""
        objectives = set()
        for row in dashboard.worksite_figures(self.session.store, worksite_ids, self.session.language):
            self._figures[row["id"]] = figures(row)
            self._refresh(("worksite", row["id"]), row)
            objectives.add(row["objective_id"])
        for objective_id in objectives:
            item = self._items.get(("objective", objective_id))
            if item is not None:
                self._set_progress(item, self.figures_of("objective", objective_id))

    def figures_of(self, table: str, record_id: str) -> dict | None:
        """The counts and progress shown for an objective or a worksite (tests compare them)."""
        if table == "worksite":
            row = self._figures.get(record_id)
        else:
            ids = self._worksites_of.get(record_id)
            if ids is None:
                return None
            row = dict.fromkeys(COUNTED, 0) | {"progress_sum": 0.0}
            for worksite_id in ids:
                for key, value in self._figures[worksite_id].items():
                    row[key] += value
        if row is None:
            return None
        return {key: row[key] for key in COUNTED} | {
            "progress": row["progress_sum"] / row["commitments"] if row["commitments"] else None}

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
        item = self.item_of(table, record_id)
        if item is None and table in ("objective", "worksite") and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)   # a closed one asked for by name (search, a link): shown
            item = self.item_of(table, record_id)
        if item is None:
            return False
        self.window_.show_view("strategy")
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def select_commitment(self, commitment_id: str) -> bool:
        worksite_id = browse.worksite_of_commitment(self.session.store, commitment_id)
        if not worksite_id or not self.select("worksite", worksite_id):
            return False
        return self.worksite_page.select_commitment(commitment_id)


def progress_text(counts: dict, language: str) -> str:
    """The progress figure of a tree row: average progress, or a dash when there are no commitments."""
    if not counts.get("commitments"):
        return "—"
    return i18n.show_percent(counts["progress"], language)
