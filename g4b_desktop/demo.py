"""Synthetic demonstration data: a database as committees would fill it, at any size (no Qt).

`generate(store, commitments=N, seed=S)` adds, on top of the embedded strategy, N commitments over
the worksites (Dutch and French titles and descriptions, statuses, progress, health, due dates),
organisations, contacts and memberships, about N/10 meetings with agendas, minutes, decisions and
actions (when the meetings feature is installed), indicator values and targets, and the change log
that real edits would leave: every write goes through `store.action` / `act.insert` / `act.update`,
in batched actions dated over the past years (imports of partner spreadsheets, progress reviews).

The same seed gives the same records with the same ids, codes, texts and dates; only the ids of
the change sets differ between two runs. Used by `g4b demo` and by the benchmarks.

Longer than 450 lines: one generator whose steps share the seeded random state and the ids
made by earlier steps; split, each part would need all of them passed in.
"""

from __future__ import annotations

import contextlib
import importlib
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Iterator

from .db.commitments import commitment_code
from .db.store import Action, Store

BATCH = 1000                     # records per action (an import adds many records in one action)
HISTORY_START = datetime(2022, 1, 10, 8, 0, tzinfo=timezone.utc)
HISTORY_END = datetime(2026, 10, 30, 17, 0, tzinfo=timezone.utc)
BIG_WORKSITE = "2.1.1"           # the worksite that gets min(500, N // 5) commitments

STATUS_WEIGHTS = {"realised": 45, "in_progress": 30, "not_started": 15, "postponed": 6, "abandoned": 4}

# ---- words -------------------------------------------------------------------------------------

NL_VERBS = ["Uitwerken van", "Lanceren van", "Evalueren van", "Versterken van", "Uitbreiden van",
            "Opstarten van", "Hervormen van", "Vereenvoudigen van", "Digitaliseren van", "Financieren van",
            "Opvolgen van", "Coördineren van"]
NL_OBJECTS = ["een proefproject", "het actieplan", "de oproep tot projecten", "een begeleidingstraject",
              "het opleidingsaanbod", "de premieregeling", "een samenwerkingsakkoord", "het loket",
              "een informatiecampagne", "de monitoring", "een haalbaarheidsstudie", "het netwerk"]
NL_TOPICS = ["voor werkzoekende jongeren", "voor kmo's", "rond de circulaire economie",
             "voor de renovatie van gebouwen", "rond duurzame voeding", "voor zelfstandigen",
             "in de kanaalzone", "voor laaggeschoolden", "rond digitale vaardigheden",
             "voor de sociale economie", "rond stadslogistiek", "voor starters", "in de 19 gemeenten",
             "voor vrouwelijke ondernemers", "rond energietransitie", "voor anderstaligen"]
NL_SENTENCES = ["De werkgroep komt maandelijks samen.", "Het budget is goedgekeurd door de regering.",
                "De sociale partners worden bij elke fase betrokken.",
                "Een tussentijdse evaluatie is voorzien na twaalf maanden.",
                "De doelgroep wordt bereikt via de lokale loketten.",
                "Er is een samenwerking met de gemeenschappen.",
                "De resultaten worden opgenomen in de jaarlijkse balans.",
                "Het bestek wordt voorbereid door de administratie."]
FR_VERBS = ["Élaborer", "Lancer", "Évaluer", "Renforcer", "Étendre", "Mettre en place", "Réformer",
            "Simplifier", "Numériser", "Financer", "Suivre", "Coordonner"]
FR_OBJECTS = ["un projet pilote", "le plan d'action", "l'appel à projets", "un trajet d'accompagnement",
              "l'offre de formation", "le régime de primes", "un accord de coopération", "le guichet",
              "une campagne d'information", "le monitoring", "une étude de faisabilité", "le réseau"]
FR_TOPICS = ["pour les jeunes demandeurs d'emploi", "pour les PME", "autour de l'économie circulaire",
             "pour la rénovation des bâtiments", "autour de l'alimentation durable", "pour les indépendants",
             "dans la zone du canal", "pour les personnes peu qualifiées", "autour des compétences numériques",
             "pour l'économie sociale", "autour de la logistique urbaine", "pour les starters",
             "dans les 19 communes", "pour les femmes entrepreneures", "autour de la transition énergétique",
             "pour les allophones"]
