"""The shape of the package: no import cycle, no private name used across modules.

Imports are read from the source (every `import`, including those inside functions: a cycle hidden
behind a late import is still a cycle). Checked at two levels: between modules, and between the
package's parts (`db`, `texts`, `cli`, `commands`, `ui`, ...), where `db -> texts -> db` is a cycle
even when no single module closes it.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

PACKAGE = "g4b_desktop"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE


@lru_cache(maxsize=None)
def modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def imported(name: str, is_package: bool, node: ast.AST, known: dict) -> list[tuple[str, str | None]]:
    """(module, imported name or None) for each name an import statement brings in from our package."""
    if isinstance(node, ast.Import):
        return [(alias.name, None) for alias in node.names if alias.name.split(".")[0] == PACKAGE]
    base = name.split(".") if is_package else name.split(".")[:-1]
    if node.level:
        base = base[:len(base) - (node.level - 1)]
        prefix = ".".join(base + ([node.module] if node.module else []))
    else:
        prefix = node.module or ""
        if prefix.split(".")[0] != PACKAGE:
            return []
    return [(f"{prefix}.{alias.name}", None) if f"{prefix}.{alias.name}" in known else (prefix, alias.name)
            for alias in node.names]


@lru_cache(maxsize=None)
def tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {}
    for name, (path, is_package) in known.items():
        targets = set()
        for node in ast.walk(tree(path)):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target, _ in imported(name, is_package, node, known):
                    while target not in known and "." in target:
                        target = target.rsplit(".", 1)[0]
                    if target in known and target != name:
                        targets.add(target)
        edges[name] = targets
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def part(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_modules():
    assert cycles(graph()) == []


def test_no_import_cycle_between_the_parts_of_the_package():
    parts: dict[str, set[str]] = {}
    for source, targets in graph().items():
        parts.setdefault(part(source), set()).update(part(t) for t in targets if part(t) != part(source))
    assert cycles(parts) == []


def test_no_private_name_is_imported_from_another_module():
    known = modules()
    offences = []
    for name, (path, is_package) in known.items():
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ImportFrom):
                for (target, imported_name), alias in zip(imported(name, is_package, node, known), node.names):
                    private = (imported_name or target.rsplit(".", 1)[-1])
                    if private.startswith("_") and not private.startswith("__"):
                        offences.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} imports {alias.name}")
    assert offences == []


def test_no_private_function_of_another_module_is_called():
    """`module._helper(...)` on one of our modules (found by the names bound by its imports)."""
    known = modules()
    offences = []
    for name, (path, is_package) in known.items():
        ours = set()
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ImportFrom):
                for (target, imported_name), alias in zip(imported(name, is_package, node, known), node.names):
                    if imported_name is None:  # a module
                        ours.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                ours.update(alias.asname for alias in node.names if alias.asname and alias.name.startswith(PACKAGE))
        for node in ast.walk(tree(path)):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ours
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                offences.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} uses {node.value.id}.{node.attr}")
    assert offences == []


SQL = re.compile(r"\b(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)"
                 r"|PRAGMA\s+\w+|WITH\s+\w+\s+AS\s*\()", re.S)


def sql_in(path: Path) -> list[str]:
    """String literals (f-strings included) that hold SQL."""
    found = []
    name = path.relative_to(ROOT.parent) if path.is_relative_to(ROOT.parent) else path.name
    parts = {id(part) for node in ast.walk(tree(path)) if isinstance(node, ast.JoinedStr) for part in node.values}
    for node in ast.walk(tree(path)):
        if id(node) in parts:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{name}:{node.lineno}: {node.value[:60]}")
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else "?" for part in node.values)
            if SQL.search(text):
                found.append(f"{name}:{node.lineno}: {text[:60]}")
    return found


def test_the_sql_finder_finds_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('a = "SELECT id FROM x WHERE y = ?"\nb = f"DELETE FROM {t} WHERE id = ?"\n'
                      'c = self.tr("Select the rows to delete from the list")\n')
    assert [line.split(":")[1] for line in sql_in(sample)] == ["1", "2"]


def test_no_sql_in_the_window_code():
    """ui/ asks the data layer (db/ read modules) and never writes SQL itself."""
    assert [hit for path in sorted((ROOT / "ui").rglob("*.py")) for hit in sql_in(path)] == []


def test_the_layers_import_downwards_only():
    """Nothing imports the window (ui/); the data layer imports neither Qt nor the parts above it."""
    above_db = ("g4b_desktop.ui", "g4b_desktop.exchange", "g4b_desktop.reports", "g4b_desktop.commands",
                "g4b_desktop.cli", "g4b_desktop.app")
    offences = []
    for source, targets in graph().items():
        for target in targets:
            if target.startswith("g4b_desktop.ui") and not source.startswith(("g4b_desktop.ui", "g4b_desktop.app")):
                offences.append(f"{source} imports {target}")
            if source.startswith("g4b_desktop.db") and target.startswith(above_db):
                offences.append(f"{source} imports {target}")
    for name, (path, _) in modules().items():
        if name.startswith("g4b_desktop.db"):
            for node in ast.walk(tree(path)):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                    if module and module.startswith("PySide6"):
                        offences.append(f"{name} imports {module}")
    assert offences == []


LONGEST = 450  # lines; a longer module says why at its top
REASON = "Longer than 450 lines:"
KNOWN_LONG: set[str] = set()  # modules over LONGEST lines still to be split (none now)


def long_modules_without_a_reason(root: Path = ROOT, known: set[str] | frozenset = frozenset()) -> list[str]:
    """Modules over LONGEST lines whose docstring does not say why (with REASON), as 'path: N lines'."""
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root.parent).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LONGEST and name not in known and REASON not in (ast.get_docstring(tree(path)) or ""):
            found.append(f"{name}: {lines} lines")
    return found


def test_the_length_finder_finds_a_long_module_without_a_reason(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    filler = "x = 1\n" * LONGEST
    (package / "short.py").write_text('"""Short."""\n' + "x = 1\n" * (LONGEST - 1))
    (package / "long.py").write_text('"""Long, and does not say why."""\n' + filler)
    (package / "reasoned.py").write_text(f'"""Long.\n\n{REASON} one algorithm.\n"""\n' + filler)
    (package / "commented.py").write_text(f'# {REASON} in a comment, not the docstring\n' + filler)
    (package / "known.py").write_text(filler + "y = 2\n")
    assert long_modules_without_a_reason(package, {"pkg/known.py"}) == [
        f"pkg/commented.py: {LONGEST + 1} lines", f"pkg/long.py: {LONGEST + 1} lines"]


def test_no_module_over_450_lines_without_a_reason_at_its_top():
    """Split a long module by what a reader looks for, or say at its top why it stays whole."""
    offenders = long_modules_without_a_reason(known=KNOWN_LONG)
    assert not offenders, f"over {LONGEST} lines without '{REASON} ...' in the module docstring:\n" + "\n".join(offenders)
