"""Values as people write them in spreadsheets: statuses, percentages, dates, codes.

Each parser returns the stored form or raises `ValueProblem` with a sentence saying what was
expected; the importer adds the file, row and column.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..db.enums import COMMITMENT_HEALTH, COMMITMENT_STATUS, MEMBERSHIP_ROLE
from ..db.validation import email_address
from .headers import normalise
from ..texts import Words, t, term


class ValueProblem(ValueError):
    pass


def enum_words(enum: dict, extra: dict[str, list[str]]) -> dict[str, str]:
    words = {}
    for key, labels in enum.items():
        words[normalise(key)] = key
        for text in labels.values():
            words[normalise(text)] = key
    for key, more in extra.items():
        for text in more:
            words[normalise(text)] = key
    return words


STATUS_WORDS = enum_words(COMMITMENT_STATUS, {
    "not_started": ["Niet begonnen", "Nog niet gestart", "Non commencé", "Pas commencé", "Non démarré", "To do",
                    "Open"],
    "in_progress": ["Lopend", "Bezig", "In behandeling", "En cours de réalisation", "Ongoing", "Started", "Gestart"],
    "realised": ["Gerealiseerd", "Afgerond", "Voltooid", "Klaar", "Uitgevoerd", "Réalisé", "Terminé", "Achevé",
                 "Done", "Completed", "Realized", "Finished"],
    "postponed": ["Uitgesteld", "Reporté", "Delayed", "Deferred", "On hold"],
    "abandoned": ["Stopgezet", "Geannuleerd", "Abandonné", "Annulé", "Cancelled", "Canceled", "Dropped"],
})
HEALTH_WORDS = enum_words(COMMITMENT_HEALTH, {})
ROLE_WORDS = enum_words(MEMBERSHIP_ROLE, {
    "committee_member": ["Lid stuurcomité", "Lid van het stuurcomite", "Membre du comité", "Committee member",
                         "Membre"],
    "partner": ["Partenaires", "Partners"],
})


def email(value) -> str | None:
    """An e-mail address cell (the data layer's check); 'pas-un-email' is a problem of its cell."""
    try:
        return email_address(text(value))
    except ValueError as exc:
        raise ValueProblem(t("'{value}' is not an e-mail address (such as name@example.be)", value=str(exc))) from None


def text(value) -> str | None:
    """A cell as text: numbers keep their written form (1.10 stays '1.10' if it was text)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        value = value.isoformat()
    result = str(value).strip()
    return result or None


@lru_cache(maxsize=1024)
def _word(written: str) -> str:
    """normalise() of the few different words a column of statuses holds, computed once each."""
    return normalise(written)


def enum_value(value, words: dict[str, str], what: str, enum: dict) -> str | None:
    written = text(value)
    if written is None:
        return None
    key = words.get(_word(written))
    if key is None:
        # the words a partner may write, in the reader's language (English keeps the Dutch list, as always)
        known = Words({lang: ", ".join(labels[lang] for labels in enum.values()) for lang in ("nl", "fr")}
                      | {"en": ", ".join(labels["nl"] for labels in enum.values())})
        raise ValueProblem(t("'{value}' is not a known {what} ({known}, or the French or English word)",
                             value=flat(written), what=term("FIELD", what), known=known))
    return key


def status(value) -> str | None:
    return enum_value(value, STATUS_WORDS, "status", COMMITMENT_STATUS)


def health(value) -> str | None:
    return enum_value(value, HEALTH_WORDS, "schedule state", COMMITMENT_HEALTH)


def role(value) -> str | None:
    return enum_value(value, ROLE_WORDS, "role", MEMBERSHIP_ROLE)


# a number as French, Dutch and English people write it: 1000, 1 000, 1.000, 1,000.5, 1.000,5, 45,5 (spaces
# may be U+00A0 or U+202F, as Excel and LibreOffice put them), optionally followed by a percent sign
_WRITTEN_NUMBER = re.compile(r"^([+-]?)(\d[\d \u00a0\u202f.,']*)\s*(%?)$")
_SPACES = str.maketrans("", "", " \u00a0\u202f'")


def flat(value) -> str:
    """A cell's text for a message: on one line (a cell may hold line breaks)."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(value)).strip()


def decimal_mark(written: str) -> str | None:
    """The decimal mark a written number shows: ',' or '.', '' when it has none, None when it cannot tell
    ('1.000' and '1,000': one mark followed by three digits is a thousands separator or a decimal mark)."""
    body = written.translate(_SPACES).rstrip("%").lstrip("+-")
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        return "," if body.rfind(",") > body.rfind(".") else "."
    if not commas and not dots:
        return ""
    mark = "," if commas else "."
    if commas + dots > 1:
        return "." if mark == "," else ","   # 1,000,000: the repeated mark separates thousands
    if len(body) - body.rfind(mark) - 1 == 3:
        return None
    return mark


def parse_written(written: str, decimal: str | None = None) -> tuple[float, bool]:
    """(number, percent sign) of a written number; `decimal` decides '1.000' and '1,000' (the column's mark)."""
    match = _WRITTEN_NUMBER.match(written.strip())
    if not match:
        raise ValueError(written)
    body = match.group(2).translate(_SPACES)
    mark = decimal_mark(body)
    if mark is None:
        mark = decimal
        if mark is None:
            raise AmbiguousNumber(written)
    if mark == ",":
        body = body.replace(".", "").replace(",", ".")
    elif mark == ".":
        body = body.replace(",", "")
    if body.count(".") > 1 or body.endswith("."):
        raise ValueError(written)
    return float(match.group(1) + body), bool(match.group(3))


class AmbiguousNumber(ValueError):
    pass


def _ambiguous(value) -> ValueProblem:
    written = flat(value)
    return ValueProblem(t("'{value}' can be read as a thousand or as a decimal number; write it without the "
                          "thousands separator (e.g. 1000 or 1,5)", value=written))


def bare_number(value) -> float | None:
    """The number of a progress cell written without a percent sign (None for '45 %', text or empty)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        number, percent_sign = parse_written(str(value), ",")
    except ValueError:
        return None
    return None if percent_sign else number


def progress(value, fraction: bool = False, decimal: str | None = None) -> int | float | None:
    """45, '45', '45 %', '45,5 %' -> 0..100; in a column of fractions (all values 0..1, `fraction`),
    0.45 and '0,45' -> 45. A partner's 45,5 % stays 45.5: nothing is rounded away silently."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueProblem(t("'{value}' is not a percentage", value=value))
    if isinstance(value, (int, float)):
        number, percent_sign = float(value), False
    else:
        try:
            number, percent_sign = parse_written(str(value), decimal)
        except AmbiguousNumber:
            raise _ambiguous(value) from None
        except ValueError:
            raise ValueProblem(t("'{value}' is not a percentage (write 45, 45 % or 0.45)", value=flat(value))) from None
    if fraction and not percent_sign:
        number *= 100  # 0.45 is how Excel stores 45 %
    if not 0 <= number <= 100:
        raise ValueProblem(t("{value} is outside 0–100 %", value=flat(text(value))))
    number = round(number, 2)
    return int(number) if number.is_integer() else number


def number(value, decimal: str | None = None) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return parse_written(str(value), decimal)[0]
    except AmbiguousNumber:
        raise _ambiguous(value) from None
    except ValueError:
        raise ValueProblem(t("'{value}' is not a number", value=flat(value))) from None


# 31/12/2026, 12/31/2026, 31.12.2026, 31-12-2026 (a time after it, as US systems write "4/11/2027 0:00:00")
_SLASHED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$")


def slashed(value) -> tuple[int, int] | None:
    """(first, second) number of a date written d/m/yyyy or m/d/yyyy, else None."""
    if not isinstance(value, str):
        return None
    match = _SLASHED.match(value.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def excel_serial(serial: float, epoch: datetime) -> date:
    if epoch.year == 1899 and serial < 61:  # Excel's 1900 leap-year bug: serials before March 1900
        serial += 1
    return (epoch + timedelta(days=float(serial))).date()


def a_date(value, epoch: datetime = datetime(1899, 12, 30), order: str = "dmy") -> str | None:
    """A real date cell, an Excel serial number (1900 or 1904 workbooks), 2026-12-31, or 31/12/2026 (12/31/2026
    in a column whose order is month first, `order` "mdy", decided for the whole column)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not 1 <= value <= 2_958_465:
                raise ValueProblem(t("{value} is not a date", value=value))
            return excel_serial(value, epoch).isoformat()
        written = str(value).strip()
        match = _YMD.match(written)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
        match = _SLASHED.match(written)
        if match:
            first, second, year_ = int(match.group(1)), int(match.group(2)), int(match.group(3))
            day, month = (second, first) if order == "mdy" else (first, second)
            return date(year_, month, day).isoformat()
        if re.fullmatch(r"\d{5}(\.\d+)?", written):
            return excel_serial(float(written), epoch).isoformat()
    except (ValueError, OverflowError):
        pass
    example = "12/31/2026" if order == "mdy" else "31/12/2026"
    raise ValueProblem(t("'{value}' is not a date (write {example} or 2026-12-31)", value=flat(text(value)),
                         example=example))


def year(value) -> int:
    found = number(value)
    if found is None or not found.is_integer() or not 1900 <= found <= 2100:
        raise ValueProblem(t("'{value}' is not a year", value=flat(text(value))))
    return int(found)
