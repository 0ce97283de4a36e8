"""The Excel exchange: import a partner's file, consolidate workbooks."""

from __future__ import annotations

from pathlib import Path

from ..undo import Session
from . import done, perform


def import_file(session: Session, loaded, objective: str | None, remember_mapping: bool) -> bool:
    """Apply a previewed partner file as one action (backed up first by the data layer)."""
    from ...exchange import partner_import

    return done(session, lambda: partner_import.apply(session.store, loaded, objective,
                                                      remember_mapping=remember_mapping)[1])


def consolidate(session: Session, path: Path, decisions: dict | None):
    """Consolidate one workbook; its report, or None if refused."""
    from ...exchange.consolidate import consolidate_file

    result = perform(session, lambda: (lambda report: (report, report.changes))(
        consolidate_file(session.store, path, decisions=decisions)))
    return result[0] if result else None
