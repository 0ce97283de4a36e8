"""The integrity check at start reads the whole file: once a day, and after an unclean shutdown."""

from __future__ import annotations

import subprocess
import sys

from g4b_desktop.db import backup
from g4b_desktop.db.store import Store


def test_check_runs_on_the_first_start_of_a_day_then_not(db_path):
    assert backup.start_check_due(db_path)
    with Store.open(db_path) as store:
        backup.daily_backup(store)
    assert not db_path.with_name(db_path.name + "-wal").exists()  # a clean close removes the log
    assert not backup.start_check_due(db_path)


def test_check_runs_after_an_unclean_shutdown(db_path):
    with Store.open(db_path) as store:
        backup.daily_backup(store)
    # A writer that dies without closing leaves its write-ahead log behind.
    code = (
        "import os, sys\n"
        "from g4b_desktop.db.store import Store\n"
        "store = Store.open(sys.argv[1], author='t')\n"
        "from g4b_desktop.db import partners\n"
        "partners.add_organisation(store, 'Actiris')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True, timeout=60)
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    assert backup.start_check_due(db_path)


def test_only_an_unclean_shutdown_is_checked_before_the_window(db_path):
    # the first start of a day is checked after the window shows (backups_view.start_of_day)
    assert backup.first_start_today(db_path) and not backup.unclean_shutdown(db_path)
    assert backup.start_of_day(db_path).backup is not None
    assert not backup.first_start_today(db_path)
    assert backup.start_of_day(db_path).backup is None  # once a day
