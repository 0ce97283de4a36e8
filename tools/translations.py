"""Update and compile the interface translations: every `resources/i18n/<feature>_<lang>.ts`.

    python tools/translations.py            # update every .ts from the sources, then compile every .qm
    python tools/translations.py update     # pyside6-lupdate only
    python tools/translations.py compile    # pyside6-lrelease only
    python tools/translations.py check      # list unfinished entries; exit 1 if there are any
    python tools/translations.py update --feature meetings --new   # also create meetings_{nl,fr,en}.ts

The sources of a feature are the files under `g4b_desktop/ui/` its patterns name (by default
`*<feature>*.py`; see FEATURE_PATTERNS: a feature owns its screen folder), plus every file its .ts already names in a <location>.
The feature `ui` (the main window) takes every other file of g4b_desktop/ui/. English is the source
language: an unfinished entry of an `*_en.ts` gets its source text as translation.
"""

from __future__ import annotations

import argparse
import fnmatch
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
UI = REPO / "g4b_desktop" / "ui"
LANGUAGES = ("nl", "fr", "en")
MAIN_FEATURE = "ui"
# Feature -> patterns of paths under g4b_desktop/ui/ (a feature not named here owns "*<feature>*.py").
FEATURE_PATTERNS = {
    "meetings": ["meetings/*.py"],
    "summit": ["summit/*.py"],
    "summits": ["summit/*.py"],
    "exchange": ["exchange/*.py"],
    "reliability": ["backups/backups*.py", "backups/restore_dialog*.py", "backups/check_dialog*.py",
                    "shell/crash*.py", "shell/single_instance*.py"],
    "reports": ["widgets/pdf_preview*.py"],
    "revisions": ["strategy/revision*.py"],
}
# Files under g4b_desktop/ui/ that belong to other features even before their .ts exists.
OWNED_ELSEWHERE = ["strategy/revision*.py", "meetings/*.py", "summit/*.py", "widgets/pdf_preview*.py", "exchange/*.py",
                   "backups/backups*.py", "backups/restore_dialog*.py", "backups/check_dialog*.py", "shell/crash*.py",
                   "shell/single_instance*.py"]


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (install PySide6 in the virtual environment)")
    return found


def features() -> list[str]:
    names = {MAIN_FEATURE}
    for ts in I18N.glob("*_*.ts"):
        feature, _, language = ts.stem.rpartition("_")
        if language in LANGUAGES and feature:
            names.add(feature)
    return sorted(names)


def patterns(feature: str) -> list[str]:
    return FEATURE_PATTERNS.get(feature, [f"*{feature}*.py"])


def locations(feature: str) -> set[Path]:
    """Source files a feature's .ts files already name."""
    found = set()
    for language in LANGUAGES:
        ts = I18N / f"{feature}_{language}.ts"
        if not ts.exists():
            continue
        for location in ET.parse(ts).getroot().iter("location"):
            path = (ts.parent / location.get("filename", "")).resolve()
            if path.suffix == ".py" and path.exists():
                found.add(path)
    return found


def sources(feature: str, all_features: list[str]) -> list[Path]:
    files = sorted(p for p in UI.rglob("*.py") if p.name != "__init__.py")
    if feature != MAIN_FEATURE:
        chosen = {p.resolve() for p in files if any(fnmatch.fnmatch(in_ui(p), pat) for pat in patterns(feature))}
        return sorted(chosen | locations(feature))
    claimed: set[Path] = set()
    for other in all_features:
        if other != MAIN_FEATURE:
            claimed |= set(sources(other, all_features))
    return [p.resolve() for p in files
            if p.resolve() not in claimed and not any(fnmatch.fnmatch(in_ui(p), pat) for pat in OWNED_ELSEWHERE)]


def in_ui(path: Path) -> str:
    """A file's path under g4b_desktop/ui/ ("meetings/meetings_view.py"), as the patterns name it."""
    return path.relative_to(UI).as_posix()


def fill_english(ts: Path) -> int:
    """English is the source language: unfinished English entries take their source text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update(selected: list[str], new: bool) -> None:
    lupdate = tool("pyside6-lupdate")
    every = features()
    for feature in selected:
        files = sources(feature, every)
        if not files:
            print(f"{feature}: no source files, skipped")
            continue
        targets = [I18N / f"{feature}_{language}.ts" for language in LANGUAGES]
        if not new and not any(t.exists() for t in targets):
            print(f"{feature}: no .ts files yet (use --new to create them)")
            continue
        I18N.mkdir(parents=True, exist_ok=True)
        for target, language in zip(targets, LANGUAGES):
            subprocess.run([lupdate, "-silent", "-locations", "relative", "-target-language", language,
                            *map(str, files), "-ts", str(target)], check=True)
            if language == "en":
                fill_english(target)
        print(f"{feature}: {len(files)} source files -> {', '.join(t.name for t in targets)}")


def compile_all() -> None:
    lrelease = tool("pyside6-lrelease")
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.name} -> {ts.with_suffix('.qm').name}")


def unfinished(ts: Path) -> list[str]:
    """Entries of a .ts without a finished translation: 'context: source' for each."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all((t or "").strip() for t in texts):
                problems.append(f"{name}: {message.findtext('source')}")
    return problems


def check() -> int:
    count = 0
    for ts in sorted(I18N.glob("*.ts")):
        for problem in unfinished(ts):
            print(f"{ts.name}: unfinished: {problem}")
            count += 1
    return 1 if count else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="all", choices=("all", "update", "compile", "check"))
    parser.add_argument("--feature", action="append", help="only this feature (repeatable)")
    parser.add_argument("--new", action="store_true", help="create the .ts files of a feature that has none")
    args = parser.parse_args(argv)
    selected = args.feature or features()
    if args.command in ("all", "update"):
        update(selected, args.new)
    if args.command in ("all", "compile"):
        compile_all()
    if args.command == "check":
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
