"""Texts the data layer makes (change-set labels, expected-error sentences) in the user's language.

The data layer speaks English, but through `t(template, **params)`: a `Text` is a `str` whose
value is the English sentence (so code and tests that compare or print it keep working), and
which remembers its template and parameters so that a window or the command line can show it in
Dutch or French with `render(text, lang)`. Translations are data: `resources/texts/catalogue/*.json`
(one file per feature, each {"templates": {template: {"nl": ..., "fr": ...}}, "terms": {...}}, merged
by `catalogue()`); a template missing there is shown in English. The other nl/fr/en tables of the
non-Qt outputs (reports, calendar, integrity words, workbooks) are `resources/texts/tables/<name>.json`,
read with `words_table(name, key)`. A test fails on an entry without its Dutch or French.

Parameters may be `Text` themselves (rendered in the same language) or `term(ENUM_NAME, key)`
(an enum key of `db/enums.py`, rendered as its label). No Qt here.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from typing import Any

from . import paths

LANGUAGES = ("nl", "fr", "en")

# The enums a `Term` may name (`db/enums.py` registers its tables here when it is imported: this
# module stays below the data layer and imports none of it): name -> {key: {lang: label}}.
ENUM_LABELS: dict[str, dict[str, dict[str, str]]] = {}


def register_enums(tables: dict[str, dict[str, dict[str, str]]]) -> None:
    ENUM_LABELS.update(tables)


class Term(str):
    """An enum key (e.g. a status) shown as its label in each language; its str value is the key."""

    enum: str

    def __new__(cls, enum: str, key: str) -> "Term":
        value = super().__new__(cls, key)
        value.enum = enum
        return value

    def __reduce__(self):
        return (Term, (self.enum, str(self)))

    def render(self, lang: str) -> str:
        TERMS = catalogue()[1]
        key = str.__str__(self)
        if self.enum in TERMS:  # field names: English keeps the key, as the messages always did; a table
            if lang == "en" and self.enum != "TABLE":   # is named in words in every language
                return key
            return _label(TERMS[self.enum], key, lang)
        table = ENUM_LABELS.get(self.enum)
        return _label(table, key, lang) if table is not None else key


def term(enum: str, key: str) -> Term:
    return Term(enum, key)


class Words(str):
    """A parameter given in each language at once ({"nl": ..., "fr": ..., "en": ...}); its str is the English."""

    labels: dict[str, str]

    def __new__(cls, labels: dict[str, str]) -> "Words":
        value = super().__new__(cls, labels.get("en", ""))
        value.labels = dict(labels)
        return value

    def __reduce__(self):
        return (Words, (self.labels,))

    def render(self, lang: str) -> str:
        return self.labels.get(lang) or str.__str__(self)


class Text(str):
    """A sentence of the program: English as a str, any language through `render(lang)`."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any] | None = None) -> "Text":
        params = dict(params or {})
        value = super().__new__(cls, _fill(template, params, "en"))
        value.template = template
        value.params = params
        return value

    def __reduce__(self):
        return (Text, (self.template, self.params))

    def render(self, lang: str) -> str:
        if lang not in ("nl", "fr"):
            return str.__str__(self)
        translated = catalogue()[0].get(self.template, {}).get(lang)
        if not translated:
            return _fill(self.template, self.params, lang)  # English words, parameters in `lang`
        try:
            return _fill(translated, self.params, lang)
        except (KeyError, IndexError, ValueError):  # a broken translation never hides the message
            return _fill(self.template, self.params, lang)

    # ---- storing (change_set.label_template / label_params) ----------------------------------

    def params_json(self) -> str:
        return json.dumps({k: _encode(v) for k, v in self.params.items()}, ensure_ascii=False)

    @classmethod
    def stored(cls, template: str | None, params_json: str | None, fallback: str = "") -> "Text":
        """Rebuild a Text from stored columns; an old row (no template) gives its English label."""
        if not template:
            return cls(_escape(fallback or ""))
        try:
            params = {k: _decode(v) for k, v in json.loads(params_json or "{}").items()}
            return cls(template, params)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return cls(_escape(fallback or template))


# ---- the catalogue (data under resources/texts/) ----------------------------------------------

def texts_dir():
    return paths.resources_dir() / "texts"


@lru_cache(maxsize=None)
def _read(relative: str) -> dict:
    return json.loads((texts_dir() / relative).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def catalogue() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, dict[str, str]]]]:
    """(templates, terms) of every catalogue file: template -> {"nl", "fr"}; "FIELD"/"TABLE" -> key ->
    {"nl", "fr", "en"}."""
    templates: dict = {}
    terms: dict = {}
    for path in sorted((texts_dir() / "catalogue").glob("*.json")):
        data = _read(f"catalogue/{path.name}")
        templates.update(data.get("templates", {}))
        for name, words in data.get("terms", {}).items():
            terms.setdefault(name, {}).update(words)
    return templates, terms


def words_table(name: str, key: str) -> dict:
    """One nl/fr/en table of a non-Qt output: `resources/texts/tables/<name>.json`, entry `key`."""
    return _read(f"tables/{name}.json")[key]


def t(template: str, **params: Any) -> Text:
    """A sentence of the program; give its English template literally (a test checks the catalogue)."""
    return Text(template, params)


def plain(value: str) -> Text:
    """A text that is the same in every language (a name, a file name)."""
    return Text(_escape(str(value)))


def join(items, separator: str = " ") -> Text:
    """Several texts as one (e.g. the first problems of an import), each shown in the same language."""
    items = list(items)
    template = _escape(separator).join(f"{{p{n}}}" for n in range(len(items)))
    return Text(template, {f"p{n}": item for n, item in enumerate(items)})


def text_of(exc: BaseException) -> str:
    """The message of an exception, kept as a Text when it is one (to show it later in any language)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def render(text: Any, lang: str) -> str:
    """`text` in `lang` if it is a Text (or Term), else as it is."""
    if isinstance(text, (Text, Term, Words)):
        return text.render(lang)
    return "" if text is None else str(text)


def message(exc: BaseException, lang: str) -> str:
    """The sentence of an expected error in `lang` (its first argument if that is a Text)."""
    if exc.args and isinstance(exc.args[0], Text) and len(exc.args) == 1:
        return exc.args[0].render(lang)
    return str(exc)


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


# ---- internals --------------------------------------------------------------------------------

def _label(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    entry = table.get(key)
    return (entry.get(lang) or entry["en"]) if entry else key


def _escape(value: str) -> str:
    return value.replace("{", "{{").replace("}", "}}")


def _fill(template: str, params: dict[str, Any], lang: str) -> str:
    shown = {k: (v.render(lang) if isinstance(v, (Text, Term, Words)) else v) for k, v in params.items()}
    try:
        return template.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return template


def _encode(value: Any) -> Any:
    if isinstance(value, Text):
        return {"__text__": value.template, "params": {k: _encode(v) for k, v in value.params.items()}}
    if isinstance(value, Term):
        return {"__term__": value.enum, "key": str(value)}
    if isinstance(value, Words):
        return {"__words__": value.labels}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "__text__" in value:
        return Text(value["__text__"], {k: _decode(v) for k, v in value.get("params", {}).items()})
    if isinstance(value, dict) and "__term__" in value:
        return Term(value["__term__"], value["key"])
    if isinstance(value, dict) and "__words__" in value:
        return Words(value["__words__"])
    return value
