<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/application.py" line="+151"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Changes made to this database by another program were loaded.</source>
        <translation>Les modifications faites dans cette base de données par un autre programme ont été chargées.</translation>
    </message>
</context>
<context>
    <name>CommitmentDelegate</name>
    <message>
        <source>no date</source>
        <translation type="vanished">pas de date</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../g4b_desktop/ui/commitments/commitment_form.py" line="+34"/>
        <source>Commitment {code}</source>
        <translation>Engagement {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New commitment in worksite {code}</source>
        <translation>Nouvel engagement dans le chantier {code}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Progress (0–100)</source>
        <translation>&amp;Avancement (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lead organisation</source>
        <translation>Organisation &amp;responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>L&apos;avancement est un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {format}.</source>
        <translation type="vanished">« {text} » n&apos;est pas une date ; tapez-la sous la forme {format}.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Dutch</source>
        <translation>en néerlandais</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title in the &amp;other language</source>
        <translation>Titre dans l&apos;&amp;autre langue</translation>
    </message>
</context>
<context>
    <name>CommitmentModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/commitment_model.py" line="+64"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead organisation</source>
        <translation>Organisation responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/commitment_table.py" line="+57"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/commitments/commitments_view.py" line="+32"/>
        <source>Words in code, title, description, notes or lead</source>
        <translation>Mots du code, titre, description, remarques ou responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this year</source>
        <translation>Échéance cette année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Worksite</source>
        <translation>&amp;Chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Health</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead organisation</source>
        <translation>Organisation &amp;responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fi&amp;nd</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show in its worksite</source>
        <translation>&amp;Afficher dans son chantier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Modifier dans un formulaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete commitment</source>
        <translation>Supprimer l&apos;engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Modifier dans un formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in its worksite</source>
        <translation>Afficher dans son chantier</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{n} commitments</source>
        <translation>{n} engagements</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/date_edit.py" line="+92"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date (Delete)</source>
        <translation>Pas de date (Suppr)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No time (Delete)</source>
        <translation>Pas d&apos;heure (Suppr)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>title</source>
        <translation type="vanished">titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation type="vanished">description</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="vanished">statut</translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="vanished">avancement</translation>
    </message>
    <message>
        <source>health</source>
        <translation type="vanished">état</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation type="vanished">organisation responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="vanished">échéance</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">remarques</translation>
    </message>
    <message>
        <source>{field} change of {code}</source>
        <translation type="vanished">modification de {field} de {code}</translation>
    </message>
    <message>
        <source>edit of {code}</source>
        <translation type="vanished">modification de {code}</translation>
    </message>
    <message>
        <source>new commitment in {code}</source>
        <translation type="vanished">nouvel engagement dans {code}</translation>
    </message>
    <message>
        <source>deletion of {code}</source>
        <translation type="vanished">suppression de {code}</translation>
    </message>
    <message>
        <source>deletion of {n} commitments</source>
        <translation type="vanished">suppression de {n} engagements</translation>
    </message>
    <message>
        <source>edit of {name}</source>
        <translation type="vanished">modification de {name}</translation>
    </message>
    <message>
        <source>title in the other language</source>
        <translation type="vanished">titre dans l&apos;autre langue</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/file_actions.py" line="+31"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Bases de données Go4Brussels (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other databases</source>
        <translation>Aucune autre base de données</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Loading the strategy…</source>
        <translation>Chargement de la stratégie…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy cancelled; no file was made.</source>
        <translation>Copie annulée ; aucun fichier n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy was saved as {file}.</source>
        <translation>Une copie a été enregistrée sous {file}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/history_panel.py" line="+27"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead organisation</source>
        <translation>organisation responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worksite</source>
        <translation>chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steering bodies</source>
        <translation>instances pilotes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general objectives</source>
        <translation>objectifs généraux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on the source</source>
        <translation>remarques sur la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type</source>
        <translation>type de priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type (as printed)</source>
        <translation>type de priorité (tel qu&apos;imprimé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status relative to the Strategy 2025</source>
        <translation>statut par rapport à la Stratégie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{field} (French)</source>
        <translation>{field} (français)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name as printed</source>
        <translation>nom tel qu&apos;imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title in the other language</source>
        <translation>titre dans l&apos;autre langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the title in the other language</source>
        <translation>langue du titre dans l&apos;autre langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin of the text</source>
        <translation>provenance du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key in the strategy</source>
        <translation>clé dans la stratégie</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="+149"/>
        <location line="+10"/>
        <location line="+18"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Show &amp;older changes</source>
        <translation>Afficher les modifications plus &amp;anciennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the next {count} older changes of this record</source>
        <translation>Afficher les {count} modifications précédentes de cette donnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/home_view.py" line="+136"/>
        <source>Status per objective</source>
        <translation>Statut par objectif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation</source>
        <translation>Organisation responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments per objective</source>
        <translation>Engagements par objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently changed</source>
        <translation>Modifié récemment</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="+95"/>
        <source>Who sends this?</source>
        <translation>Qui envoie ceci ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who writes this?</source>
        <translation>Qui rédige ceci ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitations with an organiser&apos;s e-mail are meeting requests: each invitee with an e-mail can accept or decline. Asked once; change it in Preferences.</source>
        <translation>Les invitations avec l&apos;e-mail d&apos;un organisateur sont des demandes de réunion : chaque invité ayant un e-mail peut accepter ou refuser. Demandé une seule fois ; modifiable dans Préférences.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is written into the PDFs as their author (without one they say &apos;Go4Brussels Desktop&apos;). Asked once; change it in Preferences.</source>
        <translation>Votre nom est inscrit comme auteur des PDF (sans nom, ils indiquent « Go4Brussels Desktop »). Demandé une seule fois ; modifiable dans Préférences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariat@exemple.brussels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>value of {code} in {year}</source>
        <translation type="vanished">valeur de {code} en {year}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="+191"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yearly values and targets</source>
        <translation>Valeurs annuelles et cibles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;year…</source>
        <translation>Ajouter une &amp;année…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete year</source>
        <translation>&amp;Supprimer l&apos;année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Serves this objective</source>
        <translation>&amp;Sert cet objectif</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose an indicator.</source>
        <translation>Choisissez un indicateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit: {unit} · Source: {source}</source>
        <translation>Unité : {unit} · Source : {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serves the objectives: {links}</source>
        <translation>Sert les objectifs : {links}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year {year} is there already.</source>
        <translation>L&apos;année {year} existe déjà.</translation>
    </message>
    <message>
        <source>new year {year}</source>
        <translation type="vanished">nouvelle année {year}</translation>
    </message>
    <message>
        <source>deletion of the year {year}</source>
        <translation type="vanished">suppression de l&apos;année {year}</translation>
    </message>
    <message>
        <source>link to objective {code}</source>
        <translation type="vanished">lien vers l&apos;objectif {code}</translation>
    </message>
    <message>
        <source>removal of an objective link</source>
        <translation type="vanished">suppression d&apos;un lien avec un objectif</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/jobs.py" line="+98"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LoadTextsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+29"/>
        <source>Load strategy texts</source>
        <translation>Charger des textes de la stratégie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French now</source>
        <translation>Français actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French loaded</source>
        <translation>Français chargé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Official text</source>
        <translation>Texte officiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected (edited) text</source>
        <translation>Texte corrigé (modifié)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loaded texts are</source>
        <translation>Les textes chargés sont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Load strategy texts from {file}</source>
        <translation type="vanished">Charger des textes de la stratégie depuis {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/main_window.py" line="+71"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Go4Brussels Desktop</source>
        <translation>À &amp;propos de Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{undo_or_redo}: {action}</source>
        <translation>{undo_or_redo} : {action}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Something unexpected went wrong: {error}
A report was written to {file}.</source>
        <translation>Une erreur inattendue s&apos;est produite : {error}
Un rapport a été écrit dans {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>L&apos;avancement est un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date is not a date.</source>
        <translation>L&apos;échéance n&apos;est pas une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year is not a year from 1900 to 2100.</source>
        <translation>L&apos;année n&apos;est pas comprise entre 1900 et 2100.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record can no longer be shown.</source>
        <translation>Cette donnée ne peut plus être affichée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About Go4Brussels Desktop</source>
        <translation>À propos de Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels Desktop {version}
The records of the steering committees of the strategy Go4Brussels 2030.
Database: {file}</source>
        <translation>Go4Brussels Desktop {version}
Les données des comités de pilotage de la stratégie Go4Brussels 2030.
Base de données : {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} · changes recorded as {author}</source>
        <translation>{file} · modifications enregistrées au nom de {author}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} — Go4Brussels Desktop</source>
        <translation>{file} — Go4Brussels Desktop</translation>
    </message>
</context>
<context>
    <name>ObjectivePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/objective_page.py" line="+41"/>
        <source>Worksites of the objective</source>
        <translation>Chantiers de l&apos;objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit &amp;objective…</source>
        <translation>Modifier l&apos;&amp;objectif…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Objective {code}  {title}</source>
        <translation>Objectif {code}  {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General objectives</source>
        <translation>Objectifs généraux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Remarques sur le document source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status relative to the Strategy 2025</source>
        <translation>Statut par rapport à la Stratégie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type</source>
        <translation>Type de priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiating minister(s)</source>
        <translation>Ministre(s) initiateur(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated minister(s)</source>
        <translation>Ministre(s) associé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(steering committee)</source>
        <translation>(comité de pilotage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../g4b_desktop/ui/operations/conflicts.py" line="+18"/>
        <source>The form shows the current values again; also not saved: {values}.</source>
        <translation>Le formulaire montre à nouveau les valeurs actuelles ; pas enregistré non plus : {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form shows the current values again.</source>
        <translation>Le formulaire montre à nouveau les valeurs actuelles.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../g4b_desktop/ui/partners/partners_view.py" line="+52"/>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Leads</source>
        <translation>Responsable de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a duplicate into this one…</source>
        <translation>&amp;Fusionner un doublon dans celle-ci…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memberships</source>
        <translation>Participations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to an objective…</source>
        <translation>&amp;Ajouter à un objectif…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from objective</source>
        <translation>&amp;Retirer de l&apos;objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes part in</source>
        <translation>Participe à</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>S&amp;hort name</source>
        <translation>Nom &amp;court</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Function</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>« {text} » n&apos;est pas une adresse e-mail ; tapez-la comme nom@exemple.be.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Name of the new organisation:</source>
        <translation>Nom de la nouvelle organisation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new contact:</source>
        <translation>Nom du nouveau contact :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>new organisation {name}</source>
        <translation type="vanished">nouvelle organisation {name}</translation>
    </message>
    <message>
        <source>new contact {name}</source>
        <translation type="vanished">nouveau contact {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation type="vanished">suppression de {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge a duplicate</source>
        <translation>Fusionner un doublon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate is removed; its memberships, contacts and led commitments move to “{name}”.</source>
        <translation>Le doublon est supprimé ; ses participations, contacts et engagements passent à « {name} ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duplicate is removed; its memberships, meeting attendance and actions move to “{name}”.</source>
        <translation>Le doublon est supprimé ; ses participations, présences aux réunions et points d&apos;action passent à « {name} ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Doublon</translation>
    </message>
    <message>
        <source>merge of {duplicate} into {name}</source>
        <translation type="vanished">fusion de {duplicate} dans {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to an objective</source>
        <translation>Ajouter à un objectif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>membership of {name} in {code}</source>
        <translation type="vanished">participation de {name} à {code}</translation>
    </message>
    <message>
        <source>removal of {name} from {code}</source>
        <translation type="vanished">retrait de {name} de {code}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="-100"/>
        <source>&apos;{email}&apos; is not an e-mail address (like name@example.brussels).</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail (comme nom@exemple.brussels).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location line="+10"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariat@exemple.brussels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name (recorded with each change, author of the PDFs)</source>
        <translation>&amp;Votre nom (enregistré avec chaque modification, auteur des PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser of invitations</source>
        <translation>&amp;Organisateur des invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s &amp;e-mail (makes invitations meeting requests)</source>
        <translation>&amp;E-mail de l&apos;organisateur (fait des invitations des demandes de réunion)</translation>
    </message>
    <message>
        <source>&amp;Your name (recorded with each change)</source>
        <translation type="vanished">&amp;Votre nom (enregistré avec chaque modification)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/record_form.py" line="+17"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General objectives</source>
        <translation>Objectifs &amp;généraux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status relative to the Strategy 2025</source>
        <translation>&amp;Statut par rapport à la Stratégie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority type</source>
        <translation>Type de &amp;priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type as &amp;printed</source>
        <translation>Type de priorité tel qu&apos;&amp;imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steering bodies</source>
        <translation>&amp;Instances pilotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes on the source document</source>
        <translation>&amp;Remarques sur le document source</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Objective {code}</source>
        <translation>Objectif {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worksite {code}</source>
        <translation>Chantier {code}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Texts in French; the Dutch text of the document is not changed.</source>
        <translation>Textes en français ; le texte néerlandais du document n&apos;est pas modifié.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/search_box.py" line="+21"/>
        <source>Search titles, descriptions, notes, organisations…</source>
        <translation>Rechercher dans les titres, descriptions, remarques, organisations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Rien trouvé pour « {text} ».</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-197"/>
        <source>Chart of the yearly values</source>
        <translation>Graphique des valeurs annuelles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No values yet</source>
        <translation>Pas encore de valeurs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>● value   ○ target</source>
        <translation>● valeur   ○ cible</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/home_view.py" line="-176"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
</context>
<context>
    <name>StrategyTextsActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+30"/>
        <source>Export strategy texts…</source>
        <translation>Exporter les textes de la stratégie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load strategy texts…</source>
        <translation>Charger des textes de la stratégie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export strategy texts</source>
        <translation>Exporter les textes de la stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy-texts.xlsx</source>
        <translation>textes-strategie.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Wrote {file}: {count} texts.</source>
        <translation>{file} écrit : {count} textes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load strategy texts</source>
        <translation>Charger des textes de la stratégie</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_view.py" line="+41"/>
        <source>Strategy tree</source>
        <translation>Arborescence de la stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an objective or a worksite in the tree.</source>
        <translation>Choisissez un objectif ou un chantier dans l&apos;arborescence.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show closed ones</source>
        <translation>Afficher les clôturés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed objectives and worksites</source>
        <translation>Afficher les objectifs et chantiers clôturés</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{title} (closed)</source>
        <translation>{title} (clôturé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{realised} of {total} commitments realised; average progress {progress}</source>
        <translation>{realised} engagements sur {total} réalisés ; avancement moyen {progress}</translation>
    </message>
</context>
<context>
    <name>TranslationMark</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/heading.py" line="+71"/>
        <source>The strategy has no English version: its texts are shown in Dutch, as printed in the document</source>
        <translation>La stratégie n&apos;a pas de version anglaise : ses textes sont affichés en néerlandais, tels qu&apos;imprimés dans le document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working translation, not the official text</source>
        <translation>Traduction de travail, pas le texte officiel</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/trash_view.py" line="+34"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location line="-11"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Membership</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator value</source>
        <translation>Valeur d&apos;indicateur</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted records stay here; restoring one brings back what was deleted with it.</source>
        <translation>Les données supprimées restent ici ; les restaurer ramène aussi ce qui a été supprimé avec elles.</translation>
    </message>
    <message>
        <source>restore of {what}</source>
        <translation type="vanished">restauration de {what}</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-129"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>As printed in the source: {text}</source>
        <translation>Tel qu&apos;imprimé dans la source : {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>WorksitePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/worksite_page.py" line="+48"/>
        <source>&amp;New commitment</source>
        <translation>&amp;Nouvel engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Modifier dans un formulaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete commitment</source>
        <translation>Supprimer l&apos;engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Modifier dans un formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit &amp;worksite…</source>
        <translation>Modifier le &amp;chantier…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steering bodies</source>
        <translation>Instances pilotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refers to</source>
        <translation>Renvoie à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>Cité par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Remarques sur le document source</translation>
    </message>
</context>
</TS>
