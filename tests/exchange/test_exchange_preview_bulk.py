"""The preview reads what rows can match in bulk (#9): the same preview as row by row, few queries."""

from __future__ import annotations

import random

import openpyxl
import pytest

from g4b_desktop.db import commitments
from g4b_desktop.exchange import headers, partner_import
from g4b_desktop.texts import render

HEADER = ["Beleidswerf", "Code engagement", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"]


def write(path, rows) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Partner – opvolging engagementen"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


@pytest.fixture
def mixed(store, tmp_path):
    """Existing commitments (two whose titles are equal once normalised) and a file mixing new, updated,
    unchanged and erroneous rows."""
    worksite = store.rows("SELECT id, code FROM worksite ORDER BY code LIMIT 1")[0]
    other = store.rows("SELECT id, code FROM worksite ORDER BY code LIMIT 1 OFFSET 1")[0]
    with store.action("setup") as act:
        first = commitments.insert(act, worksite["id"], {"title": "Stages in bedrijven uitbreiden",
                                                         "status": "in_progress", "progress": 10})
        commitments.insert(act, worksite["id"], {"title": "stages in bedrijven – uitbreiden!", "progress": 20})
        same = commitments.insert(act, other["id"], {"title": "Évaluer le Small Business Act",
                                                     "status": "in_progress", "progress": 45,
                                                     "due_date": "2026-12-31"})
        coded = commitments.insert(act, other["id"], {"title": "Straße und Œuvre", "progress": 5})
    code = store.get("commitment", coded)["code"]
    w, o = worksite["code"], other["code"]
    rows = [
        [w, None, "STAGES IN BEDRIJVEN UITBREIDEN", "Gerealiseerd", 100, None, None],      # 4 updated (the first)
        [o, None, "Évaluer le Small Business Act", "En cours", 45, "31/12/2026", None],    # 5 unchanged
        [w, None, "Nieuw engagement één", "Niet gestart", 0, "30/06/2027", "Budget 2027"],  # 6 new
        [w, None, "nieuw engagement EEN", None, None, None, None],                         # 7 same as row 6
        ["9.9.9", None, "Onbekende werf", None, None, None, None],                         # 8 no worksite
        [o, None, "Foute vooruitgang", None, "veel", None, None],                          # 9 bad progress
        [None, code, None, "Uitgesteld", None, None, None],                                # 10 by code: updated
        [o, None, "Evaluer le small\x07 business act", None, 50, None, None],              # 11 control char
        [o, None, "STRASSE und œuvre", None, None, None, None],                            # 12 new (ß ≠ ss)
        [o, None, "straße UND Œuvre", "Gerealiseerd", None, None, None],                   # 13 updated
    ]
    path = tmp_path / "gemengd.csv"   # a CSV keeps the control character that openpyxl refuses to write
    path.write_text("\n".join(";".join("" if v is None else str(v) for v in row)
                              for row in [["Partner – opvolging"], [], HEADER, *rows]), encoding="utf-8")
    return path, first, same, coded


def described(result) -> list:
    return [(r.row, r.state, r.summary, [(c.table, c.record_id if c.kind == "updated" else None, c.kind, c.fields)
                                          for c in r.changes],
             [render(p.sentence("gemengd.csv"), "en") for p in r.problems], [render(n, "en") for n in r.notes])
            for r in result.rows]


def test_bulk_preview_is_the_row_by_row_preview(store, mixed, monkeypatch):
    path, first, same, coded = mixed
    loaded = partner_import.load(store, path)
    bulk = partner_import.preview(store, loaded)
    monkeypatch.setattr(partner_import.Planner, "prefetch_commitments", lambda self: None)
    one_by_one = partner_import.preview(store, partner_import.load(store, path))
    assert described(bulk) == described(one_by_one)

    states = {r.row: r.state for r in bulk.rows}
    assert states == {4: "updated", 5: "unchanged", 6: "new", 7: "error", 8: "error", 9: "error", 10: "updated",
                      11: "updated", 12: "new", 13: "updated"}
    by_row = {r.row: r for r in bulk.rows}
    assert by_row[4].changes[0].record_id == first          # the first of two equal titles
    assert by_row[11].changes[0].record_id == same and by_row[11].changes[0].fields["progress"] == (45, 50)
    assert by_row[10].changes[0].record_id == coded and by_row[13].changes[0].record_id == coded
    problems = bulk.problems()
    assert [render(p, "en") for p in problems] == [
        "gemengd.csv, row 7, column C (Engagement): the same commitment as row 6.",
        "gemengd.csv, row 8, column A (Beleidswerf): there is no worksite 9.9.9.",
        "gemengd.csv, row 9, column E (Vooruitgang (%)): 'veel' is not a percentage (write 45, 45 % or 0.45)."]
    assert [render(n, "en") for n in by_row[11].notes] == ["C (Engagement): control characters removed"]


def test_preview_reads_in_bulk_not_per_row(store, tmp_path):
    """A 300-row file costs a handful of queries, not some per row."""
    worksites = [r["code"] for r in store.rows("SELECT code FROM worksite ORDER BY code")]
    rng = random.Random(3)
    path = tmp_path / "groot.xlsx"
    write(path, [[rng.choice(worksites), None, f"Engagement {n}", "In uitvoering", 10, None, None]
                 for n in range(300)])
    loaded = partner_import.load(store, path)
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        result = partner_import.preview(store, loaded)
    finally:
        store.db.conn.set_trace_callback(None)
    assert result.count("new") == 300
    assert len(statements) < 15, statements


def test_apply_after_a_bulk_preview_writes_the_same_records(store, mixed):
    path, first, same, coded = mixed
    result, changes = partner_import.apply(store, partner_import.load(store, path))
    assert store.get("commitment", first)["status"] == "realised"
    assert store.get("commitment", coded)["status"] == "realised"
    assert store.get("commitment", same)["progress"] == 50
    assert len(changes.inserted["commitment"]) == 2
    again = partner_import.preview(store, partner_import.load(store, path))
    # row 5 now differs from what row 11 wrote, rows 7 and 10 from what rows 6 and 13 wrote
    assert {r.row: r.state for r in again.rows if r.state != "error"} == {
        4: "unchanged", 5: "updated", 6: "unchanged", 7: "updated", 10: "updated", 11: "unchanged",
        12: "unchanged", 13: "unchanged"}


@pytest.mark.parametrize("texts", [
    ["Évaluer le SBA", "ΟΔΟΣ ΣΑΣ", "ǅemal", "ﬁnance", "a\u0301b", "x_y-z", "", None, "  ", "İstanbul", "Straße",
     "Ⅻ ½ ²", "a\x00b", "Ø œuvre", "١٢٣", 12.5],
    ["plain", "ASCII only", "with-dashes_and_underscores"],
    ["Évaluer", "Réalisé à 100 %", "Über"],
    [],
])
def test_normalise_many_is_normalise_of_each(texts):
    assert headers.normalise_many(texts) == [headers.normalise(t) for t in texts]


def test_normalise_many_on_random_unicode():
    rng = random.Random(11)
    for _ in range(300):
        texts = ["".join(chr(rng.choice([rng.randrange(0, 128), rng.randrange(0xa0, 0x3000), 0x301, 0x3a3, 0xe9]))
                         for _ in range(rng.randrange(0, 9))) for _ in range(rng.randrange(1, 20))]
        assert headers.normalise_many(texts) == [headers.normalise(t) for t in texts], texts


def test_apply_restores_the_page_cache_size_even_when_refused(store, mixed, tmp_path):
    path, *_ = mixed
    before = store.scalar("PRAGMA cache_size")
    partner_import.apply(store, partner_import.load(store, path))
    assert store.scalar("PRAGMA cache_size") == before
    refused = tmp_path / "fout.csv"
    refused.write_text("Beleidswerf;Engagement\n9.9.9;Onbekend\n", encoding="utf-8")
    with pytest.raises(partner_import.ImportRefused):
        partner_import.apply(store, partner_import.load(store, refused))
    assert store.scalar("PRAGMA cache_size") == before
