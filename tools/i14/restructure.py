"""Phase 4: split g4b_desktop/ui/ into screen folders; rewrite every import. Run from the repo root.
Idempotent-ish: files already moved are skipped."""
import ast, os, pathlib, re, subprocess, sys

ROOT = pathlib.Path(".").resolve()
UI = ROOT / "g4b_desktop" / "ui"
MOVES = {
    "shell": ["application", "main_window", "features", "jobs", "undo", "i18n", "crash_dialog", "single_instance",
              "preferences", "file_actions", "search_box"],
    "widgets": ["commitment_model", "commitment_delegate", "columns", "rows_model", "date_edit", "record_form",
                "history_panel", "pdf_preview"],
    "strategy": ["strategy_view", "objective_page", "worksite_page", "home_view", "revision_dialog", "revisions_feature",
                 "strategy_texts_actions"],
    "commitments": ["commitments_view", "commitment_form"],
    "partners": ["partners_view"],
    "indicators": ["indicators_view"],
    "meetings": ["meetings_agenda", "meetings_common", "meetings_dialogs", "meetings_editor", "meetings_feature",
                 "meetings_view"],
    "summit": ["summit_feature", "summit_view", "progress_note"],
    "exchange": ["exchange_actions", "exchange_conflicts", "import_wizard"],
    "backups": ["backups_view", "trash_view"],
}
DOCS = {
    "shell": "The frame of the window: application start, main window, features, background jobs, the undo session, languages, crash dialog, single instance, preferences, file actions, search box.",
    "widgets": "Widgets shared by several screens: the commitment table (model, delegate, view), headings and details text, column sizing, row models, date editing, the record form, the history panel, the PDF preview.",
    "strategy": "The strategy screens: the tree with its objective and worksite pages, the home dashboard, strategy revisions and texts.",
    "commitments": "The commitments screen and the commitment form.",
    "partners": "The partners screen: organisations, contacts, memberships.",
    "indicators": "The indicators (key figures) screen.",
    "meetings": "The meetings screens: list, editor, agenda, dialogs.",
    "summit": "The Social Summit screen and the progress note.",
    "exchange": "The Excel exchange: export, import wizard, consolidation.",
    "backups": "Backups, restoring, the start-of-day check, and the trash.",
}
NEW_WIDGETS = {  # new module -> (source module, names)
    "heading": ("worksite_page", ["link", "paragraphs", "Heading", "TranslationMark"]),
    "details_text": ("worksite_page", ["DetailsText"]),
    "commitment_table": ("worksite_page", ["FREE_TEXT_WIDTHS", "MIN_TITLE_WIDTH", "column_samples", "CommitmentTable"]),
}
TO_COLUMNS = ("partners_view", ["record_table", "fit_columns"])


def where(module):
    for folder, names in MOVES.items():
        if module in names:
            return folder
    if module in NEW_WIDGETS:
        return "widgets"
    return None


def run(*cmd):
    subprocess.run(cmd, check=True)


# ---- 1. extract shared widgets out of pages (before moving) -----------------------------------
def segment_lines(src, names):
    tree = ast.parse(src)
    spans = []
    for node in tree.body:
        name = None
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            name = node.name
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
        if name in names:
            start = node.lineno - 1
            if getattr(node, "decorator_list", None):
                start = node.decorator_list[0].lineno - 1
            spans.append((start, node.end_lineno, name))
    return spans


def import_block(src):
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    out = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not (
                isinstance(node, ast.ImportFrom) and node.module == "__future__"):
            out.append("".join(lines[node.lineno - 1:node.end_lineno]))
    return "".join(out)


def bound_names(src):
    names = set()
    for node in ast.parse(src).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def without_bound(block, bound):
    kept = []
    for node in ast.parse(block).body:
        names = [a for a in node.names if (a.asname or a.name).split(".")[0] not in bound]
        if not names:
            continue
        node.names = names
        kept.append(ast.unparse(node) + "\n")
    return "".join(kept)


