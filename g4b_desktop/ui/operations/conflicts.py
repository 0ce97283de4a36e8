"""The sentence the window shows when a form's save is refused because its record changed elsewhere (#17)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...db.errors import ConflictError, shown_value
from ...texts import message, render, term


def conflict_sentence(exc: ConflictError, typed: dict[str, Any], lang: str) -> str:
    """The data layer's sentence, then what the form does and the other typed values not saved."""
    others = [f"{render(term('FIELD', k), lang)} {render(shown_value(exc.table, k, v), lang)}"
              for k, v in typed.items() if k != exc.field]
    if others:
        more = QCoreApplication.translate(
            "Operations", "The form shows the current values again; also not saved: {values}.").format(
            values=", ".join(others))
    else:
        more = QCoreApplication.translate("Operations", "The form shows the current values again.")
    return f"{message(exc, lang)} {more}"
