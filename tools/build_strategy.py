#!/usr/bin/env python3
"""Build resources/strategy/strategy.json from the text of the Go4Brussels 2030 strategy.

Usage (from the repository root):

    .venv/bin/python tools/build_strategy.py [--seed PATH] [--out PATH] [--corrections PATH]

The seed is the Dutch text extracted from the printed strategy (a PDF with a
multi-column table layout, linearised cell by cell). The parser recognises the
objective headers, the labelled cells of each objective card, the worksite
table rows and the key-figure table; hand corrections from
resources/strategy/corrections.json are applied afterwards. Every correction
has a "why" and leaves a visible note in the output.

Standard library only. Output is deterministic.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEED = REPO.parent / "shared" / "seed" / "strategie-go4brussels-2030.nl.txt"
DEFAULT_OUT = REPO / "resources" / "strategy" / "strategy.json"
DEFAULT_CORRECTIONS = REPO / "resources" / "strategy" / "corrections.json"

PILLARS = [
    {"code": "1", "title": {"nl": "Engagementen van het Gewest",
                            "fr": "Engagements de la Région",
                            "en": "Commitments of the Region"}},
    {"code": "2", "title": {"nl": "Engagementen van het Gewest en de Gemeenschappen",
                            "fr": "Engagements de la Région et des Communautés",
                            "en": "Commitments of the Region and the Communities"}},
]

PAGE_HEADER = re.compile(r"^Strategie Go4Brussels 2030\s+\d+$")
OBJ_HEADER = re.compile(r"^Doelstelling (\d\.\d+)\s*:\s*(.*)$")
PILLAR_HEADER = re.compile(r"^Pijler \d+:", re.I)
WS_CODE = re.compile(r"^(\d\.\d\.\d+)(?:\s+(.*))?$")
# Fragments of the repeated worksite table header (complete or cut).
TABLE_HEADER_FRAGMENTS = {
    "Beleidswerven tegen 2030",
    "Beleidswerven Sturende instanties Korte omschrijving van de beleidswerf, de uitdagingen",
    "Beleidswerven Sturende instanties Korte omschrijving van de beleidswerf, de",
    "Beleidswerven Sturende instanties Korte omschrijving van de",
    "Beleidswerven Sturende",
    "instanties",
    "Korte omschrijving van de beleidswerf, de uitdagingen en de",
    "Korte omschrijving van de beleidswerf, de uitdagingen en",
    "Korte omschrijving van de beleidswerf, de",
    "beleidswerf, de uitdagingen en de",
    "en de verwachte resultaten",
    "uitdagingen en de verwachte resultaten",
    "de verwachte resultaten",
    "verwachte resultaten",
}
# Where the steering-body column starts inside a run-together cell.
STEERING_START = re.compile(
    r"(Minister-President|Minister-$|Minister van|Ministers? |Staatssecretaris|Regering|Alle ministers)")
BODY_LINE_START = re.compile(
    r"^(Minister|Ministers|Staatssecretaris|Regering|Alle ministers|Vice-Minister|VGC-collegelid|De voltallige)\b")
BULLET = re.compile(r"^(- |o |• |\d+\) )")
SENTENCE_END = re.compile(r"[.:;!?][”\"’)]?$")


def norm_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines: a trailing hyphen after a letter is kept and glued."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"\w-$", out):
            out += line
        else:
            out += " " + line
    return norm_space(out)


def format_text(lines: list[str | None]) -> str:
    """Lines (None = blank line) -> text. Bullet items on their own line;
    a blank line after a sentence end starts a new paragraph ("\n\n");
    other wrapped lines are joined (page breaks fall mid-sentence)."""
    paras: list[list[str]] = []  # each: list of logical lines
    cur: list[str] | None = None  # current logical line parts
    blank_seen = False
    for line in lines:
        if line is None or not line.strip():
            blank_seen = True
            continue
        line = line.strip()
        prev = cur[-1] if cur else ""
        if cur is None:
            paras.append([line])
            cur = paras[-1]
        elif BULLET.match(line):
            cur.append(line)
        elif blank_seen and SENTENCE_END.search(prev):
            paras.append([line])
            cur = paras[-1]
        else:
            # continuation of the current logical line
            if re.search(r"\w-$", prev):
                cur[-1] = prev + line
            else:
                cur[-1] = prev + " " + line
        blank_seen = False
    return "\n\n".join("\n".join(norm_space(x) for x in p) for p in paras)


def split_top_level(text: str) -> list[str]:
    """Split on commas (and ' + ') that are not inside parentheses."""
    items, depth, buf = [], 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch == ",":
            items.append(buf)
            buf = ""
        elif depth == 0 and text.startswith(" + ", i):
            items.append(buf)
            buf = ""
            i += 3
            continue
        else:
            buf += ch
        i += 1
    items.append(buf)
    out = []
    for it in items:
        it = norm_space(it).rstrip(".").strip()
        if it:
            out.append(it)
    return out


def split_ministers(lines: list[str]) -> list[str]:
    entries: list[list[str]] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not entries or (BODY_LINE_START.match(line) and not re.search(r"\w-$", entries[-1][-1])):
            entries.append([line])
        else:
            entries[-1].append(line)
    out = []
    for e in entries:
        text = join_lines(e)
        for part in re.split(r",\s*(?=(?:Ministers?|Staatssecretaris)\b)", text):
            part = part.strip().rstrip(",.").strip()
            if part:
                out.append(part)
    return out


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def org_key(name: str) -> str:
    s = strip_accents(name).lower()
    s = s.replace("’", "'")
    s = re.sub(r"^(de|het) ", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def parse_number(text: str):
    t = text.strip()
    if t == "n.b.":
        return None
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", t):
        return int(t.replace(".", ""))
    if "," in t:
        return float(t.replace(",", "."))
    return int(t)


# ---------------------------------------------------------------- document

class Doc:
    def __init__(self, text: str):
        self.raw = text.splitlines()
        self.lines = [l.rstrip() for l in self.raw]

    def stripped(self, i: int) -> str:
        return self.lines[i].strip()


def find_body_start(doc: Doc) -> int:
    # the body starts at the second occurrence of "Doelstelling 1.1:" (first is the table of contents)
    hits = [i for i, l in enumerate(doc.lines) if OBJ_HEADER.match(l.strip()) and l.strip().startswith("Doelstelling 1.1")]
    return hits[1]


LABELS = [
    ("general_objectives", re.compile(r"^Algemene$")),
    ("status_2025", re.compile(r"^Statuut ten opzichte")),
    ("initiating", re.compile(r"^Initiatiefnemende$")),
    ("associated", re.compile(r"^Geassocieerde$")),
    ("priority", re.compile(r"^Soort prioriteit\b")),
    ("partners", re.compile(r"^Partners$")),
    ("committee", re.compile(r"^Organisaties die lid$")),
]
LABEL_TAILS = {
    "general_objectives": ["doelstellingen"],
    "status_2025": ["van de", "Strategie 2025", "van de Strategie 2025", "van de Strategie", "2025"],
    "initiating": ["Minister(s)", "Minister"],
    "associated": ["Minister(s)"],
    "committee": ["zijn van het", "stuurcomité"],
}


def parse_objectives(doc: Doc, start: int, notes_out: dict):
    n = len(doc.lines)
    headers = []
    for i in range(start, n):
        m = OBJ_HEADER.match(doc.stripped(i))
        if m:
            headers.append(i)
    objectives, regions = [], []
    for k, h in enumerate(headers):
        end = headers[k + 1] if k + 1 < len(headers) else n
        # title: header line + following non-blank lines
        m = OBJ_HEADER.match(doc.stripped(h))
        code = m.group(1)
        tlines = [m.group(2)]
        i = h + 1
        while i < end and doc.stripped(i):
            tlines.append(doc.stripped(i))
            i += 1
        title = join_lines(tlines)
        # cells
        cells: dict[str, list] = {}
        current = None
        ws_start = None
        while i < end:
            s = doc.stripped(i)
            if PILLAR_HEADER.match(s):
                break
            if s in TABLE_HEADER_FRAGMENTS or WS_CODE.match(s) or s.startswith("Beleidswerven Sturende"):
                ws_start = i
                break
            matched = False
            for key, rx in LABELS:
                if rx.match(s):
                    # objective 2.4 repeats "Initiatiefnemende Ministers:" inside the committee cell
                    if current == "committee" and key in ("initiating", "associated"):
                        break
                    current = key
                    cells[key] = []
                    if key == "priority":
                        rest = s[len("Soort prioriteit"):].strip()
                        if rest:
                            cells[key].append(rest)
                    j = i + 1
                    tails = LABEL_TAILS.get(key, [])
                    while j < end and (not doc.stripped(j) or doc.stripped(j) in tails):
                        j += 1
                    i = j
                    matched = True
                    break
            if matched:
                continue
            if current:
                cells[current].append(s if s else None)
            i += 1
        if ws_start is None:
            ws_start = i
        first = next((doc.stripped(j) for j in range(ws_start, end) if doc.stripped(j)), "")
        if first.startswith("Beleidswerven tegen 2030") or re.match(r"^Beleidswerven\s+Sturende", first):
            header_state = "complete"
        elif WS_CODE.match(first):
            header_state = "missing"
        else:
            header_state = "cut"
        ws_end = end
        # the pillar-2 header sits between 1.9 and 2.1
        for j in range(ws_start, end):
            if PILLAR_HEADER.match(doc.stripped(j)):
                ws_end = j
                break
        regions.append((code, ws_start, ws_end))
        objectives.append({"code": code, "title": title, "_cells": cells, "_line": h + 1, "_header": header_state})
    return objectives, regions


def finish_objective(o: dict) -> dict:
    cells = o.pop("_cells")
    o.pop("_line")
    notes = []
    header = o.pop("_header")
    if header == "missing":
        notes.append("The worksite table has no header row in the source ('Beleidswerven tegen 2030' and the column "
                     "headers are missing); worksites are recognised by their codes")
    elif header == "cut":
        notes.append("The worksite table header is cut in the source (only part of the column headers is printed)")

    def lines(key):
        return [l for l in cells.get(key, [])]

    pt_text = join_lines([l for l in lines("priority") if l])
    if pt_text == "Gedeelde prioriteit":
        ptype = "shared"
    elif pt_text == "Overlegde prioriteit":
        ptype = "consulted"
    else:
        ptype = None
        notes.append("Priority type is free text in the source (neither 'Gedeelde' nor 'Overlegde prioriteit')")
    partners_text = join_lines([l for l in lines("partners") if l])
    committee_text = join_lines([l for l in lines("committee") if l])
    out = {
        "code": o["code"],
        "pillar": o["code"].split(".")[0],
        "title": o["title"],
        "general_objectives": format_text(lines("general_objectives")),
        "status_2025": join_lines([l for l in lines("status_2025") if l]),
        "initiating_ministers": split_ministers([l for l in lines("initiating") if l]),
        "associated_ministers": split_ministers([l for l in lines("associated") if l]),
        "priority_type": ptype,
        "priority_type_text": pt_text,
        "partners": split_top_level(partners_text),
        "committee_members": split_top_level(committee_text),
        "notes": notes,
        "_partners_text": partners_text,
        "_committee_text": committee_text,
    }
    if not out["associated_ministers"]:
        notes.append("No associated minister is printed in the source (the cell is empty)")
    return out


# ---------------------------------------------------------------- worksites

def clean_region(doc: Doc, a: int, b: int) -> tuple[list[str | None], list[str]]:
    """Region lines with page headers and table headers removed (None = blank)."""
    out: list[str | None] = []
    footnotes = []
    for i in range(a, b):
        s = doc.stripped(i)
        if PAGE_HEADER.match(s) or s in TABLE_HEADER_FRAGMENTS or s.startswith("Beleidswerven Sturende") \
                or s.startswith("Beleidswerven  Sturende"):
            out.append(None)
            continue
        if s.startswith("*:"):
            footnotes.append(s[2:].strip())
            out.append(None)
            continue
        out.append(s if s else None)
    return out, footnotes


def blocks_of(lines: list[str | None]) -> list[list[str]]:
    blocks, cur = [], []
    for l in lines:
        if l is None:
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(l)
    if cur:
        blocks.append(cur)
    return blocks


STEERING_MAX = 30


def is_steering_block(block: list[str]) -> bool:
    first = block[0]
    if BULLET.match(first) or first.startswith(("Cf.", "cf.", "Zie ")):
        return False
    if re.match(r"^Minister-President\s+(?![(,])\S", first):
        return True  # "Minister-President Zie Doelstelling 1.6." (cells ran together)
    if BODY_LINE_START.match(first):
        return max(len(l) for l in block) <= 32
    return max(len(l) for l in block) <= 26 and len(block) <= 8


def parse_worksite(code: str, objective: str, lines: list[str | None]):
    notes: list[str] = []
    # locate code line
    first = lines[0]
    m = WS_CODE.match(first)
    rest = (m.group(2) or "").strip()
    # title block: rest of code line + following lines until blank
    title_lines = [rest] if rest else []
    i = 1
    while i < len(lines) and lines[i] is not None:
        title_lines.append(lines[i])
        i += 1
    remaining = lines[i:]
    # a steering body may have run into the title cell
    steering_prefix: list[str] = []
    for k, tl in enumerate(title_lines):
        mm = STEERING_START.search(tl)
        if mm and (mm.start() > 0 or k > 0):
            before = tl[:mm.start()].strip()
            steering_prefix = [tl[mm.start():]] + title_lines[k + 1:]
            title_lines = title_lines[:k] + ([before] if before else [])
            notes.append("Title and steering-body cells ran together in the extraction; split by the parser")
            break
    title = join_lines(title_lines)
    # steering blocks
    blocks = blocks_of(remaining)
    steering_blocks = []
    if steering_prefix:
        steering_blocks.append(steering_prefix)
    desc_start_lines: list[str] = []
    bi = 0
    while bi < len(blocks) and is_steering_block(blocks[bi]):
        steering_blocks.append(blocks[bi])
        bi += 1
    # a description may start on the last line of a steering cell ("Minister-President Zie Doelstelling 1.6.")
    bodies: list[str] = []
    for blk in steering_blocks:
        entries: list[list[str]] = []
        for li, line in enumerate(blk):
            mm = re.match(r"^(Minister-President)\s+(?![(,])(\S.*)$", line) if li == 0 else None
            if mm:
                entries.append([mm.group(1)])
                desc_start_lines = [mm.group(2)] + blk[li + 1:]
                notes.append("Steering-body and description cells ran together in the extraction; split by the parser")
                break
            if not entries or (BODY_LINE_START.match(line) and not re.search(r"\w-$", entries[-1][-1])):
                entries.append([line])
            else:
                entries[-1].append(line)
        for e in entries:
            text = join_lines(e)
            if BODY_LINE_START.match(text):
                bodies.append(text)
            else:  # organisations listed in one cell: "Actiris, Bruxelles Formation"
                bodies.extend(split_top_level(text))
        if desc_start_lines:
            # the rest of the steering blocks belong to the description
            break
    desc_lines: list[str | None] = list(desc_start_lines)
    for blk in blocks[bi:]:
        if desc_lines:
            desc_lines.append(None)
        desc_lines.extend(blk)
    # keep the original blank structure for the description: rebuild from `remaining`
    description = format_text(desc_lines)
    return {
        "code": code,
        "objective": objective,
        "title": title,
        "steering_bodies": bodies,
        "description": description,
        "references": [],
        "notes": notes,
    }


def format_desc_from_blocks(blocks):
    return blocks


def parse_worksites(doc: Doc, regions):
    worksites = []
    for obj_code, a, b in regions:
        region, footnotes = clean_region(doc, a, b)
        starts = [k for k, l in enumerate(region) if l is not None and WS_CODE.match(l)]
        for n, s in enumerate(starts):
            e = starts[n + 1] if n + 1 < len(starts) else len(region)
            code = WS_CODE.match(region[s]).group(1)
            ws = parse_worksite(code, obj_code, region[s:e])
            if footnotes and any(b.endswith("*") for b in ws["steering_bodies"]):
                for f in footnotes:
                    ws["notes"].append(f"Footnote '*' in the source: \"{f}\"")
            worksites.append(ws)
    return worksites


# ---------------------------------------------------------------- references

REF_RX = re.compile(r"[Cc]f\.\s*Doelstelling\s+(\d\.\d+)\s*[–-]\s*[Bb]eleidswerf\s*[“\"]([^”\"]+)")
OBJ_REF_RX = re.compile(r"(?:[Cc]f\.|[Zz]ie)\s*Doelstelling\s+(\d\.\d+)(?![\d.]*\s*[–-]\s*[Bb]eleidswerf)")


def key_title(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", strip_accents(s).lower()).strip()


def resolve_references(worksites):
    by_title = {w["code"]: key_title(w["title"]) for w in worksites}
    for w in worksites:
        text = w["description"].replace("\n", " ")
        for m in REF_RX.finditer(text):
            obj, quoted = m.group(1), key_title(m.group(2))
            best, score = None, 0.0
            for code, t in by_title.items():
                if code == w["code"]:
                    continue
                r = difflib.SequenceMatcher(None, quoted, t).ratio()
                if t.startswith(quoted) or quoted.startswith(t):
                    r = max(r, 0.95)
                if r > score:
                    best, score = code, r
            if best and score >= 0.8:
                if best not in w["references"]:
                    w["references"].append(best)
                obj_of_best = next(x["objective"] for x in worksites if x["code"] == best)
                if obj_of_best != obj:
                    w["notes"].append(
                        f"Reference 'Doelstelling {obj} – Beleidswerf “{m.group(2).strip()}”' names objective {obj}, "
                        f"but the worksite with that title is {best} (objective {obj_of_best}); resolved by title")
            else:
                w["notes"].append(
                    f"Reference 'Doelstelling {obj} – Beleidswerf “{m.group(2).strip()}”' could not be resolved to a worksite code")
        for m in OBJ_REF_RX.finditer(text):
            w["notes"].append(
                f"The description refers to objective {m.group(1)} as a whole ('{m.group(0).strip()}'); "
                f"no worksite code to resolve")


# ---------------------------------------------------------------- indicators

VALUE_RX = re.compile(r"(?<![\w\-.,])(n\.b\.|-?\d{1,3}(?:\.\d{3})+|-?\d+(?:,\d+)?)(?:\s*(%|pp))?(?=\s|$)")


def parse_indicators(doc: Doc, meta: list[dict]):
    start = next(i for i, l in enumerate(doc.lines) if l.strip() == "5. Kerncijfers")
    end = next(i for i in range(start, len(doc.lines)) if doc.stripped(i).startswith("Bron: De statistieken"))
    tokens = []  # (number_text, unit_text)
    for i in range(start + 1, end):
        s = doc.stripped(i)
        if not s or s.startswith("Indicatoren Eenheid Bron"):
            continue
        for m in VALUE_RX.finditer(s):
            tokens.append((m.group(1), m.group(2)))
    if len(tokens) != 5 * len(meta):
        raise SystemExit(f"key figures: expected {5 * len(meta)} values, found {len(tokens)}")
    out = []
    years = ["2014", "2015", "2016", "2017", "2018"]
    for k, im in enumerate(meta):
        vals = tokens[5 * k: 5 * k + 5]
        unit_suffix = im.get("value_suffix", "")
        values, texts = {}, {}
        for y, (num, unit) in zip(years, vals):
            values[y] = parse_number(num)
            if num == "n.b.":
                texts[y] = num
            else:
                texts[y] = num + (" " + (unit or unit_suffix) if (unit or unit_suffix) else "")
        out.append({
            "code": f"KC{k + 1:02d}",
            "title": im["title"],
            "unit": im["unit"],
            "source": im["source"],
            "values": values,
            "value_text": texts,
            "notes": list(im.get("notes", [])),
        })
    return out


# ---------------------------------------------------------------- main build

def build(seed: Path, corrections_path: Path) -> dict:
    text = seed.read_text(encoding="utf-8")
    doc = Doc(text)
    corr = json.loads(corrections_path.read_text(encoding="utf-8"))
    start = find_body_start(doc)
    raw_objs, regions = parse_objectives(doc, start, {})
    objectives = [finish_objective(o) for o in raw_objs]
    worksites = parse_worksites(doc, regions)

    # ---- corrections: objectives
    obj_by_code = {o["code"]: o for o in objectives}
    for c in corr.get("objectives", []):
        o = obj_by_code[c["code"]]
        for field, value in c.get("set", {}).items():
            if field not in o:
                raise SystemExit(f"correction for objective {c['code']}: unknown field {field}")
            o[field] = value
        o["notes"].extend(c.get("notes", []))
    # ---- corrections: worksites
    ws_by_code = {w["code"]: w for w in worksites}
    for c in corr.get("worksites", []):
        w = ws_by_code[c["code"]]
        prefix = c.get("description_strip_prefix")
        if prefix:
            if not w["description"].startswith(prefix):
                raise SystemExit(f"correction for worksite {c['code']}: description does not start with {prefix!r}")
            w["description"] = w["description"][len(prefix):]
        for field, value in c.get("set", {}).items():
            if field not in w:
                raise SystemExit(f"correction for worksite {c['code']}: unknown field {field}")
            w[field] = value
        w["notes"].extend(c.get("notes", []))

    # ---- irregularities detected automatically
    for w in worksites:
        if not w["code"].startswith(w["objective"] + "."):
            w["notes"].append(
                f"Code {w['code']} belongs to no objective: printed in the section of objective {w['objective']} "
                f"(kept as printed, not renumbered)")
    for o in objectives:
        own = [w for w in worksites if w["objective"] == o["code"] and w["code"].startswith(o["code"] + ".")]
        nums = sorted(int(w["code"].split(".")[2]) for w in own)
        expected = set(range(1, (max(nums) if nums else 0) + 1))
        for missing in sorted(expected - set(nums)):
            mcode = f"{o['code']}.{missing}"
            # the note goes to the worksite printed where the missing code would have been
            after = [w for w in worksites if w["objective"] == o["code"]]
            idx = 0
            for k, w in enumerate(after):
                parts = w["code"].split(".")
                if w["code"].startswith(o["code"] + ".") and int(parts[2]) < missing:
                    idx = k + 1
            target = after[idx] if idx < len(after) else after[-1]
            target["notes"].append(f"Code {mcode} missing in the source: numbering gap before this worksite")
            o["notes"].append(f"Worksite code {mcode} is missing in the source (numbering gap)")
        odd = [w["code"] for w in worksites if w["objective"] == o["code"] and not w["code"].startswith(o["code"] + ".")]
        for code in odd:
            o["notes"].append(f"Worksite printed with code {code}, which belongs to no objective")
        if not [w for w in worksites if w["objective"] == o["code"]]:
            o["notes"].append("No worksites found")

    resolve_references(worksites)

    # ---- organisations
    aliases = {a["variant"]: a["canonical"] for a in corr.get("organisation_aliases", [])}
    display = corr.get("organisation_display_names", {})
    orgs: dict[str, dict] = {}
    order: list[str] = []
    counts: dict[str, dict[str, int]] = {}
    for o in objectives:
        for name in o["partners"] + o["committee_members"]:
            target = aliases.get(name, name)
            key = org_key(target)
            if key not in orgs:
                orgs[key] = {"key": key, "variants": []}
                order.append(key)
                counts[key] = {}
            if name not in orgs[key]["variants"]:
                orgs[key]["variants"].append(name)
            counts[key][name] = counts[key].get(name, 0) + 1
    organisations = []
    for key in order:
        variants = orgs[key]["variants"]
        name = display.get(key) or max(variants, key=lambda v: (counts[key][v], -variants.index(v)))
        organisations.append({"key": key, "name": name, "variants": sorted(variants)})

    # ---- indicators
    indicators = parse_indicators(doc, corr["indicators"])

    for o in objectives:
        o.pop("_partners_text")
        o.pop("_committee_text")

    return {
        "source": {
            "title": "Strategie Go4Brussels 2030 – Naar een economische, maatschappelijke en milieutransitie voor Brussel",
            "date": "2020-01-16",
            "file": seed.name,
        },
        "pillars": PILLARS,
        "objectives": objectives,
        "worksites": worksites,
        "organisations": organisations,
        "indicators": indicators,
    }


def render(data: dict) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--corrections", type=Path, default=DEFAULT_CORRECTIONS)
    args = ap.parse_args(argv)
    data = build(args.seed, args.corrections)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(data), encoding="utf-8")
    print(f"{args.out}: {len(data['objectives'])} objectives, {len(data['worksites'])} worksites, "
          f"{len(data['organisations'])} organisations, {len(data['indicators'])} indicators", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
