"""Starting the Qt application: open (or create) the database, show the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths, settings
from ..cli import create_database
from ..db.errors import StoreError
from ..db.store import Store


def open_database(path) -> Store:
    if path.exists():
        return Store.open(path, author=settings.author())
    return create_database(path)


def run(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Go4Brussels Desktop")
    app.setOrganizationName("Go4Brussels")
    path = args.db or paths.default_database()
    try:
        store = open_database(path)
    except StoreError as exc:
        if args.smoke_test:
            print(f"g4b-desktop: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, app.translate("Application", "Go4Brussels Desktop"), str(exc))
        return 1
    from .main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if args.smoke_test:
        QTimer.singleShot(0, lambda: app.exit(0 if window.smoke_test() else 1))
    code = app.exec()
    store.close()
    return code
