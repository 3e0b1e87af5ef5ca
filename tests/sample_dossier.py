"""Hand-built dossiers for renderer tests and benchmarks (no database involved)."""

from __future__ import annotations

from briefing.dossier.document import (
    Chart,
    ChartBar,
    CoverLine,
    CrossRef,
    Dossier,
    DossierFact,
    FactSection,
    FigureRow,
    FiguresSection,
    KeyPoint,
    KeyPointsSection,
    PageSize,
    PersonEntry,
    Section,
    SourceGroup,
    SourceNote,
    TextSection,
    WhoSection,
)
from briefing.dossier.labels import labels_for
from briefing.dossier.markup import Paragraph, Run, TableBlock, parse_blocks, parse_inline

CYRILLIC = "Саммит «Центральная Азия — Россия» прошёл в Душанбе; Ελληνικά: Σύνοδος κορυφής."
TRICKY = "Markup stays literal: <b>not bold</b> & <script>alert(1)</script> &amp; 5 < 6 > 4"
MARKDOWN = (
    "The plan has **three pillars** and *one* [annex](https://example.org/annex):\n\n"
    "- security cooperation\n- transport corridors\n- energy"
)
PURPOSE = "Purpose of the meeting: **agree** the road map.\n\n- first aim\n- second aim"
TABLE = TableBlock(
    header=((Run("Corridor"),), (Run("Length"),)),
    rows=(((Run("North–South"),), (Run("7,200 km"),)), ((Run("Middle"),), (Run("6,500 km"),))),
)


