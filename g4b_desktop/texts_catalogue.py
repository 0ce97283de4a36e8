"""Dutch and French for the sentences of the data layer (see `texts.py`).

Keyed by the English template exactly as written in `t("...")`; every placeholder of the template
appears in each translation. A test scans the code for `t("...")` and fails on a template missing
here. Domain words follow the glossary of shared/domain.md (Doelstelling / Objectif, Beleidswerf /
Chantier, Engagement, Sociale Top / Sommet social, ...).
"""

from __future__ import annotations

# Words used as parameters (`texts.term("FIELD", "title")`): field names inside a sentence.
TERMS: dict[str, dict[str, dict[str, str]]] = {
    "FIELD": {
        "title": {"nl": "titel", "fr": "titre", "en": "title"},
        "description": {"nl": "beschrijving", "fr": "description", "en": "description"},
        "status": {"nl": "status", "fr": "statut", "en": "status"},
        "progress": {"nl": "vooruitgang", "fr": "avancement", "en": "progress"},
        "health": {"nl": "stand van zaken", "fr": "état", "en": "health"},
        "lead_organisation_id": {"nl": "trekkende organisatie", "fr": "organisation pilote",
                                 "en": "lead organisation"},
        "due_date": {"nl": "deadline", "fr": "échéance", "en": "due date"},
        "notes": {"nl": "opmerkingen", "fr": "remarques", "en": "notes"},
        "note": {"nl": "opmerking", "fr": "remarque", "en": "note"},
        "name": {"nl": "naam", "fr": "nom", "en": "name"},
        "full_name": {"nl": "naam", "fr": "nom", "en": "name"},
        "short_name": {"nl": "korte naam", "fr": "nom court", "en": "short name"},
        "kind": {"nl": "soort", "fr": "type", "en": "kind"},
        "website": {"nl": "website", "fr": "site web", "en": "website"},
        "email": {"nl": "e-mail", "fr": "e-mail", "en": "e-mail"},
        "phone": {"nl": "telefoon", "fr": "téléphone", "en": "phone"},
        "function": {"nl": "functie", "fr": "fonction", "en": "function"},
        "organisation_id": {"nl": "organisatie", "fr": "organisation", "en": "organisation"},
        "role": {"nl": "rol", "fr": "rôle", "en": "role"},
        "year": {"nl": "jaar", "fr": "année", "en": "year"},
        "value": {"nl": "waarde", "fr": "valeur", "en": "value"},
        "target": {"nl": "streefwaarde", "fr": "valeur cible", "en": "target"},
        "code": {"nl": "code", "fr": "code", "en": "code"},
        "date": {"nl": "datum", "fr": "date", "en": "date"},
        "worksite_id": {"nl": "beleidswerf", "fr": "chantier", "en": "worksite"},
        "objective_id": {"nl": "doelstelling", "fr": "objectif", "en": "objective"},
        "general_objectives": {"nl": "algemene doelstellingen", "fr": "objectifs généraux",
                               "en": "general objectives"},
        "priority_type": {"nl": "soort prioriteit", "fr": "type de priorité", "en": "priority type"},
        "expected_result": {"nl": "verwacht resultaat", "fr": "résultat attendu", "en": "expected result"},
        "verdict": {"nl": "beoordeling", "fr": "appréciation", "en": "verdict"},
        # columns of a partner's spreadsheet (exchange/headers.py)
        "worksite": {"nl": "beleidswerf", "fr": "chantier", "en": "worksite"},
        "commitment": {"nl": "engagement", "fr": "engagement", "en": "commitment"},
        "objective": {"nl": "doelstelling", "fr": "objectif", "en": "objective"},
        "organisation": {"nl": "organisatie", "fr": "organisation", "en": "organisation"},
        "contact": {"nl": "contactpersoon", "fr": "personne de contact", "en": "contact"},
        "indicator": {"nl": "indicator", "fr": "indicateur", "en": "indicator"},
        "lead": {"nl": "trekker", "fr": "pilote", "en": "lead"},
        "id": {"nl": "id", "fr": "id", "en": "id"},
        "action state": {"nl": "stand van het actiepunt", "fr": "état du point d'action", "en": "action state"},
    },
    "TABLE": {
        "commitment": {"nl": "engagement", "fr": "engagement", "en": "commitment"},
        "worksite": {"nl": "beleidswerf", "fr": "chantier", "en": "worksite"},
        "objective": {"nl": "doelstelling", "fr": "objectif", "en": "objective"},
        "organisation": {"nl": "organisatie", "fr": "organisation", "en": "organisation"},
        "person": {"nl": "contactpersoon", "fr": "personne de contact", "en": "contact"},
        "membership": {"nl": "lidmaatschap", "fr": "participation", "en": "membership"},
        "indicator": {"nl": "indicator", "fr": "indicateur", "en": "indicator"},
        "indicator_value": {"nl": "indicatorwaarde", "fr": "valeur d'indicateur", "en": "indicator value"},
        "summit": {"nl": "Sociale Top", "fr": "Sommet social", "en": "Social Summit"},
        "summit_priority": {"nl": "prioriteit", "fr": "priorité", "en": "priority"},
    },
}

