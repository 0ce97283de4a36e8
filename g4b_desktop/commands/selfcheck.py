"""`g4b selfcheck`: is this installation complete? Used on the built bundle by CI and by support.

Checks what a frozen build can lose on the way: the embedded strategy, the fonts, the compiled
translations (ours and Qt's), SQLite's full-text search, and openpyxl's protection against
malicious XML (defusedxml), which openpyxl only uses when it can import it.
"""

from __future__ import annotations

import sqlite3
import sys

from .. import __version__, paths
from ..cli import Commands

QT_LANGUAGES = ("nl", "fr")


def defusedxml_active() -> bool:
    """True when openpyxl parses workbooks through defusedxml (not the standard library's parser)."""
    import openpyxl.xml
    from openpyxl.xml import functions

    return bool(openpyxl.xml.DEFUSEDXML) and functions.fromstring.__module__.startswith("defusedxml")


def fts5_available() -> bool:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()


def qt_translations() -> tuple[str, list[str]]:
    """Qt's own translation folder and the languages of ours whose qtbase_<lang>.qm loads from it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = [language for language in QT_LANGUAGES if QTranslator().load(f"qtbase_{language}", folder)]
    return folder, loaded


def kind(resources) -> str:
    """'bundle' (PyInstaller), 'source' (a checkout) or 'installed' (the Windows installer's folder)."""
    if getattr(sys, "frozen", False):
        return "bundle"
    return "source" if (resources.parent / "pyproject.toml").is_file() else "installed"


def run(args) -> int:
    problems: list[str] = []
    resources = paths.resources_dir()
    from PySide6.QtCore import qVersion

    print(f"g4b {__version__} ({kind(resources)}), Python {sys.version.split()[0]}, Qt {qVersion()}")
    print(f"resources: {resources}")
    strategy = resources / "strategy" / "strategy.json"
    if not strategy.is_file():
        problems.append(f"{strategy}: the embedded strategy is missing")
    fonts = sorted(p.name for p in (resources / "fonts").glob("*.ttf"))
    print(f"fonts: {', '.join(fonts) or 'none'}")
    if not fonts:
        problems.append(f"{resources / 'fonts'}: no fonts; the PDF notes and reports need them")
    catalogs = sorted(p.name for p in (resources / "i18n").glob("*.qm"))
    print(f"translations: {len(catalogs)} files")
    for language in ("nl", "fr", "en"):
        if (resources / "i18n").is_dir() and not any(name.endswith(f"_{language}.qm") for name in catalogs):
            problems.append(f"{resources / 'i18n'}: no compiled translation for '{language}'")
    folder, loaded = qt_translations()
    print(f"qt translations: {' '.join(loaded) or 'none'} ({folder})")
    problems += [f"{folder}: Qt's qtbase_{language}.qm does not load"
                 for language in QT_LANGUAGES if language not in loaded]
    fts5 = fts5_available()
    print(f"sqlite: {sqlite3.sqlite_version}, fts5 {'available' if fts5 else 'MISSING'}")
    if not fts5:
        problems.append("this SQLite has no FTS5 full-text search")
    if defusedxml_active():
        print("defusedxml: active")
    else:
        print("defusedxml: NOT active")
        problems.append("openpyxl does not use defusedxml: Excel files would be parsed unprotected")
    for problem in problems:
        print(f"problem: {problem}")
    print("ok: this installation is complete." if not problems else f"{len(problems)} problem(s) found.")
    return 1 if problems else 0


def register(commands: Commands) -> None:
    commands.add("selfcheck", "Check that this installation is complete (resources, translations, "
                 "SQLite full-text search, protection against malicious Excel files).", run, database=False)
