"""`make bench`: how fast the program is at today's size and at 100 times it.

For each size (commitments: 500 and 50,000 by default) a demo database is generated once
(`g4b demo`, cached under benchmarks/.cache/) and every measure is taken several times; the
median is printed, and where a raw library does the same work, its time measured in the same run
and the ratio. Start-up and the window's memory are measured in fresh processes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--sizes 500,50000] [--repeat 5]
        [--quick] [--out FILE]

`--quick`: one tiny size, few repetitions (the test of this script). A feature that is not there
yet is reported as "not measured: <reason>", never with a figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
CACHE = Path(os.environ.get("G4B_BENCH_CACHE") or HERE / ".cache")
RESULTS = HERE / "results"

import jobs_bench  # noqa: E402  (beside this script: the long jobs of #19)
IMPORT_ROWS = 10_000

TARGETS = {  # at the largest size
    "startup_ratio": 1.5, "startup_s": 1.0, "interaction_ms": 50.0, "export_ratio": 1.3,
    "import_ratio": 1.5, "pdf_ratio": 1.5, "memory_mb": 400.0,
    "apply_s": 1.5, "consolidation_ratio": 2.0, "stall_ms": 100.0, "progress_s": 0.5, "startup_max_s": 0.5,
}
COMMITTEES, COMMITTEE_SIZE = 17, 3000   # the consolidation: 17 committees' workbooks of 3,000 commitments


# ---- the databases ------------------------------------------------------------------------------

def demo_fingerprint() -> str:
    """Changes when the generator or the schema changes, so a stale cached database is not used."""
    digest = hashlib.sha256()
    for path in [REPO / "g4b_desktop" / "demo.py", *sorted((REPO / "g4b_desktop" / "db").glob("schema*.py"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def database(size: int, seed: int, log) -> tuple[Path, float | None]:
    """The cached demo database of `size` commitments; (path, seconds to generate or None if cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{size}-seed{seed}-{demo_fingerprint()}.g4b"
    if path.exists():
        return path, None
    for old in CACHE.glob(f"demo-{size}-seed{seed}-*.g4b*"):
        old.unlink()
    partial = path.with_suffix(".partial.g4b")
    for stale in CACHE.glob(partial.name + "*"):
        stale.unlink()
    log(f"generating the demo database of {size} commitments (cached afterwards)…")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "g4b_desktop", "demo", "--db", str(partial),
                             "--commitments", str(size), "--seed", str(seed)],
                            cwd=REPO, env=child_env(), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"g4b demo failed:\n{result.stdout}{result.stderr}")
    os.replace(partial, path)
    return path, elapsed


def fresh_copy(path: Path, folder: Path) -> Path:
    target = folder / f"copy-{time.perf_counter_ns()}.g4b"
    shutil.copyfile(path, target)
    return target


_ENV: dict[str, Path] = {}