CATALOGUE: dict[str, dict[str, str]] = {
    # ---- store, connection, errors ------------------------------------------------------------
    "{path}: the file exists already; it is not overwritten.": {
        "nl": "{path}: het bestand bestaat al; het wordt niet overschreven.",
        "fr": "{path} : le fichier existe déjà ; il n'est pas écrasé."},
    "{path}: this database was written by a newer version of Go4Brussels Desktop (schema {version}; "
    "this program knows up to {known}). Install the newer version to open it; the file was not changed.": {
        "nl": "{path}: deze databank werd geschreven door een nieuwere versie van Go4Brussels Desktop "
              "(schema {version}; dit programma kent tot {known}). Installeer de nieuwere versie om ze te "
              "openen; het bestand werd niet gewijzigd.",
        "fr": "{path} : cette base de données a été écrite par une version plus récente de Go4Brussels "
              "Desktop (schéma {version} ; ce programme connaît jusqu'à {known}). Installez la version plus "
              "récente pour l'ouvrir ; le fichier n'a pas été modifié."},
    "{path}: this database has schema steps this program does not know ({steps}); it was written by a "
    "newer version.": {
        "nl": "{path}: deze databank bevat schemastappen die dit programma niet kent ({steps}); ze werd "
              "geschreven door een nieuwere versie.",
        "fr": "{path} : cette base de données contient des étapes de schéma que ce programme ne connaît pas "
              "({steps}) ; elle a été écrite par une version plus récente."},
    "{path}: the file is read-only and needs a schema upgrade.": {
        "nl": "{path}: het bestand is alleen-lezen en heeft een schema-upgrade nodig.",
        "fr": "{path} : le fichier est en lecture seule et doit être mis à niveau."},
    "{path}: the database is open read-only; nothing was changed.": {
        "nl": "{path}: de databank is alleen-lezen geopend; er werd niets gewijzigd.",
        "fr": "{path} : la base de données est ouverte en lecture seule ; rien n'a été modifié."},
    "An action is already running; actions do not nest.": {
        "nl": "Er loopt al een handeling; handelingen kunnen niet genest worden.",
        "fr": "Une action est déjà en cours ; les actions ne s'imbriquent pas."},
    "No {table} with id {id}.": {
        "nl": "Geen {table} met id {id}.",
        "fr": "Aucun enregistrement {table} avec l'id {id}."},
    "Nothing in the trash with id {id}.": {
        "nl": "Niets in de prullenbak met id {id}.",
        "fr": "Rien dans la corbeille avec l'id {id}."},
    "{path}: no such file.": {
        "nl": "{path}: dit bestand bestaat niet.",
        "fr": "{path} : ce fichier n'existe pas."},
    "{path}: not a SQLite database (the file is damaged or of another kind).": {
        "nl": "{path}: geen SQLite-databank (het bestand is beschadigd of van een andere soort).",
        "fr": "{path} : pas une base de données SQLite (le fichier est endommagé ou d'un autre type)."},
    "{path}: a SQLite database of another program, not a Go4Brussels database.": {
        "nl": "{path}: een SQLite-databank van een ander programma, geen Go4Brussels-databank.",
        "fr": "{path} : une base de données SQLite d'un autre programme, pas une base Go4Brussels."},
    "{path}: the file is read-only.": {
        "nl": "{path}: het bestand is alleen-lezen.",
        "fr": "{path} : le fichier est en lecture seule."},
    "{path}: the database is open in Go4Brussels Desktop (or another g4b command); close it there first.": {
        "nl": "{path}: de databank is geopend in Go4Brussels Desktop (of een ander g4b-commando); sluit ze "
              "daar eerst.",
        "fr": "{path} : la base de données est ouverte dans Go4Brussels Desktop (ou une autre commande g4b) ; "
              "fermez-la d'abord."},
    "{table} {id}: '{field}' was changed elsewhere (expected {expected}, found {actual}); reload before saving.": {
        "nl": "{table} {id}: '{field}' werd elders gewijzigd (verwacht {expected}, gevonden {actual}); "
              "laad opnieuw voor u bewaart.",
        "fr": "{table} {id} : « {field} » a été modifié ailleurs (attendu {expected}, trouvé {actual}) ; "
              "rechargez avant d'enregistrer."},
    # ---- history ------------------------------------------------------------------------------
    "Restore {label}": {"nl": "Terugzetten: {label}", "fr": "Restaurer : {label}"},
    "Undo {label}": {"nl": "Ongedaan maken: {label}", "fr": "Annuler : {label}"},
    "No change set {id}.": {"nl": "Geen wijzigingsset {id}.", "fr": "Aucun ensemble de modifications {id}."},
    # ---- validation ---------------------------------------------------------------------------
    "{field}: a value is required.": {
        "nl": "{field}: een waarde is verplicht.", "fr": "{field} : une valeur est obligatoire."},
    "progress: '{value}' is not a number from 0 to 100.": {
        "nl": "vooruitgang: '{value}' is geen getal van 0 tot 100.",
        "fr": "avancement : « {value} » n'est pas un nombre de 0 à 100."},
    "progress: {value} is outside 0–100.": {
        "nl": "vooruitgang: {value} ligt buiten 0–100.", "fr": "avancement : {value} est hors de 0–100."},
    "{field}: '{value}' is not a date (YYYY-MM-DD).": {
        "nl": "{field}: '{value}' is geen datum (JJJJ-MM-DD).",
        "fr": "{field} : « {value} » n'est pas une date (AAAA-MM-JJ)."},
    "{field}: '{value}' is not an e-mail address (such as name@example.be).": {
        "nl": "{field}: '{value}' is geen e-mailadres (zoals naam@voorbeeld.be).",
        "fr": "{field} : « {value} » n'est pas une adresse e-mail (comme nom@exemple.be)."},
    "'{value}' is not an e-mail address (such as name@example.be)": {
        "nl": "'{value}' is geen e-mailadres (zoals naam@voorbeeld.be)",
        "fr": "« {value} » n'est pas une adresse e-mail (comme nom@exemple.be)"},
    "{field}: '{value}' is not one of {keys}.": {
        "nl": "{field}: '{value}' is niet een van {keys}.",
        "fr": "{field} : « {value} » ne fait pas partie de {keys}."},
    "{field}: '{value}' is not a number.": {
        "nl": "{field}: '{value}' is geen getal.", "fr": "{field} : « {value} » n'est pas un nombre."},
    "year: '{value}' is not a year.": {
        "nl": "jaar: '{value}' is geen jaartal.", "fr": "année : « {value} » n'est pas une année."},
    "year: {year} is outside 1900–2100.": {
        "nl": "jaar: {year} ligt buiten 1900–2100.", "fr": "année : {year} est hors de 1900–2100."},
    "year: {year} is outside 2000–2100.": {
        "nl": "jaar: {year} ligt buiten 2000–2100.", "fr": "année : {year} est hors de 2000–2100."},
    "Unknown field(s): {fields}.": {"nl": "Onbekend(e) veld(en): {fields}.", "fr": "Champ(s) inconnu(s) : {fields}."},
    # ---- commitments --------------------------------------------------------------------------
    "Unknown commitment field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een engagement: {fields}.",
        "fr": "Champ(s) d'engagement inconnu(s) : {fields}."},
    "worksite: no worksite with id {id}.": {
        "nl": "beleidswerf: geen beleidswerf met id {id}.", "fr": "chantier : aucun chantier avec l'id {id}."},
    "lead organisation: no organisation with id {id}.": {
        "nl": "trekkende organisatie: geen organisatie met id {id}.",
        "fr": "organisation pilote : aucune organisation avec l'id {id}."},
    "No worksite with id {id}.": {"nl": "Geen beleidswerf met id {id}.", "fr": "Aucun chantier avec l'id {id}."},
    "No commitment with id {id}.": {"nl": "Geen engagement met id {id}.", "fr": "Aucun engagement avec l'id {id}."},
    "Add commitment": {"nl": "Engagement toevoegen", "fr": "Ajouter un engagement"},
    "Edit commitment {code}": {"nl": "Engagement {code} bewerken", "fr": "Modifier l'engagement {code}"},
    "Delete commitment {code}": {"nl": "Engagement {code} verwijderen", "fr": "Supprimer l'engagement {code}"},
    "Delete {n} commitments": {"nl": "{n} engagementen verwijderen", "fr": "Supprimer {n} engagements"},
    "Add commitment to {code}": {"nl": "Engagement toevoegen aan {code}", "fr": "Ajouter un engagement à {code}"},
    "Change {field} of {code}": {"nl": "Wijziging van {field} van {code}", "fr": "Modification de {field} de {code}"},
    # ---- partners -----------------------------------------------------------------------------
    "Add organisation {name}": {"nl": "Organisatie {name} toevoegen", "fr": "Ajouter l'organisation {name}"},
    "Edit organisation {name}": {"nl": "Organisatie {name} bewerken", "fr": "Modifier l'organisation {name}"},
    "Delete organisation {name}": {"nl": "Organisatie {name} verwijderen", "fr": "Supprimer l'organisation {name}"},
    "An organisation cannot be merged with itself.": {
        "nl": "Een organisatie kan niet met zichzelf samengevoegd worden.",
        "fr": "Une organisation ne peut pas être fusionnée avec elle-même."},
    "Merge organisation {duplicate} into {keep}": {
        "nl": "Organisatie {duplicate} samenvoegen met {keep}",
        "fr": "Fusionner l'organisation {duplicate} dans {keep}"},
    "Add contact {name}": {"nl": "Contactpersoon {name} toevoegen", "fr": "Ajouter le contact {name}"},
    "Edit contact {name}": {"nl": "Contactpersoon {name} bewerken", "fr": "Modifier le contact {name}"},
    "Delete contact {name}": {"nl": "Contactpersoon {name} verwijderen", "fr": "Supprimer le contact {name}"},
    "A membership names either an organisation or a person.": {
        "nl": "Een lidmaatschap vermeldt ofwel een organisatie ofwel een persoon.",
        "fr": "Une participation mentionne soit une organisation, soit une personne."},
    "Add membership in objective {code}": {
        "nl": "Lidmaatschap in doelstelling {code} toevoegen", "fr": "Ajouter une participation à l'objectif {code}"},
    "Remove membership": {"nl": "Lidmaatschap verwijderen", "fr": "Retirer la participation"},
    # ---- strategy -----------------------------------------------------------------------------
    "Load the embedded strategy": {"nl": "De ingebouwde strategie laden", "fr": "Charger la stratégie intégrée"},
    "Edit objective {code}": {"nl": "Doelstelling {code} bewerken", "fr": "Modifier l'objectif {code}"},
    "Edit worksite {code}": {"nl": "Beleidswerf {code} bewerken", "fr": "Modifier le chantier {code}"},
    # ---- indicators ---------------------------------------------------------------------------
    "Unknown indicator value field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een indicatorwaarde: {fields}.",
        "fr": "Champ(s) de valeur d'indicateur inconnu(s) : {fields}."},
    "Edit indicator {code} {year}": {"nl": "Indicator {code} {year} bewerken", "fr": "Modifier l'indicateur {code} {year}"},
    "Delete indicator value {code} {year}": {
        "nl": "Indicatorwaarde {code} {year} verwijderen", "fr": "Supprimer la valeur d'indicateur {code} {year}"},
    "Indicator {code} already serves objective {objective}.": {
        "nl": "Indicator {code} hoort al bij doelstelling {objective}.",
        "fr": "L'indicateur {code} sert déjà l'objectif {objective}."},
    "Link indicator {code} to objective {objective}": {
        "nl": "Indicator {code} koppelen aan doelstelling {objective}",
        "fr": "Lier l'indicateur {code} à l'objectif {objective}"},
    "Unlink indicator from objective": {
        "nl": "Indicator loskoppelen van doelstelling", "fr": "Détacher l'indicateur de l'objectif"},
    # ---- summits ------------------------------------------------------------------------------
    "Social Summit {year}": {"nl": "Sociale Top {year}", "fr": "Sommet social {year}"},
    "There is no Social Summit {year}.": {"nl": "Er is geen Sociale Top {year}.", "fr": "Il n'y a pas de Sommet social {year}."},
    "No summit with id {id}.": {"nl": "Geen Sociale Top met id {id}.", "fr": "Aucun Sommet social avec l'id {id}."},
    "The Social Summit {year} is closed; its date and priorities stay as decided.": {
        "nl": "De Sociale Top {year} is afgesloten; de datum en prioriteiten blijven zoals beslist.",
        "fr": "Le Sommet social {year} est clôturé ; sa date et ses priorités restent telles que décidées."},
    "There is already a Social Summit {year}.": {
        "nl": "Er is al een Sociale Top {year}.", "fr": "Il y a déjà un Sommet social {year}."},
    "Add Social Summit {year}": {"nl": "Sociale Top {year} toevoegen", "fr": "Ajouter le Sommet social {year}"},
    "Unknown summit field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een Sociale Top: {fields}.",
        "fr": "Champ(s) de Sommet social inconnu(s) : {fields}."},
    "Edit Social Summit {year}": {"nl": "Sociale Top {year} bewerken", "fr": "Modifier le Sommet social {year}"},
    "Delete Social Summit {year}": {"nl": "Sociale Top {year} verwijderen", "fr": "Supprimer le Sommet social {year}"},
    "worksite {code} is already a priority of the Social Summit {year}.": {
        "nl": "beleidswerf {code} is al een prioriteit van de Sociale Top {year}.",
        "fr": "le chantier {code} est déjà une priorité du Sommet social {year}."},
    "Add priority {code} to Social Summit {year}": {
        "nl": "Prioriteit {code} toevoegen aan Sociale Top {year}",
        "fr": "Ajouter la priorité {code} au Sommet social {year}"},
    "Choose the priorities of Social Summit {year}": {
        "nl": "De prioriteiten van de Sociale Top {year} kiezen",
        "fr": "Choisir les priorités du Sommet social {year}"},
    "Priority {code} ({year})": {"nl": "Prioriteit {code} ({year})", "fr": "Priorité {code} ({year})"},
    "No summit priority with id {id}.": {
        "nl": "Geen prioriteit van een Sociale Top met id {id}.", "fr": "Aucune priorité de Sommet social avec l'id {id}."},
    "Unknown priority field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een prioriteit: {fields}.", "fr": "Champ(s) de priorité inconnu(s) : {fields}."},
    "The Social Summit {year} is closed; the expected result of {code} stays as decided.": {
        "nl": "De Sociale Top {year} is afgesloten; het verwachte resultaat van {code} blijft zoals beslist.",
        "fr": "Le Sommet social {year} est clôturé ; le résultat attendu de {code} reste tel que décidé."},
    "Edit priority {code} ({year})": {"nl": "Prioriteit {code} ({year}) bewerken", "fr": "Modifier la priorité {code} ({year})"},
    "Remove {label}": {"nl": "Verwijderen: {label}", "fr": "Retirer : {label}"},
    "Close Social Summit {year}": {"nl": "Sociale Top {year} afsluiten", "fr": "Clôturer le Sommet social {year}"},
    "The Social Summit {year} is not closed.": {
        "nl": "De Sociale Top {year} is niet afgesloten.", "fr": "Le Sommet social {year} n'est pas clôturé."},
    "Reopen Social Summit {year}": {"nl": "Sociale Top {year} heropenen", "fr": "Rouvrir le Sommet social {year}"},
    # ---- backups ------------------------------------------------------------------------------
    "{path}: the file exists already; choose another name.": {
        "nl": "{path}: het bestand bestaat al; kies een andere naam.",
        "fr": "{path} : le fichier existe déjà ; choisissez un autre nom."},
    "{path}: this is the database itself; choose another file.": {
        "nl": "{path}: dit is de databank zelf; kies een ander bestand.",
        "fr": "{path} : c'est la base de données elle-même ; choisissez un autre fichier."},
    "{path}: no such backup file.": {
        "nl": "{path}: deze back-up bestaat niet.", "fr": "{path} : cette sauvegarde n'existe pas."},
    "{path}: this is the database itself, not a backup of it.": {
        "nl": "{path}: dit is de databank zelf, geen back-up ervan.",
        "fr": "{path} : c'est la base de données elle-même, pas une sauvegarde."},
    "{path}: the backup cannot be read ({error}); nothing was changed.": {
        "nl": "{path}: de back-up kan niet gelezen worden ({error}); er werd niets gewijzigd.",
        "fr": "{path} : la sauvegarde ne peut pas être lue ({error}) ; rien n'a été modifié."},
    "{path}: the backup is not sound, nothing was changed: {problems}": {
        "nl": "{path}: de back-up is niet in orde, er werd niets gewijzigd: {problems}",
        "fr": "{path} : la sauvegarde n'est pas saine, rien n'a été modifié : {problems}"},

    # ---- command line -------------------------------------------------------------------------
    "{path}: no such database. Create one with: g4b init --db {path}": {
        "nl": "{path}: deze databank bestaat niet. Maak er een met: g4b init --db {path}",
        "fr": "{path} : cette base de données n'existe pas. Créez-la avec : g4b init --db {path}"},
    "{path}: no such database.": {
        "nl": "{path}: deze databank bestaat niet.", "fr": "{path} : cette base de données n'existe pas."},
    "--commitments: give a number of commitments of 0 or more.": {
        "nl": "--commitments: geef een aantal engagementen van 0 of meer.",
        "fr": "--commitments : donnez un nombre d'engagements de 0 ou plus."},
    "{path}: the database holds no worksites; create it with g4b init first.": {
        "nl": "{path}: de databank bevat geen beleidswerven; maak ze eerst met g4b init.",
        "fr": "{path} : la base de données ne contient aucun chantier ; créez-la d'abord avec g4b init."},
    "{path}: the database holds {commitment} commitments already; demo data goes into a database holding only "
    "the strategy (give a new file).": {
        "nl": "{path}: de databank bevat al {commitment} engagementen; demogegevens gaan in een databank die "
              "alleen de strategie bevat (geef een nieuw bestand).",
        "fr": "{path} : la base de données contient déjà {commitment} engagements ; les données de démonstration "
              "vont dans une base qui ne contient que la stratégie (donnez un nouveau fichier)."},
    "{summary} (would import).": {"nl": "{summary} (zou geïmporteerd worden).", "fr": "{summary} (serait importé)."},
    "{summary} (imported).": {"nl": "{summary} (geïmporteerd).", "fr": "{summary} (importé)."},
    "ok: integrity, foreign keys and schema are in order.": {
        "nl": "ok: integriteit, verwijzende sleutels en schema zijn in orde.",
        "fr": "ok : intégrité, clés étrangères et schéma sont en ordre."},
    "problem: {problem}": {"nl": "probleem: {problem}", "fr": "problème : {problem}"},
    "interrupted.": {"nl": "onderbroken.", "fr": "interrompu."},
    "unexpected error; the report is in {path}": {
        "nl": "onverwachte fout; het verslag staat in {path}", "fr": "erreur inattendue ; le rapport se trouve dans {path}"},
    "warning: {text}": {"nl": "waarschuwing: {text}", "fr": "avertissement : {text}"},
    "error: {problem}": {"nl": "fout: {problem}", "fr": "erreur : {problem}"},
    "note: {note}": {"nl": "opmerking: {note}", "fr": "remarque : {note}"},
    "row {row}: {state}": {"nl": "rij {row}: {state}", "fr": "ligne {row} : {state}"},
    "row {row}: {state}: {changes}": {"nl": "rij {row}: {state}: {changes}", "fr": "ligne {row} : {state} : {changes}"},
    "row {row}: note: {note}": {"nl": "rij {row}: opmerking: {note}", "fr": "ligne {row} : remarque : {note}"},
    "  conflict: {conflict}": {"nl": "  conflict: {conflict}", "fr": "  conflit : {conflict}"},
    "  not merged: {error}": {"nl": "  niet samengevoegd: {error}", "fr": "  non fusionné : {error}"},
    "Conflicts were not resolved: the records in conflict keep their values here. Run again with --conflicts "
    "mine or --conflicts theirs, or decide per field in the window.": {
        "nl": "Conflicten werden niet opgelost: de records in conflict behouden hier hun waarden. Voer opnieuw "
              "uit met --conflicts mine of --conflicts theirs, of beslis per veld in het venster.",
        "fr": "Les conflits n'ont pas été résolus : les enregistrements en conflit gardent ici leurs valeurs. "
              "Relancez avec --conflicts mine ou --conflicts theirs, ou décidez champ par champ dans la fenêtre."},
    "{path}: the folder {folder} does not exist.": {
        "nl": "{path}: de map {folder} bestaat niet.", "fr": "{path} : le dossier {folder} n'existe pas."},
    "{path}: cannot write the file (is it open in another program?).": {
        "nl": "{path}: het bestand kan niet geschreven worden (is het geopend in een ander programma?).",
        "fr": "{path} : impossible d'écrire le fichier (est-il ouvert dans un autre programme ?)."},
    "There is no worksite {code}; worksites are coded like 1.1.1.": {
        "nl": "Er is geen beleidswerf {code}; beleidswerven hebben codes zoals 1.1.1.",
        "fr": "Il n'y a pas de chantier {code} ; les chantiers ont des codes comme 1.1.1."},
    "Worksite {code} is not a priority of the Social Summit {year}.": {
        "nl": "Beleidswerf {code} is geen prioriteit van de Sociale Top {year}.",
        "fr": "Le chantier {code} n'est pas une priorité du Sommet social {year}."},
    # ---- exchange: export ---------------------------------------------------------------------
    "sheet {sheet}, row {row}, column {column} (record {id}): {message}": {
        "nl": "blad {sheet}, rij {row}, kolom {column} (record {id}): {message}",
        "fr": "feuille {sheet}, ligne {row}, colonne {column} (enregistrement {id}) : {message}"},
    "sheet {sheet}, row {row}, column {column}: {message}": {
        "nl": "blad {sheet}, rij {row}, kolom {column}: {message}",
        "fr": "feuille {sheet}, ligne {row}, colonne {column} : {message}"},
    "control characters replaced by spaces (Excel cannot hold them)": {
        "nl": "stuurtekens vervangen door spaties (Excel kan ze niet bevatten)",
        "fr": "caractères de contrôle remplacés par des espaces (Excel ne peut pas les contenir)"},
    "text of {length:,} characters shortened to Excel's limit of {limit:,}; the full text stays in the "
    "database (an import keeps it)": {
        "nl": "tekst van {length:,} tekens ingekort tot de limiet van Excel ({limit:,}); de volledige tekst blijft "
              "in de databank (een import behoudt hem)",
        "fr": "texte de {length:,} caractères raccourci à la limite d'Excel ({limit:,}) ; le texte complet reste "
              "dans la base de données (une importation le conserve)"},
    "There is no objective {code}.": {"nl": "Er is geen doelstelling {code}.", "fr": "Il n'y a pas d'objectif {code}."},
    "Unknown language {lang!r} (nl, fr or en).": {
        "nl": "Onbekende taal {lang!r} (nl, fr of en).", "fr": "Langue inconnue {lang!r} (nl, fr ou en)."},
    "{file}: the export is an Excel workbook; give a name ending in .xlsx.": {
        "nl": "{file}: de export is een Excel-werkmap; geef een naam die eindigt op .xlsx.",
        "fr": "{file} : l'exportation est un classeur Excel ; donnez un nom se terminant par .xlsx."},
    "{file}: the file cannot be replaced; it is probably open in Excel. Close it and export again (the "
    "previous file was left as it was).": {
        "nl": "{file}: het bestand kan niet vervangen worden; het is waarschijnlijk geopend in Excel. Sluit het "
              "en exporteer opnieuw (het vorige bestand bleef zoals het was).",
        "fr": "{file} : le fichier ne peut pas être remplacé ; il est probablement ouvert dans Excel. Fermez-le "
              "et exportez à nouveau (le fichier précédent est resté tel quel)."},
    "{file}: the export could not be written ({error}); the previous file was left as it was.": {
        "nl": "{file}: de export kon niet geschreven worden ({error}); het vorige bestand bleef zoals het was.",
        "fr": "{file} : l'exportation n'a pas pu être écrite ({error}) ; le fichier précédent est resté tel quel."},
    "There is no organisation named '{name}'.": {
        "nl": "Er is geen organisatie met de naam '{name}'.", "fr": "Il n'y a pas d'organisation nommée « {name} »."},
    "{file}: give a name ending in .xlsx.": {
        "nl": "{file}: geef een naam die eindigt op .xlsx.", "fr": "{file} : donnez un nom se terminant par .xlsx."},
    # ---- exchange: consolidation --------------------------------------------------------------
    "{label}: {fields}": {"nl": "{label}: {fields}", "fr": "{label} : {fields}"},
    "{field}: mine {mine}, theirs {theirs}": {
        "nl": "{field}: hier {mine}, werkmap {theirs}", "fr": "{field} : ici {mine}, classeur {theirs}"},
    "{field}: mine {mine}, theirs {theirs} (was {base})": {
        "nl": "{field}: hier {mine}, werkmap {theirs} (was {base})",
        "fr": "{field} : ici {mine}, classeur {theirs} (était {base})"},
    "{file}: {added} added, {updated} updated, {conflicts} in conflict": {
        "nl": "{file}: {added} toegevoegd, {updated} bijgewerkt, {conflicts} in conflict",
        "fr": "{file} : {added} ajouté(s), {updated} mis à jour, {conflicts} en conflit"},
    ", {n} conflict(s) decided": {"nl": ", {n} conflict(en) beslist", "fr": ", {n} conflit(s) tranché(s)"},
    ", {n} not merged": {"nl": ", {n} niet samengevoegd", "fr": ", {n} non fusionné(s)"},
    "{file}: not an export workbook of Go4Brussels Desktop (it has no 'about' sheet with a database id).": {
        "nl": "{file}: geen exportwerkmap van Go4Brussels Desktop (er is geen blad 'about' met een databank-id).",
        "fr": "{file} : pas un classeur d'exportation de Go4Brussels Desktop (il n'a pas de feuille « about » "
              "avec un id de base de données)."},
    "{file}: this workbook was exported from this database itself; there is nothing to consolidate.": {
        "nl": "{file}: deze werkmap werd uit deze databank zelf geëxporteerd; er valt niets te consolideren.",
        "fr": "{file} : ce classeur a été exporté de cette base de données elle-même ; il n'y a rien à consolider."},
    "{file}, sheet {sheet}, row {row}": {"nl": "{file}, blad {sheet}, rij {row}", "fr": "{file}, feuille {sheet}, ligne {row}"},
    "{where}: {record} does not exist here; not merged.": {
        "nl": "{where}: {record} bestaat hier niet; niet samengevoegd.",
        "fr": "{where} : {record} n'existe pas ici ; non fusionné."},
    "{where}: {error}": {"nl": "{where}: {error}", "fr": "{where} : {error}"},
    "{table} {record}": {"nl": "{table} {record}", "fr": "{table} {record}"},
    "membership {objective} {organisation}": {
        "nl": "lidmaatschap {objective} {organisation}", "fr": "participation {objective} {organisation}"},
    "there is no worksite {code} here": {"nl": "er is hier geen beleidswerf {code}", "fr": "il n'y a pas de chantier {code} ici"},
    "Consolidate {file}": {"nl": "{file} consolideren", "fr": "Consolider {file}"},
    # ---- exchange: import ---------------------------------------------------------------------
    "{file}: {message}.": {"nl": "{file}: {message}.", "fr": "{file} : {message}."},
    "{file}, row {row}: {message}.": {"nl": "{file}, rij {row}: {message}.", "fr": "{file}, ligne {row} : {message}."},
    "{file}, column {column}: {message}.": {
        "nl": "{file}, kolom {column}: {message}.", "fr": "{file}, colonne {column} : {message}."},
    "{file}, row {row}, column {column}: {message}.": {
        "nl": "{file}, rij {row}, kolom {column}: {message}.", "fr": "{file}, ligne {row}, colonne {column} : {message}."},
    "{file}: {new} new, {updated} updated, {unchanged} unchanged, {errors} in error": {
        "nl": "{file}: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {errors} met fouten",
        "fr": "{file} : {new} nouveau(x), {updated} mis à jour, {unchanged} inchangé(s), {errors} en erreur"},
    "{file}: the file is empty.": {"nl": "{file}: het bestand is leeg.", "fr": "{file} : le fichier est vide."},
    "{file}: no header row found in the first rows (expected columns such as Beleidswerf / Chantier / Worksite "
    "and Engagement, or Organisatie / Organisation).": {
        "nl": "{file}: geen kopregel gevonden in de eerste rijen (verwacht kolommen zoals Beleidswerf / Chantier / "
              "Worksite en Engagement, of Organisatie / Organisation).",
        "fr": "{file} : aucune ligne d'en-tête trouvée dans les premières lignes (colonnes attendues comme "
              "Beleidswerf / Chantier / Worksite et Engagement, ou Organisatie / Organisation)."},
    "{file}: more than one column is mapped to {fields}.": {
        "nl": "{file}: meer dan één kolom is gekoppeld aan {fields}.",
        "fr": "{file} : plus d'une colonne est associée à {fields}."},
    "{file}: no column is mapped to {fields}.": {
        "nl": "{file}: geen enkele kolom is gekoppeld aan {fields}.", "fr": "{file} : aucune colonne n'est associée à {fields}."},
    "{file}: {n} role(s) not applied: the file names no objective (give one with --objective, e.g. "
    "--objective 1.2).": {
        "nl": "{file}: {n} rol(len) niet toegepast: het bestand noemt geen doelstelling (geef er een met "
              "--objective, bv. --objective 1.2).",
        "fr": "{file} : {n} rôle(s) non appliqué(s) : le fichier ne nomme aucun objectif (donnez-en un avec "
              "--objective, p. ex. --objective 1.2)."},
    "Import {file}": {"nl": "{file} importeren", "fr": "Importer {file}"},
    "The restore was cancelled; nothing was changed.": {
        "nl": "Het terugzetten werd geannuleerd; er werd niets gewijzigd.",
        "fr": "La restauration a été annulée ; rien n'a été modifié."},
    "{file}: the consolidation was cancelled; nothing of it was written.": {
        "nl": "{file}: de consolidatie werd geannuleerd; er werd niets van weggeschreven.",
        "fr": "{file} : la consolidation a été annulée ; rien n'en a été écrit."},
    "The import was cancelled; nothing was changed.": {
        "nl": "De import werd geannuleerd; er werd niets gewijzigd.",
        "fr": "L'importation a été annulée ; rien n'a été modifié."},
    "Checking the rows again…": {"nl": "De rijen worden opnieuw gecontroleerd…",
                                 "fr": "Nouvelle vérification des lignes…"},
    "Writing {file}…": {"nl": "{file} wordt weggeschreven…", "fr": "Écriture de {file}…"},
    "Saving {file}…": {"nl": "{file} wordt bewaard…", "fr": "Enregistrement de {file}…"},
    "Remember column mapping of {file}": {
        "nl": "Kolomkoppeling van {file} onthouden", "fr": "Mémoriser l'association des colonnes de {file}"},
    "{file}: no row can be imported; nothing was changed. {problems}": {
        "nl": "{file}: geen enkele rij kan geïmporteerd worden; er werd niets gewijzigd. {problems}",
        "fr": "{file} : aucune ligne ne peut être importée ; rien n'a été modifié. {problems}"},
    "{file}: the file holds no rows below its header; nothing was changed.": {
        "nl": "{file}: het bestand bevat geen rijen onder de kopregel; er werd niets gewijzigd.",
        "fr": "{file} : le fichier ne contient aucune ligne sous son en-tête ; rien n'a été modifié."},
    "{column}: control characters removed": {"nl": "{column}: stuurtekens verwijderd", "fr": "{column} : caractères de contrôle supprimés"},
    "there is no worksite {code}": {"nl": "er is geen beleidswerf {code}", "fr": "il n'y a pas de chantier {code}"},
    "there is no organisation named '{name}'": {
        "nl": "er is geen organisatie met de naam '{name}'", "fr": "il n'y a pas d'organisation nommée « {name} »"},
    "the same record as row {row}": {"nl": "hetzelfde record als rij {row}", "fr": "le même enregistrement que la ligne {row}"},
    "no commitment with id {id} in this database": {
        "nl": "geen engagement met id {id} in deze databank", "fr": "aucun engagement avec l'id {id} dans cette base de données"},
    "a new commitment needs a {field}": {
        "nl": "een nieuw engagement heeft een {field} nodig", "fr": "un nouvel engagement a besoin d'un(e) {field}"},
    "a new commitment needs a {field} (no column is mapped to it)": {
        "nl": "een nieuw engagement heeft een {field} nodig (er is geen kolom aan gekoppeld)",
        "fr": "un nouvel engagement a besoin d'un(e) {field} (aucune colonne n'y est associée)"},
    "the same commitment as row {row}": {"nl": "hetzelfde engagement als rij {row}", "fr": "le même engagement que la ligne {row}"},
    "the organisation name is empty": {"nl": "de naam van de organisatie is leeg", "fr": "le nom de l'organisation est vide"},
    "the same contact as row {row}": {"nl": "dezelfde contactpersoon als rij {row}", "fr": "le même contact que la ligne {row}"},
    "role '{role}' not applied: no objective given": {
        "nl": "rol '{role}' niet toegepast: geen doelstelling opgegeven",
        "fr": "rôle « {role} » non appliqué : aucun objectif donné"},
    "there is no objective {code}": {"nl": "er is geen doelstelling {code}", "fr": "il n'y a pas d'objectif {code}"},
    "there is no indicator '{name}'": {"nl": "er is geen indicator '{name}'", "fr": "il n'y a pas d'indicateur « {name} »"},
    # ---- exchange: reading files ---------------------------------------------------------------
    "{file}: no such file.": {"nl": "{file}: dit bestand bestaat niet.", "fr": "{file} : ce fichier n'existe pas."},
    "{file}: {suffix} files are not read (old or macro-enabled formats); save it as .xlsx (Excel workbook) or "
    ".csv and import that.": {
        "nl": "{file}: {suffix}-bestanden worden niet gelezen (oude formaten of formaten met macro's); bewaar het "
              "als .xlsx (Excel-werkmap) of .csv en importeer dat.",
        "fr": "{file} : les fichiers {suffix} ne sont pas lus (anciens formats ou formats à macros) ; enregistrez-le "
              "en .xlsx (classeur Excel) ou .csv et importez celui-là."},
    "{file}: only .xlsx and .csv files can be imported.": {
        "nl": "{file}: alleen .xlsx- en .csv-bestanden kunnen geïmporteerd worden.",
        "fr": "{file} : seuls les fichiers .xlsx et .csv peuvent être importés."},
    "{file}: the file is larger than {mb} MB.": {
        "nl": "{file}: het bestand is groter dan {mb} MB.", "fr": "{file} : le fichier dépasse {mb} Mo."},
    "{file}: not a valid Excel workbook (the file is damaged or is not an .xlsx file).": {
        "nl": "{file}: geen geldige Excel-werkmap (het bestand is beschadigd of is geen .xlsx-bestand).",
        "fr": "{file} : pas un classeur Excel valide (le fichier est endommagé ou n'est pas un fichier .xlsx)."},
    "{file}: not an Excel workbook (.xlsx).": {
        "nl": "{file}: geen Excel-werkmap (.xlsx).", "fr": "{file} : pas un classeur Excel (.xlsx)."},
    "{file}: the workbook contains macros; it is not read.": {
        "nl": "{file}: de werkmap bevat macro's; ze wordt niet gelezen.",
        "fr": "{file} : le classeur contient des macros ; il n'est pas lu."},
    "{file}: part {part} expands {ratio:.0f} times (to {mb} MB); the file is refused as unsafe.": {
        "nl": "{file}: onderdeel {part} wordt {ratio:.0f} keer groter (tot {mb} MB); het bestand wordt als "
              "onveilig geweigerd.",
        "fr": "{file} : la partie {part} se décompresse {ratio:.0f} fois (jusqu'à {mb} Mo) ; le fichier est "
              "refusé comme dangereux."},
    "{file}: the workbook expands to {mb} MB; the file is refused as unsafe.": {
        "nl": "{file}: de werkmap wordt {mb} MB groot; het bestand wordt als onveilig geweigerd.",
        "fr": "{file} : le classeur se décompresse jusqu'à {mb} Mo ; le fichier est refusé comme dangereux."},
    "{file}: part {part} declares XML entities; the file is refused as unsafe.": {
        "nl": "{file}: onderdeel {part} declareert XML-entiteiten; het bestand wordt als onveilig geweigerd.",
        "fr": "{file} : la partie {part} déclare des entités XML ; le fichier est refusé comme dangereux."},
    "{file}: the workbook is damaged ({part}).": {
        "nl": "{file}: de werkmap is beschadigd ({part}).", "fr": "{file} : le classeur est endommagé ({part})."},
    "{file}: the sheet declares {rows:,} rows and {columns:,} columns (at most {max_rows:,} rows and "
    "{max_columns} columns are read); the file is refused.": {
        "nl": "{file}: het blad declareert {rows:,} rijen en {columns:,} kolommen (ten hoogste {max_rows:,} rijen "
              "en {max_columns} kolommen worden gelezen); het bestand wordt geweigerd.",
        "fr": "{file} : la feuille déclare {rows:,} lignes et {columns:,} colonnes (au plus {max_rows:,} lignes "
              "et {max_columns} colonnes sont lues) ; le fichier est refusé."},
    "{file}: the workbook has no sheet.": {"nl": "{file}: de werkmap heeft geen blad.", "fr": "{file} : le classeur n'a aucune feuille."},
    "{file}: the workbook declares XML entities or a document type; the file is refused as unsafe.": {
        "nl": "{file}: de werkmap declareert XML-entiteiten of een documenttype; het bestand wordt als onveilig "
              "geweigerd.",
        "fr": "{file} : le classeur déclare des entités XML ou un type de document ; le fichier est refusé comme "
              "dangereux."},
    "{file}: the workbook cannot be read; it is damaged or not an Excel workbook ({kind}).": {
        "nl": "{file}: de werkmap kan niet gelezen worden; ze is beschadigd of geen Excel-werkmap ({kind}).",
        "fr": "{file} : le classeur ne peut pas être lu ; il est endommagé ou n'est pas un classeur Excel ({kind})."},
    "{file}, sheet {sheet}: {formulas} formula cell(s) read as text, never calculated.": {
        "nl": "{file}, blad {sheet}: {formulas} formulecel(len) als tekst gelezen, nooit berekend.",
        "fr": "{file}, feuille {sheet} : {formulas} cellule(s) de formule lue(s) comme texte, jamais calculée(s)."},
    "{file}: the text encoding is not recognised (expected UTF-8 or Windows-1252); save the file again as "
    "'CSV UTF-8'.": {
        "nl": "{file}: de tekstcodering wordt niet herkend (verwacht UTF-8 of Windows-1252); bewaar het bestand "
              "opnieuw als 'CSV UTF-8'.",
        "fr": "{file} : l'encodage du texte n'est pas reconnu (UTF-8 ou Windows-1252 attendu) ; enregistrez à "
              "nouveau le fichier en « CSV UTF-8 »."},
    "{file}: more than {max_rows:,} rows.": {"nl": "{file}: meer dan {max_rows:,} rijen.", "fr": "{file} : plus de {max_rows:,} lignes."},
    "{file}, row {number}: more than {max_columns} columns.": {
        "nl": "{file}, rij {number}: meer dan {max_columns} kolommen.",
        "fr": "{file}, ligne {number} : plus de {max_columns} colonnes."},
    "{file}: not a readable CSV file ({error}).": {
        "nl": "{file}: geen leesbaar CSV-bestand ({error}).", "fr": "{file} : pas un fichier CSV lisible ({error})."},
    # ---- exchange: values in a partner's cells --------------------------------------------------
    "'{value}' is not a known {what} ({known}, or the French or English word)": {
        "nl": "'{value}' is geen gekende {what} ({known}, of het Franse of Engelse woord)",
        "fr": "« {value} » n'est pas un(e) {what} connu(e) ({known}, ou le mot néerlandais ou anglais)"},
    "'{value}' is not a percentage": {"nl": "'{value}' is geen percentage", "fr": "« {value} » n'est pas un pourcentage"},
    "'{value}' is not a percentage (write 45, 45 % or 0.45)": {
        "nl": "'{value}' is geen percentage (schrijf 45, 45 % of 0,45)",
        "fr": "« {value} » n'est pas un pourcentage (écrivez 45, 45 % ou 0,45)"},
    "{value} is outside 0–100 %": {"nl": "{value} ligt buiten 0–100 %", "fr": "{value} est hors de 0–100 %"},
    "'{value}' is not a number": {"nl": "'{value}' is geen getal", "fr": "« {value} » n'est pas un nombre"},
    "{value} is not a date": {"nl": "{value} is geen datum", "fr": "{value} n'est pas une date"},
    "'{value}' is not a date (write 31/12/2026 or 2026-12-31)": {
        "nl": "'{value}' is geen datum (schrijf 31/12/2026 of 2026-12-31)",
        "fr": "« {value} » n'est pas une date (écrivez 31/12/2026 ou 2026-12-31)"},
    "'{value}' is not a year": {"nl": "'{value}' is geen jaartal", "fr": "« {value} » n'est pas une année"},
    # ---- exchange: action lists (action items of meetings) ------------------------------------
    "the action is empty": {"nl": "het actiepunt is leeg", "fr": "le point d'action est vide"},
    "an action needs the objective whose committee it belongs to (column or --objective)": {
        "nl": "een actiepunt heeft de doelstelling nodig van het stuurcomité waartoe het behoort (kolom of --objective)",
        "fr": "un point d'action a besoin de l'objectif dont relève son comité de pilotage (colonne ou --objective)"},
    "an action needs the date of its meeting": {
        "nl": "een actiepunt heeft de datum van zijn vergadering nodig",
        "fr": "un point d'action a besoin de la date de sa réunion"},
    "the minutes of the meeting of {date} are approved; its actions cannot change here": {
        "nl": "de notulen van de vergadering van {date} zijn goedgekeurd; de actiepunten ervan kunnen hier niet "
              "veranderen",
        "fr": "le procès-verbal de la réunion du {date} est approuvé ; ses points d'action ne peuvent pas changer ici"},
    "the same action as row {row}": {"nl": "hetzelfde actiepunt als rij {row}", "fr": "le même point d'action que la ligne {row}"},
    # ---- progress note ------------------------------------------------------------------------
    "There is no objective {code}; objectives are coded like 1.1 or 2.8.": {
        "nl": "Er is geen doelstelling {code}; doelstellingen hebben codes zoals 1.1 of 2.8.",
        "fr": "Il n'y a pas d'objectif {code} ; les objectifs ont des codes comme 1.1 ou 2.8."},
    "The progress note was cancelled.": {"nl": "De voortgangsnota werd geannuleerd.", "fr": "La note de progrès a été annulée."},
    "language: '{lang}' is not one of nl, fr, en.": {
        "nl": "taal: '{lang}' is niet een van nl, fr, en.", "fr": "langue : « {lang} » ne fait pas partie de nl, fr, en."},
}

