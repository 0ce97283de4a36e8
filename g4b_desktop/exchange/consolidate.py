"""Consolidating committees' export workbooks into one database (ministerial staff).

Records match by id (strategy records, whose ids differ per database, by code; organisations and
contacts also by name). "Since they last matched" is kept in `merge_base`: per source database
(the workbook's about sheet names it) and record, the values the workbook held at the last
consolidation. Against that base:

- only the workbook changed            -> its values are taken (updated);
- only this database changed           -> ours are kept;
- both changed, to different values    -> a conflict, decided by the user (keep mine, take theirs,
                                          or per field); never overwritten silently;
- no base yet and the values differ    -> taken if our record was never edited, else a conflict.

Each file is one action ("Consolidate FILE"), undoable as a whole.

Reading the workbook is `committee_workbook.py`, the three-way comparison `merge.py`, the rules per
table `merge_rules.py`.
"""
from __future__ import annotations

from pathlib import Path

from ..db import backup
from ..db.errors import Cancelled
from ..db.store import Store
from .reading import UnreadableFile
from ..texts import t
from .committee_workbook import ConsolidationRefused, check_revision, read_export  # noqa: F401  (re-exported)
from .merge import Conflict, FileReport, Merge  # noqa: F401  (re-exported)
from .merge_rules import RULES, merge_memberships


class _DryRun(Exception):
    pass


def consolidate_file(store: Store, path: Path | str, resolve: str = "ask", decisions: dict | None = None,
                     dry_run: bool = False, cancelled=None, backup_first: bool = True) -> FileReport:
    """Merge one export workbook, as one action named after it. `cancelled()` (a window's job) is asked
    between the sheets: then `Cancelled` is raised and the action rolled back."""
    path = Path(path)
    try:
        book = read_export(path)
    except UnreadableFile:
        raise
    if book.source_id == store.meta("database_id"):
        raise ConsolidationRefused(t("{file}: this workbook was exported from this database itself; "
                                     "there is nothing to consolidate.", file=path.name))
    report = FileReport(path.name, book.source_id)
    mapped = check_revision(store, book)
    if mapped:
        report.notes.append(mapped)
    if not dry_run and backup_first:
        backup.backup_before(store, "consolidation")
    try:
        with store.action(t("Consolidate {file}", file=path.name), source=path.name) as act:
            merge = Merge(act, book, decisions or {}, resolve, report)
            for rule in RULES:
                if cancelled is not None and cancelled():
                    raise Cancelled(t("{file}: the consolidation was cancelled; nothing of it was written.",
                                      file=path.name))
                merge.run(rule)
            merge_memberships(merge)
            merge.flush()
            if dry_run:
                raise _DryRun
        report.change_set_id = act.changes.change_set_id
        report.changes = act.changes
    except _DryRun:
        pass
    return report


def consolidate_files(store: Store, paths: list[Path], resolve: str = "ask", decisions: dict | None = None,
                      dry_run: bool = False, progress=None, cancelled=None,
                      reports: list[FileReport] | None = None) -> list[FileReport]:
    """Merge several workbooks, each as its own action, after one backup of the database (#19: a backup
    before every file copied the growing file again and again, 17 copies for 17 committees).

    `progress(percent, file name)` and `cancelled()` as in a window's job: a cancel stops before the
    next file, or rolls back the one being merged; the files merged before stay. `reports`: the list
    the reports are added to as the files are merged (kept by the caller when a later file is refused)."""
    reports = [] if reports is None else reports
    if paths and not dry_run and not store.readonly:
        backup.backup_before(store, "consolidation")
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(int(100 * index / len(paths)), Path(path).name)
        try:
            reports.append(consolidate_file(store, path, resolve, (decisions or {}).get(Path(path).name), dry_run,
                                            cancelled=cancelled, backup_first=False))
        except Cancelled:
            break
    return reports
