"""The dossier preview: what ``assemble`` would print, as an outline (QtPdf is not in
PySide6-Essentials, so the preview is a faithful tree rather than rendered pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FiguresSection,
    ParticipantsSection,
)

MAX_OUTLINE = 400


def _dossier_text(fact: DossierFact) -> str:
    parts: list[str] = []
    for block in fact.body:
        if hasattr(block, "runs"):
            parts.append("".join(r.text for r in block.runs))
        else:
            parts.extend("• " + "".join(r.text for r in item) for item in block.items)
    return " ".join(parts)


def fill_outline(tree: QTreeWidget, dossier: Dossier, limit: int = MAX_OUTLINE) -> int:
    """Show ``dossier`` as an outline: cover, sections, facts (with source numbers), sources.

    Returns the number of fact entries listed.
    """
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)

    def add(parent: QTreeWidgetItem | QTreeWidget, text: str, detail: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, detail])
        item.setToolTip(0, text)
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    cover = add(
        tree,
        QCoreApplication.translate("DossierBuilder", "Cover: {title}").format(title=dossier.title),
        dossier.marking,
    )
    cover.setFont(0, bold)
    for label, value in (
        (QCoreApplication.translate("DossierBuilder", "Subtitle"), dossier.subtitle),
        (dossier.labels.event, dossier.event),
        ("", dossier.place_date),
        (dossier.labels.prepared_for, dossier.prepared_for),
        (dossier.labels.prepared_by, dossier.prepared_by),
        (dossier.labels.date, dossier.date_text),
        (dossier.labels.marking, dossier.marking),
    ):
        if value:
            add(cover, f"{label}: {value}" if label else value)
    listed = 0

    def facts(parent: QTreeWidgetItem, section: FactSection) -> None:
        nonlocal listed
        for fact in section.facts:
            if listed >= limit:
                return
            listed += 1
            number = f"[{fact.source_number}] " if fact.source_number else ""
            text = _dossier_text(fact)
            item = add(parent, number + text, fact.marking)
            item.setToolTip(0, text)
        if not section.facts and not section.subsections:
            add(parent, dossier.labels.no_facts)
        for sub in section.subsections:
            child = add(parent, f"{sub.number}  {sub.title}", str(len(sub.facts)))
            child.setFont(0, bold)
            facts(child, sub)

    for section in dossier.sections:
        head = add(tree, f"{section.number}  {section.title}")
        head.setFont(0, bold)
        if isinstance(section, FactSection):
            head.setText(
                1, str(len(section.facts) + sum(len(s.facts) for s in section.subsections))
            )
            facts(head, section)
        elif isinstance(section, FiguresSection):
            head.setText(1, str(len(section.rows)))
            for row in section.rows[:limit]:
                number = f"  [{row.source_number}]" if row.source_number else ""
                where = f" ({row.countries})" if row.countries else ""
                add(head, f"{row.label}: {row.value_text}{where}{number}")
        elif isinstance(section, ParticipantsSection):
            head.setText(1, str(len(section.rows)))
            for p in section.rows:
                add(head, ", ".join(x for x in (p.name, p.role, p.country) if x))
        head.setExpanded(True)
    if dossier.sources:
        annex = add(tree, dossier.labels.sources, str(len(dossier.sources)))
        annex.setFont(0, bold)
        for note in dossier.sources[:limit]:
            bits = [f"{note.number}. {note.title}"]
            if note.locator:
                bits.append(note.locator)
            if note.quote:
                bits.append(f"« {note.quote} »")
            add(annex, " — ".join(bits), note.reliability or "")
    cover.setExpanded(True)
    return listed
