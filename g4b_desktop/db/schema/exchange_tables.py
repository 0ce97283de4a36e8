"""Tables of the Excel exchange (migration 0005).

`import_mapping`: the column mapping a user confirmed for one shape of partner file (the kind of
import and its normalised headers), offered again for the next file of the same shape.

`merge_base`: for consolidation, per source database and record, the field values at the moment
the two sides last matched (the last consolidation of that source's workbook). A record changed
on both sides since then is a conflict; changed on one side only, it merges.
"""

from __future__ import annotations

from .steps import STAMPS, migrations
from .sqlscript import run_script


@migrations(name="0005_exchange")
def exchange(db) -> None:
    run_script(
        db,
        f"""
        CREATE TABLE import_mapping (
            id TEXT PRIMARY KEY,
            shape TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            headers TEXT NOT NULL,
            mapping TEXT NOT NULL,
            {STAMPS}
        );
        CREATE TABLE merge_base (
            id TEXT PRIMARY KEY,
            source_database_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            fields TEXT NOT NULL,
            {STAMPS},
            UNIQUE (source_database_id, table_name, record_id)
        );
        """,
    )
