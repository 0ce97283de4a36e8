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


def _enum_words(enum: dict, extra: dict[str, list[str]]) -> dict[str, str]:
    words = {}
    for key, labels in enum.items():
        words[normalise(key)] = key
        for text in labels.values():
            words[normalise(text)] = key
    for key, more in extra.items():
        for text in more:
            words[normalise(text)] = key
    return words


STATUS_WORDS = _enum_words(COMMITMENT_STATUS, {
    "not_started": ["Niet begonnen", "Nog niet gestart", "Non commencé", "Pas commencé", "Non démarré", "To do",
                    "Open"],
    "in_progress": ["Lopend", "Bezig", "In behandeling", "En cours de réalisation", "Ongoing", "Started", "Gestart"],
    "realised": ["Gerealiseerd", "Afgerond", "Voltooid", "Klaar", "Uitgevoerd", "Réalisé", "Terminé", "Achevé",
                 "Done", "Completed", "Realized", "Finished"],
    "postponed": ["Uitgesteld", "Reporté", "Delayed", "Deferred", "On hold"],
    "abandoned": ["Stopgezet", "Geannuleerd", "Abandonné", "Annulé", "Cancelled", "Canceled", "Dropped"],
})
HEALTH_WORDS = _enum_words(COMMITMENT_HEALTH, {})
ROLE_WORDS = _enum_words(MEMBERSHIP_ROLE, {
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
                             value=written, what=term("FIELD", what), known=known))
    return key


def status(value) -> str | None:
    return enum_value(value, STATUS_WORDS, "status", COMMITMENT_STATUS)


def health(value) -> str | None:
    return enum_value(value, HEALTH_WORDS, "schedule state", COMMITMENT_HEALTH)


def role(value) -> str | None:
    return enum_value(value, ROLE_WORDS, "role", MEMBERSHIP_ROLE)


_NUMBER = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)\s*(%?)$")


def progress(value) -> int | float | None:
    """45, '45', '45 %', '45,5 %', 0.45 (a fraction, as Excel stores a percent cell) -> 0..100.

    A partner's 45,5 % stays 45.5: nothing is rounded away silently.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueProblem(t("'{value}' is not a percentage", value=value))
    if isinstance(value, (int, float)):
        number, percent_sign = float(value), False
    else:
        match = _NUMBER.match(str(value).strip().replace("\u00a0", " "))
        if not match:
            raise ValueProblem(t("'{value}' is not a percentage (write 45, 45 % or 0.45)", value=value))
        number, percent_sign = float(match.group(1).replace(",", ".")), bool(match.group(2))
    if not percent_sign and 0 < number < 1:
        number *= 100  # 0.45 is how Excel stores 45 %
    if not 0 <= number <= 100:
        raise ValueProblem(t("{value} is outside 0–100 %", value=text(value)))
    number = round(number, 2)
    return int(number) if number.is_integer() else number


def number(value) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    cleaned = str(value).strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
            else cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueProblem(t("'{value}' is not a number", value=value)) from None


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$")


def excel_serial(serial: float, epoch: datetime) -> date:
    if epoch.year == 1899 and serial < 61:  # Excel's 1900 leap-year bug: serials before March 1900
        serial += 1
    return (epoch + timedelta(days=float(serial))).date()


def a_date(value, epoch: datetime = datetime(1899, 12, 30)) -> str | None:
    """A real date cell, an Excel serial number (1900 or 1904 workbooks), 31/12/2026 or 2026-12-31."""
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
        match = _DMY.match(written)
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1))).isoformat()
        if re.fullmatch(r"\d{5}(\.\d+)?", written):
            return excel_serial(float(written), epoch).isoformat()
    except (ValueError, OverflowError):
        pass
    raise ValueProblem(t("'{value}' is not a date (write 31/12/2026 or 2026-12-31)", value=text(value)))


def year(value) -> int:
    found = number(value)
    if found is None or not found.is_integer() or not 1900 <= found <= 2100:
        raise ValueProblem(t("'{value}' is not a year", value=text(value)))
    return int(found)
