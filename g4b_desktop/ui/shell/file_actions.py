"""The File menu: new database (with the strategy), open, recent databases, save a copy, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ... import paths, settings
from ...db.errors import Cancelled
from ...db.store import Store

RECENT_LIMIT = 8


def recent_databases() -> list[str]:
    recent = settings.load().get("recent") or []
    return [p for p in recent if isinstance(p, str)]


def remember(path: Path) -> None:
    preferences = settings.load()
    recent = [str(path)] + [p for p in recent_databases() if p != str(path)]
    preferences["recent"] = recent[:RECENT_LIMIT]
    settings.save(preferences)


def file_filter() -> str:
    return QCoreApplication.translate("FileActions", "Go4Brussels databases (*{suffix});;All files (*)").format(
        suffix=paths.DATABASE_SUFFIX)


def build_file_menu(window, menu: QMenu) -> None:
    translate = QCoreApplication.translate
    new = QAction(translate("FileActions", "&New database…"), window)
    new.setShortcut(QKeySequence.StandardKey.New)
    new.triggered.connect(lambda: new_database(window))
    menu.addAction(new)
    open_ = QAction(translate("FileActions", "&Open…"), window)
    open_.setShortcut(QKeySequence.StandardKey.Open)
    open_.triggered.connect(lambda: open_database(window))
    menu.addAction(open_)
    recent = menu.addMenu(translate("FileActions", "Open &recent"))
    recent.aboutToShow.connect(lambda: fill_recent(window, recent))
    window.recent_menu = recent
    copy = QAction(translate("FileActions", "Save a &copy…"), window)
    copy.setShortcut(QKeySequence.StandardKey.SaveAs)
    copy.triggered.connect(lambda: save_copy(window))
    menu.addAction(copy)
    menu.addSeparator()
    quit_ = QAction(translate("FileActions", "&Quit"), window)
    quit_.setShortcut(QKeySequence.StandardKey.Quit)
    quit_.setMenuRole(QAction.MenuRole.QuitRole)
    quit_.triggered.connect(window.close)
    menu.addAction(quit_)
    remember(window.store.path)


def fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    for path in recent_databases():
        if Path(path) == window.store.path:
            continue
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: switch_to(window, Path(p)))
    if menu.isEmpty():
        action = menu.addAction(QCoreApplication.translate("FileActions", "No other databases"))
        action.setEnabled(False)


def switch_to(window, path: Path, store: Store | None = None):
    """Show the window on another database (the current one is closed)."""
    from ... import settings as prefs
    from .undo import Session

    try:
        store = store or Store.open(path, author=prefs.author())
    except Exception as exc:  # shown as a sentence; the current database stays open
        window.show_error(exc)
        return None
    remember(path)
    return window.replace_window(Session(store, window.language))


def open_database(window, path: Path | None = None):
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("FileActions", "Open a database"),
            str(window.store.path.parent), file_filter())
        if not name:
            return None
        path = Path(name)
    return switch_to(window, path)


def new_database(window, path: Path | None = None):
    """Create a new database holding the embedded strategy (in the background), then open it."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("FileActions", "New database"),
            str(window.store.path.parent / f"committee{paths.DATABASE_SUFFIX}"), file_filter())
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(paths.DATABASE_SUFFIX)

    def work(progress, cancelled):
        from ...db.creation import new_database

        progress(10, QCoreApplication.translate("FileActions", "Loading the strategy…"))
        new_database(path, settings.author()).close()
        return path

    return window.run_job(QCoreApplication.translate("FileActions", "New database"), work,
                          lambda created: switch_to(window, created))


def save_copy(window, target: Path | None = None):
    """A consistent copy of the open database (SQLite's backup API, never a raw file copy)."""
    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("FileActions", "Save a copy"),
            str(window.store.path.with_name(window.store.path.stem + "-copy" + paths.DATABASE_SUFFIX)),
            file_filter())
        if not name:
            return None
        target = Path(name)
    source = window.store.path

    def work(progress, cancelled):
        with Store.open(source, author=window.store.author, readonly=True) as store:
            try:
                return store.copy_to(target, progress=progress, cancelled=cancelled)
            except Cancelled:   # Cancel: the partial copy was removed, no file was made
                return None

    def done(copied):
        if copied is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("FileActions", "Copy cancelled; no file was made."), 8000)
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "A copy was saved as {file}.").format(file=copied), 8000)

    return window.run_job(QCoreApplication.translate("FileActions", "Save a copy"), work, done)
