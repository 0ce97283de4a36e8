"""Read-only questions about a database that several features ask."""

from __future__ import annotations

import json

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


def search(store: Store, text: str, limit: int = 50) -> list[dict]:
    """Full-text search; every word must match as a prefix ("jonger garan" finds Jongerengarantie)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return []
    query = " ".join(f'"{w}"*' for w in words)
    return store.rows(
        "SELECT table_name, record_id, code, title, "
        "snippet(search_index, 4, '[', ']', '…', 12) AS snippet "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?", [query, limit])


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
