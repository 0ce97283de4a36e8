"""`g4b partners` and `g4b partner merge`: the organisations and contacts, and merging a duplicate."""

from __future__ import annotations

from .. import settings
from . import Commands, UsageError, open_store
from ..db import partners, partners_read
from ..texts import render, t

KINDS = {"organisation": ("organisation", "name"), "contact": ("person", "full_name")}


def _find(store, table: str, column: str, text: str) -> dict:
    """One record by id, id prefix or exact name (any case); a clear error when none or several match."""
    text = text.strip()
    rows = store.rows(f"SELECT id, {column} AS name FROM {table} WHERE id = ? OR id LIKE ? || '%' "
                      f"OR lower({column}) = lower(?)", [text, text, text])
    if not rows:
        raise UsageError(t("No organisation named or with id '{text}'.", text=text) if table == "organisation"
                         else t("No contact named or with id '{text}'.", text=text))
    if len(rows) > 1:
        raise UsageError(t("'{text}' names several records: {names}. Use an id.", text=text,
                           names="; ".join(f"{r['name']} ({r['id'][:8]})" for r in rows)))
    return rows[0]


def list_partners(args) -> int:
    lang = settings.language()
    with open_store(args, readonly=True) as store:
        if args.contacts:
            for row in partners_read.person_rows(store, args.search or "", lang=lang):
                print(render(t("{id}  {name}{organisation}", id=row["id"], name=row["full_name"],
                               organisation=f" ({row['organisation']})" if row["organisation"] else ""), lang))
        else:
            for row in partners_read.organisation_rows(store, args.search or "", lang=lang):
                print(render(t("{id}  {name}{organisation}", id=row["id"], name=row["name"],
                               organisation=f" ({row['short_name']})" if row.get("short_name") else ""), lang))
    return 0


def merge(args) -> int:
    table, column = KINDS[args.kind]
    with open_store(args) as store:
        keep = _find(store, table, column, args.keep)
        duplicate = _find(store, table, column, args.duplicate)
        if table == "organisation":
            partners.merge_organisations(store, keep["id"], duplicate["id"])
        else:
            partners.merge_persons(store, keep["id"], duplicate["id"])
    print(render(t("Merged {duplicate} into {keep}.", duplicate=duplicate["name"], keep=keep["name"]),
                 settings.language()))
    return 0


def register(commands: Commands) -> None:
    parser = commands.add("partners", "List the organisations (or, with --contacts, the contacts) with their ids.",
                          list_partners)
    parser.add_argument("--contacts", action="store_true", help="list the contacts instead")
    parser.add_argument("--search", help="only those whose name (or other fields) contain these words")
    group = commands.group("partner", "Change organisations and contacts (see also g4b partners).")
    parser = group.add("merge", "Merge a duplicate organisation or contact into another; one undoable action.",
                       merge)
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--keep", required=True, help="the one kept: its id, the start of its id, or its name")
    parser.add_argument("--duplicate", required=True, help="the duplicate, removed after the merge")
