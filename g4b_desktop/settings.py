"""User preferences shared by the window and the command line (a small JSON file, no Qt).

Kept in the per-user local config folder: the author name recorded in the change log (also the
author of the PDFs), the organiser of meeting invitations (name and e-mail), the interface language,
recent databases. The operating-system login is never printed in a document: a PDF without an
author set says "Go4Brussels Desktop", an invitation without an organiser e-mail is a plain
appointment.
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


DOCUMENT_AUTHOR_FALLBACK = "Go4Brussels Desktop"


def document_author() -> str:
    """The author written into a PDF's metadata: the name set in the preferences, never the login."""
    return (load().get("author") or "").strip() or DOCUMENT_AUTHOR_FALLBACK


def organiser() -> tuple[str, str]:
    """(name, e-mail) of the organiser of meeting invitations; the name defaults to the author's."""
    preferences = load()
    email = (preferences.get("organiser_email") or "").strip()
    name = (preferences.get("organiser_name") or "").strip() or (preferences.get("author") or "").strip()
    return name, email


def asked(what: str) -> bool:
    """Whether the window already asked once for `what` ("organiser" or "author")."""
    return what in (load().get("asked") or [])


def remember(values: dict, asked_for: str | None = None) -> None:
    """Store some preferences (stripped texts) and, optionally, that the window asked for them."""
    preferences = load()
    preferences.update({key: (value or "").strip() for key, value in values.items()})
    if asked_for:
        preferences["asked"] = sorted(set(preferences.get("asked") or []) | {asked_for})
    save(preferences)


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
