<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name/>
    <message>
        <source>unknown marking ceiling “{code}”: choose another ceiling</source>
        <translation type="vanished">classification maximale « {code} » inconnue : choisissez-en une autre</translation>
    </message>
    <message>
        <source>no event “{name}” in the base: choose another event</source>
        <translation type="vanished">aucun événement « {name} » dans la base : choisissez-en un autre</translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="vanished">Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation type="vanished">Versions antérieures de ce fait</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Énoncé</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation type="vanished">&amp;Langue de l&apos;original</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="vanished">Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="vanished">&amp;Auteur des propos</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation type="vanished">en tête des points clés, sur une ligne</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="vanished">Indexation</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation type="vanished">Filtrer les thèmes…</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation type="vanished">Thè&amp;mes</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation type="vanished">Filtrer les pays (nom ou code)…</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="vanished">&amp;Pays</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation type="vanished">Da&amp;te</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation type="vanished">Aucun événement (saisir un nom pour en créer un)</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="vanished">É&amp;vénement</translation>
    </message>
    <message>
        <source>Mark&amp;ing</source>
        <translation type="vanished">&amp;Classification</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation type="vanished">&amp;Fiabilité</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="vanished">Provenance</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation type="vanished">Choisir une source ou saisir un nouveau titre</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="vanished">Sou&amp;rce</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation type="vanished">Les termes exacts de la source</translation>
    </message>
    <message>
        <source>Exact &amp;quote</source>
        <translation type="vanished">C&amp;itation exacte</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation type="vanished">Page, paragraphe… p. ex. §10</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation type="vanished">&amp;Emplacement</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="vanished">Personnes et organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation type="vanished">Filtrer, ou saisir un nouveau nom puis Entrée</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="vanished">Perso&amp;nnes</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation type="vanished">&amp;Organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation type="vanished">Filtrer, ou saisir un nouveau titre puis Entrée</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="vanished">Doc&amp;uments</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">Chiffres</translation>
    </message>
    <message>
        <source>Ke&amp;y numbers stated by the fact</source>
        <translation type="vanished">C&amp;hiffres énoncés par le fait</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation type="vanished">Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="vanished">Annuler les modifications</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation type="vanished">Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Enregistrer</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation type="vanished">Enregistrer ce fait (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>BinActions</name>
    <message>
        <source>&amp;Empty the Bin…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete the facts in the Bin for good</source>
        <translation>Supprimer définitivement les faits de la corbeille</translation>
    </message>
    <message>
        <source>Empty the Bin…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>The Bin is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n facts in the Bin for good?

Their history goes with them. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement le fait de la corbeille ?

Son historique disparaît avec lui. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n faits de la corbeille ?

Leur historique disparaît avec eux. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the Bin</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n facts for good.</source>
        <translation>
            <numerusform>%n fait supprimé définitivement.</numerusform>
            <numerusform>%n faits supprimés définitivement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>A bundle carries facts to another machine, with their sources, people, events and earlier versions. Nothing marked above the ceiling is included.</source>
        <translation>Un paquet emporte des faits vers un autre poste, avec leurs sources, personnes, événements et versions antérieures. Rien de classifié au-dessus de la classification maximale n’y figure.</translation>
    </message>
    <message>
        <source>&amp;Highest marking included:</source>
        <translation>&amp;Classification maximale incluse :</translation>
    </message>
    <message>
        <source>Only the themes selected: {items}</source>
        <translation>Seulement les thèmes sélectionnés : {items}</translation>
    </message>
    <message>
        <source>Only the countries selected: {items}</source>
        <translation>Seulement les pays sélectionnés : {items}</translation>
    </message>
    <message>
        <source>Only the events selected: {items}</source>
        <translation>Seulement les événements sélectionnés : {items}</translation>
    </message>
    <message>
        <source>All facts (select themes, countries or events in the navigator to narrow the bundle).</source>
        <translation>Tous les faits (sélectionnez des thèmes, pays ou événements dans le navigateur pour restreindre le paquet).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>BundleFiles</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Bundle imported: {n} new facts.</source>
        <translation>Paquet importé : {n} faits nouveaux.</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Wrote {n} facts to {file}.</source>
        <translation>{n} faits écrits dans {file}.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Keep this base&apos;s version</source>
        <translation>&amp;Garder la version de cette base</translation>
    </message>
    <message>
        <source>&amp;Take the bundle&apos;s version</source>
        <translation>&amp;Prendre la version du paquet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Comparing the bundle with this base…</source>
        <translation>Comparaison du paquet avec cette base…</translation>
    </message>
    <message>
        <source>Trying the import out (nothing is kept)…</source>
        <translation>Essai de l’importation (rien n’est conservé)…</translation>
    </message>
    <message>
        <source>{done} of {total} facts compared</source>
        <translation>{done} faits comparés sur {total}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported; this base is as it was.</source>
        <translation>Annulé : rien n’a été importé ; cette base est restée telle quelle.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported:
{reason}</source>
        <translation>Ce paquet ne peut pas être importé :
{reason}</translation>
    </message>
    <message>
        <source>In this base</source>
        <translation>Dans cette base</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>{file}: new facts to add: {added}; already here and identical (skipped): {same}; conflicts with this base: {conflicts}.</source>
        <translation>{file} : faits nouveaux à ajouter : {added} ; déjà présents et identiques (ignorés) : {same} ; conflits avec cette base : {conflicts}.</translation>
    </message>
    <message>
        <source>Would also create: {what}.</source>
        <translation>Créerait aussi : {what}.</translation>
    </message>
    <message>
        <source>Choose for each conflict whether to keep this base&apos;s version or take the bundle&apos;s; the import is all or nothing.</source>
        <translation>Pour chaque conflit, gardez la version de cette base ou prenez celle du paquet ; l’import se fait en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>Country note {code}</source>
        <translation>Note pays {code}</translation>
    </message>
    <message>
        <source>taking the bundle&apos;s</source>
        <translation>version du paquet</translation>
    </message>
    <message>
        <source>keeping this base&apos;s</source>
        <translation>version de cette base</translation>
    </message>
    <message>
        <source>Checking the base once more…</source>
        <translation>Dernière vérification de la base…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Writing the facts…</source>
        <translation>Écriture des faits…</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} facts</source>
        <translation>Importation : {done} faits sur {total}</translation>
    </message>
    <message>
        <source>The base changed while you reviewed: {n} new conflict(s). Nothing was imported; review them and import again.</source>
        <translation>La base a changé pendant votre examen : {n} nouveau(x) conflit(s). Rien n’a été importé ; examinez-les et importez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>None selected</source>
        <translation>Aucune sélection</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else saved this fact after you opened it. Your changes are not lost. Fields only one of you changed are already merged.</source>
        <translation>Quelqu’un d’autre a enregistré ce fait après que vous l’avez ouvert. Vos modifications ne sont pas perdues. Les champs modifiés par un seul d’entre vous sont déjà fusionnés.</translation>
    </message>
    <message numerus="yes">
        <source>Both of you changed %n field(s): choose which version to keep, then save the merge.</source>
        <translation>
            <numerusform>Vous avez tous deux modifié %n champ : choisissez la version à garder, puis enregistrez la fusion.</numerusform>
            <numerusform>Vous avez tous deux modifié %n champs : choisissez la version à garder, puis enregistrez la fusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their saved version</source>
        <translation>Leur version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <source>&amp;Keep editing mine</source>
        <translation>&amp;Continuer ma modification</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Point clé</translation>
    </message>
    <message>
        <source>In the Bin</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Use mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed by both of you: choose one.</source>
        <translation>Modifié par vous deux : choisissez.</translation>
    </message>
    <message>
        <source>Changed only by you: yours is kept unless you choose theirs.</source>
        <translation>Modifié par vous seul : votre version est gardée sauf si vous prenez la leur.</translation>
    </message>
    <message>
        <source>Changed only by them: theirs is taken unless you choose yours.</source>
        <translation>Modifié par l’autre seul : sa version est prise sauf si vous gardez la vôtre.</translation>
    </message>
