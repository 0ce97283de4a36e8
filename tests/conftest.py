"""Shared fixtures: every test gets its own data folder and real database files."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from g4b_desktop.db.store import Store
from g4b_desktop.db.strategy import load_strategy

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "samples"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch) -> Path:
    """A private per-user data folder: no test touches the real one."""
    folder = tmp_path_factory.mktemp("g4b-data")
    monkeypatch.setenv("G4B_DATA_DIR", str(folder))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    yield folder
    backups_view = sys.modules.get("g4b_desktop.ui.backups.backups_view")
    if backups_view is not None:  # a window's start-of-day backup still running writes here
        backups_view.wait_for_background()


@pytest.fixture(scope="session")
def strategy_template(tmp_path_factory) -> Path:
    """A database holding the embedded strategy, made once per session and copied by `store`."""
    path = tmp_path_factory.mktemp("template") / "template.g4b"
    with Store.create(path, author="template") as store:
        load_strategy(store)
    return path


@pytest.fixture
def db_path(tmp_path, strategy_template) -> Path:
    """A fresh copy of the strategy database on disk."""
    path = tmp_path / "committee.g4b"
    shutil.copyfile(strategy_template, path)
    return path


@pytest.fixture
def store(db_path) -> Store:
    """An open store on a fresh strategy database, author 'tester'."""
    with Store.open(db_path, author="tester") as opened:
        yield opened


@pytest.fixture
def empty_store(tmp_path) -> Store:
    with Store.create(tmp_path / "empty.g4b", author="tester") as opened:
        yield opened


class Jobs:
    """Waiting for a window's background jobs (`window.run_job`): the one way every test does it."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    def finish(self, window, timeout: int = 20000) -> None:
        """Process events until every job has ended and called back on the window's thread."""
        self.qtbot.waitUntil(lambda: not window.running_jobs(), timeout=timeout)

    @staticmethod
    def stop(window, timeout: int = 10000) -> None:
        """At teardown: let the workers end before the window and its database are closed."""
        window.wait_for_jobs(timeout)


@pytest.fixture
def jobs(qtbot) -> Jobs:
    return Jobs(qtbot)