def extract(source_mod, names, target_mod, doc):
    src_path = UI / f"{source_mod}.py"
    src = src_path.read_text()
    spans = segment_lines(src, names)
    if not spans:
        return
    lines = src.splitlines(keepends=True)
    taken = "\n\n\n".join("".join(lines[a:b]).rstrip() for a, b, _ in sorted(spans)) + "\n"
    for a, b, _ in sorted(spans, reverse=True):
        del lines[a:b]
    rest = re.sub(r"\n{4,}", "\n\n\n", "".join(lines))
    target = UI / f"{target_mod}.py"
    if target.exists():
        body = target.read_text().rstrip() + "\n\n\n" + taken
        target.write_text(body)
        head = "".join(line for line in import_block(src).splitlines(keepends=True)
                       if not line.startswith(f"from .{target_mod} import"))
        head = without_bound(head, bound_names(target.read_text()))
        # add the source's imports to the target (unused ones pruned later)
        t = target.read_text()
        i = t.index("\n", t.index("from __future__ import annotations")) + 1
        t = t[:i] + "\n" + head + t[i:]
        target.write_text(t)
    else:
        target.write_text(f'"""{doc}"""\n\nfrom __future__ import annotations\n\n' + import_block(src) + "\n\n\n" + taken)
    # the source imports what it still uses from the target
    exported = ", ".join(sorted(names))
    i = rest.index("\n", rest.index("from __future__ import annotations")) + 1
    rest = rest[:i] + f"\nfrom .{target_mod} import {exported}\n" + rest[i:]
    src_path.write_text(rest)
    run("git", "add", str(target))


if (UI / "partners_view.py").exists():
    for name in ("partners_view.py", "indicators_view.py"):
        f = UI / name
        t = f.read_text()
        t = re.sub(r"(?<![\w.])table\(", "record_table(", t)
        t = t.replace("def table(model", "def record_table(model").replace("import fit_columns, table", "import fit_columns, record_table")
        f.write_text(t)

if (UI / "worksite_page.py").exists():
    extract("worksite_page", NEW_WIDGETS["heading"][1], "heading",
            "A page's heading (with the working-translation mark), links and paragraphs of record texts.")
    extract("worksite_page", NEW_WIDGETS["details_text"][1], "details_text",
            "The read-only details text of a page (links open the record they name).")
    extract("worksite_page", NEW_WIDGETS["commitment_table"][1], "commitment_table",
            "The commitment table: the view over `CommitmentTableModel`, used by the worksite page and the commitments screen.")
if (UI / "partners_view.py").exists():
    extract("partners_view", TO_COLUMNS[1], "columns", "")

# ---- 2. move the files --------------------------------------------------------------------
moved = {}
for path in sorted(UI.glob("*.py")):
    module = path.stem
    if module == "__init__":
        continue
    folder = where(module)
    if folder is None:
        print("stays:", module)
        continue
    (UI / folder).mkdir(exist_ok=True)
    init = UI / folder / "__init__.py"
    if not init.exists():
        init.write_text(f'"""{DOCS[folder]}"""\n')
        run("git", "add", str(init))
    run("git", "mv", str(path), str(UI / folder / path.name))
    moved[module] = folder

# ---- 3. rewrite imports everywhere --------------------------------------------------------
def new_path(mod):  # "g4b_desktop.ui.x" -> new dotted path
    parts = mod.split(".")
    if len(parts) >= 3 and parts[:2] == ["g4b_desktop", "ui"]:
        folder = where(parts[2])
        if folder and (len(parts) == 3 or parts[2] != folder):
            return ".".join(parts[:2] + [folder] + parts[2:])
    return mod


def module_of(path):
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts = parts[:-1]
    return ".".join(parts), is_pkg


