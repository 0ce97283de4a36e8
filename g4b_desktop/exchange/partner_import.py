"""Importing a partner's spreadsheet: read, map columns, preview every row, apply in one action.

`load(store, path)` reads the file and proposes a mapping (remembered for this shape of file, else
from the headers); `preview(store, loaded, ...)` says for every row what would happen, without
writing; `apply(store, loaded, ...)` plans again inside one transaction and writes it, logged
under the file's name, so that `history.revert_change_set` undoes the whole import.

Reading and mapping the file is `import_file.py`, planning its rows `import_planner.py`, action
lists `action_import.py`, the preview records `import_preview.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..db import backup, commitments
from ..db.errors import Cancelled
from ..db.store import Changes, Store
from . import columns as cols
from . import values as val
from .import_preview import RowPreview, column_letter  # noqa: F401  (column_letter re-exported)
from ..texts import join, t
from .import_file import ImportRefused, Loaded, check_mapping, load  # noqa: F401  (re-exported)
from .import_planner import Planner  # noqa: F401  (re-exported)


@dataclass
class Preview:
    loaded: Loaded
    rows: list[RowPreview]
    notes: list[str]
    basis: tuple = ()    # what the plan was made from: data_stamp, objective, kind, mapping (see apply)

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)

    def problems(self) -> list[str]:
        return [p.sentence(self.loaded.file_name) for r in self.rows for p in r.problems]

    def listed_problems(self, limit: int = cols.MAX_LISTED) -> list:
        """At most `limit` problems, then one line saying how many more there are."""
        found = self.problems()
        if len(found) <= limit:
            return found
        return found[:limit] + [t("… and {n} more errors.", n=len(found) - limit)]

    def refused(self) -> bool:
        """True when nothing can be imported (the dry run and the import both refuse the file)."""
        return not self.rows or all(r.state == "error" for r in self.rows)

    def summary(self) -> str:
        return t("{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error",
                 file=self.loaded.file_name, new=self.count("new"), updated=self.count("updated"),
                 unchanged=self.count("unchanged"), errors=self.count("error"))


# ---- preview and apply ----------------------------------------------------------------------

def preview(store: Store, loaded: Loaded, objective: str | None = None) -> Preview:
    """What importing would do, row by row; writes nothing."""
    check_mapping(loaded)
    basis = _basis(store, loaded, objective)
    planner = Planner(store, loaded, objective)
    rows = planner.plan()
    notes = [loaded.where()] + list(loaded.sheet.notes) + planner.notes
    ignored = loaded.ignored()
    if ignored:
        notes.append(t("{file}: column(s) not imported (they match no field): {columns}.", file=loaded.file_name,
                       columns=", ".join(ignored)))
    not_applied = sum(1 for r in rows for n in r.notes if "not applied" in n)
    if not_applied:
        notes.append(t("{file}: {n} role(s) not applied: the file names no objective "
                       "(give one with --objective, e.g. --objective 1.2).", file=loaded.file_name, n=not_applied))
    return Preview(loaded, rows, notes, basis)


def data_stamp(store: Store, running: str | None = None) -> tuple:
    """Changes whenever the database's records do: every write is an action, which adds a change set
    and change-log entries (a revert, a restore from the trash and a consolidation too). `running`:
    the change set of the action in which this is asked, left out."""
    return tuple(store.db.execute("SELECT (SELECT max(rowid) FROM change_set WHERE id IS NOT ?), "
                                  "(SELECT max(seq) FROM change_log)", [running]).fetchone())


def _basis(store: Store, loaded: Loaded, objective: str | None, running: str | None = None) -> tuple:
    return (data_stamp(store, running), objective, loaded.kind, tuple(sorted(loaded.mapping.items())))


def apply(store: Store, loaded: Loaded, objective: str | None = None, remember_mapping: bool = True,
          planned: Preview | None = None, progress=None, cancelled=None) -> tuple[Preview, Changes]:
    """Write the import as one action named after the file; refuse if no row can be imported.

    `planned`: the preview the user saw; it is written as it is if the database, the objective and the
    mapping are still those it was made from (checked inside the write transaction), else the rows
    are planned again. `progress(percent, text)` and `cancelled()` as in a window's job: a cancel
    before the commit raises `Cancelled` and leaves the database and the backups as they were.
    """
    check_mapping(loaded)
    _check_cancel(cancelled)
    backup.backup_before(store, "import")
    # a larger page cache while the import writes: thousands of records, their change log and the
    # indexes of both touch pages all over a large file (a third less work at 50,000 commitments, #9);
    # 256 MB, not 64: 10,000 rows at 50,000 dirty more than 64 MB of pages, which SQLite then spilled
    # to the WAL before the commit (2.2-2.6 s of CPU at 64 MB, 1.9 s at 256 MB, #19). Only pages read
    # take memory, and only until the import ends.
    cache_size = store.scalar("PRAGMA cache_size")
    store.db.execute(f"PRAGMA cache_size = {min(int(cache_size), -IMPORT_CACHE_KIB)}")
    try:
        return _apply(store, loaded, objective, remember_mapping, planned, progress or (lambda *a: None),
                      cancelled)
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(cache_size)}")


IMPORT_CACHE_KIB = 256 * 1024


def _check_cancel(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(t("The import was cancelled; nothing was changed."))


def _apply(store: Store, loaded: Loaded, objective: str | None, remember_mapping: bool,
           planned: Preview | None, progress, cancelled) -> tuple[Preview, Changes]:
    with store.action(t("Import {file}", file=loaded.file_name), source=loaded.file_name) as act:
        if planned is not None and planned.loaded is loaded and planned.basis == _basis(store, loaded, objective, act.change_set_id):
            result = planned   # nothing changed since the preview (#19: planning again took 0.6-1 s)
        else:
            progress(10, t("Checking the rows again…"))
            result = preview(store, loaded, objective)
        if result.rows and all(r.state == "error" for r in result.rows):
            raise ImportRefused(t("{file}: no row can be imported; nothing was changed. {problems}",
                                  file=loaded.file_name, problems=join(result.listed_problems(5))))
        if not result.rows:
            raise ImportRefused(t("{file}: the file holds no rows below its header; nothing was changed.",
                                  file=loaded.file_name))
        _check_cancel(cancelled)
        progress(30, t("Writing {file}…", file=loaded.file_name))
        numbering = commitments.Numbering(store)  # one look-up per worksite, then counted (#9)
        inserts: list = []   # consecutive inserts into one table, written together (#9)
        updates: dict[str, list] = {}   # table -> [(id, values)]: records that were there before the import

        def flush_inserts() -> None:
            if inserts:
                act.insert_many(inserts[0][0], [values for _, values in inserts])
                inserts.clear()

        def flush() -> None:
            flush_inserts()
            for table, records in updates.items():
                act.update_many(table, records)
            updates.clear()

        for row in result.rows:
            for op, table, record_id, values in row.ops:
                if op == "insert" and inserts and inserts[0][0] != table:
                    flush_inserts()
                if op == "insert" and table == "commitment":
                    values = dict(values)
                    values["code"], values["position"] = numbering.take(values["worksite_id"])
                    inserts.append((table, values))
                elif op == "insert":
                    inserts.append((table, dict(values)))
                elif op == "update":
                    # only records read from the database are updated (never one this import adds), so
                    # the updates are written together, after the inserts (#19)
                    updates.setdefault(table, []).append((record_id, values))
                elif op == "call":
                    flush()
                    values(act)
        flush()
        if remember_mapping and act.changes:
            remember(act, loaded)
        _check_cancel(cancelled)
        progress(90, t("Saving {file}…", file=loaded.file_name))
    return result, act.changes


def remember(act, loaded: Loaded) -> None:
    """Keep the confirmed mapping for the next file of the same shape."""
    mapping = json.dumps({str(k): v for k, v in sorted(loaded.mapping.items())}, ensure_ascii=False)
    existing = act.store.rows("SELECT id, mapping FROM import_mapping WHERE shape = ?", [loaded.shape])
    if existing:
        act.update("import_mapping", existing[0]["id"], {"mapping": mapping, "kind": loaded.kind})
    else:
        act.insert("import_mapping", {"shape": loaded.shape, "kind": loaded.kind,
                                      "headers": json.dumps([val.text(h) for h in loaded.headers], ensure_ascii=False),
                                      "mapping": mapping})


def save_mapping(store: Store, loaded: Loaded) -> Changes:
    """Remember a corrected mapping without importing (the wizard's 'remember' on a dry run)."""
    with store.action(t("Remember column mapping of {file}", file=loaded.file_name)) as act:
        remember(act, loaded)
    return act.changes
