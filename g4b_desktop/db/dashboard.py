"""Read questions of the home dashboard: status per objective, overdue commitments, recent changes."""

from __future__ import annotations

from datetime import date

from .browse import SUMMED_FIGURES, WORKSITE_FIGURES
from .store import Store
from .strategy_texts import column as text_column
from .strategy_texts import commitment_title


def status_per_objective(store: Store, worksite_ids=None, lang: str = "nl") -> list[dict]:
    """Per objective: how many commitments in each status, and the average progress.

    `worksite_ids`: only the objectives of these worksites (those an edit touched, #9).
    """
    where, params = "", []
    if worksite_ids is not None:
        params = list(worksite_ids)
        where = f"WHERE o.id IN (SELECT objective_id FROM worksite WHERE id IN ({', '.join('?' for _ in params)})) "
    return store.rows(
        f"SELECT o.id, o.code, {text_column('o', 'objective', 'title', lang)} AS title, {SUMMED_FIGURES} FROM objective o "
        "LEFT JOIN worksite w ON w.objective_id = o.id LEFT JOIN worksite_figures f ON f.worksite_id = w.id "
        f"{where}GROUP BY o.id ORDER BY o.position, o.code", params)


def overdue(store: Store, today: str | None = None, limit: int = 200, lang: str = "nl") -> list[dict]:
    """Commitments past their due date that are neither realised nor abandoned, oldest first."""
    return store.rows(
        f"SELECT c.id, c.code, {commitment_title('c', lang)} AS title, c.status, c.due_date, "
        f"{text_column('org', 'organisation', 'name', lang)} AS lead_organisation "
        "FROM commitment c LEFT JOIN organisation org ON org.id = c.lead_organisation_id "
        "WHERE c.due_date < ? AND c.status NOT IN ('realised', 'abandoned') "
        "ORDER BY c.due_date, c.code LIMIT ?", [today or date.today().isoformat(), limit])


def recently_changed(store: Store, limit: int = 30) -> list[dict]:
    """The records changed most recently (newest first), one row per record, that still exist or not."""
    return store.rows(
        "SELECT l.table_name, l.record_id, max(l.at) AS at, s.author, s.label, s.label_template, s.label_params "
        "FROM change_log l NOT INDEXED "
        "JOIN change_set s ON s.id = l.change_set_id "
        "WHERE l.table_name IN ('objective', 'worksite', 'commitment', 'organisation', 'person', 'indicator') "
        # NOT INDEXED: read the last 5,000 entries by seq; SQLite otherwise walked change_log_record (all of
        # the log, 290 ms at a million entries) to avoid a sort
        "AND l.seq > (SELECT coalesce(max(seq), 0) - 5000 FROM change_log) "
        # the creation of the database (loading the strategy) is not a recent change of anyone's
        "AND l.change_set_id <> coalesce((SELECT id FROM change_set ORDER BY at, rowid LIMIT 1), '') "
        "GROUP BY l.table_name, l.record_id ORDER BY max(l.seq) DESC LIMIT ?", [limit])


def worksite_figures(store: Store, worksite_ids, lang: str = "nl") -> list[dict]:
    """Commitment counts per status, average progress and the sum of progress of some worksites.

    The figures `browse.strategy_tree` gives every worksite, read for the few an edit touched (#9),
    from `worksite_figures` (kept by triggers).
    """
    ids = list(worksite_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return store.rows(
        f"SELECT w.id, w.objective_id, w.code, {text_column('w', 'worksite', 'title', lang)} AS title, {WORKSITE_FIGURES} "
        f"FROM worksite w LEFT JOIN worksite_figures f ON f.worksite_id = w.id WHERE w.id IN ({marks})",
        ids)
