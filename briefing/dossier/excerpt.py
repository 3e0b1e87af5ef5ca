"""The opening of a dossier: its first entries, for a preview that cannot print it all.

A 1,000-fact dossier takes ~4 s to lay out and a 100,000-fact one many minutes, while the
builder's preview should show a first page at once and stay bounded. ``excerpt`` keeps the
cover and the sections in printing order until a budget of entries (facts, key points,
people, figure rows) is spent, and cuts the rest. What is kept is printed exactly as the
whole dossier prints it (same numbers, citations, anchors); the annex keeps the sources
the kept entries cite. Links to entries that were cut print as plain text (the renderers
only link to what they print).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefing.dossier.document import (
    Dossier,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Section,
    SourceGroup,
    TextSection,
    WhoSection,
)


@dataclass(frozen=True)
class Excerpt:
    """The first entries of a dossier.

    ``facts`` fact entries of the whole dossier's ``total`` are kept; ``complete`` is True
    when nothing at all was cut.
    """

    dossier: Dossier
    facts: int
    total: int
    complete: bool


class _Budget:
    def __init__(self, entries: int) -> None:
        self.left = entries
        self.cut = False
        self.facts = 0
        self.cited: set[int] = set()

    def take(self, wanted: int) -> int:
        """How many of ``wanted`` entries fit (notes a cut when not all do)."""
        n = max(0, min(wanted, self.left))
        self.left -= n
        if n < wanted:
            self.cut = True
        return n


def _facts(section: FactSection, budget: _Budget) -> FactSection | None:
    if budget.left <= 0:
        budget.cut = True
        return None
    kept = section.facts[: budget.take(len(section.facts))]
    budget.facts += len(kept)
    budget.cited.update(f.source_number for f in kept if f.source_number is not None)
    subs: list[FactSection] = []
    for sub in section.subsections:
        part = _facts(sub, budget)
        if part is None:
            break
        subs.append(part)
    if len(subs) < len(section.subsections):
        budget.cut = True
    return replace(section, facts=kept, subsections=tuple(subs))


def _section(section: Section, budget: _Budget) -> Section | None:
    if isinstance(section, FactSection):
        return _facts(section, budget)
    if budget.left <= 0:
        budget.cut = True
        return None
    if isinstance(section, TextSection):
        return section
    if isinstance(section, KeyPointsSection):
        points = section.points[: budget.take(len(section.points))]
        budget.cited.update(p.source_number for p in points if p.source_number is not None)
        return replace(section, points=points)
    if isinstance(section, WhoSection):
        return replace(section, people=section.people[: budget.take(len(section.people))])
    assert isinstance(section, FiguresSection)
    rows = section.rows[: budget.take(len(section.rows))]
    budget.cited.update(r.source_number for r in rows if r.source_number is not None)
    return replace(section, rows=rows)


def excerpt(dossier: Dossier, entries: int) -> Excerpt:
    """The opening of ``dossier``: sections in order until ``entries`` entries are kept.

    Written sections and the cover are always whole; an entry is a fact, a key point, a
    person of who's who or a figure row. ``entries`` at or above the dossier's own count
    gives back ``dossier`` itself.
    """
    sections, budget = _walk(dossier, entries)
    total = dossier.fact_count()
    if not budget.cut and len(sections) == len(dossier.sections):
        return Excerpt(dossier, total, total, complete=True)
    return Excerpt(_cut(dossier, sections, budget.cited), budget.facts, total, complete=False)


def excerpt_of_part(part: Dossier, entries: int, total: int) -> Excerpt:
    """``excerpt`` of a dossier of ``total`` fact entries that was cut, given ``part``:
    that dossier built only up to where the cut falls (``opening``). The opening of
    ``part`` is the opening of the whole: the same sections and entries up to the cut,
    and the notes it cites (``part`` cites a prefix of the whole's notes, numbered
    alike)."""
    sections, budget = _walk(part, entries)
    return Excerpt(_cut(part, sections, budget.cited), budget.facts, total, complete=False)


def _walk(dossier: Dossier, entries: int) -> tuple[list[Section], _Budget]:
    budget = _Budget(entries)
    sections: list[Section] = []
    for section in dossier.sections:
        part = _section(section, budget)
        if part is None:
            break
        sections.append(part)
    return sections, budget


def _cut(dossier: Dossier, sections: list[Section], cited: set[int]) -> Dossier:
    groups: list[SourceGroup] = []
    for group in dossier.source_groups:
        notes = tuple(n for n in group.notes if n.number in cited)
        if notes:
            groups.append(replace(group, notes=notes))
    return replace(
        dossier,
        sections=tuple(sections),
        sources=tuple(n for n in dossier.sources if n.number in cited),
        source_groups=tuple(groups),
    )
