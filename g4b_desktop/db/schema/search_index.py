"""Full-text search (SQLite FTS5) over titles, descriptions, notes and organisations.

Kept up to date by triggers, so every write path (edits, imports, restores) is indexed.
Accents are folded (`remove_diacritics 2`): "etat" finds "État".
"""

from __future__ import annotations

from .steps import migrations
from .sqlscript import run_script

# table -> (code expression, title expression, body expression)
INDEXED = {
    "objective": ("new.code", "new.title", "coalesce(new.general_objectives, '')"),
    "worksite": ("new.code", "new.title",
                 "coalesce(new.description, '') || ' ' || coalesce(new.steering_bodies, '')"),
    "commitment": ("new.code", "new.title",
                   "coalesce(new.description, '') || ' ' || coalesce(new.notes, '')"),
    "organisation": ("coalesce(new.short_name, '')", "new.name", "coalesce(new.notes, '')"),
    "person": ("''", "new.full_name",
               "coalesce(new.function, '') || ' ' || coalesce(new.email, '') || ' ' || coalesce(new.notes, '')"),
}


def search_triggers(table: str, code: str, title: str, body: str) -> str:
    insert = (
        f"INSERT INTO search_index(table_name, record_id, code, title, body) "
        f"VALUES ('{table}', new.id, {code}, {title}, {body});"
    )
    delete = f"DELETE FROM search_index WHERE table_name = '{table}' AND record_id = old.id;"
    return f"""
    CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END;
    CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END;
    CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END;
    """


@migrations(name="0002_search_index")
def search_index(db) -> None:
    script = """
    CREATE VIRTUAL TABLE search_index USING fts5(
        table_name UNINDEXED, record_id UNINDEXED, code, title, body,
        tokenize = "unicode61 remove_diacritics 2"
    );
    """
    for table, (code, title, body) in INDEXED.items():
        script += search_triggers(table, code, title, body)
        old_row = (
            f"INSERT INTO search_index(table_name, record_id, code, title, body) "
            f"SELECT '{table}', new.id, {code}, {title}, {body} FROM {table} AS new;"
        )
        script += old_row + "\n"
    run_script(db, script)
