"""Dependable data in the window: File → Restore from backup…, Help → Check database…, the daily
backup, and notices for a read-only file or a database on a network share or in a synced folder.

`install(window)` is called by the main window for every window it builds (also after switching
database or language), so each database gets its daily backup and its own notices.

The first start of a day checks the file and makes the day's backup on a worker thread once the
window is shown (both read the whole file: 1-2 s at 500 MB, which must not delay the window). Only
after an unclean shutdown is the file checked before the window opens.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem, QToolBar, QVBoxLayout,
)

from ... import crashlog, paths
from ...db import backup as backups
from ...db.integrity import DAMAGE, CheckReport, check_database
from ...db.location import storage_warning
from ...db.errors import Cancelled
from ...texts import message
from ...db.store import Store
from ...db.writer_lock import held_in_this_process
from ..shell import single_instance

translate = QCoreApplication.translate
NOTICE_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; border: 1px solid #e0c860; }"


def kind_label(kind: str) -> str:
    labels = {"daily": translate("Backups", "Daily"), "manual": translate("Backups", "Made by hand"), "replaced": translate("Backups", "Replaced by a restore"),
              "before-upgrade": translate("Backups", "Before a program upgrade"), "before-import": translate("Backups", "Before an import"),
              "before-consolidation": translate("Backups", "Before a consolidation")}
    if kind in labels:
        return labels[kind]
    if kind.startswith("before-"):
        return translate("Backups", "Before: {reason}").format(reason=kind[len("before-"):].replace("_", " "))
    return kind


# ---- notices ----------------------------------------------------------------------------------

def add_notice(window, name: str, text: str) -> QLabel:
    """A visible banner above the views (a toolbar that cannot be moved or hidden)."""
    bar = QToolBar(window)
    bar.setObjectName(f"notice_{name}")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    label = QLabel(text)
    label.setObjectName(f"noticeLabel_{name}")
    label.setWordWrap(True)
    label.setStyleSheet(NOTICE_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    # A wrapped label in a toolbar asks for the height of its narrowest layout: cap it at 3 lines.
    label.setMaximumHeight(label.fontMetrics().lineSpacing() * 3 + 16)
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.reliability_notices[name] = label
    return label


def location_text(warning) -> str:
    if warning.kind == "network":
        return translate("Backups", "This database is on a network share ({reason}). SQLite cannot lock a file on the "
                  "network reliably, and two computers writing to it can damage it. Keep the "
                  "database on this computer's own disk.").format(reason=warning.reason)
    return translate("Backups", "This database is in a synced folder ({reason}). The sync program may copy it while it "
              "is being written, or make conflicting copies. Keep the database outside that folder; "
              "the automatic backups are kept in {folder}.").format(reason=warning.reason,
                                                                     folder=paths.backup_dir())


def show_notices(window) -> None:
    store = window.store
    if store.readonly:
        add_notice(window, "readonly", translate("Backups", 
            "This database is open read-only (the file or its folder cannot be written). You can look "
            "at everything, but changes cannot be saved. Save a copy elsewhere to work on it."))
    warning = storage_warning(store.path)
    if warning:
        add_notice(window, "location", location_text(warning))
    instance = single_instance.current()
    if instance is not None and not instance.follow(store.path):
        add_notice(window, "in_use", translate("Backups", 
            "This database is also open in another Go4Brussels Desktop window. Close one of them: "
            "edits made in both are checked against each other, but only one should be used."))


START_OF_DAY_DELAY_MS = 1500


def start_of_day(window):
    """On the first start of a day: check the file and make the day's backup as a background job
    (`jobs.run_in_background`: its own connection; after 0.5 s its progress shows in the status bar,
    not in a dialog, because the user goes on working meanwhile; no Cancel: stopping would leave the
    day without its backup). The outcome comes back to the window (a status line, or the question
    about a damaged file). Nothing happens for a read-only file or a database already done today."""
    store = window.store
    if store.readonly or not window.isVisible() or window.replacement is not None:
        return None
    from ..shell.jobs import run_in_background

    path, folder = store.path, paths.backup_dir()

    def work(progress, cancelled):
        try:
            return backups.start_of_day(path, folder, progress=progress), None
        except Exception as exc:  # the window goes on without today's backup; said and logged
            return None, exc

    return run_in_background(window, translate("Backups", "Checking the database and making today's backup…"),
                             work, lambda outcome: _start_of_day_done(window, *outcome))


def wait_for_background(timeout: float = 120.0) -> None:
    """Let a running start-of-day check or backup finish (at exit, and after each test)."""
    from ..shell.jobs import wait_for_background as wait

    wait(timeout)


def _start_of_day_done(window, result, error) -> None:
    if error is not None:
        report = crashlog.write_report(type(error), error, error.__traceback__)
        window.statusBar().showMessage(
            translate("Backups", "The daily backup could not be made: {error} (report: {file}).").format(error=error, file=report), 15000)
        return
    if result.damage is not None:
        damage_found(window, result.damage)
    elif result.backup is not None:
        window.statusBar().showMessage(translate("Backups", "Daily backup saved as {file}.").format(file=result.backup.name), 8000)


def damage_found(window, report: CheckReport, choose=None):
    """The start-of-day check found the open file damaged: restore the newest good backup, go on
    read-only, or close. Returns the window that goes on (None when closed)."""
    choice = (choose or ask_about_damage)(report.path, report, window.language)
    if choice == "restore" and report.good_backup is not None:
        return restore_backup(window, report.good_backup.path, confirm=False)
    if choice == "readonly":
        from ..shell.file_actions import switch_to

        author, path = window.store.author, window.store.path
        window.store.close()
        reopened = Store.open(path, author=author, readonly=True)
        window.session.store = window.store = reopened
        return switch_to(window, path, reopened)
    window.close()
    return None


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


# ---- checking ---------------------------------------------------------------------------------

class CheckDialog(QDialog):
    """Help → Check database: the result in words, and the newest good backup when there are problems."""

    def __init__(self, window, report: CheckReport):
        super().__init__(window)
        self.window_ = window
        self.report = report
        self.setObjectName("checkDialog")
        self.setWindowTitle(translate("Backups", "Check database"))
        language = window.language
        lines = []
        if report.ok:
            lines.append(translate("Backups", "The database is in order: the integrity check, the links between records "
                            "and the schema version found no problem."))
        else:
            lines.append(translate("Backups", "The check found these problems:"))
            lines.extend(f"• {message}" for message in report.messages(language))
        lines.extend(f"• {note}" for note in report.note_messages(language))
        warning = storage_warning(report.path)
        if warning:
            lines.append(location_text(warning))
        self.text = QLabel("\n".join(lines))
        self.text.setObjectName("checkText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Backups", "Database: {file}").format(file=report.path)))
        layout.addWidget(self.text)
        self.restore_button = None
        if not report.ok:
            good = report.good_backup
            if good is None:
                offer = QLabel(translate("Backups", "No good backup of this database was found."))
            else:
                offer = QLabel(translate("Backups", "The newest good backup was made on {when} ({why}).").format(
                    when=good.taken_at.strftime("%Y-%m-%d %H:%M"), why=kind_label(good.kind)))
                self.restore_button = QPushButton(translate("Backups", "&Restore this backup…"))
                buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
                self.restore_button.clicked.connect(lambda: self.restore_good())  # not clicked(False) as `confirm`
            offer.setObjectName("checkOffer")
            offer.setWordWrap(True)
            layout.addWidget(offer)
        layout.addWidget(buttons)
        self.new_window = None

    def restore_good(self, confirm: bool = True):
        self.accept()
        self.new_window = restore_backup(self.window_, self.report.good_backup.path, confirm=confirm)
        return self.new_window


def check_now(window) -> CheckDialog:
    """Check the open database (read-only) and show the result."""
    report = backups.check_offering_backup(window.store.path)
    dialog = CheckDialog(window, report)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.reliability_dialog = dialog
    return dialog


def show_restore(window) -> RestoreDialog:
    dialog = RestoreDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.reliability_dialog = dialog
    return dialog


# ---- at start ---------------------------------------------------------------------------------


def ask_about_damage(path: Path, report: CheckReport, language: str) -> str:
    """The question at start for a damaged file: "restore", "readonly" or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Backups", "Damaged database"), translate("Backups", 
        "The database {file} is damaged:\n{problems}\n\nNothing will be written to it.").format(
        file=path, problems="\n".join(report.messages(language))))
    restore = None
    if report.good_backup is not None:
        restore = box.addButton(translate("Backups", "Restore the backup of {when}").format(
            when=report.good_backup.taken_at.strftime("%Y-%m-%d %H:%M")), QMessageBox.ButtonRole.AcceptRole)
    readonly = box.addButton(translate("Backups", "Open read-only"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if restore is not None and clicked is restore else "readonly" if clicked is readonly else "quit"


def check_on_start(path: Path, author: str, language: str = "en", quiet: bool = False, choose=None,
                   tell=None) -> tuple[Store | None, int | None]:
    """Before the window opens, after an unclean shutdown (the first start of a day is checked in
    the background, see `start_of_day`): a damaged file is never opened for writing. Returns (store, None)
    when it opened the file itself (read-only, or after restoring a backup), (None, None) to open
    it as usual, (None, exit code) to stop. `choose` and `tell` replace the message boxes (tests)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0 or not backups.unclean_shutdown(path):
        return None, None
    report = check_database(path, quick=True)
    if not any(finding.key in DAMAGE for finding in report.findings):
        return None, None
    report = backups.check_offering_backup(path)  # damaged: the full report, and the newest good backup
    if quiet:
        print(f"g4b-desktop: {path}: " + " ".join(report.problems) + " " + " ".join(report.advice()),
              file=sys.stderr)
        return None, 1
    choice = (choose or ask_about_damage)(path, report, language)
    if choice == "restore" and report.good_backup is not None:
        instance = single_instance.current()
        backups.restore(path, report.good_backup.path,
                        lock_held=instance is not None and instance.database.resolve() == path.resolve())
        return Store.open(path, author=author), None
    if choice == "readonly":
        try:
            return Store.open(path, author=author, readonly=True), None
        except Exception as exc:  # too damaged to be read at all
            text = translate("Backups", "{file} cannot be read: {error}").format(file=path, error=exc)
            if tell is not None:
                tell(text)
            else:
                QMessageBox.critical(None, translate("Backups", "Damaged database"), text)
            return None, 1
    return None, 1


# ---- installing -------------------------------------------------------------------------------

def install(window) -> None:
    window.reliability_notices = {}
    window.reliability_dialog = None
    restore = QAction(translate("Backups", "Restore from &backup…"), window)
    restore.setObjectName("restoreFromBackupAction")
    restore.triggered.connect(lambda: show_restore(window))
    file_menu = window.menu("file")
    quit_action = next((a for a in file_menu.actions()
                        if a.menuRole() == QAction.MenuRole.QuitRole), None)
    if quit_action is not None:  # above the separator before Quit
        actions = file_menu.actions()
        before = actions[actions.index(quit_action) - 1] if actions.index(quit_action) > 0 else quit_action
        file_menu.insertAction(before, restore)
    else:
        file_menu.addAction(restore)
    check = QAction(translate("Backups", "&Check database…"), window)
    check.setObjectName("checkDatabaseAction")
    check.triggered.connect(lambda: check_now(window))
    help_menu = window.menu("help")
    help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, check)
    window.restore_action, window.check_action = restore, check
    show_notices(window)
    # the day's check and backup once the window is shown and painted (reading the whole file beside
    # the first paint delayed it by seconds); a timer of the window: a window closed before never starts it
    QTimer.singleShot(START_OF_DAY_DELAY_MS, window, lambda: start_of_day(window))
