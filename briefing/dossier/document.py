"""The Dossier: everything a renderer needs to print a brief, as plain frozen dataclasses.

``assemble(spec, store)`` builds one of these from the database; the DOCX and PDF renderers
read it and nothing else. They never import SQLAlchemy or Qt, so they can be tested with a
Dossier built by hand.

Text that came from users (statements, written sections, biographies, country notes) is
already parsed into ``Block`` values by ``briefing.dossier.markup``: renderers turn runs
into formatting and must print every ``Run.text`` literally (no markup or XML
interpretation).

Every printed word is decided in ``assemble``: cover lines, the small meta line under a
fact, "According to …" lead-ins, cross-references, annex entries with their quotation
marks. A renderer only lays these out, with the sizes and colours of
``briefing.dossier.styles``; it never composes text of its own beyond joining what it is
given (and page numbers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefing.dossier.markup import Block, Run

PageSize = Literal["A4", "Letter"]


@dataclass(frozen=True)
class Labels:
    """Printed words in the dossier's language.

    ``page_of`` is a template with ``{page}`` and ``{total}``; the others are plain words.
    """

    language: str
    contents: str
    sources: str
    page_of: str
    prepared_for: str
    prepared_by: str
    event: str
    date: str
    marking: str
    key_figures: str
    participants: str
    figure: str
    value: str
    name: str
    role: str
    country: str
    fact: str
    source: str
    locator: str
    quote: str
    confidence: str
    original_language: str
    no_facts: str
    shared: str
    picked: str
    briefing_book: str
    key_points: str
    who_is_who: str
    prepared_on: str
    reference: str
    version: str
    see_also: str
    background: str
    chart: str
    purpose: str
    key_messages: str
    according_to: str
    see_entry: str
    more_refs: str


@dataclass(frozen=True)
class CoverLine:
    """A labelled line of the cover ("Prepared for" / "The Minister")."""

    label: str
    value: str


@dataclass(frozen=True)
class SourceNote:
    """One numbered citation: a quote and its locator in a source document.

    ``number`` starts at 1, in order of first citation, and is what facts cite
    (``DossierFact.source_number``). ``quote_text`` already carries the quotation marks of
    the quote's own language (« … » in French, “…” in English, «…» in Russian).
    ``title`` and ``details`` repeat the group's, for renderers that list notes flat.
    """

    number: int
    title: str
    details: str
    locator: str | None
    quote_text: str | None
    language: str | None = None


@dataclass(frozen=True)
class SourceGroup:
    """A source document of the annex with every citation of it, by number.

    ``details`` is one line: author or publisher, date, reference or URL, reliability.
    """

    title: str
    details: str
    url: str | None
    notes: tuple[SourceNote, ...]


@dataclass(frozen=True)
class DossierFact:
    """One fact as printed.

    Attributes:
        uuid: the fact's stable id (never printed as body text).
        anchor: unique bookmark / destination of this entry ("f-<n>"); key points and
            cross-references link here.
        body: the statement in the dossier language where a translation exists, else the
            original, parsed into blocks; an attribution ("According to Vladimir Putin, ")
            is already the first run(s) of the first paragraph.
        text_language: the language of ``body``.
        meta: the small line printed under the statement (date · event · confidence ·
            original language), or "" when there is nothing to say.
        cite_text: the citation as printed, "[3]", linked to the annex entry; None when
            the fact has no source.
        source_number: the annex entry this fact cites, or None.
        marking: the fact's marking code, e.g. "UNCLASSIFIED".
        countries: display names of the countries the fact concerns, in the dossier language.
        key: whether the fact is a key point.
    """

    uuid: str
    anchor: str
    body: tuple[Block, ...]
    text_language: str
    meta: str
    cite_text: str | None
    source_number: int | None
    marking: str
    countries: tuple[str, ...] = ()
    key: bool = False


@dataclass(frozen=True)
class CrossRef:
    """A pointer to an entry printed elsewhere in the dossier (a fact prints once)."""

    text: str
    target: str


@dataclass(frozen=True)
class FactSection:
    """A numbered section of facts (level 1) possibly holding sub-sections (level 2).

    ``number`` is the printed number ("2", "2.1"); ``anchor`` is unique in the dossier and
    safe to use as a bookmark / PDF destination name (ASCII letters, digits, '-', '_').
    ``lead`` is printed before the facts (a country brief's desk note); ``see_also`` after
    them: entries that concern this section but print in another one. ``empty_text`` is
    printed when the section has no facts, no lead and no sub-sections.
    """

    number: str
    title: str
    anchor: str
    facts: tuple[DossierFact, ...]
    subsections: tuple[FactSection, ...] = ()
    lead: tuple[Block, ...] = ()
    see_also_label: str = ""
    see_also: tuple[CrossRef, ...] = ()
    empty_text: str = ""


@dataclass(frozen=True)
class TextSection:
    """A section a person wrote (purpose, key messages, lines to take, programme)."""

    number: str
    title: str
    anchor: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class KeyPoint:
    """One key point: a line of text linked to the fact's full entry.

    ``ref_text`` is the printed link to the entry ("see 4.2"); ``target`` its anchor; both
    are "" when the fact prints nowhere else in the dossier. ``fact`` is the fact's id
    (never printed).
    """

    text: tuple[Run, ...]
    target: str
    ref_text: str
    cite_text: str | None
    source_number: int | None
    fact: str = ""


@dataclass(frozen=True)
class KeyPointsSection:
    """The key points, first thing after the written purpose."""

    number: str
    title: str
    anchor: str
    points: tuple[KeyPoint, ...]
    empty_text: str = ""


@dataclass(frozen=True)
class PersonEntry:
    """Someone across the table, as who's who prints them.

    ``name`` is written in the dossier's script; ``role_line`` joins role, country and
    organisation ("President of the Republic of Tajikistan · Tajikistan"); ``bio`` may be
    empty; ``bio_note`` says when the biography is not in the dossier language.
    """

    name: str
    role_line: str
    bio: tuple[Block, ...]
    bio_note: str | None = None


@dataclass(frozen=True)
class WhoSection:
    """Who's who: the event's participants in protocol order."""

    number: str
    title: str
    anchor: str
    people: tuple[PersonEntry, ...]
    empty_text: str = ""


@dataclass(frozen=True)
class FigureRow:
    """A row of the key-figures table."""

    label: str
    value_text: str
    countries: str
    cite_text: str | None
    source_number: int | None


@dataclass(frozen=True)
class ChartBar:
    """One bar: its label, value (for drawing) and printed value."""

    label: str
    value: float
    value_text: str


@dataclass(frozen=True)
class Chart:
    """A small horizontal bar chart of figures sharing a label and unit.

    ``title`` and ``unit_text`` are in the dossier language; values share one unit.
    """

    title: str
    unit_text: str
    bars: tuple[ChartBar, ...]


@dataclass(frozen=True)
class FiguresSection:
    """The key-figures table (a numbered section), with charts where figures compare.

    ``columns`` are the table's header cells (figure, value, countries, source).
    """

    number: str
    title: str
    anchor: str
    columns: tuple[str, ...]
    rows: tuple[FigureRow, ...]
    charts: tuple[Chart, ...] = ()
    empty_text: str = ""


Section = FactSection | FiguresSection | WhoSection | TextSection | KeyPointsSection


@dataclass(frozen=True)
class Dossier:
    """A whole brief, ready to print.

    ``marking`` is the highest marking among everything actually included (printed on
    every page); ``handling`` is that marking's handling line, printed on the cover.
    ``cover`` holds the labelled cover lines in order (event, place and dates, prepared
    for/by, prepared on, reference, version). ``sources`` are the citations, numbered from
    1 in order of first appearance; ``source_groups`` the same notes grouped by document
    for the annex, in order of each document's first citation.
    ``untranslated`` and ``outdated`` count the entries printed in their original language
    because the dossier's language had no translation, or only an outdated one (the cover
    says so in a line of its own).
    """

    title: str
    subtitle: str | None
    kicker: str
    cover: tuple[CoverLine, ...]
    date_text: str
    language: str
    page_size: PageSize
    marking: str
    marking_text: str
    handling: str | None
    labels: Labels
    sections: tuple[Section, ...]
    sources: tuple[SourceNote, ...]
    source_groups: tuple[SourceGroup, ...]
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    untranslated: int = 0
    outdated: int = 0

    def fact_sections(self) -> list[FactSection]:
        """Every fact section and sub-section, in printing order."""
        out: list[FactSection] = []

        def visit(section: FactSection) -> None:
            out.append(section)
            for sub in section.subsections:
                visit(sub)

        for section in self.sections:
            if isinstance(section, FactSection):
                visit(section)
        return out

    def walk(self, level: int = 0) -> list[tuple[int, Section]]:
        """Every section and fact sub-section in printing order, with its depth from
        ``level`` (the top-level sections are at ``level``)."""
        out: list[tuple[int, Section]] = []

        def visit(section: Section, depth: int) -> None:
            out.append((depth, section))
            if isinstance(section, FactSection):
                for sub in section.subsections:
                    visit(sub, depth + 1)

        for section in self.sections:
            visit(section, level)
        return out

    def annex_groups(self) -> list[SourceGroup]:
        """The annex's groups; a cited note no group holds gets a group of its own (from the
        title and details every note repeats), so that nothing cited goes unprinted."""
        groups = list(self.source_groups)
        grouped = {note.number for group in groups for note in group.notes}
        for note in self.sources:
            if note.number not in grouped:
                groups.append(SourceGroup(note.title, note.details, None, (note,)))
                grouped.add(note.number)
        return groups

    def fact_ids(self) -> list[str]:
        """The id of every fact printed (as an entry or a key point), once each, in
        printing order."""
        ids: dict[str, None] = {}
        for _, section in self.walk():
            if isinstance(section, KeyPointsSection):
                ids.update((p.fact, None) for p in section.points if p.fact)
            elif isinstance(section, FactSection):
                ids.update((f.uuid, None) for f in section.facts)
        return list(ids)

    def fact_count(self) -> int:
        """Number of printed fact entries (each fact prints once)."""
        return sum(len(s.facts) for s in self.fact_sections())
