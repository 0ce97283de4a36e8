"""The command line `g4b`: every feature of the window, scriptable and testable without a display.

Subcommands live in `g4b_desktop/commands/*.py`; each module has `register(commands)` and is found
by itself. Expected errors print one line on stderr and exit 1; anything unexpected exits 70 with
the report written to the log folder, never a traceback on the screen.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Callable

from . import __version__, paths, settings
from .db.errors import StoreError
from .db.store import Store
from .db.strategy import load_strategy
from .texts import message, render, t


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
    return Store.open(path, author=settings.author(), readonly=readonly)


def create_database(path: Path) -> Store:
    store = Store.create(path, author=settings.author())
    try:
        load_strategy(store)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="g4b", description="Go4Brussels 2030 Desktop: the steering committees' records.")
    parser.add_argument("--version", action="version", version=f"g4b {__version__}")
    commands = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    from . import commands as package

    for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        importlib.import_module(f"{package.__name__}.{module.name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args) or 0
    except StoreError as exc:
        print(f"g4b: {message(exc, settings.language())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"g4b: {render(t('interrupted.'), settings.language())}", file=sys.stderr)
        return 130
    except Exception:
        from .crashlog import write_report

        report = write_report(*sys.exc_info())
        print(f"g4b: {render(t('unexpected error; the report is in {path}', path=str(report)), settings.language())}",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
