"""Read-only questions about a database that several features ask."""

from __future__ import annotations

from .store import Store

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
