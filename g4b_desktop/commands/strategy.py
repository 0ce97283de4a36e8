"""`g4b search`, `g4b strategy list` and `g4b strategy texts export|import`: the strategy in the reader's language."""

from __future__ import annotations

from pathlib import Path

from .. import settings
from . import Commands, UsageError, open_store
from ..db import browse, queries
from ..db.enums import LANGUAGES
from ..texts import Words, render, t, term

KIND_TERMS = {"objective": "objective", "worksite": "worksite", "commitment": "commitment",
              "organisation": "organisation", "person": "person"}


def _lang(args) -> str:
    return getattr(args, "lang", None) or settings.language()


def search(args) -> int:
    lang = _lang(args)
    words = " ".join(args.words).strip()
    if not words:
        raise UsageError(t("Give the words to search for."))
    if args.limit < 1:
        raise UsageError(t("--limit must be 1 or more."))
    with open_store(args, readonly=True) as store:
        hits = queries.search(store, words, limit=args.limit, lang=lang)
    if not hits:
        print(render(t("Nothing found for '{text}'.", text=words), lang))
        return 0
    for hit in hits:
        kind = term("TABLE", hit["table_name"]).render(lang) if hit["table_name"] in KIND_TERMS else hit["table_name"]
        print(f"{kind}\t{hit['code'] or ''}\t{hit['title'] or ''}")
    return 0


def list_strategy(args) -> int:
    lang = _lang(args)
    with open_store(args, readonly=True) as store:
        for pillar in browse.strategy_tree(store, lang):
            print(f"{pillar['code']}  {pillar.get('title_' + lang) or pillar['title_nl']}")
            for objective in pillar["objectives"]:
                print(f"  {objective['code']}  {objective['title']}")
                if not args.objectives:
                    for worksite in objective["worksites"]:
                        print(f"    {worksite['code']}  {worksite['title']}")
    if lang == "en":
        print(render(t("(The strategy has no English version: its texts are shown in Dutch.)"), lang))
    return 0


def export_texts(args) -> int:
    from ..exchange.strategy_texts_workbook import export_texts as write

    lang = args.lang or settings.language()
    with open_store(args, readonly=True) as store:
        count = write(store, Path(args.out), lang=lang)
    print(render(t("Wrote {path}: {n} texts.", path=args.out, n=count), lang))
    return 0


def import_texts(args) -> int:
    from ..exchange import strategy_texts_workbook as workbook

    lang = settings.language()
    with open_store(args, readonly=args.dry_run) as store:
        plan = workbook.load(store, Path(args.file))
        for item in plan.items:
            text = item.text
            name = f"{text.kind} {text.code or text.nl[:40]} {text.field}"
            if item.changed:  # the rows with the same wording only change their provenance: counted below
                print(render(t("row {row}: {name}: '{old}' -> '{new}'", row=item.row, name=name,
                               old=_short(text.fr), new=_short(item.new)), lang))
        if args.dry_run:
            print(render(t("{summary} (would load).", summary=plan.summary()), lang))
            return 0
        workbook.apply(store, plan, origin=args.provenance)
    print(render(t("{summary} (loaded).", summary=plan.summary()), lang))
    return 0


def alt_title(args) -> int:
    from ..db import commitments

    lang = settings.language()
    with open_store(args) as store:
        commitments.set_alt_title(store, args.code, args.lang, None if args.remove else args.title)
    if not args.remove and (args.title or "").strip():
        print(render(t("{code}: title in {language} set.", code=args.code,
                       language=Words(commitments.ALT_LANGUAGES[args.lang])), lang))
    else:
        print(render(t("{code}: title in the other language removed.", code=args.code), lang))
    return 0


def _short(text: str | None, size: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def register(commands: Commands) -> None:
    parser = commands.add("search", "Search titles, descriptions and names in Dutch and French; "
                                    "prints the ranked hits (kind, code, title).", search)
    parser.add_argument("words", nargs="+", help="words (accents ignored) or a code such as 2.1.4")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the titles shown (default: the preference)")
    parser.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")

    strategy = commands.group("strategy", "The strategy: its objectives, worksites and their texts.")
    parser = strategy.add("list", "List the pillars, objectives and worksites in the reader's language.",
                          list_strategy)
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the preference)")
    parser.add_argument("--objectives", action="store_true", help="objectives only")
    texts = strategy.group("texts", "The strategy's texts in Dutch and French: export for review, load corrections.")
    parser = texts.add("export", "Write every strategy text (code, field, Dutch, French, provenance) to a workbook.",
                       export_texts)
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the headers (default: the preference)")
    parser = texts.add("import", "Load corrected or official French texts from a workbook, by code.", import_texts)
    parser.add_argument("file", help="a workbook written by 'g4b strategy texts export'")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    parser.add_argument("--provenance", choices=("official", "edited"), default="official",
                        help="where the loaded texts come from (default: official)")

    commitment = commands.group("commitment", "A commitment's texts.")
    parser = commitment.add("alt-title", "Give a commitment its title in the other language (shown to readers "
                                         "of that language; the title stays as typed), or remove it.", alt_title)
    parser.add_argument("code", help="the commitment's code, e.g. 2.1.4-03")
    parser.add_argument("--lang", choices=("nl", "fr"), required=True, help="the language of the title")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--title", help="the title in that language")
    action.add_argument("--remove", action="store_true", help="remove the title in the other language")
