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
