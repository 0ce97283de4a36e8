"""User preferences shared by the window and the command line (a small JSON file, no Qt).

Kept in the per-user local config folder: the author name recorded in the change log, the
interface language, recent databases.
"""

from __future__ import annotations

import json
import locale
import os
from pathlib import Path

from . import paths
from .db.enums import LANGUAGES
from .db.store import default_author


def preferences_file() -> Path:
    return paths.config_dir() / "preferences.json"


def load() -> dict:
    try:
        with open(preferences_file(), encoding="utf-8") as handle:
            data = json.load(handle)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(preferences: dict) -> None:
    target = preferences_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".json.partial")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(preferences, handle, ensure_ascii=False, indent=1)
    os.replace(partial, target)


def author() -> str:
    """The name recorded in the change log: the one set in preferences, else the system user."""
    return (load().get("author") or "").strip() or default_author()


def system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value[:2] in LANGUAGES:
            return value[:2]
    try:
        code = (locale.getlocale()[0] or "")[:2]
    except ValueError:
        code = ""
    return code if code in LANGUAGES else "en"


def language() -> str:
    chosen = load().get("language")
    return chosen if chosen in LANGUAGES else system_language()
