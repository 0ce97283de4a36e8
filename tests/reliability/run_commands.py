"""Run several `g4b` commands in one process and print what each did, as JSON (reliability #17).

`python run_commands.py OUT.json -- info --db F ;; check --db F ;; ...`: each command goes through
`cli.main` exactly as the `g4b` script does (its return value is the exit code); stdout and stderr
are captured. One process per file keeps the corpus test fast; the caller's timeout bounds it all.
"""

from __future__ import annotations

import contextlib
import io
import json
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
        with open(out, "w", encoding="utf-8") as handle:  # written after each: a hang shows where
            json.dump(results, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
