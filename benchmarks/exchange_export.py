"""Benchmark: export of 50,000 commitments against raw openpyxl write-only writing the same cells.

Run: .venv/bin/python benchmarks/exchange_export.py [N]
CPU-heavy: run by hand; the figures go in benchmarks/README.md.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from g4b_desktop.db.store import Store  # noqa: E402
from g4b_desktop.db.strategy import load_strategy  # noqa: E402
from g4b_desktop.exchange import sheets as spec  # noqa: E402
from g4b_desktop.exchange.workbook_export import build_workbook, save_atomically  # noqa: E402


def make_database(folder: Path, n: int) -> Store:
    store = Store.create(folder / "bench.g4b", author="bench")
    load_strategy(store)
    worksites = [r["id"] for r in store.rows("SELECT id FROM worksite")]
    codes = {r["id"]: r["code"] for r in store.rows("SELECT id, code FROM worksite")}
    statuses = ["not_started", "in_progress", "realised", "postponed", "abandoned"]
    rows = []
    for i in range(n):
        worksite = worksites[i % len(worksites)]
        rows.append((str(uuid.uuid4()), f"{codes[worksite]}-{i:05d}", worksite, f"Engagement nummer {i} met wat tekst",
                     None, statuses[i % 5], i % 101, None, None, f"2027-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "Opmerking" if i % 3 else None, i, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
    with store.db.conn:
        store.db.conn.executemany("INSERT INTO commitment VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return store


def raw(store: Store, target: Path) -> float:
    """Plain openpyxl write-only, same cells (values already converted), no safety or styling."""
    sql = spec.COMMITMENTS.query.format(where="")
    start = time.perf_counter()
    records = store.rows(sql)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Commitments")
    sheet.append(spec.COMMITMENTS.header("nl"))
    for r in records:
        sheet.append([r["worksite"], r["code"], r["title"], r["description"], r["status"], r["progress"],
                      r["health"], r["lead"], date.fromisoformat(r["due_date"]) if r["due_date"] else None,
                      r["notes"], r["updated_at"], r["id"]])
    workbook.save(target)
    return time.perf_counter() - start


def ours(store: Store, target: Path) -> float:
    start = time.perf_counter()
    workbook, _ = build_workbook(store, "nl", None, sheets=(spec.COMMITMENTS,))
    save_atomically(workbook, target)
    return time.perf_counter() - start


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = make_database(folder, n)
        raw_times, our_times = [], []
        for _ in range(3):
            raw_times.append(raw(store, folder / "raw.xlsx"))
            our_times.append(ours(store, folder / "ours.xlsx"))
        best_raw, best_ours = min(raw_times), min(our_times)
        print(f"{n} commitments: raw openpyxl write-only {best_raw:.2f} s, export {best_ours:.2f} s, "
              f"ratio {best_ours / best_raw:.2f}")
