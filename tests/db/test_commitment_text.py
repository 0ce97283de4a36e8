"""The commitments view's text filter (trigram index, step 0014) finds what a substring search finds."""

from __future__ import annotations

import pytest

from g4b_desktop.db import browse, commitments, history, partners

TEXTS = [
    ("Jongerengarantie uitbreiden", "Stages voor JONGEREN in Brussel", None),
    ("Circulaire economie", None, "zie nota \"groen\" 2027"),
    ("Renovatie van scholen", "Energie besparen: isolatie", "50% subsidie_x"),
    ("Formation des chercheurs d'emploi", "Accompagnement à l'emploi", "à discuter"),
    ("Digitalisering", "e-loket", None),
]


def reference(store, word: str) -> set[str]:
    """Every commitment whose code, title, description, notes or lead's name contains `word` (any case)."""
    found = set()
    for row in store.rows("SELECT c.id, c.code, c.title, c.description, c.notes, org.name AS lead FROM commitment c "
                          "LEFT JOIN organisation org ON org.id = c.lead_organisation_id"):
        if any(word.lower() in (row[k] or "").lower() for k in ("code", "title", "description", "notes", "lead")):
            found.add(row["id"])
    return found


def matching(store, text: str) -> set[str]:
    ids = browse.commitment_ids(store, browse.CommitmentFilter(text=text))
    assert browse.commitment_count(store, browse.CommitmentFilter(text=text)) == len(ids)
    return set(ids)


@pytest.fixture
def filled(store):
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    lead, _ = partners.add_organisation(store, "Actiris")
    with store.action("test data") as act:
        for title, description, notes in TEXTS:
            commitments.insert(act, worksite, {"title": title, "description": description, "notes": notes,
                                               "lead_organisation_id": lead if "Stages" in (description or "") else None})
    return store


@pytest.mark.parametrize("word", ["garantie", "jongeren", "CIRCULAIRE", "energie", "2.1.4-0", "\"groen\"",
                                  "subsidie_x", "emploi", "à discuter", "actiris", "e-", "zz", "zzzz", "%"])
def test_the_filter_finds_what_a_substring_search_finds(filled, word):
    expected = set.intersection(*(reference(filled, w) for w in word.split()))
    assert matching(filled, word) == expected


def test_two_words_must_both_be_found(filled):
    assert matching(filled, "renovatie isolatie") == reference(filled, "renovatie") & reference(filled, "isolatie")
    assert len(matching(filled, "renovatie isolatie")) == 1
    assert matching(filled, "renovatie digitalisering") == set()


def test_the_index_follows_edits_deletes_restores_and_reverts(filled):
    store = filled
    (target,) = matching(store, "Digitalisering")
    changes = commitments.update(store, target, {"title": "Administratieve vereenvoudiging"})
    assert matching(store, "Digitalisering") == set() and matching(store, "vereenvoudiging") == {target}
    history.revert_change_set(store, changes.change_set_id)
    assert matching(store, "Digitalisering") == {target} and matching(store, "vereenvoudiging") == set()
    commitments.delete(store, target)
    assert matching(store, "Digitalisering") == set()
    history.restore(store, history.trash(store)[0]["id"])
    assert matching(store, "Digitalisering") == {target}
    assert store.scalar("SELECT count(*) FROM commitment_text") == store.scalar("SELECT count(*) FROM commitment")
    assert store.scalar("SELECT count(*) FROM commitment_text_key") == store.scalar("SELECT count(*) FROM commitment")
