"""Judging a column, not a cell: how a whole column writes its dates, percentages and numbers.

A date 04/11/2027 alone cannot say whether it is the 4th of November or the 11th of April; the
column it stands in can: one value whose first number is over 12 makes the column day first, one
whose second number is over 12 makes it month first. A column that stays ambiguous is asked about
(`AmbiguousDateOrder`), a column that says both is refused with its rows. The same for progress
written as fractions (0.25 = 25 %) and for the decimal mark of numbers ("1.000,5" or "1,000.5").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..db.errors import StoreError
from ..texts import Words, t
from . import values as val

DATE_FIELDS = ("due_date", "meeting_date")
NUMBER_FIELDS = ("progress", "value", "target")
MAX_LISTED = 20


class ColumnRefused(StoreError):
    """A column whose values contradict each other: nothing is imported; the database is unchanged."""


class AmbiguousDateOrder(ColumnRefused):
    """A date column whose values can all be read day first and month first: the user must say which."""

    def __init__(self, message, columns: list[str]):
        super().__init__(message)
        self.columns = columns


def rows_text(rows: list[int]) -> str:
    """'4, 9, 12' or, past 20 rows, '4, 9, … and 37 more' (in figures: the same in every language)."""
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED])
    return shown if len(rows) <= MAX_LISTED else f"{shown} (+{len(rows) - MAX_LISTED})"


@dataclass
class Rules:
    """What the columns decided: date order and decimal mark per field, progress as fractions."""

    date_order: dict[str, str] = field(default_factory=dict)
    decimal: dict[str, str | None] = field(default_factory=dict)
    fraction: bool = False
    odd_progress: dict[int, object] = field(default_factory=dict)   # row -> the problem of a value unlike the rest
    notes: list[str] = field(default_factory=list)


def judge(loaded, date_order: str | None = None) -> Rules:
    """The rules of the mapped columns of `loaded` (partner_import.Loaded); raises ColumnRefused."""
    rules = Rules()
    positions = {name: position for position, name in loaded.mapping.items() if name}
    rows = loaded.data_rows()

    def column(name: str) -> list[tuple[int, object]]:
        position = positions[name]
        return [(number, values[position]) for number, values in rows
                if position < len(values) and values[position] not in (None, "")]

    ambiguous = []
    for name in DATE_FIELDS:
        if name not in positions:
            continue
        order = _date_order(loaded, name, positions[name], column(name), date_order)
        if order is None:
            ambiguous.append(name)
        elif order != "":
            rules.date_order[name] = order
    decided = set(rules.date_order.values())
    if ambiguous and len(decided) == 1:   # one program wrote the file: another date column tells its order
        order = decided.pop()
        for name in ambiguous:
            rules.date_order[name] = order
            rules.notes.append(t("{file}, column {column}: dates read {order}, as in the file's other date column.",
                                 file=loaded.file_name, column=loaded.column_name(positions[name]),
                                 order=_ORDER_WORDS[order]))
        ambiguous = []
    ambiguous = [loaded.column_name(positions[name]) for name in ambiguous]
    if ambiguous:
        raise AmbiguousDateOrder(
            t("{file}, column {column}: the dates can be read day first (31/12) or month first (12/31); say which "
              "order the file uses (--date-order dmy or --date-order mdy on the command line).",
              file=loaded.file_name, column=", ".join(ambiguous)), ambiguous)
    for name in NUMBER_FIELDS:
        if name in positions:
            rules.decimal[name] = _decimal(column(name))
    if "progress" in positions:
        rules.fraction, rules.odd_progress = _fractions(column("progress"))
        if rules.fraction:
            rules.notes.append(t("{file}, column {column}: every progress value lies between 0 and 1; they are read "
                                 "as fractions (0.25 = 25 %).", file=loaded.file_name,
                                 column=loaded.column_name(positions["progress"])))
    return rules


def _date_order(loaded, name: str, position: int, cells, given: str | None) -> str | None:
    """"dmy" or "mdy" as the column's values (or the user) decide; "" when no value needs an order; None when
    they all can be read both ways."""
    day_first, month_first, either = [], [], False
    for number, value in cells:
        pair = val.slashed(value)
        if pair is None:
            continue
        first, second = pair
        if first > 12 >= second:
            day_first.append(number)
        elif second > 12 >= first:
            month_first.append(number)
        elif first != second and first <= 12 and second <= 12:
            either = True
    if given:
        return given
    if day_first and month_first:
        raise ColumnRefused(t(
            "{file}, column {column}: the dates contradict each other: day first in rows {day_rows}, month first in "
            "rows {month_rows}; write them in one order and import the file again.",
            file=loaded.file_name, column=loaded.column_name(position), day_rows=rows_text(day_first),
            month_rows=rows_text(month_first)))
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return None if either else ""


def _decimal(cells) -> str | None:
    marks = set()
    for _, value in cells:
        if isinstance(value, str):
            try:
                marks.add(val.decimal_mark(value))
            except ValueError:
                continue
    decided = marks & {",", "."}
    return decided.pop() if len(decided) == 1 else None


def _fractions(cells) -> tuple[bool, dict[int, object]]:
    """(the column holds fractions, the rows whose value is unlike the column's: a fraction among
    percentages or a percentage among fractions, each an error naming its row)."""
    small, large, one = [], [], False
    for number, value in cells:
        found = val.bare_number(value)
        if found is None:
            continue
        if 0 < found < 1:
            small.append((number, value))
        elif found > 1:
            large.append((number, value))
        elif found == 1:
            one = True
    if small and large:
        if len(small) <= len(large):
            return False, {number: t("{value} is a fraction while the column's other values are percentages; "
                                     "write it as a percentage (e.g. 30 or 30 %)", value=val.flat(value))
                           for number, value in small}
        return True, {number: t("{value} is a percentage while the column's other values are fractions "
                                "(0.25 = 25 %); write it as a fraction", value=val.flat(value))
                      for number, value in large}
    return bool(small) or (one and not large), {}


_ORDER_WORDS = {"dmy": Words({"nl": "dag eerst (31/12)", "fr": "jour d'abord (31/12)", "en": "day first (31/12)"}),
                "mdy": Words({"nl": "maand eerst (12/31)", "fr": "mois d'abord (12/31)", "en": "month first (12/31)"})}
