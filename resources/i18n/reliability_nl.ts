<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+27"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by hand</source>
        <translation>Handmatig gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced by a restore</source>
        <translation>Vervangen bij het terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a program upgrade</source>
        <translation>Voor een bijwerking van het programma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an import</source>
        <translation>Voor een import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a consolidation</source>
        <translation>Voor een consolidatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: {reason}</source>
        <translation>Voor: {reason}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+20"/>
        <source>This database is on a network share ({reason}). SQLite cannot lock a file on the network reliably, and two computers writing to it can damage it. Keep the database on this computer&apos;s own disk.</source>
        <translation>Deze databank staat op een netwerkschijf ({reason}). SQLite kan een bestand op het netwerk niet betrouwbaar vergrendelen, en twee computers die erin schrijven kunnen het beschadigen. Bewaar de databank op de eigen schijf van deze computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is in a synced folder ({reason}). The sync program may copy it while it is being written, or make conflicting copies. Keep the database outside that folder; the automatic backups are kept in {folder}.</source>
        <translation>Deze databank staat in een gesynchroniseerde map ({reason}). Het synchronisatieprogramma kan ze kopiëren terwijl ze geschreven wordt, of conflicterende kopieën maken. Bewaar de databank buiten die map; de automatische reservekopieën staan in {folder}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+61"/>
        <source>This database is open read-only (the file or its folder cannot be written). You can look at everything, but changes cannot be saved. Save a copy elsewhere to work on it.</source>
        <translation>Deze databank is alleen-lezen geopend (het bestand of de map kan niet beschreven worden). U kunt alles bekijken, maar wijzigingen kunnen niet bewaard worden. Bewaar elders een kopie om ermee te werken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is also open in another Go4Brussels Desktop window. Close one of them: edits made in both are checked against each other, but only one should be used.</source>
        <translation>Deze databank is ook geopend in een ander venster van Go4Brussels Desktop. Sluit er één: wijzigingen in beide worden tegen elkaar gecontroleerd, maar gebruik er maar één.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The daily backup could not be made: {error} (report: {file}).</source>
        <translation>De dagelijkse reservekopie kon niet gemaakt worden: {error} (verslag: {file}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily backup saved as {file}.</source>
        <translation>Dagelijkse reservekopie bewaard als {file}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="+39"/>
        <source>{file} cannot be restored: {problems}</source>
        <translation>{file} kan niet teruggezet worden: {problems}</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+78"/>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="-20"/>
        <source>Checking the database and making today&apos;s backup…</source>
        <translation>De databank wordt gecontroleerd en de reservekopie van vandaag gemaakt…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/restore_dialog.py" line="-100"/>
        <source>This backup was made from another database ({file}), not from {database}. Restore it anyway?

The database as it is now is kept as a backup.</source>
        <translation>Deze reservekopie werd gemaakt van een andere databank ({file}), niet van {database}. Toch terugzetten?

De databank zoals ze nu is, wordt als reservekopie bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore anyway</source>
        <translation>Toch terugzetten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace the database by the backup {file}?

Everything changed since that backup will be undone. The database as it is now is kept as a backup, so this can be undone by restoring that one.</source>
        <translation>De databank vervangen door de reservekopie {file}?

Alles wat sinds die reservekopie gewijzigd werd, wordt ongedaan gemaakt. De databank zoals ze nu is, wordt als reservekopie bewaard; door die terug te zetten maakt u dit ongedaan.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Restored from {file}. The replaced database was kept as {kept}.</source>
        <translation>Teruggezet vanuit {file}. De vervangen databank werd bewaard als {kept}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backups of {file} in {folder}. Restoring replaces the database by the chosen backup; the database as it is now is kept as a backup.</source>
        <translation>Reservekopieën van {file} in {folder}. Terugzetten vervangt de databank door de gekozen reservekopie; de databank zoals ze nu is, wordt als reservekopie bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this database yet.</source>
        <translation>Er zijn nog geen reservekopieën van deze databank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restore from a file</source>
        <translation>Terugzetten vanuit een bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go4Brussels databases (*{suffix});;All files (*)</source>
        <translation>Go4Brussels-databanken (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/check_dialog.py" line="+14"/>
        <source>Check database</source>
        <translation>Databank controleren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is in order: the integrity check, the links between records and the schema version found no problem.</source>
        <translation>De databank is in orde: de integriteitscontrole, de verbanden tussen de gegevens en de schemaversie tonen geen probleem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check found these problems:</source>
        <translation>De controle vond deze problemen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database: {file}</source>
        <translation>Databank: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No good backup of this database was found.</source>
        <translation>Er is geen goede reservekopie van deze databank gevonden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest good backup was made on {when} ({why}).</source>
        <translation>De recentste goede reservekopie werd gemaakt op {when} ({why}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this backup…</source>
        <translation>Deze reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/backups/backups_view.py" line="+46"/>
        <location line="+45"/>
        <source>Damaged database</source>
        <translation>Beschadigde databank</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The database {file} is damaged:
{problems}

Nothing will be written to it.</source>
        <translation>De databank {file} is beschadigd:
{problems}

Er wordt niets in geschreven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the backup of {when}</source>
        <translation>De reservekopie van {when} terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} kan niet gelezen worden: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Check database…</source>
        <translation>Databank &amp;controleren…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/crash_dialog.py" line="+37"/>
        <source>Go4Brussels Desktop: an error</source>
        <translation>Go4Brussels Desktop: een fout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program stopped unexpectedly the last time it ran. Every change made before that moment was already saved in the database.</source>
        <translation>Het programma is de vorige keer onverwacht gestopt. Elke wijziging van voor dat ogenblik was al in de databank bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside the program. Your data is safe: every change is saved when you make it, and the action that failed was not saved halfway. You can go on working; if it happens again, please send the report below to the person who supports the program.</source>
        <translation>Er ging iets mis in het programma. Uw gegevens zijn veilig: elke wijziging wordt bewaard zodra u ze maakt, en de mislukte handeling werd niet half bewaard. U kunt verder werken; gebeurt het opnieuw, stuur dan het verslag hieronder naar wie het programma ondersteunt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was saved as {file}.</source>
        <translation>Het verslag werd bewaard als {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to a file.</source>
        <translation>Het verslag kon niet in een bestand bewaard worden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy report</source>
        <translation>Verslag &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: the last change could not be saved, and nothing of it was written (the database is as it was before). Free some space, then do it again.</source>
        <translation>De schijf is vol: de laatste wijziging kon niet bewaard worden, en er werd niets van geschreven (de databank is zoals voordien). Maak wat ruimte vrij en doe het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database busy</source>
        <translation>Databank bezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy in another program: the last change was not saved. Try again in a moment.</source>
        <translation>De databank is bezet door een ander programma: de laatste wijziging werd niet bewaard. Probeer het zo dadelijk opnieuw.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../g4b_desktop/ui/shell/single_instance.py" line="+176"/>
        <source>{file} is already open in Go4Brussels Desktop: that window was brought to the front.</source>
        <translation>{file} is al geopend in Go4Brussels Desktop: dat venster werd naar voren gehaald.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is in use by another Go4Brussels Desktop window or g4b command. Close it there first, then open it again.</source>
        <translation>{file} is in gebruik door een ander venster van Go4Brussels Desktop of een g4b-opdracht. Sluit het daar eerst en open het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go4Brussels Desktop</source>
        <translation>Go4Brussels Desktop</translation>
    </message>
</context>
</TS>