</context>
<context>
    <name>CountryNoteDialog</name>
    <message>
        <source>Country note</source>
        <translation>Note pays</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <source>Printed at the head of the country&apos;s brief, in the dossier&apos;s language (English when not written in it). Markdown: **bold**, *italic*, lists with -.</source>
        <translation>Imprimée en tête de la fiche pays, dans la langue du dossier (en anglais si elle n’y est pas rédigée). Markdown : **gras**, *italique*, listes avec -.</translation>
    </message>
    <message>
        <source>Note in {language}</source>
        <translation>Note en {language}</translation>
    </message>
    <message>
        <source>{name} ({code}) — has a note</source>
        <translation>{name} ({code}) — note rédigée</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>Discard the changes to the note on {code}?</source>
        <translation>Abandonner les modifications de la note sur {code} ?</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Only facts of this event print</source>
        <translation>Seuls les faits de cet événement sont imprimés</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>Include background facts (no event)</source>
        <translation>Avec les faits hors événement</translation>
    </message>
    <message>
        <source>Also print facts that belong to no event (context, history, figures)</source>
        <translation>Imprimer aussi les faits rattachés à aucun événement (contexte, historique, chiffres)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>e.g. the Minister</source>
        <translation>p. ex. le Ministre</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>À l’attention de</translation>
    </message>
    <message>
        <source>e.g. Central Asia desk</source>
        <translation>p. ex. sous-direction Asie centrale</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Empty: the day it is printed</source>
        <translation>Vide : le jour de l’impression</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>e.g. CA/2025/114</source>
        <translation>p. ex. AC/2025/114</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Facts marked above this level are left out</source>
        <translation>Les faits classifiés au-dessus de ce niveau sont exclus</translation>
    </message>
    <message>
        <source>Marking ceiling</source>
        <translation>Classification maximale</translation>
    </message>
    <message>
        <source>Limit every section to</source>
        <translation>Limiter chaque section à</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation>Filtrer les pays…</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation>Filtrer les thèmes…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Every fact, whatever its event</source>
        <translation>Tous les faits, quel que soit leur événement</translation>
    </message>
    <message>
        <source>No ceiling (everything)</source>
        <translation>Aucune limite (tout)</translation>
    </message>
    <message>
        <source>{name} (not in the base)</source>
        <translation>{name} (absent de la base)</translation>
    </message>
    <message>
        <source>{code} (unknown marking)</source>
        <translation>{code} (classification inconnue)</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s name</source>
        <translation>Vide : le nom de l’événement</translation>
    </message>
    <message>
        <source>Empty: “{default}”</source>
        <translation>Vide : « {default} »</translation>
    </message>
    <message>
        <source>Printed on the cover. Left empty, the cover reads “{title}”.</source>
        <translation>Imprimé en couverture. Laissé vide, la couverture indique « {title} ».</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (empty: no date)</source>
        <translation type="vanished">AAAA-MM-JJ (vide : pas de date)</translation>
    </message>
    <message>
        <source>{local} or {iso} (empty: no date)</source>
        <translation>{local} ou {iso} (vide : pas de date)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message>
        <source>Cover: {title}</source>
        <translation>Couverture : {title}</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="vanished">Sous-titre</translation>
    </message>
    <message>
        <source>Dossier builder</source>
        <translation>Composition du dossier</translation>
    </message>
    <message>
        <source>Saved dossier:</source>
        <translation>Dossier enregistré :</translation>
    </message>
    <message>
        <source>Name to save this dossier under</source>
        <translation>Nom sous lequel enregistrer ce dossier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="vanished">Couverture</translation>
    </message>
    <message>
        <source>Title printed on the cover</source>
        <translation type="vanished">Titre imprimé sur la couverture</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Titre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Événement</translation>
    </message>
    <message>
        <source>e.g. the Minister</source>
        <translation type="vanished">p. ex. le Ministre</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation type="vanished">Préparé pour</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="vanished">Préparé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Impression</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="vanished">Format de page</translation>
    </message>
    <message>
        <source>Marking ceiling</source>
        <translation type="vanished">Marquage maximal</translation>
    </message>
    <message>
        <source>Facts marked above this level are left out</source>
        <translation type="vanished">Les faits marqués au-dessus de ce niveau sont exclus</translation>
    </message>
    <message>
        <source>Limit every section to</source>
        <translation type="vanished">Limiter chaque section à</translation>
    </message>
    <message>
        <source>Filter countries…</source>
        <translation type="vanished">Filtrer les pays…</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="vanished">Pays</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation type="vanished">Filtrer les thèmes…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="vanished">Thèmes</translation>
    </message>
    <message>
        <source>Empty: the day it is printed</source>
        <translation type="vanished">Vide : le jour de l&apos;impression</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation type="vanished">Ajouter une section</translation>
    </message>
    <message>
        <source>One per theme</source>
        <translation>Une par thème</translation>
    </message>
    <message>
        <source>Add a section for every theme that has facts</source>
        <translation type="vanished">Ajouter une section pour chaque thème comportant des faits</translation>
    </message>
    <message>
        <source>One per country</source>
        <translation>Une par pays</translation>
    </message>
    <message>
        <source>Add a section for every country that has facts</source>
        <translation type="vanished">Ajouter une section pour chaque pays comportant des faits</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="vanished">Section</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="vanished">Faits</translation>
    </message>
    <message>
        <source>No sections yet.

Click “One per theme” or “One per country” to lay out the whole dossier in one step, or add sections one by one.</source>
        <translation type="vanished">Aucune section pour le moment.

