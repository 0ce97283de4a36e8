"""An import and a consolidation are preceded by a backup of the database (issue #7)."""

from __future__ import annotations

from g4b_desktop.db.store import Store
from g4b_desktop.exchange import partner_import

from exchange_helpers import SAMPLES


def test_an_import_is_preceded_by_a_backup(store, data_dir):
    loaded = partner_import.load(store, SAMPLES / "hub-suivi-2026.fr.xlsx")
    partner_import.apply(store, loaded)
    assert store.scalar("SELECT count(*) FROM commitment") == 3
    backups = list((data_dir / "backups").glob("committee-before-import-*.g4b"))
    assert len(backups) == 1
    with Store.open(backups[0], readonly=True) as before:
        assert before.scalar("SELECT count(*) FROM commitment") == 0


def test_progress_keeps_one_decimal(store):
    loaded = partner_import.load(store, SAMPLES / "hub-suivi-2026.fr.xlsx")
    partner_import.apply(store, loaded)
    assert sorted(r[0] for r in store.db.execute("SELECT progress FROM commitment")) == [0, 45.5, 100]
