<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>Wijzigingen die een ander programma in deze databank maakte, werden geladen.</translation>
    </message>
</context>
<context>
    <name>CommitmentDelegate</name>
    <message>
        <source>no date</source>
        <translation type="vanished">geen datum</translation>
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
        <translation>Nieuw engagement in beleidswerf {code}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Progress (0–100)</source>
        <translation>&amp;Voortgang (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>&amp;Toestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Trekkende organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date</source>
        <translation>&amp;Streefdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>De voortgang is een geheel getal van 0 tot 100.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {format}.</source>
        <translation type="vanished">“{text}” is geen datum; typ hem als {format}.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>in French</source>
        <translation>in het Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Dutch</source>
        <translation>in het Nederlands</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title in the &amp;other language</source>
        <translation>Titel in de &amp;andere taal</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead organisation</source>
        <translation>Trekkende organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Beleidswerf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/commitment_table.py" line="+57"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../g4b_desktop/ui/commitments/commitments_view.py" line="+32"/>
        <source>Words in code, title, description, notes or lead</source>
        <translation>Woorden in code, titel, beschrijving, opmerkingen of trekker</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+70"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Any</source>
        <translation>Om het even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this year</source>
        <translation>Dit jaar te realiseren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Objective</source>
        <translation>&amp;Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Worksite</source>
        <translation>&amp;Beleidswerf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Health</source>
        <translation>&amp;Toestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lead organisation</source>
        <translation>&amp;Trekkende organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue</source>
        <translation>&amp;Termijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fi&amp;nd</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show in its worksite</source>
        <translation>&amp;Tonen in de beleidswerf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Bewerken in een formulier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete commitment</source>
        <translation>Engagement verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Bewerken in een formulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in its worksite</source>
        <translation>Tonen in de beleidswerf</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{n} commitments</source>
        <translation>{n} engagementen</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/date_edit.py" line="+92"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date (Delete)</source>
        <translation>Geen datum (Delete)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No time (Delete)</source>
        <translation>Geen uur (Delete)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>title</source>
        <translation type="vanished">titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation type="vanished">beschrijving</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="vanished">status</translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="vanished">voortgang</translation>
    </message>
    <message>
        <source>health</source>
        <translation type="vanished">toestand</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation type="vanished">trekkende organisatie</translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="vanished">streefdatum</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">opmerkingen</translation>
    </message>
    <message>
        <source>{field} change of {code}</source>
        <translation type="vanished">wijziging van {field} van {code}</translation>
    </message>
    <message>
        <source>edit of {code}</source>
        <translation type="vanished">bewerking van {code}</translation>
    </message>
    <message>
        <source>new commitment in {code}</source>
        <translation type="vanished">nieuw engagement in {code}</translation>
    </message>
    <message>
        <source>deletion of {code}</source>
        <translation type="vanished">verwijdering van {code}</translation>
    </message>
    <message>
        <source>deletion of {n} commitments</source>
        <translation type="vanished">verwijdering van {n} engagementen</translation>
    </message>
    <message>
        <source>edit of {name}</source>
        <translation type="vanished">bewerking van {name}</translation>
    </message>
    <message>
        <source>title in the other language</source>
        <translation type="vanished">titel in de andere taal</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/file_actions.py" line="+31"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Go4Brussels-databanken (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe databank…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy…</source>
        <translation>Een &amp;kopie bewaren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No other databases</source>
        <translation>Geen andere databanken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a database</source>
        <translation>Een databank openen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>New database</source>
        <translation>Nieuwe databank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Loading the strategy…</source>
        <translation>De strategie wordt geladen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Save a copy</source>
        <translation>Een kopie bewaren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy cancelled; no file was made.</source>
        <translation>Kopie geannuleerd; er werd geen bestand gemaakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy was saved as {file}.</source>
        <translation>Een kopie werd bewaard als {file}.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/history_panel.py" line="+27"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>progress</source>
        <translation>voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>toestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead organisation</source>
        <translation>trekkende organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>streefdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>worksite</source>
        <translation>beleidswerf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective</source>
        <translation>doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>position</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steering bodies</source>
        <translation>sturende instanties</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>short name</source>
        <translation>korte naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>function</source>
        <translation>functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general objectives</source>
        <translation>algemene doelstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on the source</source>
        <translation>opmerkingen bij de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type</source>
        <translation>soort prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority type (as printed)</source>
        <translation>soort prioriteit (zoals gedrukt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status relative to the Strategy 2025</source>
        <translation>statuut ten opzichte van de Strategie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>{field} (French)</source>
        <translation>{field} (Frans)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name as printed</source>
        <translation>naam zoals gedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title in the other language</source>
        <translation>titel in de andere taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of the title in the other language</source>
        <translation>taal van de titel in de andere taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin of the text</source>
        <translation>herkomst van de tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key in the strategy</source>
        <translation>sleutel in de strategie</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="+149"/>
        <location line="+10"/>
        <location line="+18"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Show &amp;older changes</source>
        <translation>&amp;Oudere wijzigingen tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the next {count} older changes of this record</source>
        <translation>De volgende {count} oudere wijzigingen van dit gegeven tonen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History of {name}</source>
        <translation>Geschiedenis van {name}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/home_view.py" line="+136"/>
        <source>Status per objective</source>
        <translation>Status per doelstelling</translation>
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
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation</source>
        <translation>Trekkende organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments per objective</source>
        <translation>Engagementen per doelstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue commitments</source>
        <translation>Achterstallige engagementen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently changed</source>
        <translation>Recent gewijzigd</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="+95"/>
        <source>Who sends this?</source>
        <translation>Wie verstuurt dit?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who writes this?</source>
        <translation>Wie schrijft dit?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invitations with an organiser&apos;s e-mail are meeting requests: each invitee with an e-mail can accept or decline. Asked once; change it in Preferences.</source>
        <translation>Uitnodigingen met het e-mailadres van een organisator zijn vergaderverzoeken: elke genodigde met een e-mailadres kan aanvaarden of weigeren. Dit wordt één keer gevraagd; wijzig het bij Voorkeuren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is written into the PDFs as their author (without one they say &apos;Go4Brussels Desktop&apos;). Asked once; change it in Preferences.</source>
        <translation>Uw naam komt als auteur in de pdf&apos;s (zonder naam staat er &apos;Go4Brussels Desktop&apos;). Dit wordt één keer gevraagd; wijzig het bij Voorkeuren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariaat@voorbeeld.brussels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>value of {code} in {year}</source>
        <translation type="vanished">waarde van {code} in {year}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="+191"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yearly values and targets</source>
        <translation>Jaarwaarden en streefwaarden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;year…</source>
        <translation>Een &amp;jaar toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete year</source>
        <translation>Jaar &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Serves this objective</source>
        <translation>&amp;Dient deze doelstelling</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose an indicator.</source>
        <translation>Kies een indicator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit: {unit} · Source: {source}</source>
        <translation>Eenheid: {unit} · Bron: {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serves the objectives: {links}</source>
        <translation>Dient de doelstellingen: {links}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a year</source>
        <translation>Een jaar toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year {year} is there already.</source>
        <translation>Het jaar {year} bestaat al.</translation>
    </message>
    <message>
        <source>new year {year}</source>
        <translation type="vanished">nieuw jaar {year}</translation>
    </message>
    <message>
        <source>deletion of the year {year}</source>
        <translation type="vanished">verwijdering van het jaar {year}</translation>
    </message>
    <message>
        <source>link to objective {code}</source>
        <translation type="vanished">koppeling aan doelstelling {code}</translation>
    </message>
    <message>
        <source>removal of an objective link</source>
        <translation type="vanished">verwijdering van een koppeling met een doelstelling</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/jobs.py" line="+98"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>LoadTextsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+29"/>
        <source>Load strategy texts</source>
        <translation>Strategieteksten laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French now</source>
        <translation>Frans nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French loaded</source>
        <translation>Frans geladen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Official text</source>
        <translation>Officiële tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected (edited) text</source>
        <translation>Verbeterde (bewerkte) tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loaded texts are</source>
        <translation>De geladen teksten zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load strategy texts from {file}</source>
        <translation type="vanished">Strategieteksten laden uit {file}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/main_window.py" line="+71"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+38"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Go4Brussels Desktop</source>
        <translation>&amp;Over Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{undo_or_redo}: {action}</source>
        <translation>{undo_or_redo}: {action}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Home</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Something unexpected went wrong: {error}
A report was written to {file}.</source>
        <translation>Er ging iets onverwachts mis: {error}
Een verslag werd geschreven naar {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress is a whole number from 0 to 100.</source>
        <translation>De voortgang is een geheel getal van 0 tot 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date is not a date.</source>
        <translation>De streefdatum is geen datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year is not a year from 1900 to 2100.</source>
        <translation>Het jaar ligt niet tussen 1900 en 2100.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This record can no longer be shown.</source>
        <translation>Dit gegeven kan niet meer getoond worden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About Go4Brussels Desktop</source>
        <translation>Over Go4Brussels Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels Desktop {version}
The records of the steering committees of the strategy Go4Brussels 2030.
Database: {file}</source>
        <translation>Go4Brussels Desktop {version}
De gegevens van de stuurcomités van de strategie Go4Brussels 2030.
Databank: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} · changes recorded as {author}</source>
        <translation>{file} · wijzigingen op naam van {author}</translation>
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
        <translation>Beleidswerven van de doelstelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Beleidswerf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit &amp;objective…</source>
        <translation>&amp;Doelstelling bewerken…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Objective {code}  {title}</source>
        <translation>Doelstelling {code}  {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>General objectives</source>
        <translation>Algemene doelstellingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Opmerkingen bij het brondocument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pillar</source>
        <translation>Pijler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status relative to the Strategy 2025</source>
        <translation>Statuut ten opzichte van de Strategie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type</source>
        <translation>Soort prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiating minister(s)</source>
        <translation>Initiatiefnemende minister(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated minister(s)</source>
        <translation>Geassocieerde minister(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(steering committee)</source>
        <translation>(stuurcomité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../g4b_desktop/ui/operations/conflicts.py" line="+18"/>
        <source>The form shows the current values again; also not saved: {values}.</source>
        <translation>Het formulier toont opnieuw de huidige waarden; ook niet bewaard: {values}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form shows the current values again.</source>
        <translation>Het formulier toont opnieuw de huidige waarden.</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../../g4b_desktop/ui/partners/partners_view.py" line="+52"/>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Leads</source>
        <translation>Trekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a duplicate into this one…</source>
        <translation>&amp;Een duplicaat hiermee samenvoegen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save changes</source>
        <translation>Wijzigingen &amp;bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to an objective…</source>
        <translation>&amp;Toevoegen aan een doelstelling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from objective</source>
        <translation>&amp;Uit doelstelling verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes part in</source>
        <translation>Neemt deel aan</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+4"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>S&amp;hort name</source>
        <translation>&amp;Korte naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is not an e-mail address; type it as name@example.be.</source>
        <translation>‘{text}’ is geen e-mailadres; typ het als naam@voorbeeld.be.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Name of the new organisation:</source>
        <translation>Naam van de nieuwe organisatie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new contact:</source>
        <translation>Naam van de nieuwe contactpersoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>new organisation {name}</source>
        <translation type="vanished">nieuwe organisatie {name}</translation>
    </message>
    <message>
        <source>new contact {name}</source>
        <translation type="vanished">nieuwe contactpersoon {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation type="vanished">verwijdering van {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge a duplicate</source>
        <translation>Een duplicaat samenvoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The duplicate is removed; its memberships, contacts and led commitments move to “{name}”.</source>
        <translation>Het duplicaat wordt verwijderd; zijn lidmaatschappen, contactpersonen en getrokken engagementen gaan naar “{name}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duplicate is removed; its memberships, meeting attendance and actions move to “{name}”.</source>
        <translation>Het duplicaat wordt verwijderd; zijn lidmaatschappen, aanwezigheden op vergaderingen en actiepunten gaan naar “{name}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicaat</translation>
    </message>
    <message>
        <source>merge of {duplicate} into {name}</source>
        <translation type="vanished">samenvoeging van {duplicate} in {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to an objective</source>
        <translation>Toevoegen aan een doelstelling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Objective</source>
        <translation>&amp;Doelstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>membership of {name} in {code}</source>
        <translation type="vanished">lidmaatschap van {name} in {code}</translation>
    </message>
    <message>
        <source>removal of {name} from {code}</source>
        <translation type="vanished">verwijdering van {name} uit {code}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/preferences.py" line="-100"/>
        <source>&apos;{email}&apos; is not an e-mail address (like name@example.brussels).</source>
        <translation>&apos;{email}&apos; is geen e-mailadres (zoals naam@voorbeeld.brussels).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location line="+10"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your name</source>
        <translation>uw naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secretariat@example.brussels</source>
        <translation>secretariaat@voorbeeld.brussels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name (recorded with each change, author of the PDFs)</source>
        <translation>&amp;Uw naam (bij elke wijziging bewaard, auteur van de pdf&apos;s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser of invitations</source>
        <translation>&amp;Organisator van uitnodigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s &amp;e-mail (makes invitations meeting requests)</source>
        <translation>&amp;E-mail van de organisator (maakt van uitnodigingen vergaderverzoeken)</translation>
    </message>
    <message>
        <source>&amp;Your name (recorded with each change)</source>
        <translation type="vanished">&amp;Uw naam (bij elke wijziging bewaard)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/record_form.py" line="+17"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General objectives</source>
        <translation>&amp;Algemene doelstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status relative to the Strategy 2025</source>
        <translation>&amp;Statuut ten opzichte van de Strategie 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority type</source>
        <translation>Soort &amp;prioriteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority type as &amp;printed</source>
        <translation>Soort prioriteit zoals &amp;gedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steering bodies</source>
        <translation>&amp;Sturende instanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes on the source document</source>
        <translation>&amp;Opmerkingen bij het brondocument</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Objective {code}</source>
        <translation>Doelstelling {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worksite {code}</source>
        <translation>Beleidswerf {code}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A title is required.</source>
        <translation>Een titel is verplicht.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Texts in French; the Dutch text of the document is not changed.</source>
        <translation>Teksten in het Frans; de Nederlandse tekst van het document blijft ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/search_box.py" line="+21"/>
        <source>Search titles, descriptions, notes, organisations…</source>
        <translation>Zoeken in titels, beschrijvingen, opmerkingen, organisaties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worksite</source>
        <translation>Beleidswerf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-197"/>
        <source>Chart of the yearly values</source>
        <translation>Grafiek van de jaarwaarden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No values yet</source>
        <translation>Nog geen waarden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>● value   ○ target</source>
        <translation>● waarde   ○ streefwaarde</translation>
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
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distribution</source>
        <translation>Verdeling</translation>
    </message>
</context>
<context>
    <name>StrategyTextsActions</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_texts_actions.py" line="+30"/>
        <source>Export strategy texts…</source>
        <translation>Strategieteksten exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load strategy texts…</source>
        <translation>Strategieteksten laden…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export strategy texts</source>
        <translation>Strategieteksten exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strategy-texts.xlsx</source>
        <translation>strategieteksten.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Wrote {file}: {count} texts.</source>
        <translation>{file} geschreven: {count} teksten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load strategy texts</source>
        <translation>Strategieteksten laden</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/strategy_view.py" line="+41"/>
        <source>Strategy tree</source>
        <translation>Boom van de strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an objective or a worksite in the tree.</source>
        <translation>Kies een doelstelling of een beleidswerf in de boom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show closed ones</source>
        <translation>Afgesloten tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show closed objectives and worksites</source>
        <translation>Afgesloten doelstellingen en beleidswerven tonen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{title} (closed)</source>
        <translation>{title} (afgesloten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{realised} of {total} commitments realised; average progress {progress}</source>
        <translation>{realised} van {total} engagementen gerealiseerd; gemiddelde voortgang {progress}</translation>
    </message>
</context>
<context>
    <name>TranslationMark</name>
    <message>
        <location filename="../../g4b_desktop/ui/widgets/heading.py" line="+71"/>
        <source>The strategy has no English version: its texts are shown in Dutch, as printed in the document</source>
        <translation>De strategie heeft geen Engelse versie: de teksten worden in het Nederlands getoond, zoals gedrukt in het document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working translation, not the official text</source>
        <translation>Werkvertaling, niet de officiële tekst</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/trash_view.py" line="+34"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
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
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksite</source>
        <translation>Beleidswerf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator value</source>
        <translation>Waarde van een indicator</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted records stay here; restoring one brings back what was deleted with it.</source>
        <translation>Verwijderde gegevens blijven hier; terugzetten brengt ook terug wat mee verwijderd werd.</translation>
    </message>
    <message>
        <source>restore of {what}</source>
        <translation type="vanished">terugzetten van {what}</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../g4b_desktop/ui/indicators/indicators_view.py" line="-129"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>As printed in the source: {text}</source>
        <translation>Zoals gedrukt in de bron: {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is geen getal.</translation>
    </message>
</context>
<context>
    <name>WorksitePage</name>
    <message>
        <location filename="../../g4b_desktop/ui/strategy/worksite_page.py" line="+48"/>
        <source>&amp;New commitment</source>
        <translation>&amp;Nieuw engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit in a form…</source>
        <translation>&amp;Bewerken in een formulier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New commitment</source>
        <translation>Nieuw engagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete commitment</source>
        <translation>Engagement verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit in a form</source>
        <translation>Bewerken in een formulier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments</source>
        <translation>Engagementen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit &amp;worksite…</source>
        <translation>&amp;Beleidswerf bewerken…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steering bodies</source>
        <translation>Sturende instanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refers to</source>
        <translation>Verwijst naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to by</source>
        <translation>Verwezen vanuit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes on the source document</source>
        <translation>Opmerkingen bij het brondocument</translation>
    </message>
</context>
</TS>
