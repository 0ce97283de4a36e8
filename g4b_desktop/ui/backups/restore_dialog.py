"""File → Restore from backup…: the dialog listing the open database's backups, and the restore
itself (`restore_backup`, also offered by Help → Check database… and by the start-of-day check of a
damaged file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from ... import paths
from ...db import backup as backups
from ...db.errors import Cancelled
from ...texts import message
from ...db.store import Store
from ...db.writer_lock import held_in_this_process
from ..shell import single_instance

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {"daily": translate("Backups", "Daily"), "manual": translate("Backups", "Made by hand"), "replaced": translate("Backups", "Replaced by a restore"),
              "before-upgrade": translate("Backups", "Before a program upgrade"), "before-import": translate("Backups", "Before an import"),
              "before-consolidation": translate("Backups", "Before a consolidation")}
    if kind in labels:
        return labels[kind]
    if kind.startswith("before-"):
        return translate("Backups", "Before: {reason}").format(reason=kind[len("before-"):].replace("_", " "))
    return kind


# ---- restoring --------------------------------------------------------------------------------

def restore_anyway(window, backup_path: Path) -> bool:
    """Ask before restoring a backup made from another database (another committee's file): True for
    "Restore anyway"; Cancel leaves everything as it was."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Backups", "Restore from backup"), translate(
        "Backups", "This backup was made from another database ({file}), not from {database}. Restore it "
        "anyway?\n\nThe database as it is now is kept as a backup.").format(
        file=backup_path.name, database=window.store.path.name), QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("restoreOtherDatabase")
    anyway = box.addButton(translate("Backups", "Restore anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("restoreAnyway")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anyway


def restore_backup(window, backup_path: Path, confirm: bool = True):
    """Replace the open database by a backup (checked first); returns the new window, or None.

    The check and the copies (seconds at 500 MB) run on a worker thread while the window keeps
    painting (#19); the window's store is closed only for the swap of the files. Cancelling before
    the swap leaves the database as it was."""
    from ..shell.jobs import OnMainThread, run_and_wait

    path = window.store.path
    title = translate("Backups", "Restore from backup")
    try:
        report = run_and_wait(window, translate("Backups", "Checking the backup…"),
                              lambda progress, cancelled: backups.check_restorable(Path(backup_path)))
    except Exception as exc:
        window.show_error(exc)
        return None
    if not report.ok:
        window.show_error(translate("Backups", "{file} cannot be restored: {problems}").format(
            file=backup_path, problems=" ".join(report.messages(window.language))))
        return None
    other = backups.from_another_database(path, Path(backup_path))  # asked even when confirmed (#17)
    if other:
        if not restore_anyway(window, Path(backup_path)):
            return None
    elif confirm:
        answer = QMessageBox.question(
            window, title,
            translate("Backups", "Replace the database by the backup {file}?\n\nEverything changed since that backup will be "
               "undone. The database as it is now is kept as a backup, so this can be undone by "
               "restoring that one.").format(file=Path(backup_path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    author = window.store.author
    instance = single_instance.current()
    # the window's own store may hold the file's writer lock (#17): this process owns it, so the restore
    # running on a worker for this window is not "another program"
    lock_held = (instance is not None and instance.database.resolve() == path.resolve()) or held_in_this_process(path)
    main_thread = OnMainThread(window)
    closed = []

    def close_store() -> None:   # SQLite must let go of the file (and its -wal) before it is replaced
        # the window is not painted while its store is closed: a view asked for rows meanwhile (the
        # swap's event loop keeps running) would read a closed connection; a new window follows
        window.setUpdatesEnabled(False)
        window.store.close()
        closed.append(True)

    def work(progress, cancelled):
        return backups.restore(path, Path(backup_path), lock_held=lock_held, allow_other=other, cancelled=cancelled,
                               before_swap=lambda: main_thread.call(close_store))

    error = None
    result = None
    try:
        result = run_and_wait(window, title, work)
    except Cancelled as exc:
        window.statusBar().showMessage(message(exc, window.language), 10000)
        return None
    except Exception as exc:  # refused or failed: the database is as it was; reopen it
        error = exc
    if not closed:   # refused before the swap: the window goes on with its store as it was
        if error is not None:
            window.show_error(error)
        return None
    from ..shell.file_actions import switch_to

    reopened = Store.open(path, author=author)
    # The old window's views may still refresh while it is being replaced: let them read the
    # reopened file rather than the closed connection.
    window.session.store = window.store = reopened
    new_window = switch_to(window, path, reopened)
    if error is not None:
        new_window.show_error(error)
    elif result is not None and new_window is not None:
        new_window.statusBar().showMessage(
            translate("Backups", "Restored from {file}. The replaced database was kept as {kept}.").format(
                file=Path(backup_path).name, kept=result.replaced_backup), 20000)
    return new_window


class RestoreDialog(QDialog):
    """The backups of the open database, newest first; one can be restored, or any other file."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("Backups", "Restore from backup"))
        self.backups = backups.list_backups(window.store.path)
        intro = QLabel(translate("Backups", "Backups of {file} in {folder}. Restoring replaces the database by the chosen "
                          "backup; the database as it is now is kept as a backup.").format(
            file=window.store.path.name, folder=paths.backup_dir()))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([translate("Backups", "Made on"), translate("Backups", "Why"), translate("Backups", "Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        locale = QLocale()
        for row, item in enumerate(self.backups):
            cells = (item.taken_at.strftime("%Y-%m-%d %H:%M"), kind_label(item.kind),
                     locale.formattedDataSize(item.size))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self.empty = QLabel(translate("Backups", "There are no backups of this database yet."))
        self.empty.setVisible(not self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(translate("Backups", "&Restore"))
        self.restore_button.setEnabled(bool(self.backups))
        self.other_button = QPushButton(translate("Backups", "&Other file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(lambda: self.restore_selected())  # not clicked(checked=False) as `confirm`
        self.other_button.clicked.connect(self.restore_other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.new_window = None

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def restore_selected(self, confirm: bool = True):
        chosen = self.selected()
        if chosen is None:
            return None
        self.accept()
        self.new_window = restore_backup(self.window_, chosen, confirm=confirm)
        return self.new_window

    def restore_other(self):
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Backups", "Restore from a file"), str(paths.backup_dir()),
            translate("Backups", "Go4Brussels databases (*{suffix});;All files (*)").format(suffix=paths.DATABASE_SUFFIX))
        if not name:
            return None
        self.accept()
        self.new_window = restore_backup(self.window_, Path(name))
        return self.new_window


def show_restore(window) -> RestoreDialog:
    dialog = RestoreDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.reliability_dialog = dialog
    return dialog