# ---- meetings (db/meetings.py, db/meetings_read.py, commands/meetings.py) ----------------------------
# Réunion / Vergadering, procès-verbal / notulen, décision / beslissing, point d'action / actiepunt,
# comité de pilotage / stuurcomité. "{meeting}" is "meeting of 12/03/2027 (objective 1.2)": in French
# "réunion du ..." (la réunion), in Dutch "vergadering van ..." (de vergadering).
TERMS["FIELD"].update({
    "start_time": {"nl": "beginuur", "fr": "heure de début", "en": "start time"},
    "organiser_email": {"nl": "e-mail van de organisator", "fr": "e-mail de l'organisateur", "en": "organiser's e-mail"},
    "end_time": {"nl": "einduur", "fr": "heure de fin", "en": "end time"},
    "state": {"nl": "status", "fr": "état", "en": "state"},
    "what": {"nl": "actiepunt", "fr": "point d'action", "en": "what"},
    "text": {"nl": "tekst", "fr": "texte", "en": "text"},
    "reason": {"nl": "reden", "fr": "motif", "en": "reason"},
    "closed_on": {"nl": "afgesloten op", "fr": "clôturé le", "en": "closed on"},
    "approved_at": {"nl": "goedgekeurd op", "fr": "approuvé le", "en": "approved on"},
    "person_id": {"nl": "contactpersoon", "fr": "personne de contact", "en": "contact"},
    "owner_organisation_id": {"nl": "verantwoordelijke organisatie", "fr": "organisation responsable",
                              "en": "owner organisation"},
    "owner_person_id": {"nl": "verantwoordelijke persoon", "fr": "personne responsable", "en": "owner"},
    "commitment_id": {"nl": "engagement", "fr": "engagement", "en": "commitment"},
})
TERMS["TABLE"].update({
    "meeting": {"nl": "vergadering", "fr": "réunion", "en": "meeting"},
    "attendance": {"nl": "genodigde", "fr": "participant", "en": "attendance"},
    "agenda_item": {"nl": "agendapunt", "fr": "point de l'ordre du jour", "en": "agenda item"},
    "meeting_action": {"nl": "actiepunt", "fr": "point d'action", "en": "action item"},
    "outcome": {"nl": "uitkomst", "fr": "résultat", "en": "outcome"},
    "agenda_link": {"nl": "koppeling van een agendapunt", "fr": "lien d'un point de l'ordre du jour",
                    "en": "agenda link"},
    "agenda_item_action": {"nl": "opgevolgd actiepunt", "fr": "point d'action suivi", "en": "carried-over action"},
    "agenda_template": {"nl": "agendasjabloon", "fr": "modèle d'ordre du jour", "en": "agenda template"},
})
# Strategy revisions (issue 21)
CATALOGUE.update({
    '{old} is now {new} (a strategy revision renumbered it); read as {new}': {"nl": '{old} is nu {new} (een versie van de strategie hernummerde het); gelezen als {new}', "fr": '{old} est désormais {new} (une révision de la stratégie l’a renuméroté) ; lu comme {new}'},
    '  note: {note}': {"nl": '  opmerking: {note}', "fr": '  remarque : {note}'},
    '{file}: made under the earlier strategy revision “{theirs}” ({date}); its codes are read as they were then and mapped to the current ones (“{ours}”).': {"nl": '{file}: gemaakt onder de eerdere versie van de strategie “{theirs}” ({date}); de codes worden gelezen zoals ze toen waren en omgezet naar de huidige (“{ours}”).', "fr": '{file} : fait sous la révision antérieure de la stratégie « {theirs} » ({date}) ; ses codes sont lus tels qu’ils étaient alors et convertis vers les codes actuels (« {ours} »).'},
    '{file}: made under the strategy revision “{theirs}” ({date}), which this database does not have (it stands at “{ours}”, {our_date}); apply that revision here first (Tools → Strategy revision), then consolidate.': {"nl": '{file}: gemaakt onder de versie van de strategie “{theirs}” ({date}), die deze databank niet heeft (ze staat op “{ours}”, {our_date}); pas die versie hier eerst toe (Extra → Versie van de strategie) en consolideer daarna.', "fr": '{file} : fait sous la révision de la stratégie « {theirs} » ({date}), que cette base de données n’a pas (elle en est à « {ours} », {our_date}) ; appliquez d’abord cette révision ici (Outils → Révision de la stratégie), puis consolidez.'},
    'add objective {code} “{title}”': {"nl": 'doelstelling {code} “{title}” toegevoegd', "fr": 'ajout de l’objectif {code} « {title} »'},
    'add worksite {code} “{title}” to objective {objective}': {"nl": 'beleidswerf {code} “{title}” toegevoegd aan doelstelling {objective}', "fr": 'ajout du chantier {code} « {title} » à l’objectif {objective}'},
    'rename {code}: “{title}”': {"nl": '{code} hernoemd: “{title}”', "fr": '{code} renommé : « {title} »'},
    'move worksite {old} to objective {objective} as {code}': {"nl": 'beleidswerf {old} verplaatst naar doelstelling {objective} als {code}', "fr": 'chantier {old} déplacé vers l’objectif {objective} sous le code {code}'},
    'renumber {old} as {code}': {"nl": '{old} hernummerd als {code}', "fr": '{old} renuméroté en {code}'},
    'close {code}': {"nl": '{code} afgesloten', "fr": '{code} clôturé'},
    'reopen {code}': {"nl": '{code} heropend', "fr": '{code} rouvert'},
    'This database has no strategy revision.': {"nl": 'Deze databank heeft geen versie van de strategie.', "fr": 'Cette base de données n’a aucune révision de la stratégie.'},
    'Strategy revision: {name} ({date})': {"nl": 'Versie van de strategie: {name} ({date})', "fr": 'Révision de la stratégie : {name} ({date})'},
    '{file}, row {row}, column {column}: {problem}': {"nl": '{file}, rij {row}, kolom {column}: {problem}', "fr": '{file}, ligne {row}, colonne {column} : {problem}'},
    '“{value}” is not open or closed.': {"nl": '“{value}” is niet open of closed.', "fr": '« {value} » n’est ni open ni closed.'},
    'no objective or worksite has the record id {id}.': {"nl": 'geen doelstelling of beleidswerf heeft record-id {id}.', "fr": 'aucun objectif ni chantier n’a l’id {id}.'},
    'the record id {id} is listed twice.': {"nl": 'record-id {id} staat er twee keer in.', "fr": 'l’id {id} figure deux fois.'},
    '“{code}” is not an objective code (1.2) or a worksite code (1.2.3).': {"nl": '“{code}” is geen code van een doelstelling (1.2) of een beleidswerf (1.2.3).', "fr": '« {code} » n’est pas un code d’objectif (1.2) ni de chantier (1.2.3).'},
    'the code {code} is taken already.': {"nl": 'de code {code} is al in gebruik.', "fr": 'le code {code} est déjà pris.'},
    'a new objective or worksite needs a Dutch title.': {"nl": 'een nieuwe doelstelling of beleidswerf heeft een Nederlandse titel nodig.', "fr": 'un nouvel objectif ou chantier doit avoir un titre en néerlandais.'},
    'objective {code} must belong to pillar {pillar}.': {"nl": 'doelstelling {code} moet tot pijler {pillar} behoren.', "fr": 'l’objectif {code} doit relever du pilier {pillar}.'},
    'worksite {code} must be numbered under its objective {objective}.': {"nl": 'beleidswerf {code} moet onder haar doelstelling {objective} genummerd zijn.', "fr": 'le chantier {code} doit être numéroté sous son objectif {objective}.'},
    'no objective {code}.': {"nl": 'geen doelstelling {code}.', "fr": 'pas d’objectif {code}.'},
    '“{code}” is not a code for {old} (same level, same parent).': {"nl": '“{code}” is geen code voor {old} (zelfde niveau, zelfde bovenliggende code).', "fr": '« {code} » n’est pas un code possible pour {old} (même niveau, même parent).'},
    'row {row}: objective {code} still has open worksites ({worksites}); close or move them in the same revision.': {"nl": 'rij {row}: doelstelling {code} heeft nog open beleidswerven ({worksites}); sluit of verplaats ze in dezelfde versie.', "fr": 'ligne {row} : l’objectif {code} a encore des chantiers ouverts ({worksites}) ; clôturez-les ou déplacez-les dans la même révision.'},
    'Prepare strategy revision “{name}”': {"nl": 'Versie van de strategie “{name}” voorbereiden', "fr": 'Préparer la révision de la stratégie « {name} »'},
    'The revision changes nothing.': {"nl": 'De versie verandert niets.', "fr": 'La révision ne change rien.'},
    "The revision's date {date} is before the current revision “{name}” ({current}).": {"nl": 'De datum van de versie, {date}, ligt vóór de huidige versie “{name}” ({current}).', "fr": 'La date de la révision, {date}, précède la révision actuelle « {name} » ({current}).'},
    'Strategy revision “{name}”': {"nl": 'Versie van de strategie “{name}”', "fr": 'Révision de la stratégie « {name} »'},
    'The revision “{name}” is applied already.': {"nl": 'De versie “{name}” is al toegepast.', "fr": 'La révision « {name} » est déjà appliquée.'},
    'No objective or worksite {code}.': {"nl": 'Geen doelstelling of beleidswerf {code}.', "fr": 'Pas d’objectif ni de chantier {code}.'},
    'No pillar {code}.': {"nl": 'Geen pijler {code}.', "fr": 'Pas de pilier {code}.'},
    'The code {code} is taken already.': {"nl": 'De code {code} is al in gebruik.', "fr": 'Le code {code} est déjà pris.'},
    'No objective {code}.': {"nl": 'Geen doelstelling {code}.', "fr": 'Pas d’objectif {code}.'},
    'draft': {"nl": 'ontwerp', "fr": 'brouillon'},
    ' ({count} records changed)': {"nl": ' ({count} records gewijzigd)', "fr": ' ({count} enregistrements modifiés)'},
    'Wrote {file}: {count} objectives and worksites.': {"nl": '{file} geschreven: {count} doelstellingen en beleidswerven.', "fr": '{file} écrit : {count} objectifs et chantiers.'},
    'row {row}: ': {"nl": 'rij {row}: ', "fr": 'ligne {row} : '},
    'refused: {problem}': {"nl": 'geweigerd: {problem}', "fr": 'refusé : {problem}'},
    '… and {count} more.': {"nl": '… en nog {count}.', "fr": '… et {count} de plus.'},
    'Nothing was changed: {count} row(s) refused.': {"nl": 'Er is niets gewijzigd: {count} rij(en) geweigerd.', "fr": 'Rien n’a été modifié : {count} ligne(s) refusée(s).'},
    'The workbook changes nothing in the strategy.': {"nl": 'Het werkboek verandert niets aan de strategie.', "fr": 'Le classeur ne change rien à la stratégie.'},
    '{count} change(s) (would apply).': {"nl": '{count} wijziging(en) (zou toepassen).', "fr": '{count} modification(s) (serai(en)t appliquée(s)).'},
    'Draft “{name}” saved: {count} change(s).': {"nl": 'Ontwerp “{name}” bewaard: {count} wijziging(en).', "fr": 'Brouillon « {name} » enregistré : {count} modification(s).'},
    'Revision “{name}” applied: {count} change(s).': {"nl": 'Versie “{name}” toegepast: {count} wijziging(en).', "fr": 'Révision « {name} » appliquée : {count} modification(s).'},
    'Edit titles, states (open/closed), codes or objectives; add a row without a record id for a new objective or worksite; then: g4b strategy revision import FILE --name NAME': {"nl": 'Wijzig titels, staat (open/closed), codes of doelstellingen; voeg een rij zonder record-id toe voor een nieuwe doelstelling of beleidswerf; daarna: g4b strategy revision import BESTAND --name NAAM', "fr": 'Modifiez les titres, les états (open/closed), les codes ou les objectifs ; ajoutez une ligne sans id pour un nouvel objectif ou chantier ; ensuite : g4b strategy revision import FICHIER --name NOM'},
    '{file}: no header row with the columns Code and Title nl (a revision workbook made by g4b strategy revision export).': {"nl": '{file}: geen kopregel met de kolommen Code en Titel nl (een werkboek gemaakt met g4b strategy revision export).', "fr": '{file} : aucune ligne d’en-tête avec les colonnes Code et Titre nl (un classeur fait par g4b strategy revision export).'},
})

