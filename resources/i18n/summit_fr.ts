<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NewSummitDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="383" />
        <source>New Social Summit</source>
        <translation>Nouveau Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="390" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="391" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>NoteOptionsDialog</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="406" />
        <source>Progress note</source>
        <translation>Note de progrès</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="408" />
        <source>The whole strategy</source>
        <translation>Toute la stratégie</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="412" />
        <source>The latest closed summit</source>
        <translation>Le dernier Sommet clôturé</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="422" />
        <source>optional, printed on every page</source>
        <translation>facultatif, imprimé sur chaque page</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="424" />
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="425" />
        <source>Report on the summit</source>
        <translation>Rapport sur le Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="426" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="427" />
        <source>Confidentiality line</source>
        <translation>Mention de confidentialité</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="33" />
        <source>{pages} pages</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="34" />
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="36" />
        <source>Open in system viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="57" />
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="57" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="66" />
        <source>{file}: the PDF could not be saved ({reason}). Is it open in another program?</source>
        <translation>{file} : le PDF n'a pas pu être enregistré ({reason}). Le fichier est-il ouvert dans un autre programme ?</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/pdf_preview.py" line="75" />
        <source>No program to show PDF files was found; save the PDF and open it yourself.</source>
        <translation>Aucun programme pour afficher les PDF n'a été trouvé ; enregistrez le PDF et ouvrez-le vous-même.</translation>
    </message>
</context>
<context>
    <name>SummitView</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="45" />
        <source>New summit…</source>
        <translation>Nouveau Sommet…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="46" />
        <source>Close the summit</source>
        <translation>Clôturer le Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="48" />
        <source>Progress note (PDF)…</source>
        <translation>Note de progrès (PDF)…</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="51" />
        <source>Social Summit</source>
        <translation>Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="60" />
        <source>Pick the priority worksites</source>
        <translation>Choisissez les chantiers prioritaires</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="61" />
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="65" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="70" />
        <source>Worksite</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="65" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="70" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="96" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="65" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="70" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="91" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="141" />
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="65" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="66" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="70" />
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="67" />
        <source>Priorities chosen at this summit</source>
        <translation>Priorités choisies à ce Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="71" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="71" />
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="71" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="93" />
        <source>Verdict</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="71" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="92" />
        <location filename="../../g4b_desktop/ui/summit_view.py" line="141" />
        <source>Progress statement</source>
        <translation>État d'avancement</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="72" />
        <source>Last summit's priorities: how far they got</source>
        <translation>Priorités du Sommet précédent : où en sont-elles</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="75" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="87" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="96" />
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="96" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="96" />
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="147" />
        <source>(no verdict yet)</source>
        <translation>(pas encore d'appréciation)</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="198" />
        <source>No summit yet: add the coming Social Summit.</source>
        <translation>Pas encore de Sommet : ajoutez le prochain Sommet social.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="200" />
        <source>closed on {date}</source>
        <translation>clôturé le {date}</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="203" />
        <source>open: choose its priorities, then close it</source>
        <translation>ouvert : choisissez ses priorités, puis clôturez-le</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="218" />
        <source>Priorities of the Social Summit {year}: how far they got</source>
        <translation>Priorités du Sommet social {year} : où en sont-elles</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="219" />
        <source>No earlier summit</source>
        <translation>Pas de Sommet précédent</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="257" />
        <source>Select a priority to write its expected result or, at the next summit, its progress statement and verdict.</source>
        <translation>Choisissez une priorité pour écrire son résultat attendu ou, au Sommet suivant, son état d'avancement et son appréciation.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="271" />
        <source>{code} {title} (Social Summit {year})</source>
        <translation>{code} {title} (Sommet social {year})</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="310" />
        <source>Edit a summit priority</source>
        <translation>Modifier une priorité du Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="319" />
        <source>Add a summit priority</source>
        <translation>Ajouter une priorité au Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="325" />
        <source>Remove a summit priority</source>
        <translation>Retirer une priorité du Sommet</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="335" />
        <source>There is already a Social Summit {year}.</source>
        <translation>Il y a déjà un Sommet social {year}.</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="337" />
        <source>Add a Social Summit</source>
        <translation>Ajouter un Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="346" />
        <source>Close the Social Summit</source>
        <translation>Clôturer le Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="374" />
        <source>Progress note</source>
        <translation>Note de progrès</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="377" />
        <source>Making the progress note…</source>
        <translation>Création de la note de progrès…</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="440" />
        <source>Social Summit</source>
        <translation>Sommet social</translation>
    </message>
    <message>
        <location filename="../../g4b_desktop/ui/summit_view.py" line="443" />
        <source>Progress note (PDF)…</source>
        <translation>Note de progrès (PDF)…</translation>
    </message>
</context>
</TS>