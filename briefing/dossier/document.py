"""The Dossier: everything a renderer needs to print a brief, as plain frozen dataclasses.

``assemble(spec, store)`` builds one of these from the database; the DOCX and PDF renderers
read it and nothing else. They never import SQLAlchemy or Qt, so they can be tested with a
Dossier built by hand.

Text that came from users (statements) is already parsed into ``Block`` values by
``briefing.dossier.markup``: renderers turn runs into formatting and must print every
``Run.text`` literally (no markup or XML interpretation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from briefing.dossier.markup import Block

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


@dataclass(frozen=True)
class SourceNote:
    """One numbered entry of the sources annex: where a fact comes from, with the exact quote.

    ``number`` starts at 1 and is what facts cite (``DossierFact.source_number``).
    """

    number: int
    title: str
    publisher: str | None
    date_text: str | None
    locator: str | None
    quote: str | None
    language: str | None
    reliability: str | None


@dataclass(frozen=True)
class DossierFact:
    """One fact as printed.

    Attributes:
        uuid: the fact's stable id (for anchors; never printed as body text).
        body: the statement in the dossier language where a translation exists, else the
            original, parsed into paragraphs and lists.
        text_language: the language of ``body``.
        foreign_language_note: set when ``body`` is not in the dossier language, e.g.
            "Original in French"; renderers print it after the statement.
        date_text: the date the fact refers to, formatted for the dossier locale, or None.
        confidence: printed label ("Reported", "Assessed") or None when confirmed.
        marking: the fact's marking code, e.g. "UNCLASSIFIED".
        source_number: the annex entry this fact cites, or None when it has no source.
        countries: display names of the linked countries, in the dossier language.
    """

    uuid: str
    body: tuple[Block, ...]
    text_language: str
    foreign_language_note: str | None
    date_text: str | None
    confidence: str | None
    marking: str
    source_number: int | None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactSection:
    """A numbered section of facts (level 1) possibly holding sub-sections (level 2).

    ``number`` is the printed number ("2", "2.1"); ``anchor`` is unique in the dossier and
    safe to use as a bookmark / PDF destination name (ASCII letters, digits, '-', '_').
    """

    number: str
    title: str
    anchor: str
    facts: tuple[DossierFact, ...]
    subsections: tuple[FactSection, ...] = ()


@dataclass(frozen=True)
class FigureRow:
    """A row of the key-figures table."""

    label: str
    value_text: str
    countries: str
    source_number: int | None


@dataclass(frozen=True)
class FiguresSection:
    """The key-figures table (a numbered section)."""

    number: str
    title: str
    anchor: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class ParticipantRow:
    """A row of the participants table."""

    name: str
    role: str
    country: str


@dataclass(frozen=True)
class ParticipantsSection:
    """The participants table (a numbered section)."""

    number: str
    title: str
    anchor: str
    rows: tuple[ParticipantRow, ...]


Section = FactSection | FiguresSection | ParticipantsSection


@dataclass(frozen=True)
class Dossier:
    """A whole brief, ready to print.

    ``marking`` is the highest marking among the facts actually included (printed on the
    cover and in every footer). ``sources`` is the annex, numbered from 1 in citation order.
    ``date_text`` is the dossier's own date, already formatted for the locale.
    """

    title: str
    subtitle: str | None
    event: str | None
    place_date: str | None
    prepared_for: str | None
    prepared_by: str | None
    date_text: str
    language: str
    page_size: PageSize
    marking: str
    labels: Labels
    sections: tuple[Section, ...]
    sources: tuple[SourceNote, ...]
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

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

    def fact_count(self) -> int:
        """Number of printed fact entries (a fact in two sections counts twice)."""
        return sum(len(s.facts) for s in self.fact_sections())