Cliquez sur « Une par thème » ou « Une par pays » pour composer tout le dossier en une fois, ou ajoutez les sections une à une.</translation>
    </message>
    <message>
        <source>Drag sections to reorder them. Expand a section and untick the facts to leave out. Double-click a title to print another heading.</source>
        <translation type="vanished">Faites glisser les sections pour les réordonner. Dépliez une section et décochez les faits à exclure. Double-cliquez sur un titre pour imprimer un autre intitulé.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Lay out the facts in one section per theme (replaces the fact sections)</source>
        <translation>Répartir les faits en une section par thème (remplace les sections de faits)</translation>
    </message>
    <message>
        <source>Lay out the facts in one section per country (replaces the fact sections)</source>
        <translation>Répartir les faits en une section par pays (remplace les sections de faits)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Drag sections to reorder them. Expand a section and untick the facts to leave out. Select a written section to write its text.</source>
        <translation>Faites glisser les sections pour les réordonner. Dépliez une section et décochez les faits à écarter. Sélectionnez une section rédigée pour en écrire le texte.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">Actualiser</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation type="vanished">Contenu imprimé</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Exporter en DOCX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation type="vanished">(aucun événement)</translation>
    </message>
    <message>
        <source>No ceiling (everything)</source>
        <translation type="vanished">Aucun plafond (tout)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Facts selected in the list</source>
        <translation>Faits sélectionnés dans la liste</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Participants</translation>
    </message>
    <message>
        <source>Shared facts</source>
        <translation type="vanished">Faits communs</translation>
    </message>
    <message>
        <source>Selected facts</source>
        <translation type="vanished">Faits choisis</translation>
    </message>
    <message>
        <source>Common to the participants</source>
        <translation type="vanished">Questions communes aux participants</translation>
    </message>
    <message>
        <source>Laying out the sections…</source>
        <translation type="vanished">Composition des sections…</translation>
    </message>
    <message>
        <source>Cannot lay out the dossier: {error}</source>
        <translation type="vanished">Impossible de composer le dossier : {error}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="vanished">Chargement…</translation>
    </message>
    <message>
        <source>(fact not found)</source>
        <translation type="vanished">(fait introuvable)</translation>
    </message>
    <message>
        <source>“{name}” is already in the dossier.</source>
        <translation>« {name} » figure déjà dans le dossier.</translation>
    </message>
    <message>
        <source>{n} sections added.</source>
        <translation type="vanished">{n} sections ajoutées.</translation>
    </message>
    <message>
        <source>Select facts in the main list first.</source>
        <translation>Sélectionnez d&apos;abord des faits dans la liste principale.</translation>
    </message>
    <message>
        <source>… and {n} more facts, not listed here</source>
        <translation type="vanished">… et {n} autres faits, non listés ici</translation>
    </message>
    <message>
        <source>No facts in this section</source>
        <translation type="vanished">Aucun fait dans cette section</translation>
    </message>
    <message>
        <source>Section {n}: {message}</source>
        <translation>Section {n} : {message}</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation type="vanished">date non valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Written section</source>
        <translation>Section rédigée</translation>
    </message>
    <message>
        <source>Other (type its title)</source>
        <translation>Autre (saisir son titre)</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Qui est qui</translation>
    </message>
    <message>
        <source>Facts common to the participants</source>
        <translation>Faits communs aux participants</translation>
    </message>
    <message numerus="yes">
        <source>The dossier prints %Ln facts.</source>
        <translation>
            <numerusform>Le dossier imprime %Ln fait.</numerusform>
            <numerusform>Le dossier imprime %Ln faits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier prints at most %Ln facts.</source>
        <translation>
            <numerusform>Le dossier imprime au plus %Ln fait.</numerusform>
            <numerusform>Le dossier imprime au plus %Ln faits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are withheld: marked above the ceiling ({ceiling}).</source>
        <translation>
            <numerusform>%Ln autre n&apos;est pas imprimé : classification supérieure au maximum ({ceiling}).</numerusform>
            <numerusform>%Ln autres ne sont pas imprimés : classification supérieure au maximum ({ceiling}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The facts cannot be counted: {problem}</source>
        <translation>Impossible de compter les faits : {problem}</translation>
    </message>
    <message>
        <source>Replace the fact sections</source>
        <translation type="vanished">Remplacer les sections de faits</translation>
    </message>
    <message>
        <source>You left out facts in {n} of the fact sections. Laying out the dossier again replaces its fact sections and forgets those choices. Continue?</source>
        <translation type="vanished">Vous avez écarté des faits dans {n} section(s) de faits. Recomposer le dossier remplace ses sections de faits et oublie ces choix. Continuer ?</translation>
    </message>
    <message>
        <source>{n} fact sections laid out.</source>
        <translation type="vanished">Sections de faits composées : {n}.</translation>
    </message>
    <message>
        <source>No facts to lay out within this event and ceiling.</source>
        <translation type="vanished">Aucun fait à répartir pour cet événement et cette classification maximale.</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation type="vanished">Corrigez les champs signalés pour voir l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Assembling…</source>
        <translation type="vanished">Assemblage…</translation>
    </message>
    <message>
        <source>Cannot assemble the dossier: {error}</source>
        <translation type="vanished">Impossible d&apos;assembler le dossier : {error}</translation>
    </message>
    <message>
        <source>{size} · {language} · printed marking {marking} · {facts} fact entries · {sources} sources</source>
        <translation type="vanished">{size} · {language} · classification imprimée {marking} · {facts} entrées · {sources} sources</translation>
    </message>
    <message>
        <source>(first {n} listed)</source>
        <translation type="vanished">({n} premières listées)</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation type="vanished">Enregistré sous « {name} ».</translation>
    </message>
    <message>
        <source>Opened “{name}”.</source>
        <translation type="vanished">« {name} » ouvert.</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation type="vanished">Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation type="vanished">Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation type="vanished">« {name} » supprimé.</translation>
    </message>
    <message>
        <source>Unsaved dossier</source>
        <translation type="vanished">Dossier non enregistré</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Save them?</source>
        <translation type="vanished">Ce dossier comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Type a name to save the dossier under, then Save.</source>
        <translation type="vanished">Saisissez le nom sous lequel enregistrer le dossier, puis Enregistrer.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="vanished">Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation type="vanished">Exporter le dossier</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="vanished">Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="vanished">Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="vanished">Exportation…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="vanished">Exporté vers {path}</translation>
    </message>
    <message>
        <source>unknown marking ceiling “{code}”: choose another ceiling</source>
        <translation>classification maximale « {code} » inconnue : choisissez-en une autre</translation>
    </message>
    <message>
        <source>no event “{name}” in the base: choose another event</source>
        <translation>aucun événement « {name} » dans la base : choisissez-en un autre</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <source>Press lines</source>
        <translation>Éléments pour la presse</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Not printed while it is empty: write its text above.</source>
        <translation>Non imprimée tant qu’elle est vide : écrivez son texte ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>This dossier prints %Ln facts: about {pages} pages. Exporting it takes several minutes, and a file that size is hard to read or send.

Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)</source>
        <translation>
            <numerusform>Ce dossier imprime %Ln fait : environ {pages} pages. L’export prendra plusieurs minutes, et un fichier de cette taille est difficile à lire ou à transmettre.

L’exporter quand même ? (Un périmètre plus étroit, une rencontre ou moins de sections le raccourcissent.)</numerusform>
            <numerusform>Ce dossier imprime %Ln faits : environ {pages} pages. L’export prendra plusieurs minutes, et un fichier de cette taille est difficile à lire ou à transmettre.

