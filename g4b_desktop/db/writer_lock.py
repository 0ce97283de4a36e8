"""One writer per database file: an OS lock on a small file beside it (no Qt).

The lock is held by the window for as long as it has the database open, and taken by
`g4b restore` while it replaces the file. The operating system releases it when the holder
ends, even after a crash or a kill, so there is never a stale lock to clean up by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..texts import t
from .errors import StoreError


class DatabaseInUse(StoreError):
    """Another program (usually another window) has the database open."""


def lock_path(database: Path | str) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


class WriterLock:
    """An exclusive, non-blocking OS lock on `<database>.lock`; `acquire()` returns False if taken."""

    def __init__(self, database: Path | str):
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        if self._handle is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")
        except OSError:
            # A folder we cannot write to (a read-only share): nobody can write the database
            # there either, so there is nothing to protect.
            return True
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
        except OSError:
            pass
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        except OSError:
            pass
        handle.close()

    def require(self) -> "WriterLock":
        """Acquire or raise `DatabaseInUse` with a sentence naming the file."""
        if not self.acquire():
            raise DatabaseInUse(t(
                "{path}: the database is open in Go4Brussels Desktop (or another g4b command); "
                "close it there first.", path=str(self.database)))
        return self

    def __enter__(self) -> "WriterLock":
        return self.require()

    def __exit__(self, *exc) -> None:
        self.release()


def is_in_use(database: Path | str) -> bool:
    lock = WriterLock(database)
    if lock.acquire():
        lock.release()
        return False
    return True
