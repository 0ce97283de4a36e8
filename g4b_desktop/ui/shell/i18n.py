"""The interface language: loading the compiled translations, and showing dates and numbers.

Every `resources/i18n/*_<lang>.qm` is loaded (one set per feature), plus Qt's own `qtbase_<lang>.qm`.
Values are stored as ISO text and shown in the user's locale (nl_BE, fr_BE, en).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTimeZone, QTranslator

from ... import paths

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
_installed: list[QTranslator] = []


def i18n_dir():
    return paths.resources_dir() / "i18n"


def install(language: str) -> list[str]:
    """Replace the installed translators by those of `language`; returns the files loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    for qm in sorted(i18n_dir().glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(f"qtbase_{language}.qm")
    QLocale.setDefault(locale(language))
    return loaded


@lru_cache(maxsize=None)
def locale(language: str) -> QLocale:
    """The locale of an interface language (one object per language: lists show hundreds of dates)."""
    return QLocale(LOCALES.get(language, "en_GB"))


# One date format per language, as Belgians write it, shown and typed alike (a four-digit year; Dutch
# writes the day without a leading zero). Qt's own fr_BE short format is also "d/MM/yy".
DATE_FORMATS = {"nl": "d/MM/yyyy", "fr": "dd/MM/yyyy", "en": "dd/MM/yyyy"}


def date_format(language: str) -> str:
    """The date format of an interface language (9/03/2027 in Dutch, 09/03/2027 in French)."""
    return DATE_FORMATS.get(language, DATE_FORMATS["en"])


def show_date(iso: str | None, language: str) -> str:
    """An ISO date shown the user's way (31/12/2027 in Belgium)."""
    if not iso:
        return ""
    try:
        value = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return locale(language).toString(QDate(value.year, value.month, value.day), date_format(language))


def show_datetime(iso: str | None, language: str) -> str:
    """A stored UTC timestamp shown in local time."""
    if not iso:
        return ""
    moment = QDateTime.fromString(str(iso).replace("Z", "")[:19], Qt.DateFormat.ISODate)
    moment.setTimeZone(QTimeZone.utc())
    return locale(language).toString(moment.toLocalTime(), f"{date_format(language)} HH:mm")


def show_number(value, language: str, decimals: int = 1) -> str:
    if value is None or value == "":
        return ""
    number = float(value)
    if number.is_integer():
        return locale(language).toString(int(number))
    text = locale(language).toString(number, "f", decimals)
    point = locale(language).decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def show_percent(value, language: str) -> str:
    if value is None:
        return "—"
    return f"{locale(language).toString(int(round(float(value))))} %"
