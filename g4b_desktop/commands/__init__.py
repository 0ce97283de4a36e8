"""Subcommands of `g4b`, one module per feature; each has `register(commands)` (`cli.build_parser`
finds them). This package holds what they share: `Commands` (where they register), `open_store`
(the database named by --db) and `UsageError` (a bad option or missing file: one line, exit 1)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from .. import paths, settings
from ..db.creation import half_built, new_database, rebuildable
from ..db.errors import HalfBuilt, StoreError
from ..db.store import Store
from ..texts import render, t


class UsageError(StoreError):
    """A command was given something it cannot use (a missing file, a bad option)."""


class Commands:
    """A set of subcommands; `group` makes nested ones (`g4b export xlsx`)."""

    def __init__(self, subparsers):
        self._subparsers = subparsers
        self._groups: dict[str, Commands] = {}

    def add(self, name: str, help: str, handler: Callable[[argparse.Namespace], int | None],
            database: bool = True) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, help=help, description=help)
        if database:
            parser.add_argument("--db", type=Path, default=None,
                                help=f"database file (default: {paths.default_database()})")
            parser.add_argument("--wait", type=float, nargs="?", const=60.0, default=0.0, metavar="SECONDS",
                                help="if the window (or another command) is writing the database, wait for it "
                                     "(60 s, or SECONDS) instead of stopping")
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str) -> "Commands":
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help, description=help)
            self._groups[name] = Commands(parser.add_subparsers(dest=f"{name}_command", required=True))
        return self._groups[name]


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_database()


def open_store(args: argparse.Namespace, readonly: bool = False) -> Store:
    """Open the database named by --db; the default database is created with the strategy on first use."""
    path = database_path(args)
    if not path.exists():
        if getattr(args, "db", None):
            raise UsageError(t("{path}: no such database. Create one with: g4b init --db {path}", path=str(path)))
        return create_database(path)
    store = Store.open(path, author=settings.author(), readonly=readonly, wait=getattr(args, "wait", 0) or 0)
    store.on_wait = lambda text: print(render(text, settings.language()), file=sys.stderr)
    if half_built(store):
        store.close()
        raise HalfBuilt(t("{path}: the creation of this database was interrupted and it holds no strategy; "
                          "nothing was changed. Build it again with: g4b init --db {path}", path=str(path)))
    return store


def create_database(path: Path, replace: bool = False) -> Store:
    """A new database holding the strategy (built beside `path`, then renamed onto it: `db.creation`)."""
    return new_database(path, settings.author(), replace=replace)


__all__ = ["Commands", "UsageError", "create_database", "database_path", "open_store", "rebuildable"]
