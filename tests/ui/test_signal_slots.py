"""The bug class of the summit buttons: `clicked`, `triggered` and `toggled` send `checked` (a bool) to
their slot; a slot with an optional parameter takes it as that parameter ("Nouveau Sommet…" got the year
False). Such a slot must be connected through a lambda; this test reads every connection of g4b_desktop/ui."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "g4b_desktop" / "ui"
CHECKED_SIGNALS = {"clicked", "triggered", "toggled"}


def functions(tree: ast.AST) -> dict[str, list[ast.FunctionDef]]:
    found: dict[str, list[ast.FunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            found.setdefault(node.name, []).append(node)
    return found


def takes_checked_by_mistake(function: ast.FunctionDef | ast.Lambda) -> bool:
    """True if `checked` would land in a parameter that means something else."""
    positional = [a.arg for a in function.args.args if a.arg != "self"]
    if not positional:
        return False
    first = positional[0]
    return not (first.startswith("_") or first == "checked")


def wrong_connections() -> list[str]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(UI.glob("*.py"))}
    everywhere: dict[str, list[ast.FunctionDef]] = {}
    for tree in trees.values():
        for name, found in functions(tree).items():
            everywhere.setdefault(name, []).extend(found)
    wrong = []
    for path, tree in trees.items():
        here = functions(tree)  # a slot defined in the same file is that one; else any of that name
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            signal = node.func.value
            if not (isinstance(signal, ast.Attribute) and signal.attr in CHECKED_SIGNALS):
                continue
            slot = node.args[0]
            if isinstance(slot, ast.Lambda):
                candidates = [slot]
            elif isinstance(slot, (ast.Attribute, ast.Name)):
                name = slot.attr if isinstance(slot, ast.Attribute) else slot.id
                candidates = here.get(name) or everywhere.get(name, [])
            else:
                candidates = []
            if any(takes_checked_by_mistake(f) for f in candidates):
                wrong.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return wrong


def test_no_checked_argument_lands_in_a_parameter_of_the_slot():
    assert wrong_connections() == []


def test_the_check_finds_the_summit_bug(tmp_path):
    source = ("class View:\n    def build(self):\n        self.new_button.clicked.connect(self.new_summit)\n"
              "    def new_summit(self, year=None, date=None):\n        pass\n")
    function = ast.parse(source).body[0].body[1]
    assert takes_checked_by_mistake(function)
    fine = ast.parse("lambda _checked=False, k=1: k").body[0].value
    assert not takes_checked_by_mistake(fine)
