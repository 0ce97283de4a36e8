"""How many SQL statements one status edit runs in the window, by kind (issue 14's measure).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/statements.py [--db FILE]

Opens the real main window on a copy of the embedded strategy (or FILE), shows the home, the
commitments view and the worksite page of the edited commitment (the views that follow an edit),
then changes one commitment's status through the window's undoable edit, and counts every statement
SQLite runs on the window's connection until every view has refreshed (Qt events processed).
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database to copy (default: a new one with the strategy)")
    parser.add_argument("-v", action="store_true", help="print every statement")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from g4b_desktop.db import commitments
    from g4b_desktop.db.store import Store
    from g4b_desktop.db.strategy import load_strategy
    from g4b_desktop.ui.shell import i18n
    from g4b_desktop.ui.shell.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    path = folder / "statements.g4b"
    if args.db:
        shutil.copyfile(args.db, path)
        store = Store.open(path, author="bench")
    else:
        store = Store.create(path, author="bench")
        load_strategy(store)
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    commitment_id = (store.scalar("SELECT id FROM commitment WHERE worksite_id = ? LIMIT 1", [worksite])
                     or commitments.add(store, worksite, "Een engagement om te wijzigen")[0])
    i18n.install("en")
    window = MainWindow(store)
    window.show()
    for key in ("home", "commitments"):
        if key in window.view_keys():
            window.show_view(key)
            app.processEvents()
    window.open_record("worksite", worksite)
    app.processEvents()

    counted: collections.Counter = collections.Counter()
    statements: list[str] = []

    def trace(sql: str) -> None:
        statements.append(sql)
        counted[sql.lstrip().split(None, 1)[0].upper()] += 1

    store.db.conn.set_trace_callback(trace)
    try:
        from g4b_desktop.ui.operations import commitments as operations  # after issue 14
        operations.set_fields(window.session, commitment_id, {"status": "in_progress"})
    except ImportError:
        from g4b_desktop.ui import edits

        edits.set_commitment_fields(window.session, commitment_id, {"status": "in_progress"})
    for _ in range(5):
        app.processEvents()
    store.db.conn.set_trace_callback(None)
    print(f"one status edit: {len(statements)} statements: "
          + ", ".join(f"{n} {kind}" for kind, n in counted.most_common()))
    if "-v" in sys.argv:
        for sql in statements:
            print("  " + " ".join(sql.split())[:160])
    window.close()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
