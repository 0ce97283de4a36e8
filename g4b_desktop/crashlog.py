"""Writing unexpected errors to a log in the user's data folder (no Qt)."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from . import __version__, paths


def write_report(exc_type, exc, tb) -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"error-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    text = f"Go4Brussels Desktop {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))
    target.write_text(text, encoding="utf-8")
    return target
