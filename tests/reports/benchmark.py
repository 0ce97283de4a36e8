"""Benchmark (not collected as a test): the progress note against raw reportlab, same tables.

    .venv/bin/python tests/reports/benchmark.py make /tmp/b50k.g4b 50000   # strategy + N commitments
    .venv/bin/python tests/reports/benchmark.py run /tmp/b50k.g4b 2          # best of 2 runs each

Raw reportlab: per objective, the worksite table and the list of commitments (titles in Paragraphs,
repeatRows=1), one SimpleDocTemplate build. The note: the whole-strategy progress note (cover,
contents, every section). The summit is closed after the commitments are added, so "changes since
the summit" stays short and both documents hold the same big tables.
"""

from __future__ import annotations

import io
import random
import sys
import time
import uuid

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from g4b_desktop.db import summits
from g4b_desktop.db.store import Store, now_iso
from g4b_desktop.db.strategy import load_strategy
from g4b_desktop.reports import base
from g4b_desktop.reports.progress_note import render_progress_note

STATUSES = ["not_started", "in_progress", "realised", "postponed", "abandoned"]


def make(path: str, count: int) -> None:
    store = Store.create(path, author="benchmark")
    load_strategy(store)
    summit_id, _ = summits.create(store, 2025, "2025-03-10")
    worksites = store.rows("SELECT id, code FROM worksite ORDER BY position, code")
    summits.set_priorities(store, summit_id, [w["id"] for w in worksites[::5]])
    rng, at, rows = random.Random(1), now_iso(), []
    for i in range(count):
        w = worksites[i % len(worksites)]
        rows.append((str(uuid.uuid4()), f"{w['code']}-{i // len(worksites) + 1:03d}", w["id"],
                     f"Engagement {i} om de doelstellingen van beleidswerf {w['code']} te realiseren, met partners",
                     rng.choice(STATUSES), rng.randint(0, 100), "2027-12-31", i, at, at))
    with store.db.conn:  # bulk data for a benchmark: straight SQL, not one logged action
        store.db.conn.executemany(
            "INSERT INTO commitment (id, code, worksite_id, title, status, progress, due_date, position, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    summits.close(store, summit_id)
    store.close()


def raw(store: Store) -> None:
    base.register_fonts()
    cell = ParagraphStyle("cell", fontName=base.FONT, fontSize=8, leading=10)
    by_objective: dict[str, list] = {}
    for r in store.rows("SELECT w.objective_id, c.code, c.title, c.status, c.progress, c.due_date FROM commitment c "
                        "JOIN worksite w ON w.id = c.worksite_id JOIN objective o ON o.id = w.objective_id "
                        "ORDER BY o.position, w.position, c.position"):
        by_objective.setdefault(r["objective_id"], []).append(r)
    worksites: dict[str, list] = {}
    for r in store.rows("SELECT w.objective_id, w.code, w.title, count(c.id) AS n FROM worksite w "
                        "LEFT JOIN commitment c ON c.worksite_id = w.id GROUP BY w.id ORDER BY w.position"):
        worksites.setdefault(r["objective_id"], []).append(r)
    width = A4[0] - 40 * mm
    story = []
    for objective_id, items in by_objective.items():
        story.append(Table([["Code", "Worksite", "Total"]] + [
            [r["code"], Paragraph(r["title"], cell), r["n"]] for r in worksites[objective_id]],
            colWidths=[width * 0.1, width * 0.75, width * 0.15], repeatRows=1))
        story.append(Table([["Code", "Commitment", "Status", "Progress", "Due"]] + [
            [r["code"], Paragraph(r["title"], cell), r["status"], f"{r['progress']}%", r["due_date"]] for r in items],
            colWidths=[width * w for w in (0.12, 0.52, 0.14, 0.1, 0.12)], repeatRows=1,
            style=[("FONT", (0, 0), (-1, -1), base.FONT, 8, 10), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(story)


def run(path: str, runs: int) -> None:
    store = Store.open(path, readonly=True)
    t_raw = t_note = float("inf")
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        raw(store)
        t_raw = min(t_raw, time.perf_counter() - start)
        start = time.perf_counter()
        pages = render_progress_note(store, io.BytesIO(), lang="nl")
        t_note = min(t_note, time.perf_counter() - start)
    count = store.scalar("SELECT count(*) FROM commitment")
    print(f"commitments={count} pages={pages} raw={t_raw:.1f}s note={t_note:.1f}s ratio={t_note / t_raw:.2f}")


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]))
    else:
        run(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
