"""Starting the Qt application: language, open (or create) the database, show the main window.

The start-up sequence in `run` is kept flat on purpose: each step is one line that can be read,
and other features insert their own steps (single instance, crash dialog, backups) between them.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths, settings
from ..db.errors import StoreError
from ..db.store import Store
from ..texts import message
from . import i18n


def open_database(path) -> Store:
    """Open the database, or build it with the strategy on the first start. An empty file, or one
    whose creation was cut short (a kill during the first start), is built again, beside it and
    then renamed onto it (reliability #17); any other file is opened as it is, or refused."""
    from ..db.errors import EmptyFile

    if path.exists():
        try:
            store = Store.open(path, author=settings.author())
        except EmptyFile:
            store = None
        if store is not None:
            from ..cli import half_built

            if not half_built(store):
                return store
            store.close()
    from ..cli import create_database  # the first start only: loads the embedded strategy

    return create_database(path, replace=path.exists())


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
    from . import backups_view

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
    if args.smoke_test:
        QTimer.singleShot(0, lambda: app.exit(0 if window.latest().smoke_test() else 1))
    code = app.exec()
    from .backups_view import wait_for_background

    wait_for_background()  # today's backup, if still being made, is finished rather than cut short
    window.latest().store.close()
    return code
