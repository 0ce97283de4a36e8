"""The embedded strategy: loading `resources/strategy/strategy.json` into a new database.

The JSON is generated from the strategy document by `tools/build_strategy.py` (see
`resources/strategy/README.md`); the program never reads the document itself.
"""

from __future__ import annotations

import json

from ..texts import t
from . import strategy_texts as texts_fr
from .store import Changes, Store
from .strategy_data import read_strategy


def _notes(notes: list[str] | None) -> str | None:
    return "\n".join(notes) if notes else None


def load_strategy(store: Store, data: dict | None = None) -> Changes:
    """Insert the whole strategy (pillars, objectives, worksites, organisations, indicators) in one action."""
    data = data or read_strategy()
    # the French working translation (resources/strategy/fr), each text's origin recorded
    # (their origin is the default of a French text: nothing is written to text_origin)
    french = texts_fr.french_values(data, texts_fr.read_working_translation())

    def with_french(act, kind: str, key: str, table: str, values: dict) -> str:
        return act.insert(table, {**values, **french.get((kind, key), {})})

    with store.action(t("Load the embedded strategy"), source=data.get("source", {}).get("file")) as act:
        pillar_ids, objective_ids, worksite_ids, minister_ids = {}, {}, {}, {}
        for position, pillar in enumerate(data["pillars"]):
            title = pillar["title"]
            pillar_ids[pillar["code"]] = with_french(act, "pillar", pillar["code"], "pillar", {
                "code": pillar["code"], "title_nl": title["nl"], "title_en": title.get("en"), "position": position})

        organisation_ids, variant_to_key = {}, {}
        for organisation in data.get("organisations", []):
            organisation_ids[organisation["key"]] = with_french(
                act, "organisation", organisation["key"], "organisation",
                {"name": organisation["name"], "strategy_key": organisation["key"]})
            for variant in [organisation["name"], *organisation.get("variants", [])]:
                variant_to_key[variant] = organisation["key"]

        for position, objective in enumerate(data["objectives"]):
            objective_id = with_french(act, "objective", objective["code"], "objective", {
                "code": objective["code"], "pillar_id": pillar_ids[objective["pillar"]],
                "title": objective["title"], "general_objectives": objective.get("general_objectives"),
                "status_2025": objective.get("status_2025"), "priority_type": objective.get("priority_type"),
                "priority_type_text": objective.get("priority_type_text"),
                "source_notes": _notes(objective.get("notes")), "position": position})
            objective_ids[objective["code"]] = objective_id
            for role, key in (("initiating", "initiating_ministers"), ("associated", "associated_ministers")):
                for rank, name in enumerate(objective.get(key, [])):
                    if name not in minister_ids:
                        minister_ids[name] = with_french(act, "minister", name, "minister", {"name": name})
                    act.insert("objective_minister", {
                        "objective_id": objective_id, "minister_id": minister_ids[name],
                        "role": role, "position": rank})
            for role, key in (("partner", "partners"), ("committee_member", "committee_members")):
                for rank, printed in enumerate(objective.get(key, [])):
                    organisation_key = variant_to_key.get(printed)
                    if organisation_key is None:
                        organisation_key = f"printed:{printed}"
                        if organisation_key not in organisation_ids:
                            organisation_ids[organisation_key] = act.insert("organisation", {"name": printed})
                    with_french(act, "partner_text", printed, "membership", {
                        "objective_id": objective_id, "organisation_id": organisation_ids[organisation_key],
                        "role": role, "name_as_printed": printed, "position": rank})

        for position, worksite in enumerate(data["worksites"]):
            worksite_ids[worksite["code"]] = with_french(act, "worksite", worksite["code"], "worksite", {
                "code": worksite["code"], "objective_id": objective_ids[worksite["objective"]],
                "title": worksite["title"], "steering_bodies": "\n".join(worksite.get("steering_bodies", [])),
                "description": worksite.get("description"), "source_notes": _notes(worksite.get("notes")),
                "position": position})
        # Organisations printed as a worksite's steering body (Actiris for 2.1.4, ...) are members
        # of that objective in the role "steering body"; ministers stay text on the worksite.
        steering = set()
        for worksite in data["worksites"]:
            for printed in worksite.get("steering_bodies", []):
                organisation_key = variant_to_key.get(printed)
                if organisation_key is None or printed.startswith(("Minister", "Staatssecretaris")):
                    continue
                if (worksite["objective"], organisation_key) in steering:
                    continue
                steering.add((worksite["objective"], organisation_key))
                with_french(act, "partner_text", printed, "membership", {
                    "objective_id": objective_ids[worksite["objective"]],
                    "organisation_id": organisation_ids[organisation_key], "role": "steering_body",
                    "name_as_printed": printed, "position": len(steering)})
        for worksite in data["worksites"]:
            for target in worksite.get("references", []):
                if target in worksite_ids and target != worksite["code"]:
                    act.insert("worksite_reference", {
                        "from_worksite_id": worksite_ids[worksite["code"]],
                        "to_worksite_id": worksite_ids[target]})

        for position, indicator in enumerate(data.get("indicators", [])):
            indicator_id = with_french(act, "indicator", indicator["code"], "indicator", {
                "code": indicator["code"], "title": indicator["title"], "unit": indicator.get("unit"),
                "source": indicator.get("source"), "notes": _notes(indicator.get("notes")),
                "position": position})
            texts = indicator.get("value_text", {})
            for year, value in indicator.get("values", {}).items():
                act.insert("indicator_value", {
                    "indicator_id": indicator_id, "year": int(year), "value": value,
                    "value_text": texts.get(year)})
            for code in indicator.get("objectives", []):
                if code in objective_ids:
                    act.insert("indicator_objective", {
                        "indicator_id": indicator_id, "objective_id": objective_ids[code]})
        store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('strategy_source', ?)",
                         [json.dumps(data.get("source", {}), ensure_ascii=False)])
    return act.changes
