"""Indicators (key figures): their yearly values and targets, and the objectives they serve."""

from __future__ import annotations

from ..texts import t, term
from . import validation as check
from .errors import ValidationError
from .store import Changes, Store
from .strategy_texts import column

VALUE_FIELDS = ("value", "target", "note")


def indicator_rows(store: Store, lang: str = "nl") -> list[dict]:
    """The key figures, their title, unit and source in the reader's language (Dutch when no French)."""
    return store.rows(
        f"SELECT i.id, i.code, {column('i', 'indicator', 'title', lang)} AS title, "
        f"{column('i', 'indicator', 'unit', lang)} AS unit, {column('i', 'indicator', 'source', lang)} AS source, "
        "i.notes, "
        "(SELECT group_concat(o.code, ', ') FROM indicator_objective io JOIN objective o ON o.id = io.objective_id "
        " WHERE io.indicator_id = i.id) AS objectives, "
        "(SELECT max(year) FROM indicator_value WHERE indicator_id = i.id AND value IS NOT NULL) AS last_year "
        "FROM indicator i ORDER BY i.position, i.code")


def values(store: Store, indicator_id: str) -> list[dict]:
    return store.rows(
        "SELECT id, year, value, value_text, target, note FROM indicator_value WHERE indicator_id = ? ORDER BY year",
        [indicator_id])


def value_of_year(store: Store, indicator_id: str, year: int) -> dict | None:
    """The indicator's value record of one year (None when that year has none)."""
    rows = store.rows("SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?", [indicator_id, year])
    return rows[0] if rows else None


def objectives_of(store: Store, indicator_id: str, lang: str = "nl") -> list[dict]:
    return store.rows(
        f"SELECT io.id, o.id AS objective_id, o.code, {column('o', 'objective', 'title', lang)} AS title "
        "FROM indicator_objective io "
        "JOIN objective o ON o.id = io.objective_id WHERE io.indicator_id = ? ORDER BY o.position, o.code",
        [indicator_id])


def _number(field: str, value):
    if value is None or value == "":
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise ValidationError(field, t("{field}: '{value}' is not a number.", field=term("FIELD", field),
                                       value=value)) from None
    if number != number:
        raise ValidationError(field, t("{field}: '{value}' is not a number.", field=term("FIELD", field),
                                       value=value))
    return number


def _year(value) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise ValidationError("year", t("year: '{value}' is not a year.", value=value)) from None
    if not 1900 <= year <= 2100:
        raise ValidationError("year", t("year: {year} is outside 1900–2100.", year=year))
    return year


def set_year(store: Store, indicator_id: str, year, fields: dict, expected: dict | None = None) -> Changes:
    """Set the value, target or note of one year of an indicator (the year row is made if missing)."""
    year = _year(year)
    unknown = set(fields) - set(VALUE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], t("Unknown indicator value field(s): {fields}.",
                                                    fields=", ".join(sorted(unknown))))
    clean = {k: (check.optional_text(v) if k == "note" else _number(k, v)) for k, v in fields.items()}
    if "value" in clean:
        clean["value_text"] = None  # the printed text of the source no longer describes the new value
    code = store.get("indicator", indicator_id)["code"]
    existing = store.rows("SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?", [indicator_id, year])
    with store.action(t("Edit indicator {code} {year}", code=code, year=year),
                      context=("indicator", indicator_id)) as act:
        if existing:
            act.update("indicator_value", existing[0]["id"], clean, expected)
        else:
            act.insert("indicator_value", {"indicator_id": indicator_id, "year": year, **clean})
    return act.changes


def delete_year(store: Store, value_id: str) -> Changes:
    row = store.get("indicator_value", value_id)
    code = store.get("indicator", row["indicator_id"])["code"]
    with store.action(t("Delete indicator value {code} {year}", code=code, year=row["year"])) as act:
        act.delete("indicator_value", value_id, label=f"{code} {row['year']}")
    return act.changes


def link_objective(store: Store, indicator_id: str, objective_id: str) -> tuple[str, Changes]:
    code = store.get("indicator", indicator_id)["code"]
    objective = store.get("objective", objective_id)["code"]
    if store.scalar("SELECT 1 FROM indicator_objective WHERE indicator_id = ? AND objective_id = ?",
                    [indicator_id, objective_id]):
        raise ValidationError("objective", t("Indicator {code} already serves objective {objective}.", code=code,
                                              objective=objective))
    with store.action(t("Link indicator {code} to objective {objective}", code=code, objective=objective),
                      context=("indicator", indicator_id)) as act:
        link_id = act.insert("indicator_objective", {"indicator_id": indicator_id, "objective_id": objective_id})
    return link_id, act.changes


def unlink_objective(store: Store, link_id: str) -> Changes:
    with store.action(t("Unlink indicator from objective")) as act:
        act.delete("indicator_objective", link_id)
    return act.changes
