"""What one user action changed (`Changes`): the value every write returns and the change bus carries.

Record ids per table by kind of change (`inserted`, `updated`, `deleted`), per record the fields that
changed with their old and new values (`fields`, `fields_changed(table)`, `values(table, column)`) and
the record as the action left it (`rows`). Made by `action.Action` while it writes; re-exported by
`store.py` (`from .store import Changes` keeps working).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    """What one action changed: record ids per table, by kind of change, and per record the fields
    that changed with their old and new values (`fields`) and the record as the action left it
    (`rows`; as it was, for a deleted one). Views refresh from this, without reading the change log."""

    change_set_id: str | None = None
    label: str = ""
    inserted: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    fields: dict[tuple[str, str], dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def add(self, kind: dict, table: str, record_id: str) -> None:
        kind.setdefault(table, set()).add(record_id)

    def record(self, table: str, record_id: str, changed: dict[str, tuple[Any, Any]], row: dict[str, Any]) -> None:
        """Note what one write did to a record (several writes in one action: first old, last new)."""
        known = self.fields.setdefault((table, record_id), {})
        for name, (old, new) in changed.items():
            known[name] = (known[name][0] if name in known else old, new)
        self.rows[(table, record_id)] = row

    def fields_changed(self, table: str) -> dict[str, set[str]] | None:
        """The fields updated in `table`, by record id (inserted and deleted records are not listed);
        None when a record's fields are not known (a `Changes` made by hand)."""
        updated = self.updated.get(table, ())
        if any((table, record_id) not in self.fields for record_id in updated):
            return None
        return {record_id: set(self.fields[(table, record_id)]) for record_id in updated}

    def values(self, table: str, column: str) -> set | None:
        """The values `column` held, before or after the action, in the records of `table` it changed
        (e.g. the worksites whose figures an edit of commitments changed); None when not known."""
        found = set()
        for record_id in self.ids(table):
            row = self.rows.get((table, record_id))
            if row is None:
                return None
            found.add(row.get(column))
            if record_id in self.updated.get(table, ()) and column in self.fields.get((table, record_id), {}):
                found.update(self.fields[(table, record_id)][column])  # the value it had before too
        return found

    def tables(self) -> set[str]:
        return set(self.inserted) | set(self.updated) | set(self.deleted)

    def ids(self, table: str) -> set[str]:
        return (self.inserted.get(table, set()) | self.updated.get(table, set())
                | self.deleted.get(table, set()))

    def __bool__(self) -> bool:
        return bool(self.tables())

    def merge(self, other: "Changes") -> None:
        for mine, theirs in ((self.inserted, other.inserted), (self.updated, other.updated),
                             (self.deleted, other.deleted)):
            for table, ids in theirs.items():
                mine.setdefault(table, set()).update(ids)
        for (table, record_id), changed in other.fields.items():
            self.record(table, record_id, changed, other.rows.get((table, record_id), {}))