def old_module_of(path):
    """Where a moved module used to be (to resolve its relative imports)."""
    mod, is_pkg = module_of(path)
    parts = mod.split(".")
    if len(parts) == 4 and parts[:2] == ["g4b_desktop", "ui"] and parts[2] in MOVES and parts[3] in moved:
        return "g4b_desktop.ui." + parts[3], is_pkg
    if len(parts) == 4 and parts[:2] == ["g4b_desktop", "ui"] and parts[2] == "widgets" and parts[3] in NEW_WIDGETS:
        return "g4b_desktop.ui." + parts[3], is_pkg
    return mod, is_pkg


def absolute(base_mod, is_pkg, level, module):
    base = base_mod.split(".")
    if not is_pkg:
        base = base[:-1]
    base = base[:len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([module] if module else []))


def relative(from_mod, is_pkg, target):
    here = from_mod.split(".")
    if not is_pkg:
        here = here[:-1]
    t = target.split(".")
    common = 0
    while common < len(here) and common < len(t) and here[common] == t[common]:
        common += 1
    level = len(here) - common + 1
    return "." * level + ".".join(t[common:])


IMPORT = re.compile(r"^(?P<indent>[ \t]*)from (?P<dots>\.+)(?P<mod>[\w.]*) import (?P<names>\([^)]*\)|[^\n]*(?:\\\n[^\n]*)*)", re.M)
ABS_IMPORT = re.compile(r"^(?P<indent>[ \t]*)from g4b_desktop\.ui import (?P<names>[^\n(]+)$", re.M)


def split_names(names):
    body = names.strip()
    if body.startswith("("):
        body = body[1:-1]
    comment = ""
    return [n.strip() for n in body.replace("\\\n", " ").split(",") if n.strip()]


def rewrite_package_file(path):
    src = path.read_text()
    old_mod, is_pkg = old_module_of(path)
    new_mod, _ = module_of(path)

    def fix(m):
        level = len(m.group("dots"))
        target = absolute(old_mod, is_pkg, level, m.group("mod"))
        names = split_names(m.group("names"))
        indent = m.group("indent")
        if target == "g4b_desktop.ui" or (target in ("g4b_desktop.ui",)):
            # `from . import a, b`: each name a module somewhere now
            groups = {}
            for name in names:
                base = name.split(" as ")[0].strip()
                dest = new_path(f"g4b_desktop.ui.{base}")
                pkg = dest.rsplit(".", 1)[0]
                groups.setdefault(pkg, []).append(name)
            lines = []
            for pkg, ns in groups.items():
                lines.append(f"{indent}from {relative(new_mod, is_pkg, pkg)} import {', '.join(ns)}")
            return "\n".join(lines)
        dest = new_path(target)
        rel = relative(new_mod, is_pkg, dest)
        original = m.group(0)
        return original.replace(f"from {m.group('dots')}{m.group('mod')} import", f"from {rel} import", 1)

    new = IMPORT.sub(fix, src)
    if new != src:
        path.write_text(new)


def rewrite_absolute(path):
    src = path.read_text()
    new = re.sub(r"g4b_desktop\.ui\.(\w+)", lambda m: new_path(m.group(0)) if where(m.group(1)) else m.group(0), src)
    new = re.sub(r"g4b_desktop/ui/(\w+)\.py", lambda m: (f"g4b_desktop/ui/{where(m.group(1))}/{m.group(1)}.py" if where(m.group(1)) else m.group(0)), new)

    def fix(m):
        names = split_names(m.group("names"))
        groups = {}
        for name in names:
            base = name.split(" as ")[0].strip()
            dest = new_path(f"g4b_desktop.ui.{base}")
            groups.setdefault(dest.rsplit(".", 1)[0], []).append(name)
        return "\n".join(f"{m.group('indent')}from {pkg} import {', '.join(ns)}" for pkg, ns in groups.items())

    new = ABS_IMPORT.sub(fix, new)
    new = re.sub(r"from g4b_desktop\.ui import (\w+)(?=[;'\"\\])",  # inside code given as a string
                 lambda m: f"from {new_path('g4b_desktop.ui.' + m.group(1)).rsplit('.', 1)[0]} import {m.group(1)}", new)
    if new != src:
        path.write_text(new)


