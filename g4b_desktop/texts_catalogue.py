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
}
