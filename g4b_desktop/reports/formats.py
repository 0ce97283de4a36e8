"""Labels and formats of the PDFs in nl, fr and en: `LABELS` / `t(key, lang, **values)` (the domain's
real terms, from `resources/texts/tables/reports.json`), `format_number`, `format_percent` and
`format_date` (nl_BE, fr_BE, en; French-Belgian numbers group thousands with a narrow no-break space,
U+202F, which DejaVu Sans renders). Re-exported by `base.py`.
"""

from __future__ import annotations

import datetime as _dt

from ..plain_text import THOUSANDS
from ..texts import words_table

LABELS: dict[str, dict[str, str]] = words_table("reports", "LABELS")


def t(key: str, lang: str, **values) -> str:
    """The label `key` in `lang` (nl/fr/en), formatted with `values`."""
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


NUMBER_SEPARATORS = {"nl": (THOUSANDS["nl"], ","), "fr": (THOUSANDS["fr"], ","), "en": (THOUSANDS["en"], ".")}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def format_number(value, lang: str, decimals: int = 0) -> str:
    """12345.6 -> nl "12.345,6", fr "12 345,6" (U+202F), en "12,345.6"; None -> ""."""
    if value is None or value == "":
        return ""
    thousands, decimal = NUMBER_SEPARATORS.get(lang, NUMBER_SEPARATORS["en"])
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def format_percent(value, lang: str, decimals: int = 0) -> str:
    """45 -> nl "45%", fr "45 %" (narrow no-break space), en "45%"."""
    if value is None:
        return ""
    number = format_number(value, lang, decimals)
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"


def format_date(value, lang: str, long: bool = False) -> str:
    """A date (or ISO text) as 26/11/2026, or long: "26 november 2026" / "26 novembre 2026"."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, _dt.datetime):
        value = value.date()
    if long:
        month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
        return f"{value.day} {month} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