CATALOGUE.update({
    # labels of meetings and decisions, nested in other labels and messages
    "meeting of {date} (objective {code})": {
        "nl": "vergadering van {date} (doelstelling {code})", "fr": "réunion du {date} (objectif {code})"},
    "Changed by the decision of the meeting of {date}": {
        "nl": "Gewijzigd door de beslissing van de vergadering van {date}",
        "fr": "Modifié par la décision de la réunion du {date}"},
    "Decision of the meeting of {date}": {
        "nl": "Beslissing van de vergadering van {date}", "fr": "Décision de la réunion du {date}"},
    "{decision}: commitment {code}": {"nl": "{decision}: engagement {code}", "fr": "{decision} : engagement {code}"},
    # change sets (history)
    "Plan {meeting}": {"nl": "De {meeting} plannen", "fr": "Planifier la {meeting}"},
    "Edit {meeting}": {"nl": "De {meeting} bewerken", "fr": "Modifier la {meeting}"},
    "Delete {meeting}": {"nl": "De {meeting} verwijderen", "fr": "Supprimer la {meeting}"},
    "Held: {meeting}": {"nl": "Gehouden: {meeting}", "fr": "Tenue : {meeting}"},
    "Back to planned: {meeting}": {"nl": "Terug naar gepland: {meeting}", "fr": "De nouveau planifiée : {meeting}"},
    "Approve minutes of the {meeting}": {
        "nl": "Notulen van de {meeting} goedkeuren", "fr": "Approuver le procès-verbal de la {meeting}"},
    "Re-open minutes of the {meeting}: {reason}": {
        "nl": "Notulen van de {meeting} heropenen: {reason}", "fr": "Rouvrir le procès-verbal de la {meeting} : {reason}"},
    "Invite the committee to the {meeting}": {
        "nl": "Het stuurcomité uitnodigen op de {meeting}", "fr": "Inviter le comité de pilotage à la {meeting}"},
    "Invite to the {meeting}": {"nl": "Uitnodigen op de {meeting}", "fr": "Inviter à la {meeting}"},
    "Attendance at the {meeting}": {"nl": "Aanwezigheid op de {meeting}", "fr": "Présence à la {meeting}"},
    "Remove {name} from the {meeting}": {"nl": "{name} verwijderen van de {meeting}", "fr": "Retirer {name} de la {meeting}"},
    "Add agenda item to the {meeting}": {
        "nl": "Agendapunt toevoegen aan de {meeting}", "fr": "Ajouter un point à l'ordre du jour de la {meeting}"},
    "Edit agenda of the {meeting}": {
        "nl": "Agenda van de {meeting} bewerken", "fr": "Modifier l'ordre du jour de la {meeting}"},
    "Remove agenda item from the {meeting}": {
        "nl": "Agendapunt verwijderen van de {meeting}", "fr": "Retirer un point de l'ordre du jour de la {meeting}"},
    "Reorder the agenda of the {meeting}": {
        "nl": "De agenda van de {meeting} herschikken", "fr": "Réordonner l'ordre du jour de la {meeting}"},
    "Link agenda item": {"nl": "Agendapunt koppelen", "fr": "Lier le point de l'ordre du jour"},
    "Remove agenda link": {"nl": "Koppeling van een agendapunt verwijderen", "fr": "Retirer le lien du point de l'ordre du jour"},
    "Agenda of the {meeting} from the previous meeting": {
        "nl": "Agenda van de {meeting} uit de vorige vergadering",
        "fr": "Ordre du jour de la {meeting} repris de la réunion précédente"},
    "Save agenda template {name}": {
        "nl": "Agendasjabloon {name} bewaren", "fr": "Enregistrer le modèle d'ordre du jour {name}"},
    "Delete agenda template {name}": {
        "nl": "Agendasjabloon {name} verwijderen", "fr": "Supprimer le modèle d'ordre du jour {name}"},
    "Agenda of the {meeting} from template {name}": {
        "nl": "Agenda van de {meeting} uit sjabloon {name}", "fr": "Ordre du jour de la {meeting} repris du modèle {name}"},
    "{kind} at the {meeting}": {"nl": "{kind} op de {meeting}", "fr": "{kind} à la {meeting}"},
    "Edit outcome": {"nl": "Uitkomst bewerken", "fr": "Modifier le résultat"},
    "Delete outcome": {"nl": "Uitkomst verwijderen", "fr": "Supprimer le résultat"},
    "Action item of the {meeting}": {"nl": "Actiepunt van de {meeting}", "fr": "Point d'action de la {meeting}"},
    "Edit action item": {"nl": "Actiepunt bewerken", "fr": "Modifier le point d'action"},
    "Delete action item": {"nl": "Actiepunt verwijderen", "fr": "Supprimer le point d'action"},
    "Note on an action item": {"nl": "Opmerking bij een actiepunt", "fr": "Remarque sur un point d'action"},
    # refusals
    "The minutes of the {meeting} are approved and locked; re-open them to change anything.": {
        "nl": "De notulen van de {meeting} zijn goedgekeurd en vergrendeld; heropen ze om iets te wijzigen.",
        "fr": "Le procès-verbal de la {meeting} est approuvé et verrouillé ; rouvrez-le pour y modifier quoi que "
              "ce soit."},
    "The minutes of the {meeting} are approved already.": {
        "nl": "De notulen van de {meeting} zijn al goedgekeurd.", "fr": "Le procès-verbal de la {meeting} est déjà approuvé."},
    "The {meeting} has not been held yet; mark it held before approving its minutes.": {
        "nl": "De {meeting} werd nog niet gehouden; markeer ze als gehouden voor u de notulen goedkeurt.",
        "fr": "La {meeting} n'a pas encore eu lieu ; marquez-la comme tenue avant d'approuver son procès-verbal."},
    "The minutes of the {meeting} are not approved.": {
        "nl": "De notulen van de {meeting} zijn niet goedgekeurd.", "fr": "Le procès-verbal de la {meeting} n'est pas approuvé."},
    "The {meeting} has no earlier meeting to copy an agenda from.": {
        "nl": "De {meeting} heeft geen eerdere vergadering om een agenda van over te nemen.",
        "fr": "La {meeting} n'a pas de réunion antérieure dont copier l'ordre du jour."},
    "The new order must name every agenda item of the meeting once.": {
        "nl": "De nieuwe volgorde moet elk agendapunt van de vergadering één keer noemen.",
        "fr": "Le nouvel ordre doit citer une fois chaque point de l'ordre du jour de la réunion."},
    "An agenda link names either a worksite or a commitment.": {
        "nl": "Een koppeling van een agendapunt noemt ofwel een beleidswerf ofwel een engagement.",
        "fr": "Un lien d'un point de l'ordre du jour mentionne soit un chantier, soit un engagement."},
    "Only a decision can change a commitment.": {
        "nl": "Alleen een beslissing kan een engagement wijzigen.", "fr": "Seule une décision peut modifier un engagement."},
    "No meeting with id {id}.": {"nl": "Geen vergadering met id {id}.", "fr": "Aucune réunion avec l'id {id}."},
    "No meeting with id '{text}'.": {"nl": "Geen vergadering met id '{text}'.", "fr": "Aucune réunion avec l'id « {text} »."},
    "'{text}' names several meetings.": {
        "nl": "'{text}' duidt meerdere vergaderingen aan.", "fr": "« {text} » désigne plusieurs réunions."},
    "No decision with id {id}.": {"nl": "Geen beslissing met id {id}.", "fr": "Aucune décision avec l'id {id}."},
    "No objective with id {id}.": {"nl": "Geen doelstelling met id {id}.", "fr": "Aucun objectif avec l'id {id}."},
    "{field}: no {table} with id {id}.": {
        "nl": "{field}: geen {table} met id {id}.", "fr": "{field} : aucun enregistrement {table} avec l'id {id}."},
    "{field}: '{value}' is not a time (HH:MM).": {
        "nl": "{field}: '{value}' is geen tijdstip (UU:MM).", "fr": "{field} : « {value} » n'est pas une heure (HH:MM)."},
    "date: a meeting needs a date.": {
        "nl": "datum: een vergadering heeft een datum nodig.", "fr": "date : une réunion a besoin d'une date."},
    "objective: a meeting belongs to an objective.": {
        "nl": "doelstelling: een vergadering hoort bij een doelstelling.",
        "fr": "objectif : une réunion relève d'un objectif."},
    "end time: the meeting cannot end before it starts.": {
        "nl": "einduur: de vergadering kan niet eindigen voor ze begint.",
        "fr": "heure de fin : la réunion ne peut pas se terminer avant d'avoir commencé."},
    "state: a meeting is approved through approve_minutes, not created so.": {
        "nl": "status: een vergadering wordt goedgekeurd met approve_minutes, niet zo aangemaakt.",
        "fr": "état : une réunion est approuvée par approve_minutes, elle n'est pas créée ainsi."},
    "duration: '{value}' is not a number of minutes.": {
        "nl": "duur: '{value}' is geen aantal minuten.", "fr": "durée : « {value} » n'est pas un nombre de minutes."},
    "duration: {value} minutes is out of range.": {
        "nl": "duur: {value} minuten ligt buiten het toegelaten bereik.",
        "fr": "durée : {value} minutes sort des limites permises."},
    "Unknown meeting field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een vergadering: {fields}.", "fr": "Champ(s) de réunion inconnu(s) : {fields}."},
    "Unknown action field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een actiepunt: {fields}.", "fr": "Champ(s) de point d'action inconnu(s) : {fields}."},
    "Unknown agenda field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een agendapunt: {fields}.",
        "fr": "Champ(s) de point de l'ordre du jour inconnu(s) : {fields}."},
    "Unknown attendance field(s): {fields}.": {
        "nl": "Onbekend(e) veld(en) van een genodigde: {fields}.", "fr": "Champ(s) de participant inconnu(s) : {fields}."},
    # g4b meeting ... (command line)
    "No objective with code '{code}' (codes run from 1.1 to 2.8).": {
        "nl": "Geen doelstelling met code '{code}' (de codes gaan van 1.1 tot 2.8).",
        "fr": "Aucun objectif avec le code « {code} » (les codes vont de 1.1 à 2.8)."},
    "{path}: the output file must end in {suffix}.": {
        "nl": "{path}: het uitvoerbestand moet eindigen op {suffix}.",
        "fr": "{path} : le fichier de sortie doit se terminer par {suffix}."},
    "{folder}: no such folder.": {"nl": "{folder}: deze map bestaat niet.", "fr": "{folder} : ce dossier n'existe pas."},
    "No commitment with code '{code}'.": {
        "nl": "Geen engagement met code '{code}'.", "fr": "Aucun engagement avec le code « {code} »."},
    "The meeting has {count} agenda item(s); there is no item {number}.": {
        "nl": "De vergadering heeft {count} agendapunt(en); er is geen punt {number}.",
        "fr": "La réunion a {count} point(s) à l'ordre du jour ; il n'y a pas de point {number}."},
    "No agenda template named '{name}'.": {
        "nl": "Geen agendasjabloon met de naam '{name}'.", "fr": "Aucun modèle d'ordre du jour nommé « {name} »."},
    "Say what the decision changes: --status, --progress or --due.": {
        "nl": "Zeg wat de beslissing wijzigt: --status, --progress of --due.",
        "fr": "Dites ce que la décision modifie : --status, --progress ou --due."},
    "No action with id '{text}'.": {"nl": "Geen actiepunt met id '{text}'.", "fr": "Aucun point d'action avec l'id « {text} »."},
    "'{text}' names several actions.": {
        "nl": "'{text}' duidt meerdere actiepunten aan.", "fr": "« {text} » désigne plusieurs points d'action."},
    # g4b meetings / meeting … (command-line output)
    "No meetings.": {"nl": "Geen vergaderingen.", "fr": "Aucune réunion."},
    "{id}  {objective:<4} {date}{time}  {state}  {present}/{invited} present  {items} agenda items  {actions} open actions{title}": {
        "nl": "{id}  {objective:<4} {date}{time}  {state}  {present}/{invited} aanwezig  {items} agendapunten  {actions} open actiepunten{title}",
        "fr": "{id}  {objective:<4} {date}{time}  {state}  {present}/{invited} présents  {items} points à l'ordre du jour  {actions} points d'action ouverts{title}"},
    "No open actions.": {"nl": "Geen open actiepunten.", "fr": "Aucun point d'action ouvert."},
    "OVERDUE ": {"nl": "ACHTERSTAND ", "fr": "EN RETARD "},
    "{id}  {objective:<4} {date}  {flag}due {due}  {owner}: {what}": {
        "nl": "{id}  {objective:<4} {date}  {flag}deadline {due}  {owner}: {what}",
        "fr": "{id}  {objective:<4} {date}  {flag}échéance {due}  {owner} : {what}"},
    "{open} open, {overdue} overdue ({state}).": {
        "nl": "{open} open, {overdue} met achterstand ({state}).", "fr": "{open} ouverts, {overdue} en retard ({state})."},
    "Wrote the minutes of the meeting of {date} (objective {objective}) to {target}.": {
        "nl": "De notulen van de vergadering van {date} (doelstelling {objective}) staan in {target}.",
        "fr": "Le procès-verbal de la réunion du {date} (objectif {objective}) est écrit dans {target}."},
    "{id}  planned: objective {objective} on {date}, {invited} invited, {items} agenda item(s)": {
        "nl": "{id}  gepland: doelstelling {objective} op {date}, {invited} uitgenodigd, {items} agendapunt(en)",
        "fr": "{id}  planifiée : objectif {objective} le {date}, {invited} invités, {items} point(s) à l'ordre du jour"},
    "The meeting is marked held.": {"nl": "De vergadering staat als gehouden.", "fr": "La réunion est marquée comme tenue."},
    "The minutes are approved; the meeting is locked.": {
        "nl": "De notulen zijn goedgekeurd; de vergadering is vergrendeld.",
        "fr": "Le procès-verbal est approuvé ; la réunion est verrouillée."},
    "The minutes are re-opened.": {"nl": "De notulen zijn heropend.", "fr": "Le procès-verbal est rouvert."},
    "{name}: {state}.": {"nl": "{name}: {state}.", "fr": "{name} : {state}."},
    "{id}  agenda item added.": {"nl": "{id}  agendapunt toegevoegd.", "fr": "{id}  point ajouté à l'ordre du jour."},
    "{id}  decision recorded{changes}": {"nl": "{id}  beslissing vastgelegd{changes}", "fr": "{id}  décision enregistrée{changes}"},
    "{id}  action added.": {"nl": "{id}  actiepunt toegevoegd.", "fr": "{id}  point d'action ajouté."},
    "The action is {state}.": {"nl": "Het actiepunt is {state}.", "fr": "Le point d'action est {state}."},
    "A contact cannot be merged with itself.": {
        "nl": "Een contactpersoon kan niet met zichzelf worden samengevoegd.",
        "fr": "Un contact ne peut pas être fusionné avec lui-même."},
    "Merge contact {duplicate} into {keep}": {
        "nl": "Contactpersoon {duplicate} samenvoegen met {keep}", "fr": "Fusionner le contact {duplicate} avec {keep}"},
    "No organisation named or with id '{text}'.": {
        "nl": "Geen organisatie met de naam of id '{text}'.", "fr": "Aucune organisation avec le nom ou l'id « {text} »."},
    "No contact named or with id '{text}'.": {
        "nl": "Geen contactpersoon met de naam of id '{text}'.", "fr": "Aucun contact avec le nom ou l'id « {text} »."},
    "'{text}' names several records: {names}. Use an id.": {
        "nl": "'{text}' duidt meerdere records aan: {names}. Gebruik een id.",
        "fr": "« {text} » désigne plusieurs enregistrements : {names}. Utilisez un id."},
    "{id}  {name}{organisation}": {"nl": "{id}  {name}{organisation}", "fr": "{id}  {name}{organisation}"},
    "Merged {duplicate} into {keep}.": {"nl": "{duplicate} samengevoegd met {keep}.", "fr": "{duplicate} fusionné avec {keep}."},
})
# the import reads what partners send (#16): workbooks through calamine, columns judged as a whole
CATALOGUE.update({
    "'{value}' can be read as a thousand or as a decimal number; write it without the thousands separator "
    "(e.g. 1000 or 1,5)": {
        "nl": "'{value}' kan als duizendtal of als decimaal getal gelezen worden; schrijf het zonder "
              "duizendtalscheiding (bv. 1000 of 1,5)",
        "fr": "« {value} » peut se lire comme un millier ou comme un nombre décimal ; écrivez-le sans séparateur "
              "de milliers (p. ex. 1000 ou 1,5)"},
    "'{value}' is not a date (write {example} or 2026-12-31)": {
        "nl": "'{value}' is geen datum (schrijf {example} of 2026-12-31)",
        "fr": "« {value} » n'est pas une date (écrivez {example} ou 2026-12-31)"},
    "{file}, column {column}: dates read {order}, as in the file's other date column.": {
        "nl": "{file}, kolom {column}: datums gelezen als {order}, zoals in de andere datumkolom van het bestand.",
        "fr": "{file}, colonne {column} : dates lues {order}, comme dans l'autre colonne de dates du fichier."},
    "{file}, column {column}: every progress value lies between 0 and 1; they are read as fractions "
    "(0.25 = 25 %).": {
        "nl": "{file}, kolom {column}: elke vooruitgang ligt tussen 0 en 1; ze worden als breuken gelezen "
              "(0,25 = 25 %).",
        "fr": "{file}, colonne {column} : chaque avancement est compris entre 0 et 1 ; ils sont lus comme des "
              "fractions (0,25 = 25 %)."},
    "{file}, column {column}: the dates can be read day first (31/12) or month first (12/31); say which order the "
    "file uses (--date-order dmy or --date-order mdy on the command line).": {
        "nl": "{file}, kolom {column}: de datums kunnen als dag eerst (31/12) of als maand eerst (12/31) gelezen "
              "worden; zeg welke volgorde het bestand gebruikt (--date-order dmy of --date-order mdy op de "
              "opdrachtregel).",
        "fr": "{file}, colonne {column} : les dates peuvent se lire jour d'abord (31/12) ou mois d'abord (12/31) ; "
              "indiquez l'ordre utilisé par le fichier (--date-order dmy ou --date-order mdy en ligne de "
              "commande)."},
    "{file}, column {column}: the dates contradict each other: day first in rows {day_rows}, month first in rows "
    "{month_rows}; write them in one order and import the file again.": {
        "nl": "{file}, kolom {column}: de datums spreken elkaar tegen: dag eerst in rijen {day_rows}, maand eerst "
              "in rijen {month_rows}; schrijf ze in één volgorde en importeer het bestand opnieuw.",
        "fr": "{file}, colonne {column} : les dates se contredisent : jour d'abord aux lignes {day_rows}, mois "
              "d'abord aux lignes {month_rows} ; écrivez-les dans un seul ordre et importez à nouveau le "
              "fichier."},
    "{file}, sheet {sheet}: cells after column {max_columns} were not read.": {
        "nl": "{file}, blad {sheet}: cellen na kolom {max_columns} zijn niet gelezen.",
        "fr": "{file}, feuille {sheet} : les cellules après la colonne {max_columns} n'ont pas été lues."},
    "{file}, sheet {sheet}: {cells:,} cells spread over {rows:,} rows and {columns} columns; delete the empty rows "
    "and columns around the data and import it again.": {
        "nl": "{file}, blad {sheet}: {cells:,} cellen verspreid over {rows:,} rijen en {columns} kolommen; "
              "verwijder de lege rijen en kolommen rond de gegevens en importeer het opnieuw.",
        "fr": "{file}, feuille {sheet} : {cells:,} cellules réparties sur {rows:,} lignes et {columns} colonnes ; "
              "supprimez les lignes et colonnes vides autour des données et importez-le à nouveau."},
    "{file}, sheet {sheet}: {formulas} formula cell(s) read as their last calculated value, never recalculated "
    "(a formula without one is read as its text).": {
        "nl": "{file}, blad {sheet}: {formulas} formulecel(len) gelezen als hun laatst berekende waarde, nooit "
              "herberekend (een formule zonder waarde wordt als tekst gelezen).",
        "fr": "{file}, feuille {sheet} : {formulas} cellule(s) à formule lue(s) à leur dernière valeur calculée, "
              "jamais recalculée (une formule sans valeur est lue comme texte)."},
    "{file}: the sheets' repeated cells expand to {count:,} cells; the file is refused as unsafe.": {
        "nl": "{file}: de herhaalde cellen van de bladen worden {count:,} cellen; het bestand wordt als onveilig "
              "geweigerd.",
        "fr": "{file} : les cellules répétées des feuilles donnent {count:,} cellules ; le fichier est refusé "
              "comme dangereux."},
    "{file}: column(s) not imported (they match no field): {columns}.": {
        "nl": "{file}: kolom(men) niet geïmporteerd (ze passen bij geen enkel veld): {columns}.",
        "fr": "{file} : colonne(s) non importée(s) (elles ne correspondent à aucun champ) : {columns}."},
    "{file}: every sheet of the workbook is hidden; show the sheet to import in Excel, or name it with --sheet.": {
        "nl": "{file}: elk blad van de werkmap is verborgen; maak het te importeren blad zichtbaar in Excel, of "
              "geef het op met --sheet.",
        "fr": "{file} : toutes les feuilles du classeur sont masquées ; affichez la feuille à importer dans "
              "Excel, ou nommez-la avec --sheet."},
    "{file}: hidden sheet(s) not read: {sheets}.": {
        "nl": "{file}: verborgen blad(en) niet gelezen: {sheets}.",
        "fr": "{file} : feuille(s) masquée(s) non lue(s) : {sheets}."},
    "{file}: no row can be imported; nothing was changed.": {
        "nl": "{file}: geen enkele rij kan geïmporteerd worden; er is niets gewijzigd.",
        "fr": "{file} : aucune ligne ne peut être importée ; rien n'a été modifié."},
    "{file}: not a readable CSV file (a quote is not closed, or a line is cut).": {
        "nl": "{file}: geen leesbaar CSV-bestand (een aanhalingsteken wordt niet gesloten, of een regel is "
              "afgebroken).",
        "fr": "{file} : pas un fichier CSV lisible (un guillemet n'est pas fermé, ou une ligne est coupée)."},
    "{file}: not an Excel or LibreOffice workbook.": {
        "nl": "{file}: geen Excel- of LibreOffice-werkmap.",
        "fr": "{file} : pas un classeur Excel ou LibreOffice."},
    "{file}: only .xlsx, .xlsm, .xls, .ods and .csv files can be imported.": {
        "nl": "{file}: alleen .xlsx-, .xlsm-, .xls-, .ods- en .csv-bestanden kunnen geïmporteerd worden.",
        "fr": "{file} : seuls les fichiers .xlsx, .xlsm, .xls, .ods et .csv peuvent être importés."},
    "{file}: sheet '{sheet}' read; the workbook's other sheets ({others}) are not (choose another one with "
    "--sheet NAME).": {
        "nl": "{file}: blad '{sheet}' gelezen; de andere bladen van de werkmap ({others}) niet (kies een ander "
              "met --sheet NAAM).",
        "fr": "{file} : feuille « {sheet} » lue ; les autres feuilles du classeur ({others}) ne le sont pas "
              "(choisissez-en une autre avec --sheet NOM)."},
    "{file}: sheet '{sheet}', header on row {row}.": {
        "nl": "{file}: blad '{sheet}', kopregel op rij {row}.",
        "fr": "{file} : feuille « {sheet} », en-tête sur la ligne {row}."},
    "{file}: sheet '{sheet}', header on rows {row} and {next} (combined per column).": {
        "nl": "{file}: blad '{sheet}', kopregel op rijen {row} en {next} (per kolom samengevoegd).",
        "fr": "{file} : feuille « {sheet} », en-tête sur les lignes {row} et {next} (combinées par colonne)."},
    "{file}: the file cannot be read; it is damaged or is not a spreadsheet.": {
        "nl": "{file}: het bestand kan niet gelezen worden; het is beschadigd of is geen rekenblad.",
        "fr": "{file} : le fichier ne peut pas être lu ; il est endommagé ou n'est pas un tableur."},
    "{file}: the workbook has several sheets ({sheets}); choose the one to import (--sheet NAME on the command "
    "line).": {
        "nl": "{file}: de werkmap heeft meerdere bladen ({sheets}); kies het te importeren blad (--sheet NAAM op "
              "de opdrachtregel).",
        "fr": "{file} : le classeur a plusieurs feuilles ({sheets}) ; choisissez celle à importer (--sheet NOM en "
              "ligne de commande)."},
    "{file}: the workbook is protected by a password; open it in Excel, remove the password (File > Info > Protect "
    "Workbook) and import it again.": {
        "nl": "{file}: de werkmap is met een wachtwoord beveiligd; open ze in Excel, verwijder het wachtwoord "
              "(Bestand > Info > Werkmap beveiligen) en importeer ze opnieuw.",
        "fr": "{file} : le classeur est protégé par un mot de passe ; ouvrez-le dans Excel, retirez le mot de "
              "passe (Fichier > Informations > Protéger le classeur) et importez-le à nouveau."},
    "{file}: there is no sheet '{sheet}'; its sheets are: {sheets}.": {
        "nl": "{file}: er is geen blad '{sheet}'; de bladen zijn: {sheets}.",
        "fr": "{file} : il n'y a pas de feuille « {sheet} » ; ses feuilles sont : {sheets}."},
    "{file}: this is Excel's lock file (Excel writes it while the workbook is open); choose the workbook itself.": {
        "nl": "{file}: dit is het vergrendelingsbestand van Excel (Excel schrijft het zolang de werkmap open is); "
              "kies de werkmap zelf.",
        "fr": "{file} : c'est le fichier de verrouillage d'Excel (Excel l'écrit tant que le classeur est ouvert) ; "
              "choisissez le classeur lui-même."},
    "{file}: {rows} row(s) have more than {max_columns} columns; the columns after {max_columns} were not read.": {
        "nl": "{file}: {rows} rij(en) hebben meer dan {max_columns} kolommen; de kolommen na {max_columns} zijn "
              "niet gelezen.",
        "fr": "{file} : {rows} ligne(s) ont plus de {max_columns} colonnes ; les colonnes après {max_columns} "
              "n'ont pas été lues."},
    "{file}: {suffix} files are not read; save it as .xlsx (Excel workbook) or .csv and import that.": {
        "nl": "{file}: {suffix}-bestanden worden niet gelezen; bewaar het als .xlsx (Excel-werkmap) of .csv en "
              "importeer dat.",
        "fr": "{file} : les fichiers {suffix} ne sont pas lus ; enregistrez-le en .xlsx (classeur Excel) ou en "
              ".csv et importez celui-là."},
    "{value} is a fraction while the column's other values are percentages; write it as a percentage "
    "(e.g. 30 or 30 %)": {
        "nl": "{value} is een breuk terwijl de andere waarden van de kolom percentages zijn; schrijf het als "
              "percentage (bv. 30 of 30 %)",
        "fr": "{value} est une fraction alors que les autres valeurs de la colonne sont des pourcentages ; "
              "écrivez-le en pourcentage (p. ex. 30 ou 30 %)"},
    "{value} is a percentage while the column's other values are fractions (0.25 = 25 %); write it as a "
    "fraction": {
        "nl": "{value} is een percentage terwijl de andere waarden van de kolom breuken zijn (0,25 = 25 %); "
              "schrijf het als breuk",
        "fr": "{value} est un pourcentage alors que les autres valeurs de la colonne sont des fractions "
              "(0,25 = 25 %) ; écrivez-le en fraction"},
    "… and {n} more errors.": {"nl": "… en nog {n} fouten.", "fr": "… et {n} autres erreurs."},
})

