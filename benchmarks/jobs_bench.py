"""Long jobs for `make bench` (issue 19): consolidation at scale, and how long the window stops answering.

- `committee_workbooks(...)`: 17 committees' export workbooks of 3,000 commitments each (each from its
  own `g4b demo` database, seed 101..117; cached in benchmarks/.cache/ like the demo databases).
- `time_consolidation(...)`: the 17 workbooks consolidated into one database holding the strategy,
  against openpyxl's read-only read of the same 17 files.
- `child_stall(...)`: the real main window, offscreen, on a copy of the demo database. A QTimer on the
  window's thread ticks every 10 ms and records the longest gap between two ticks while each long job
  runs as the window runs it (started the way its menu entry starts it, without the file dialogs):
  start of the first day (check and daily backup), import apply of the partner spreadsheet,
  consolidation of the committee workbooks, a backup, a restore, the whole-strategy PDF note, the
  Excel export. A job's end is its result shown (status bar, views refreshed, preview opened).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

TICK_MS = 10
STALL_TARGET_MS = 100.0
PROGRESS_AFTER_S = 0.5
AFTER_S = 0.6   # the event loop keeps running this long after a job's result, still measured


# ---- the committees' workbooks ------------------------------------------------------------------

def committee_workbooks(cache: Path, files: int, per_file: int, env: dict, log) -> list[Path]:
    """`files` export workbooks of `per_file` commitments each, from committees' own databases (cached)."""
    digest = hashlib.sha256()
    for path in [REPO / "g4b_desktop" / "demo.py", *sorted((REPO / "g4b_desktop" / "db").glob("schema*.py")),
                 REPO / "g4b_desktop" / "exchange" / "workbook_export.py"]:
        digest.update(path.read_bytes())
    folder = cache / f"committees-{files}x{per_file}-{digest.hexdigest()[:10]}"
    paths = [folder / f"committee-{n:02d}.xlsx" for n in range(1, files + 1)]
    if all(path.exists() for path in paths):
        return paths
    for old in cache.glob(f"committees-{files}x{per_file}-*"):
        shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    from g4b_desktop.db.store import Store
    from g4b_desktop.exchange.workbook_export import export_workbook

    log(f"making {files} committee workbooks of {per_file} commitments (cached afterwards)…")
    for n, target in enumerate(paths, start=1):
        database = folder / f"committee-{n:02d}.g4b"
        result = subprocess.run([sys.executable, "-m", "g4b_desktop", "demo", "--db", str(database),
                                 "--commitments", str(per_file), "--seed", str(100 + n)],
                                cwd=REPO, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"g4b demo failed: {result.stdout}{result.stderr}")
        with Store.open(database, author=f"committee {n}", readonly=True) as store:
            export_workbook(store, target)
        for leftover in folder.glob(f"committee-{n:02d}.g4b*"):
            leftover.unlink()
    return paths


def strategy_database(path: Path) -> Path:
    """A new database holding only the embedded strategy (the ministerial staff's file)."""
    from g4b_desktop.db.store import Store
    from g4b_desktop.db.strategy import load_strategy

    with Store.create(path, author="bench") as store:
        load_strategy(store)
    return path


def time_consolidation(workbooks: list[Path], folder: Path, raw_read) -> dict:
    """Seconds to consolidate every workbook into a strategy database, and to read them raw."""
    from g4b_desktop.db.store import Store
    from g4b_desktop.exchange.consolidate import consolidate_files

    started, cpu = time.perf_counter(), time.process_time()
    for path in workbooks:
        raw_read(path)
    raw, raw_cpu = time.perf_counter() - started, time.process_time() - cpu
    target = strategy_database(folder / f"consolidated-{time.perf_counter_ns()}.g4b")
    with Store.open(target, author="bench") as store:
        started, cpu = time.perf_counter(), time.process_time()
        reports = consolidate_files(store, workbooks)   # one backup, then each file as its own action
        ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
        commitments = store.scalar("SELECT count(*) FROM commitment")
    for leftover in folder.glob(target.name + "*"):
        leftover.unlink()
    return {"ours": ours, "raw": raw, "ours_cpu": ours_cpu, "raw_cpu": raw_cpu, "commitments": commitments,
            "added": sum(len(r.added) for r in reports), "conflicts": sum(len(r.conflicts) for r in reports)}


# ---- the window's stalls ------------------------------------------------------------------------

