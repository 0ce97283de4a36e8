"""A worksite page: title, steering bodies, description, cross-references, its commitments, history."""

from __future__ import annotations

from ..widgets.commitment_table import CommitmentTable

from ..widgets.details_text import DetailsText

from ..widgets.heading import Heading, TranslationMark, link, paragraphs

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...db import browse, strategy_texts
from ...db.store import Changes
from ..operations import commitments as commitment_operations
from ..widgets.commitment_model import NOTES, WORKSITE, CommitmentTableModel
from ..widgets.history_panel import HistoryPanel


# free texts: a width of their own (elided, the whole text in the tooltip); the title takes what is left


class WorksitePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.worksite_id: str | None = None
        self.setObjectName("worksitePage")

        self.heading = Heading()
        self.heading.setObjectName("heading")
        self.mark = TranslationMark()
        self.details = DetailsText()
        self.details.setObjectName("worksiteDetails")
        self.details.linkActivated.connect(self._open_link)

        self.model = CommitmentTableModel(self.session, browse.CommitmentFilter(worksite_id="-"), self)
        self.table = CommitmentTable(window, self.model)
        self.table.setColumnHidden(WORKSITE, True)
        self.table.setColumnHidden(NOTES, True)  # beside the strategy tree the title needs the room; notes: in the form
        self.table.selectionModel().currentRowChanged.connect(self._commitment_selected)

        self.add_button = QPushButton(self.tr("&New commitment"))
        self.add_button.clicked.connect(self.add_commitment)
        self.edit_button = QPushButton(self.tr("&Edit in a form…"))
        self.edit_button.clicked.connect(self.edit_commitment)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_commitments)
        for text, shortcut, slot in ((self.tr("New commitment"), QKeySequence("Ins"), self.add_commitment),
                                     (self.tr("Delete commitment"), QKeySequence(QKeySequence.StandardKey.Delete),
                                      self.delete_commitments),
                                     (self.tr("Edit in a form"), QKeySequence("Ctrl+E"), self.edit_commitment)):
            self.table.add_shortcut(text, shortcut, slot)
        buttons = QHBoxLayout()
        self.commitments_label = QLabel(self.tr("Commitments"))
        buttons.addWidget(self.commitments_label)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(buttons)
        middle_layout.addWidget(self.table)

        self.history = HistoryPanel(self.session)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.details)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.history)
        self.splitter.setSizes([260, 360, 160])
        self.edit_record_button = QPushButton(self.tr("Edit &worksite…"))
        self.edit_record_button.clicked.connect(self.edit_record)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mark)
        top.addWidget(self.edit_record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.session.changed.connect(self.on_changes)

    # ---- showing -------------------------------------------------------------------------------

    def show_worksite(self, worksite_id: str) -> None:
        self.worksite_id = worksite_id
        self._fill()
        self.model.set_filter(browse.CommitmentFilter(worksite_id=worksite_id))
        # lay the table out for its new row count now: otherwise Qt paints it, lays it out (scroll bar
        # shown or hidden) and paints it again (#9)
        self.table.executeDelayedItemsLayout()
        self._commitment_selected()

    def _fill(self) -> None:
        page = browse.worksite_page(self.session.store, self.worksite_id, self.session.language)
        objective = page["objective"]
        self.heading.setText(f"{page['code']}  {page['title']}")
        captions = {"objective": self.tr("Objective"), "steering": self.tr("Steering bodies"),
                    "description": self.tr("Description"), "refers": self.tr("Refers to"),
                    "referred": self.tr("Referred to by"), "notes": self.tr("Notes on the source document")}
        caption = {key: html.escape(text) for key, text in captions.items()}
        parts = [
            f"<p><b>{caption['objective']}:</b> "
            f"{link('objective', objective['id'], objective['code'] + ' ' + objective['title'])}</p>",
            f"<p><b>{caption['steering']}:</b> {'; '.join(html.escape(b) for b in (page['steering_bodies'] or '—').splitlines())}</p>",
            f"<p><b>{caption['description']}</b><br>{paragraphs(page['description']) or '—'}</p>",
        ]
        if page["references"]:
            links = ", ".join(link("worksite", r["id"], f"{r['code']} {r['title']}") for r in page["references"])
            parts.append(f"<p><b>{caption['refers']}:</b> {links}</p>")
        if page["referenced_by"]:
            links = ", ".join(link("worksite", r["id"], f"{r['code']} {r['title']}") for r in page["referenced_by"])
            parts.append(f"<p><b>{caption['referred']}:</b> {links}</p>")
        if page["source_notes"]:
            parts.append(f"<p><b>{caption['notes']}:</b> {paragraphs(page['source_notes'])}</p>")
        self.details.setText("".join(parts))
        self.heading_code = page["code"]
        self.mark.show_for(self.session.language, bool(
            strategy_texts.working_translation_shown(self.session.store, "worksite", page)))

    def _open_link(self, href: str) -> None:
        table, _, record_id = href.partition(":")
        self.window_.open_record(table, record_id)

    def _commitment_selected(self, *_args) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            record = self.model.record(current.row())
            self.history.show_record("commitment", record["id"], record["code"])
        elif self.worksite_id:
            self.history.show_record("worksite", self.worksite_id, getattr(self, "heading_code", ""))

    def select_commitment(self, commitment_id: str) -> bool:
        return self.table.select_id(commitment_id)

    def on_changes(self, changes: Changes) -> None:
        if self.worksite_id and self.worksite_id in changes.ids("worksite"):
            if self.session.store.exists("worksite", self.worksite_id):
                self._fill()

    # ---- editing -------------------------------------------------------------------------------

    def add_commitment(self) -> None:
        from ..commitments.commitment_form import CommitmentForm

        if self.worksite_id:
            CommitmentForm(self.window_, worksite_id=self.worksite_id, on_saved=self.table.select_id).open()

    def edit_commitment(self) -> None:
        from ..commitments.commitment_form import CommitmentForm

        ids = self.table.selected_ids()
        if ids:
            CommitmentForm(self.window_, commitment_id=ids[0]).open()

    def delete_commitments(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            commitment_operations.delete(self.session, ids)

    def edit_record(self) -> None:
        from ..widgets.record_form import RecordForm

        if self.worksite_id:
            RecordForm(self.window_, "worksite", self.worksite_id).open()
