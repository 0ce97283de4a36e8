"""File menu entries of the Excel exchange: export, partner import, consolidation, return workbook.

Long work (export, reading workbooks) runs through `window.run_job` with its own Store; writes go
through the undo session as one action each, so Undo reverts an import or a consolidation whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QMessageBox, QWidget,
)

from ...db import browse
from ...db.errors import Cancelled
from ...db.store import Store
from ...texts import render

if TYPE_CHECKING:  # imported when the wizard is first opened (openpyxl costs 0.25 s at start)
    from .import_wizard import ImportWizard

# The exchange modules (and openpyxl under them, 0.25 s) are imported when a menu entry is used, not
# when the window opens (performance, #9).


class ExportDialog(QDialog):
    """Which objective (or all) and which language the export is in."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Export to Excel"))
        self.objective = QComboBox()
        self.objective.addItem(self.tr("All objectives"), None)
        for row in browse.objectives(window.store, window.language):
            self.objective.addItem(f"{row['code']} {row['title'][:60]}", row["code"])
        self.language = QComboBox()
        for code, text in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(window.language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Objective:"), self.objective)
        form.addRow(self.tr("Language of headers and labels:"), self.language)
        form.addRow(buttons)


class ExchangeActions(QObject):
    """The exchange entries of one window; the methods taking paths are what the dialogs call."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.wizard: ImportWizard | None = None
        self.last_reports: list = []

    def _worker_store(self) -> Store:
        return Store.open(self.window.store.path, author=self.window.store.author)

    # ---- export ------------------------------------------------------------------------------
    def export(self) -> None:
        dialog = ExportDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export to Excel"), "go4brussels.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            if not name.lower().endswith(".xlsx"):
                name += ".xlsx"
            self.export_to(Path(name), dialog.language.currentData(), dialog.objective.currentData())

    def export_to(self, target: Path, lang: str, objective: str | None = None):
        def work(progress, cancelled):
            with self._worker_store() as store:
                from ...exchange.workbook_export import export_workbook

                try:
                    return export_workbook(store, target, lang=lang, objective=objective, progress=progress,
                                           cancelled=cancelled)
                except Cancelled:   # Cancel: no file was written (a file there before is as it was)
                    return None

        def done(report):
            if report is None:
                self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 10000)
                return
            self.window.statusBar().showMessage(
                self.tr("Exported to {file}.").format(file=report.path.name), 10000)
            if report.warnings:
                QMessageBox.information(self.window, self.tr("Export to Excel"),
                                        self.tr("Some texts had to be adapted to fit in Excel:") + "\n"
                                        + "\n".join(render(w, self.window.language) for w in report.warnings[:20]))

        return self.window.run_job(self.tr("Exporting to Excel…"), work, done)

    # ---- import ------------------------------------------------------------------------------
    def import_spreadsheet(self, path: Path | None = None) -> ImportWizard:
        from .import_wizard import ImportWizard

        self.wizard = ImportWizard(self.window)
        if path is not None:
            self.wizard.choose_page.path_edit.setText(str(path))
        self.wizard.open()
        return self.wizard

    # ---- consolidation -----------------------------------------------------------------------
    def consolidate(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Consolidate workbooks"), "",
                                                self.tr("Excel workbooks (*.xlsx)"))
        if names:
            self.consolidate_paths([Path(n) for n in names])

    def consolidate_paths(self, paths: list[Path], ask=None):
        """Check the workbooks (dry run), ask about conflicts, then merge each file as one action."""
        def work(progress, cancelled):
            reports = []
            with self._worker_store() as store:
                for index, path in enumerate(paths):
                    progress(int(100 * index / len(paths)), path.name)
                    from ...exchange.consolidate import consolidate_file

                    reports.append(consolidate_file(store, path, dry_run=True))
            return reports

        def done(reports):
            conflicts = [(r.file_name, c) for r in reports for c in r.conflicts]
            decisions: dict = {}
            if conflicts:
                from .exchange_conflicts import ConflictDialog

                dialog = ConflictDialog(conflicts, self.window)
                if ask is not None:
                    accepted = ask(dialog)
                else:
                    accepted = dialog.exec() == QDialog.DialogCode.Accepted
                if not accepted:
                    self.window.statusBar().showMessage(self.tr("Consolidation cancelled; nothing was changed."),
                                                        10000)
                    return
                decisions = dialog.decisions()
            self.apply_consolidation(paths, decisions)

        return self.window.run_job(self.tr("Reading workbooks…"), work, done)

    def apply_consolidation(self, paths: list[Path], decisions: dict):
        """Merge the files on a worker thread (the window keeps answering, #19), each file one action
        and one undo step (`operations.exchange.consolidate`); then the report."""
        from ..operations import exchange as exchange_operations

        window = self.window
        self.last_reports = []

        def done(reports, error) -> None:
            self.last_reports = reports
            if error is not None:
                window.show_error(error)
            self.report_consolidation(reports, len(paths))

        return exchange_operations.consolidate(window, self.tr("Consolidating workbooks…"), paths, decisions, done)

    def report_consolidation(self, reports: list, asked: int) -> None:
        lines = [self.tr("{file}: {added} added, {updated} updated, {conflicts} in conflict, {decided} decided.").format(
            file=r.file_name, added=len(r.added), updated=len(r.updated), conflicts=len(r.conflicts),
            decided=len(r.resolved)) for r in reports]
        if len(reports) < asked:
            lines.insert(len(reports), self.tr("Cancelled: {n} of {total} files merged; the others were not changed.")
                         .format(n=len(reports), total=asked))
        lines += [render(e, self.window.language) for r in reports for e in (*r.notes, *r.errors)][:20]
        self.window.statusBar().showMessage(" ".join(lines[:len(reports) + 1]), 15000)
        if lines and not getattr(self.window, "quiet", False):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Consolidate workbooks"), "\n".join(lines),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("consolidationReport")
            box.open()

    # ---- return workbook -----------------------------------------------------------------------
    def return_workbook(self) -> None:
        names = [r["name"] for r in browse.organisations(self.window.store)]
        name, ok = QInputDialog.getItem(self.window, self.tr("Return workbook"),
                                        self.tr("Organisation whose commitments go in the workbook:"), names, 0, False)
        if not ok or not name:
            return
        target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Return workbook"), f"{name}.xlsx",
                                                self.tr("Excel workbook (*.xlsx)"))
        if target:
            self.return_workbook_to(name, Path(target))

    def return_workbook_to(self, organisation: str, target: Path):
        lang = self.window.language

        def work(progress, cancelled):
            with self._worker_store() as store:
                from ...exchange.return_workbook import write_return_workbook

                return write_return_workbook(store, organisation, target, lang=lang)

        def done(report):
            self.window.statusBar().showMessage(self.tr("Wrote {file}: {count} commitments of {organisation}.").format(
                file=report.path.name, count=report.counts.get("commitments", 0),
                organisation=report.organisation), 10000)

        return self.window.run_job(self.tr("Writing the return workbook…"), work, done)

    def install_menu(self) -> None:
        menu = self.window.menu("file")
        entries = (
            ("exportExcel", self.tr("Export to Excel…"), self.export),
            ("importSpreadsheet", self.tr("Import partner spreadsheet…"), self.import_spreadsheet),
            ("consolidateWorkbooks", self.tr("Consolidate workbooks…"), self.consolidate),
            ("returnWorkbook", self.tr("Return workbook…"), self.return_workbook),
        )
        menu.addSeparator()
        self.actions = {}
        for name, text, handler in entries:
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            menu.addAction(action)
            self.actions[name] = action


def install(window) -> None:
    """Add the exchange entries to the File menu (called by the main window)."""
    window.exchange_actions = ExchangeActions(window)
    window.exchange_actions.install_menu()
