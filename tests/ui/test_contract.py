"""The main-window contract other features code against."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from g4b_desktop.db import commitments, queries
from g4b_desktop.db.errors import ValidationError


def test_add_view_and_show_view(window):
    page = QLabel("x")
    window.add_view("extra", "Extra", page)
    assert window.show_view("extra") is page
    assert window.stack.currentWidget() is page
    assert window.current_view() == "extra"
    assert window.navigation.currentItem().text() == "Extra"


def test_menus_exist(window):
    for name in ("file", "edit", "view", "tools", "help"):
        assert isinstance(window.menu(name), QMenu)


def test_apply_changes_emits_changed(window, qtbot):
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    _id, changes = commitments.add(window.store, worksite["id"], "From another feature")
    with qtbot.waitSignal(window.changed, timeout=1000) as blocker:
        window.apply_changes(changes)
    assert blocker.args[0] is changes
    # the strategy tree follows: worksite 2.1.4 now shows a progress figure
    item = window.strategy_view.item_of("worksite", worksite["id"])
    assert item.text(2) == "0 %"


def test_run_job_returns_result_on_main_thread(window, qtbot):
    results = []

    def work(progress, cancelled):
        progress(50, "half")
        return 42

    job = window.run_job("Job", work, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    assert job.error is None


def test_run_job_shows_store_error(window, qtbot):
    def work(progress, cancelled):
        raise ValidationError("title", "title: a value is required.")

    window.run_job("Job", work, lambda result: None)
    # a refused value is explained in the interface language
    qtbot.waitUntil(lambda: window.last_error == "A title is required.", timeout=3000)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and boxes[0].text() == "A title is required."


def test_run_job_shows_other_expected_errors_as_their_sentence(window, qtbot):
    from g4b_desktop.db.errors import NotFound

    def work(progress, cancelled):
        raise NotFound("No worksite with id x.")

    window.run_job("Job", work, lambda result: None)
    qtbot.waitUntil(lambda: window.last_error == "No worksite with id x.", timeout=3000)


def test_run_job_logs_an_unexpected_error(window, qtbot, data_dir):
    def work(progress, cancelled):
        raise RuntimeError("boom")

    window.run_job("Job", work, lambda result: None)
    qtbot.waitUntil(lambda: "boom" in window.last_error, timeout=3000)
    assert "Traceback" not in window.last_error
    assert list((data_dir / "logs").glob("error-*.log"))


def test_run_job_can_be_cancelled(window, qtbot):
    seen = []

    def work(progress, cancelled):
        for _ in range(200):
            if cancelled():
                return "cancelled"
            time.sleep(0.01)
        return "finished"

    job = window.run_job("Long job", work, seen.append)
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=3000)
    from PySide6.QtWidgets import QPushButton

    job.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: seen == ["cancelled"], timeout=3000)


def test_open_record_shows_worksite_page(window):
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    assert window.open_record("worksite", worksite["id"])
    assert window.current_view() == "strategy"
    page = window.strategy_view.worksite_page
    assert window.strategy_view.pages.currentWidget() is page
    assert page.heading.text().startswith("2.1.4")


def test_open_record_of_unknown_table_is_refused(window):
    assert not window.open_record("meeting", "nope")


def test_register_opener(window):
    opened = []
    window.register_opener("organisation", opened.append)
    organisation = window.store.scalar("SELECT id FROM organisation LIMIT 1")
    assert window.open_record("organisation", organisation)
    assert opened == [organisation]


def test_smoke_test_opens_every_view(window):
    assert window.smoke_test()


def test_feature_modules_are_installed(window, store, qtbot, monkeypatch, tmp_path):
    import sys
    import types

    from g4b_desktop.ui.shell import features
    from g4b_desktop.ui.shell.main_window import MainWindow

    module = types.ModuleType("g4b_desktop.ui.zz_test_feature")
    module.install = lambda w: w.add_view("zz", "ZZ", QLabel("zz"))
    monkeypatch.setitem(sys.modules, "g4b_desktop.ui.zz_test_feature", module)
    module.__spec__ = types.SimpleNamespace(name=module.__name__)
    monkeypatch.setattr(features, "FEATURES", ["zz_test_feature", "not_written_yet"])
    other = MainWindow(store, window.session)
    qtbot.addWidget(other)
    assert "zz" in other.view_keys()
    assert not other.feature_errors
