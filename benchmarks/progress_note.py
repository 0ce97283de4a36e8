"""Benchmark: the whole-strategy progress note against raw reportlab.

    g4b demo --db /tmp/d50k.g4b --commitments 50000          # or a copy of benchmarks/.cache/demo-50000-*.g4b
    .venv/bin/python benchmarks/progress_note.py /tmp/d50k.g4b 2

Does what the PDF part of `benchmarks/run.py`'s child_jobs does (the note, then the same tables read by
`note_tables` outside the timing and built by `raw_reportlab` in the note's DejaVu Sans), and in the same
run also the earlier raw baseline in the built-in Helvetica, so both ratios come from one run. Prints
wall-clock and CPU seconds of each (the machine is shared: CPU time is the steadier of the two).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from run import note_tables, raw_reportlab  # noqa: E402  (benchmarks/run.py)

from g4b_desktop.db.store import Store  # noqa: E402
from g4b_desktop.reports.progress_note import render_progress_note  # noqa: E402


def timed(work) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(db: str, runs: int) -> None:
    store = Store.open(Path(db), author="bench", readonly=True)
    folder = Path(tempfile.mkdtemp(prefix="note-bench-"))
    times: dict[str, list[tuple[float, float]]] = {"note": [], "raw DejaVu": [], "raw Helvetica": []}
    pages = 0
    for i in range(runs):
        def note():
            nonlocal pages
            pages = render_progress_note(store, str(folder / f"note-{i}.pdf"))
        times["note"].append(timed(note))
        tables = note_tables(store)  # the same data, read outside the raw timing
        times["raw DejaVu"].append(timed(lambda: raw_reportlab(tables, folder / f"raw-{i}.pdf")))
        times["raw Helvetica"].append(timed(lambda: raw_reportlab(tables, folder / f"rawh-{i}.pdf", font="helvetica")))
        print(f"run {i + 1}: " + ", ".join(f"{k} {v[-1][0]:.1f} s (CPU {v[-1][1]:.1f} s)" for k, v in times.items()),
              flush=True)
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    count = store.scalar("SELECT count(*) FROM commitment")
    print(f"{count} commitments, {pages} pages, median of {runs}: " + ", ".join(
        f"{k} {wall[k]:.1f} s (CPU {cpu[k]:.1f} s)" for k in times))
    for raw in ("raw DejaVu", "raw Helvetica"):
        print(f"ratio to {raw}: {wall['note'] / wall[raw]:.2f} (CPU {cpu['note'] / cpu[raw]:.2f})")
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
