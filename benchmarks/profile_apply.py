"""Profile the apply step of a partner import (issue 19): where its time goes.

    .venv/bin/python benchmarks/profile_apply.py [--size 50000] [--rows 10000] [--top 25]

On a fresh copy of the cached demo database (benchmarks/.cache, made by `run.py`): the Actiris-like
spreadsheet of `run.py` (80 % new commitments, 20 % updates) is loaded and previewed, then applied
under cProfile, with SQLite's statement trace counting the statements run (top level and inside
triggers) per kind. Prints the apply's wall time, the safety backup's time, the cumulative profile and
the statement counts.
"""

from __future__ import annotations

import argparse
import cProfile
import collections
import pstats
import os
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (the benchmark's database cache and partner file)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-trace", action="store_true", help="no statement trace (it slows SQLite down)")
    parser.add_argument("--timing", action="store_true",
                        help="instead of cProfile: wall and CPU time of each kind of statement run by Python")
    args = parser.parse_args()

    from g4b_desktop.db import backup
    from g4b_desktop.db.store import Store
    from g4b_desktop.exchange import partner_import

    source, _ = run.database(args.size, 1, lambda text: print(text, file=sys.stderr))
    with tempfile.TemporaryDirectory(prefix="g4b-profile-") as folder:
        folder = Path(folder)
        os.environ["G4B_DATA_DIR"] = str(folder)   # the backups go there, not to the user's folder
        copy = run.fresh_copy(source, folder)
        store = Store.open(copy, author="profile")
        spreadsheet = folder / "partner.xlsx"
        run.make_partner_file(store, spreadsheet, args.rows)
        started = time.perf_counter()
        run.raw_read(spreadsheet)
        raw = time.perf_counter() - started
        loaded = partner_import.load(store, spreadsheet)
        started = time.perf_counter()
        shown = partner_import.preview(store, loaded)
        previewed = time.perf_counter() - started
        print(f"raw openpyxl read {raw:.2f} s; preview {previewed:.2f} s; "
              f"{shown.count('new')} new, {shown.count('updated')} updated")

        started = time.perf_counter()
        backup.backup_before(store, "import", folder / "backups")
        print(f"safety backup alone: {time.perf_counter() - started:.2f} s "
              f"({copy.stat().st_size / 1e6:.0f} MB)")

        statements: collections.Counter = collections.Counter()

        def trace(sql: str) -> None:
            if sql.startswith("--"):   # a trigger's entry: "-- TRIGGER name"
                statements["trigger " + sql.split()[-1]] += 1
            else:
                statements[re.sub(r"\s+", " ", sql.strip())[:60]] += 1

        if args.timing:
            return timed_apply(store, loaded, shown, partner_import)
        if not args.no_trace:
            store.db.conn.set_trace_callback(trace)
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        partner_import.apply(store, loaded)
        profile.disable()
        print(f"apply (its own backup included): {time.perf_counter() - started:.2f} s")
        store.db.conn.set_trace_callback(None)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
        print("statements run (top level, and trigger entries):")
        for sql, count in statements.most_common(30):
            print(f"{count:8d}  {sql}")
        store.close()
    return 0


class TimedConnection:
    """The store's connection, timing each statement (wall and CPU) by its first words."""

    def __init__(self, conn, times):
        self._conn, self._times = conn, times

    def _timed(self, method, sql, *args):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return method(sql, *args)
        finally:
            key = re.sub(r"\s+", " ", sql.strip())[:70]
            entry = self._times.setdefault(key, [0, 0.0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - started
            entry[2] += time.process_time() - cpu

    def execute(self, sql, *args):
        return self._timed(self._conn.execute, sql, *args)

    def executemany(self, sql, *args):
        return self._timed(self._conn.executemany, sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def timed_apply(store, loaded, shown, partner_import) -> int:
    """Apply as the wizard does (the preview shown is written), timing every statement; the rest is Python."""
    times: dict[str, list] = {}
    conn = store.db.conn
    store.db.conn = TimedConnection(conn, times)
    partner_import.backup.backup_before = lambda *a, **k: None   # timed above
    started, cpu = time.perf_counter(), time.process_time()
    partner_import.apply(store, loaded, planned=shown)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.db.conn = conn
    print(f"apply without its backup: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")
    print(f"{'count':>6} {'wall ms':>8} {'CPU ms':>8}  statement")
    for sql, (count, seconds, cpu_seconds) in sorted(times.items(), key=lambda item: -item[1][1])[:25]:
        print(f"{count:6d} {seconds * 1000:8.0f} {cpu_seconds * 1000:8.0f}  {sql}")
    spent = sum(entry[1] for entry in times.values())
    print(f"statements {spent * 1000:.0f} ms wall; Python and the rest {(wall - spent) * 1000:.0f} ms")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
