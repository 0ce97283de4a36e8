"""Search in both languages: French words find French titles, Dutch words Dutch ones, accents ignored,
the most relevant first; a code typed as a code first. Also `g4b search` from the command line."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from g4b_desktop.db import commitments, queries


def no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def title_words(title: str) -> str:
    """The first four words of more than three letters of a title, without their accents."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in title).split() if len(w) > 3][:4]
    return no_accents(" ".join(words))


@pytest.mark.parametrize("lang, column", [("fr", "title_fr"), ("nl", "title")])
def test_every_worksite_is_found_by_the_words_of_its_title(store, lang, column):
    """All 100 worksites, in each language: the words of its title (accents left out) find it among the
    first five hits, and first for at least 90 of them."""
    first, missed = 0, []
    for worksite in store.rows(f"SELECT code, {column} AS title FROM worksite ORDER BY position"):
        hits = queries.search(store, title_words(worksite["title"]), limit=5, lang=lang)
        codes = [hit["code"] for hit in hits]
        if worksite["code"] not in codes:
            missed.append((worksite["code"], title_words(worksite["title"]), codes))
        first += bool(codes) and codes[0] == worksite["code"]
        if lang == "fr" and codes and codes[0] == worksite["code"]:
            assert hits[0]["title"] == worksite["title"]  # shown in the reader's language
    assert missed == []
    assert first >= 90


# (query, expected first code, language the hit's title is shown in)
FRENCH = [
    ("stages entreprises", "2.1.4"), ("stages en entreprise", "2.1.4"), ("economie numerique", "1.4.1"),
    ("économie numérique", "1.4.1"), ("garantie jeunesse", "2.1"), ("Garantie pour la Jeunesse", "2.1"),
    ("gouvernance climatique", "1.1.1"), ("alimentation horeca", "1.4.8"), ("construction", "1.4.9"),
    ("Small Business Act", "1.2.1"), ("emerger entrepreneuriat social", "1.2.4"), ("offre de formation", "2.1.3"),
    ("creer les conditions transition economique", "1.1"),
]
DUTCH = [
    ("stages onderneming", "2.1.4"), ("Stages in de onderneming", "2.1.4"), ("jongerengarantie", "2.1"),
    ("digitale economie", "1.4.1"), ("climate governance", "1.1.1"), ("voeding horeca", "1.4.8"),
    ("creeren voorwaarden economische transitie", "1.1"), ("creëren voorwaarden", "1.1"),
    ("kwaliteitsvolle begeleide", "2.1.4"), ("Small Business Act", "1.2.1"),
]


@pytest.mark.parametrize("lang, query, code", [("fr", q, c) for q, c in FRENCH] + [("nl", q, c) for q, c in DUTCH])
def test_words_find_titles_in_their_language(store, lang, query, code):
    """French words find French titles, Dutch words Dutch ones, the title shown in the reader's language."""
    hits = queries.search(store, query, lang=lang)
    assert hits and hits[0]["code"] == code, [(h["code"], h["title"]) for h in hits[:5]]
    table = "objective" if code.count(".") == 1 else "worksite"
    column = "title_fr" if lang == "fr" else "title"
    assert hits[0]["title"] == store.scalar(f"SELECT {column} FROM {table} WHERE code = ?", [code])


def test_accents_are_ignored_both_ways(store):
    assert [h["code"] for h in queries.search(store, "economie", lang="fr")][:3] == \
        [h["code"] for h in queries.search(store, "économie", lang="fr")][:3]
    creeren = queries.search(store, "creeren", lang="nl", limit=100)
    assert any("creëren" in h["title"] for h in creeren)
    economie = queries.search(store, "economie", lang="fr", limit=100)
    assert any("économie" in h["title"].lower() for h in economie)
    # a word found in French only: no Dutch title has it
    assert queries.search(store, "entreprise", lang="fr")
    assert not queries.search(store, "zzqxj", lang="fr")


def test_a_code_typed_as_a_code_comes_first(store):
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    for title in ("Stageplaatsen werven", "Stagegids publiceren", "Evaluatie van de stages"):
        commitments.add(store, worksite, title)
    hits = queries.search(store, "2.1.4", lang="fr")
    assert (hits[0]["table_name"], hits[0]["code"], hits[0]["title"]) == ("worksite", "2.1.4", "Stages en entreprise")
    assert [h["code"] for h in hits[1:4]] == ["2.1.4-01", "2.1.4-02", "2.1.4-03"]
    hits = queries.search(store, "1.2")
    assert (hits[0]["table_name"], hits[0]["code"]) == ("objective", "1.2")
    assert [h["code"] for h in hits[1:4]] == ["1.2.1", "1.2.2", "1.2.3"]
    hits = queries.search(store, " 2.1.4-03 ")
    assert (hits[0]["table_name"], hits[0]["code"], hits[0]["title"]) == ("commitment", "2.1.4-03",
                                                                          "Evaluatie van de stages")
    assert queries.search(store, "9.9.9") == []


def test_a_commitment_shows_its_title_in_the_other_language_to_its_readers(store):
    worksite = store.scalar("SELECT id FROM worksite WHERE code = '2.1.4'")
    commitment_id, _ = commitments.add(store, worksite, "Stageplaatsen werven")
    commitments.set_alt_title(store, "2.1.4-01", "fr", "Recruter des places de stage")
    assert store.get("commitment", commitment_id)["title"] == "Stageplaatsen werven"  # as typed
    assert queries.search(store, "places de stage", lang="fr")[0]["title"] == "Recruter des places de stage"
    assert queries.search(store, "places de stage", lang="nl")[0]["title"] == "Stageplaatsen werven"
    assert queries.search(store, "stageplaatsen", lang="fr")[0]["title"] == "Recruter des places de stage"
    commitments.set_alt_title(store, "2.1.4-01", "fr", "")
    assert store.get("commitment", commitment_id)["title_alt"] is None
    assert queries.search(store, "recruter", lang="fr") == []


def g4b(*args, db_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "g4b_desktop.cli", *args, "--db", str(db_path)],
                          capture_output=True, text=True, timeout=60)


def test_g4b_search_prints_the_ranked_hits(db_path):
    done = g4b("search", "stages", "entreprises", "--lang", "fr", db_path=db_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "chantier\t2.1.4\tStages en entreprise"
    done = g4b("search", "stages", "onderneming", "--lang", "nl", "--limit", "1", db_path=db_path)
    assert done.stdout.splitlines() == ["beleidswerf\t2.1.4\tStages in de onderneming"]
    done = g4b("search", "1.2", "--lang", "en", "--limit", "3", db_path=db_path)
    assert [line.split("\t")[:2] for line in done.stdout.splitlines()] == [
        ["objective", "1.2"], ["worksite", "1.2.1"], ["worksite", "1.2.2"]]
    done = g4b("search", "zzqxj", "--lang", "fr", db_path=db_path)
    assert done.returncode == 0 and done.stdout.strip() == "Rien trouvé pour « zzqxj »."
    done = g4b("search", "x", "--limit", "0", db_path=db_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "--limit" in done.stderr
