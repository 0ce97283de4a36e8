"""A worksite page: title, steering bodies, description, cross-references, its commitments, history."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from ..db import browse, strategy_texts
from ..db.store import Changes
from .columns import FreeTextColumn
from .operations import commitments as commitment_operations
from .commitment_delegate import CommitmentDelegate
from .commitment_model import CODE, DUE, HEALTH, LEAD, NOTES, PROGRESS, STATUS, TITLE, WORKSITE, CommitmentTableModel
from .history_panel import HistoryPanel


# free texts: a width of their own (elided, the whole text in the tooltip); the title takes what is left
FREE_TEXT_WIDTHS = {LEAD: 160, NOTES: 160}
MIN_TITLE_WIDTH = 180


def column_samples(language: str) -> dict[int, list[str]]:
    """The widest texts a short column shows, in `language`: it is made as wide as them and its header."""
    from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, label
    from .i18n import show_date

    return {CODE: ["8.8.8-88"], STATUS: [label(COMMITMENT_STATUS, k, language) for k in COMMITMENT_STATUS],
            PROGRESS: ["100 %"], HEALTH: [label(COMMITMENT_HEALTH, k, language) for k in COMMITMENT_HEALTH],
            DUE: [show_date("2028-12-28", language)], WORKSITE: ["8.8.8"]}


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


class CommitmentTable(QTableView):
    """A commitment table with in-place editors and its add / form / delete actions."""

    def __init__(self, window, model: CommitmentTableModel, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setModel(model)
        self.setItemDelegate(CommitmentDelegate(window.session, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # the model comes sorted by code: say so first, so enabling sorting does not sort again (#9)
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        self.free_text = FreeTextColumn(self, TITLE, MIN_TITLE_WIDTH)
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 8
        for column, texts in column_samples(window.session.language).items():
            header.resizeSection(column, max([header.sectionSizeHint(column)]
                                             + [self.fontMetrics().horizontalAdvance(t) + padding for t in texts]))
        for column, width in FREE_TEXT_WIDTHS.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.resizeSection(TITLE, MIN_TITLE_WIDTH)
        self.setAccessibleName(self.tr("Commitments"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # right-click lists the actions

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        self.free_text.fit()

    def add_shortcut(self, text: str, shortcut: QKeySequence, slot) -> QAction:
        """A keyboard action that works while the table (or its editor) has the focus."""
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def selected_ids(self) -> list[str]:
        model = self.model()
        return [model.commitment_id(index.row()) for index in self.selectionModel().selectedRows()]

    def select_id(self, commitment_id: str) -> bool:
        row = self.model().row_of(commitment_id)
        if row is None:
            return False
        index = self.model().index(row, TITLE)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True


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
        from .commitment_form import CommitmentForm

        if self.worksite_id:
            CommitmentForm(self.window_, worksite_id=self.worksite_id, on_saved=self.table.select_id).open()

    def edit_commitment(self) -> None:
        from .commitment_form import CommitmentForm

        ids = self.table.selected_ids()
        if ids:
            CommitmentForm(self.window_, commitment_id=ids[0]).open()

    def delete_commitments(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            commitment_operations.delete(self.session, ids)

    def edit_record(self) -> None:
        from .record_form import RecordForm

        if self.worksite_id:
            RecordForm(self.window_, "worksite", self.worksite_id).open()
