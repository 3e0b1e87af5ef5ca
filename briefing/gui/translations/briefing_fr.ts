<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChecklistField</name>
    <message>
        <location filename="../fields.py" line="308" />
        <source>None selected</source>
        <translation>Aucune sélection</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../fields.py" line="328" />
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation>AAAA-MM-JJ (vide : pas de date)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="331" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../fields.py" line="332" />
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message>
        <location filename="../outline.py" line="51" />
        <source>Cover: {title}</source>
        <translation>Couverture : {title}</translation>
    </message>
    <message>
        <location filename="../builder.py" line="177" />
        <location filename="../outline.py" line="56" />
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../builder.py" line="111" />
        <source>Dossier builder</source>
        <translation>Composition du dossier</translation>
    </message>
    <message>
        <location filename="../builder.py" line="126" />
        <source>Saved dossier:</source>
        <translation>Dossier enregistré :</translation>
    </message>
    <message>
        <location filename="../builder.py" line="133" />
        <source>Name to save this dossier under</source>
        <translation>Nom sous lequel enregistrer ce dossier</translation>
    </message>
    <message>
        <location filename="../builder.py" line="136" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../builder.py" line="137" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../builder.py" line="138" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../builder.py" line="139" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../builder.py" line="170" />
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../builder.py" line="174" />
        <source>Title printed on the cover</source>
        <translation>Titre imprimé sur la couverture</translation>
    </message>
    <message>
        <location filename="../builder.py" line="175" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../builder.py" line="179" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../builder.py" line="181" />
        <source>e.g. the Minister</source>
        <translation>p. ex. le Ministre</translation>
    </message>
    <message>
        <location filename="../builder.py" line="182" />
        <source>Prepared for</source>
        <translation>Préparé pour</translation>
    </message>
    <message>
        <location filename="../builder.py" line="184" />
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../builder.py" line="187" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../builder.py" line="189" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../builder.py" line="195" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../builder.py" line="199" />
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../builder.py" line="201" />
        <source>Marking ceiling</source>
        <translation>Marquage maximal</translation>
    </message>
    <message>
        <location filename="../builder.py" line="202" />
        <source>Facts marked above this level are left out</source>
        <translation>Les faits marqués au-dessus de ce niveau sont exclus</translation>
    </message>
    <message>
        <location filename="../builder.py" line="204" />
        <source>Limit every section to</source>
        <translation>Limiter chaque section à</translation>
    </message>
    <message>
        <location filename="../builder.py" line="208" />
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="210" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../builder.py" line="211" />
        <source>Filter themes…</source>
        <translation>Filtrer les thèmes…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="212" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../builder.py" line="186" />
        <source>Empty: the day it is printed</source>
        <translation>Vide : le jour de l'impression</translation>
    </message>
    <message>
        <location filename="../builder.py" line="222" />
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../builder.py" line="225" />
        <source>One per theme</source>
        <translation>Une par thème</translation>
    </message>
    <message>
        <location filename="../builder.py" line="226" />
        <source>Add a section for every theme that has facts</source>
        <translation>Ajouter une section pour chaque thème comportant des faits</translation>
    </message>
    <message>
        <location filename="../builder.py" line="227" />
        <source>One per country</source>
        <translation>Une par pays</translation>
    </message>
    <message>
        <location filename="../builder.py" line="228" />
        <source>Add a section for every country that has facts</source>
        <translation>Ajouter une section pour chaque pays comportant des faits</translation>
    </message>
    <message>
        <location filename="../builder.py" line="229" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../builder.py" line="230" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../builder.py" line="231" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../builder.py" line="240" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../builder.py" line="240" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../builder.py" line="240" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../builder.py" line="255" />
        <source>No sections yet.

Click “One per theme” or “One per country” to lay out the whole dossier in one step, or add sections one by one.</source>
        <translation>Aucune section pour le moment.

