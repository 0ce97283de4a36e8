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

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QToolBar

from ... import crashlog, paths
from ...db import backup as backups
from ...db.integrity import DAMAGE, CheckReport, check_database
from ...db.location import storage_warning
from ...db.store import Store
from ..shell import single_instance
from .check_dialog import check_now, location_text
from .restore_dialog import restore_backup, show_restore

translate = QCoreApplication.translate
NOTICE_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; border: 1px solid #e0c860; }"


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
