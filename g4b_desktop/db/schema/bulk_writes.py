"""Schema step 0050 (issue 19): an import's changed commitments reach the text indexes in one go.

The commitments' search entry (step 0002/0007/0041) and trigram entry (step 0014) are kept by
triggers. A batch of new commitments written by one statement (`Action.insert_many`) lets FTS5 write
its pending terms once, at the end of the statement. A batch of changed ones did not: each row's
update trigger removes the old entry (a low rowid) and adds the new one after the last, and FTS5
writes its pending terms out whenever a rowid is not above the last one, so every changed commitment
wrote a segment of its own (2,000 changed commitments at 50,000: 0.7 s of CPU, against 0.2 s set by
set). The update triggers now stay silent while `bulk_write` names the table: `Action.update_many`
puts the name there for the one statement writing a batch, then removes the batch's entries in
rowid order and adds the new ones, one statement per index (`db/text_indexes.py`), in the same
transaction. `bulk_write` is empty outside such a statement (it is written and emptied inside the
action's transaction, so a crash or an error leaves it empty). Ordinary edits, inserts, deletes,
restores and undo go through the triggers as before. (Writing new commitments' entries set by set
too was tried: reading the rows back cost more than the insert triggers, 0.38 s against 0.17 s.)

The step also drops three indexes that a longer one starting with the same column already serves
(every new commitment wrote 19 index entries): commitment_worksite (worksite_id: the counts,
position and sort-by-worksite indexes start with it, and serve the foreign key), commitment_status
(status: the status sort index and commitment_open_due), commitment_due (due_date: the due-date sort
index).

And change_log_record leaves out the field entries of inserts (`history.record_history` reads them by
`seq` after the insert's own entry, which the index holds): 72,000 of an import's 76,000 change-log
entries went to random places of that million-entry index (0.55 of 0.84 s of CPU writing the log).
"""

from __future__ import annotations

from . import commitment_text_index as schema_commitment_text
from . import search_keys_and_indexes as schema_performance
from .strategy_texts import SEARCH
from .sqlscript import run_script
from .steps import migrations

SILENT = "WHEN NOT EXISTS (SELECT 1 FROM bulk_write WHERE table_name = '{table}')"


def search_triggers(table: str) -> str:
    """The search index's update trigger of `table`, silent during a bulk write."""
    values = ", ".join(SEARCH[table])
    columns = ", ".join(schema_performance.indexed_columns(values))
    when = SILENT.format(table=table)
    insert, delete = schema_performance.insert_entry(table, values), schema_performance.delete_entry(table)
    return f"""
    DROP TRIGGER search_{table}_au;
    CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} {when}
    BEGIN {delete} {insert} END;
    """


def trigram_triggers() -> str:
    """The commitments' trigram index's update trigger, silent during a bulk write."""
    when = SILENT.format(table="commitment")
    insert, delete = schema_commitment_text.insert_entry(), schema_commitment_text.delete_entry()
    return f"""
    DROP TRIGGER commitment_text_au;
    CREATE TRIGGER commitment_text_au AFTER UPDATE OF {', '.join(schema_commitment_text.COLUMNS)} ON commitment
    {when} BEGIN {delete} {insert} END;
    """


@migrations(name="0050_bulk_writes")
def bulk_writes(db) -> None:
    run_script(db, f"""
        -- names the table a bulk write is writing, for the length of one statement (see above)
        CREATE TABLE bulk_write (table_name TEXT PRIMARY KEY) WITHOUT ROWID;
        DROP INDEX commitment_worksite;
        DROP INDEX commitment_status;
        DROP INDEX commitment_due;
        DROP INDEX change_log_record;
        CREATE INDEX change_log_record ON change_log(table_name, record_id) WHERE field IS NULL OR op <> 'insert';
        {search_triggers("commitment")}
        {trigram_triggers()}
    """)