class StallMeter:
    """The longest gap between two ticks of a timer on the window's thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = None
        self.longest = 0.0
        self.watching = False

    def tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.longest = max(self.longest, now - self.last)
            if now - self.last > 0.05:
                self.gaps.append((round(self.last - self.began, 3), round((now - self.last) * 1000)))
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.began, self.gaps = self.last, []
        self.timer.start()
        if os.environ.get("G4B_STALL_TRACE"):   # a diagnosis: the window thread's stack during a stall
            self._watch()

    def _watch(self) -> None:
        import threading
        import traceback

        main = threading.main_thread().ident
        self.watching = True
        import gc

        began: dict = {}

        def collection(phase: str, info: dict) -> None:   # a full collection holds the GIL throughout
            if phase == "start":
                began["at"] = time.perf_counter()
            elif self.watching and "at" in began and time.perf_counter() - began["at"] > 0.02:
                print(f"--- garbage collection of generation {info['generation']} on "
                      f"{threading.current_thread().name}: {(time.perf_counter() - began['at']) * 1000:.0f} ms "
                      f"at {began['at'] - self.began:.3f} s ({info['collected']} collected)", file=sys.stderr,
                      flush=True)

        gc.callbacks.append(collection)

        def watch() -> None:
            reported = None
            while self.watching:
                time.sleep(0.02)
                late = time.perf_counter() - (self.last or time.perf_counter())
                if late > 0.06 and reported != self.last:
                    reported = self.last
                    frames = sys._current_frames()
                    frame = frames.get(main)
                    stack = "".join(traceback.format_stack(frame, limit=12)) if frame else "?"
                    # a stall with the window thread in the event loop: another thread held the GIL in
                    # one long C call, which has just returned (its stack is at or just after that call)
                    others = "".join(f"  [thread {ident}]\n" + "".join(traceback.format_stack(other, limit=8))
                                     for ident, other in frames.items()
                                     if ident not in (main, threading.get_ident()))
                    print(f"--- window thread {late * 1000:.0f} ms late at {self.last - self.began:.3f} s:\n{stack}"
                          f"other threads:\n{others}", file=sys.stderr, flush=True)

        threading.Thread(target=watch, daemon=True).start()

    def stop(self) -> float:
        self.timer.stop()
        self.watching = False
        self.tick()
        return self.longest * 1000


def run_until(app, start, finished, limit_s: float = 900.0) -> dict:
    """Start a job from the event loop, run the event loop until `finished()`; the gaps and timings."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from g4b_desktop.ui.shell import jobs

    meter = StallMeter()
    loop = QEventLoop()
    state = {"progress_at": None, "error": None}
    started = time.perf_counter()

    def poll() -> None:
        if state["progress_at"] is None and (any(d.isVisible() for d in app.topLevelWidgets()
                                                 if isinstance(d, QProgressDialog))
                                             or any(not j.finished_ and j.dialog.isVisible()
                                                    for j in jobs._background)):   # in a status bar
            state["progress_at"] = time.perf_counter() - started
        try:
            done = finished()
        except Exception as exc:
            state["error"] = f"{type(exc).__name__}: {exc}"
            done = True
        if done and state.get("done_at") is None:
            state["done_at"] = time.perf_counter()
        # after the result, the views refresh on short timers: that work counts for the job too
        if (state.get("done_at") and time.perf_counter() - state["done_at"] > AFTER_S) \
                or time.perf_counter() - started > limit_s:
            loop.quit()

    def begin() -> None:
        try:
            start()
        except Exception as exc:
            state["error"] = f"{type(exc).__name__}: {exc}"
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(5)
    watcher.timeout.connect(poll)
    meter.start()
    QTimer.singleShot(0, begin)
    watcher.start()
    loop.exec()
    watcher.stop()
    seconds = (state.get("done_at") or time.perf_counter()) - started
    # what the job left to the event loop (views refreshed, a preview painted) counts too
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()
    gap = meter.stop()
    return {"seconds": seconds, "gap_ms": gap, "progress_s": state["progress_at"], "error": state["error"],
            "gaps": meter.gaps[:12]}