FR_SENTENCES = ["Le groupe de travail se réunit chaque mois.", "Le budget a été approuvé par le gouvernement.",
                "Les interlocuteurs sociaux sont associés à chaque étape.",
                "Une évaluation intermédiaire est prévue après douze mois.",
                "Le public cible est atteint via les guichets locaux.",
                "Une collaboration avec les Communautés est en place.",
                "Les résultats sont repris dans le bilan annuel.",
                "Le cahier des charges est préparé par l'administration."]
NL_NOTES = ["Vertraging door aanbesteding", "Wacht op advies van de Raad", "Budget 2027 aangevraagd",
            "Loopt volgens plan", "Bijsturing nodig na evaluatie", "Partner gewijzigd"]
FR_NOTES = ["Retard dû au marché public", "En attente de l'avis du Conseil", "Budget 2027 demandé",
            "Se déroule comme prévu", "Ajustement nécessaire après évaluation", "Partenaire modifié"]

ORG_KINDS = ["administration", "public body", "social partner", "association", "municipality"]
ORG_NL = ["Vzw", "Dienst", "Agentschap", "Centrum", "Federatie", "Platform"]
ORG_FR = ["Asbl", "Service", "Agence", "Centre", "Fédération", "Plateforme"]
ORG_THEMES_NL = ["Werk", "Opleiding", "Innovatie", "Ondernemen", "Klimaat", "Huisvesting", "Mobiliteit",
                 "Voeding", "Digitaal", "Sociale Economie"]
ORG_THEMES_FR = ["Emploi", "Formation", "Innovation", "Entreprendre", "Climat", "Logement", "Mobilité",
                 "Alimentation", "Numérique", "Économie sociale"]
COMMUNES = ["Anderlecht", "Brussel", "Elsene", "Etterbeek", "Evere", "Ganshoren", "Jette", "Koekelberg",
            "Molenbeek", "Schaarbeek", "Sint-Gillis", "Sint-Joost", "Ukkel", "Vorst", "Watermaal",
            "Oudergem", "Sint-Lambrechts-Woluwe", "Sint-Pieters-Woluwe", "Sint-Agatha-Berchem"]
FIRST_NAMES = ["Amina", "Bart", "Claire", "Dirk", "Élise", "Farid", "Griet", "Hugo", "Inès", "Jan",
               "Karima", "Luc", "Marie", "Nabil", "Olivia", "Pieter", "Rachida", "Sofie", "Thomas",
               "Valérie", "Wouter", "Yasmine", "Zoë", "Jean-François"]
LAST_NAMES = ["Peeters", "Dupont", "Janssens", "Lambert", "El Idrissi", "Maes", "Dubois", "Claes",
              "Lemaître", "Van den Broeck", "Benali", "Willems", "Leroy", "Goossens", "Mertens",
              "Martin", "Dupré", "Vermeulen", "Yilmaz", "De Smet"]
FUNCTIONS_NL = ["Projectleider", "Adviseur", "Directeur", "Beleidsmedewerker", "Coördinator"]
FUNCTIONS_FR = ["Chargée de mission", "Conseiller", "Directrice", "Attaché", "Coordinatrice"]


