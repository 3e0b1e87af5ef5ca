"""Hand-built dossiers for renderer tests and benchmarks (no database involved)."""

from __future__ import annotations

from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FigureRow,
    FiguresSection,
    PageSize,
    ParticipantRow,
    ParticipantsSection,
    Section,
    SourceNote,
)
from briefing.dossier.labels import labels_for
from briefing.dossier.markup import parse_blocks

CYRILLIC = "Саммит «Центральная Азия — Россия» прошёл в Душанбе; Ελληνικά: Σύνοδος κορυφής."
TRICKY = "Markup stays literal: <b>not bold</b> & <script>alert(1)</script> &amp; 5 < 6 > 4"
MARKDOWN = (
    "The plan has **three pillars** and *one* [annex](https://example.org/annex):\n\n"
    "- security cooperation\n- transport corridors\n- energy"
)


def sample_dossier(
    *,
    language: str = "en",
    page_size: PageSize = "A4",
    facts_per_section: int = 4,
    sections: int = 3,
    long_text: bool = False,
) -> Dossier:
    """A dossier with fact sections (one with sub-sections), figures, participants, sources.

    Every statement is distinct ("Statement S.F ...") so tests can look for each one.
    ``long_text`` adds a statement and a quote each longer than a page, and a huge table cell.
    """
    labels = labels_for(language)
    sources: list[SourceNote] = []
    built: list[Section] = []

    def fact(sec: int, idx: int, text: str, *, confidence: str | None = None) -> DossierFact:
        number = len(sources) + 1
        quote = f"Quote {sec}.{idx}: « texte exact de la source » {CYRILLIC}"
        if long_text and idx == 1:
            quote = " ".join([f"Very long quote sentence number {i}." for i in range(700)])
        sources.append(
            SourceNote(
                number=number,
                title="Summit article",
                publisher="Test wire",
                date_text="9 October 2025",
                locator=f"§{idx}",
                quote=quote,
                language="fr",
                reliability="B",
            )
        )
        return DossierFact(
            uuid=f"00000000-0000-0000-0000-{sec:06d}{idx:06d}",
            body=parse_blocks(text),
            text_language="en" if idx % 2 else "fr",
            foreign_language_note=None
            if idx % 2
            else labels.original_language.format(language="French"),
            date_text="9 October 2025",
            confidence=confidence,
            marking="RESTRICTED" if idx == 3 else "UNCLASSIFIED",
            source_number=number,
            countries=("Tajikistan", "Russia"),
        )

    for s in range(1, sections + 1):
        facts = []
        for i in range(1, facts_per_section + 1):
            text = f"Statement {s}.{i} about cooperation between the six states."
            if i == 2:
                text = f"Statement {s}.{i}: " + MARKDOWN
            if i == 3:
                text = f"Statement {s}.{i}: " + TRICKY
            if i == 4:
                text = f"Statement {s}.{i}: " + CYRILLIC
            if long_text and i == 1 and s == 1:
                text = f"Statement {s}.{i} " + " ".join(
                    f"This sentence makes the statement longer than a page ({k})."
                    for k in range(600)
                )
            facts.append(fact(s, i, text, confidence="Reported" if i == 2 else None))
        subsections: tuple[FactSection, ...] = ()
        if s == 1:
            subsections = (
                FactSection(
                    number=f"{s}.1",
                    title="Sub-theme with its own facts",
                    anchor=f"sec-{s}-1",
                    facts=(fact(s, 90, f"Statement {s}.90 in a sub-section."),),
                ),
            )
        built.append(
            FactSection(
                number=str(s),
                title=f"Section {s} — Безопасность and security",
                anchor=f"sec-{s}",
                facts=tuple(facts),
                subsections=subsections,
            )
        )
    n = sections + 1
    cell = "A very long table cell. " * (400 if long_text else 1)
    built.append(
        FiguresSection(
            number=str(n),
            title=labels.key_figures,
            anchor="figures",
            rows=(
                FigureRow(
                    "Trade turnover" + (cell if long_text else ""), "USD 45 billion", "Russia", 1
                ),
                FigureRow("Russian investment", "more than USD 20 billion", "Russia", 2),
                FigureRow("Students from the region in Russia", "212,000", "Russia", 3),
            ),
        )
    )
    built.append(
        ParticipantsSection(
            number=str(n + 1),
            title=labels.participants,
            anchor="participants",
            rows=(
                ParticipantRow("Emomali Rahmon", "President", "Tajikistan"),
                ParticipantRow("Владимир Путин", "President", "Russia"),
            ),
        )
    )
    return Dossier(
        title="Second Central Asia – Russia summit",
        subtitle="Dushanbe, 9 October 2025",
        event="Second Central Asia – Russia summit",
        place_date="Dushanbe, 9 October 2025",
        prepared_for="The Minister",
        prepared_by="Desk officer",
        date_text="27 November 2026",
        language=language,
        page_size=page_size,
        marking="RESTRICTED",
        labels=labels,
        sections=tuple(built),
        sources=tuple(sources),
        subject="Central Asia – Russia summit brief",
        keywords=("Central Asia", "Russia"),
    )


def all_statements(dossier: Dossier) -> list[str]:
    """Plain text of every printed statement, for read-back assertions."""
    from briefing.dossier.markup import plain_text

    return [plain_text(f.body) for s in dossier.fact_sections() for f in s.facts]
