"""Consolidation writes new commitments in batches (#19): two committees' workbooks whose commitment
codes collide still give every commitment its own code under its worksite, the same records and merge
bases as before, and each file is undone whole."""

from __future__ import annotations

import shutil

from g4b_desktop import demo
from g4b_desktop.db.history import revert_change_set
from g4b_desktop.db.store import Store
from g4b_desktop.exchange.consolidate import consolidate_file
from g4b_desktop.exchange.workbook_export import export_workbook


def committee_workbook(tmp_path, strategy_template, seed: int):
    path = tmp_path / f"committee-{seed}.g4b"
    shutil.copyfile(strategy_template, path)
    with Store.open(path, author=f"committee {seed}") as store:
        store.db.execute("UPDATE meta SET value = ? WHERE key = 'database_id'", [f"committee-{seed}"])
        demo.generate(store, 40, seed=seed)
        target = tmp_path / f"committee-{seed}.xlsx"
        export_workbook(store, target)
        titles = sorted((r["code"], r["title"]) for r in store.rows("SELECT code, title FROM commitment"))
    return target, titles


def test_colliding_codes_get_the_next_free_code_of_their_worksite(store, tmp_path, strategy_template):
    first, first_titles = committee_workbook(tmp_path, strategy_template, 3)
    second, second_titles = committee_workbook(tmp_path, strategy_template, 4)
    assert {c for c, _ in first_titles} & {c for c, _ in second_titles}   # the same codes in both
    reports = [consolidate_file(store, path) for path in (first, second)]
    rows = store.rows("SELECT c.code, c.title, w.code AS worksite FROM commitment c "
                      "JOIN worksite w ON w.id = c.worksite_id")
    assert len(rows) == 80 and len({r["code"] for r in rows}) == 80
    assert all(r["code"].startswith(r["worksite"] + "-") for r in rows)
    assert sorted(r["title"] for r in rows) == sorted(t for _, t in first_titles + second_titles)
    # the first file's codes are kept as they were
    assert {(r["code"], r["title"]) for r in rows} >= set(first_titles)
    assert store.scalar("SELECT count(*) FROM merge_base WHERE table_name = 'commitment'") == 80
    assert store.scalar("SELECT count(*) FROM commitment_text") == 80   # the trigram index followed
    # consolidating the first again: nothing new, nothing changed
    again = consolidate_file(store, first)
    assert not again.added and not again.updated and store.scalar("SELECT count(*) FROM commitment") == 80
    for report in reversed(reports):
        revert_change_set(store, report.change_set_id)
    assert store.scalar("SELECT count(*) FROM commitment") == 0
