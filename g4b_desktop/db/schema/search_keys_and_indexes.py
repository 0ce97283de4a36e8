"""Performance step: the search index is kept up to date without scanning it.

The triggers of `0002_search_index` removed a record's entry with
`DELETE FROM search_index WHERE table_name = ... AND record_id = ...`; FTS5 cannot index those
UNINDEXED columns, so every update or delete of an indexed record scanned the whole index
(2.5 ms at 3,000 commitments, about 40 ms at 50,000: one status change, or every row of an
import, paid it). This step adds `search_key` (table, record) -> the FTS rowid, and rewrites every
search trigger to find the entry by rowid; update triggers fire only when an indexed column
changes (a status change no longer touches the index at all).
"""

from __future__ import annotations

import re

from .steps import migrations
from .sqlscript import run_script

_INSERT = re.compile(
    r"INSERT INTO search_index\s*\(table_name, record_id, code, title, body\)\s*"
    r"VALUES\s*\('(?P<table>\w+)', new\.id, (?P<values>.*?)\);\s*END$", re.S)
_DELETE = re.compile(r"DELETE FROM search_index WHERE table_name = '(?P<table>\w+)' AND record_id = old\.id;")
_NAME = re.compile(r"^search_(?P<table>\w+)_(?P<kind>ai|ad|au)$")

NEXT_ROWID = "(SELECT coalesce((SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1), 0) + 1)"


def insert_entry(table: str, values: str) -> str:
    return (
        f"INSERT INTO search_key(entry, table_name, record_id) VALUES ({NEXT_ROWID}, '{table}', new.id); "
        f"INSERT INTO search_index(rowid, table_name, record_id, code, title, body) VALUES ("
        f"(SELECT entry FROM search_key WHERE table_name = '{table}' AND record_id = new.id), "
        f"'{table}', new.id, {values});"
    )


def delete_entry(table: str) -> str:
    return (
        f"DELETE FROM search_index WHERE rowid = "
        f"(SELECT entry FROM search_key WHERE table_name = '{table}' AND record_id = old.id); "
        f"DELETE FROM search_key WHERE table_name = '{table}' AND record_id = old.id;"
    )


def indexed_columns(values: str) -> list[str]:
    """The columns a search entry's value expressions read (and the id): an update of one of them
    rewrites the entry."""
    return sorted(set(re.findall(r"new\.(\w+)", values)) | {"id"})


def keyed_triggers(table: str, values: str) -> str:
    """The three triggers of one indexed table, finding entries by rowid (used by this step)."""
    columns = indexed_columns(values)
    return f"""
    CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert_entry(table, values)} END;
    CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete_entry(table)} END;
    CREATE TRIGGER search_{table}_au AFTER UPDATE OF {", ".join(columns)} ON {table}
    BEGIN {delete_entry(table)} {insert_entry(table, values)} END;
    """


def rewrite_search_triggers(db) -> list[str]:
    """Rewrite every search trigger set written in the 0002 style; returns the tables converted."""
    triggers = {name: sql for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'")}
    by_table: dict[str, dict[str, str]] = {}
    for name, sql in triggers.items():
        match = _NAME.match(name)
        if match:
            by_table.setdefault(match["table"], {})[match["kind"]] = sql
    converted = []
    for table, kinds in sorted(by_table.items()):
        if set(kinds) != {"ai", "ad", "au"}:
            continue
        insert = _INSERT.search(kinds["ai"])
        if not insert or insert["table"] != table or not _DELETE.search(kinds["ad"]):
            continue  # a trigger of another shape: left as it is
        script = "".join(f"DROP TRIGGER search_{table}_{kind};\n" for kind in ("ai", "ad", "au"))
        script += keyed_triggers(table, insert["values"])
        run_script(db, script)
        db.execute("INSERT INTO search_key(entry, table_name, record_id) "
                   "SELECT rowid, table_name, record_id FROM search_index WHERE table_name = ?", [table])
        converted.append(table)
    return converted


@migrations(name="0007_performance")
def performance(db) -> None:
    run_script(db, """
    CREATE TABLE search_key (
        entry INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        UNIQUE (table_name, record_id)
    );
    """)
    rewrite_search_triggers(db)


@migrations(name="0008_performance_indexes")
def performance_indexes(db) -> None:
    """Indexes for the questions the window asks on every start and every edit.

    - commitment(worksite_id, status, progress, id): the status counts per objective and worksite
      (strategy tree, home, objective pages, progress note) read this index only instead of every
      commitment row (345 -> 40 ms at 50,000 commitments).
    - commitment(worksite_id, position): the next position in a worksite (every added or imported
      commitment) without reading the worksite's rows.
    """
    run_script(db, """
    CREATE INDEX commitment_worksite_counts ON commitment(worksite_id, status, progress, id);
    CREATE INDEX commitment_worksite_position ON commitment(worksite_id, position);
    """)


# the commitment list's sortable columns (db.browse.SORTABLE), each followed by the code as tie-break
SORT_INDEXES = {
    "code": "code, id",
    "title": "title COLLATE NOCASE, code, id",
    "status": "status, code, id",
    "progress": "progress, code, id",
    "health": "health, code, id",
    "due": "due_date, code, id",
    "notes": "notes COLLATE NOCASE, code, id",
}


@migrations(name="0009_commitment_sort_indexes")
def commitment_sort_indexes(db) -> None:
    """Covering indexes in the orders the commitment list sorts by (column, then code; with the id).

    Sorting 50,000 commitment ids by title took 220 ms (SQLite sorted every row) and 60 ms with the
    index (read in order); the first page of a sorted or status-filtered list reads 200 entries
    instead of 50,000.
    """
    run_script(db, "".join(f"CREATE INDEX commitment_sort_{name} ON commitment({columns});\n"
                           for name, columns in SORT_INDEXES.items()))


@migrations(name="0011_commitment_worksite_order")
def commitment_worksite_order(db) -> None:
    """The commitment list sorted by worksite (then code): SQLite walks the worksites in code order and
    each one's commitments in this index, instead of sorting every row (99 -> 30 ms at 50,000)."""
    run_script(db, "CREATE INDEX commitment_sort_worksite ON commitment(worksite_id, code, id);")
