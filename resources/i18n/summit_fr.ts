<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NewSummitDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+370"/>
        <source>New Social Summit</source>
        <translation>Nouveau Sommet social</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>NoteOptionsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="+66"/>
        <source>Progress note</source>
        <translation>Note de progrès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole strategy</source>
        <translation>Toute la stratégie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest closed summit</source>
        <translation>Le dernier Sommet clôturé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, printed on every page</source>
        <translation>facultatif, imprimé sur chaque page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report on the summit</source>
        <translation>Rapport sur le Sommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality line</source>
        <translation>Mention de confidentialité</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{pages} pages</source>
        <translation type="vanished">{pages} pages</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="vanished">Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation type="vanished">Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="vanished">Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="vanished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file}: the PDF could not be saved ({reason}). Is it open in another program?</source>
        <translation type="vanished">{file} : le PDF n&apos;a pas pu être enregistré ({reason}). Le fichier est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
        <source>No program to show PDF files was found; save the PDF and open it yourself.</source>
        <translation type="vanished">Aucun programme pour afficher les PDF n&apos;a été trouvé ; enregistrez le PDF et ouvrez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>SummitView</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-332"/>
        <source>New summit…</source>
        <translation>Nouveau Sommet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summit…</source>
        <translation>Clôturer le Sommet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the summit…</source>
        <translation>Rouvrir le Sommet…</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Close the summit</source>
        <translation>Clôturer le Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_feature.py" line="+27"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="-289"/>
        <source>Progress note (PDF)…</source>
        <translation>Note de progrès (PDF)…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+3"/>
        <source>Social Summit</source>
        <translation>Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/summit_view.py" line="+10"/>
        <source>Pick the priority worksites</source>
        <translation>Choisissez les chantiers prioritaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+5"/>
        <location line="+21"/>
        <location line="+51"/>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Priorities chosen at this summit</source>
        <translation>Priorités choisies à ce Sommet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>Progress statement</source>
        <translation>État d&apos;avancement</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Last summit&apos;s priorities: how far they got</source>
        <translation>Priorités du Sommet précédent : où en sont-elles ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(no verdict yet)</source>
        <translation>(pas encore d&apos;appréciation)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No summit yet: add the coming Social Summit.</source>
        <translation>Pas encore de Sommet : ajoutez le prochain Sommet social.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed on {date}</source>
        <translation>clôturé le {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open: choose its priorities, then close it</source>
        <translation>ouvert : choisissez ses priorités, puis clôturez-le</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priorities of the Social Summit {year}: how far they got</source>
        <translation>Priorités du Sommet social {year} : où en sont-elles ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No earlier summit</source>
        <translation>Pas de Sommet précédent</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a priority to write its expected result or, at the next summit, its progress statement and verdict.</source>
        <translation>Choisissez une priorité pour écrire son résultat attendu ou, au Sommet suivant, son état d&apos;avancement et son appréciation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{code} {title} (Social Summit {year})</source>
        <translation>{code} {title} (Sommet social {year})</translation>
    </message>
    <message>
        <source>Edit a summit priority</source>
        <translation type="vanished">Modifier une priorité du Sommet</translation>
    </message>
    <message>
        <source>Add a summit priority</source>
        <translation type="vanished">Ajouter une priorité au Sommet</translation>
    </message>
    <message>
        <source>Remove a summit priority</source>
        <translation type="vanished">Retirer une priorité du Sommet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is already a Social Summit {year}.</source>
        <translation>Il y a déjà un Sommet social {year}.</translation>
    </message>
    <message>
        <source>Add a Social Summit</source>
        <translation type="vanished">Ajouter un Sommet social</translation>
    </message>
    <message>
        <source>Close the Social Summit</source>
        <translation type="vanished">Clôturer le Sommet social</translation>
    </message>
    <message>
        <source>Reopen the Social Summit</source>
        <translation type="vanished">Rouvrir le Sommet social</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close the Social Summit {year}? Its priorities are then fixed, and the state of every commitment is kept as the starting point of the next progress note. A summit closed by mistake can be reopened.</source>
        <translation>Clôturer le Sommet social {year} ? Ses priorités sont alors figées et l&apos;état de chaque engagement est conservé comme point de départ de la prochaine note de progrès. Un Sommet clôturé par erreur peut être rouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen the summit</source>
        <translation>Rouvrir le Sommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the Social Summit {year}? The state of the commitments kept when it was closed is dropped; a new one is kept when it is closed again.</source>
        <translation>Rouvrir le Sommet social {year} ? L&apos;état des engagements conservé lors de la clôture est abandonné ; un nouvel état sera conservé à la prochaine clôture.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit/progress_note.py" line="-35"/>
        <source>Progress note</source>
        <translation>Note de progrès</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the progress note…</source>
        <translation>Création de la note de progrès…</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Social Summit</source>
        <translation type="vanished">Sommet social</translation>
    </message>
    <message>
        <source>Progress note (PDF)…</source>
        <translation type="vanished">Note de progrès (PDF)…</translation>
    </message>
</context>
</TS>
