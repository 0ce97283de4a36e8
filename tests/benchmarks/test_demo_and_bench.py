"""`g4b demo` (deterministic synthetic data), the search-index performance step, and `benchmarks/run.py --quick`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from g4b_desktop import demo
from g4b_desktop.db import commitments, history, queries
from g4b_desktop.db.store import Store

REPO = Path(__file__).resolve().parents[2]
FILLED = ("commitment", "organisation", "person", "membership", "indicator", "indicator_value",
          "change_set", "change_log")


def dump(store: Store) -> dict[str, list[tuple]]:
    tables = list(FILLED)
    if store.table_exists("meeting"):
        tables += ["meeting", "attendance", "agenda_item", "outcome", "meeting_action", "agenda_item_action"]
    return {t: [tuple(r) for r in store.db.execute(f'SELECT * FROM "{t}" ORDER BY 1')] for t in tables}


def test_same_seed_same_data_other_seed_other_data(tmp_path, strategy_template):
    import shutil

    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        path = tmp_path / f"{name}.g4b"
        shutil.copyfile(strategy_template, path)
        with Store.open(path, author="demo") as store:
            demo.generate(store, 60, seed=seed)
            dumps.append(dump(store))
    assert dumps[0] == dumps[1]
    assert dumps[0]["commitment"] != dumps[2]["commitment"]


def test_counts_statuses_and_history_at_small_n(store):
    before = queries.counts(store)
    added = demo.generate(store, 250, seed=1)
    after = queries.counts(store)
    assert after["commitment"] == 250 == added["commitment"]
    assert after["organisation"] - before["organisation"] == added["organisation"] == 10
    assert after["person"] == added["person"] == 20
    # the big worksite holds min(500, N/5); every worksite code prefixes its commitments' codes
    biggest = store.rows("SELECT w.code, count(*) AS n FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                         "GROUP BY w.id ORDER BY n DESC LIMIT 1")[0]
    assert biggest == {"code": demo.BIG_WORKSITE, "n": 50}
    assert store.scalar("SELECT count(*) FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                        "WHERE c.code NOT LIKE w.code || '-%'") == 0
    statuses = dict(store.db.execute("SELECT status, count(*) FROM commitment GROUP BY status").fetchall())
    assert set(statuses) <= {"realised", "in_progress", "not_started", "postponed", "abandoned"}
    assert statuses["realised"] > statuses["abandoned"]
    assert store.scalar("SELECT count(*) FROM commitment WHERE status = 'realised' AND progress <> 100") == 0
    langs = store.scalar("SELECT count(*) FROM commitment WHERE title LIKE 'Lancer%' OR title LIKE 'Élaborer%' "
                         "OR title LIKE 'Évaluer%'")
    assert 0 < langs < 250  # Dutch and French titles
    # a real change log: inserts with every field, then status reviews dated later, all through actions
    cid = store.scalar("SELECT record_id FROM change_log WHERE table_name = 'commitment' AND op = 'update' "
                       "AND field = 'status' LIMIT 1")
    trail = history.record_history(store, "commitment", cid)
    assert [e["op"] for e in trail][-1] == "insert" and trail[0]["op"] == "update"
    assert trail[0]["at"] > trail[-1]["at"]
    assert store.scalar("SELECT count(*) FROM change_set WHERE source = 'g4b demo'") >= 4
    if store.table_exists("meeting"):
        assert added["meeting"] == store.scalar("SELECT count(*) FROM meeting") == 25
        assert store.scalar("SELECT count(*) FROM agenda_item") >= 75
        assert store.scalar("SELECT count(*) FROM meeting WHERE state = 'approved'") > 0
        assert store.scalar("SELECT count(*) FROM outcome WHERE kind = 'decision'") > 0
        assert store.scalar("SELECT count(*) FROM meeting_action") > 0
    assert store.scalar("SELECT count(*) FROM indicator_value WHERE target IS NOT NULL") >= 15


def test_search_index_follows_edits_by_rowid(store):
    demo.generate(store, 30, seed=2)
    assert store.scalar("SELECT count(*) FROM search_key") == store.scalar("SELECT count(*) FROM search_index")
    row = store.rows("SELECT id, code FROM commitment ORDER BY code LIMIT 1")[0]
    entry = store.scalar("SELECT rowid FROM search_index WHERE record_id = ?", [row["id"]])
    commitments.update(store, row["id"], {"status": "postponed"})  # not an indexed column: entry untouched
    assert store.scalar("SELECT rowid FROM search_index WHERE record_id = ?", [row["id"]]) == entry
    commitments.update(store, row["id"], {"title": "Kwartsglasvezel proefproject"})
    assert [h["record_id"] for h in queries.search(store, "kwartsglas")] == [row["id"]]
    changes = commitments.delete(store, row["id"])
    assert queries.search(store, "kwartsglas") == []
    trash_id = store.scalar("SELECT id FROM trash WHERE change_set_id = ?", [changes.change_set_id])
    history.restore(store, trash_id)
    assert [h["record_id"] for h in queries.search(store, "kwartsglas")] == [row["id"]]
    assert store.scalar("SELECT count(*) FROM search_key") == store.scalar("SELECT count(*) FROM search_index")
    triggers = [sql for (sql,) in store.db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")]
    assert triggers and not [t for t in triggers if "DELETE FROM search_index WHERE table_name" in t]


def test_next_code_reads_only_the_worksites_codes(store):
    worksites = {r["code"]: r["id"] for r in store.rows("SELECT id, code FROM worksite")}
    first, _ = commitments.add(store, worksites["1.1.1"], "Eerste")
    assert store.get("commitment", first)["code"] == "1.1.1-01"
    commitments.add(store, worksites["1.1.1"], "Tweede")
    if "1.1.10" in worksites:
        commitments.add(store, worksites["1.1.10"], "Elders")
    assert commitments.next_code(store, worksites["1.1.1"]) == "1.1.1-03"


def g4b(*args, env=None):
    return subprocess.run([sys.executable, "-m", "g4b_desktop", *args], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, **(env or {})}, timeout=300)


def test_g4b_demo_command_creates_then_refuses_a_second_fill(tmp_path):
    path = tmp_path / "demo.g4b"
    made = g4b("demo", "--db", str(path), "--commitments", "40", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "40 commitments" in made.stdout
    info = g4b("info", "--db", str(path))
    assert "commitments: 40" in info.stdout
    again = g4b("demo", "--db", str(path), "--commitments", "40")
    assert again.returncode == 1
    assert "holds 40 commitments already" in again.stderr and "Traceback" not in again.stderr


def test_bench_runs_quick(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G4B_BENCH_CACHE": str(tmp_path / "cache")}
    out = tmp_path / "latest.txt"
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
                            capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    for measure in ("start-up", "open an objective page", "open a worksite", "search as you type",
                    "change a filter", "sort by a column", "one edit", "Excel export", "partner spreadsheet",
                    "PDF note", "peak memory"):
        line = next((line for line in text.splitlines() if measure in line), None)
        assert line is not None, f"no line for {measure}:\n{text}"
        assert "not measured:" in line or re.search(r"\d+(\.\d+)? (ms|MB)", line), line
    # the long jobs of #19: the apply against its target, consolidation against the raw read, a stall line
    # per job with its verdict
    assert re.search(r"then apply .*: \d+ ms .*\[(target met|TARGET MISSED)\]", text), text
    assert re.search(r"consolidation of 3 committee workbooks .*: \d+\.\d s; raw .* ratio \d", text), text
    stalls = [line for line in text.splitlines() if "longest gap" in line]
    assert len(stalls) == 8 and all(re.search(r"longest gap \d+ ms", line) for line in stalls), text


def test_import_numbers_new_commitments_of_one_worksite_in_order(store, tmp_path):
    """The import counts codes and positions per worksite itself (one look-up per worksite)."""
    import openpyxl

    from g4b_desktop.exchange import partner_import

    worksite = queries.worksite_by_code(store, "1.1.1")["id"]
    commitments.add(store, worksite, "Bestaand engagement")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)"])
    for title in ("Eerste nieuwe", "Tweede nieuwe", "Derde nieuwe"):
        sheet.append(["1.1.1", title, "In uitvoering", 10])
    sheet.append(["1.1.2", "Elders nieuw", "Niet gestart", 0])
    path = tmp_path / "partner.xlsx"
    book.save(path)
    partner_import.apply(store, partner_import.load(store, path))
    rows = store.rows("SELECT c.code, c.title, c.position FROM commitment c JOIN worksite w ON w.id = c.worksite_id "
                      "WHERE w.code IN ('1.1.1', '1.1.2') ORDER BY c.code")
    assert [(r["code"], r["title"]) for r in rows] == [
        ("1.1.1-01", "Bestaand engagement"), ("1.1.1-02", "Eerste nieuwe"), ("1.1.1-03", "Tweede nieuwe"),
        ("1.1.1-04", "Derde nieuwe"), ("1.1.2-01", "Elders nieuw")]
    assert [r["position"] for r in rows[:4]] == [0, 1, 2, 3]
