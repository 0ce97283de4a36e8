"""The text indexes of a batch of changed records, written set by set (issue 19, step 0050).

The commitments' search entry and trigram entry are kept by triggers; their update triggers stay
silent while `bulk_write` names the table. `Action.update_many` stages a batch's ids in a temporary
table, writes the records with one statement with those triggers silent, then calls `write` here:
one statement per index removes the batch's old entries (in rowid order) and one adds the new ones
after the last entry, as the triggers do; tests/db/test_bulk_text_indexes.py holds them to the
entries the triggers write. FTS5 then writes its pending terms twice per batch instead of once per row.
"""

from __future__ import annotations

from .schema import commitment_text_index as schema_commitment_text
from .schema import search_keys_and_indexes as schema_performance
from .schema.strategy_texts import SEARCH

# table -> the columns whose change rewrites its entries; tables not here keep their triggers always
TABLES = {
    "commitment": {
        "search": frozenset(schema_performance.indexed_columns(", ".join(SEARCH["commitment"]))),
        "trigram": frozenset(schema_commitment_text.COLUMNS),
    },
}


def silenced(table: str, fields) -> list[str]:
    """The text indexes of `table` a bulk update of `fields` must write itself (empty: none)."""
    found = TABLES.get(table, {})
    return [name for name, columns in found.items() if columns.intersection(fields)]


def write(conn, table: str, indexes: list[str], staging: str, column: str) -> None:
    """Write again the entries of the records whose ids are in `column` of the temporary table
    `staging`: their entries are removed and the new ones come after the last entry, numbered in the
    staging table's rowid order (the batch's order), as the update triggers do."""
    ids = f"SELECT {column} FROM {staging}"
    numbered = f"SELECT {column} AS id, row_number() OVER (ORDER BY rowid) AS n FROM {staging}"
    for name in indexes:
        if name == "search":
            _search(conn, table, ids, numbered)
        else:
            _trigram(conn, ids, numbered)


def _search(conn, table: str, ids: str, numbered: str) -> None:
    code, title, body = SEARCH[table]
    conn.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT entry FROM search_key "
                 f"WHERE table_name = ? AND record_id IN ({ids}))", [table])
    conn.execute(f"DELETE FROM search_key WHERE table_name = ? AND record_id IN ({ids})", [table])
    conn.execute(f"INSERT INTO search_key(entry, table_name, record_id) "
                 f"SELECT {schema_performance.NEXT_ROWID} - 1 + n, ?, id FROM ({numbered}) ORDER BY n", [table])
    conn.execute(f"INSERT INTO search_index(rowid, table_name, record_id, code, title, body) "
                 f"SELECT k.entry, ?, new.id, {code}, {title}, {body} FROM search_key k "
                 f'JOIN "{table}" AS new ON new.id = k.record_id '
                 f"WHERE k.table_name = ? AND k.record_id IN ({ids}) ORDER BY k.entry", [table, table])


def _trigram(conn, ids: str, numbered: str) -> None:
    columns = schema_commitment_text.COLUMNS
    conn.execute(f"DELETE FROM commitment_text WHERE rowid IN (SELECT entry FROM commitment_text_key "
                 f"WHERE record_id IN ({ids}))")
    conn.execute(f"DELETE FROM commitment_text_key WHERE record_id IN ({ids})")
    conn.execute(f"INSERT INTO commitment_text_key(record_id, entry) "
                 f"SELECT id, {schema_commitment_text.NEXT_ENTRY} - 1 + n FROM ({numbered}) ORDER BY n")
    values = ", ".join(f"coalesce(new.{c}, '')" for c in columns)
    conn.execute(f"INSERT INTO commitment_text(rowid, record_id, {', '.join(columns)}) "
                 f"SELECT k.entry, new.id, {values} FROM commitment_text_key k "
                 f"JOIN commitment AS new ON new.id = k.record_id "
                 f"WHERE k.record_id IN ({ids}) ORDER BY k.entry")
