"""The command line `g4b`: every feature of the window, scriptable and testable without a display.

Subcommands live in `g4b_desktop/commands/*.py`; each module has `register(commands)` and is found
by itself (the package itself holds what they share: `Commands`, `open_store`, `UsageError`).
Expected errors print one line on stderr and exit 1; anything unexpected exits 70 with the report
written to the log folder, never a traceback on the screen.
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

from . import __version__, settings
from . import commands as package
from .commands import Commands, database_path
from .db import connection
from .db.errors import StoreError
from .texts import message, render, t


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="g4b", description="Go4Brussels 2030 Desktop: the steering committees' records.")
    parser.add_argument("--version", action="version", version=f"g4b {__version__}")
    commands = Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
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
    if "disk is full" in text or "database or disk is full" in text or ("disk i/o" in text and _disk_full(database)):
        # SQLite says "disk I/O error" when the full disk is met growing the -shm file
        return t("The disk is full: {path} could not be written; nothing was changed. Free some space "
                 "and try again.", path=where)
    if "readonly" in text or "read-only" in text:
        return t("{path}: the database is open read-only; nothing was changed.", path=where)
    if "unable to open" in text:
        return t("{path}: the database cannot be opened (its folder cannot be read or written).", path=where)
    if "interrupt" in text:
        return t("{path}: reading the database took longer than {seconds} seconds and was stopped; the file "
                 "may be damaged or made to slow the program down. Nothing was changed.", path=where,
                 seconds=int(connection.query_limit_s()))
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


def _disk_full(database: Path | None) -> bool:
    """Whether the disk holding `database` has (almost) no room left."""
    import shutil

    try:
        return database is not None and shutil.disk_usage(Path(database).resolve().parent).free < 1_000_000
    except OSError:
        return False


def _shorten(path: str, most: int = 120) -> str:
    return path if len(path) <= most else f"{path[:50]}…{path[-60:]}"


if __name__ == "__main__":
    sys.exit(main())
