"""Indicators (key figures): a year's value, target and note; years; links to objectives."""

from __future__ import annotations

from ...db import indicators
from ..shell.undo import Session
from . import done, save_form


def set_year(session: Session, indicator_id: str, year: int, values: dict, seen: dict | None = None,
             value_id: str | None = None) -> bool:
    """A year's value, target or note typed in the table (`seen`: what the cell showed, for the year's
    row `value_id`: a value changed elsewhere since is not overwritten, #17)."""
    if seen is None or value_id is None:
        return done(session, lambda: indicators.set_year(session.store, indicator_id, year, values))
    return save_form(session, "indicator_value", value_id, values, seen,
                     lambda changed, expected: indicators.set_year(session.store, indicator_id, year, changed, expected))


def add_year(session: Session, indicator_id: str, year: int) -> bool:
    return done(session, lambda: indicators.set_year(session.store, indicator_id, year, {"value": None}))


def delete_year(session: Session, value_id: str) -> bool:
    return done(session, lambda: indicators.delete_year(session.store, value_id))


def link_objective(session: Session, indicator_id: str, objective_id: str) -> bool:
    return done(session, lambda: indicators.link_objective(session.store, indicator_id, objective_id))


def unlink_objective(session: Session, link_id: str) -> bool:
    return done(session, lambda: indicators.unlink_objective(session.store, link_id))
