"""Writing unexpected errors and crashes to logs in the user's data folder (no Qt).

- `write_report(exc_type, exc, tb)`: an uncaught exception, with the program version and system.
- `enable_faulthandler()`: a hard crash (a segfault in Qt, an abort) cannot run Python code, so
  `faulthandler` writes the stack of every thread to `fatal-<stamp>-<pid>.log`, opened at start;
  an empty one is removed at a normal exit. `previous_crashes()` at the next start finds the
  non-empty ones and renames them `crash-*.log`, so the window can show what happened.
"""

from __future__ import annotations

import atexit
import faulthandler
import os
import platform
import sqlite3
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

from . import __version__, paths

_fatal_handle = None
_fatal_path: Path | None = None


def system() -> str:
    """The system in a few words (Windows-10-10.0.19045-AMD64, Linux-6.1.0-x86_64): not
    `platform.platform()`, which runs `uname -p` in a subprocess at every start on Linux."""
    parts = [platform.system(), platform.release(), platform.version() if platform.system() == "Windows" else "",
             platform.machine()]
    libc = " ".join(platform.libc_ver()).strip() if platform.system() == "Linux" else ""
    return "-".join(p for p in parts if p) + (f" ({libc})" if libc else "")


def header() -> str:
    return (f"Go4Brussels Desktop {__version__}\n"
            f"Python {platform.python_version()} on {system()}; SQLite {sqlite3.sqlite_version}\n"
            f"Time: {datetime.now():%Y-%m-%d %H:%M:%S}\n")


def format_report(exc_type, exc, tb) -> str:
    return header() + "\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def write_report(exc_type, exc, tb) -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"error-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    target.write_text(format_report(exc_type, exc, tb), encoding="utf-8")
    return target


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's 'database or disk is full', or the system's 'no space left on device'."""
    if isinstance(exc, sqlite3.OperationalError):
        return "full" in str(exc).lower()
    if isinstance(exc, OSError):
        import errno

        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
    return False


def is_database_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc).lower()


# ---- hard crashes -----------------------------------------------------------------------------

def enable_faulthandler() -> Path | None:
    """Let `faulthandler` write a hard crash to a log file; returns that file (None if impossible)."""
    global _fatal_handle, _fatal_path
    if _fatal_handle is not None:
        return _fatal_path
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _fatal_path = folder / f"fatal-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
        _fatal_handle = open(_fatal_path, "w", encoding="utf-8")
        _fatal_handle.write(header())
        _fatal_handle.flush()
        faulthandler.enable(file=_fatal_handle, all_threads=True)
    except OSError:
        _fatal_handle = None
        faulthandler.enable()  # at least on stderr
        return None
    atexit.register(stop_faulthandler)
    return _fatal_path


def note(text: str) -> None:
    """Add a line to this run's crash log (Qt's critical and fatal messages, just before an abort)."""
    if _fatal_handle is None:
        return
    try:
        _fatal_handle.write(text.rstrip("\n") + "\n")
        _fatal_handle.flush()
    except (OSError, ValueError):
        pass


def stop_faulthandler() -> None:
    """A normal exit: the crash log holds only its header, so it is removed."""
    global _fatal_handle, _fatal_path
    if _fatal_handle is None:
        return
    faulthandler.disable()
    _fatal_handle.close()
    try:
        if _fatal_path.read_text(encoding="utf-8") == header_of(_fatal_path):
            _fatal_path.unlink()
    except OSError:
        pass
    _fatal_handle = None
    _fatal_path = None


def header_of(path: Path) -> str:
    """The first three lines of a log (the header written at start)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    return "".join(lines[:3])


def previous_crashes(max_age_days: int = 30) -> list[Path]:
    """Hard crashes of earlier runs: each non-empty `fatal-*.log` of a process that is gone,
    renamed to `crash-*.log` and returned (newest first). Leftover empty ones are removed."""
    folder = paths.log_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("fatal-*.log"):
        if path == _fatal_path:
            continue
        pid = path.stem.rsplit("-", 1)[-1]
        if pid.isdigit() and _process_alive(int(pid)) and time.time() - path.stat().st_mtime < 86400 * 2:
            continue  # another window that is still running
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            if "Fatal Python error" not in text and "Current thread" not in text and "Thread 0x" not in text:
                path.unlink()  # killed from outside (nothing written) or ended quietly: no crash to tell
                continue
            target = path.with_name("crash-" + path.name[len("fatal-"):])
            os.replace(path, target)
            if time.time() - target.stat().st_mtime < 86400 * max_age_days:
                found.append(target)
        except OSError:
            continue
    return sorted(found, reverse=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
            if not handle:
                return False
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        except Exception:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
