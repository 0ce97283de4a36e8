"""Reading the change log (history per record, recent changes) and the trash; undoing change sets."""

from __future__ import annotations

from .errors import NotFound
from .store import Changes, Store


def record_history(store: Store, table: str, record_id: str) -> list[dict]:
    """Who changed what on one record, newest first: at, author, label, op, field, old, new."""
    return store.rows(
        "SELECT l.seq, l.at, l.author, s.label, s.source, s.context_table, s.context_id, l.op, "
        "l.field, l.old_value, l.new_value FROM change_log l JOIN change_set s ON s.id = l.change_set_id "
        "WHERE l.table_name = ? AND l.record_id = ? AND (l.field IS NOT NULL OR l.op = 'delete') "
        "ORDER BY l.seq DESC", [table, record_id])


def recent_changes(store: Store, limit: int = 50) -> list[dict]:
    """The newest change sets, with how many records each touched."""
    return store.rows(
        "SELECT s.id, s.at, s.author, s.label, s.source, count(DISTINCT l.table_name || l.record_id) AS records "
        "FROM change_set s JOIN change_log l ON l.change_set_id = s.id "
        "GROUP BY s.id ORDER BY s.at DESC LIMIT ?", [limit])


def changes_since(store: Store, since_iso: str, table: str | None = None) -> list[dict]:
    """Change-log rows after a moment (for 'changes since the last summit')."""
    sql = ("SELECT l.*, s.label FROM change_log l JOIN change_set s ON s.id = l.change_set_id "
           "WHERE l.at > ?")
    params: list = [since_iso]
    if table:
        sql += " AND l.table_name = ?"
        params.append(table)
    return store.rows(sql + " ORDER BY l.seq", params)


def trash(store: Store) -> list[dict]:
    return store.rows(
        "SELECT id, table_name, record_id, label, deleted_at, author FROM trash ORDER BY deleted_at DESC")


def restore(store: Store, trash_id: str) -> Changes:
    label = store.scalar("SELECT label FROM trash WHERE id = ?", [trash_id])
    if label is None:
        raise NotFound(f"Nothing in the trash with id {trash_id}.")
    with store.action(f"Restore {label}") as act:
        act.restore(trash_id)
    return act.changes


def revert_change_set(store: Store, change_set_id: str) -> Changes:
    """Undo everything one earlier action did (for example an import), as a new action."""
    label = store.scalar("SELECT label FROM change_set WHERE id = ?", [change_set_id])
    if label is None:
        raise NotFound(f"No change set {change_set_id}.")
    with store.action(f"Undo {label}", context=("change_set", change_set_id)) as act:
        act.revert(change_set_id)
    return act.changes
