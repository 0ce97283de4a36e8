"""User text made safe to show (reliability #17): no bidi controls, and bounded lengths. No Qt.

A received file may hold a right-to-left override (U+202E) that makes "exe.pdf" read "fdp.exe", or a
10 MB title; the PDF, the workbook and the window show such a text neutralised and shortened, with
a note saying how long it really is.
"""

from __future__ import annotations

import re

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the marks (LRM, RLM, ALM).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

ELIDED = {
    "nl": "… [ingekort: {count} tekens in totaal]",
    "fr": "… [abrégé : {count} caractères en tout]",
    "en": "… [shortened: {count} characters in all]",
}


def neutral(text: str) -> str:
    """`text` without bidi control characters (they could make a text read as another)."""
    return BIDI_CONTROLS.sub("", text) if text else text


def bounded(text: str, most: int, lang: str = "en") -> str:
    """`text` (neutralised) cut to `most` characters, with a note giving its real length."""
    text = neutral(text)
    if text is None or len(text) <= most:
        return text
    return text[:most] + " " + elided_note(len(text), lang)


# The thousands separator of each language: nl 10.200.000, fr 10 200 000 (U+202F, a narrow no-break
# space), en 10,200,000; the PDFs' numbers use the same (reports/formats.py).
THOUSANDS = {"nl": ".", "fr": "\u202f", "en": ","}


def elided_note(count: int, lang: str = "en") -> str:
    lang = lang if lang in ELIDED else "en"
    return ELIDED[lang].format(count=f"{count:,}".replace(",", THOUSANDS[lang]))