def child_stall(db: str, workdir: str, spreadsheet: str, workbooks: list[str]) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from g4b_desktop import paths
    from g4b_desktop.db import backup
    from g4b_desktop.db.store import Store
    from g4b_desktop.ui.backups import backups_view, restore_dialog
    from g4b_desktop.ui.shell import file_actions
    from g4b_desktop.ui.shell.main_window import MainWindow

    folder = Path(workdir)
    results: dict[str, dict] = {}
    # how long the window's thread spends on a job's result (views refreshed, preview opened): a diagnosis
    from g4b_desktop.ui.shell import jobs

    finishing: list[float] = []
    original_finish = jobs.Job._finish

    def timed_finish(self, result, error):
        began = time.perf_counter()
        try:
            return original_finish(self, result, error)
        finally:
            finishing.append((time.perf_counter() - began) * 1000)

    jobs.Job._finish = timed_finish
    store = Store.open(db, author="bench")
    holder = {"window": MainWindow(store)}
    window = holder["window"]
    window.quiet = True
    window.resize(1280, 800)
    window.show()
    for _ in range(3):
        app.processEvents()

    def no_jobs() -> bool:
        return not holder["window"]._jobs

    only = set(filter(None, os.environ.get("G4B_STALL_ONLY", "").split(",")))   # a diagnosis: some jobs

    def wanted(key: str) -> bool:
        return not only or key in only

    # 0. the machine's floor: a thread of plain Python arithmetic beside the same window, no program code
    def busy() -> None:
        end = time.perf_counter() + 3
        while time.perf_counter() < end:
            sum(n * n for n in range(1000))

    control = []
    results["control"] = run_until(app, lambda: control.append(threading.Thread(target=busy, daemon=True))
                                   or control[0].start(), lambda: bool(control) and not control[0].is_alive())

    # 1. the first start of the day: the check and the daily backup on a worker thread
    threads = []
    results["start_of_day"] = {} if not wanted("start_of_day") else run_until(
        app, lambda: threads.append(backups_view.start_of_day(holder["window"])),
        lambda: bool(threads) and (threads[0] is None or threads[0].finished_)
        and "backup" in holder["window"].statusBar().currentMessage().lower())
    results["start_of_day"]["made"] = wanted("start_of_day") and bool(backup.list_backups(Path(db),
                                                                                          paths.backup_dir()))

    # 2. import apply: the wizard shows the preview (not measured), then Finish
    actions = holder["window"].exchange_actions
    if wanted("import_apply"):
        wizard = actions.import_spreadsheet(Path(spreadsheet))
        wizard.next()
        wizard.next()
        before = store.scalar("SELECT count(*) FROM commitment")
        results["import_apply"] = run_until(app, wizard.accept, no_jobs)
        results["import_apply"]["written"] = store.scalar("SELECT count(*) FROM commitment") - before

    # 3. consolidation of the committees' workbooks (no conflicts to decide: new records)
    before = store.scalar("SELECT count(*) FROM commitment")
    results["consolidation"] = {} if not wanted("consolidation") else run_until(
        app, lambda: actions.apply_consolidation([Path(p) for p in workbooks], {}), no_jobs, limit_s=3600)
    results["consolidation"]["written"] = store.scalar("SELECT count(*) FROM commitment") - before

    # 4. a backup (File > Save a copy: SQLite's backup API on a worker)
    copy = folder / "stall-copy.g4b"
    results["backup"] = run_until(app, lambda: file_actions.save_copy(holder["window"], copy), no_jobs) \
        if wanted("backup") or wanted("restore") else {}
    results["backup"]["made"] = copy.exists()

    # 5. the whole-strategy PDF note (Summit view > progress note), until its preview is shown
    summit = holder["window"].view("summit")
    options = {"objective_code": None, "summit_year": None, "lang": "nl"}
    results["pdf"] = {} if not wanted("pdf") else run_until(app, lambda: summit.progress_note(options), no_jobs,
                                                            limit_s=3600)

    # 6. the Excel export of everything
    target = folder / "stall-export.xlsx"
    results["export"] = {} if not wanted("export") else run_until(app, lambda: actions.export_to(target, "nl"),
                                                                  no_jobs)
    results["export"]["made"] = target.exists()

    # 7. restore the backup made in 4 (the window is replaced by a new one on the restored file)
    def restore() -> None:
        new = restore_dialog.restore_backup(holder["window"], copy, confirm=False)
        holder["restored"] = new

    results["restore"] = {} if not wanted("restore") else run_until(app, restore, lambda: "restored" in holder)
    new = holder.get("restored")
    results["restore"]["made"] = new is not None
    for job in results.values():
        job.setdefault("error", None)
    results["finishing_ms"] = finishing
    if new is not None:
        new.close()
        new.store.close()
    return results
