"""An objective page: every field from the document, committee and partners, worksites, indicators."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QPushButton, QSplitter, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...db import browse, queries, strategy_texts
from ...db.enums import COMMITMENT_STATUS, MEMBERSHIP_ROLE, PRIORITY_TYPE, label
from ...db.store import Changes
from ..shell import i18n
from ..widgets.history_panel import HistoryPanel
from .worksite_page import DetailsText, Heading, TranslationMark, link, paragraphs

STATUSES = tuple(COMMITMENT_STATUS)
WATCHED = {"objective", "worksite", "commitment", "membership", "organisation", "indicator_objective"}


class ObjectivePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.objective_id: str | None = None
        self._stale = False  # changed while not shown
        self.setObjectName("objectivePage")
        self.heading = Heading()
        self.mark = TranslationMark()
        self.details = DetailsText()
        self.details.setObjectName("objectiveDetails")
        self.details.linkActivated.connect(self._open_link)
        # the general objectives nearly always need it: always shown, the text is not laid out once
        # without and once with it each time a page is shown (#9)
        self.details.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.worksites = QTreeWidget()
        self.worksites.setObjectName("objectiveWorksites")
        self.worksites.setAccessibleName(self.tr("Worksites of the objective"))
        self.worksites.setRootIsDecorated(False)
        self.worksites.setHeaderLabels(
            [self.tr("Code"), self.tr("Worksite"), self.tr("Commitments")]
            + [label(COMMITMENT_STATUS, key, self.session.language) for key in STATUSES] + [self.tr("Progress")])
        # widths set once, from the headers (the figures are narrower) and the widest code: sizing to the
        # contents measured every row at each layout of the page (#9); the rows are one line each
        self.worksites.setUniformRowHeights(True)
        header = self.worksites.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        padding = 2 * (self.worksites.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        for column in range(header.count()):
            header.resizeSection(column, header.sectionSizeHint(column))
        header.resizeSection(0, max(header.sectionSizeHint(0), self.worksites.fontMetrics().horizontalAdvance("8.8.88")
                                    + padding))
        header.resizeSection(1, 320)
        self.worksites.itemActivated.connect(
            lambda item, _column: self.window_.open_record("worksite", item.data(0, Qt.ItemDataRole.UserRole)))
        self.history = HistoryPanel(self.session)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.details)
        splitter.addWidget(self.worksites)
        splitter.addWidget(self.history)
        splitter.setSizes([420, 260, 120])
        self.edit_record_button = QPushButton(self.tr("Edit &objective…"))
        self.edit_record_button.clicked.connect(self.edit_record)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mark)
        top.addWidget(self.edit_record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.session.changed.connect(self.on_changes)

    def show_objective(self, objective_id: str) -> None:
        self.objective_id = objective_id
        self._fill()

    def _fill(self) -> None:
        self._stale = False
        language = self.session.language
        page = browse.objective_page(self.session.store, self.objective_id, language)
        self.heading.setText(self.tr("Objective {code}  {title}").format(code=page["code"], title=page["title"]))
        pillar = page["pillar"]
        ministers = {"initiating": [], "associated": []}
        for row in page["ministers"]:
            ministers.setdefault(row["role"], []).append(row["name"])
        members = {"committee_member": [], "partner": [], "steering_body": []}
        for row in page["memberships"]:
            members.setdefault(row["role"], []).append(link(
                "organisation" if row["organisation_id"] else "person",
                row["organisation_id"] or row["person_id"], row["name"]))
        priority = label(PRIORITY_TYPE, page["priority_type"], language) if page["priority_type"] else ""
        if page["priority_type_text"] and (not priority or page["priority_type_text"] not in (label(
                PRIORITY_TYPE, page["priority_type"], "nl"), priority)):
            priority = (priority + " — " if priority else "") + page["priority_type_text"]

        def row(caption: str, value: str) -> str:
            return f"<p><b>{html.escape(caption)}:</b> {value or '—'}</p>"

        general, notes = self.tr("General objectives"), self.tr("Notes on the source document")
        parts = [
            row(self.tr("Pillar"), html.escape(f"{pillar['code']} {pillar.get('title_' + language) or pillar['title_nl']}")),
            f"<p><b>{html.escape(general)}</b><br>{paragraphs(page['general_objectives']) or '—'}</p>",
            row(self.tr("Status relative to the Strategy 2025"), html.escape(page["status_2025"] or "")),
            row(self.tr("Priority type"), html.escape(priority)),
            row(self.tr("Initiating minister(s)"), html.escape(", ".join(ministers["initiating"]))),
            row(self.tr("Associated minister(s)"), html.escape(", ".join(ministers["associated"]))),
            row(label(MEMBERSHIP_ROLE, "committee_member", language) + " "
                + self.tr("(steering committee)"), ", ".join(members["committee_member"])),
            row(self.tr("Partners"), ", ".join(members["partner"])),
        ]
        if members.get("steering_body"):
            parts.append(row(label(MEMBERSHIP_ROLE, "steering_body", language), ", ".join(members["steering_body"])))
        indicators = ", ".join(link("indicator", i["id"], f"{i['code']} {i['title']}") for i in page["indicators"])
        parts.append(row(self.tr("Indicators"), indicators))
        if page["source_notes"]:
            parts.append(f"<p><b>{html.escape(notes)}:</b><br>"
                         f"{paragraphs(page['source_notes'])}</p>")
        self.details.setText("".join(parts))
        self.worksites.clear()
        for worksite in page["worksites"]:
            values = [worksite["code"], worksite["title"], str(worksite["commitments"])]
            values += [str(worksite[key]) for key in STATUSES]
            values.append(i18n.show_percent(worksite["progress"], language) if worksite["commitments"] else "—")
            item = QTreeWidgetItem(self.worksites, values)
            item.setData(0, Qt.ItemDataRole.UserRole, worksite["id"])
            for column in range(2, len(values)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.worksites.executeDelayedItemsLayout()
        self.history.show_record("objective", self.objective_id, page["code"])
        self.mark.show_for(language, bool(strategy_texts.working_translation_shown(
            self.session.store, "objective", page)))

    def _open_link(self, href: str) -> None:
        table, _, record_id = href.partition(":")
        self.window_.open_record(table, record_id)

    def on_changes(self, changes: Changes) -> None:
        if not self.objective_id or not changes.tables() & WATCHED:
            return
        if self.window_.isVisible() and not self.isVisible():
            self._stale = True  # not shown: filled again when shown (#9)
            return
        if changes.tables() <= {"commitment"}:
            # commitments only: the page changes if they are (or were) in one of its worksites
            worksites = queries.values_touched(self.session.store, changes, "commitment", "worksite_id")
            if worksites is not None and not worksites & self._worksite_ids():
                return
        if self.session.store.exists("objective", self.objective_id):
            self._fill()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.objective_id and self.session.store.exists("objective", self.objective_id):
            self._fill()

    def _worksite_ids(self) -> set[str]:
        return {self.worksites.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)
                for n in range(self.worksites.topLevelItemCount())}

    def edit_record(self) -> None:
        from ..widgets.record_form import RecordForm

        if self.objective_id:
            RecordForm(self.window_, "objective", self.objective_id).open()
