"""Reading the change log (history per record, recent changes) and the trash; undoing change sets."""

from __future__ import annotations

from ..texts import Text, t
from .errors import NotFound
from .store import Changes, Store


def label_text(row: dict, prefix: str = "") -> Text:
    """The label of a history / recent-changes / trash row as a Text (render it in the user's language).

    `prefix` reads other column names (e.g. "trash_" for `trash_label`, `trash_label_template`, ...).
    """
    return Text.stored(row.get(f"{prefix}label_template"), row.get(f"{prefix}label_params"),
                       row.get(f"{prefix}label") or "")


# The change_log_record index (step 0050) leaves out the field entries of an insert: an import's
# 8,000 new commitments wrote 72,000 of them at random places of a million-entry index (a third of
# the change log's cost). It holds the other entries: updates, deletes, and each insert's own entry,
# which the store writes just before its field entries (`Action.insert`, `insert_many`), so those
# are read by `seq` right after it.
INDEXED_ENTRIES = "(l.field IS NULL OR l.op <> 'insert')"


def record_history(store: Store, table: str, record_id: str, limit: int | None = None,
                   before_seq: int | None = None, after_seq: int | None = None) -> list[dict]:
    """Who changed what on one record, newest first: at, author, label, op, field, old, new.

    `limit`: only the newest so many entries; `before_seq`: only entries older than that one (the next
    page after an entry shown); `after_seq`: only entries newer than that one (made since). Read along the
    change_log_record index (and each insert's field entries after its own entry by seq), newest first, so a
    page costs the same however long the record's history is.
    """
    columns = ("l.seq, l.at, l.author, s.label, s.label_template, s.label_params, s.source, s.context_table, "
               "s.context_id, l.op, l.field, l.old_value, l.new_value")
    width = len(store.db.execute(f'PRAGMA table_info("{table}")').fetchall())   # at most one field entry per column
    bounds, params = "", []
    if before_seq is not None:
        bounds += " AND l.seq < ?"
        params.append(before_seq)
    if after_seq is not None:
        bounds += " AND l.seq > ?"
        params.append(after_seq)
    sql = (f"SELECT {columns} FROM change_log l JOIN change_set s ON s.id = l.change_set_id "
           f"WHERE l.table_name = ? AND l.record_id = ? AND {INDEXED_ENTRIES} "
           f"AND (l.field IS NOT NULL OR l.op = 'delete'){bounds} "
           f"UNION ALL SELECT {columns} FROM change_log m JOIN change_log l ON l.seq > m.seq AND l.seq <= m.seq + ? "
           f"JOIN change_set s ON s.id = l.change_set_id "
           f"WHERE m.table_name = ? AND m.record_id = ? AND m.field IS NULL AND m.op = 'insert' "
           f"AND {INDEXED_ENTRIES.replace('l.', 'm.')} AND l.table_name = m.table_name AND l.record_id = m.record_id "
           f"AND l.op = 'insert' AND l.field IS NOT NULL AND l.change_set_id = m.change_set_id{bounds} "
           f"ORDER BY seq DESC")
    params = [table, record_id, *params, width, table, record_id, *params]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return store.rows(sql, params)


def recent_changes(store: Store, limit: int = 50) -> list[dict]:
    """The newest change sets, with how many records each touched."""
    return store.rows(
        "SELECT s.id, s.at, s.author, s.label, s.label_template, s.label_params, s.source, "
        "count(DISTINCT l.table_name || l.record_id) AS records "
        "FROM change_set s JOIN change_log l ON l.change_set_id = s.id "
        "GROUP BY s.id ORDER BY s.at DESC LIMIT ?", [limit])


def changes_since(store: Store, since_iso: str, table: str | None = None) -> list[dict]:
    """Change-log rows after a moment (for 'changes since the last summit')."""
    sql = ("SELECT l.*, s.label, s.label_template, s.label_params FROM change_log l "
           "JOIN change_set s ON s.id = l.change_set_id WHERE l.at > ?")
    params: list = [since_iso]
    if table:
        sql += " AND l.table_name = ?"
        params.append(table)
    return store.rows(sql + " ORDER BY l.seq", params)


def trash(store: Store) -> list[dict]:
    return store.rows(
        "SELECT id, table_name, record_id, label, label_template, label_params, deleted_at, author "
        "FROM trash ORDER BY deleted_at DESC")


def trash_entry_of(store: Store, change_set_id: str) -> str | None:
    """The trash entry a deleting change set made (its first one): what undoing it restores."""
    return store.scalar("SELECT id FROM trash WHERE change_set_id = ? ORDER BY rowid LIMIT 1", [change_set_id])


def _trash_label(store: Store, trash_id: str) -> Text | None:
    rows = store.rows("SELECT label, label_template, label_params FROM trash WHERE id = ?", [trash_id])
    return label_text(rows[0]) if rows else None


def _change_set_label(store: Store, change_set_id: str) -> Text | None:
    rows = store.rows("SELECT label, label_template, label_params FROM change_set WHERE id = ?", [change_set_id])
    return label_text(rows[0]) if rows else None


def restore(store: Store, trash_id: str) -> Changes:
    label = _trash_label(store, trash_id)
    if label is None:
        raise NotFound(t("Nothing in the trash with id {id}.", id=trash_id))
    with store.action(t("Restore {label}", label=label)) as act:
        act.restore(trash_id)
    return act.changes


def revert_change_set(store: Store, change_set_id: str, strict: bool = False) -> Changes:
    """Undo everything one earlier action did (for example an import), as a new action.

    `strict` (the window's Undo/Redo): refused with `ConflictError` when a field the action set holds
    another value now (changed again since), instead of overwriting that later change."""
    label = _change_set_label(store, change_set_id)
    if label is None:
        raise NotFound(t("No change set {id}.", id=change_set_id))
    with store.action(t("Undo {label}", label=label), context=("change_set", change_set_id)) as act:
        act.revert(change_set_id, strict=strict)
    return act.changes


def data_version(store: Store) -> int:
    """SQLite's count of commits by other connections to this file (`PRAGMA data_version`): when it
    moves, another program or command wrote (#17)."""
    return store.scalar("PRAGMA data_version")


def last_change_seq(store: Store) -> int:
    """The number of the newest change-log entry (0 in a file without one)."""
    return store.scalar("SELECT coalesce(max(seq), 0) FROM change_log") or 0


def changes_after(store: Store, seq: int, tables: tuple[str, ...]) -> tuple[Changes, int]:
    """What the change log records after entry `seq` (writes by another program, #17), and the newest seq.

    A writer that keeps no change log leaves nothing there: then every record of `tables` may have
    changed, and all of them are named."""
    changes = Changes(label="outside")
    rows = store.rows("SELECT seq, op, table_name, record_id FROM change_log WHERE seq > ? ORDER BY seq", [seq])
    for row in rows:
        kind = {"insert": changes.inserted, "delete": changes.deleted}.get(row["op"], changes.updated)
        changes.add(kind, row["table_name"], row["record_id"])
        seq = max(seq, row["seq"])
    if not rows:
        for table in tables:
            if store.table_exists(table):
                for (record_id,) in store.db.execute(f'SELECT id FROM "{table}"'):
                    changes.add(changes.updated, table, record_id)
    return changes, seq
