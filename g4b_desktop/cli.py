"""The command line `g4b`: every feature of the window, scriptable and testable without a display.

Subcommands live in `g4b_desktop/commands/*.py`; each module has `register(commands)` and is found
by itself. Expected errors print one line on stderr and exit 1; anything unexpected exits 70 with
the report written to the log folder, never a traceback on the screen.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import pkgutil
import sqlite3
import sys
from pathlib import Path
from typing import Callable

from . import __version__, paths, settings
from .db import connection
from .db.errors import EmptyFile, HalfBuilt, StoreError
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
    if half_built(store):
        store.close()
        raise HalfBuilt(t("{path}: the creation of this database was interrupted and it holds no strategy; "
                          "nothing was changed. Build it again with: g4b init --db {path}", path=str(path)))
    return store


def half_built(store: Store) -> bool:
    """A database whose creation was cut short (an older program built it in place): ours, but
    without its id or without the strategy and any action."""
    try:
        if not store.meta("database_id"):
            return True
        return (store.scalar("SELECT count(*) FROM pillar") == 0
                and store.scalar("SELECT count(*) FROM change_set") == 0)
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return True
        raise


def rebuildable(path: Path) -> bool:
    """Whether `path` may be (re)built by `init` or the first start: empty, or ours and half-built."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        store = Store.open(path, readonly=True)
    except EmptyFile:
        return True
    except StoreError:
        return False
    try:
        return half_built(store)
    finally:
        store.close()


def create_database(path: Path, replace: bool = False) -> Store:
    """A new database holding the strategy, built beside `path` and renamed onto it when complete
    (reliability #17): a kill or a full disk during creation never leaves a half-built file.
    `replace` lets it take the place of an empty or half-built file."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0 and not replace:
        raise UsageError(t("{path}: the file exists already; it is not overwritten.", path=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    for leftover in _companions(building):
        leftover.unlink(missing_ok=True)
    try:
        store = Store.create(building, author=settings.author())
        try:
            load_strategy(store)
        finally:
            store.close()
        _fsync(building)
        os.replace(building, path)
        Path(f"{building}.lock").unlink(missing_ok=True)
    except BaseException:
        for leftover in _companions(building):
            leftover.unlink(missing_ok=True)
        raise
    return Store.open(path, author=settings.author())


def _companions(database: Path) -> list[Path]:
    return [database] + [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock")]


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


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
    # A library's half-written file object collected after an error (openpyxl's sheets on a full disk)
    # may complain on the way out; the user has had the sentence, not a traceback (#17).
    sys.unraisablehook = _quiet_unraisable
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # a closed pipe (`| head -1`) is met here, not at exit
        return code
    except StoreError as exc:
        print(f"g4b: {message(exc, settings.language())}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `g4b meetings | head -1`: the reader has what it wanted; leave quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except (OSError, sqlite3.Error) as exc:
        sentence = ordinary_error(exc, database_path(args) if hasattr(args, "db") else None,
                                  getattr(args, "out", None))
        if sentence is None:
            return _crash()
        print(f"g4b: {render(sentence, settings.language())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"g4b: {render(t('interrupted.'), settings.language())}", file=sys.stderr)
        return 130
    except Exception:
        return _crash()


def _quiet_unraisable(unraisable) -> None:
    """Nothing to tell: the command has already said what went wrong."""


def _crash() -> int:
    from .crashlog import write_report

    report = write_report(*sys.exc_info())
    print(f"g4b: {render(t('unexpected error; the report is in {path}', path=str(report)), settings.language())}",
          file=sys.stderr)
    return 70


def ordinary_error(exc: BaseException, database: Path | None, target=None):
    """The sentence for an ordinary condition of files and disks (reliability #17), or None for a bug.

    A full disk, a file open in another program, a folder that cannot be written, a path too long,
    a damaged database or a second writer are not bugs: one sentence, exit 1, no crash report.
    The file named is the one the user gave (`target`), not the temporary file written beside it.
    """
    if isinstance(exc, OSError):
        name = str(exc.filename or database or "?")
        if ".partial" in name or ".building" in name or ".restoring" in name:
            name = str(target) if target else name.split(".partial")[0]
        number = exc.errno
        if number == errno.ENOSPC or getattr(exc, "winerror", None) == 112:
            return t("The disk is full: {path} could not be written; nothing was changed. Free some space "
                     "and try again.", path=str(name))
        if number in (errno.EACCES, errno.EPERM) or getattr(exc, "winerror", None) in (5, 32, 33):
            return t("{path}: the file cannot be written or read: it is open in another program, read-only, "
                     "or in a folder you may not write to. Nothing was written.", path=str(name))
        if number == errno.EROFS:
            return t("{path}: the disk or folder is read-only; nothing was written.", path=str(name))
        if number == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
            return t("The path is too long for the system ({length} characters): {path}. Choose a shorter "
                     "name or folder.", path=_shorten(str(name)), length=len(str(name)))
        if number in (errno.ENOENT, errno.ENOTDIR):
            return t("{path}: no such file or folder.", path=str(name))
        if number == errno.EISDIR:
            return t("{path}: this is a folder, not a file.", path=str(name))
        return t("{path}: the file could not be used ({reason}).", path=str(name), reason=exc.strerror or str(exc))
    text = str(exc).lower()
    where = str(database or "?")
    if "locked" in text or "busy" in text:
        return t("{path}: another program kept the database busy for more than {seconds} seconds; nothing was "
                 "changed. Try again when it is done.", path=where, seconds=max(1, connection.BUSY_TIMEOUT_MS // 1000))
    if "disk is full" in text or "database or disk is full" in text:
        return t("The disk is full: {path} could not be written; nothing was changed. Free some space "
                 "and try again.", path=where)
    if "readonly" in text or "read-only" in text:
        return t("{path}: the database is open read-only; nothing was changed.", path=where)
    if "unable to open" in text:
        return t("{path}: the database cannot be opened (its folder cannot be read or written).", path=where)
    if "interrupt" in text:
        return t("{path}: reading the database took longer than {seconds} seconds and was stopped; the file "
                 "may be damaged or made to slow the program down. Nothing was changed.", path=where, seconds=30)
    if "too big" in text:
        return t("{path}: the database holds a value longer than this program accepts ({detail}).",
                 path=where, detail=str(exc))
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, (sqlite3.OperationalError,
                                                                       sqlite3.IntegrityError,
                                                                       sqlite3.ProgrammingError,
                                                                       sqlite3.InterfaceError)) \
            or "malformed" in text or "not a database" in text or "disk i/o" in text:
        return t("{path}: the database file is damaged (SQLite: {detail}). Check it with: g4b check --db {path}",
                 path=where, detail=str(exc))
    return None


def _shorten(path: str, most: int = 120) -> str:
    return path if len(path) <= most else f"{path[:50]}…{path[-60:]}"


if __name__ == "__main__":
    sys.exit(main())
