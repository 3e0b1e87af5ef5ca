<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BinActions</name>
    <message numerus="yes">
        <source>Delete the %n facts in the Bin for good?

Their history goes with them. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the fact in the Bin for good?

Its history goes with it. This cannot be undone.</numerusform>
            <numerusform>Delete the %n facts in the Bin for good?

Their history goes with them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n facts for good.</source>
        <translation>
            <numerusform>Deleted %n fact for good.</numerusform>
            <numerusform>Deleted %n facts for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>Both of you changed %n field(s): choose which version to keep, then save the merge.</source>
        <translation>
            <numerusform>Both of you changed %n field: choose which version to keep, then save the merge.</numerusform>
            <numerusform>Both of you changed %n fields: choose which version to keep, then save the merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierBuilder</name>
    <message numerus="yes">
        <source>The dossier prints %Ln facts.</source>
        <translation>
            <numerusform>The dossier prints %Ln fact.</numerusform>
            <numerusform>The dossier prints %Ln facts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier prints at most %Ln facts.</source>
        <translation>
            <numerusform>The dossier prints at most %Ln fact.</numerusform>
            <numerusform>The dossier prints at most %Ln facts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are withheld: marked above the ceiling ({ceiling}).</source>
        <translation>
            <numerusform>%Ln more is withheld: marked above the ceiling ({ceiling}).</numerusform>
            <numerusform>%Ln more are withheld: marked above the ceiling ({ceiling}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This dossier prints %Ln facts: about {pages} pages. Exporting it takes several minutes, and a file that size is hard to read or send.

Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)</source>
        <translation>
            <numerusform>This dossier prints %Ln fact: about {pages} pages. Exporting it takes several minutes, and a file that size is hard to read or send.

Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)</numerusform>
            <numerusform>This dossier prints %Ln facts: about {pages} pages. Exporting it takes several minutes, and a file that size is hard to read or send.

Export it anyway? (A narrower scope, an event or fewer sections make it shorter.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message numerus="yes">
        <source>Writing “{name}”: %n fact entries…</source>
        <translation>
            <numerusform>Writing “{name}”: %n fact entry…</numerusform>
            <numerusform>Writing “{name}”: %n fact entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing “{name}”: %n of {total} entries, about {left} s left</source>
        <translation>
            <numerusform>Writing “{name}”: %n of {total} entries, about {left} s left</numerusform>
            <numerusform>Writing “{name}”: %n of {total} entries, about {left} s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message numerus="yes">
        <source>%n problems to fix before saving</source>
        <translation>
            <numerusform>%n problem to fix before saving</numerusform>
            <numerusform>%n problems to fix before saving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln facts in the Bin</source>
        <translation>
            <numerusform>%Ln fact in the Bin</numerusform>
            <numerusform>%Ln facts in the Bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facts shown / {total} total</source>
        <translation>
            <numerusform>%Ln fact shown / {total} total</numerusform>
            <numerusform>%Ln facts shown / {total} total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ facts shown / {total} total (counting…)</source>
        <translation>
            <numerusform>%Ln+ fact shown / {total} total (counting…)</numerusform>
            <numerusform>%Ln+ facts shown / {total} total (counting…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n facts</source>
        <translation>
            <numerusform>Delete %n fact</numerusform>
            <numerusform>Delete %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n facts to the Bin? You can restore them from the Bin.</source>
        <translation>
            <numerusform>Move %n fact to the Bin? You can restore it from the Bin.</numerusform>
            <numerusform>Move %n facts to the Bin? You can restore them from the Bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n facts to the Bin. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n fact to the Bin. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n facts to the Bin. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n facts</source>
        <translation>
            <numerusform>Restore %n fact</numerusform>
            <numerusform>Restore %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n facts.</source>
        <translation>
            <numerusform>Restored %n fact.</numerusform>
            <numerusform>Restored %n facts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewFlows</name>
    <message numerus="yes">
        <source>%Ln withheld by the ceiling</source>
        <translation>
            <numerusform>%Ln withheld by the ceiling</numerusform>
            <numerusform>%Ln withheld by the ceiling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln pages — rendering the full preview…</source>
        <translation>
            <numerusform>First page — rendering the full preview…</numerusform>
            <numerusform>First %Ln pages — rendering the full preview…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n withheld</numerusform>
            <numerusform>%n withheld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facts are marked above the dossier&apos;s ceiling.</source>
        <translation>
            <numerusform>%n fact is marked above the dossier&apos;s ceiling.</numerusform>
            <numerusform>%n facts are marked above the dossier&apos;s ceiling.</numerusform>
        </translation>
    </message>
</context>
</TS>