for path in sorted((ROOT / "g4b_desktop").rglob("*.py")):
    rewrite_package_file(path)
for base in ("tests", "tools", "benchmarks", "installer", "docs"):
    for path in sorted((ROOT / base).rglob("*")):
        if path.suffix in (".py", ".md", ".spec", ".sh", ".ps1", ".txt") and path.is_file():
            rewrite_absolute(path)
for path in [ROOT / "README.md", ROOT / "Makefile", ROOT / "pyproject.toml"]:
    if path.exists():
        rewrite_absolute(path)
print("moved", len(moved))

# ---- 4. dynamic module names ----------------------------------------------------------------
for path in sorted((ROOT / "g4b_desktop").rglob("*.py")):
    src = path.read_text()
    new = re.sub(r"([\"'])g4b_desktop\.ui\.(\w+)", lambda m: m.group(1) + new_path("g4b_desktop.ui." + m.group(2)), src)
    if new != src:
        path.write_text(new)

mw = UI / "shell" / "main_window.py"
s = mw.read_text()
if "UI_PACKAGE" not in s:
    s = s.replace('f"{__package__}.{module}"', 'f"{UI_PACKAGE}.{module}"').replace('f"{__package__}.{name}"', 'f"{UI_PACKAGE}.{name}"')
    s = re.sub(r'make\("(\w+)", ', lambda m: f'make("{where(m.group(1))}.{m.group(1)}", ' if where(m.group(1)) else m.group(0), s)
    i = s.index("\n\n\nclass MainWindow")
    s = s[:i] + '\n\nUI_PACKAGE = __package__.rsplit(".", 1)[0]  # g4b_desktop.ui: screens and features are named from there' + s[i:]
    mw.write_text(s)
ft = UI / "shell" / "features.py"
s = ft.read_text()
m = re.search(r"FEATURES = \[(.*?)\]", s, re.S)
names = re.findall(r'"(\w+)"', m.group(1))
listed = ", ".join(f'"{where(n)}.{n}"' if where(n) else f'"{n}"' for n in names)
s = s[:m.start()] + f"FEATURES = [{listed}]" + s[m.end():]
s = s.replace("Each name is a module `g4b_desktop/ui/<name>.py`", "Each name is a module `g4b_desktop/ui/<folder>/<name>.py`, given as `<folder>.<name>`,")
ft.write_text(s)

# ---- 5. unused imports left by the extraction ------------------------------------------------
for _ in range(400):
    out = subprocess.run([sys.executable, "-m", "pyflakes", str(UI)], capture_output=True, text=True).stdout
    changed = False
    for line in out.splitlines():
        m = re.match(r"(\S+):(\d+):\d+: '(.+)' imported but unused", line)
        if not m:
            continue
        f, n, full = pathlib.Path(m.group(1)), int(m.group(2)), m.group(3)
        name = full.split(" as ")[-1].rsplit(".", 1)[-1]
        lines = f.read_text().splitlines(keepends=True)
        stmt_start = n - 1
        # find the statement (may be parenthesised over lines)
        stmt_end = stmt_start
        if "(" in lines[stmt_start] and ")" not in lines[stmt_start]:
            while ")" not in lines[stmt_end]:
                stmt_end += 1
        text = "".join(lines[stmt_start:stmt_end + 1])
        mm = re.match(r"^(\s*from \S+ import )\(?(.*?)\)?\s*$", text, re.S)
        if not mm:
            mm2 = re.match(r"^(\s*)import (\S+)\s*$", text)
            if mm2:
                lines[stmt_start:stmt_end + 1] = []
                f.write_text("".join(lines)); changed = True
            continue
        items = [x.strip() for x in mm.group(2).replace("\n", " ").split(",") if x.strip()]
        kept = [x for x in items if x.split(" as ")[-1].strip() != name]
        if len(kept) == len(items):
            continue
        items = kept
        if items:
            body = mm.group(1) + ", ".join(items)
            if len(body) > 110:
                body = mm.group(1) + "(\n    " + ",\n    ".join(items) + ",\n)"
            lines[stmt_start:stmt_end + 1] = [body + "\n"]
        else:
            lines[stmt_start:stmt_end + 1] = []
        f.write_text("".join(lines))
        changed = True
        break  # line numbers moved: run pyflakes again
    if not changed:
        break

