"""`g4b export xlsx`, `g4b import`, `g4b consolidate`, `g4b return-workbook`: the Excel exchange."""

from __future__ import annotations

import sys
from pathlib import Path

from .. import settings
from . import Commands, open_store
from ..db.enums import LANGUAGES
from ..texts import Words, catalogue, render, t, term


# the state of a row of `g4b import`, in the user's language
STATES = {"new": {"nl": "nieuw", "fr": "nouveau", "en": "new"},
          "updated": {"nl": "bijgewerkt", "fr": "mis à jour", "en": "updated"},
          "unchanged": {"nl": "ongewijzigd", "fr": "inchangé", "en": "unchanged"}}


def export_xlsx(args) -> int:
    from ..exchange.workbook_export import export_workbook

    with open_store(args, readonly=True) as store:
        report = export_workbook(store, Path(args.out), lang=args.lang, objective=args.objective)
    print(f"Wrote {report.path}: " + ", ".join(f"{n} {sheet}" for sheet, n in report.counts.items()))
    lang = settings.language()
    for warning in report.warnings:
        print(render(t("warning: {text}", text=warning), lang), file=sys.stderr)
    return 0


def _line(text, lang: str) -> str:
    """One output line: a cell's line breaks never split a message."""
    return " ".join(render(text, lang).split("\n")).replace("\r", " ")


def import_file(args) -> int:
    """Preview (the dry run) or import; both go through the same preview, so they refuse the same files."""
    from ..exchange import partner_import

    path = Path(args.file)
    lang = settings.language()
    with open_store(args) as store:
        loaded = partner_import.load(store, path, kind=args.kind, sheet=args.sheet, date_order=args.date_order)
        result = partner_import.preview(store, loaded, objective=args.objective)
        if not args.dry_run and not result.refused():
            result, changes = partner_import.apply(store, loaded, objective=args.objective)
    names = {key: term("FIELD", key).render(lang) for key in catalogue()[1]["FIELD"]}  # English keeps the keys
    for row in result.rows:
        if row.state == "error":
            continue
        state = Words(STATES[row.state])
        if row.state == "unchanged":
            print(_line(t("row {row}: {state}", row=row.row, state=state), lang))
        else:
            print(_line(t("row {row}: {state}: {changes}", row=row.row, state=state,
                          changes=row.describe(lang, names)), lang))
        for note in row.notes:
            print(_line(t("row {row}: note: {note}", row=row.row, note=note), lang))
    for problem in result.listed_problems():
        print(_line(t("error: {problem}", problem=problem), lang), file=sys.stderr)
    for note in result.notes:   # the first says which sheet and header row were read
        print(_line(t("note: {note}", note=note), lang))
    if args.dry_run or not result.refused():
        summary = (t("{summary} (would import).", summary=result.summary()) if args.dry_run
                   else t("{summary} (imported).", summary=result.summary()))
        print(_line(summary, lang))
    if result.refused():
        print(_line(t("{file}: no row can be imported; nothing was changed.", file=loaded.file_name), lang),
              file=sys.stderr)
        return 1
    return 0


def consolidate(args) -> int:
    from ..exchange.consolidate import consolidate_files

    choice = args.conflicts
    with open_store(args) as store:
        reports = consolidate_files(store, [Path(f) for f in args.files], resolve=choice)
    failed = False
    lang = settings.language()
    for report in reports:
        print(render(report.summary(), lang))
        for note in report.notes:
            print(render(t("  note: {note}", note=note), lang))
        for conflict in report.conflicts:
            print(render(t("  conflict: {conflict}", conflict=conflict.describe()), lang))
            failed = failed or choice == "ask"
        for error in report.errors:
            print(render(t("  not merged: {error}", error=error), lang), file=sys.stderr)
    if failed:
        print(render(t("Conflicts were not resolved: the records in conflict keep their values here. "
                       "Run again with --conflicts mine or --conflicts theirs, or decide per field in the window."),
                     lang), file=sys.stderr)
        return 2
    return 0


def return_workbook(args) -> int:
    from ..exchange.return_workbook import write_return_workbook

    with open_store(args, readonly=True) as store:
        report = write_return_workbook(store, args.organisation, Path(args.out), lang=args.lang)
    print(f"Wrote {report.path}: {report.counts.get('commitments', 0)} commitments of {report.organisation}.")
    return 0


def register(commands: Commands) -> None:
    export = commands.group("export", "Export the records to a file (xlsx, pdf).")
    parser = export.add("xlsx", "Export the records to one Excel workbook.", export_xlsx)
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--objective", help="only this objective (code, e.g. 1.2)")
    parser.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of headers and labels")

    parser = commands.add("import", "Import a partner spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv).", import_file)
    parser.add_argument("file", help="the .xlsx, .xlsm, .xls, .ods or .csv file")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (needed when several sheets hold data)")
    parser.add_argument("--date-order", choices=("dmy", "mdy"),
                        help="how the file writes dates such as 04/11/2027 when no date of a column tells: "
                             "dmy (day first, 4 November) or mdy (month first, 11 April)")
    parser.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    parser.add_argument("--objective", help="objective (code) for the roles in a partner list")
    parser.add_argument("--kind", choices=("commitment", "organisation", "indicator", "action"),
                        help="what the file holds (found from its headers if not given)")

    parser = commands.add("consolidate", "Bring committees' export workbooks into this database.", consolidate)
    parser.add_argument("files", nargs="+", metavar="FILE", help="export workbooks (.xlsx)")
    parser.add_argument("--conflicts", choices=("ask", "mine", "theirs"), default="ask",
                        help="records changed on both sides: report them and keep ours (ask, the default), "
                             "keep ours (mine) or take the workbook's (theirs)")

    parser = commands.add("return-workbook", "Write a workbook for one organisation to fill in and send back.",
                          return_workbook)
    parser.add_argument("--organisation", required=True, help="the organisation's name or id")
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of headers and labels")

