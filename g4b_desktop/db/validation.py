"""Checks on values before they are stored; each failure is a `ValidationError` naming the field."""

from __future__ import annotations

from datetime import date

from ..texts import t, term
from .errors import ValidationError


def required_text(field: str, value) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise ValidationError(field, t("{field}: a value is required.", field=term("FIELD", field)))
    return text


def optional_text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def progress(value) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError("progress", t("progress: '{value}' is not a number from 0 to 100.",
                                            value=value)) from None
    if not 0 <= number <= 100 or number != number:
        raise ValidationError("progress", t("progress: {value} is outside 0–100.", value=value))
    # Partners write 45,5 %: one decimal is kept, a whole number stays an integer.
    number = round(number, 1)
    return int(number) if number.is_integer() else number


def iso_date(field: str, value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(field, t("{field}: '{value}' is not a date (YYYY-MM-DD).", field=term("FIELD", field),
                                       value=value)) from None


def enum_key(field: str, value, enum: dict, nullable: bool = False) -> str | None:
    if value in (None, "") and nullable:
        return None
    if value not in enum:
        raise ValidationError(field, t("{field}: '{value}' is not one of {keys}.", field=term("FIELD", field),
                                       value=value, keys=", ".join(enum)))
    return value