class Generator:
    """Deterministic generator for one seed; `run()` writes everything through store actions."""

    def __init__(self, store: Store, commitments: int, seed: int = 1,
                 progress: Callable[[str], None] | None = None):
        if commitments < 0:
            raise ValueError("the number of commitments cannot be negative")
        self.store = store
        self.n = commitments
        self.seed = seed
        self.rng = random.Random(seed)
        self.progress = progress or (lambda text: None)
        self.counts: dict[str, int] = {}
        self.clock = HISTORY_START

    # ---- helpers --------------------------------------------------------------------------

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, fraction: float) -> str:
        """A timestamp `fraction` of the way through the history (0..1), deterministic."""
        span = (HISTORY_END - HISTORY_START).total_seconds()
        at = HISTORY_START + timedelta(seconds=int(span * min(max(fraction, 0.0), 1.0)))
        return at.strftime("%Y-%m-%dT%H:%M:%S.000000Z")

    @contextlib.contextmanager
    def action(self, label: str, at: str, context: tuple[str, str] | None = None) -> Iterator[Action]:
        """One store action dated `at` (a past moment of the simulated history)."""
        with self.store.action(label, source="g4b demo", context=context) as act:
            act.at = at
            self.store.db.execute("UPDATE change_set SET at = ? WHERE id = ?", [at, act.change_set_id])
            yield act

    def count(self, table: str, k: int = 1) -> None:
        self.counts[table] = self.counts.get(table, 0) + k

    def insert(self, act: Action, table: str, values: dict) -> str:
        values.setdefault("id", self.uid())
        self.count(table)
        return act.insert(table, values)

    def pick(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def title(self, lang: str) -> str:
        r = self.rng
        if lang == "nl":
            return f"{r.choice(NL_VERBS)} {r.choice(NL_OBJECTS)} {r.choice(NL_TOPICS)}"
        return f"{r.choice(FR_VERBS)} {r.choice(FR_OBJECTS)} {r.choice(FR_TOPICS)}"

    def text(self, lang: str, sentences: int) -> str:
        pool = NL_SENTENCES if lang == "nl" else FR_SENTENCES
        return " ".join(self.rng.sample(pool, sentences))

    def lang(self) -> str:
        return "nl" if self.rng.random() < 0.6 else "fr"

    # ---- the whole run --------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        """Everything, with the store's id maker seeded too (same ids for the same seed)."""
        from .db import action as action_module, store as store_module

        makers = (store_module, action_module)  # Store makes change-set ids, Action record and trash ids
        originals = [module.new_id for module in makers]
        for module in makers:
            module.new_id = self.uid
        try:
            return self._run()
        finally:
            for module, original in zip(makers, originals):
                module.new_id = original

    def _run(self) -> dict[str, int]:
        db = self.store.db
        self.objectives = [dict(r) for r in self.store.rows(
            "SELECT id, code FROM objective ORDER BY position, code")]
        self.worksites = self.store.rows("SELECT id, code, objective_id FROM worksite ORDER BY position, code")
        if not self.worksites:
            raise ValueError("the database holds no worksites: load the strategy first")
        self.organisation_ids = [r[0] for r in db.execute("SELECT id FROM organisation ORDER BY name, id")]
        self.progress("organisations, contacts and memberships")
        self.partners()
        self.progress("indicator values and targets")
        self.indicators()
        self.progress(f"{self.n} commitments")
        self.commitments()
        self.progress("progress reviews")
        self.reviews()
        meetings = max(0, self.n // 10)
        if meetings and _meetings_module() is not None:
            self.progress(f"{meetings} meetings")
            self.meetings(meetings)
        return dict(self.counts)

    # ---- partners -------------------------------------------------------------------------

    def partners(self) -> None:
        r = self.rng
        n_orgs = max(10, self.n // 250)
        n_people = max(20, self.n // 100)
        new_orgs: list[str] = []
        at = self.moment(0.01)
        with self.action(f"Import partner list ({n_orgs} organisations)", at) as act:
            for i in range(n_orgs):
                lang = self.lang()
                kind = r.choice(ORG_NL if lang == "nl" else ORG_FR)
                theme = r.choice(ORG_THEMES_NL if lang == "nl" else ORG_THEMES_FR)
                name = f"{kind} {theme} {r.choice(COMMUNES)} {i + 1}"
                new_orgs.append(self.insert(act, "organisation", {
                    "name": name, "short_name": f"{theme[:3].upper()}{i + 1}", "kind": r.choice(ORG_KINDS),
                    "website": f"https://org{i + 1}.example.be", "email": f"info@org{i + 1}.example.be",
                    "phone": f"+32 2 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}"}))
        self.organisation_ids += new_orgs
        people: list[str] = []
        for start in range(0, n_people, BATCH):
            at = self.moment(0.02 + 0.01 * start / max(1, n_people))
            with self.action("Import contacts", at) as act:
                for i in range(start, min(n_people, start + BATCH)):
                    lang = self.lang()
                    first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
                    people.append(self.insert(act, "person", {
                        "full_name": f"{first} {last}", "organisation_id": r.choice(self.organisation_ids),
                        "function": r.choice(FUNCTIONS_NL if lang == "nl" else FUNCTIONS_FR),
                        "email": f"{first.lower()}.{last.lower().replace(' ', '')}{i}@example.be"}))
        self.people = people
        with self.action("Set up steering committees", self.moment(0.04)) as act:
            for objective in self.objectives:
                for position, person in enumerate(r.sample(people, min(len(people), max(3, n_people // 17)))):
                    self.insert(act, "membership", {"objective_id": objective["id"], "person_id": person,
                                                     "role": "committee_member", "position": 100 + position})
                for position, org in enumerate(r.sample(new_orgs, min(len(new_orgs), 3))):
                    self.insert(act, "membership", {"objective_id": objective["id"], "organisation_id": org,
                                                    "role": "partner", "position": 100 + position})

    # ---- indicators -----------------------------------------------------------------------

    def indicators(self) -> None:
        r = self.rng
        rows = self.store.rows("SELECT id, code FROM indicator ORDER BY position, code")
        with self.action("Yearly update of the key figures (BISA)", self.moment(0.05)) as act:
            for indicator in rows:
                last = self.store.rows(
                    "SELECT year, value FROM indicator_value WHERE indicator_id = ? AND value IS NOT NULL "
                    "ORDER BY year DESC LIMIT 1", [indicator["id"]])
                value = last[0]["value"] if last else 50.0
                year = self.store.scalar("SELECT max(year) FROM indicator_value WHERE indicator_id = ?",
                                         [indicator["id"]]) or 2018
                for y in range(year + 1, 2026):
                    value = round(value * (1 + r.uniform(-0.05, 0.05)), 1)
                    self.insert(act, "indicator_value", {"indicator_id": indicator["id"], "year": y,
                                                         "value": value})
                self.insert(act, "indicator_value", {"indicator_id": indicator["id"], "year": 2030,
                                                     "target": round(value * r.uniform(0.8, 1.2), 1),
                                                     "note": "Doel 2030 / Objectif 2030"})
            for k, objective in enumerate(self.objectives):
                for j in range(2):
                    code = f"O{objective['code']}-{j + 1}"
                    indicator_id = self.insert(act, "indicator", {
                        "code": code, "title": f"{self.title('nl')} (indicator {code})", "unit": "%",
                        "source": "BISA / IBSA", "position": 100 + 2 * k + j})
                    self.insert(act, "indicator_objective", {"indicator_id": indicator_id,
                                                             "objective_id": objective["id"]})
                    value = r.uniform(10, 80)
                    for y in range(2020, 2026):
                        value = round(value * (1 + r.uniform(-0.08, 0.1)), 1)
                        self.insert(act, "indicator_value", {"indicator_id": indicator_id, "year": y,
                                                             "value": value})
                    self.insert(act, "indicator_value", {"indicator_id": indicator_id, "year": 2030,
                                                         "target": round(value * 1.2, 1)})

    # ---- commitments ----------------------------------------------------------------------

    def plan(self) -> list[tuple[str, str, int]]:
        """(worksite id, worksite code, count) for every worksite; totals exactly N."""
        r = self.rng
        big = next((w for w in self.worksites if w["code"] == BIG_WORKSITE), self.worksites[0])
        big_count = min(500, self.n // 5)
        rest = [w for w in self.worksites if w is not big]
        weights = [r.uniform(0.3, 1.7) for _ in rest]
        remaining = self.n - big_count
        total = sum(weights)
        counts = [int(remaining * w / total) for w in weights]
        for i in range(remaining - sum(counts)):
            counts[i % len(counts)] += 1
        # the others get N/100 on average, weighted 0.3-1.7 (so some hold more than the big one)
        return [(big["id"], big["code"], big_count)] + [
            (w["id"], w["code"], c) for w, c in zip(rest, counts)]

    def commitments(self) -> None:
        r = self.rng
        items = []
        for worksite_id, code, count in self.plan():
            for k in range(count):
                items.append((worksite_id, commitment_code(code, k + 1), k))
        r.shuffle(items)  # partners report on many worksites at once
        self.commitment_ids: list[str] = []
        self.final_status: dict[str, tuple] = {}
        batches = range(0, len(items), BATCH)
        for b, start in enumerate(batches):
            at = self.moment(0.06 + 0.5 * b / max(1, len(batches)))
            year = at[:4]
            source_org = r.choice(["Actiris", "hub.brussels", "Bruxelles Environnement", "Innoviris",
                                   "Bruxelles Formation", "VDAB Brussel", "citydev.brussels"])
            with self.action(f"Import {source_org} opvolging {year}.xlsx", at) as act:
                for worksite_id, code, position in items[start:start + BATCH]:
                    lang = self.lang()
                    status = self.pick(STATUS_WEIGHTS)
                    if status == "realised":
                        progress = 100
                    elif status == "in_progress":
                        progress = r.randrange(10, 95, 5)
                    elif status == "not_started":
                        progress = 0
                    else:
                        progress = r.randrange(0, 65, 5)
                    # health is followed for work under way (or stopped for now), not for finished work
                    health = (r.choice(["on_track", "on_track", "at_risk", "off_track"]) if status == "in_progress"
                              else r.choice([None, "at_risk", "off_track"]) if status == "postponed" else None)
                    due = date(2021, 1, 1) + timedelta(days=r.randrange(0, 365 * 10))
                    # the first report: what the partner knew then; reviews bring it to today's state
                    first_status = status if r.random() < 0.4 else "not_started"
                    commitment_id = self.insert(act, "commitment", {
                        "code": code, "worksite_id": worksite_id, "title": self.title(lang),
                        "description": self.text(lang, r.randint(1, 3)),
                        "status": first_status, "progress": progress if first_status == status else 0,
                        "health": health if first_status == status else None,
                        "lead_organisation_id": r.choice(self.organisation_ids),
                        "due_date": due.isoformat(),
                        "notes": r.choice(NL_NOTES if lang == "nl" else FR_NOTES) if r.random() < 0.3 else None,
                        "position": position})
                    self.commitment_ids.append(commitment_id)
                    if first_status != status:
                        self.final_status[commitment_id] = (status, progress, health)
            self.progress(f"commitments {min(len(items), start + BATCH)}/{len(items)}")

    def reviews(self) -> None:
        """Committees review progress: status/progress/health edits, dated after the first report."""
        pending = [(cid, self.final_status[cid]) for cid in self.commitment_ids if cid in self.final_status]
        batches = range(0, len(pending), BATCH)
        for b, start in enumerate(batches):
            at = self.moment(0.6 + 0.35 * b / max(1, len(batches)))
            with self.action(f"Progress review {at[:7]}", at) as act:
                for commitment_id, (status, progress, health) in pending[start:start + BATCH]:
                    act.update("commitment", commitment_id, {"status": status, "progress": progress,
                                                             "health": health})
                    self.count("commitment_review")

    # ---- meetings (when the meetings feature is installed) --------------------------------

    def meetings(self, count: int) -> None:
        module = _meetings_module()
        generate = getattr(module, "demo_generate", None)
        if generate is not None:  # a feature may offer its own generator
            generate(self, count)
            return
        _meetings_with_actions(self, module, count)


def _meetings_module():
    try:
        return importlib.import_module("g4b_desktop.db.meetings")
    except ImportError:
        return None


NL_AGENDA = ["Goedkeuring van de notulen", "Stand van zaken van de beleidswerven", "Voorbereiding Sociale Top",
             "Voorstelling door de partners", "Opvolging van de kerncijfers", "Varia"]
FR_AGENDA = ["Approbation du procès-verbal", "État d'avancement des chantiers", "Préparation du Sommet social",
             "Présentation par les partenaires", "Suivi des chiffres clés", "Divers"]
NL_MINUTES = ["Het comité neemt akte van de stand van zaken.", "De partners lichten hun voortgang toe.",
              "Er wordt gevraagd om een nota tegen de volgende vergadering.",
              "De vertegenwoordiger van de minister bevestigt het budget."]
FR_MINUTES = ["Le comité prend acte de l'état d'avancement.", "Les partenaires présentent leurs progrès.",
              "Une note est demandée pour la prochaine réunion.",
              "Le représentant du ministre confirme le budget."]
NL_DECISIONS = ["Het comité keurt het actieplan goed.", "De deadline wordt met zes maanden verschoven.",
                "Het engagement wordt als prioriteit voorgesteld aan de Sociale Top."]
FR_DECISIONS = ["Le comité approuve le plan d'action.", "L'échéance est reportée de six mois.",
                "L'engagement est proposé comme priorité au Sommet social."]
NL_ACTIONS = ["Nota opstellen over de voortgang", "Partners uitnodigen voor een werkgroep",
              "Cijfers opvragen bij BISA", "Ontwerp van advies rondsturen"]
FR_ACTIONS = ["Rédiger une note sur l'avancement", "Inviter les partenaires à un groupe de travail",
              "Demander les chiffres à l'IBSA", "Diffuser le projet d'avis"]
TODAY = date(2026, 11, 26)       # the simulated "today": later meetings are planned, earlier ones held
MEETINGS_PER_ACTION = 20


def _meetings_with_actions(gen: Generator, module, count: int) -> None:
    """About N/10 committee meetings, through the meetings feature's functions that take an Action."""
    r = gen.rng
    start, end = date(2022, 2, 1), date(2027, 6, 30)
    span = (end - start).days
    per_objective = [count // len(gen.objectives) + (1 if i < count % len(gen.objectives) else 0)
                     for i in range(len(gen.objectives))]
    plan = []
    for objective, k in zip(gen.objectives, per_objective):
        for j in range(k):
            day = start + timedelta(days=int(span * (j + r.random() * 0.8) / max(1, k)))
            plan.append((day, objective))
    plan.sort(key=lambda item: (item[0], item[1]["code"]))
    members: dict[str, list[str]] = {}
    for row in gen.store.rows("SELECT objective_id, person_id FROM membership WHERE person_id IS NOT NULL "
                              "ORDER BY objective_id, position, id"):
        members.setdefault(row["objective_id"], []).append(row["person_id"])
    by_worksite: dict[str, list[str]] = {}
    for worksite_id, commitment_id in gen.store.db.execute(
            "SELECT worksite_id, id FROM commitment ORDER BY code"):
        by_worksite.setdefault(worksite_id, []).append(commitment_id)
    objective_commitments = {o["id"]: [c for w in gen.worksites if w["objective_id"] == o["id"]
                                       for c in by_worksite.get(w["id"], [])] for o in gen.objectives}
    for first in range(0, len(plan), MEETINGS_PER_ACTION):
        chunk = plan[first:first + MEETINGS_PER_ACTION]
        held_day = min(chunk[-1][0] + timedelta(days=3), TODAY)
        at = f"{held_day.isoformat()}T16:00:00.000000Z"
        with gen.action(f"Record minutes of {len(chunk)} meetings", at) as act:
            for day, objective in chunk:
                _one_meeting(gen, module, act, day, objective, members.get(objective["id"], []),
                             objective_commitments[objective["id"]])
        gen.progress(f"meetings {first + len(chunk)}/{len(plan)}")


def _one_meeting(gen: Generator, module, act: Action, day: date, objective: dict, people: list[str],
                 commitment_ids: list[str]) -> None:
    r = gen.rng
    lang = gen.lang()
    past = day < TODAY
    meeting_id = module.insert_meeting(
        act, objective["id"], day.isoformat(), state="held" if past else "planned", lang=lang, start_time="10:00", end_time="12:00",
        title=(f"Stuurcomité doelstelling {objective['code']}" if lang == "nl"
               else f"Comité de pilotage objectif {objective['code']}"),
        place=r.choice(["Kunstberg 2, Brussel", "Boulevard du Jardin botanique 20, Bruxelles", "Online"]))
    gen.count("meeting")
    for person_id in r.sample(people, min(len(people), 4)):
        module.insert_attendance(act, meeting_id, person_id=person_id,
                                 state=r.choice(["present", "present", "excused"]) if past else "invited")
        gen.count("attendance")
    items = NL_AGENDA if lang == "nl" else FR_AGENDA
    for title in r.sample(items, 3):
        item_id = module.insert_agenda_item(
            act, meeting_id, title, duration_minutes=r.choice([15, 20, 30]),
            minutes=" ".join(r.sample(NL_MINUTES if lang == "nl" else FR_MINUTES, 2)) if past else None)
        gen.count("agenda_item")
        if not past:
            continue
        if r.random() < 0.6:
            module.insert_outcome(act, item_id, "decision", r.choice(NL_DECISIONS if lang == "nl" else FR_DECISIONS))
            gen.count("decision")
        if r.random() < 0.5:
            outcome_id = module.insert_outcome(act, item_id, "action",
                                               r.choice(NL_ACTIONS if lang == "nl" else FR_ACTIONS))
            due = day + timedelta(days=r.choice([30, 60, 90]))
            done = due < TODAY - timedelta(days=60) or r.random() < 0.3
            action_id = module.insert_action(
                act, meeting_id, r.choice(NL_ACTIONS if lang == "nl" else FR_ACTIONS),
                owner_person_id=r.choice(people) if people else None, due_date=due.isoformat(),
                state="done" if done else "open",
                commitment_id=r.choice(commitment_ids) if commitment_ids and r.random() < 0.5 else None,
                outcome_id=outcome_id, lang=lang)
            if done:
                act.update("meeting_action", action_id, {"closed_on": min(due, TODAY).isoformat()})
            gen.count("meeting_action")
    if past and day < TODAY - timedelta(days=45):
        act.update("meeting", meeting_id, {"state": "approved", "approved_at": (day + timedelta(days=40)).isoformat(),
                                           "approved_by": gen.store.author})


def generate(store: Store, commitments: int, seed: int = 1,
             progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Fill `store` (holding the strategy) with demo data; returns the number of records added per table."""
    return Generator(store, commitments, seed, progress).run()