def sample_dossier(
    *,
    language: str = "en",
    page_size: PageSize = "A4",
    facts_per_section: int = 4,
    sections: int = 3,
    long_text: bool = False,
) -> Dossier:
    """A pack: purpose, key points, who's who, fact sections (one with sub-sections, a
    desk note and a cross-reference), key figures with a chart, and a grouped annex.

    Every statement is distinct ("Statement S.F ...") so tests can look for each one.
    ``long_text`` adds a statement and a quote each longer than a page, and a huge table cell.
    """
    labels = labels_for(language)
    sources: list[SourceNote] = []
    built: list[Section] = []
    facts_made: list[DossierFact] = []

    def fact(sec: int, idx: int, text: str, *, meta: str = "9 October 2025") -> DossierFact:
        number = len(sources) + 1
        quote = f"Quote {sec}.{idx}: « texte exact de la source » {CYRILLIC}"
        if long_text and idx == 1:
            quote = " ".join([f"Very long quote sentence number {i}." for i in range(700)])
        sources.append(
            SourceNote(
                number=number,
                title="Summit article",
                details="Test wire, 9 October 2025",
                locator=f"§{idx}",
                quote_text=f"« {quote} »",
                language="fr",
            )
        )
        made = DossierFact(
            uuid=f"00000000-0000-0000-0000-{sec:06d}{idx:06d}",
            anchor=f"f-{len(facts_made) + 1}",
            body=parse_blocks(text),
            text_language="en" if idx % 2 else "fr",
            meta=meta,
            cite_text=f"[{number}]",
            source_number=number,
            marking="RESTRICTED" if idx == 3 else "UNCLASSIFIED",
            countries=("Tajikistan", "Russia"),
            key=idx == 1,
        )
        facts_made.append(made)
        return made

    fact_sections: list[FactSection] = []
    first_number = 4
    for s in range(1, sections + 1):
        number = str(first_number + s - 1)
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
            meta = "9 October 2025 · Reported" if i == 2 else "9 October 2025"
            facts.append(fact(s, i, text, meta=meta))
        subsections: tuple[FactSection, ...] = ()
        if s == 1:
            subsections = (
                FactSection(
                    number=f"{number}.1",
                    title="Sub-theme with its own facts",
                    anchor=f"sec-{number}-1",
                    facts=(fact(s, 90, f"Statement {s}.90 in a sub-section."),),
                ),
            )
        fact_sections.append(
            FactSection(
                number=number,
                title=f"Section {s} — Безопасность and security",
                anchor=f"sec-{number}",
                facts=tuple(facts),
                subsections=subsections,
                lead=parse_blocks("Desk note: *stable background* on the country.")
                if s == 1
                else (),
                see_also_label=labels.see_also if s == 2 else "",
                see_also=(CrossRef("4 Section 1 — Statement 1.1 about cooperation", "f-1"),)
                if s == 2
                else (),
            )
        )

    built.append(TextSection("1", "Purpose", "sec-1", (*parse_blocks(PURPOSE), TABLE)))
    key = [f for f in facts_made if f.key]
    built.append(
        KeyPointsSection(
            number="2",
            title=labels.key_points,
            anchor="sec-2",
            points=tuple(
                KeyPoint(
                    text=parse_inline(f"Key point from {f.anchor}: the six states agreed."),
                    target=f.anchor,
                    ref_text=labels.see_entry.format(number="4"),
                    cite_text=f.cite_text,
                    source_number=f.source_number,
                )
                for f in key
            ),
        )
    )
    built.append(
        WhoSection(
            number="3",
            title=labels.who_is_who,
            anchor="sec-3",
            people=(
                PersonEntry(
                    "Emomali Rahmon",
                    "President of the Republic of Tajikistan · Tajikistan",
                    (Paragraph((Run("President since 1994; "), Run("host", italic=True))),),
                ),
                PersonEntry(
                    "Владимир Путин",
                    "Президент Российской Федерации · Россия",
                    parse_blocks("Президент с 2012 года."),
                    bio_note="Biography in Russian",
                ),
                PersonEntry("Sadyr Japarov", "President of Kyrgyzstan · Kyrgyzstan", ()),
            ),
        )
    )
    built.extend(fact_sections)
    n = first_number + sections
    cell = "A very long table cell. " * (400 if long_text else 1)
    built.append(
        FiguresSection(
            number=str(n),
            title=labels.key_figures,
            anchor="figures",
            columns=(labels.figure, labels.value, labels.country, labels.source),
            rows=(
                FigureRow(
                    "Trade turnover" + (cell if long_text else ""),
                    "USD 45 billion",
                    "Russia",
                    "[1]",
                    1,
                ),
                FigureRow("Russian investment", "more than USD 20 billion", "Russia", "[2]", 2),
                FigureRow("Students from the region in Russia", "212,000", "Russia", "[3]", 3),
            ),
            charts=(
                Chart(
                    "Trade turnover",
                    "USD billion",
                    (
                        ChartBar("2023", 40.0, "40"),
                        ChartBar("2024", 45.0, "45"),
                        ChartBar("Kazakhstan", 28.0, "28"),
                    ),
                ),
            ),
        )
    )
    return Dossier(
        title="Second Central Asia – Russia summit",
        subtitle="Dushanbe, 9 October 2025",
        kicker=labels.briefing_book,
        cover=(
            CoverLine(labels.event, "Second Central Asia – Russia summit"),
            CoverLine(labels.date, "Dushanbe, 9 October 2025"),
            CoverLine(labels.prepared_for, "The Minister"),
            CoverLine(labels.prepared_by, "Desk officer"),
            CoverLine(labels.prepared_on, "27 November 2026"),
            CoverLine(labels.reference, "CA/2025/114"),
        ),
        date_text="27 November 2026",
        language=language,
        page_size=page_size,
        marking="RESTRICTED",
        marking_text="RESTRICTED",
        handling="Handle within the ministry; do not forward.",
        labels=labels,
        sections=tuple(built),
        sources=tuple(sources),
        source_groups=(
            SourceGroup(
                "Summit article",
                "Test wire, 9 October 2025",
                None,
                tuple(sources[: len(sources) // 2]),
            ),
            SourceGroup(
                "Second article — Вторая статья",
                "Другое агентство",
                "https://example.org/article",
                tuple(sources[len(sources) // 2 :]),
            ),
        ),
        subject="Central Asia – Russia summit brief",
        keywords=("Central Asia", "Russia"),
    )


def all_statements(dossier: Dossier) -> list[str]:
    """Plain text of every printed statement, for read-back assertions."""
    from briefing.dossier.markup import plain_text

    return [plain_text(f.body) for s in dossier.fact_sections() for f in s.facts]
