"""The main window: navigation between views, menus, toolbar, search, undo/redo, background jobs.

The contract other features code against (see docs/DEVELOPING.md):
`store`, `undo_stack`, `language`, `changed` / `apply_changes(changes)`, `add_view(key, title, widget)`
(or a function making the widget, called when the view is first shown: start-up builds only the first one),
`show_view(key)`, `menu(name)`, `run_job(title, work, on_done)`, `show_error(exc_or_text)`,
`open_record(table, record_id)`, `register_opener(table, handler)`; features are modules named in
`features.py` whose `install(window)` is called once the window is built.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter,
    QStackedWidget, QToolBar, QWidget,
)

from ... import crashlog, paths, settings
from ...db import browse
from ...db.errors import StoreError, ValidationError
from ...db.store import Changes, Store
from ...texts import message, render
from . import file_actions, i18n
from .jobs import Job
from .undo import Session

MENUS = ("file", "edit", "view", "tools", "help")

UI_PACKAGE = __package__.rsplit(".", 1)[0]  # g4b_desktop.ui: screens and features are named from there


class MainWindow(QMainWindow):

    def __init__(self, store: Store, session: Session | None = None):
        super().__init__()
        self.session = session or Session(store, settings.language())
        self.store = self.session.store
        self.undo_stack = self.session.undo_stack
        self.language = self.session.language
        self.replacement: MainWindow | None = None
        self.feature_errors: list[str] = []
        self.last_error = ""
        self._jobs: list[Job] = []
        self._views: dict[str, QWidget] = {}  # a placeholder until a view made by a factory is first shown
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._openers: dict[str, Callable[[str], Any]] = {}
        self.setObjectName("MainWindow")
        self.session.error.connect(self.show_error)
        self._update_title()
        self._build_frame()
        self._build_menus()
        self._build_main_views()
        self._install_features()
        self._restore_state()
        self.show_view(self.current_view() or "home")  # builds the one view shown

    # ---- the frame ---------------------------------------------------------------------------

    def _build_frame(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusDatabase")
        self.statusBar().addPermanentWidget(self.status_label)
        self.update_status()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        self._menus = {name: bar.addMenu(titles[name]) for name in MENUS}
        file_actions.build_file_menu(self, self._menus["file"])
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)  # Ctrl+Y as on Windows, everywhere
        self.redo_action.setShortcuts(redo_keys + [k for k in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
                                                   if k not in redo_keys])
        self.undo_stack.undoTextChanged.connect(self._label_undo)
        self.undo_stack.redoTextChanged.connect(self._label_redo)
        self._label_undo(self.undo_stack.undoText())
        self._label_redo(self.undo_stack.redoText())
        edit = self._menus["edit"]
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        edit.addAction(self.find_action)
        edit.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit.addAction(self.preferences_action)
        about = QAction(self.tr("&About Go4Brussels Desktop"), self)
        about.triggered.connect(self.show_about)
        self._menus["help"].addAction(about)

        from .search_box import SearchBox

        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.search_box = SearchBox(self)
        self.toolbar.addWidget(self.search_box)
        self.find_action.triggered.connect(self.search_box.focus)

    def _label_undo(self, label: str) -> None:
        self._label_action(self.undo_action, self.tr("Undo"), label)

    def _label_redo(self, label: str) -> None:
        self._label_action(self.redo_action, self.tr("Redo"), label)

    def _label_action(self, action: QAction, plain: str, label: str) -> None:
        """"Undo: <the action as the history names it>" (runs after Qt's own labelling of the action)."""
        if not shiboken6.isValid(action):  # the stack outlives the window (a language switch, the end)
            return
        action.setText(self.tr("{undo_or_redo}: {action}").format(undo_or_redo=plain, action=label)
                       if label else plain)

    def _build_main_views(self) -> None:
        """The main views; each is built when first shown (at start only the one shown)."""
        def make(module: str, name: str) -> Callable[[], QWidget]:
            return lambda: getattr(importlib.import_module(f"{UI_PACKAGE}.{module}"), name)(self)

        self.add_view("home", self.tr("Home"), make("strategy.home_view", "HomeView"))
        self.add_view("strategy", self.tr("Strategy"), make("strategy.strategy_view", "StrategyView"))
        self.add_view("commitments", self.tr("Commitments"), make("commitments.commitments_view", "CommitmentsView"))
        self.add_view("partners", self.tr("Partners"), make("partners.partners_view", "PartnersView"))
        self.add_view("indicators", self.tr("Indicators"), make("indicators.indicators_view", "IndicatorsView"))
        self.add_view("trash", self.tr("Trash"), make("backups.trash_view", "TrashView"))
        self.register_opener("pillar", lambda rid: self.strategy_view.select("pillar", rid))
        self.register_opener("objective", lambda rid: self.strategy_view.select("objective", rid))
        self.register_opener("worksite", lambda rid: self.strategy_view.select("worksite", rid))
        self.register_opener("commitment", lambda rid: self.strategy_view.select_commitment(rid))
        self.register_opener("organisation", lambda rid: self.partners_view.select("organisation", rid))
        self.register_opener("person", lambda rid: self.partners_view.select("person", rid))
        self.register_opener("indicator", lambda rid: self.indicators_view.select(rid))

    def __getattr__(self, name: str):
        """`window.<key>_view` is the view `<key>` (built if it was not yet)."""
        factories = self.__dict__.get("_factories")
        if factories is not None and name.endswith("_view") and name[:-5] in self.__dict__.get("_views", {}):
            return self.view(name[:-5])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _install_features(self) -> None:
        from .features import FEATURES

        for name in FEATURES:
            module_name = f"{UI_PACKAGE}.{name}"
            if importlib.util.find_spec(module_name) is None:
                continue
            try:
                importlib.import_module(module_name).install(self)
            except Exception as exc:  # one broken feature must not keep the window from opening
                report = crashlog.write_report(type(exc), exc, exc.__traceback__)
                self.feature_errors.append(f"{name}: {exc} ({report})")
                traceback.print_exc(file=sys.stderr)

    # ---- the contract ------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Add a page to the main navigation (Ctrl+1… for the first nine). `widget` may be a function
        making it: it is then called when the view is first shown (or asked for with `view`)."""
        if key in self._views:
            raise ValueError(f"view {key!r} exists already")
        if not isinstance(widget, QWidget):
            self._factories[key] = widget
            widget = QWidget()  # a placeholder in the stack until then
        widget.setObjectName(widget.objectName() or f"view_{key}")
        self._views[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.navigation.setMinimumWidth(min(220, self.navigation.sizeHintForColumn(0) + 16))
        action = QAction(title, self)
        action.setData(key)
        if len(self._views) <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{len(self._views)}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self._menus["view"].addAction(action)

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        self.navigation.setCurrentRow(self.stack.indexOf(widget))
        self.stack.setCurrentWidget(widget)
        return widget

    def _show_row(self, row: int) -> None:
        keys = list(self._views)
        if 0 <= row < len(keys):
            self.stack.setCurrentWidget(self.view(keys[row]))

    def view(self, key: str) -> QWidget:
        """The view `key`, built now if it had not been shown yet."""
        factory = self._factories.pop(key, None)
        if factory is not None:
            placeholder = self._views[key]
            index = self.stack.indexOf(placeholder)
            widget = factory()
            widget.setObjectName(widget.objectName() or f"view_{key}")
            self._views[key] = widget
            self.stack.insertWidget(index, widget)
            if self.stack.currentWidget() is placeholder:
                self.stack.setCurrentWidget(widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._views[key]

    def view_keys(self) -> list[str]:
        return list(self._views)

    def current_view(self) -> str:
        for key, widget in self._views.items():
            if widget is self.stack.currentWidget():
                return key
        return ""

    def menu(self, name: str):
        return self._menus[name]

    @property
    def changed(self):
        """The one change bus (`Session.changed`): a `Changes` after every write, undo and redo."""
        return self.session.changed

    def apply_changes(self, changes: Changes | None) -> None:
        """Tell every view what a write changed (emits `changed`); call after every write."""
        self.session.apply_changes(changes)

    def run_job(self, title: str, work: Callable, on_done: Callable[[Any], None] | None = None) -> Job:
        """Run `work(progress, cancelled)` on a worker thread; `on_done(result)` back on this thread."""
        job = Job(self, title, work, on_done, self.show_error)
        self._jobs.append(job)
        job.done.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        job.start()
        return job

    def running_jobs(self) -> list[Job]:
        """The background jobs still running (a finished one leaves this list on the window's thread)."""
        return list(self._jobs)

    def wait_for_jobs(self, timeout_ms: int = 10000) -> None:
        """Block until every job's worker thread has ended (before closing the window or its database)."""
        for job in self.running_jobs():
            job.worker.wait(timeout_ms)

    def show_error(self, problem: BaseException | str) -> None:
        """Show an expected error as its sentence; an unexpected one is logged and said so."""
        if isinstance(problem, ValidationError) and problem.field in self.validation_messages():
            text = self.validation_messages()[problem.field]
        elif isinstance(problem, StoreError):
            text = message(problem, self.language)  # a Text message in the window's language
        elif isinstance(problem, str):
            text = render(problem, self.language)
        else:
            report = crashlog.write_report(type(problem), problem, problem.__traceback__)
            text = self.tr("Something unexpected went wrong: {error}\nA report was written to {file}.").format(
                error=problem, file=report)
        self.last_error = text
        self.statusBar().showMessage(text, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Go4Brussels Desktop"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def validation_messages(self) -> dict[str, str]:
        """The reasons a value is refused, in the interface language (the data layer speaks English)."""
        return {"title": self.tr("A title is required."), "name": self.tr("A name is required."),
                "full_name": self.tr("A name is required."),
                "progress": self.tr("Progress is a whole number from 0 to 100."),
                "due_date": self.tr("The due date is not a date."),
                "year": self.tr("The year is not a year from 1900 to 2100.")}

    def register_opener(self, table: str, handler: Callable[[str], Any]) -> None:
        """Say how `open_record` shows a record of `table` (features register their own tables)."""
        self._openers[table] = handler

    def open_record(self, table: str, record_id: str) -> bool:
        """Show the view and page of a record; False if no view shows records of that table."""
        handler = self._openers.get(table)
        if handler is None or not self.store.exists(table, record_id):
            self.statusBar().showMessage(self.tr("This record can no longer be shown."), 5000)
            return False
        handler(record_id)
        return True

    # ---- language, state, dialogs ------------------------------------------------------------

    def set_language(self, language: str) -> "MainWindow":
        """Switch the interface language: the window is rebuilt in the new language (same undo stack)."""
        if language == self.language:
            return self
        preferences = settings.load()
        preferences["language"] = language
        settings.save(preferences)
        i18n.install(language)
        self.session.language = language
        self.session.retranslate()
        return self.replace_window(self.session)

    def replace_window(self, session: Session) -> "MainWindow":
        """Open a new window (another database or language) in place of this one."""
        view = self.current_view()
        self._save_state()
        replacement = MainWindow(session.store, session)
        replacement.restoreGeometry(self.saveGeometry())
        if view in replacement.view_keys():
            replacement.show_view(view)
        replacement.show()
        self.replacement = replacement
        if session is not self.session:
            self.session.undo_stack.clear()
        self.close()
        self.deleteLater()  # its views stop following the session
        if session.store is not self.store:
            self.store.close()
        return replacement

    def latest(self) -> "MainWindow":
        window = self
        while window.replacement is not None:
            window = window.replacement
        return window

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.open()

    def show_about(self) -> None:
        from ... import __version__

        QMessageBox.about(self, self.tr("About Go4Brussels Desktop"), self.tr(
            "Go4Brussels Desktop {version}\nThe records of the steering committees of the strategy "
            "Go4Brussels 2030.\nDatabase: {file}").format(version=__version__, file=self.store.path))

    def update_status(self) -> None:
        """The permanent part of the status bar: the database file and who is recorded as author."""
        text = self.tr("{file} · changes recorded as {author}").format(file=self.store.path.name,
                                                                       author=self.store.author)
        if self.store.readonly:
            text = self.tr("Read-only") + " · " + text
        self.status_label.setText(text)
        self.status_label.setToolTip(str(self.store.path))

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{file} — Go4Brussels Desktop").format(file=self.store.path.name))

    def state_settings(self) -> QSettings:
        """Where the window keeps its size, layout and last view between starts."""
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        stored = self.state_settings()
        geometry = stored.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = stored.value("state")
        if state is not None:
            self.restoreState(state)
        splitter = stored.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:  # the navigation as wide as its titles: the rest is the views'
            navigation = self.navigation.minimumWidth()
            self.splitter.setSizes([navigation, max(self.width() - navigation, 400)])
        view = stored.value("view")
        if view in self._views:
            self.show_view(view)

    def _save_state(self) -> None:
        stored = self.state_settings()
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("state", self.saveState())
        stored.setValue("splitter", self.splitter.saveState())
        stored.setValue("view", self.current_view())
        stored.sync()

    def closeEvent(self, event) -> None:
        if self.replacement is None:
            self._save_state()
        for timer in self.findChildren(QTimer):  # no delayed refresh may run after the window is gone
            timer.stop()
        super().closeEvent(event)

    # ---- smoke test --------------------------------------------------------------------------

    def smoke_test(self) -> bool:
        """Open every main view once (and a worksite page); True when all of it worked."""
        ok = not self.feature_errors
        for problem in self.feature_errors:
            print(f"g4b-desktop: feature failed to install: {problem}", file=sys.stderr)
        for key in self.view_keys():
            try:
                self.show_view(key)
                QApplication.processEvents()
            except Exception:
                traceback.print_exc(file=sys.stderr)
                ok = False
        worksite = browse.first_worksite_id(self.store)
        if worksite and not self.open_record("worksite", worksite):
            ok = False
        return ok and self.strategy_view.tree.topLevelItemCount() > 0
