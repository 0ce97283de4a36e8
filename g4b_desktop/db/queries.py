"""Read-only questions about a database that several features ask."""

from __future__ import annotations

import json
import re

from .store import Changes, Store

COUNTED = ("pillar", "objective", "worksite", "commitment", "organisation", "person",
           "membership", "minister", "indicator")


def counts(store: Store) -> dict[str, int]:
    return {table: store.scalar(f'SELECT count(*) FROM "{table}"') for table in COUNTED}


def objective_by_code(store: Store, code: str) -> dict | None:
    rows = store.rows("SELECT * FROM objective WHERE code = ?", [code])
    return rows[0] if rows else None


def worksite_by_code(store: Store, code: str) -> dict | None:
    rows = store.rows("SELECT * FROM worksite WHERE code = ?", [code])
    return rows[0] if rows else None


CODE = re.compile(r"^\s*(\d+(?:\.\d+)*(?:-\d+)?)\s*$")
# the search index's columns: table_name, record_id (not indexed), code, title, body
RANK = "bm25(search_index, 0.0, 0.0, 4.0, 3.0, 1.0)"  # a title word counts three times a body word


def search(store: Store, text: str, limit: int = 50, lang: str = "nl") -> list[dict]:
    """Full-text search in both languages, most relevant first (bm25, a title counts most); every word
    must match as a prefix ("jonger garan" finds Jongerengarantie), accents ignored ("economie" finds
    "économie"). A code typed as a code comes first: "2.1.4" the worksite, "1.2" the objective,
    "2.1.4-03" the commitment, then what the code starts. Titles are given in the reader's language."""
    hits: list[dict] = []
    code = CODE.match(text or "")
    if code:
        value = code.group(1)
        for table in ("objective", "worksite", "commitment"):
            hits += store.rows(f"SELECT '{table}' AS table_name, id AS record_id, code, '' AS snippet "
                               f"FROM {table} WHERE code = ?", [value])
        # a code a strategy revision renumbered finds the record that had it (#21)
        hits += store.rows("SELECT f.table_name, f.record_id, coalesce(o.code, w.code, c.code) AS code, "
                           "'' AS snippet FROM former_code f "
                           "LEFT JOIN objective o ON f.table_name = 'objective' AND o.id = f.record_id "
                           "LEFT JOIN worksite w ON f.table_name = 'worksite' AND w.id = f.record_id "
                           "LEFT JOIN commitment c ON f.table_name = 'commitment' AND c.id = f.record_id "
                           "WHERE f.code = ? ORDER BY f.created_at DESC", [value])
        for table, sep in (("worksite", "."), ("commitment", "-"), ("commitment", ".")):
            if len(hits) >= limit:
                break
            hits += store.rows(f"SELECT '{table}' AS table_name, id AS record_id, code, '' AS snippet "
                               f"FROM {table} WHERE code > ? AND code < ? ORDER BY code LIMIT ?",
                               [value + sep, value + chr(ord(sep) + 1), limit - len(hits)])
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if words and not code:
        query = " ".join(f'"{w}"*' for w in words)
        hits += store.rows(
            "SELECT table_name, record_id, code, "
            "snippet(search_index, 4, '[', ']', '…', 12) AS snippet "
            f"FROM search_index WHERE search_index MATCH ? ORDER BY {RANK} LIMIT ?", [query, limit])
    seen, unique = set(), []
    for hit in hits:
        if (hit["table_name"], hit["record_id"]) not in seen:
            seen.add((hit["table_name"], hit["record_id"]))
            unique.append(hit)
    unique = unique[:limit]
    _titles(store, unique, lang)
    return unique


def _titles(store: Store, hits: list[dict], lang: str) -> None:
    """Each hit's title (or name) in the reader's language, read from its record."""
    from .strategy_texts import column, commitment_title

    titles = {
        "objective": column("r", "objective", "title", lang),
        "worksite": column("r", "worksite", "title", lang),
        "commitment": commitment_title("r", lang),
        "organisation": column("r", "organisation", "name", lang),
        "person": "r.full_name",
    }
    by_table: dict[str, list[dict]] = {}
    for hit in hits:
        by_table.setdefault(hit["table_name"], []).append(hit)
    for table, found in by_table.items():
        expression = titles.get(table)
        if expression is None:
            continue
        ids = [hit["record_id"] for hit in found]
        names = {row[0]: row[1] for row in store.db.execute(
            f"SELECT r.id, {expression} FROM {table} r WHERE r.id IN ({', '.join('?' for _ in ids)})", ids)}
        for hit in found:
            hit["title"] = names.get(hit["record_id"], "")


# Above this many changed records a view refreshes everything (an import, an undone import): one full
# read is then cheaper than working out what each record touched.
TOUCHED_LIMIT = 200


def values_touched(store: Store, changes: Changes, table: str, column: str, limit: int = TOUCHED_LIMIT) -> set | None:
    """The values `column` held, before or after an action, in the records of `table` it changed.

    For example the worksites whose commitment figures an edit changed: a commitment's worksite now,
    the one it left (from the change log of the action) and the one of a deleted commitment (from the
    trash). None when the action changed more than `limit` records of `table` or it cannot be told
    (the caller then refreshes everything).
    """
    ids = changes.ids(table)
    if not ids:
        return set()
    if len(ids) > limit or not changes.change_set_id:
        return None
    marks = ", ".join("?" for _ in ids)
    found = {row[0] for row in store.db.execute(
        f'SELECT DISTINCT "{column}" FROM "{table}" WHERE id IN ({marks})', list(ids)).fetchall()}
    for old, new in store.db.execute(
            "SELECT old_value, new_value FROM change_log WHERE change_set_id = ? AND table_name = ? AND field = ?",
            [changes.change_set_id, table, column]).fetchall():
        found.update((old, new))
    deleted = set(changes.deleted.get(table, set()))
    if deleted:
        for (payload,) in store.db.execute("SELECT rows FROM trash WHERE change_set_id = ?",
                                           [changes.change_set_id]).fetchall():
            for row in json.loads(payload)["rows"]:
                values = row["values"]
                if row["table"] == table and values.get("id") in deleted:
                    found.add(values.get(column))
                    deleted.discard(values["id"])
        if deleted:  # a deletion that left nothing in the trash: say so rather than guess
            return None
    found.discard(None)
    return found