def child_env() -> dict:
    """The children's environment: their own data and config folders (no user file is touched)."""
    if "dir" not in _ENV:
        _ENV["dir"] = Path(tempfile.mkdtemp(prefix="g4b-bench-"))
    _ENV_DIR = _ENV["dir"]
    env = dict(os.environ)
    env["G4B_DATA_DIR"] = str(_ENV_DIR / "data")
    env["XDG_CONFIG_HOME"] = str(_ENV_DIR / "config")
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(kind: str, *args: str, timeout: int = 1800) -> dict:
    """Run this script as a child measuring `kind`; it prints one JSON line last."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args]
    result = subprocess.run(command, cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=timeout)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        tail = (result.stderr or result.stdout).strip().splitlines()[-6:]
        return {"error": f"{kind} child failed (exit {result.returncode}): " + " | ".join(tail)}
    return json.loads(lines[-1])


# ---- start-up: process start to the window painted, in a fresh process --------------------------

def time_startup(kind: str, db: Path | None) -> tuple[float, float]:
    """Seconds from starting a process to its window being painted; and its peak memory (MB)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    if db:
        command += ["--db", str(db)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=child_env(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    painted = None
    memory = float("nan")
    for line in process.stdout:
        if line.startswith("painted"):
            painted = time.perf_counter() - started
            memory = float(line.split()[1])
            break
    process.stdout.close()
    error = process.stderr.read()
    process.wait(timeout=60)
    if painted is None:
        raise RuntimeError(f"{kind}: the window was never painted (exit {process.returncode}): "
                           f"{error.strip().splitlines()[-3:]}")
    return painted, memory


def pin_none() -> None:
    """Work around PySide6 6.12 on Python 3.11 releasing None more often than it takes it.

    Each header repaint, model reset or layout change lowers None's reference count by one to three
    (reproduced with a bare QTableView; Python 3.12+ makes None immortal). In a long session, or at
    50,000 rows, the count reaches zero and Python aborts ("none_dealloc: deallocating None"). The
    benchmark processes raise the count once so that the measurements can run; the program needs the
    same (see benchmarks/README.md).
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def child_paint_and_exit(make_window) -> None:
    """In a child: build the window, and when it has been painted print 'painted <peak MB>' and exit.

    `make_window(app, watch)` builds and shows its window, calling `watch(window)` before showing it.
    The watcher is an event filter on that window only: a filter on the whole application (as this
    script first had) runs Python for every event of every widget, and its first calls for each new
    kind of event and widget cost 40-60 ms in a window with item views, which the bare window never
    pays; that was the harness's time, not the program's.
    """
    import resource

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state = {"done": False}

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if not state["done"] and event.type() == QEvent.Type.Paint:
                state["done"] = True
                QTimer.singleShot(0, finish)  # after this whole paint pass
            return False

    def finish():
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"painted {peak:.1f}", flush=True)
        app.exit(0)

    watcher = Watcher()

    def watch(window) -> None:
        window.installEventFilter(watcher)

    make_window(app, watch)


def child_bare() -> None:
    def make(app, watch):
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.setWindowTitle("bare")
        window.setCentralWidget(QLabel("Go4Brussels 2030"))
        window.resize(1000, 700)
        watch(window)
        window.show()
        app.exec()

    child_paint_and_exit(make)


def child_app(db: str) -> None:
    """The program's real entry point (g4b_desktop.ui.shell.application.run), watched for its first paint."""
    def make(app, watch):
        from PySide6.QtWidgets import QMainWindow

        original_show = QMainWindow.show

        def show(self):
            watch(self)
            original_show(self)

        QMainWindow.show = show
        from g4b_desktop.ui.shell import application

        args = argparse.Namespace(db=Path(db), smoke_test=False)
        application.run(args)

    child_paint_and_exit(make)


# ---- interactions in the window (one fresh process per size) ------------------------------------

def settle(app) -> None:
    """Let Qt do what a user would wait for: posted events, layout, and the repaint."""
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def child_window(db: str, repeat: int) -> None:
    import resource

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from g4b_desktop.db.store import Store

    results: dict[str, object] = {}
    notes: dict[str, str] = {}
    try:
        from g4b_desktop.ui.shell.main_window import MainWindow
    except Exception as exc:  # the window does not import at all
        print(json.dumps({"error": f"the main window does not import: {exc}"}))
        return
    store = Store.open(db, author="bench")
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    settle(app)

    def timed(action, after=None) -> float:
        started = time.perf_counter()
        action()
        settle(app)
        if after is not None:
            after()
        return (time.perf_counter() - started) * 1000

    objectives = [r["id"] for r in store.rows("SELECT id FROM objective ORDER BY position, code")]
    # the demo's big worksite (2.1.1: 500 commitments at N = 50,000), else the one closest to 500
    big = store.rows("SELECT c.worksite_id AS id, count(*) AS n FROM commitment c JOIN worksite w "
                     "ON w.id = c.worksite_id GROUP BY c.worksite_id ORDER BY w.code <> ?, abs(count(*) - 500) "
                     "LIMIT 1", ["2.1.1"])
    small = store.rows("SELECT w.id FROM worksite w LEFT JOIN commitment c ON c.worksite_id = w.id "
                       "GROUP BY w.id ORDER BY count(c.id) LIMIT 1")

    def measure(key, body):
        try:
            results[key] = body()
        except Exception as exc:  # a view not there (yet): say so, never a figure
            notes[key] = f"{type(exc).__name__}: {exc}"

    # open an objective page
    def objective_page():
        times = []
        for i in range(repeat):
            window.open_record("objective", objectives[(i * 5) % len(objectives)])
            settle(app)
            times.append(timed(lambda i=i: window.open_record("objective", objectives[(i * 5 + 3) % len(objectives)])))
        return times
    measure("objective_page", objective_page)

    # open the worksite with the most commitments (500 at 50,000)
    def worksite_page():
        times = []
        for _ in range(repeat):
            window.open_record("worksite", small[0]["id"])
            settle(app)
            times.append(timed(lambda: window.open_record("worksite", big[0]["id"])))
        return times
    if big:
        results["worksite_size"] = big[0]["n"]
        measure("worksite_page", worksite_page)

    # search as you type: one keystroke to the result list shown (including the typing pause)
    def search():
        box = getattr(window, "search_box")
        pause = getattr(sys.modules[type(box).__module__], "DELAY_MS", 0)
        results["search_pause_ms"] = pause
        times = []
        words = ["jongere", "circula", "renovat", "logisti", "energie", "digital", "formati", "economi"]
        for i in range(repeat):
            word = words[i % len(words)]
            box.setFocus()
            box.clear()
            QTest.keyClicks(box, word[:-1])
            deadline = time.perf_counter() + 5
            while box.timer.isActive() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            settle(app)
            shown = {"n": 0}
            box.results.modelReset.connect(lambda: shown.__setitem__("n", shown["n"] + 1))
            start = time.perf_counter()
            QTest.keyClick(box, word[-1])
            while shown["n"] == 0 and time.perf_counter() < start + 5:
                app.processEvents()
                time.sleep(0.0005)
            settle(app)
            times.append((time.perf_counter() - start) * 1000)
            box.results.modelReset.disconnect()
        box.clear()
        return times
    measure("search", search)

    # the commitments view: change a filter, sort by a column
    def filter_change():
        view = window.show_view("commitments")
        settle(app)
        combo = view.status
        times = []
        for i in range(repeat):
            times.append(timed(lambda i=i: combo.setCurrentIndex(1 + i % (combo.count() - 1))))
            combo.setCurrentIndex(0)
            settle(app)
        results["commitments_shown"] = view.model.rowCount()
        return times
    measure("filter", filter_change)

    def sort_column():
        view = window.show_view("commitments")
        view.status.setCurrentIndex(0)
        settle(app)
        table = view.table
        times = []
        columns = [1, 6, 2, 7]  # title, due date, status, worksite (a join)
        for i in range(repeat):
            column = columns[i % len(columns)]
            order = Qt.SortOrder.DescendingOrder if i % 2 else Qt.SortOrder.AscendingOrder
            times.append(timed(lambda c=column, o=order: table.sortByColumn(c, o)))
        return times
    measure("sort", sort_column)

    # one edit (a status change) until the views are refreshed
    def edit():
        from g4b_desktop.ui.operations import commitments as operations

        window.open_record("worksite", big[0]["id"])
        settle(app)
        ids = [r[0] for r in store.db.execute(
            "SELECT id FROM commitment WHERE worksite_id = ? ORDER BY code LIMIT ?", [big[0]["id"], repeat])]
        statuses = ["postponed", "in_progress", "realised", "abandoned"]
        times = []
        for i, commitment_id in enumerate(ids):
            times.append(timed(lambda c=commitment_id, i=i: operations.set_fields(
                window.session, c, {"status": statuses[i % len(statuses)]})))
        return times
    measure("edit", edit)

    results["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["notes"] = notes
    window.close()
    store.close()
    print(json.dumps(results))


# ---- Excel export, partner import, PDF note (one fresh process per size) -------------------------

def make_partner_file(store, path: Path, rows: int, seed: int = 7) -> None:
    """A partner's follow-up spreadsheet (Dutch, title rows above the header): 80 % new commitments,
    20 % updates of existing ones (same worksite and title)."""
    import random

    import openpyxl

    rng = random.Random(seed)
    worksites = [r["code"] for r in store.rows("SELECT code FROM worksite ORDER BY code")]
    existing = store.rows("SELECT w.code AS worksite, c.title FROM commitment c JOIN worksite w "
                          "ON w.id = c.worksite_id ORDER BY c.code LIMIT ?", [rows // 5])
    statuses = ["In uitvoering", "Gerealiseerd", "Niet gestart", "Uitgesteld"]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Opvolging")
    sheet.append(["Partner – opvolging engagementen Go4Brussels 2030"])
    sheet.append(["Toestand op 30/09/2026"])
    sheet.append([])
    sheet.append(["Beleidswerf", "Engagement", "Status", "Vooruitgang (%)", "Deadline", "Opmerkingen"])
    for n in range(rows):
        if n < len(existing):
            worksite, title = existing[n]["worksite"], existing[n]["title"]
        else:
            worksite, title = rng.choice(worksites), f"Nieuw engagement {n + 1} van de partner"
        status = rng.choice(statuses)
        progress = 100 if status == "Gerealiseerd" else rng.randrange(0, 95, 5)
        due = datetime(2026 + rng.randrange(0, 4), rng.randrange(1, 13), 28)
        sheet.append([worksite, title, status, progress, due,
                      rng.choice([None, "Loopt volgens plan", "Budget 2027"])])
    book.save(path)


def raw_read(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            count += len(row)
    book.close()
    return count


def raw_calamine(path: Path) -> int:
    """python-calamine alone reading every row of every sheet of the same file (no checks, no conversion)."""
    import python_calamine

    count = 0
    with open(path, "rb") as stream:
        book = python_calamine.CalamineWorkbook.from_filelike(stream)
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            count += len(row)
    book.close()
    return count


def read_cells(path: Path) -> list[tuple[str, list[tuple]]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = [(sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    book.close()
    return sheets


def raw_write(sheets: list[tuple[str, list[tuple]]], path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def find_callable(module_names: list[str], names: list[str]):
    import importlib

    for module_name in module_names:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in names:
            if callable(getattr(module, name, None)):
                return getattr(module, name), f"{module_name}.{name}"
    return None, None


def child_jobs(db: str, repeat: int, workdir: str, import_rows: int = IMPORT_ROWS, pdf_repeat: int = 1,
               heavy_repeat: int = 3, workbooks: list[str] | None = None) -> None:
    from g4b_desktop.db.store import Store

    folder = Path(workdir)
    results: dict[str, object] = {}
    notes: dict[str, str] = {}
    source = Path(db)

    # Excel export of everything, against raw openpyxl write-only writing the same cells
    export, export_name = find_callable(
        ["g4b_desktop.exchange.workbook_export", "g4b_desktop.exchange.export", "g4b_desktop.exchange"],
        ["export_workbook", "export_all", "export_xlsx"])
    if export is None:
        notes["export"] = "the Excel export (issue 5) is not there yet"
    else:
        try:
            results["export_function"] = export_name
            ours, raw = [], []
            store = Store.open(source, author="bench", readonly=True)
            for i in range(max(1, min(repeat, heavy_repeat))):
                target = folder / f"export-{i}.xlsx"
                started = time.perf_counter()
                export(store, target)
                ours.append(time.perf_counter() - started)
                sheets = read_cells(target)
                started = time.perf_counter()
                raw_write(sheets, folder / f"raw-{i}.xlsx")
                raw.append(time.perf_counter() - started)
            results["export_cells"] = sum(len(r) * max((len(x) for x in r), default=0) for _, r in sheets)
            store.close()
            results["export"], results["export_raw"] = ours, raw
        except Exception as exc:
            notes["export"] = f"{type(exc).__name__}: {exc}"

    # import of a 10,000-row partner spreadsheet: read + validate + preview, then apply
    try:
        from g4b_desktop.exchange import partner_import
    except ImportError:
        partner_import = None
        notes["import"] = "the partner import (issue 5) is not there yet"
    if partner_import is not None:
        try:
            store = Store.open(source, author="bench", readonly=True)
            spreadsheet = folder / f"partner-{import_rows}.xlsx"
            make_partner_file(store, spreadsheet, import_rows)
            store.close()
            previews, applies, raws, raws_calamine, reads, backups, cpus = [], [], [], [], [], [], {}
            from g4b_desktop.exchange import reading
            for i in range(max(1, min(repeat, heavy_repeat))):
                copy = fresh_copy(source, folder)
                store = Store.open(copy, author="bench")
                started, cpu = time.perf_counter(), time.process_time()
                raw_read(spreadsheet)
                raws.append(time.perf_counter() - started)
                cpus.setdefault("raw", []).append(time.process_time() - cpu)
                started = time.perf_counter()
                raw_calamine(spreadsheet)
                raws_calamine.append(time.perf_counter() - started)
                started = time.perf_counter()
                reading.read(spreadsheet)
                reads.append(time.perf_counter() - started)
                started = time.perf_counter()
                loaded = partner_import.load(store, spreadsheet)
                preview = partner_import.preview(store, loaded)
                previews.append(time.perf_counter() - started)
                results["import_rows"] = {s: preview.count(s) for s in ("new", "updated", "error", "unchanged")}
                backups_made = []
                original_backup = partner_import.backup.backup_before

                def timed_backup(*args, **kwargs):
                    began = time.perf_counter()
                    try:
                        return original_backup(*args, **kwargs)
                    finally:
                        backups_made.append(time.perf_counter() - began)

                partner_import.backup.backup_before = timed_backup
                started, cpu = time.perf_counter(), time.process_time()
                partner_import.apply(store, loaded, planned=preview)   # as the wizard does: the preview shown
                seconds = time.perf_counter() - started
                cpus.setdefault("apply", []).append(time.process_time() - cpu)   # the backup's CPU included
                partner_import.backup.backup_before = original_backup
                applies.append(seconds - sum(backups_made))
                backups.append(sum(backups_made))
                store.close()
                copy.unlink()
            results["import_preview"], results["import_apply"], results["import_raw"] = previews, applies, raws
            results["import_raw_calamine"], results["import_read"] = raws_calamine, reads
            results["import_backup"], results["import_cpu"] = backups, cpus
        except Exception as exc:
            notes["import"] = f"{type(exc).__name__}: {exc}"

    # consolidation at scale: the committees' workbooks into one database holding the strategy (#19)
    if workbooks:
        try:
            import jobs_bench

            results["consolidation"] = jobs_bench.time_consolidation([Path(p) for p in workbooks], folder, raw_read)
        except Exception as exc:
            notes["consolidation"] = f"{type(exc).__name__}: {exc}"

    # the whole-strategy PDF note, against raw reportlab building the same tables
    note, note_name = find_callable(["g4b_desktop.reports.progress_note"], ["render_progress_note"])
    if note is None:
        notes["pdf"] = "the whole-strategy PDF note (issue 6) is not there yet"
    else:
        try:
            results["pdf_function"] = note_name
            store = Store.open(source, author="bench", readonly=True)
            ours, raw = [], []
            for i in range(max(1, pdf_repeat)):
                target = folder / f"note-{i}.pdf"
                started = time.perf_counter()
                pages = note(store, str(target))
                ours.append(time.perf_counter() - started)
                results["pdf_pages"] = pages
                tables = note_tables(store)   # the same data, read outside the raw timing
                started = time.perf_counter()
                raw_reportlab(tables, folder / f"raw-{i}.pdf")
                raw.append(time.perf_counter() - started)
            store.close()
            results["pdf"], results["pdf_raw"] = ours, raw
        except Exception as exc:
            notes["pdf"] = f"{type(exc).__name__}: {exc}"

    results["notes"] = notes
    print(json.dumps(results, default=str))


def note_tables(store) -> list[tuple[str, list[list]]]:
    """Every table of the whole-strategy progress note, from the note's own data reader: per objective
    its facts, worksites with status counts, meetings, decisions, open actions, indicators and commitment
    list, then the key figures (the cover's summary and the charts are left out: ours has them extra)."""
    import datetime as dt

    from g4b_desktop.reports.progress_note import NoteData

    data = NoteData(store, None, None, "nl", dt.date.today())
    tables = []
    for objective in data.objectives:
        oid = objective["id"]
        ministers = data.ministers.get(oid, {})
        tables.append((f"{objective['code']} {objective['title']}", [["Algemeen", ""]] + [
            ["Pijler", f"{objective['pillar_code']}. {objective['pillar_title']}"],
            ["Soort prioriteit", objective["priority_type"] or objective["priority_type_text"] or ""],
            ["Initiatiefnemende minister(s)", "\n".join(ministers.get("initiating", []))],
            ["Geassocieerde minister(s)", "\n".join(ministers.get("associated", []))],
            ["Stuurcomité", "; ".join(data.committee.get(oid, []))],
            ["Statuut 2025", objective["status_2025"] or ""]]))
        tables.append(("Beleidswerven",
                       [["Code", "Beleidswerf", "Totaal", "Gerealiseerd", "In uitvoering", "Niet gestart",
                         "Uitgesteld", "Stopgezet", "Vooruitgang"]] +
                       [[w["code"], w["title"], w["total"], w["realised"], w["in_progress"], w["not_started"],
                         w["postponed"], w["abandoned"], f"{round(w['progress'] or 0)} %"]
                        for w in data.worksites.get(oid, [])]))
        if data.has_meetings:
            tables.append(("Vergaderingen", [["Datum", "Vergadering", "Beslissingen"]] +
                           [[m["date"], m["title"] or "", m["decisions"]] for m in data.meetings.get(oid, [])]))
            tables.append(("Beslissingen", [["Datum", "Beslissing"]] +
                           [[d["date"], d["text"]] for d in data.decisions.get(oid, [])]))
            tables.append(("Actiepunten", [["Actiepunt", "Eigenaar", "Deadline", "Achterstand"]] +
                           [[a["what"], a["owner"] or "", a["due_date"] or "", "!" if a["overdue"] else ""]
                            for a in data.actions.get(oid, [])]))
        tables.append(("Indicatoren", [["Code", "Indicator", "Eenheid", "Jaar", "Waarde", "Doel"]] +
                       [[r["code"], r["title"], r["unit"] or "", r["year"] or "", r["value"] if r["value"] is not None
                         else "", r["target"] if r["target"] is not None else ""]
                        for r in data.indicators.get(oid, [])]))
        tables.append(("Engagementen", [["Code", "Engagement", "Status", "Vooruitgang", "Deadline"]] +
                       [[c["code"], c["title"], c["status"], f"{c['progress']} %", c["due_date"] or ""]
                        for c in data.commitments.get(oid, [])]))
    tables.append(("Kerncijfers", [["Code", "Kerncijfer", "Eenheid"]] +
                   [[f["code"], f["title"], f["unit"] or ""] for f in data.key_figures]))
    return [(title, rows) for title, rows in tables if len(rows) > 1]


def raw_reportlab(tables: list[tuple[str, list[list]]], path: Path, font: str = "dejavu") -> None:
    """Plain reportlab (SimpleDocTemplate, Table, Paragraph for the wrapping titles): the same tables.

    In the note's font: the bundled DejaVu Sans TTF (regular for cells, bold for titles and header
    rows), registered once per process, embedded and subset as the note's is. The note must print
    characters the standard Type-1 Helvetica has not (ł, the narrow no-break space U+202F of French
    numbers), and a TrueType font costs more per character drawn (subsetting, glyph mapping), so
    Helvetica would measure less work than the note does. `font="helvetica"`: the earlier baseline
    exactly (built-in Helvetica, nothing embedded, header row not bold), for comparison.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from xml.sax.saxutils import escape

    from g4b_desktop import paths

    if font == "helvetica":
        regular, bold = "Helvetica", "Helvetica-Bold"
    else:
        regular, bold = "RawDejaVuSans", "RawDejaVuSans-Bold"
        if regular not in pdfmetrics.getRegisteredFontNames():
            folder = paths.resources_dir() / "fonts"
            pdfmetrics.registerFont(TTFont(regular, str(folder / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont(bold, str(folder / "DejaVuSans-Bold.ttf")))
    styles = getSampleStyleSheet()
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontName=bold)
    body = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)  # the note's cell size
    story = []
    for title, data in tables:
        story.append(Paragraph(escape(title), heading))
        rows = [data[0]] + [[Paragraph(escape(c), body) if isinstance(c, str) and len(c) > 25 else c for c in row]
                            for row in data[1:]]
        table = Table(rows, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                                   ("FONT", (0, 0), (-1, -1), regular, 8, 10),
                                   *([("FONT", (0, 0), (-1, 0), bold, 8, 10)] if font != "helvetica" else []),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


# ---- the window's stalls during long jobs (#19; one fresh process per size) ---------------------

def child_stall(db: str, workdir: str, import_rows: int, workbooks: list[str]) -> None:
    import jobs_bench
    from g4b_desktop.db.store import Store

    spreadsheet = Path(workdir) / "stall-partner.xlsx"
    with Store.open(db, author="bench", readonly=True) as store:
        make_partner_file(store, spreadsheet, import_rows)
    print(json.dumps(jobs_bench.child_stall(db, workdir, str(spreadsheet), workbooks), default=str))


STALL_JOBS = [
    ("control", "control: a thread of plain Python arithmetic for 3 s, no program code (this machine's floor)"),
    ("start_of_day", "start of the first day (check and daily backup, on a worker thread)"),
    ("import_apply", "import apply of the partner spreadsheet"),
    ("consolidation", "consolidation of the committee workbooks"),
    ("backup", "backup (File > Save a copy)"),
    ("pdf", "whole-strategy PDF note until its preview is shown"),
    ("export", "Excel export of everything"),
    ("restore", "restore of that backup, until the new window is shown"),
]


# ---- the report ---------------------------------------------------------------------------------

def median(values) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("  [target met]" if ok else "  [TARGET MISSED]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="500,50000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="a tiny size, few runs (a test of this script)")
    parser.add_argument("--out", type=Path, default=None, help="also write the report to this file")
    parser.add_argument("--only", default="startup,window,jobs,stall", help="which groups to run")
    parser.add_argument("--pdf-repeat", type=int, default=None,
                        help="runs of the whole-strategy PDF (default: --repeat, capped at 3; 1 from 10,000 "
                             "commitments, where one note is over a thousand pages)")
    parser.add_argument("--heavy-repeat", type=int, default=3,
                        help="at most this many runs of the Excel export and of the import (default 3)")
    parser.add_argument("--import-rows", type=int, default=IMPORT_ROWS, help="rows of the partner spreadsheet")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workbooks", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        pin_none()
    if args.child == "bare":
        child_bare()
        return 0
    if args.child == "app":
        child_app(args.db)
        return 0
    if args.child == "window":
        child_window(args.db, args.repeat)
        return 0
    workbooks = json.loads(Path(args.workbooks).read_text()) if args.workbooks else []
    if args.child == "jobs":
        child_jobs(args.db, args.repeat, args.workdir, args.import_rows, args.pdf_repeat or 1, args.heavy_repeat,
                   workbooks)
        return 0
    if args.child == "stall":
        child_stall(args.db, args.workdir, args.import_rows, workbooks)
        return 0

    sizes = [60] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = 2 if args.quick else max(1, args.repeat)
    import_rows = 200 if args.quick else args.import_rows
    groups = set(args.only.split(","))
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    def log(text: str) -> None:
        print(f"  … {text}", file=sys.stderr, flush=True)

    started_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = "QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:]))
    say(f"Go4Brussels Desktop benchmarks — {started_at}")
    say(f"command: {command.strip()}")
    say(f"machine: {platform.machine()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; median of {repeat} runs unless said")
    largest = max(sizes)

    # the installed program runs from compiled bytecode; here PYTHONDONTWRITEBYTECODE may be set, which
    # would make every measured process compile the whole package again
    import compileall

    compileall.compile_dir(str(REPO / "g4b_desktop"), quiet=1)
    workdir = Path(tempfile.mkdtemp(prefix="g4b-bench-work-"))
    try:
        committees, committee_size = (3, 40) if args.quick else (COMMITTEES, COMMITTEE_SIZE)
        workbooks_file = workdir / "workbooks.json"
        if groups & {"jobs", "stall"}:
            import jobs_bench

            workbooks = jobs_bench.committee_workbooks(CACHE, committees, committee_size, child_env(), log)
            workbooks_file.write_text(json.dumps([str(p) for p in workbooks]))
        for size in sizes:
            check = size == largest
            path, generated = database(size, args.seed, log)
            say("")
            say(f"== N = {size:,} commitments ==")
            if generated is not None:
                say(f"demo database generated by `g4b demo --commitments {size}` in {generated:.1f} s "
                    f"({path.stat().st_size / 1e6:.1f} MB)")
            else:
                say(f"demo database: cached {path.name} ({path.stat().st_size / 1e6:.1f} MB)")

            if "startup" in groups:
                log(f"start-up at {size}")
                bare, ours, memory = [], [], []
                error = None
                for _ in range(repeat):
                    try:
                        bare.append(time_startup("bare", None)[0])
                        copy = fresh_copy(path, workdir)
                        seconds, peak = time_startup("app", copy)
                        ours.append(seconds)
                        memory.append(peak)
                        copy.unlink(missing_ok=True)
                    except Exception as exc:
                        error = str(exc)
                        break
                if error or not ours:
                    say(f"start-up: not measured: {error}")
                else:
                    ratio = median(ours) / median(bare)
                    ok = (ratio <= TARGETS["startup_ratio"] and median(ours) <= TARGETS["startup_s"]) if check else None
                    say(f"start-up to the window painted with data: {ms(median(ours))}; bare PySide6 window "
                        f"{ms(median(bare))}; ratio {ratio:.2f}{verdict(ok)}")
                    if check:
                        ok = median(ours) <= TARGETS["startup_max_s"]
                        say(f"start-up under {TARGETS['startup_max_s'] * 1000:.0f} ms at this size: "
                            f"{ms(median(ours))}{verdict(ok)}")
                    say(f"  first start of the run (colder caches; every start here is the first of the day for its copy, whose check and backup begin 1.5 s after the window): {ms(ours[0])}")

            if "window" in groups:
                log(f"window interactions at {size}")
                copy = fresh_copy(path, workdir)
                window = run_child("window", "--db", str(copy), "--repeat", str(repeat))
                copy.unlink(missing_ok=True)
                if "error" in window:
                    say(f"window interactions: not measured: {window['error']}")
                else:
                    notes = window.get("notes", {})
                    labels = [
                        ("objective_page", "open an objective page"),
                        ("worksite_page", f"open a worksite with {window.get('worksite_size', '?')} commitments"),
                        ("search", "search as you type (one keystroke to results shown)"),
                        ("filter", f"commitments view: change a filter (of {window.get('commitments_shown', '?')} "
                                   f"rows)"),
                        ("sort", "commitments view: sort by a column"),
                        ("edit", "one edit (a status change) until the views are refreshed"),
                    ]
                    for key, label in labels:
                        if key in window:
                            value = median(window[key])
                            if key == "search" and window.get("search_pause_ms"):
                                pause = window["search_pause_ms"]
                                work = value - pause
                                ok = work <= TARGETS["interaction_ms"] if check else None
                                say(f"{label}: {value:.0f} ms, of which the deliberate {pause} ms typing pause; "
                                    f"work {work:.0f} ms{verdict(ok)}")
                            else:
                                ok = value <= TARGETS["interaction_ms"] if check else None
                                say(f"{label}: {value:.1f} ms{verdict(ok)}")
                        else:
                            say(f"{label}: not measured: {notes.get(key, 'no result')}")
                    if check:
                        peak = window["memory_mb"]
                        say(f"peak memory of the window process (after the interactions): {peak:.0f} MB"
                            f"{verdict(peak <= TARGETS['memory_mb'])}")

            if "jobs" in groups:
                log(f"export, import and PDF at {size}")
                pdf_repeat = args.pdf_repeat or (1 if size >= 10_000 else min(repeat, 3))
                jobs = run_child("jobs", "--db", str(path), "--repeat", str(repeat), "--workdir", str(workdir),
                                 "--import-rows", str(import_rows), "--pdf-repeat", str(pdf_repeat),
                                 "--heavy-repeat", str(args.heavy_repeat),
                                 *(["--workbooks", str(workbooks_file)] if check else []), timeout=7200)
                if "error" in jobs:
                    say(f"export / import / PDF: not measured: {jobs['error']}")
                else:
                    notes = jobs.get("notes", {})
                    if "export" in jobs:
                        ratio = median(jobs["export"]) / median(jobs["export_raw"])
                        ok = ratio <= TARGETS["export_ratio"] if check else None
                        say(f"Excel export of everything ({jobs['export_function']}): {ms(median(jobs['export']))}; "
                            f"raw openpyxl write-only, same cells: {ms(median(jobs['export_raw']))}; "
                            f"ratio {ratio:.2f}{verdict(ok)}; median of {len(jobs['export'])}")
                    else:
                        say(f"Excel export of everything: not measured: {notes.get('export')}")
                    if "import_preview" in jobs:
                        raw = median(jobs["import_raw"])
                        preview, apply = median(jobs["import_preview"]), median(jobs["import_apply"])
                        ok = preview / raw <= TARGETS["import_ratio"] if check else None
                        rows = jobs.get("import_rows", {})
                        say(f"import of a {import_rows:,}-row partner spreadsheet ({rows.get('new', 0)} new, "
                            f"{rows.get('updated', 0)} updated, {rows.get('error', 0)} refused): read, validate "
                            f"and preview {ms(preview)}; raw openpyxl read-only read {ms(raw)}; ratio "
                            f"{preview / raw:.2f}{verdict(ok)}; median of {len(jobs['import_preview'])}")
                        if "import_read" in jobs:
                            ours, calamine = median(jobs["import_read"]), median(jobs["import_raw_calamine"])
                            say(f"  reading alone (exchange.reading: checks, calamine, values): {ms(ours)}; raw "
                                f"python-calamine {ms(calamine)} ({ours / calamine:.2f} x); raw openpyxl read-only "
                                f"{ms(raw)} ({raw / ours:.1f} x ours); median of {len(jobs['import_read'])}")
                        ok = apply <= TARGETS["apply_s"] if check else None
                        say(f"  then apply (one action: records, change log, search and trigram indexes, worksite "
                            f"figures; the preview shown is written): {ms(apply)} ({apply / raw:.2f} x the raw read)"
                            f"{verdict(ok)}; median of {len(jobs['import_apply'])}")
                        if jobs.get("import_cpu"):
                            say(f"  CPU time (less sensitive to the shared machine's load): apply with its backup "
                                f"{median(jobs['import_cpu']['apply']) * 1000:.0f} ms, raw read "
                                f"{median(jobs['import_cpu']['raw']) * 1000:.0f} ms")
                        say(f"  before it, the safety backup of the whole file (on the job's worker thread): "
                            f"{ms(median(jobs['import_backup']))}; apply and backup together "
                            f"{ms(apply + median(jobs['import_backup']))}")
                    else:
                        say(f"import of a {import_rows:,}-row partner spreadsheet: not measured: "
                            f"{notes.get('import')}")
                    if "consolidation" in jobs:
                        merged = jobs["consolidation"]
                        ratio = merged["ours"] / merged["raw"]
                        ok = ratio <= TARGETS["consolidation_ratio"] if check else None
                        say(f"consolidation of {committees} committee workbooks of {committee_size:,} commitments into "
                            f"a database holding the strategy ({merged['commitments']:,} commitments after; one backup "
                            f"before the files included): {merged['ours']:.1f} s; raw openpyxl read-only read of the "
                            f"same files {merged['raw']:.1f} s; ratio {ratio:.2f}{verdict(ok)}; one run")
                        if merged.get("raw_cpu"):
                            say(f"  CPU time: {merged['ours_cpu']:.1f} s against {merged['raw_cpu']:.1f} s, ratio "
                                f"{merged['ours_cpu'] / merged['raw_cpu']:.2f}")
                    elif check:
                        say(f"consolidation: not measured: {notes.get('consolidation', 'no result')}")
                    if "pdf" in jobs:
                        ratio = median(jobs["pdf"]) / median(jobs["pdf_raw"])
                        ok = ratio <= TARGETS["pdf_ratio"] if check else None
                        say(f"whole-strategy PDF note ({jobs['pdf_function']}, {jobs.get('pdf_pages')} pages): "
                            f"{ms(median(jobs['pdf']))}; raw "
                            f"reportlab, same tables: {ms(median(jobs['pdf_raw']))}; ratio {ratio:.2f}{verdict(ok)}; "
                            f"median of {len(jobs['pdf'])}")
                    else:
                        say(f"whole-strategy PDF note: not measured: {notes.get('pdf')}")
            if "stall" in groups and check:
                log(f"the window's stalls during long jobs at {size}")
                copy = fresh_copy(path, workdir)
                stall = run_child("stall", "--db", str(copy), "--workdir", str(workdir), "--import-rows",
                                  str(import_rows), "--workbooks", str(workbooks_file), timeout=7200)
                for leftover in workdir.glob(copy.name + "*"):
                    leftover.unlink()
                if "error" in stall and isinstance(stall["error"], str):
                    say(f"window stalls during long jobs: not measured: {stall['error']}")
                else:
                    say(f"the window's longest stall while a long job runs (a {jobs_bench.TICK_MS} ms timer on its thread; "
                        f"target: no gap over {TARGETS['stall_ms']:.0f} ms, progress shown after "
                        f"{TARGETS['progress_s']} s):")
                    for key, label in STALL_JOBS:
                        job = stall.get(key)
                        if not job or "gap_ms" not in job:
                            say(f"  {label}: not measured")
                            continue
                        if job.get("error"):
                            say(f"  {label}: not measured: {job['error']}")
                            continue
                        where = " (in the status bar)" if key == "start_of_day" else ""
                        shown = (f"progress shown{where} after {job['progress_s']:.2f} s" if job["progress_s"] is not None
                                 else "no progress dialog (done within 0.5 s)" if job["seconds"] < 0.5
                                 else "NO PROGRESS SHOWN")
                        extra = f", {job['written']:,} commitments written" if job.get("written") else ""
                        if key == "control":
                            say(f"  {label}: longest gap {job['gap_ms']:.0f} ms")
                            continue
                        say(f"  {label}: longest gap {job['gap_ms']:.0f} ms{verdict(job['gap_ms'] <= TARGETS['stall_ms'])}"
                            f"; the job {job['seconds']:.1f} s{extra}; {shown}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if "dir" in _ENV:
            shutil.rmtree(_ENV["dir"], ignore_errors=True)
    say("")
    say(f"targets at N = {largest:,}: start-up within {TARGETS['startup_ratio']}x the bare window and under "
        f"{TARGETS['startup_s']:.0f} s; each interaction under {TARGETS['interaction_ms']:.0f} ms median; Excel "
        f"export within {TARGETS['export_ratio']}x raw; import within {TARGETS['import_ratio']}x raw read; PDF "
        f"within {TARGETS['pdf_ratio']}x raw reportlab; memory under {TARGETS['memory_mb']:.0f} MB; import apply of "
        f"{import_rows:,} rows within {TARGETS['apply_s']} s; consolidation within {TARGETS['consolidation_ratio']}x "
        f"the raw read; no stall of the window over {TARGETS['stall_ms']:.0f} ms during a long job; start-up under "
        f"{TARGETS['startup_max_s'] * 1000:.0f} ms")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
