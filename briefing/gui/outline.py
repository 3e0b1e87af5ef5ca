"""The dossier preview: what ``assemble`` would print, as an outline (QtPdf is not in
PySide6-Essentials, so the preview is a faithful tree rather than rendered pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from briefing.dossier.document import (
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    TextSection,
    WhoSection,
)
from briefing.dossier.markup import Block, ListBlock, Paragraph, Run

MAX_OUTLINE = 400
MUTED = QColor("#6b7280")


def _runs(runs: tuple[Run, ...]) -> str:
    return "".join(r.text for r in runs)


def block_lines(blocks: tuple[Block, ...]) -> list[str]:
    """One line per paragraph, list item ("• …" / "1. …") or table row ("a | b")."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(_runs(block.runs))
        elif isinstance(block, ListBlock):
            for i, item in enumerate(block.items):
                mark = f"{block.start + i}." if block.ordered else "•"
                lines.append(f"{mark} {_runs(item)}")
        else:
            for row in (block.header, *block.rows):
                lines.append(" | ".join(_runs(cell) for cell in row))
    return lines


def fill_outline(tree: QTreeWidget, dossier: Dossier, limit: int = MAX_OUTLINE) -> int:
    """Show ``dossier`` as an outline: cover, sections, facts (with citations), sources.

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

    def muted(parent: QTreeWidgetItem, text: str) -> None:
        if text:
            add(parent, text).setForeground(0, MUTED)

    cover = add(
        tree,
        QCoreApplication.translate("DossierBuilder", "Cover: {title}").format(title=dossier.title),
        dossier.marking,
    )
    cover.setFont(0, bold)
    if dossier.kicker:
        add(cover, dossier.kicker)
    if dossier.subtitle:
        add(cover, dossier.subtitle)
    for line in dossier.cover:
        add(cover, f"{line.label}: {line.value}" if line.label else line.value)
    if dossier.handling:
        add(cover, dossier.handling)
    listed = 0

    def facts(parent: QTreeWidgetItem, section: FactSection) -> None:
        nonlocal listed
        for text in block_lines(section.lead):
            muted(parent, text)
        for fact in section.facts:
            if listed >= limit:
                return
            listed += 1
            cite = f"{fact.cite_text} " if fact.cite_text else ""
            text = " ".join(block_lines(fact.body))
            item = add(parent, cite + text, fact.marking)
            item.setToolTip(0, "\n".join(x for x in (text, fact.meta) if x))
        if not section.facts and not section.subsections and not section.lead:
            muted(parent, section.empty_text)
        for sub in section.subsections:
            child = add(parent, f"{sub.number}  {sub.title}", str(_fact_total(sub)))
            child.setFont(0, bold)
            facts(child, sub)
        if section.see_also:
            also = add(parent, section.see_also_label or "→")
            for ref in section.see_also:
                add(also, ref.text)

    for section in dossier.sections:
        head = add(tree, f"{section.number}  {section.title}")
        head.setFont(0, bold)
        if isinstance(section, FactSection):
            head.setText(1, str(_fact_total(section)))
            facts(head, section)
        elif isinstance(section, TextSection):
            for text in block_lines(section.body):
                add(head, text)
        elif isinstance(section, KeyPointsSection):
            head.setText(1, str(len(section.points)))
            for point in section.points:
                cite = f" {point.cite_text}" if point.cite_text else ""
                add(head, f"{_runs(point.text)}{cite}  {point.ref_text}")
            if not section.points:
                muted(head, section.empty_text)
        elif isinstance(section, WhoSection):
            head.setText(1, str(len(section.people)))
            for person in section.people:
                entry = add(head, " — ".join(x for x in (person.name, person.role_line) if x))
                bio = " ".join(block_lines(person.bio))
                if bio:
                    entry.setToolTip(0, bio)
            if not section.people:
                muted(head, section.empty_text)
        elif isinstance(section, FiguresSection):
            head.setText(1, str(len(section.rows)))
            for row in section.rows[:limit]:
                cite = f"  {row.cite_text}" if row.cite_text else ""
                where = f" ({row.countries})" if row.countries else ""
                add(head, f"{row.label}: {row.value_text}{where}{cite}")
            if not section.rows:
                muted(head, section.empty_text)
        head.setExpanded(True)
    if dossier.sources:
        annex = add(tree, dossier.labels.sources, str(len(dossier.sources)))
        annex.setFont(0, bold)
        shown = 0
        for group in dossier.source_groups:
            doc = add(annex, group.title, str(len(group.notes)))
            if group.details:
                doc.setToolTip(0, f"{group.title}\n{group.details}")
            for note in group.notes:
                if shown >= limit:
                    break
                shown += 1
                bits = [f"{note.number}."]
                if note.locator:
                    bits.append(note.locator)
                if note.quote_text:
                    bits.append(note.quote_text)
                add(doc, " ".join(bits))
    cover.setExpanded(True)
    return listed


def _fact_total(section: FactSection) -> int:
    return len(section.facts) + sum(_fact_total(s) for s in section.subsections)
