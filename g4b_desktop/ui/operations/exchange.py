"""The Excel exchange: import a partner's file, consolidate committee workbooks. Both are long and
run on a worker thread (`perform_in_background`), each file one action and one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ...db.errors import StoreError
from ...db.store import Changes
from ...texts import render
from . import perform_in_background, record


def import_file(window, title: str, loaded, objective: str | None, remember_mapping: bool, planned=None,
                on_done: Callable | None = None):
    """Apply a previewed partner file as one action (backed up first by the data layer); `planned`:
    the preview the user saw, written as it is when nothing changed since. Returns the job."""
    from ...exchange import partner_import

    def act(store, progress, cancelled):
        return partner_import.apply(store, loaded, objective, remember_mapping=remember_mapping, planned=planned,
                                    progress=lambda percent, what="": progress(percent, render(
                                        what, window.language)), cancelled=cancelled)

    return perform_in_background(window, title, act, on_done)


def consolidate(window, title: str, paths: list[Path], decisions: dict, on_done: Callable):
    """Merge committee workbooks, one backup before all of them, each file one action and one undo
    step. Cancel stops before the next file and rolls back the one being merged; the files merged
    before stay. `on_done(reports, error)` on the window's thread. Returns the job."""
    path, author, readonly = window.store.path, window.store.author, window.store.readonly

    def work(progress, cancelled):
        from ...db.store import Store
        from ...exchange.consolidate import consolidate_files

        reports, error = [], None
        with Store.open(path, author=author, readonly=readonly) as store:
            try:
                consolidate_files(store, paths, decisions=decisions, progress=progress, cancelled=cancelled,
                                  reports=reports)
            except StoreError as exc:
                error = exc
        merged = Changes()   # what the views are told, merged here: 51,000 records took 0.47 s on the
        for report in reports:   # window's thread
            if report.changes:
                merged.merge(report.changes)
        return reports, merged, error

    def done(outcome) -> None:
        reports, merged, error = outcome
        for report in reports:
            record(window.session, report.changes, refresh=False)
        window.session.apply_changes(merged)   # the views refresh once for all the files
        on_done(reports, error)

    return window.run_job(title, work, done)
