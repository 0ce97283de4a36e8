"""Schema step 0014 (issue 9): the commitments view's text filter read from a trigram index.

The view's filter finds a word anywhere in a commitment's code, title, description or notes (as
`LIKE '%word%'` did, so "garantie" finds "Jongerengarantie"), or in its lead organisation's name.
Scanning 50,000 commitments with LIKE took 200-500 ms per keystroke. `commitment_text` is an FTS5
table with the trigram tokenizer (SQLite 3.34+), which answers "contains this text" for words of
three characters or more from its index; `commitment_text_key` finds a commitment's entry by rowid, so
triggers never scan the index (as `search_key` does for the search box, step 0007).
"""

from __future__ import annotations

from .sqlscript import run_script
from .steps import migrations

COLUMNS = ("code", "title", "description", "notes")
NEXT_ENTRY = "(SELECT coalesce((SELECT rowid FROM commitment_text ORDER BY rowid DESC LIMIT 1), 0) + 1)"


def insert_entry() -> str:
    values = ", ".join(f"coalesce(new.{c}, '')" for c in COLUMNS)
    return (
        f"INSERT INTO commitment_text_key(record_id, entry) VALUES (new.id, {NEXT_ENTRY}); "
        f"INSERT INTO commitment_text(rowid, record_id, {', '.join(COLUMNS)}) VALUES ("
        f"(SELECT entry FROM commitment_text_key WHERE record_id = new.id), new.id, {values});"
    )


def delete_entry() -> str:
    return (
        "DELETE FROM commitment_text WHERE rowid = "
        "(SELECT entry FROM commitment_text_key WHERE record_id = old.id); "
        "DELETE FROM commitment_text_key WHERE record_id = old.id;"
    )


@migrations(name="0014_commitment_text")
def commitment_text(db) -> None:
    run_script(db, f"""
        CREATE VIRTUAL TABLE commitment_text USING fts5(
            record_id UNINDEXED, {', '.join(COLUMNS)}, tokenize = 'trigram'
        );
        -- no foreign key: a cascade would remove the key before the delete trigger reads it
        CREATE TABLE commitment_text_key (
            record_id TEXT PRIMARY KEY,
            entry INTEGER NOT NULL UNIQUE
        );
        CREATE TRIGGER commitment_text_ai AFTER INSERT ON commitment BEGIN {insert_entry()} END;
        CREATE TRIGGER commitment_text_ad AFTER DELETE ON commitment BEGIN {delete_entry()} END;
        CREATE TRIGGER commitment_text_au AFTER UPDATE OF {', '.join(COLUMNS)} ON commitment
        BEGIN {delete_entry()} {insert_entry()} END;
        INSERT INTO commitment_text_key(record_id, entry) SELECT id, row_number() OVER (ORDER BY rowid) FROM commitment;
        INSERT INTO commitment_text(rowid, record_id, {', '.join(COLUMNS)})
            SELECT k.entry, c.id, {', '.join(f"coalesce(c.{col}, '')" for col in COLUMNS)}
            FROM commitment c JOIN commitment_text_key k ON k.record_id = c.id;
    """)
