"""Screenshots of the main views in Dutch and French: docs/screenshots/ui-<view>-<lang>.png.

Run offscreen: `QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py` (or `make screenshots`).
Works on a fresh strategy database with a few example commitments, in a temporary data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EXAMPLES = [  # worksite, title, status, progress, health, due date
    ("2.1.4", "2.000 begeleide stages per jaar organiseren", "in_progress", 60, "on_track", "2027-06-30"),
    ("2.1.4", "Stage-aanbod in de onderneming in kaart brengen", "realised", 100, "on_track", "2025-12-31"),
    ("2.1.4", "Europese stages voor werkzoekenden openstellen", "not_started", 0, "at_risk", "2025-03-31"),
    ("2.1.1", "Eén loket voor informatie over werk en opleiding", "in_progress", 40, "off_track", "2025-09-30"),
    ("1.1.1", "Prioritaire zones voor bedrijfsvestiging afbakenen", "postponed", 10, "at_risk", "2028-01-31"),
    ("1.2.1", "Jaarverslag over de kwaliteit van het ondernemingsklimaat", "realised", 100, None, "2024-11-30"),
]


def add_examples(store) -> None:
    from g4b_desktop.db import commitments, queries

    lead = store.scalar("SELECT id FROM organisation WHERE name LIKE 'Actiris%' ORDER BY name LIMIT 1")
    for code, title, status, progress, health, due in EXAMPLES:
        worksite = queries.worksite_by_code(store, code)
        commitments.add(store, worksite["id"], title, status=status, progress=progress, health=health,
                        due_date=due, lead_organisation_id=lead)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="g4b-screens-"))
    os.environ["G4B_DATA_DIR"] = str(folder)
    from PySide6.QtWidgets import QApplication

    from g4b_desktop import settings
    from g4b_desktop.commands import create_database
    from g4b_desktop.db import queries
    from g4b_desktop.ui.shell import i18n
    from g4b_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Go4Brussels Desktop")
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    store = create_database(folder / "committee.g4b")
    store.author = "secretariaat"
    add_examples(store)
    worksite = queries.worksite_by_code(store, "2.1.4")
    objective = queries.objective_by_code(store, "2.1")
    actiris = store.scalar("SELECT id FROM organisation WHERE name = 'Actiris'")
    indicator = store.scalar("SELECT id FROM indicator WHERE code = 'KC02'")
    from g4b_desktop.db import commitments as commitment_edits, indicators

    for year, target in ((2020, 28.0), (2025, 20.0)):
        indicators.set_year(store, indicator, year, {"target": target})
    first = store.scalar("SELECT id FROM commitment WHERE code = '2.1.4-01'")
    commitment_edits.update(store, first, {"progress": 70, "notes": "Stand van zaken besproken op het stuurcomité"})
    commitment_edits.delete(store, store.scalar("SELECT id FROM commitment WHERE code = '1.1.1-01'"))
    # two commitments with their title in French too (shown to French readers; issue 15)
    commitment_edits.set_alt_title(store, "2.1.4-01", "fr", "Organiser 2.000 stages encadrés par an")
    commitment_edits.set_alt_title(store, "2.1.1-01", "fr", "Un guichet unique d'information sur l'emploi et la "
                                                            "formation")
    # a meeting of committee 2.1 with an agenda item on worksite 2.1.4, and a Social Summit with priorities
    from g4b_desktop.db import meetings, summits

    meeting_id, _ = meetings.plan_meeting(store, objective["id"], "2027-03-12", start_time="9:30", end_time="11:00",
                                          place="Kunstberg 1", invite=True)
    item_id, _ = meetings.add_agenda_item(store, meeting_id, "Stand van de stages", presenter="Actiris")
    meetings.link_agenda_item(store, item_id, worksite_id=worksite["id"])
    summit_id, _ = summits.create(store, 2027, "2027-06-15")
    summits.set_priorities(store, summit_id, [worksite["id"], queries.worksite_by_code(store, "2.1.1")["id"]])
    made = []
    for language in ("nl", "fr"):
        settings.save({"language": language})
        i18n.install(language)
        window = MainWindow(store)
        window.resize(1400, 860)
        window.show()
        shots = {
            "home": lambda w: w.show_view("home"),
            "objective": lambda w: w.open_record("objective", objective["id"]),
            "worksite": lambda w: w.open_record("commitment", first),
            "commitments": lambda w: w.show_view("commitments"),
            "partners": lambda w: w.open_record("organisation", actiris),
            "indicators": lambda w: w.open_record("indicator", indicator),
            "trash": lambda w: w.show_view("trash"),
            "meetings": lambda w: (w.show_view("meetings"), w.view("meetings").select_meeting(meeting_id)),
            "summit": lambda w: (w.show_view("summit"), w.view("summit").priorities.selectRow(0)),
        }
        for name, show in shots.items():
            show(window)
            for _ in range(5):
                app.processEvents()
            target = out / f"ui-{name}-{language}.png"
            window.grab().save(str(target))
            made.append(target)
        window.close()
        window.deleteLater()
        app.processEvents()
    store.close()
    for target in made:
        print(target.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