L’exporter quand même ? (Un périmètre plus étroit, une rencontre ou moins de sections le raccourcissent.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierFlows</name>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Add sections first (for example, one per theme).</source>
        <translation>Ajoutez d&apos;abord des sections (par exemple, une par thème).</translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Reloaded the saved version.</source>
        <translation>Version enregistrée rechargée.</translation>
    </message>
    <message>
        <source>Saved the merged version.</source>
        <translation>Version fusionnée enregistrée.</translation>
    </message>
    <message>
        <source>Move this fact to the Bin?

“{fact}”

You can restore it from the Bin.</source>
        <translation>Mettre ce fait à la corbeille ?

« {fact} »

Vous pourrez le restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <source>Delete facts</source>
        <translation>Supprimer des faits</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation>Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>As facts name the event</source>
        <translation>Tel que les faits nomment l’événement</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Date de &amp;fin</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: a one-day event)</source>
        <translation>JJ/MM/AAAA ou AAAA-MM-JJ (vide : événement d’une journée)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Host country</source>
        <translation>Pays &amp;hôte</translation>
    </message>
    <message>
        <source>Same as the name</source>
        <translation>Identique au nom</translation>
    </message>
    <message>
        <source>As {language} writes it</source>
        <translation>Graphie en {language}</translation>
    </message>
    <message>
        <source>Name ({language})</source>
        <translation>Nom ({language})</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <source>Bilateral visit</source>
        <translation>Visite bilatérale</translation>
    </message>
    <message>
        <source>Ministerial meeting</source>
        <translation>Réunion ministérielle</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Entretien téléphonique</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="vanished">Lieu</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="vanished">Pays hôte</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Exportation de « {name} »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Assembling “{name}”…</source>
        <translation>Assemblage de « {name} »…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Writing “{name}”: %n fact entries…</source>
        <translation>
            <numerusform>Écriture de « {name} » : %n fait…</numerusform>
            <numerusform>Écriture de « {name} » : %n faits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing “{name}”: %n of {total} entries, about {left} s left</source>
        <translation>
            <numerusform>Écriture de « {name} » : %n sur {total} entrées, encore {left} s environ</numerusform>
            <numerusform>Écriture de « {name} » : %n sur {total} entrées, encore {left} s environ</numerusform>
        </translation>
    </message>
    <message>
        <source>No embedded font has these characters; they show only where the reader&apos;s system has a font for them:</source>
        <translation>Aucune police incorporée ne contient ces caractères ; ils ne s&apos;affichent que si le système du lecteur dispose d&apos;une police adaptée :</translation>
    </message>
    <message>
        <source>No font has these characters; they show as blank space:</source>
        <translation>Aucune police ne contient ces caractères ; ils apparaissent comme des blancs :</translation>
    </message>
    <message>
        <source>These facts are printed with a quote that no longer matches the stored text of their source (see each fact&apos;s form):</source>
        <translation>Ces faits sont imprimés avec une citation qui ne correspond plus au texte conservé de leur source (voir la fiche de chaque fait) :</translation>
    </message>
    <message>
        <source>Check the exported file</source>
        <translation>Vérifiez le fichier exporté</translation>
    </message>
    <message>
        <source>Characters not printed</source>
        <translation>Caractères non imprimés</translation>
    </message>
    <message>
        <source>Quotes to check</source>
        <translation>Citations à vérifier</translation>
    </message>
    <message>
        <source>fact {ref}</source>
        <translation>fait {ref}</translation>
    </message>
    <message>
        <source>source [{ref}]</source>
        <translation>source [{ref}]</translation>
    </message>
    <message>
        <source>section {ref}</source>
        <translation>section {ref}</translation>
    </message>
    <message>
        <source>section {ref} (chart)</source>
        <translation>section {ref} (graphique)</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>a section (chart)</source>
        <translation>une section (graphique)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the cover</source>
        <translation>la couverture</translation>
    </message>
    <message>
        <source>the marking</source>
        <translation>la mention de classification</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>fact {fact}: quote not found in “{source}”</source>
        <translation>fait {fact} : citation introuvable dans « {source} »</translation>
    </message>
    <message>
        <source>fact {fact}: locator {locator}, but the quote is at {found}</source>
        <translation>fait {fact} : emplacement {locator}, mais la citation est en {found}</translation>
    </message>
    <message>
        <source>fact {fact}: locator {locator}, but the quote spans paragraphs</source>
        <translation>fait {fact} : emplacement {locator}, mais la citation s’étend sur plusieurs paragraphes</translation>
    </message>
    <message>
        <source>The export failed ({kind}: {error}).</source>
        <translation>L&apos;exportation a échoué ({kind} : {error}).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <source>History…</source>
        <translation type="vanished">Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation type="vanished">Versions antérieures de ce fait</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="vanished">Énoncé</translation>
    </message>
    <message>
        <source>Language of the original</source>
        <translation type="vanished">Langue de l&apos;original</translation>
    </message>
    <message>
        <source>The fact, in Markdown: **bold**, *italic*, lists with - …</source>
        <translation type="vanished">Le fait, en Markdown : **gras**, *italique*, listes avec - …</translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="vanished">Original</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Aperçu</translation>
    </message>
    <message>
        <source>Translation (optional)</source>
        <translation type="vanished">Traduction (facultative)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Texte</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="vanished">&amp;Propos de</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation type="vanished">en tête des points clés, sur une ligne</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="vanished">Indexation</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation type="vanished">Filtrer les thèmes…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="vanished">Thèmes</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation type="vanished">Filtrer les pays (nom ou code)…</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="vanished">Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation type="vanished">Aucun événement (saisir un nom pour en créer un)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Événement</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="vanished">Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Fiabilité</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="vanished">Provenance</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation type="vanished">Choisir une source ou saisir un nouveau titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation type="vanished">Les termes exacts de la source</translation>
    </message>
    <message>
        <source>Exact quote</source>
        <translation type="vanished">Citation exacte</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation type="vanished">Page, paragraphe… p. ex. §10</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation type="vanished">Emplacement</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="vanished">Personnes et organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation type="vanished">Filtrer, ou saisir un nouveau nom puis Entrée</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">Organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation type="vanished">Filtrer, ou saisir un nouveau titre puis Entrée</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Documents</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">Chiffres</translation>
    </message>
    <message>
        <source>Key numbers stated by the fact</source>
        <translation type="vanished">Chiffres énoncés par le fait</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation type="vanished">Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="vanished">Revenir</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation type="vanished">Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Enregistrer</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation type="vanished">Enregistrer ce fait (Ctrl+S)</translation>
    </message>
    <message>
        <source>This fact is in the Bin. Restore it to edit it.</source>
        <translation>Ce fait est dans la corbeille. Restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Version {version} was saved by someone else. Your changes are kept; saving will replace that version.</source>
        <translation>La version {version} a été enregistrée par quelqu&apos;un d&apos;autre. Vos modifications sont conservées ; enregistrer remplacera cette version.</translation>
    </message>
    <message>
        <source>The original is in this language</source>
        <translation type="vanished">L&apos;original est dans cette langue</translation>
    </message>
    <message>
        <source>Translation {code}: {message}</source>
        <translation>Traduction {code} : {message}</translation>
    </message>
    <message>
        <source>{n} problem(s) to fix before saving</source>
        <translation type="vanished">{n} problème(s) à corriger avant d’enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix before saving</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Nouveau fait</translation>
    </message>
    <message>
        <source>No fact selected</source>
        <translation>Aucun fait sélectionné</translation>
    </message>
    <message>
        <source>Deleted fact</source>
        <translation>Fait supprimé</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Version {version} · updated {when}</source>
        <translation>Version {version} · modifié le {when}</translation>
    </message>
    <message>
        <source>Identifier: {uuid}</source>
        <translation>Identifiant : {uuid}</translation>
    </message>
