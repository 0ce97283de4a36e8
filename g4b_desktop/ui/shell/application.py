"""Starting the Qt application: language, open (or create) the database, show the main window.

The start-up sequence in `run` is kept flat on purpose: each step is one line that can be read,
and other features insert their own steps (single instance, crash dialog, backups) between them.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ... import paths, settings
from ...db.errors import StoreError
from ...db.store import Store
from ...texts import message
from . import i18n


def open_database(path) -> Store:
    """Open the database, or build it with the strategy on the first start. An empty file, or one
    whose creation was cut short (a kill during the first start), is built again, beside it and
    then renamed onto it (reliability #17); any other file is opened as it is, or refused."""
    from ...db.errors import EmptyFile

    if path.exists():
        try:
            store = Store.open(path, author=settings.author())
        except EmptyFile:
            store = None
        if store is not None:
            from ...db.creation import half_built

            if not half_built(store):
                return store
            store.close()
    from ...db.creation import new_database  # the first start only: loads the embedded strategy

    return new_database(path, settings.author(), replace=path.exists())


# Tables whose records the views show: a write by another program that kept no history refreshes them all.
SHOWN_TABLES = ("pillar", "objective", "worksite", "commitment", "organisation", "person", "indicator",
                "indicator_value", "meeting", "summit")


class OutsideWrites(QObject):
    """Notices writes by others (reliability #17): another program, a command the user let wait, a
    worker of this window. SQLite's data version (`history.data_version`) changes when another
    connection commits; it is read every `interval_ms` and when the program comes back to the front. What changed is
    told to every view through `window.apply_changes`, so no view edits from a stale value."""

    def __init__(self, window_getter, interval_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent or QCoreApplication.instance())
        self.window_getter = window_getter
        self._store = None
        self._version = None
        self._seq = 0
        self.refreshed = 0  # how many times outside writes were shown (tests)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(
                lambda state: self.check() if state == Qt.ApplicationState.ApplicationActive else None)

    def check(self) -> bool:
        from shiboken6 import isValid

        window = self.window_getter()
        if window is None or not isValid(window):
            return False
        store = window.store
        from ...db import history

        try:
            version = history.data_version(store)
            if store is not self._store:
                self._store, self._version = store, version
                self._seq = history.last_change_seq(store)
                return False
            if version == self._version:
                return False
            self._version = version
            changes = self._changes(store)
        except Exception:  # a store being closed or replaced: look again at the next tick
            return False
        self.refreshed += 1
        window.apply_changes(changes)
        window.statusBar().showMessage(QCoreApplication.translate(
            "Application", "Changes made to this database by another program were loaded."), 8000)
        return True

    def _changes(self, store):
        from ...db import history

        changes, self._seq = history.changes_after(store, self._seq, SHOWN_TABLES)
        return changes


def _smoke_test(window) -> int:
    """0 when every view opened; else 1, with the sentence the window showed (a damaged file...)."""
    if window.smoke_test():
        return 0
    if window.last_error:
        print(f"g4b-desktop: {window.last_error}", file=sys.stderr)
    return 1


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Go4Brussels Desktop")
    app.setOrganizationName("Go4Brussels")
    # installer (#8): the window's icon, and the name of the .desktop file (taskbars, Wayland)
    app.setDesktopFileName("go4brussels-desktop")
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("g4b-desktop-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def run(args) -> int:
    app = make_application()
    language = settings.language()
    i18n.install(language)
    path = args.db or paths.default_database()
    # --- reliability (#7): crash dialog + faulthandler log; one window per database file ---
    from . import crash_dialog, single_instance

    crash_dialog.install(app)
    instance, refusal = single_instance.start(path, quiet=args.smoke_test)
    if instance is None:
        return refusal
    from ..backups import backups_view

    checked_store, refusal = backups_view.check_on_start(path, settings.author(), language, args.smoke_test)
    if refusal is not None:  # a damaged file the user chose not to open
        return refusal
    # --- end reliability (#7) ---
    try:
        store = checked_store or open_database(path)  # reliability (#7): opened read-only or restored
    except StoreError as exc:
        if args.smoke_test:
            print(f"g4b-desktop: {message(exc, language)}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, app.translate("Application", "Go4Brussels Desktop"), message(exc, language))
        return 1
    from .main_window import MainWindow

    window = MainWindow(store)
    # --- reliability (#7): a second start raises this window; tell about an earlier hard crash ---
    instance.connect_window(window.latest)
    crash_dialog.show_previous_crashes(window)
    # --- end reliability (#7) ---
    window.show()
    watcher = OutsideWrites(window.latest)  # reliability (#17): writes by others are shown, not overwritten
    if args.smoke_test:
        QTimer.singleShot(0, lambda: app.exit(_smoke_test(window.latest())))
    code = app.exec()
    watcher.timer.stop()
    from ..backups.backups_view import wait_for_background

    wait_for_background()  # today's backup, if still being made, is finished rather than cut short
    window.latest().store.close()
    return code