# ---- 6. translations: features own folders -----------------------------------------------------
tr = ROOT / "tools" / "translations.py"
s = tr.read_text()
a = s.index("# Feature -> file patterns in g4b_desktop/ui/")
b = s.index("def tool(")
s = s[:a] + '''# Feature -> patterns of paths under g4b_desktop/ui/ (a feature not named here owns "*<feature>*.py").
FEATURE_PATTERNS = {
    "meetings": ["meetings/*.py"],
    "summit": ["summit/*.py"],
    "summits": ["summit/*.py"],
    "exchange": ["exchange/*.py"],
    "reliability": ["backups/backups*.py", "shell/crash*.py", "shell/single_instance*.py"],
    "reports": ["widgets/pdf_preview*.py"],
    "revisions": ["strategy/revision*.py"],
}
# Files under g4b_desktop/ui/ that belong to other features even before their .ts exists.
OWNED_ELSEWHERE = ["strategy/revision*.py", "meetings/*.py", "summit/*.py", "widgets/pdf_preview*.py", "exchange/*.py",
                   "backups/backups*.py", "shell/crash*.py", "shell/single_instance*.py"]


''' + s[b:]
s = s.replace('''    return FEATURE_PATTERNS.get(feature, [f"{feature}*.py"])''', '''    return FEATURE_PATTERNS.get(feature, [f"*{feature}*.py"])''')
s = s.replace('''    files = sorted(p for p in UI.glob("*.py") if p.name != "__init__.py")
    if feature != MAIN_FEATURE:
        chosen = {p.resolve() for p in files if any(fnmatch.fnmatch(p.name, pat) for pat in patterns(feature))}''', '''    files = sorted(p for p in UI.rglob("*.py") if p.name != "__init__.py")
    if feature != MAIN_FEATURE:
        chosen = {p.resolve() for p in files if any(fnmatch.fnmatch(in_ui(p), pat) for pat in patterns(feature))}''')
s = s.replace('''            if p.resolve() not in claimed and not any(fnmatch.fnmatch(p.name, pat) for pat in OWNED_ELSEWHERE)]''', '''            if p.resolve() not in claimed and not any(fnmatch.fnmatch(in_ui(p), pat) for pat in OWNED_ELSEWHERE)]


def in_ui(path: Path) -> str:
    """A file's path under g4b_desktop/ui/ ("meetings/meetings_view.py"), as the patterns name it."""
    return path.relative_to(UI).as_posix()''')
s = s.replace("The sources of a feature are the `g4b_desktop/ui/<pattern>.py` files of its patterns (by default\n`<feature>*.py`; see FEATURE_PATTERNS)", "The sources of a feature are the files under `g4b_desktop/ui/` its patterns name (by default\n`*<feature>*.py`; see FEATURE_PATTERNS: a feature owns its screen folder)")
tr.write_text(s)
print("translations.py updated")

t = ROOT / "tests" / "ui" / "test_translations.py"
s = t.read_text()
old = s[s.index("def test_each_feature_translates_its_own_files():"):s.index("def test_english_entries_take_their_source_text")]
s = s.replace(old, '''def test_each_feature_translates_its_own_files():
    every = translations_tool.features()
    main = {translations_tool.in_ui(p) for p in translations_tool.sources("ui", every)}
    assert {"shell/main_window.py", "strategy/worksite_page.py", "widgets/commitment_model.py"} <= main
    assert not any(path.startswith(("meetings/", "summit/", "exchange/", "backups/backups", "shell/crash",
                                    "shell/single_instance")) for path in main)
    if "meetings" in every:
        assert "meetings/meetings_view.py" in {translations_tool.in_ui(p) for p in translations_tool.sources("meetings", every)}


''')
t.write_text(s)
