"""The issue-16 worst case: a workbook of about 10 MB whose one row holds 12 million cells.

    .venv/bin/python benchmarks/huge_row.py [--cells 12000000]

Writes the file (cells without references, random numbers 0-99: 15-16 bytes of XML a cell, under the 200 MB expansion
limit, 10 MB compressed), then reads it
with `exchange.reading.read` in a fresh process and prints the time and the peak resident memory of
that process (`resource.getrusage(RUSAGE_SELF).ru_maxrss`, and the kernel's VmHWM where there is one).
Before issue 16 the same file took 53 s and 1.26 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from random import Random

REPO = Path(__file__).resolve().parents[1]

MEASURE = """
import json, resource, sys, time
from g4b_desktop.exchange import reading
started = time.perf_counter()
sheet = reading.read(sys.argv[1])
seconds = time.perf_counter() - started
hwm = None
try:
    with open("/proc/self/status") as status:
        hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
except OSError:
    pass
print(json.dumps({"seconds": seconds, "row_widths": [len(v) for _, v in sheet.rows], "notes": sheet.notes,
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "vmhwm_mb": hwm}))
"""


def write(path: Path, cells: int) -> None:
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c t="inlineStr"><is><t>Beleidswerf</t></is></c><c t="inlineStr"><is><t>Engagement</t>'
            b'</is></c></row><row r="2">')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                         'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
                         'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                         'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
                         'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                         'spreadsheetml.worksheet+xml"/></Types>')
        archive.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                         'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                         'Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
                         'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships"><sheets><sheet name="Breed" sheetId="1" r:id="rId1"/>'
                         '</sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
                         'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                         'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(head)
            step = 100_000
            random = Random(16)
            cell = [b"<c><v>%d</v></c>" % n for n in range(100)]
            for start in range(0, cells, step):
                sheet.write(b"".join(cell[n] for n in random.randbytes(min(step, cells - start))
                                     .translate(bytes(i % 100 for i in range(256)))))
            sheet.write(b"</row></sheetData></worksheet>")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=12_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one-huge-row.xlsx"
        write(path, args.cells)
        done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, cwd=REPO)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return 1
        found = json.loads(done.stdout)
        print(f"one row of {args.cells:,} cells, file {path.stat().st_size / 2**20:.1f} MB: read in "
              f"{found['seconds']:.1f} s, row widths kept {found['row_widths']}, peak RSS "
              f"{found['ru_maxrss_mb']:.0f} MB (VmHWM {found['vmhwm_mb']} MB); {found['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