</context>
<context>
    <name>FactListView</name>
    <message>
        <source>matched in its themes, source, quote, people or translations</source>
        <translation>trouvé dans ses thèmes, sa source, sa citation, ses personnes ou ses traductions</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Retirer le chiffre</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Ligne {row}, {column} : {message}</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Enregistré sous « {name} ».</translation>
    </message>
    <message>
        <source>Opened “{name}”.</source>
        <translation>« {name} » ouvert.</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation>Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation>Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>« {name} » supprimé.</translation>
    </message>
    <message>
        <source>Unsaved dossier</source>
        <translation>Dossier non enregistré</translation>
    </message>
    <message>
        <source>This dossier has changes that are not saved. Save them?</source>
        <translation>Ce dossier comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Type a name to save the dossier under, then Save.</source>
        <translation>Saisissez le nom sous lequel enregistrer le dossier, puis Enregistrer.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>A very large dossier</source>
        <translation>Un dossier très volumineux</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Earlier versions of this fact</source>
        <translation>Versions antérieures de ce fait</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>&amp;Written in</source>
        <translation>&amp;Langue de l&apos;original</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Auteur des propos</translation>
    </message>
    <message>
        <source>printed first, in one line, in the key-points section</source>
        <translation>en tête des points clés, sur une ligne</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Filter themes…</source>
        <translation>Filtrer les thèmes…</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>Thè&amp;mes</translation>
    </message>
    <message>
        <source>Filter countries (name or code)…</source>
        <translation>Filtrer les pays (nom ou code)…</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>No event (type a name to create one)</source>
        <translation>Aucun événement (saisir un nom pour en créer un)</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>Mark&amp;ing</source>
        <translation>&amp;Classification</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>&amp;Fiabilité</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Pick a source or type a new title</source>
        <translation>Choisir une source ou saisir un nouveau titre</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>The exact words of the source</source>
        <translation>Les termes exacts de la source</translation>
    </message>
    <message>
        <source>Exact &amp;quote</source>
        <translation>C&amp;itation exacte</translation>
    </message>
    <message>
        <source>Page, paragraph… e.g. §10</source>
        <translation>Page, paragraphe… p. ex. §10</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translation>&amp;Emplacement</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new name and press Enter</source>
        <translation>Filtrer, ou saisir un nouveau nom puis Entrée</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Perso&amp;nnes</translation>
    </message>
    <message>
        <source>Or&amp;ganisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Filter, or type a new title and press Enter</source>
        <translation>Filtrer, ou saisir un nouveau titre puis Entrée</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Ke&amp;y numbers stated by the fact</source>
        <translation>C&amp;hiffres énoncés par le fait</translation>
    </message>
    <message>
        <source>Restore from Bin</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save this fact (Ctrl+S)</source>
        <translation>Enregistrer ce fait (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <source>&amp;Open a document…</source>
        <translation>&amp;Ouvrir un document…</translation>
    </message>
    <message>
        <source>&amp;Paste text</source>
        <translation>Co&amp;ller du texte</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(aucun événement)</translation>
    </message>
    <message>
        <source>the document&apos;s own title</source>
        <translation>le titre du document</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Source title:</source>
        <translation>Titre de la source :</translation>
    </message>
    <message>
        <source>Theme &amp;keywords…</source>
        <translation>&amp;Mots-clés des thèmes…</translation>
    </message>
    <message>
        <source>The words that suggest each theme</source>
        <translation>Les mots qui font proposer chaque thème</translation>
    </message>
    <message>
        <source>Open a document (text, Markdown, HTML, DOCX, PDF) or paste its text.</source>
        <translation>Ouvrez un document (texte, Markdown, HTML, DOCX, PDF) ou collez son texte.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Accept ticked</source>
        <translation>&amp;Accepter les cochées</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accepter &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Reject ticked</source>
        <translation>&amp;Rejeter les cochées</translation>
    </message>
    <message>
        <source>&amp;Merge with next</source>
        <translation>&amp;Fusionner avec la suivante</translation>
    </message>
    <message>
        <source>One candidate of this one and the next (same paragraph)</source>
        <translation>Une seule proposition à partir de celle-ci et de la suivante (même paragraphe)</translation>
    </message>
    <message>
        <source>S&amp;plit at cursor</source>
        <translation>&amp;Scinder au curseur</translation>
    </message>
    <message>
        <source>Click in the highlighted quote where the second candidate should begin</source>
        <translation>Cliquez dans la citation en surbrillance là où la seconde proposition doit commencer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ferm&amp;er</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Lecture du document…</translation>
    </message>
    <message>
        <source>{done} of {total} paragraphs analysed</source>
        <translation>{done} paragraphes analysés sur {total}</translation>
    </message>
    <message>
        <source>{n} candidates from “{title}” ({language}); tick, edit, accept.</source>
        <translation>Propositions tirées de « {title} » ({language}) : {n} ; cochez, modifiez, acceptez.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Lecture annulée : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Restates a fact already in the base</source>
        <translation>Reprend un fait déjà présent dans la base</translation>
    </message>
    <message>
        <source>nothing suggested</source>
        <translation>aucune suggestion</translation>
    </message>
    <message>
        <source>Tick the candidates to accept first.</source>
        <translation>Cochez d&apos;abord les propositions à accepter.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{n} facts added.</source>
        <translation>Faits ajoutés : {n}.</translation>
    </message>
    <message>
        <source>{n} candidates rejected.</source>
        <translation>Propositions rejetées : {n}.</translation>
    </message>
</context>
<context>
    <name>KeyPointBox</name>
    <message>
        <source>&amp;Key point</source>
        <translation>Point &amp;clé</translation>
    </message>
    <message>
        <source>Printed first, in one line, in the dossier&apos;s key-points section (Alt+K)</source>
        <translation>Imprimé en premier, sur une ligne, dans la section des points clés du dossier (Alt+K)</translation>
    </message>
</context>
<context>
    <name>LayoutFlows</name>
    <message>
        <source>Replace the fact sections</source>
        <translation>Remplacer les sections de faits</translation>
    </message>
    <message>
        <source>You left out facts in {n} of the fact sections. Laying out the dossier again replaces its fact sections and forgets those choices. Continue?</source>
        <translation>Vous avez écarté des faits dans {n} section(s) de faits. Recomposer le dossier remplace ses sections de faits et oublie ces choix. Continuer ?</translation>
    </message>
    <message>
        <source>Laying out the sections…</source>
        <translation>Composition des sections…</translation>
    </message>
    <message>
        <source>{n} fact sections laid out.</source>
        <translation>Sections de faits composées : {n}.</translation>
    </message>
    <message>
        <source>No facts to lay out within this event and ceiling.</source>
        <translation>Aucun fait à répartir pour cet événement et cette classification maximale.</translation>
    </message>
    <message>
        <source>Cannot lay out the dossier: {error}</source>
        <translation>Impossible de composer le dossier : {error}</translation>
    </message>
</context>
<context>
    <name>ListFlows</name>
    <message>
        <source>Showing the Bin (deleted facts)</source>
        <translation>Corbeille (faits supprimés)</translation>
    </message>
    <message>
        <source>Filtered by: {what}</source>
        <translation>Filtré par : {what}</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <source>Select a fact to see and edit it.

Ctrl+N creates a new fact.</source>
        <translation>Sélectionnez un fait pour le voir et le modifier.

Ctrl+N crée un nouveau fait.</translation>
    </message>
    <message>
        <source>The Bin is empty.

Deleted facts wait here until restored.</source>
        <translation>La corbeille est vide.

Les faits supprimés y restent jusqu&apos;à leur restauration.</translation>
    </message>
    <message>
        <source>No fact matches these filters.

Ctrl+Shift+L clears them.</source>
        <translation>Aucun fait ne correspond à ces filtres.

Ctrl+Maj+L les efface.</translation>
    </message>
    <message>
        <source>No facts yet.

Ctrl+N creates the first one.</source>
        <translation>Aucun fait pour le moment.

Ctrl+N crée le premier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the database</source>
        <translation>la base</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Briefing — {name}</source>
        <translation type="vanished">Briefing — {name}</translation>
    </message>
    <message>
        <source>{name} — Briefing</source>
        <translation>{name} — Briefing</translation>
    </message>
    <message>
        <source>Search facts (Ctrl+F) — accents and case ignored</source>
        <translation>Rechercher des faits (Ctrl+F) — sans tenir compte des accents ni de la casse</translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation>Rechercher des faits</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="vanished">Faits</translation>
    </message>
    <message>
        <source>&amp;New fact</source>
        <translation type="vanished">&amp;Nouveau fait</translation>
    </message>
    <message>
        <source>Create a fact (Ctrl+N)</source>
        <translation type="vanished">Créer un fait (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the fact being edited (Ctrl+S)</source>
        <translation type="vanished">Enregistrer le fait en cours de modification (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation type="vanished">Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard the edits made since the last save</source>
        <translation type="vanished">Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected facts to the Bin (Delete)</source>
        <translation type="vanished">Mettre les faits sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="vanished">Res&amp;taurer</translation>
    </message>
    <message>
        <source>Bring the selected facts back from the Bin</source>
        <translation type="vanished">Restaurer les faits sélectionnés depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="vanished">&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the facts (Ctrl+F)</source>
        <translation type="vanished">Rechercher dans les faits (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="vanished">&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all facts</source>
        <translation type="vanished">Afficher tous les faits</translation>
    </message>
    <message>
        <source>Select &amp;all facts</source>
        <translation type="vanished">Sélectionner &amp;tous les faits</translation>
    </message>
    <message>
        <source>&amp;Dossier builder…</source>
        <translation type="vanished">&amp;Composition du dossier…</translation>
    </message>
    <message>
        <source>Build a briefing book from the facts (Ctrl+B)</source>
        <translation type="vanished">Composer un dossier à partir des faits (Ctrl+B)</translation>
    </message>
    <message>
        <source>New dossier by &amp;theme</source>
        <translation type="vanished">Nouveau dossier par &amp;thème</translation>
    </message>
    <message>
        <source>New dossier by &amp;country</source>
        <translation type="vanished">Nouveau dossier par &amp;pays</translation>
    </message>
    <message>
        <source>&amp;Add selected facts to the dossier</source>
        <translation type="vanished">&amp;Ajouter les faits sélectionnés au dossier</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="vanished">&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export the dossier being built to PDF (Ctrl+E)</source>
        <translation type="vanished">Exporter en PDF le dossier en cours (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation type="vanished">Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="vanished">Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="vanished">&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show the &amp;Bin</source>
        <translation type="vanished">Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="vanished">&amp;Navigateur</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="vanished">&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="vanished">&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="vanished">&amp;Personnes…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation type="vanished">&amp;Organisations…</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation type="vanished">&amp;Thèmes…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="vanished">&amp;Sources…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation type="vanished">&amp;Événements…</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation type="vanished">&amp;À propos de Briefing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="vanished">À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="vanished">Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="vanished">&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="vanished">&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation type="vanished">E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;act</source>
        <translation type="vanished">F&amp;ait</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation type="vanished">&amp;Référentiels</translation>
    </message>
    <message>
        <source>&amp;Country notes…</source>
        <translation type="vanished">Notes &amp;pays…</translation>
    </message>
    <message>
        <source>&amp;Import a document…</source>
        <translation type="vanished">&amp;Importer un document…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="vanished">&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="vanished">Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search failed: {m}</source>
        <translation type="vanished">La recherche a échoué : {m}</translation>
    </message>
    <message>
        <source>Showing the Bin (deleted facts)</source>
        <translation type="vanished">Corbeille (faits supprimés)</translation>
    </message>
    <message>
        <source>Filtered by: {what}</source>
        <translation type="vanished">Filtré par : {what}</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation type="vanished">Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <source>{shown}+ facts shown / {total} total (counting…)</source>
        <translation type="vanished">{shown}+ faits affichés / {total} au total (comptage…)</translation>
    </message>
    <message>
        <source>{n} facts in the Bin</source>
        <translation type="vanished">{n} faits dans la corbeille</translation>
    </message>
    <message>
        <source>{shown} facts shown / {total} total</source>
        <translation type="vanished">{shown} faits affichés / {total} au total</translation>
    </message>
    <message>
        <source>Select a fact to see and edit it.

Ctrl+N creates a new fact.</source>
        <translation type="vanished">Sélectionnez un fait pour le voir et le modifier.

Ctrl+N crée un nouveau fait.</translation>
    </message>
    <message>
        <source>No fact matches these filters.

Ctrl+Shift+L clears them.</source>
        <translation type="vanished">Aucun fait ne correspond à ces filtres.

Ctrl+Maj+L les efface.</translation>
    </message>
    <message>
        <source>No facts yet.

Ctrl+N creates the first one.</source>
        <translation type="vanished">Aucun fait pour le moment.

Ctrl+N crée le premier.</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="vanished">Non enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="vanished">Enregistré.</translation>
    </message>
    <message>
        <source>Reloaded the saved version.</source>
        <translation type="vanished">Version enregistrée rechargée.</translation>
    </message>
    <message>
        <source>Move this fact to the Bin?

“{fact}”

You can restore it from the Bin.</source>
        <translation type="vanished">Mettre ce fait à la corbeille ?

« {fact} »

Vous pourrez le restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <source>Move {n} facts to the Bin? You can restore them from the Bin.</source>
        <translation type="vanished">Mettre {n} faits à la corbeille ? Vous pourrez les restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <source>Delete facts</source>
        <translation type="vanished">Supprimer des faits</translation>
    </message>
    <message>
        <source>Delete {n} facts</source>
        <translation type="vanished">Supprimer {n} faits</translation>
    </message>
    <message>
        <source>Moved {n} facts to the Bin. Undo with Ctrl+Z.</source>
        <translation type="vanished">{n} faits mis à la corbeille. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Restore {n} facts</source>
        <translation type="vanished">Restaurer {n} faits</translation>
    </message>
    <message>
        <source>Restored {n} facts.</source>
        <translation type="vanished">{n} faits restaurés.</translation>
    </message>
    <message>
        <source>Delete saved dossier</source>
        <translation type="vanished">Supprimer le dossier enregistré</translation>
    </message>
    <message>
        <source>Delete the saved dossier “{name}”? The facts are not touched.</source>
        <translation type="vanished">Supprimer le dossier enregistré « {name} » ? Les faits ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">Organisations</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="vanished">Thèmes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="vanished">Sources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="vanished">Événements</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="vanished">Exporté vers {path}</translation>
    </message>
    <message>
        <source>Add sections first (for example, one per theme).</source>
        <translation type="vanished">Ajoutez d&apos;abord des sections (par exemple, une par thème).</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>À propos de Briefing</translation>
    </message>
    <message>
        <source>Briefing keeps facts with their provenance and prints briefing books (DOCX and PDF) by theme or by country. It works entirely offline.</source>
        <translation>Briefing conserve des faits avec leur provenance et imprime des dossiers (DOCX et PDF) par thème ou par pays. Il fonctionne entièrement hors ligne.</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>A dossier is being exported. Cancel the export and quit?</source>
        <translation>Un dossier est en cours d&apos;exportation. Annuler l&apos;exportation et quitter ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln facts in the Bin</source>
        <translation>
            <numerusform>%Ln fait dans la corbeille</numerusform>
            <numerusform>%Ln faits dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facts shown / {total} total</source>
        <translation>
            <numerusform>%Ln fait affiché / {total} au total</numerusform>
            <numerusform>%Ln faits affichés / {total} au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ facts shown / {total} total (counting…)</source>
        <translation>
            <numerusform>%Ln+ fait affiché / {total} au total (comptage…)</numerusform>
            <numerusform>%Ln+ faits affichés / {total} au total (comptage…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n facts</source>
        <translation>
            <numerusform>Supprimer %n fait</numerusform>
            <numerusform>Supprimer %n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n facts to the Bin? You can restore them from the Bin.</source>
        <translation>
            <numerusform>Mettre %n fait à la corbeille ? Vous pourrez le restaurer depuis la corbeille.</numerusform>
            <numerusform>Mettre %n faits à la corbeille ? Vous pourrez les restaurer depuis la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n facts to the Bin. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n fait mis à la corbeille. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%n faits mis à la corbeille. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n facts</source>
        <translation>
            <numerusform>Restaurer %n fait</numerusform>
            <numerusform>Restaurer %n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n facts.</source>
        <translation>
            <numerusform>%n fait restauré.</numerusform>
            <numerusform>%n faits restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Click to filter the list; Ctrl+click to combine themes, countries...</source>
        <translation>Cliquez pour filtrer la liste ; Ctrl+clic pour combiner thèmes, pays…</translation>
    </message>
    <message>
        <source>All facts</source>
        <translation>Tous les faits</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted facts, which can be restored</source>
        <translation>Faits supprimés, qui peuvent être restaurés</translation>
    </message>
    <message>
        <source>Open this saved dossier in the builder</source>
        <translation>Ouvrir ce dossier enregistré dans la composition</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucun pour le moment</translation>
    </message>
    <message>
        <source>Save a dossier from the builder to find it here</source>
        <translation>Enregistrez un dossier depuis la composition pour le retrouver ici</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Missing in {language}</source>
        <translation>Sans traduction : {language}</translation>
    </message>
    <message>
        <source>Facts with no translation in this language</source>
        <translation>Faits sans traduction dans cette langue</translation>
    </message>
    <message>
        <source>Outdated in {language}</source>
        <translation>Traduction obsolète : {language}</translation>
    </message>
    <message>
        <source>Facts whose translation predates an edit of the original</source>
        <translation>Faits dont la traduction est antérieure à une modification de l&apos;original</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Edit theme…</source>
        <translation>Modifier le thème…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Modifier l&apos;événement…</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Open in the builder</source>
        <translation>Ouvrir dans la composition</translation>
    </message>
    <message>
        <source>Delete this saved dossier…</source>
        <translation>Supprimer ce dossier enregistré…</translation>
    </message>
    <message>
        <source>Filter themes, countries, events…</source>
        <translation>Filtrer thèmes, pays, événements…</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation>Filtrer le navigateur</translation>
    </message>
</context>
<context>
    <name>OpenFlows</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Preparing your first base…

Briefing creates {name} and loads the sample summit into it. This happens once and takes a few seconds.</source>
        <translation>Préparation de votre première base…

Briefing crée {name} et y charge le sommet d’exemple. Cela n’arrive qu’une fois et prend quelques secondes.</translation>
    </message>
    <message>
        <source>Preparing your first base…</source>
        <translation>Préparation de votre première base…</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Search failed: {m}</source>
        <translation>La recherche a échoué : {m}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names, acronyms</source>
        <translation>Autres noms, sigles</translation>
    </message>
    <message>
        <source>One per line, language in brackets: CEI [fr]</source>
        <translation>Un par ligne, langue entre crochets : CEI [fr]</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation>Contenu imprimé</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>Chef d’État</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>Chef de gouvernement</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Haut fonctionnaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>As facts name the person, e.g. Emomali Rahmon</source>
        <translation>Tel que les faits nomment la personne, p. ex. Emomali Rahmon</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Orders the dossier&apos;s who&apos;s who (protocol order)</source>
        <translation>Ordonne le « qui est qui » du dossier (ordre protocolaire)</translation>
    </message>
    <message>
        <source>&amp;Protocol rank</source>
        <translation>Rang &amp;protocolaire</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>Autres &amp;graphies</translation>
    </message>
    <message>
        <source>In each dossier language</source>
        <translation>Dans chaque langue des dossiers</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nom tel qu’écrit</translation>
    </message>
    <message>
        <source>Short biography (Markdown, one to three sentences)</source>
        <translation>Courte biographie (Markdown, une à trois phrases)</translation>
    </message>
    <message>
        <source>As {language} writes it</source>
        <translation>Graphie en {language}</translation>
    </message>
    <message>
        <source>Same as the name</source>
        <translation>Identique au nom</translation>
    </message>
    <message>
        <source>Name in {language}</source>
        <translation>Nom en {language}</translation>
    </message>
    <message>
        <source>Biography in {language}</source>
        <translation>Biographie en {language}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Fonction</translation>
    </message>
    <message>
        <source>e.g. President of Tajikistan</source>
        <translation>p. ex. Président du Tadjikistan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">Pays</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="vanished">Autres graphies</translation>
    </message>
    <message>
        <source>One per line, language in brackets: Рахмон [ru]</source>
        <translation>Une par ligne, langue entre crochets : Рахмон [ru]</translation>
    </message>
</context>
<context>
    <name>PreviewFlows</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Printed content</source>
        <translation type="vanished">Contenu imprimé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the preview.</source>
        <translation>Corrigez les champs signalés pour voir l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Assembling…</source>
        <translation>Assemblage…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>Rendering the first pages…</source>
        <translation>Mise en page des premières pages…</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Mise en page de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Cannot preview the dossier: {error}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu du dossier : {error}</translation>
    </message>
    <message>
        <source>The outline follows the pages…</source>
        <translation>Le plan suit les pages…</translation>
    </message>
    <message>
        <source>The outline and the counts of the whole dossier follow the pages.</source>
        <translation>Le plan et les décomptes du dossier entier suivent les pages.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln withheld by the ceiling</source>
        <translation>
            <numerusform>%Ln non imprimée (au-dessus du maximum)</numerusform>
            <numerusform>%Ln non imprimées (au-dessus du maximum)</numerusform>
        </translation>
    </message>
    <message>
        <source>(first {n} listed in the outline)</source>
        <translation>({n} premières listées dans le plan)</translation>
    </message>
    <message>
        <source>Cannot open the rendered preview.</source>
        <translation>Impossible d&apos;ouvrir l&apos;aperçu mis en page.</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln pages — rendering the full preview…</source>
        <translation>
            <numerusform>%Ln première page — mise en page de l&apos;aperçu complet…</numerusform>
            <numerusform>%Ln premières pages — mise en page de l&apos;aperçu complet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first {pages} of about {estimate} pages ({facts} of {total} fact entries). Export the dossier to read it all.</source>
        <translation>L&apos;aperçu montre les {pages} premières pages sur environ {estimate} ({facts} entrées sur {total}). Exportez le dossier pour le lire en entier.</translation>
    </message>
    <message>
        <source>Cannot assemble the dossier: {error}</source>
        <translation type="vanished">Impossible d&apos;assembler le dossier : {error}</translation>
    </message>
    <message>
        <source>{size} · {language} · printed marking {marking} · {facts} fact entries · {sources} sources</source>
        <translation>{size} · {language} · classification imprimée {marking} · {facts} entrées · {sources} sources</translation>
    </message>
    <message>
        <source>(first {n} listed)</source>
        <translation type="vanished">({n} premières listées)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>{progress} — {left}</source>
        <translation>{progress} — {left}</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>encore environ {n} s</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>encore environ {n} min</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QuoteFlag</name>
    <message>
        <source>⚠ The saved quote is not in the stored text of “{source}”: it was edited, or the text changed. Check it against the source.</source>
        <translation>⚠ La citation enregistrée ne figure pas dans le texte conservé de « {source} » : elle a été modifiée, ou le texte a changé. Vérifiez-la dans la source.</translation>
    </message>
    <message>
        <source>⚠ The locator says {locator}, but the stored text of the source has this quote at {found}.</source>
        <translation>⚠ L’emplacement indiqué est {locator}, mais le texte conservé de la source contient cette citation en {found}.</translation>
    </message>
    <message>
        <source>⚠ The locator says {locator}, but this quote runs across several paragraphs of the source&apos;s stored text.</source>
        <translation>⚠ L’emplacement indiqué est {locator}, mais cette citation s’étend sur plusieurs paragraphes du texte conservé de la source.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>History of the fact</source>
        <translation>Historique du fait</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <source>in the Bin</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Save this version&apos;s content as the newest version (history is kept)</source>
        <translation>Enregistrer le contenu de cette version comme la plus récente (l’historique est conservé)</translation>
    </message>
    <message>
        <source>Statement then</source>
        <translation type="vanished">Énoncé à cette date</translation>
    </message>
    <message>
        <source>current</source>
        <translation type="vanished">actuelle</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>No sections yet.

Add written sections, key points and who&apos;s who from “Add”, and lay out the facts with “One per theme” or “One per country”.</source>
        <translation>Aucune section pour le moment.

Ajoutez des sections rédigées, les points clés et le « qui est qui » depuis « Ajouter », et répartissez les faits avec « Une par thème » ou « Une par pays ».</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigée</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Who&apos;s who</source>
        <translation>Qui est qui</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Shared facts</source>
        <translation>Faits communs</translation>
    </message>
    <message>
        <source>Selected facts</source>
        <translation>Faits choisis</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Common to the participants</source>
        <translation>Communs aux participants</translation>
    </message>
    <message>
        <source>(untitled written section)</source>
        <translation>(section rédigée sans titre)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Not printed while it is empty</source>
        <translation>Non imprimée tant qu’elle est vide</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <source>{kept} of {total}</source>
        <translation>{kept} sur {total}</translation>
    </message>
    <message>
        <source>1 fact</source>
        <translation>1 fait</translation>
    </message>
    <message>
        <source>{n} facts</source>
        <translation>{n} faits</translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n non imprimé</numerusform>
            <numerusform>%n non imprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facts are marked above the dossier&apos;s ceiling.</source>
        <translation>
            <numerusform>%n fait a une classification supérieure au maximum du dossier.</numerusform>
            <numerusform>%n faits ont une classification supérieure au maximum du dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} above</source>
        <translation>{n} plus haut</translation>
    </message>
    <message>
        <source>{n} of these facts print in an earlier section; this one refers to them.</source>
        <translation>{n} de ces faits sont imprimés dans une section précédente ; celle-ci y renvoie.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(fact not found)</source>
        <translation>(fait introuvable)</translation>
    </message>
    <message>
        <source>… and {n} more facts, not listed here</source>
        <translation>… et {n} autres faits, non listés ici</translation>
    </message>
    <message>
        <source>No facts in this section</source>
        <translation>Aucun fait dans cette section</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Comme l’interface</translation>
    </message>
    <message>
        <source>New dossiers in</source>
        <translation>Nouveaux dossiers en</translation>
    </message>
    <message>
        <source>A new language applies the next time Briefing starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Briefing.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Down (in the search box)</source>
        <translation>Bas (dans la recherche)</translation>
    </message>
    <message>
        <source>Go to the fact list</source>
        <translation>Aller à la liste des faits</translation>
    </message>
    <message>
        <source>Return (in the list)</source>
        <translation>Entrée (dans la liste)</translation>
    </message>
    <message>
        <source>Edit the fact (the cursor goes to its text)</source>
        <translation>Modifier le fait (le curseur va dans son texte)</translation>
    </message>
    <message>
        <source>Escape (in the form)</source>
        <translation>Échap (dans le formulaire)</translation>
    </message>
    <message>
        <source>Back to the fact list</source>
        <translation>Retour à la liste des faits</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous pane or field</source>
        <translation>Volet ou champ suivant / précédent</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Go to that field of the form</source>
        <translation>Aller à ce champ du formulaire</translation>
    </message>
    <message>
        <source>Shift+Up / Shift+Down</source>
        <translation>Maj+Haut / Maj+Bas</translation>
    </message>
    <message>
        <source>Select several facts</source>
        <translation>Sélectionner plusieurs faits</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>fr, en, ru…</source>
        <translation>fr, en, ru…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(not graded)</source>
        <translation>(non cotée)</translation>
    </message>
    <message>
        <source>A — completely reliable</source>
        <translation>A — totalement fiable</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — généralement fiable</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — assez fiable</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — généralement peu fiable</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — non fiable</translation>
    </message>
    <message>
        <source>F — reliability cannot be judged</source>
        <translation>F — fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
</context>
<context>
    <name>SpeakerField</name>
    <message>
        <source>— established fact —</source>
        <translation>— fait établi —</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Document (joint declaration, communiqué, plan)</source>
        <translation>Document (déclaration commune, communiqué, plan)</translation>
    </message>
    <message>
        <source>Delegation / government</source>
        <translation>Délégation / gouvernement</translation>
    </message>
    <message>
        <source>Who states the fact. Leave “established fact” when the source reports it as a fact; a dossier prints “According to …” before a stated one.</source>
        <translation>Qui énonce le fait. Laissez « fait établi » quand la source le rapporte comme un fait ; devant un propos, le dossier imprime « Selon … ».</translation>
    </message>
    <message>
        <source>Nobody: the source reports it as a fact</source>
        <translation>Personne : la source le rapporte comme un fait</translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation>Choisir une personne ou saisir un nouveau nom</translation>
    </message>
    <message>
        <source>Pick a document or type a new title</source>
        <translation>Choisir un document ou saisir un nouveau titre</translation>
    </message>
    <message>
        <source>Pick a country (name or code)</source>
        <translation>Choisir un pays (nom ou code)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
</context>
<context>
    <name>StatementTabs</name>
    <message>
        <source>The fact, in Markdown: **bold**, *italic*, lists with - …</source>
        <translation>Le fait, en Markdown : **gras**, *italique*, listes avec - …</translation>
    </message>
    <message>
        <source>The statement as a dossier prints it</source>
        <translation>L’énoncé tel qu’un dossier l’imprime</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Translation (optional)</source>
        <translation>Traduction (facultative)</translation>
    </message>
    <message>
        <source>Outdated: translated from an earlier wording of the original. Dossiers print the original instead.</source>
        <translation>Obsolète : traduite d&apos;une version antérieure de l&apos;original. Les dossiers impriment l&apos;original à la place.</translation>
    </message>
    <message>
        <source>Still correct</source>
        <translation>Toujours exacte</translation>
    </message>
    <message>
        <source>The translation still says what the original says: mark it current</source>
        <translation>La traduction dit toujours ce que dit l&apos;original : la marquer à jour</translation>
    </message>
    <message>
        <source>{code} (outdated)</source>
        <translation>{code} (obsolète)</translation>
    </message>
    <message>
        <source>The original is in this language</source>
        <translation>L’original est dans cette langue</translation>
    </message>
</context>
<context>
    <name>TextSectionEditor</name>
    <message>
        <source>Written section</source>
        <translation>Section rédigée</translation>
    </message>
    <message>
        <source>Heading printed above the text</source>
        <translation>Titre imprimé au-dessus du texte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown)</source>
        <translation>Te&amp;xte (Markdown)</translation>
    </message>
    <message>
        <source>- a first point
- a second point, with **bold** and *italic*</source>
        <translation>- un premier point
- un second point, avec du **gras** et de l’*italique*</translation>
    </message>
    <message>
        <source>**bold**  ·  *italic*  ·  `code`  ·  - bullets  ·  1. numbers  ·  [link](https://…)  ·  blank line: new paragraph</source>
        <translation>**gras**  ·  *italique*  ·  `code`  ·  - puces  ·  1. numéros  ·  [lien](https://…)  ·  ligne vide : nouveau paragraphe</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Tel qu’imprimé</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <source>Edit theme</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>lower-case-with-dashes</source>
        <translation>minuscules-avec-tirets</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Nom (russe)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Inside theme</source>
        <translation>Dans le thème</translation>
    </message>
</context>
<context>
    <name>ThemeKeywordsDialog</name>
    <message>
        <source>Theme keywords</source>
        <translation>Mots-clés des thèmes</translation>
    </message>
    <message>
        <source>one keyword or phrase a line; * for any ending</source>
        <translation>un mot-clé ou une expression par ligne ; * pour toute terminaison</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New fact</source>
        <translation>&amp;Nouveau fait</translation>
    </message>
    <message>
        <source>Create a fact (Ctrl+N)</source>
        <translation>Créer un fait (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the fact being edited (Ctrl+S)</source>
        <translation>Enregistrer le fait en cours de modification (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert changes</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard the edits made since the last save</source>
        <translation>Abandonner les modifications faites depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected facts to the Bin (Delete)</source>
        <translation>Mettre les faits sélectionnés à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Bring the selected facts back from the Bin</source>
        <translation>Restaurer les faits sélectionnés depuis la corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the facts (Ctrl+F)</source>
        <translation>Rechercher dans les faits (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show all facts</source>
        <translation>Afficher tous les faits</translation>
    </message>
    <message>
        <source>Select &amp;all facts</source>
        <translation>Sélectionner &amp;tous les faits</translation>
    </message>
    <message>
        <source>&amp;Dossier builder…</source>
        <translation>&amp;Composition du dossier…</translation>
    </message>
    <message>
        <source>Build a briefing book from the facts (Ctrl+B)</source>
        <translation>Composer un dossier à partir des faits (Ctrl+B)</translation>
    </message>
    <message>
        <source>New dossier by &amp;theme</source>
        <translation>Nouveau dossier par &amp;thème</translation>
    </message>
    <message>
        <source>New dossier by &amp;country</source>
        <translation>Nouveau dossier par &amp;pays</translation>
    </message>
    <message>
        <source>&amp;Add selected facts to the dossier</source>
        <translation>&amp;Ajouter les faits sélectionnés au dossier</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export the dossier being built to PDF (Ctrl+E)</source>
        <translation>Exporter en PDF le dossier en cours (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>Exporter en &amp;DOCX…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show the &amp;Bin</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Sources…</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Événements…</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>&amp;À propos de Briefing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>E&amp;xport a bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Country notes…</source>
        <translation>Notes &amp;pays…</translation>
    </message>
    <message>
        <source>&amp;Import a document…</source>
        <translation>&amp;Importer un document…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;act</source>
        <translation>F&amp;ait</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>&amp;Référentiels</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit “{fact}”</source>
        <translation>Modifier « {fact} »</translation>
    </message>
    <message>
        <source>Add “{fact}”</source>
        <translation>Ajouter « {fact} »</translation>
    </message>
    <message>
        <source>Delete “{fact}”</source>
        <translation>Supprimer « {fact} »</translation>
    </message>
    <message>
        <source>Restore “{fact}”</source>
        <translation>Restaurer « {fact} »</translation>
    </message>
    <message>
        <source>Restore version {n}</source>
        <translation>Restaurer la version {n}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Briefing hit an unexpected problem ({kind}). Your saved facts are safe.

Details were written to {path}</source>
        <translation>Briefing a rencontré un problème inattendu ({kind}). Vos faits enregistrés ne sont pas affectés.

Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>confirmed</source>
        <translation type="vanished">confirmé</translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="vanished">rapporté</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation type="vanished">évalué</translation>
    </message>
</context>
<context>
    <name>navigator</name>
    <message>
        <source>Filter themes, countries, events…</source>
        <translation type="vanished">Filtrer thèmes, pays, événements…</translation>
    </message>
    <message>
        <source>Filter the navigator</source>
        <translation type="vanished">Filtrer le navigateur</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This fact has changes that are not saved yet. Save them?</source>
        <translation>Ce fait comporte des modifications qui ne sont pas encore enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="vanished">Enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else saved this fact after you opened it.</source>
        <translation type="vanished">Quelqu&apos;un d&apos;autre a enregistré ce fait après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Your changes were not saved and are still in the form. Reload their version (your changes are discarded), or keep your changes: saving again will then replace their version.</source>
        <translation type="vanished">Vos modifications n&apos;ont pas été enregistrées et restent dans le formulaire. Rechargez sa version (vos modifications seront abandonnées) ou gardez vos modifications : un nouvel enregistrement remplacera alors sa version.</translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation type="vanished">Recharger sa version</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation type="vanished">Garder mes modifications</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>The dossier was written to:</source>
        <translation>Le dossier a été écrit dans :</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>
