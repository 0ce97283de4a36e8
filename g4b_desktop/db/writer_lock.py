"""One writer per database file: an OS lock on a small file beside it (no Qt).

The lock is held by the window for as long as it has the database open, taken by `g4b restore`
while it replaces the file, and by every command that writes, at its first write (`Store.action`).
The operating system releases it when the holder ends, even after a crash or a kill, so there is
never a stale lock to clean up by hand.

The lock belongs to the FILE, not to the path as typed (reliability #17): it sits beside the
resolved path (a symlink leads to the same lock), and a second lock is named after the file's
identity (device and inode), which a hard link or another spelling of the path shares.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..texts import t
from .errors import StoreError


class DatabaseInUse(StoreError):
    """Another program (usually another window) has the database open."""


def resolved(database: Path | str) -> Path:
    """The file itself: symlinks followed, the path made absolute."""
    return Path(os.path.realpath(os.fspath(database)))


def lock_path(database: Path | str) -> Path:
    database = resolved(database)
    return database.with_name(database.name + ".lock")


def identity_lock_path(database: Path | str) -> Path | None:
    """A lock named after the file's identity (st_dev, st_ino), shared by every path to it."""
    try:
        info = os.stat(database)
    except OSError:
        return None
    if not info.st_ino:
        return None
    return Path(tempfile.gettempdir()) / "g4b-locks" / f"{info.st_dev:x}-{info.st_ino:x}.lock"


# The files this process holds the writer lock of (the window's): its own stores write freely.
_held_here: dict[str, int] = {}
_held_guard = threading.Lock()


def _key(database: Path | str) -> str:
    return os.path.normcase(str(resolved(database)))


def held_in_this_process(database: Path | str) -> bool:
    with _held_guard:
        return _held_here.get(_key(database), 0) > 0


class WriterLock:
    """An exclusive, non-blocking OS lock on `<database>.lock` (beside the resolved file) and on the
    file's identity lock; `acquire()` returns False if either is taken."""

    def __init__(self, database: Path | str):
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._handle = None
        self._identity = None
        self._key = _key(self.database)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        if self._handle is not None:
            return True
        handle = self._lock_file(self.path)
        if handle is False:
            return False
        identity_path = identity_lock_path(self.database)
        identity = self._lock_file(identity_path, make_folder=True) if identity_path else None
        if identity is False:
            if handle is not None:
                self._unlock(handle)
            return False
        if handle is None:
            # A folder we cannot write to (a read-only share): nobody can write the database
            # there either, so there is nothing to protect.
            if identity is not None:
                self._unlock(identity)
            return True
        self._handle, self._identity = handle, identity
        with _held_guard:
            _held_here[self._key] = _held_here.get(self._key, 0) + 1
        return True

    def acquire_waiting(self, seconds: float, say=None) -> bool:
        """`acquire`, trying again for up to `seconds`; `say()` is called once if it has to wait."""
        if self.acquire():
            return True
        if say is not None:
            say()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if self.acquire():
                return True
        return False

    @staticmethod
    def _lock_file(path: Path, make_folder: bool = False):
        """An open handle holding the lock on `path`; False if taken; None if it cannot be made."""
        try:
            if make_folder:
                path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.chmod(path.parent, 0o1777)  # every user's program locks here
                except OSError:
                    pass
            handle = open(path, "a+b")
        except OSError:
            return None
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
        return handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        identity, self._identity = self._identity, None
        if handle is None:
            return
        with _held_guard:
            count = _held_here.get(self._key, 0) - 1
            if count > 0:
                _held_here[self._key] = count
            else:
                _held_here.pop(self._key, None)
        if identity is not None:
            self._unlock(identity)
        self._unlock(handle)

    @staticmethod
    def _unlock(handle) -> None:
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
