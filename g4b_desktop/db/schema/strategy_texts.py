"""Schema step 0041 (issue 15): the strategy's texts in French, and where every text comes from.

Adds a French column beside every Dutch strategy text (objectives, worksites, key figures,
organisations, ministers' titles, names as printed), `organisation.strategy_key` (the key of an
organisation of the embedded strategy, by which the texts name it), a commitment's optional title in
the other language (`title_alt`, `title_alt_lang`), and `text_origin` (see `strategy_texts`). The
search index takes the French texts too (French words find French titles). An existing file gets
the working translation here (its empty French columns are filled); a new file gets it when the
strategy is loaded.
"""

from __future__ import annotations

from .search_keys_and_indexes import keyed_triggers
from .sqlscript import run_script
from .steps import STAMPS, migrations

# table -> (code, title, body) of its search entry, both languages in one column
SEARCH = {
    "objective": ("new.code", "new.title || ' ' || coalesce(new.title_fr, '')",
                  "coalesce(new.general_objectives, '') || ' ' || coalesce(new.general_objectives_fr, '')"),
    "worksite": ("new.code", "new.title || ' ' || coalesce(new.title_fr, '')",
                 "coalesce(new.description, '') || ' ' || coalesce(new.description_fr, '') || ' ' || "
                 "coalesce(new.steering_bodies, '') || ' ' || coalesce(new.steering_bodies_fr, '')"),
    "commitment": ("new.code", "new.title || ' ' || coalesce(new.title_alt, '')",
                   "coalesce(new.description, '') || ' ' || coalesce(new.notes, '')"),
    "organisation": ("coalesce(new.short_name, '')", "new.name || ' ' || coalesce(new.name_fr, '')",
                     "coalesce(new.notes, '')"),
}


@migrations(name="0041_strategy_texts")
def strategy_texts(db) -> None:
    run_script(db, f"""
        ALTER TABLE objective ADD COLUMN title_fr TEXT;
        ALTER TABLE objective ADD COLUMN general_objectives_fr TEXT;
        ALTER TABLE objective ADD COLUMN status_2025_fr TEXT;
        ALTER TABLE objective ADD COLUMN priority_type_text_fr TEXT;
        ALTER TABLE worksite ADD COLUMN title_fr TEXT;
        ALTER TABLE worksite ADD COLUMN description_fr TEXT;
        ALTER TABLE worksite ADD COLUMN steering_bodies_fr TEXT;
        ALTER TABLE indicator ADD COLUMN title_fr TEXT;
        ALTER TABLE indicator ADD COLUMN unit_fr TEXT;
        ALTER TABLE indicator ADD COLUMN source_fr TEXT;
        ALTER TABLE organisation ADD COLUMN name_fr TEXT;
        ALTER TABLE organisation ADD COLUMN strategy_key TEXT;
        ALTER TABLE minister ADD COLUMN name_fr TEXT;
        ALTER TABLE membership ADD COLUMN name_as_printed_fr TEXT;
        ALTER TABLE commitment ADD COLUMN title_alt TEXT;
        ALTER TABLE commitment ADD COLUMN title_alt_lang TEXT
            CHECK (title_alt_lang IS NULL OR title_alt_lang IN ('nl', 'fr'));
        CREATE INDEX organisation_strategy_key ON organisation(strategy_key);

        CREATE TABLE text_origin (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            lang TEXT NOT NULL CHECK (lang IN ('nl', 'fr')),
            origin TEXT NOT NULL CHECK (origin IN ('document', 'working_translation', 'official', 'edited')),
            {STAMPS},
            UNIQUE (table_name, record_id, field, lang)
        );
    """)
    script = ""
    for table, (code, title, body) in SEARCH.items():
        script += "".join(f"DROP TRIGGER IF EXISTS search_{table}_{kind};\n" for kind in ("ai", "ad", "au"))
        script += keyed_triggers(table, f"{code}, {title}, {body}")
    run_script(db, script)

    from .. import strategy_texts
    from ..strategy_data import read_strategy

    if db.execute("SELECT count(*) FROM objective").fetchone()[0]:
        strategy_texts.fill_french(db, read_strategy(), strategy_texts.read_working_translation())
