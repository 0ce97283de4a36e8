"""Checks the committed strategy data (resources/strategy/strategy.json) against the source document."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "resources" / "strategy" / "strategy.json"
SEED = REPO.parent / "shared" / "seed" / "strategie-go4brussels-2030.nl.txt"

needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"strategy source text not found at {SEED}")

WORKSITE_CODES = (
    "1.1.1 1.1.2 1.1.3 1.1.4 1.1.5 1.2.1 1.2.2 1.2.3 1.2.4 1.3.1 1.3.2 1.3.3 1.3.4 "
    "1.4.1 1.4.2 1.4.3 1.4.5 1.4.6 1.4.7 1.4.8 1.4.9 1.5.1 1.5.2 1.5.3 1.5.4 1.5.5 "
    "1.6.1 1.6.2 1.6.3 1.6.4 1.6.5 1.7.1 1.7.2 1.7.3 1.7.4 1.7.5 1.7.6 1.8.1 1.8.2 1.8.3 1.8.4 1.8.5 "
    "1.9.1 1.9.2 1.9.3 1.9.4 1.9.5 1.9.6 1.9.7 1.9.8 1.9.9 1.9.10 "
    "2.1.1 2.1.2 2.1.3 2.1.4 2.1.5 2.1.6 2.2.1 2.2.2 2.2.3 2.2.4 2.2.5 2.2.6 2.2.7 2.2.8 "
    "2.3.1 2.3.2 2.3.3 2.3.4 2.3.5 2.3.6 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7 "
    "2.5.1 2.5.2 2.5.3 2.5.4 2.5.5 2.5.6 2.5.7 2.5.8 2.6.1 2.6.2 2.6.3 3.2.4 2.6.5 2.6.7 "
    "2.7.1 2.7.2 2.7.3 2.7.4 2.8.1 2.8.2 2.8.3"
).split()


@pytest.fixture(scope="module")
def data():
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc_compact():
    """The document with all whitespace removed (titles wrap across cells and lines)."""
    text = SEED.read_text(encoding="utf-8")
    return re.sub(r"\s+", "", text)


def compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_pillars(data):
    assert [p["code"] for p in data["pillars"]] == ["1", "2"]
    assert data["pillars"][0]["title"] == {"nl": "Engagementen van het Gewest", "fr": "Engagements de la Région",
                                           "en": "Commitments of the Region"}
    assert data["pillars"][1]["title"]["nl"] == "Engagementen van het Gewest en de Gemeenschappen"


def test_objective_codes(data):
    codes = [o["code"] for o in data["objectives"]]
    assert codes == [f"1.{i}" for i in range(1, 10)] + [f"2.{i}" for i in range(1, 9)]
    assert all(o["pillar"] == o["code"][0] for o in data["objectives"])


def test_objective_titles(data):
    titles = {o["code"]: o["title"] for o in data["objectives"]}
    assert titles["1.1"] == ("De voorwaarden creëren voor de economische transitie om bij te dragen tot de "
                             "gewestelijke klimaatdoelstellingen")
    assert titles["1.7"] == "De fiscale hervorming verder uitdiepen"
    assert titles["2.1"] == "De Jongerengarantie verder uitvoeren"
    assert titles["2.5"] == ("Een sterk gewestelijk openbaar ambt: het actieplan “Brusselaars in het openbaar ambt” "
                             "verder uitdiepen")
    for t in titles.values():
        assert t == " ".join(t.split())


@needs_seed
def test_objective_titles_in_document(data, doc_compact):
    for o in data["objectives"]:
        assert compact(f"Doelstelling {o['code']}: {o['title']}") in doc_compact, o["code"]


def test_worksite_codes_exactly_as_printed(data):
    assert [w["code"] for w in data["worksites"]] == WORKSITE_CODES


def test_worksite_objectives(data):
    by_code = {w["code"]: w for w in data["worksites"]}
    assert by_code["3.2.4"]["objective"] == "2.6"
    assert any("belongs to no objective" in n for n in by_code["3.2.4"]["notes"])
    for w in data["worksites"]:
        if w["code"] != "3.2.4":
            assert w["code"].startswith(w["objective"] + ".")


def test_numbering_gaps_noted(data):
    notes = {o["code"]: " ".join(o["notes"]) for o in data["objectives"]}
    assert "1.4.4" in notes["1.4"]
    assert "2.6.4" in notes["2.6"] and "2.6.6" in notes["2.6"]
    assert "3.2.4" in notes["2.6"]


@needs_seed
def test_worksite_titles_and_descriptions_in_document(data, doc_compact):
    for w in data["worksites"]:
        assert w["title"], w["code"]
        assert compact(w["title"]) in doc_compact, w["code"]
        # the code is printed, followed (possibly after other cells) by its title
        pos = doc_compact.find(compact(w["code"] + w["title"][:12]))
        assert pos >= 0, w["code"]
        first_words = " ".join(w["description"].split()[:5])
        assert first_words, w["code"]
        assert doc_compact.find(compact(first_words), pos) > pos, w["code"]


def test_worksite_spot_checks(data):
    by_code = {w["code"]: w for w in data["worksites"]}
    w = by_code["1.1.1"]
    assert w["title"] == "Climate governance tot stand brengen samen met de sociaaleconomische partners"
    assert w["steering_bodies"] == ["Minister van Klimaattransitie, Leefmilieu en Energie"]
    assert w["description"].startswith("Ook voor de sociaaleconomische actoren is in de Climate")
    assert by_code["1.4.9"]["title"] == "Bouw"
    assert by_code["1.4.9"]["steering_bodies"][0] == "Minister-President"
    assert by_code["2.1.6"]["title"] == "Transversaliteit"
    assert by_code["2.1.6"]["steering_bodies"] == ["Minister-President", "Minister van Werk"]
    assert by_code["2.6.3"]["steering_bodies"] == ["Minister-President"]
    assert by_code["2.6.3"]["description"] == "Zie Doelstelling 1.6."
    assert by_code["3.2.4"]["title"] == "Mobiliteit"
    assert by_code["3.2.4"]["steering_bodies"] == ["Minister van Mobiliteit, Openbare Werken en Verkeersveiligheid"]
    assert by_code["1.9.7"]["title"] == "Bedrijfsvervoersplannen (gedeeld)"
    assert by_code["1.4.1"]["references"] == ["1.8.1"]
    assert "1.8.2" in by_code["1.4.5"]["references"]
    assert "- de uitdagingen verbonden aan het opraken van bepaalde materies en grondstoffen;" in \
        by_code["1.1.2"]["description"].split("\n")
    for w in data["worksites"]:
        assert "Beleidswerven" not in w["description"], w["code"]
        assert "Strategie Go4Brussels 2030" not in w["description"], w["code"]
        assert "verwachte resultaten" not in w["description"], w["code"]


def test_objective_spot_checks(data):
    obj = {o["code"]: o for o in data["objectives"]}
    o = obj["1.1"]
    assert o["initiating_ministers"] == [
        "Minister van Klimaattransitie, Leefmilieu, Energie en Participatieve Democratie",
        "Staatssecretaris voor Economische Transitie en Wetenschappelijk Onderzoek"]
    assert o["associated_ministers"] == [
        "Minister-President",
        "Minister van Werk en Beroepsopleiding, Digitalisering, Plaatselijke Besturen en Dierenwelzijn",
        "Minister van Mobiliteit, Openbare Werken en Verkeersveiligheid"]
    assert o["priority_type"] == "shared" and o["priority_type_text"] == "Gedeelde prioriteit"
    assert o["partners"][0] == "ESRBHG (met onder meer het Observatorium voor overheidsopdrachten)"
    assert o["partners"][-1] == "Adviesraad voor het Sociaal Ondernemerschap"
    assert len(o["partners"]) == 8
    assert o["status_2025"].startswith("Nieuwe doelstelling, gebaseerd op het regeerakkoord")
    assert obj["1.3"]["priority_type"] == "consulted"
    assert obj["1.3"]["committee_members"][1] == "RWB-RBC"
    assert obj["1.9"]["priority_type"] is None
    assert obj["1.9"]["priority_type_text"].startswith("Het Gewestelijk Mobiliteitsplan Good Move")
    assert obj["2.7"]["initiating_ministers"] == ["Ministers van Gezondheid en Welzijn"]
    assert obj["2.7"]["associated_ministers"] == []
    assert obj["2.2"]["partners"][-1] == "FEBRAP"
    types = [o["priority_type"] for o in data["objectives"]]
    assert types.count("shared") == 7 and types.count("consulted") == 9 and types.count(None) == 1


def test_organisations_cover_all_names(data):
    variants = {}
    for org in data["organisations"]:
        for v in org["variants"]:
            assert v not in variants, v
            variants[v] = org["key"]
    keys = [o["key"] for o in data["organisations"]]
    assert len(keys) == len(set(keys))
    for o in data["objectives"]:
        for name in o["partners"] + o["committee_members"]:
            assert name in variants, name
    assert variants["Hub.brussels"] == "hub-brussels"
    assert variants["BEW"] == variants["Brussel Economie en Werkgelegenheid"]


EXPECTED_KC = {
    "KC01": [18.5, 17.5, 16.9, 15.0, 13.4],
    "KC02": [39.5, 36.2, 35.9, 33.2, 30.6],
    "KC03": [50.5, 48.5, 48.5, 48.9, 48.4],
    "KC04": [16.0, 15.8, 16.0, 17.0, 16.1],
    "KC05": [49.5, 51.5, 51.5, 51.1, 51.6],
    "KC06": [-4.2, -2.8, -1.5, -0.3, -2.6],
    "KC07": [17.5, 14.3, 14.3, 14.4, 16.8],
    "KC08": [72154, 74522, 76431, 77694, None],
    "KC09": [94436, 97173, 101131, 104705, None],
    "KC10": [16936, 16894, 17590, None, None],
    "KC11": [37686, 39786, 41981, 42912, None],
    "KC12": [63.4, 65.9, 67.2, 68.8, 69.5],
    "KC13": [14.4, 15.8, 14.8, 12.9, 10.7],
    "KC14": [3471.62, 3749.45, 3811.48, 3694.41, None],
    "KC15": [3.0, 3.2, 3.2, 3.1, None],
}


def test_indicators(data):
    inds = data["indicators"]
    assert [i["code"] for i in inds] == [f"KC{k:02d}" for k in range(1, 16)]
    for i in inds:
        assert list(i["values"]) == ["2014", "2015", "2016", "2017", "2018"]
        assert list(i["values"].values()) == EXPECTED_KC[i["code"]], i["code"]
    assert inds[0]["title"] == "Werkloosheidsgraad bij de leeftijdscategorie 15-64 jaar"
    assert inds[0]["unit"] == "%"
    assert inds[0]["value_text"]["2014"] == "18,5 %"
    assert inds[7]["value_text"]["2018"] == "n.b."
    assert inds[5]["notes"] and inds[6]["notes"]


@needs_seed
def test_indicator_texts_in_document(data, doc_compact):
    for i in data["indicators"]:
        assert compact(i["title"]) in doc_compact, i["code"]
        assert compact(i["source"]) in doc_compact, i["code"]


@needs_seed
def test_regeneration_is_byte_identical(tmp_path):
    out = tmp_path / "strategy.json"
    subprocess.run([sys.executable, str(REPO / "tools" / "build_strategy.py"), "--seed", str(SEED), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == DATA.read_bytes()