Cliquez sur « Une par thème » ou « Une par pays » pour composer tout le dossier en une fois, ou ajoutez les sections une à une.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="269" />
        <source>Drag sections to reorder them. Expand a section and untick the facts to leave out. Double-click a title to print another heading.</source>
        <translation>Faites glisser les sections pour les réordonner. Dépliez une section et décochez les faits à exclure. Double-cliquez sur un titre pour imprimer un autre intitulé.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="277" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../builder.py" line="284" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../builder.py" line="290" />
        <source>Printed content</source>
        <translation>Contenu imprimé</translation>
    </message>
    <message>
        <location filename="../builder.py" line="297" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../builder.py" line="306" />
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="307" />
        <source>Export DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="308" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../builder.py" line="344" />
        <source>(no event)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="350" />
        <source>No ceiling (everything)</source>
        <translation>Aucun plafond (tout)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="366" />
        <location filename="../builder.py" line="388" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../builder.py" line="372" />
        <location filename="../builder.py" line="389" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../builder.py" line="377" />
        <source>Facts selected in the list</source>
        <translation>Faits sélectionnés dans la liste</translation>
    </message>
    <message>
        <location filename="../builder.py" line="379" />
        <location filename="../builder.py" line="392" />
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../builder.py" line="381" />
        <location filename="../builder.py" line="393" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../builder.py" line="390" />
        <source>Shared facts</source>
        <translation>Faits communs</translation>
    </message>
    <message>
        <location filename="../builder.py" line="391" />
        <source>Selected facts</source>
        <translation>Faits choisis</translation>
    </message>
    <message>
        <location filename="../builder.py" line="402" />
        <source>Common to the participants</source>
        <translation>Questions communes aux participants</translation>
    </message>
    <message>
        <location filename="../builder.py" line="623" />
        <source>Laying out the sections…</source>
        <translation>Composition des sections…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="639" />
        <source>Cannot lay out the dossier: {error}</source>
        <translation>Impossible de composer le dossier : {error}</translation>
    </message>
    <message>
        <location filename="../builder.py" line="686" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="711" />
        <source>(fact not found)</source>
        <translation>(fait introuvable)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="586" />
        <source>“{name}” is already in the dossier.</source>
        <translation>« {name} » figure déjà dans le dossier.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="634" />
        <source>{n} sections added.</source>
        <translation>{n} sections ajoutées.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="649" />
        <source>Select facts in the main list first.</source>
        <translation>Sélectionnez d'abord des faits dans la liste principale.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="727" />
        <source>… and {n} more facts, not listed here</source>
        <translation>… et {n} autres faits, non listés ici</translation>
    </message>
    <message>
        <location filename="../builder.py" line="732" />
        <source>No facts in this section</source>
        <translation>Aucun fait dans cette section</translation>
    </message>
    <message>
        <location filename="../builder.py" line="821" />
        <source>Section {n}: {message}</source>
        <translation>Section {n} : {message}</translation>
    </message>
    <message>
        <location filename="../builder.py" line="835" />
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>date non valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="857" />
        <source>Fix the marked fields to see the preview.</source>
        <translation>Corrigez les champs signalés pour voir l'aperçu.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="862" />
        <source>Assembling…</source>
        <translation>Assemblage…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="876" />
        <source>Cannot assemble the dossier: {error}</source>
        <translation>Impossible d'assembler le dossier : {error}</translation>
    </message>
    <message>
        <location filename="../builder.py" line="887" />
        <source>{size} · {language} · printed marking {marking} · {facts} fact entries · {sources} sources</source>
        <translation>{size} · {language} · marquage imprimé {marking} · {facts} entrées · {sources} sources</translation>
    </message>
    <message>
        <location filename="../builder.py" line="897" />
        <source>(first {n} listed)</source>
        <translation>({n} premières listées)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="918" />
        <source>Saved as “{name}”.</source>
        <translation>Enregistré sous « {name} ».</translation>
    </message>
    <message>
        <location filename="../builder.py" line="937" />
        <source>Opened “{name}”.</source>
        <translation>« {name} » ouvert.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="947" />
        <source>Delete saved dossier</source>
        <translation>Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <location filename="../builder.py" line="948" />
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="957" />
        <source>Deleted “{name}”.</source>
        <translation>« {name} » supprimé.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="973" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="974" />
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../builder.py" line="978" />
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../builder.py" line="993" />
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="999" />
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../builder.py" line="1002" />
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../builder.py" line="1007" />
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <location filename="../entities.py" line="100" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <location filename="../entities.py" line="394" />
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../entities.py" line="400" />
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../entities.py" line="401" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../entities.py" line="402" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../entities.py" line="337" />
        <source>Edit event</source>
        <translation>Modifier l'événement</translation>
    </message>
    <message>
        <location filename="../entities.py" line="337" />
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../entities.py" line="344" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../entities.py" line="346" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../entities.py" line="349" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../entities.py" line="353" />
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <location filename="../export.py" line="62" />
        <source>Exporting “{name}”…</source>
        <translation>Exportation de « {name} »…</translation>
    </message>
    <message>
        <location filename="../export.py" line="63" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../export.py" line="68" />
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../export.py" line="104" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../export.py" line="135" />
        <source>The export failed ({kind}: {error}).</source>
        <translation>L'exportation a échoué ({kind} : {error}).</translation>
    </message>
    <message>
        <location filename="../export.py" line="141" />
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <location filename="../factform.py" line="128" />
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../factform.py" line="129" />
        <source>Earlier versions of this fact</source>
        <translation>Versions antérieures de ce fait</translation>
    </message>
    <message>
        <location filename="../factform.py" line="185" />
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location filename="../factform.py" line="190" />
        <source>Language of the original</source>
        <translation>Langue de l'original</translation>
    </message>
    <message>
        <location filename="../factform.py" line="195" />
        <source>The fact, in Markdown: **bold**, *italic*, lists with - …</source>
        <translation>Le fait, en Markdown : **gras**, *italique*, listes avec - …</translation>
    </message>
    <message>
        <location filename="../factform.py" line="202" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../factform.py" line="203" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../factform.py" line="208" />
        <source>Translation (optional)</source>
        <translation>Traduction (facultative)</translation>
    </message>
    <message>
        <location filename="../factform.py" line="213" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../factform.py" line="217" />
        <source>Classification</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../factform.py" line="218" />
        <source>Filter themes…</source>
        <translation>Filtrer les thèmes…</translation>
    </message>
    <message>
        <location filename="../factform.py" line="219" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../factform.py" line="221" />
        <source>Filter countries (name or code)…</source>
        <translation>Filtrer les pays (nom ou code)…</translation>
    </message>
    <message>
        <location filename="../factform.py" line="223" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../factform.py" line="225" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../factform.py" line="231" />
        <source>No event (type a name to create one)</source>
        <translation>Aucun événement (saisir un nom pour en créer un)</translation>
    </message>
    <message>
        <location filename="../factform.py" line="232" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../factform.py" line="244" />
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <location filename="../factform.py" line="246" />
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../factform.py" line="256" />
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../factform.py" line="266" />
        <source>Pick a source or type a new title</source>
        <translation>Choisir une source ou saisir un nouveau titre</translation>
    </message>
    <message>
        <location filename="../factform.py" line="267" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../factform.py" line="269" />
        <source>The exact words of the source</source>
        <translation>Les termes exacts de la source</translation>
    </message>
    <message>
        <location filename="../factform.py" line="272" />
        <source>Exact quote</source>
        <translation>Citation exacte</translation>
    </message>
    <message>
        <location filename="../factform.py" line="274" />
        <source>Page, paragraph… e.g. §10</source>
        <translation>Page, paragraphe… p. ex. §10</translation>
    </message>
    <message>
        <location filename="../factform.py" line="275" />
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../factform.py" line="278" />
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location filename="../factform.py" line="280" />
        <location filename="../factform.py" line="284" />
        <source>Filter, or type a new name and press Enter</source>
        <translation>Filtrer, ou saisir un nouveau nom puis Entrée</translation>
    </message>
    <message>
        <location filename="../factform.py" line="282" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../factform.py" line="289" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../factform.py" line="294" />
        <source>Filter, or type a new title and press Enter</source>
        <translation>Filtrer, ou saisir un nouveau titre puis Entrée</translation>
    </message>
    <message>
        <location filename="../factform.py" line="296" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../factform.py" line="299" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../factform.py" line="304" />
        <source>Key numbers stated by the fact</source>
        <translation>Chiffres énoncés par le fait</translation>
    </message>
    <message>
        <location filename="../factform.py" line="312" />
        <source>Restore from Bin</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../factform.py" line="318" />
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../factform.py" line="319" />
        <source>Discard the changes made since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../factform.py" line="320" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../factform.py" line="321" />
        <source>Save this fact (Ctrl+S)</source>
        <translation>Enregistrer ce fait (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../factform.py" line="506" />
        <source>This fact is in the Bin. Restore it to edit it.</source>
        <translation>Ce fait est dans la corbeille. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../factform.py" line="530" />
        <source>Version {version} was saved by someone else. Your changes are kept; saving will replace that version.</source>
        <translation>La version {version} a été enregistrée par quelqu'un d'autre. Vos modifications sont conservées ; enregistrer remplacera cette version.</translation>
    </message>
    <message>
        <location filename="../factform.py" line="603" />
        <source>The original is in this language</source>
        <translation>L'original est dans cette langue</translation>
    </message>
    <message>
        <location filename="../factform.py" line="651" />
        <source>Translation {code}: {message}</source>
        <translation>Traduction {code} : {message}</translation>
    </message>
    <message>
        <location filename="../factform.py" line="667" />
        <source>{n} problem(s) to fix before saving</source>
        <translation>{n} problème(s) à corriger avant d’enregistrer</translation>
    </message>
    <message>
        <location filename="../factform.py" line="704" />
        <source>New fact</source>
        <translation>Nouveau fait</translation>
    </message>
    <message>
        <location filename="../factform.py" line="706" />
        <source>No fact selected</source>
        <translation>Aucun fait sélectionné</translation>
    </message>
    <message>
        <location filename="../factform.py" line="708" />
        <source>Deleted fact</source>
        <translation>Fait supprimé</translation>
    </message>
    <message>
        <location filename="../factform.py" line="710" />
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../factform.py" line="712" />
        <source>(unsaved changes)</source>
        <translation>(modifications non enregistrées)</translation>
    </message>
    <message>
        <location filename="../factform.py" line="716" />
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../factform.py" line="721" />
        <source>Version {version} · updated {when}</source>
        <translation>Version {version} · modifié le {when}</translation>
    </message>
    <message>
        <location filename="../factform.py" line="725" />
        <source>Identifier: {uuid}</source>
        <translation>Identifiant : {uuid}</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <location filename="../factmodel.py" line="72" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="73" />
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="74" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="75" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="76" />
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="77" />
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="78" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <location filename="../fields.py" line="433" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../fields.py" line="433" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../fields.py" line="433" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../fields.py" line="433" />
        <source>Qualifier</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../fields.py" line="450" />
        <source>Add figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <location filename="../fields.py" line="451" />
        <source>Remove figure</source>
        <translation>Retirer le chiffre</translation>
    </message>
    <message>
        <location filename="../fields.py" line="566" />
        <source>Row {row}, {column}: {message}</source>
        <translation>Ligne {row}, {column} : {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="119" />
        <source>Briefing — {name}</source>
        <translation>Briefing — {name}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="144" />
        <source>Search facts (Ctrl+F) — accents and case ignored</source>
        <translation>Rechercher des faits (Ctrl+F) — sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="150" />
        <source>Search facts</source>
        <translation>Rechercher des faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="158" />
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="176" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="244" />
        <source>&amp;New fact</source>
        <translation>&amp;Nouveau fait</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="248" />
        <source>Create a fact (Ctrl+N)</source>
        <translation>Créer un fait (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="251" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="255" />
        <source>Save the fact being edited (Ctrl+S)</source>
        <translation>Enregistrer le fait en cours de modification (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="258" />
        <source>&amp;Revert changes</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="262" />
        <source>Discard the edits made since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="265" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="269" />
        <source>Move the selected facts to the Bin (Delete)</source>
        <translation>Mettre les faits sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="272" />
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="276" />
        <source>Bring the selected facts back from the Bin</source>
        <translation>Restaurer les faits sélectionnés depuis la corbeille</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="278" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="281" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="287" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="291" />
        <source>Search the facts (Ctrl+F)</source>
        <translation>Rechercher dans les faits (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="294" />
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="298" />
        <source>Show all facts</source>
        <translation>Afficher tous les faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="300" />
        <source>Select &amp;all facts</source>
        <translation>Sélectionner &amp;tous les faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="302" />
        <source>&amp;Dossier builder…</source>
        <translation>&amp;Composition du dossier…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="306" />
        <source>Build a briefing book from the facts (Ctrl+B)</source>
        <translation>Composer un dossier à partir des faits (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="309" />
        <source>New dossier by &amp;theme</source>
        <translation>Nouveau dossier par &amp;thème</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="312" />
        <source>New dossier by &amp;country</source>
        <translation>Nouveau dossier par &amp;pays</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="315" />
        <source>&amp;Add selected facts to the dossier</source>
        <translation>&amp;Ajouter les faits sélectionnés au dossier</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="318" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="322" />
        <source>Export the dossier being built to PDF (Ctrl+E)</source>
        <translation>Exporter en PDF le dossier en cours (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="326" />
        <source>Export &amp;DOCX…</source>
        <translation>Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="329" />
        <source>Se&amp;ttings…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="331" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="333" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="335" />
        <source>Show the &amp;Bin</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="337" />
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="342" />
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="346" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="347" />
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="349" />
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="351" />
        <source>&amp;Themes…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="352" />
        <source>&amp;Sources…</source>
        <translation>&amp;Sources…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="353" />
        <source>&amp;Events…</source>
        <translation>&amp;Événements…</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="354" />
        <source>&amp;About Briefing</source>
        <translation>&amp;À propos de Briefing</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="355" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="356" />
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="360" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="370" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="377" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="383" />
        <source>F&amp;act</source>
        <translation>F&amp;ait</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="391" />
        <source>&amp;Reference data</source>
        <translation>&amp;Référentiels</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="400" />
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="408" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="414" />
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="447" />
        <source>Search failed: {m}</source>
        <translation>La recherche a échoué : {m}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="529" />
        <source>Showing the Bin (deleted facts)</source>
        <translation>Corbeille (faits supprimés)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="535" />
        <source>Filtered by: {what}</source>
        <translation>Filtré par : {what}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="568" />
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="575" />
        <source>{shown}+ facts shown / {total} total (counting…)</source>
        <translation>{shown}+ faits affichés / {total} au total (comptage…)</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="581" />
        <source>{n} facts in the Bin</source>
        <translation>{n} faits dans la corbeille</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="585" />
        <source>{shown} facts shown / {total} total</source>
        <translation>{shown} faits affichés / {total} au total</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="647" />
        <source>Select a fact to see and edit it.

Ctrl+N creates a new fact.</source>
        <translation>Sélectionnez un fait pour le voir et le modifier.

Ctrl+N crée un nouveau fait.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="649" />
        <source>No fact matches these filters.

Ctrl+Shift+L clears them.</source>
        <translation>Aucun fait ne correspond à ces filtres.

Ctrl+Maj+L les efface.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="651" />
        <source>No facts yet.

Ctrl+N creates the first one.</source>
        <translation>Aucun fait pour le moment.

Ctrl+N crée le premier.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="762" />
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="793" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="808" />
        <source>Reloaded the saved version.</source>
        <translation>Version enregistrée rechargée.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="825" />
        <source>Move this fact to the Bin?

“{fact}”

You can restore it from the Bin.</source>
        <translation>Mettre ce fait à la corbeille ?

« {fact} »

Vous pourrez le restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="829" />
        <source>Move {n} facts to the Bin? You can restore them from the Bin.</source>
        <translation>Mettre {n} faits à la corbeille ? Vous pourrez les restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="831" />
        <source>Delete facts</source>
        <translation>Supprimer des faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="834" />
        <source>Delete {n} facts</source>
        <translation>Supprimer {n} faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="841" />
        <source>Moved {n} facts to the Bin. Undo with Ctrl+Z.</source>
        <translation>{n} faits mis à la corbeille. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="854" />
        <source>Restore {n} facts</source>
        <translation>Restaurer {n} faits</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="861" />
        <source>Restored {n} facts.</source>
        <translation>{n} faits restaurés.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="954" />
        <source>Delete saved dossier</source>
        <translation>Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="955" />
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="977" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="984" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="989" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="994" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="999" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1026" />
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1059" />
        <source>Add sections first (for example, one per theme).</source>
        <translation>Ajoutez d'abord des sections (par exemple, une par thème).</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1081" />
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1083" />
        <source>Briefing keeps facts with their provenance and prints briefing books (DOCX and PDF) by theme or by country. It works entirely offline.</source>
        <translation>Briefing conserve des faits avec leur provenance et imprime des dossiers (DOCX et PDF) par thème ou par pays. Il fonctionne entièrement hors ligne.</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1102" />
        <source>Export running</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <location filename="../mainwindow.py" line="1103" />
        <source>A dossier is being exported. Cancel the export and quit?</source>
        <translation>Un dossier est en cours d'exportation. Annuler l'exportation et quitter ?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../navigator.py" line="130" />
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="132" />
        <source>Click to filter the list; Ctrl+click to combine themes, countries...</source>
        <translation>Cliquez pour filtrer la liste ; Ctrl+clic pour combiner thèmes, pays…</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="165" />
        <source>All facts</source>
        <translation>Tous les faits</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="170" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="171" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="172" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="173" />
        <source>Markings</source>
        <translation>Marquages</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="174" />
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="176" />
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="178" />
        <source>Deleted facts, which can be restored</source>
        <translation>Faits supprimés, qui peuvent être restaurés</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="221" />
        <source>Open this saved dossier in the builder</source>
        <translation>Ouvrir ce dossier enregistré dans la composition</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="224" />
        <source>None saved yet</source>
        <translation>Aucun pour le moment</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="226" />
        <source>Save a dossier from the builder to find it here</source>
        <translation>Enregistrez un dossier depuis la composition pour le retrouver ici</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="387" />
        <source>Edit theme…</source>
        <translation>Modifier le thème…</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="389" />
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="391" />
        <source>Edit event…</source>
        <translation>Modifier l'événement…</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="393" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="395" />
        <source>Open in the builder</source>
        <translation>Ouvrir dans la composition</translation>
    </message>
    <message>
        <location filename="../navigator.py" line="397" />
        <source>Delete this saved dossier…</source>
        <translation>Supprimer ce dossier enregistré…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../entities.py" line="202" />
        <source>Edit organisation</source>
        <translation>Modifier l'organisation</translation>
    </message>
    <message>
        <location filename="../entities.py" line="202" />
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../entities.py" line="211" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../entities.py" line="216" />
        <source>Other names, acronyms</source>
        <translation>Autres noms, sigles</translation>
    </message>
    <message>
        <location filename="../entities.py" line="219" />
        <source>One per line, language in brackets: CEI [fr]</source>
        <translation>Un par ligne, langue entre crochets : CEI [fr]</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../entities.py" line="157" />
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <location filename="../entities.py" line="157" />
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../entities.py" line="161" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../entities.py" line="164" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../entities.py" line="166" />
        <source>e.g. President of Tajikistan</source>
        <translation>p. ex. Président du Tadjikistan</translation>
    </message>
    <message>
        <location filename="../entities.py" line="169" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../entities.py" line="174" />
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <location filename="../entities.py" line="176" />
        <source>One per line, language in brackets: Рахмон [ru]</source>
        <translation>Une par ligne, langue entre crochets : Рахмон [ru]</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>in the Bin</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Restore this version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Save this version's content as the newest version (history is kept)</source>
        <translation>Enregistrer le contenu de cette version comme la plus récente (l’historique est conservé)</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>restored version {n}</source>
        <translation>version {n} rétablie</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>earliest version kept</source>
        <translation>plus ancienne version conservée</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>moved to the Bin</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>brought back from the Bin</source>
        <translation>sorti de la corbeille</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>restored an earlier version</source>
        <translation>version antérieure rétablie</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Version {n}: {what}</source>
        <translation>Version {n} : {what}</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>The content did not change.</source>
        <translation>Le contenu n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Restore version {n}</source>
        <translation>Rétablir la version {n}</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>The fact has unsaved edits. Discard them and restore version {n}?</source>
        <translation>Le fait a des modifications non enregistrées. Les abandonner et rétablir la version {n} ?</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Restored version {n} as version {m}.</source>
        <translation>Version {n} rétablie comme version {m}.</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Translation ({language})</source>
        <translation>Traduction ({language})</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Key point</source>
        <translation>Point clé</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Said by</source>
        <translation>Déclaré par</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../factform.py" line="746" />
        <source>History of the fact</source>
        <translation>Historique du fait</translation>
    </message>
    <message>
        <location filename="../factform.py" line="751" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../factform.py" line="751" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../factform.py" line="751" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../factform.py" line="751" />
        <source>Statement then</source>
        <translation>Énoncé à cette date</translation>
    </message>
    <message>
        <location filename="../factform.py" line="760" />
        <source>current</source>
        <translation>actuelle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settingsdialog.py" line="25" />
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../settingsdialog.py" line="30" />
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../settingsdialog.py" line="34" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../settingsdialog.py" line="36" />
        <source>A new language applies the next time Briefing starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Briefing.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../entities.py" line="285" />
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../entities.py" line="285" />
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <location filename="../entities.py" line="289" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../entities.py" line="292" />
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../entities.py" line="295" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../entities.py" line="297" />
        <source>fr, en, ru…</source>
        <translation>fr, en, ru…</translation>
    </message>
    <message>
        <location filename="../entities.py" line="298" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../entities.py" line="301" />
        <source>(not graded)</source>
        <translation>(non cotée)</translation>
    </message>
    <message>
        <location filename="../entities.py" line="303" />
        <source>A — completely reliable</source>
        <translation>A — totalement fiable</translation>
    </message>
    <message>
        <location filename="../entities.py" line="304" />
        <source>B — usually reliable</source>
        <translation>B — généralement fiable</translation>
    </message>
    <message>
        <location filename="../entities.py" line="305" />
        <source>C — fairly reliable</source>
        <translation>C — assez fiable</translation>
    </message>
    <message>
        <location filename="../entities.py" line="306" />
        <source>D — not usually reliable</source>
        <translation>D — généralement peu fiable</translation>
    </message>
    <message>
        <location filename="../entities.py" line="307" />
        <source>E — unreliable</source>
        <translation>E — non fiable</translation>
    </message>
    <message>
        <location filename="../entities.py" line="308" />
        <source>F — reliability cannot be judged</source>
        <translation>F — fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location filename="../entities.py" line="315" />
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../entities.py" line="238" />
        <source>Edit theme</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <location filename="../entities.py" line="238" />
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location filename="../entities.py" line="240" />
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../entities.py" line="241" />
        <source>lower-case-with-dashes</source>
        <translation>minuscules-avec-tirets</translation>
    </message>
    <message>
        <location filename="../entities.py" line="245" />
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <location filename="../entities.py" line="248" />
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../entities.py" line="251" />
        <source>Name (Russian)</source>
        <translation>Nom (russe)</translation>
    </message>
    <message>
        <location filename="../entities.py" line="254" />
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location filename="../entities.py" line="261" />
        <source>Inside theme</source>
        <translation>Dans le thème</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../factform_history.py" line="0" />
        <source>Restore version {n}</source>
        <translation>Rétablir la version {n}</translation>
    </message>
    <message>
        <location filename="../commands.py" line="95" />
        <source>Edit “{fact}”</source>
        <translation>Modifier « {fact} »</translation>
    </message>
    <message>
        <location filename="../commands.py" line="122" />
        <source>Add “{fact}”</source>
        <translation>Ajouter « {fact} »</translation>
    </message>
    <message>
        <location filename="../commands.py" line="152" />
        <source>Delete “{fact}”</source>
        <translation>Supprimer « {fact} »</translation>
    </message>
    <message>
        <location filename="../commands.py" line="177" />
        <source>Restore “{fact}”</source>
        <translation>Restaurer « {fact} »</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="58" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../errors.py" line="67" />
        <source>Briefing hit an unexpected problem ({kind}). Your saved facts are safe.

Details were written to {path}</source>
        <translation>Briefing a rencontré un problème inattendu ({kind}). Vos faits enregistrés ne sont pas affectés.

Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../factmodel.py" line="46" />
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="47" />
        <source>reported</source>
        <translation>rapporté</translation>
    </message>
    <message>
        <location filename="../factmodel.py" line="48" />
        <source>assessed</source>
        <translation>évalué</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../prompts.py" line="25" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="26" />
        <source>This fact has changes that are not saved yet. Save them?</source>
        <translation>Ce fait comporte des modifications qui ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="57" />
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu'un d'autre</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="59" />
        <source>Someone else saved this fact after you opened it.</source>
        <translation>Quelqu'un d'autre a enregistré ce fait après que vous l'avez ouvert.</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="62" />
        <source>Your changes were not saved and are still in the form. Reload their version (your changes are discarded), or keep your changes: saving again will then replace their version.</source>
        <translation>Vos modifications n'ont pas été enregistrées et restent dans le formulaire. Rechargez sa version (vos modifications seront abandonnées) ou gardez vos modifications : un nouvel enregistrement remplacera alors sa version.</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="70" />
        <source>Reload their version</source>
        <translation>Recharger sa version</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="74" />
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="85" />
        <source>Dossier exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="86" />
        <source>The dossier was written to:</source>
        <translation>Le dossier a été écrit dans :</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="89" />
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../prompts.py" line="92" />
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>BinActions</name>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>&amp;Empty the Bin…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>Delete the facts in the Bin for good</source>
        <translation>Supprimer définitivement les faits de la corbeille</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>Empty the Bin…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>The Bin is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>Delete the {n} facts in the Bin for good?

Their history goes with them. This cannot be undone.</source>
        <translation>Supprimer définitivement les {n} faits de la corbeille ?

Leur historique disparaît avec eux. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>Empty the Bin</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../bin_actions.py" line="0" />
        <source>Deleted {n} facts for good.</source>
        <translation>{n} faits supprimés définitivement.</translation>
    </message>
</context>
</TS>