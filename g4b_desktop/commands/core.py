"""`g4b init`, `g4b info`, `g4b check`: the database itself."""

from __future__ import annotations

from .. import settings
from . import Commands, UsageError, create_database, database_path, open_store, rebuildable
from ..db import connection, queries
from ..db.backup import check_offering_backup
from ..texts import render, t


def init(args) -> int:
    path = database_path(args)
    if path.exists():
        connection.refuse_special(path)  # a folder, a device or a pipe is not replaced by a database
    replace = path.exists() and path.stat().st_size > 0
    if replace and not rebuildable(path):  # an empty or half-built file is built again; nothing else
        raise UsageError(t("{path}: the file exists already; it is not overwritten.", path=str(path)))
    with create_database(path, replace=replace) as store:
        count = queries.counts(store)
    print(f"Created {path}: {count['objective']} objectives, {count['worksite']} worksites.")
    return 0


def info(args) -> int:
    with open_store(args, readonly=True) as store:
        count = queries.counts(store)
        print(f"database: {store.path}")
        print(f"database id: {store.meta('database_id')}")
        print(f"schema version: {store.schema_version()}")
        if not connection.writable(store.path):  # reliability (#17): say so; reading works all the same
            print(render(t("read-only: the file or its folder cannot be written; it can be read, not changed."),
                         settings.language()))
        for table, label in (("pillar", "pillars"), ("objective", "objectives"), ("worksite", "worksites"),
                             ("commitment", "commitments"), ("organisation", "organisations"),
                             ("person", "contacts"), ("indicator", "indicators")):
            print(f"{label}: {count[table]}")
    return 0


def check(args) -> int:
    path = database_path(args)
    report = check_offering_backup(path)
    print(f"database: {path}")
    print(f"schema version: {report.schema_version}")
    lang = settings.language()  # the findings in the user's language (they have nl/fr/en words)
    for note in report.note_messages(lang):  # reliability (#7): notes, storage warning, backup offered
        print(render(t("note: {note}", note=note), lang))
    from ..db.location import storage_warning

    warning = storage_warning(path)
    if warning:
        print(render(t("warning: {text}", text=warning.text(lang)), lang))
    if report.ok:
        print(render(t("ok: integrity, foreign keys and schema are in order."), lang))
        return 0
    for problem in report.messages(lang):
        print(render(t("problem: {problem}", problem=problem), lang))
    for advice in report.advice(lang):
        print(advice)
    return 1


def register(commands: Commands) -> None:
    commands.add("init", "Create a new database holding the embedded strategy.", init)
    commands.add("info", "Counts of the records in a database, and its schema version.", info)
    commands.add("check", "Check a database: integrity, foreign keys, schema version.", check)
