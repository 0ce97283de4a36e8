"""The import apply of issue 19 alone: median of N runs of `partner_import.apply` against the raw read.

    .venv/bin/python benchmarks/apply_bench.py [--size 50000] [--rows 10000] [--repeat 3]
                                               [--without TRIGGER_OR_INDEX,...]

The same measure as `run.py`'s import lines (the Actiris-like spreadsheet of `run.py`, 80 % new
commitments, 20 % updates; the preview shown is written, the safety backup timed apart), on fresh
copies of the cached demo database, without the rest of `make bench`. Wall and CPU times.
`--without` drops the named triggers or indexes from each copy first (an ablation: what each costs);
such a copy is of course no longer a valid database of the program.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (the benchmark's database cache and partner file)


def drop(conn, names: list[str]) -> None:
    """Drop triggers or indexes through the open store's connection (the file is checked when opened)."""
    for name in names:
        kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()
        if kind is None:
            raise SystemExit(f"no trigger or index named {name}")
        conn.execute(f'DROP {kind[0].upper()} "{name}"')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=run.IMPORT_ROWS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--without", default="", help="triggers or indexes to drop first (comma-separated)")
    args = parser.parse_args()
    without = [name for name in args.without.split(",") if name]

    from g4b_desktop.db.store import Store
    from g4b_desktop.exchange import partner_import

    source, _ = run.database(args.size, 1, lambda text: print(text, file=sys.stderr))
    walls, cpus, backups, raws, raw_cpus = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="g4b-apply-") as folder:
        folder = Path(folder)
        os.environ["G4B_DATA_DIR"] = str(folder)   # the backups go there, not to the user's folder
        store = Store.open(source, author="bench", readonly=True)
        spreadsheet = folder / "partner.xlsx"
        run.make_partner_file(store, spreadsheet, args.rows)
        store.close()
        original_backup = partner_import.backup.backup_before
        for _ in range(args.repeat):
            copy = run.fresh_copy(source, folder)
            store = Store.open(copy, author="bench")
            if without:
                drop(store.db.conn, without)
            started, cpu = time.perf_counter(), time.process_time()
            run.raw_read(spreadsheet)
            raws.append(time.perf_counter() - started)
            raw_cpus.append(time.process_time() - cpu)
            loaded = partner_import.load(store, spreadsheet)
            preview = partner_import.preview(store, loaded)
            made = []

            def timed_backup(*a, **k):
                began, began_cpu = time.perf_counter(), time.process_time()
                try:
                    return original_backup(*a, **k)
                finally:
                    made.append((time.perf_counter() - began, time.process_time() - began_cpu))

            partner_import.backup.backup_before = timed_backup
            started, cpu = time.perf_counter(), time.process_time()
            partner_import.apply(store, loaded, planned=preview)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            partner_import.backup.backup_before = original_backup
            walls.append(wall - sum(w for w, _ in made))
            cpus.append(cpu - sum(c for _, c in made))
            backups.append(sum(w for w, _ in made))
            store.close()
            for leftover in folder.glob(copy.name + "*"):
                leftover.unlink()
            for old in (folder / "backups").rglob("*") if (folder / "backups").exists() else ():
                if old.is_file():
                    old.unlink()
    counts = f"{preview.count('new')} new, {preview.count('updated')} updated, {preview.count('error')} refused"
    apply, raw = statistics.median(walls), statistics.median(raws)
    print(f"N = {args.size:,}; {args.rows:,} rows ({counts}); median of {args.repeat}"
          + (f"; without {', '.join(without)}" if without else ""))
    print(f"apply: {apply * 1000:.0f} ms wall ({', '.join(f'{w * 1000:.0f}' for w in walls)}), "
          f"CPU {statistics.median(cpus) * 1000:.0f} ms; target 1500 ms: {'met' if apply <= 1.5 else 'missed'}")
    print(f"raw openpyxl read: {raw * 1000:.0f} ms wall, CPU {statistics.median(raw_cpus) * 1000:.0f} ms; "
          f"apply / raw read {apply / raw:.2f}")
    print(f"safety backup before it: {statistics.median(backups) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
