"""Helpers for the exchange tests: a checksum of every row of a database, hostile files."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import zipfile
from pathlib import Path


def checksum(path: Path) -> str:
    """A digest of every row of every table (FTS shadow tables included): equal means unchanged."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO.parent / "shared" / "samples"


def rewrite_member(data: bytes, member: str, change) -> bytes:
    """The zip archive `data` with one member's content passed through `change`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                content = change(content)
            target.writestr(info.filename, content)
    return out.getvalue()
