"""The strategy's texts as a workbook: written for review, read back to load corrected or official texts.

`export_texts(store, path, lang)` writes one row per text (kind, code, field, Dutch, French, where the
text comes from). `load(store, path)` reads such a workbook and plans what it would change (nothing is
written; a row naming an unknown text refuses the whole file, the row named); `apply(store, plan,
origin)` takes a backup, then writes the French texts the rows name, as one action (undone as one),
each with its new origin ("official", or "edited"). A row with an empty French cell names no text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..db import backup, strategy_texts
from ..db.errors import StoreError
from ..db.store import Changes, Store
from ..texts import Words, t, words_table

HEADERS = words_table("strategy_texts_workbook", "HEADERS")
SHEET = words_table("strategy_texts_workbook", "SHEET")
ABOUT_SHEET = words_table("strategy_texts_workbook", "ABOUT_SHEET")
ABOUT = words_table("strategy_texts_workbook", "ABOUT")
WIDTHS = {"kind": 14, "code": 14, "field": 20, "nl": 70, "fr": 70, "origin": 22}


def export_texts(store: Store, path: Path | str, lang: str = "fr") -> int:
    """Write every strategy text to `path` (.xlsx); returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    lang = lang if lang in ("nl", "fr", "en") else "fr"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET[lang]
    sheet.append([HEADERS[key][lang] for key in HEADERS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    texts = strategy_texts.all_texts(store)
    for text in texts:
        origin = text.origin_fr if text.fr else None
        sheet.append([text.kind, text.code, text.field, text.nl or "", text.fr or "",
                      strategy_texts.ORIGIN_LABELS[origin][lang] if origin else ""])
    for position, key in enumerate(HEADERS):
        sheet.column_dimensions[chr(65 + position)].width = WIDTHS[key]
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    about = book.create_sheet(ABOUT_SHEET[lang])
    for line in ABOUT[lang]:
        about.append([line])
    about.column_dimensions["A"].width = 120
    try:
        book.save(path)
    except OSError as exc:
        raise StoreError(t("{file}: cannot be written ({reason}).", file=path.name, reason=exc.strerror or str(exc)))
    return len(texts)


@dataclass
class Planned:
    row: int
    text: strategy_texts.TextRow
    new: str

    @property
    def changed(self) -> bool:
        return (self.text.fr or "") != self.new


@dataclass
class Plan:
    file_name: str
    items: list[Planned] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)   # rows with an empty French cell

    def summary(self):
        changed = sum(1 for item in self.items if item.changed)
        return t("{file}: {n} text(s) named, {changed} with a new wording, {same} with the same wording; "
                 "{skipped} row(s) without French left aside.", file=self.file_name, n=len(self.items),
                 changed=changed, same=len(self.items) - changed, skipped=len(self.skipped))


def _header_key(value) -> str | None:
    text = " ".join(str(value or "").split()).casefold()
    for key, names in HEADERS.items():
        if text in {name.casefold() for name in names.values()} or text == key:
            return key
    return None


def load(store: Store, path: Path | str) -> Plan:
    """Read a texts workbook and plan what loading it would change; writes nothing."""
    from openpyxl import load_workbook

    path = Path(path)
    name = path.name
    if not path.is_file():
        raise StoreError(t("{path}: no such file.", path=str(path)))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise StoreError(t("{file}: not an Excel workbook (.xlsx) that can be read.", file=name)) from None
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None) or ()
        columns = {}
        for position, value in enumerate(header):
            key = _header_key(value)
            if key and key not in columns:
                columns[key] = position
        missing = [key for key in ("kind", "code", "field", "nl", "fr") if key not in columns]
        if missing:
            raise StoreError(t("{file}: the first row names no column {columns}; is this a workbook written by "
                               "'g4b strategy texts export'?", file=name,
                               columns=", ".join(f"'{HEADERS[key]['fr']}'" for key in missing)))
        known = {text.key: text for text in strategy_texts.all_texts(store)}
        plan = Plan(name)
        seen: dict[tuple, int] = {}
        for number, values in enumerate(rows, start=2):
            def cell(key):
                position = columns[key]
                value = values[position] if position < len(values) else None
                return "" if value is None else str(value).strip()

            kind, code, field_name, dutch, french = (cell(k) for k in ("kind", "code", "field", "nl", "fr"))
            if not any((kind, code, field_name, dutch, french)):
                continue
            if kind not in strategy_texts.KINDS:
                raise StoreError(t("{file}, row {row}: unknown kind '{kind}'; nothing was loaded.",
                                   file=name, row=number, kind=kind))
            if field_name not in strategy_texts.KINDS[kind].fields:
                raise StoreError(t("{file}, row {row}: {kind} has no field '{field}'; nothing was loaded.",
                                   file=name, row=number, kind=kind, field=field_name))
            identity = code if strategy_texts.KINDS[kind].code else " ".join(dutch.split())
            key = (kind, identity, field_name)
            if key not in known:
                if strategy_texts.KINDS[kind].code:
                    raise StoreError(t("{file}, row {row}: unknown code '{code}' ({kind}); nothing was loaded.",
                                       file=name, row=number, code=code, kind=kind))
                raise StoreError(t("{file}, row {row}: no {kind} reads '{text}' in Dutch; nothing was loaded.",
                                   file=name, row=number, kind=kind, text=dutch[:80]))
            if key in seen:
                raise StoreError(t("{file}, row {row}: the same text as row {other}; nothing was loaded.",
                                   file=name, row=number, other=seen[key]))
            seen[key] = number
            if not french:
                plan.skipped.append(number)
                continue
            plan.items.append(Planned(number, known[key], french))
        return plan
    finally:
        book.close()


def apply(store: Store, plan: Plan, origin: str = "official") -> Changes:
    """Write the texts the plan names (a backup of the database first), as one action."""
    if origin not in ("official", "edited"):
        raise StoreError(t("Unknown provenance '{origin}' (official or edited).", origin=origin))
    if not plan.items:
        raise StoreError(t("{file}: no row holds a French text; nothing was loaded.", file=plan.file_name))
    backup.backup_before(store, "strategy-texts")
    with store.action(t("Load strategy texts from {file} ({origin})", file=plan.file_name,
                        origin=Words(strategy_texts.ORIGIN_LABELS[origin])), source=plan.file_name) as act:
        strategy_texts.set_texts(act, [(item.text, item.new) for item in plan.items], origin)
    return act.changes