# ---- the strategy in the reader's language (issue 15) -------------------------------------------
CATALOGUE.update({
    "{file}: cannot be written ({reason}).": {
        "nl": "{file}: kan niet worden geschreven ({reason}).",
        "fr": "{file} : ne peut pas être écrit ({reason})."},
    "{file}: {n} text(s) named, {changed} with a new wording, {same} with the same wording; "
    "{skipped} row(s) without French left aside.": {
        "nl": "{file}: {n} tekst(en) genoemd, {changed} met een nieuwe formulering, {same} met dezelfde "
              "formulering; {skipped} rij(en) zonder Frans niet meegenomen.",
        "fr": "{file} : {n} texte(s) désigné(s), {changed} avec une nouvelle formulation, {same} avec la même "
              "formulation ; {skipped} ligne(s) sans français laissée(s) de côté."},
    "{file}: not an Excel workbook (.xlsx) that can be read.": {
        "nl": "{file}: geen leesbare Excel-werkmap (.xlsx).",
        "fr": "{file} : pas un classeur Excel (.xlsx) lisible."},
    "{file}: the first row names no column {columns}; is this a workbook written by "
    "'g4b strategy texts export'?": {
        "nl": "{file}: de eerste rij noemt geen kolom {columns}; is dit een werkmap geschreven door "
              "'g4b strategy texts export'?",
        "fr": "{file} : la première ligne ne nomme aucune colonne {columns} ; ce classeur a-t-il été écrit par "
              "« g4b strategy texts export » ?"},
    "{file}, row {row}: unknown kind '{kind}'; nothing was loaded.": {
        "nl": "{file}, rij {row}: onbekende soort '{kind}'; er werd niets geladen.",
        "fr": "{file}, ligne {row} : type inconnu « {kind} » ; rien n'a été chargé."},
    "{file}, row {row}: {kind} has no field '{field}'; nothing was loaded.": {
        "nl": "{file}, rij {row}: {kind} heeft geen veld '{field}'; er werd niets geladen.",
        "fr": "{file}, ligne {row} : {kind} n'a pas de champ « {field} » ; rien n'a été chargé."},
    "{file}, row {row}: unknown code '{code}' ({kind}); nothing was loaded.": {
        "nl": "{file}, rij {row}: onbekende code '{code}' ({kind}); er werd niets geladen.",
        "fr": "{file}, ligne {row} : code inconnu « {code} » ({kind}) ; rien n'a été chargé."},
    "{file}, row {row}: no {kind} reads '{text}' in Dutch; nothing was loaded.": {
        "nl": "{file}, rij {row}: geen {kind} luidt '{text}' in het Nederlands; er werd niets geladen.",
        "fr": "{file}, ligne {row} : aucun {kind} ne se lit « {text} » en néerlandais ; rien n'a été chargé."},
    "{file}, row {row}: the same text as row {other}; nothing was loaded.": {
        "nl": "{file}, rij {row}: dezelfde tekst als rij {other}; er werd niets geladen.",
        "fr": "{file}, ligne {row} : le même texte que la ligne {other} ; rien n'a été chargé."},
    "Unknown provenance '{origin}' (official or edited).": {
        "nl": "Onbekende herkomst '{origin}' (official of edited).",
        "fr": "Provenance inconnue « {origin} » (official ou edited)."},
    "{file}: no row holds a French text; nothing was loaded.": {
        "nl": "{file}: geen enkele rij bevat een Franse tekst; er werd niets geladen.",
        "fr": "{file} : aucune ligne ne contient de texte français ; rien n'a été chargé."},
    "Load strategy texts from {file} ({origin})": {
        "nl": "Strategieteksten laden uit {file} ({origin})",
        "fr": "Charger des textes de la stratégie depuis {file} ({origin})"},
    "Give the words to search for.": {
        "nl": "Geef de woorden om naar te zoeken.", "fr": "Indiquez les mots à rechercher."},
    "--limit must be 1 or more.": {"nl": "--limit moet 1 of meer zijn.", "fr": "--limit doit valoir 1 ou plus."},
    "Nothing found for '{text}'.": {"nl": "Niets gevonden voor '{text}'.", "fr": "Rien trouvé pour « {text} »."},
    "(The strategy has no English version: its texts are shown in Dutch.)": {
        "nl": "(De strategie heeft geen Engelse versie: de teksten worden in het Nederlands getoond.)",
        "fr": "(La stratégie n'a pas de version anglaise : ses textes sont affichés en néerlandais.)"},
    "Wrote {path}: {n} texts.": {"nl": "{path} geschreven: {n} teksten.", "fr": "{path} écrit : {n} textes."},
    "row {row}: {name}: '{old}' -> '{new}'": {
        "nl": "rij {row}: {name}: '{old}' -> '{new}'", "fr": "ligne {row} : {name} : « {old} » -> « {new} »"},
    "{summary} (would load).": {"nl": "{summary} (zou laden).", "fr": "{summary} (serait chargé)."},
    "{summary} (loaded).": {"nl": "{summary} (geladen).", "fr": "{summary} (chargé)."},
    "The title in the other language needs its language (nl or fr).": {
        "nl": "De titel in de andere taal heeft zijn taal nodig (nl of fr).",
        "fr": "Le titre dans l'autre langue doit préciser sa langue (nl ou fr)."},
    "There is no commitment {code}.": {"nl": "Er is geen engagement {code}.", "fr": "Il n'y a pas d'engagement {code}."},
    "{code}: title in {language} set.": {"nl": "{code}: titel in het {language} ingesteld.",
                                        "fr": "{code} : titre en {language} enregistré."},
    "{code}: title in the other language removed.": {"nl": "{code}: titel in de andere taal verwijderd.",
                                                     "fr": "{code} : titre dans l'autre langue supprimé."},
})

