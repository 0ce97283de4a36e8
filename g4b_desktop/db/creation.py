"""Making a database file: built beside its place and renamed onto it when complete (#17), so that a
kill or a full disk during creation never leaves a half-built file; and telling such a file (made by
an older program, which built in place) from one that holds records."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..texts import t
from . import connection
from .errors import EmptyFile, StoreError
from .store import Store
from .strategy import load_strategy


class FileExists(StoreError):
    """`new_database` was asked to build where a file with records already is."""


def new_database(path: Path, author: str, replace: bool = False) -> Store:
    """A new database holding the embedded strategy, opened for writing. `replace` lets it take the
    place of an empty or half-built file (see `rebuildable`)."""
    path = Path(path)
    if path.exists():
        connection.refuse_special(path)
    if path.exists() and path.stat().st_size > 0 and not replace:
        raise FileExists(t("{path}: the file exists already; it is not overwritten.", path=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    for leftover in _companions(building):
        leftover.unlink(missing_ok=True)
    try:
        store = Store.create(building, author=author)
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
    return Store.open(path, author=author)


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


def _companions(database: Path) -> list[Path]:
    return [database] + [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock")]


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
