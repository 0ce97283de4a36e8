"""Where the program keeps its files: the per-user local data folder, never a roaming one.

`G4B_DATA_DIR` overrides the folder (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Go4Brussels Desktop"
APP_AUTHOR = "Go4Brussels"
DATABASE_SUFFIX = ".g4b"


def data_dir() -> Path:
    """The per-user local data folder (AppLocalDataLocation on Windows: %LOCALAPPDATA%)."""
    override = os.environ.get("G4B_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def config_dir() -> Path:
    override = os.environ.get("G4B_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_database() -> Path:
    return data_dir() / f"go4brussels{DATABASE_SUFFIX}"


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def replace_target(partial: Path | str, target: Path | str) -> None:
    """Move a finished `partial` file onto the file the user chose, refusing what Windows refuses
    (reliability #17): a target that is a folder, or a read-only file (Windows will not replace it,
    as it will not replace a file open in another program; Linux would, silently). The error names
    the target; the caller removes `partial`."""
    import errno
    import stat

    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if target.exists() and (not stat.S_IMODE(target.stat().st_mode) & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    os.replace(partial, target)