TERMS["FIELD"].update({
    "title_alt": {"nl": "titel in de andere taal", "fr": "titre dans l'autre langue", "en": "title in the other language"},
    "title_alt_lang": {"nl": "taal van de titel in de andere taal", "fr": "langue du titre dans l'autre langue",
                       "en": "language of the title in the other language"},
})

# reliability #17: received files, other writers, ordinary file errors
CATALOGUE.update({
    "{path}: the file could not be used ({reason}).": {
        "nl": "{path}: het bestand kon niet gebruikt worden ({reason}).",
        "fr": "{path} : le fichier n'a pas pu être utilisé ({reason})."},
    "{path}: another program kept the database busy for more than {seconds} seconds; nothing was changed. "
    "Try again when it is done.": {
        "nl": "{path}: een ander programma hield de databank langer dan {seconds} seconden bezet; er werd niets "
              "gewijzigd. Probeer opnieuw wanneer het klaar is.",
        "fr": "{path} : un autre programme a occupé la base de données plus de {seconds} secondes ; rien n'a été "
              "modifié. Réessayez quand il aura terminé."},
    "The disk is full: {path} could not be written; nothing was changed. Free some space and try again.": {
        "nl": "De schijf is vol: {path} kon niet geschreven worden; er werd niets gewijzigd. Maak ruimte vrij en "
              "probeer opnieuw.",
        "fr": "Le disque est plein : {path} n'a pas pu être écrit ; rien n'a été modifié. Libérez de l'espace et "
              "réessayez."},
    "{path}: the database cannot be opened (its folder cannot be read or written).": {
        "nl": "{path}: de databank kan niet geopend worden (de map kan niet gelezen of beschreven worden).",
        "fr": "{path} : la base de données ne peut pas être ouverte (son dossier ne peut pas être lu ou écrit)."},
    "{path}: reading the database took longer than {seconds} seconds and was stopped; the file may be damaged "
    "or made to slow the program down. Nothing was changed.": {
        "nl": "{path}: het lezen van de databank duurde langer dan {seconds} seconden en werd gestopt; het bestand "
              "is misschien beschadigd of gemaakt om het programma te vertragen. Er werd niets gewijzigd.",
        "fr": "{path} : la lecture de la base de données a duré plus de {seconds} secondes et a été arrêtée ; le "
              "fichier est peut-être endommagé ou conçu pour ralentir le programme. Rien n'a été modifié."},
    "{path}: the database holds a value longer than this program accepts ({detail}).": {
        "nl": "{path}: de databank bevat een waarde die langer is dan dit programma aanvaardt ({detail}).",
        "fr": "{path} : la base de données contient une valeur plus longue que ce que ce programme accepte "
              "({detail})."},
    "{path}: the database file is damaged (SQLite: {detail}). Check it with: g4b check --db {path}": {
        "nl": "{path}: het databankbestand is beschadigd (SQLite: {detail}). Controleer het met: "
              "g4b check --db {path}",
        "fr": "{path} : le fichier de la base de données est endommagé (SQLite : {detail}). Vérifiez-le avec : "
              "g4b check --db {path}"},
    "{path}: the creation of this database was interrupted and it holds no strategy; nothing was changed. "
    "Build it again with: g4b init --db {path}": {
        "nl": "{path}: het aanmaken van deze databank werd onderbroken en ze bevat geen strategie; er werd niets "
              "gewijzigd. Maak ze opnieuw aan met: g4b init --db {path}",
        "fr": "{path} : la création de cette base de données a été interrompue et elle ne contient pas la "
              "stratégie ; rien n'a été modifié. Recréez-la avec : g4b init --db {path}"},
    "{path}: the file cannot be written or read: it is open in another program, read-only, or in a folder you "
    "may not write to. Nothing was written.": {
        "nl": "{path}: het bestand kan niet geschreven of gelezen worden: het is open in een ander programma, "
              "alleen-lezen, of staat in een map waarin u niet mag schrijven. Er werd niets geschreven.",
        "fr": "{path} : le fichier ne peut pas être écrit ou lu : il est ouvert dans un autre programme, en "
              "lecture seule, ou dans un dossier où vous ne pouvez pas écrire. Rien n'a été écrit."},
    "{path}: the disk or folder is read-only; nothing was written.": {
        "nl": "{path}: de schijf of map is alleen-lezen; er werd niets geschreven.",
        "fr": "{path} : le disque ou le dossier est en lecture seule ; rien n'a été écrit."},
    "The path is too long for the system ({length} characters): {path}. Choose a shorter name or folder.": {
        "nl": "Het pad is te lang voor het systeem ({length} tekens): {path}. Kies een kortere naam of map.",
        "fr": "Le chemin est trop long pour le système ({length} caractères) : {path}. Choisissez un nom ou un "
              "dossier plus court."},
    "{path}: no such file or folder.": {
        "nl": "{path}: dat bestand of die map bestaat niet.",
        "fr": "{path} : ce fichier ou ce dossier n'existe pas."},
    "{path}: this is a folder, not a file.": {
        "nl": "{path}: dit is een map, geen bestand.",
        "fr": "{path} : ceci est un dossier, pas un fichier."},
    "{backup}: this is a backup of another database, not of {path}; nothing was changed. To put it in its "
    "place all the same, add --force.": {
        "nl": "{backup}: dit is een reservekopie van een andere databank, niet van {path}; er werd niets "
              "gewijzigd. Voeg --force toe om ze toch in de plaats te zetten.",
        "fr": "{backup} : ceci est une copie de sauvegarde d'une autre base de données, pas de {path} ; rien n'a "
              "été modifié. Pour la mettre quand même à sa place, ajoutez --force."},
    "{path}: this is a folder, not a database file.": {
        "nl": "{path}: dit is een map, geen databankbestand.",
        "fr": "{path} : ceci est un dossier, pas un fichier de base de données."},
    "{path}: a SQLite database of another program (it holds {count} tables that are not Go4Brussels records), "
    "not a Go4Brussels database; it was not changed.": {
        "nl": "{path}: een SQLite-databank van een ander programma (met {count} tabellen die geen Go4Brussels-"
              "gegevens zijn), geen Go4Brussels-databank; ze werd niet gewijzigd.",
        "fr": "{path} : une base SQLite d'un autre programme (elle contient {count} tables qui ne sont pas des "
              "données Go4Brussels), pas une base Go4Brussels ; elle n'a pas été modifiée."},
    "{path}: the structure of this database is not the one Go4Brussels Desktop writes ({differences}); it may "
    "have been tampered with. It was not opened and not changed.": {
        "nl": "{path}: de structuur van deze databank is niet die welke Go4Brussels Desktop schrijft "
              "({differences}); er werd mogelijk mee geknoeid. Ze werd niet geopend en niet gewijzigd.",
        "fr": "{path} : la structure de cette base de données n'est pas celle qu'écrit Go4Brussels Desktop "
              "({differences}) ; elle a peut-être été falsifiée. Elle n'a été ni ouverte ni modifiée."},
    "{path}: the file is damaged and cannot be read (SQLite: {detail}).": {
        "nl": "{path}: het bestand is beschadigd en kan niet gelezen worden (SQLite: {detail}).",
        "fr": "{path} : le fichier est endommagé et ne peut pas être lu (SQLite : {detail})."},
    "{path}: the file is empty (0 bytes); it is not a Go4Brussels database yet. Create one there with: "
    "g4b init --db {path}": {
        "nl": "{path}: het bestand is leeg (0 bytes); het is nog geen Go4Brussels-databank. Maak er een aan met: "
              "g4b init --db {path}",
        "fr": "{path} : le fichier est vide (0 octet) ; ce n'est pas encore une base Go4Brussels. Créez-en une "
              "avec : g4b init --db {path}"},
    "{path}: the database is open in Go4Brussels Desktop (or another g4b command is writing it); nothing was "
    "changed. Close it there first, or add --wait to wait for it.": {
        "nl": "{path}: de databank is open in Go4Brussels Desktop (of een ander g4b-commando schrijft erin); er "
              "werd niets gewijzigd. Sluit ze daar eerst, of voeg --wait toe om te wachten.",
        "fr": "{path} : la base de données est ouverte dans Go4Brussels Desktop (ou une autre commande g4b "
              "l'écrit) ; rien n'a été modifié. Fermez-la d'abord, ou ajoutez --wait pour attendre."},
    "{path}: the file is an empty SQLite database, not a Go4Brussels database yet. Create one there with: "
    "g4b init --db {path}": {
        "nl": "{path}: het bestand is een lege SQLite-databank, nog geen Go4Brussels-databank. Maak er een aan "
              "met: g4b init --db {path}",
        "fr": "{path} : le fichier est une base SQLite vide, pas encore une base Go4Brussels. Créez-en une "
              "avec : g4b init --db {path}"},
    "{path}: the database is open in Go4Brussels Desktop or another g4b command; waiting up to {seconds} "
    "seconds for it to be closed…": {
        "nl": "{path}: de databank is open in Go4Brussels Desktop of een ander g4b-commando; er wordt tot "
              "{seconds} seconden gewacht tot ze gesloten wordt…",
        "fr": "{path} : la base de données est ouverte dans Go4Brussels Desktop ou une autre commande g4b ; "
              "attente jusqu'à {seconds} secondes qu'elle soit fermée…"},
})
CATALOGUE.update({
    "text direction controls left out (they can make a text read as another)": {
        "nl": "tekens voor de schrijfrichting weggelaten (ze kunnen een tekst anders doen lezen)",
        "fr": "caractères de sens d'écriture retirés (ils peuvent faire lire un texte pour un autre)"},
})
CATALOGUE.update({
    "read-only: the file or its folder cannot be written; it can be read, not changed.": {
        "nl": "alleen-lezen: het bestand of de map kan niet beschreven worden; het kan gelezen, niet gewijzigd worden.",
        "fr": "lecture seule : le fichier ou son dossier ne peut pas être écrit ; il peut être lu, pas modifié."},
})
# Invitations as meeting requests, cancelled meetings (issue 18).
CATALOGUE.update({
    "Wrote {what} for the meeting of {date} (objective {objective}) to {target}.": {
        "nl": "{what} voor de vergadering van {date} (doelstelling {objective}) staat in {target}.",
        "fr": "{what} pour la réunion du {date} (objectif {objective}) est écrit(e) dans {target}."},
    "a meeting request to {count} invitee(s)": {
        "nl": "Een vergaderverzoek aan {count} genodigde(n)", "fr": "Une demande de réunion à {count} invité(s)"},
    "the cancellation, for {count} invitee(s)": {
        "nl": "De annulering, voor {count} genodigde(n)", "fr": "L'annulation, pour {count} invité(s)"},
    "an appointment (no organiser e-mail: set one in the preferences or with --organiser-email to invite people)": {
        "nl": "Een afspraak (geen e-mail van de organisator: stel er een in bij de voorkeuren of met "
              "--organiser-email om mensen uit te nodigen)",
        "fr": "Un rendez-vous (pas d'e-mail d'organisateur : indiquez-en un dans les préférences ou avec "
              "--organiser-email pour inviter des personnes)"},
    "Not invited, no valid e-mail: {names}.": {
        "nl": "Niet uitgenodigd, geen geldig e-mailadres: {names}.",
        "fr": "Pas invités, sans adresse e-mail valide : {names}."},
    "organiser: '{email}' is not an e-mail address (like name@example.brussels).": {
        "nl": "organisator: '{email}' is geen e-mailadres (zoals naam@voorbeeld.brussels).",
        "fr": "organisateur : « {email} » n'est pas une adresse e-mail (comme nom@exemple.brussels)."},
    "The meeting is cancelled; write its invitation again (g4b invitation) to cancel it in the invitees' calendars.": {
        "nl": "De vergadering is geannuleerd; schrijf de uitnodiging opnieuw (g4b invitation) om ze in de agenda's "
              "van de genodigden te annuleren.",
        "fr": "La réunion est annulée ; écrivez à nouveau son invitation (g4b invitation) pour l'annuler dans les "
              "agendas des invités."},
    "The {meeting} was held; only a planned meeting can be cancelled.": {
        "nl": "De {meeting} is gehouden; alleen een geplande vergadering kan worden geannuleerd.",
        "fr": "La {meeting} a eu lieu ; seule une réunion planifiée peut être annulée."},
    "The {meeting} is cancelled already.": {
        "nl": "De {meeting} is al geannuleerd.", "fr": "La {meeting} est déjà annulée."},
    "Cancel the {meeting}": {"nl": "De {meeting} annuleren", "fr": "Annuler la {meeting}"},
    "cancelled": {"nl": "Geannuleerd", "fr": "Annulée"},
    "Wrote {target}: the progress note of objective {code}, {pages} pages.": {
        "nl": "{target} geschreven: de voortgangsnota van doelstelling {code}, {pages} pagina's.",
        "fr": "{target} écrit : la note de progrès de l'objectif {code}, {pages} pages."},
    "Wrote {target}: the progress note of the whole strategy, {pages} pages.": {
        "nl": "{target} geschreven: de voortgangsnota van de hele strategie, {pages} pagina's.",
        "fr": "{target} écrit : la note de progrès de toute la stratégie, {pages} pages."},
})
