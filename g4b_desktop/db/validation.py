"""Checks on values before they are stored; each failure is a `ValidationError` naming the field."""

from __future__ import annotations

import re
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


# An e-mail address as people type them: a local part without spaces or the characters that separate
# addresses in a list, "@", then a domain of dot-separated labels (letters of any script, digits, inner
# hyphens) ending in a top-level domain of two letters or more. Quoted local parts and IP-address
# domains (allowed by RFC 5321, never seen in a committee's contacts) are refused; no DNS look-up: the
# program works offline.
_EMAIL = re.compile(r"(?!\.)(?!.*\.\.)[^@\s<>(),;:\"\[\]\\]+(?<!\.)"
                    r"@(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.)+[^\W\d_]{2,63}")


def is_email(text: str) -> bool:
    return len(text) <= 254 and _EMAIL.fullmatch(text) is not None


def email_address(value) -> str | None:
    """The address in `value`, trimmed and without a "mailto:" (None if empty); ValueError if it is none."""
    text = optional_text(value)
    if text is None:
        return None
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    if not is_email(text):
        raise ValueError(text)
    return text


def email(field: str, value) -> str | None:
    """An e-mail address, trimmed (None if empty); 'pas-un-email' raises a `ValidationError`."""
    try:
        return email_address(value)
    except ValueError as exc:
        raise ValidationError(field, t("{field}: '{value}' is not an e-mail address (such as name@example.be).",
                                       field=term("FIELD", field), value=str(exc))) from None
