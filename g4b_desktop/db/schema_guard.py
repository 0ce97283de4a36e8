"""Is a file's schema the one this program wrote? (reliability #17: a received file is not trusted)

A `.g4b` file may come from anyone. Its tables, views, triggers and indexes are compared with those
this program makes for the same schema steps, before anything reads records or writes to it: a view
in place of a table (made to run forever), a foreign trigger (erasing the change log) or a changed
index is refused with a sentence naming what differs, and `g4b check` reports it.

The expected schema of the current steps is kept in `schema_expected.py` (made by
`python -m g4b_desktop.db.schema_guard`; a test fails when it is out of date), so that opening an
up-to-date file does not import sqlite-utils. For other step lists (an older file) it is built in
memory by running those steps.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from ..texts import Words

# SQLite's own objects, which any write may add or remove.
_SQLITE_OWN = re.compile(r"^sqlite_(autoindex_|stat\d|sequence$)")

KIND_WORDS = {
    "table": {"nl": "tabel", "fr": "table", "en": "table"},
    "view": {"nl": "view", "fr": "vue", "en": "view"},
    "trigger": {"nl": "trigger", "fr": "déclencheur", "en": "trigger"},
    "index": {"nl": "index", "fr": "index", "en": "index"},
}
HOW_WORDS = {
    "foreign": {"nl": "{kind} {name} hoort er niet bij", "fr": "{kind} {name} en trop", "en": "foreign {kind} {name}"},
    "changed": {"nl": "{kind} {name} gewijzigd", "fr": "changement dans {kind} {name}", "en": "changed {kind} {name}"},
    "missing": {"nl": "{kind} {name} ontbreekt", "fr": "absence de {kind} {name}", "en": "missing {kind} {name}"},
    "replaced": {"nl": "{kind} {name} vervangen door een {other}", "fr": "{other} à la place de {kind} {name}",
                 "en": "{kind} {name} replaced by a {other}"},
}


def steps_key(steps: list[str] | tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(steps).encode()).hexdigest()[:16]


def normal(sql: str | None) -> str:
    """SQL text compared without its layout and quoting."""
    if not sql:
        return ""
    text = re.sub(r'["`\[\]]', "", sql)
    return re.sub(r"\s+", " ", text).strip().lower()


def describe(conn: sqlite3.Connection) -> dict[str, tuple]:
    """name -> (type, table, normalised sql, columns) for every object of the schema."""
    found = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if _SQLITE_OWN.match(name):
            continue
        columns = ()
        if kind == "table":
            columns = tuple((row[1], row[6]) for row in conn.execute(f'PRAGMA table_xinfo("{name}")'))
        text = normal(sql)
        if kind == "table" and not text.startswith("create virtual table"):
            # a table is compared by its columns, CHECK constraints and foreign keys, not its whole text
            # (the layout of a table made by sqlite-utils may differ between versions); a constraint
            # changed by another program made every write to the table fail (exit 70, #17)
            text = _constraints(conn, name, text)
        found[name] = (kind, table, text, columns)
    return found


def _constraints(conn: sqlite3.Connection, table: str, text: str) -> str:
    """The table's CHECK expressions and foreign keys as one comparable text."""
    checks = []
    for match in re.finditer(r"\bcheck\s*\(", text):
        depth, start = 1, match.end()
        end = start
        while end < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        checks.append(re.sub(r"\s+", "", text[start:end - 1]))
    keys = sorted(f"{row[3]}->{row[2]}.{row[4]} {row[5]} {row[6]}".lower()
                  for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
    return "check " + "; ".join(sorted(checks)) + " | references " + "; ".join(keys)


@dataclass(frozen=True)
class Difference:
    how: str    # foreign, changed, missing, replaced
    kind: str   # table, view, trigger, index (what the file has, or should have)
    name: str
    other: str = ""

    def words(self) -> Words:
        labels = {}
        for lang in ("nl", "fr", "en"):
            labels[lang] = HOW_WORDS[self.how][lang].format(
                kind=KIND_WORDS.get(self.kind, {}).get(lang, self.kind), name=self.name,
                other=KIND_WORDS.get(self.other, {}).get(lang, self.other))
        return Words(labels)


def differences(conn: sqlite3.Connection, steps: list[str]) -> list[Difference]:
    """What the schema of the open file has that the steps `steps` do not make, and what it lacks."""
    actual = describe(conn)
    wanted = expected(tuple(steps))
    found: list[Difference] = []
    for name, (kind, table, sql, columns) in sorted(actual.items()):
        want = wanted.get(name)
        if want is None:
            found.append(Difference("foreign", kind, name))
        elif want[0] != kind:
            found.append(Difference("replaced", want[0], name, kind))
        elif want[1] != table or want[2] != sql or tuple(map(tuple, want[3])) != columns:
            found.append(Difference("changed", kind, name))
    for name, want in sorted(wanted.items()):
        if name not in actual:
            found.append(Difference("missing", want[0], name))
    return found


def summary(found: list[Difference], most: int = 4) -> Words:
    """The first few differences as one parameter in each language."""
    labels = {}
    for lang in ("nl", "fr", "en"):
        parts = [d.words().render(lang) for d in found[:most]]
        if len(found) > most:
            parts.append({"nl": "…", "fr": "…", "en": "…"}[lang])
        labels[lang] = ", ".join(parts)
    return Words(labels)


@lru_cache(maxsize=8)
def expected(steps: tuple[str, ...]) -> dict[str, tuple]:
    """The schema the program makes with `steps` (the kept one, or built in memory)."""
    from . import schema_expected

    if schema_expected.STEPS_KEY == steps_key(steps):
        return schema_expected.OBJECTS
    return build(steps)


def build(steps: tuple[str, ...]) -> dict[str, tuple]:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from .schema import migrations  # noqa: F401  (every feature's steps registered)

    chosen = Migrations(migrations.name)
    for name in steps:
        step = migrations._steps.get(name)
        if step is None:
            return {}
        chosen(name=name)(step)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn)
        chosen.apply(db)
        return describe(conn)
    finally:
        conn.close()


def write_expected() -> str:
    """Rewrite `schema_expected.py` for the current steps; returns its path."""
    from pathlib import Path

    from .schema import step_names

    steps = tuple(step_names())
    objects = build(steps)
    lines = ['"""The schema this program makes with its current steps (made by `python -m '
             'g4b_desktop.db.schema_guard`;', 'do not edit)."""', "",
             f"STEPS_KEY = {steps_key(steps)!r}", "OBJECTS = {"]
    for name, value in sorted(objects.items()):
        lines.append(f"    {name!r}: {value!r},")
    lines.append("}")
    target = Path(__file__).with_name("schema_expected.py")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(target)


if __name__ == "__main__":
    print(write_expected())
