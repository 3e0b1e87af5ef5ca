"""The dossier's outline: what ``assemble`` prints, as indented lines (no Qt here).

The preview child (``preview_process``) builds it next to the dossier and sends it over a
pipe; the builder's Outline tab (``outline_tree``) shows it. It is capped (``MAX_OUTLINE``
facts and as many sources): a 100,000-fact outline would cost more to send and show than
it helps to read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class OutlineLine:
    """One line of the outline: its depth (0: top level), its kind ("cover", "heading",
    "entry" or "muted"), the text, a detail for the right-hand column, a tooltip."""

    depth: int
    kind: str
    text: str
    detail: str = ""
    tip: str = ""


@dataclass(frozen=True)
class Outline:
    """What ``dossier`` prints, as at most ~``limit`` fact lines (plain data: the preview
    child sends it over a pipe). ``listed`` fact entries of ``total`` are listed."""

    lines: tuple[OutlineLine, ...]
    listed: int
    total: int


def outline_of(
    dossier: Dossier,
    limit: int = MAX_OUTLINE,
    totals: Mapping[str, int] | None = None,
    facts_total: int | None = None,
) -> Outline:
    """``dossier`` as outline lines: cover, sections, facts (with citations), sources.

    ``totals`` (fact entries by section number) and ``facts_total`` stand for the
    counts of a dossier whose fact sections hold only the entries listed
    (``opening.Contents``); without them the counts are ``dossier``'s own.
    """
    lines: list[OutlineLine] = []

    def count(section: FactSection) -> int:
        return totals[section.number] if totals is not None else _fact_total(section)

    def add(depth: int, text: str, detail: str = "", kind: str = "entry", tip: str = "") -> None:
        lines.append(OutlineLine(depth, kind, text, detail, tip))

    # the cover's own words ("Cover: …") are the GUI's, in its language: the title goes alone
    add(0, dossier.title, dossier.marking, "cover")
    if dossier.kicker:
        add(1, dossier.kicker)
    if dossier.subtitle:
        add(1, dossier.subtitle)
    for line in dossier.cover:
        add(1, f"{line.label}: {line.value}" if line.label else line.value)
    if dossier.handling:
        add(1, dossier.handling)
    listed = 0

    def facts(depth: int, section: FactSection) -> None:
        nonlocal listed
        for text in block_lines(section.lead):
            add(depth, text, kind="muted")
        for fact in section.facts:
            if listed >= limit:
                return
            listed += 1
            cite = f"{fact.cite_text} " if fact.cite_text else ""
            text = " ".join(block_lines(fact.body))
            tip = "\n".join(x for x in (text, fact.meta) if x)
            add(depth, cite + text, fact.marking, tip=tip)
        bare = not section.facts and not section.subsections and not section.lead
        if bare and section.empty_text:
            add(depth, section.empty_text, kind="muted")
        for sub in section.subsections:
            add(depth, f"{sub.number}  {sub.title}", str(count(sub)), "heading")
            facts(depth + 1, sub)
        if section.see_also:
            add(depth, section.see_also_label or "→")
            for ref in section.see_also:
                add(depth + 1, ref.text)

    for section in dossier.sections:
        head = f"{section.number}  {section.title}"
        if isinstance(section, FactSection):
            add(0, head, str(count(section)), "heading")
            facts(1, section)
        elif isinstance(section, TextSection):
            add(0, head, kind="heading")
            for text in block_lines(section.body):
                add(1, text)
        elif isinstance(section, KeyPointsSection):
            add(0, head, str(len(section.points)), "heading")
            for point in section.points[:limit]:
                cite = f" {point.cite_text}" if point.cite_text else ""
                add(1, f"{_runs(point.text)}{cite}  {point.ref_text}")
            if not section.points and section.empty_text:
                add(1, section.empty_text, kind="muted")
        elif isinstance(section, WhoSection):
            add(0, head, str(len(section.people)), "heading")
            for person in section.people[:limit]:
                bio = " ".join(block_lines(person.bio))
                add(1, " — ".join(x for x in (person.name, person.role_line) if x), tip=bio)
            if not section.people and section.empty_text:
                add(1, section.empty_text, kind="muted")
        elif isinstance(section, FiguresSection):
            add(0, head, str(len(section.rows)), "heading")
            for row in section.rows[:limit]:
                cite = f"  {row.cite_text}" if row.cite_text else ""
                where = f" ({row.countries})" if row.countries else ""
                add(1, f"{row.label}: {row.value_text}{where}{cite}")
            if not section.rows and section.empty_text:
                add(1, section.empty_text, kind="muted")
    if dossier.sources:
        add(0, dossier.labels.sources, str(len(dossier.sources)), "heading")
        shown = 0
        for group in dossier.source_groups:
            if shown >= limit:
                break
            tip = f"{group.title}\n{group.details}" if group.details else ""
            add(1, group.title, str(len(group.notes)), tip=tip)
            for note in group.notes:
                if shown >= limit:
                    break
                shown += 1
                bits = [f"{note.number}."]
                if note.locator:
                    bits.append(note.locator)
                if note.quote_text:
                    bits.append(note.quote_text)
                add(2, " ".join(bits))
    total = dossier.fact_count() if facts_total is None else facts_total
    return Outline(tuple(lines), listed, total)


def _fact_total(section: FactSection) -> int:
    return len(section.facts) + sum(_fact_total(s) for s in section.subsections)
