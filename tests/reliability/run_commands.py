"""Run several `g4b` commands in one process and print what each did, as JSON (reliability #17).

`python run_commands.py OUT.json -- info --db F ;; check --db F ;; ...`: each command goes through
`cli.main` exactly as the `g4b` script does (its return value is the exit code); stdout and stderr
are captured. One process per file keeps the corpus test fast; the caller's timeout bounds it all.
With `G4B_TEST_WATCH=FILE`, each result also holds FILE's sha256 and its folder's listing after the command.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
import time


def main() -> int:
    out = sys.argv[1]
    commands, current = [], []
    for word in sys.argv[3:]:
        if word == ";;":
            commands.append(current)
            current = []
        else:
            current.append(word)
    if current:
        commands.append(current)
    from g4b_desktop import cli

    watched = os.environ.get("G4B_TEST_WATCH")

    results = []
    for argv in commands:
        stdout, stderr = io.StringIO(), io.StringIO()
        started = time.monotonic()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse
                code = exc.code
        results.append({"argv": argv, "code": code, "stdout": stdout.getvalue(), "stderr": stderr.getvalue(),
                        "seconds": round(time.monotonic() - started, 2)})
        if watched:
            with open(watched, "rb") as handle:
                results[-1]["digest"] = hashlib.sha256(handle.read()).hexdigest()
            results[-1]["beside"] = sorted(os.listdir(os.path.dirname(watched)))
        with open(out, "w", encoding="utf-8") as handle:  # written after each: a hang shows where
            json.dump(results, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
