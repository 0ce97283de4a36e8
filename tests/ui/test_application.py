"""The program as a whole: start-up (smoke test), language at start, File menu, window state."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox

from g4b_desktop import settings
from g4b_desktop.db import queries
from g4b_desktop.db.store import Store
from g4b_desktop.ui.shell import file_actions, i18n
from g4b_desktop.ui.shell.main_window import MainWindow


def test_smoke_test_starts_the_whole_program(db_path, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", G4B_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-m", "g4b_desktop.app", "--smoke-test", "--db", str(db_path)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_first_start_follows_the_system_language(monkeypatch, qtbot, store):
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert settings.language() == "fr"
    loaded = i18n.install(settings.language())
    assert "ui_fr.qm" in loaded and "qtbase_fr.qm" in loaded
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.language == "fr"
    assert window.navigation.item(1).text() == "Stratégie"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own texts are French too
    assert buttons.buttons()[0].text() == "Annuler"


def test_chosen_language_wins_over_the_system(monkeypatch):
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    settings.save({"language": "nl"})
    assert settings.language() == "nl"


def test_dates_and_numbers_in_the_users_locale():
    assert i18n.show_date("2027-03-09", "nl") == "9/03/2027"  # nl_BE writes the day without a zero
    assert i18n.show_date("2027-12-31", "fr") == "31/12/2027"
    assert i18n.show_number(18.5, "nl") == "18,5"
    assert i18n.show_number(18.5, "en") == "18.5"
    assert i18n.show_percent(52.6, "fr") == "53 %"


def test_save_a_copy_uses_the_backup_api(window, qtbot, tmp_path):
    target = tmp_path / "copy.g4b"
    done = []
    job = file_actions.save_copy(window, target)
    job.done.connect(lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert job.error is None
    with Store.open(target, author="x", readonly=True) as copy:
        assert queries.counts(copy) == queries.counts(window.store)


def test_new_database_then_open_recent(window, qtbot, tmp_path):
    first = window.store.path
    path = tmp_path / "new-committee.g4b"
    file_actions.new_database(window, path)
    qtbot.waitUntil(lambda: window.latest() is not window, timeout=10000)
    newer = window.latest()
    assert newer.store.path == path
    assert queries.counts(newer.store)["objective"] == 17
    assert file_actions.recent_databases()[:2] == [str(path), str(first)]
    newer_store = newer.store
    reopened = file_actions.open_database(newer, first)
    assert reopened.store.path == first
    assert reopened.store is not window.store  # a fresh connection; the one of new-committee.g4b is closed
    import sqlite3

    import pytest

    with pytest.raises(sqlite3.ProgrammingError):
        newer_store.db.execute("SELECT 1")


def test_open_refuses_a_file_that_is_not_a_database(window, tmp_path):
    bogus = tmp_path / "notes.g4b"
    bogus.write_text("not a database")
    assert file_actions.open_database(window, bogus) is None
    assert "not a SQLite database" in window.last_error
    assert window.latest() is window


def test_window_geometry_and_view_are_restored(qtbot, store):
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(701, 503)  # the offscreen screen is small: the window keeps at least its minimum size
    first.show_view("partners")
    geometry = first.saveGeometry()
    first.close()
    assert first.state_settings().value("geometry") == geometry  # restoreGeometry gets it back at the next start
    second = MainWindow(store, first.session)
    qtbot.addWidget(second)
    assert second.current_view() == "partners"


def test_keyboard_shortcuts_for_views_and_standard_keys(window):
    from PySide6.QtGui import QKeySequence

    view_actions = window.menu("view").actions()
    assert view_actions[0].shortcut() == QKeySequence("Ctrl+1")
    view_actions[2].trigger()
    assert window.current_view() == "commitments"
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)


def test_icon_only_buttons_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton

    for button in window.findChildren(QAbstractButton):
        if not button.text() and button.isVisible() and not button.icon().isNull():
            assert button.accessibleName() or button.toolTip(), button.objectName()


def test_preferences_store_the_author_for_the_change_log(window, qtbot):
    from g4b_desktop.db import commitments
    from g4b_desktop.db.history import record_history
    from g4b_desktop.ui.shell.preferences import PreferencesDialog

    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    dialog.author.setText("Secretariaat 2.1")
    dialog.accept()
    assert settings.load()["author"] == "Secretariaat 2.1"
    assert "Secretariaat 2.1" in window.status_label.text()
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    new_id, _ = commitments.add(window.store, worksite["id"], "Door wie?")
    assert record_history(window.store, "commitment", new_id)[0]["author"] == "Secretariaat 2.1"
