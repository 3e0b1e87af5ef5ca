"""The PDF renderer on long and odd input: text, quotes and cells that flow over pages,
empty sections, input that must not make it fail."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from briefing.dossier.document import (
    CoverLine,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    Section,
    TextSection,
    WhoSection,
)
from briefing.dossier.markup import TableBlock, parse_blocks
from briefing.dossier.render_pdf import MARGIN, render_pdf
from tests.pdf_readback import _first_page_with, _norm, _render, _render_dossier, needs_pdftotext
from tests.sample_dossier import all_statements, sample_dossier

pytestmark = pytest.mark.export


@needs_pdftotext
def test_long_statement_quote_and_cell_flow_across_pages() -> None:
    r = _render(long_text=True)
    body = _norm("\n".join(r.pages(body_only=True)))
    statement = next(s for s in all_statements(r.dossier) if s.startswith("Statement 1.1 "))
    assert len(statement) > 20_000
    assert _norm(statement) in body
    quote = next(s.quote_text for s in r.dossier.sources if len(s.quote_text or "") > 10_000)
    assert quote is not None
    assert _norm(quote) in body
    figures = next(s for s in r.dossier.sections if isinstance(s, FiguresSection))
    first = r.result.heading_pages[figures.anchor]
    annex = _first_page_with(r, r.dossier.source_groups[0].title, after=first)
    assert annex - first >= 3  # the table with the huge cell spans several pages
    for page in r.pages(layout=True)[first - 1 : annex - 1]:  # the header row is repeated
        assert " ".join(figures.columns) in _norm(page)
    # the first column alone, on the table's pages, holds the whole cell once
    frame_width = float(r.reader.pages[0].mediabox.width) - 2 * MARGIN
    column = r.pages(x_range=(MARGIN, MARGIN + 0.4 * frame_width))[first - 1 : annex - 1]
    cell = _norm(" ".join(column)).replace("Figure ", "")
    assert cell.count("A very long table cell.") == 400


@needs_pdftotext
def test_empty_sections_print_their_empty_text() -> None:
    base = sample_dossier()
    sections: tuple[Section, ...] = (
        TextSection("1", "Nothing written", "t", ()),
        KeyPointsSection("2", "Key points", "k", (), empty_text="No key points selected."),
        WhoSection("3", "Who", "w", (), empty_text="No participants recorded."),
        FactSection("4", "Nothing here", "f", (), empty_text="No facts in this section."),
        FiguresSection("5", "Figures", "g", ("a", "b", "c", "d"), (), empty_text="No figures."),
    )
    r = _render_dossier(dataclasses.replace(base, sections=sections, sources=(), source_groups=()))
    text = r.text()
    for needle in (
        "No key points selected.",
        "No participants recorded.",
        "No facts in this section.",
        "No figures.",
    ):
        assert needle in text
    assert r.dossier.labels.sources not in _norm(" ".join(r.pages(body_only=True)[2:]))
    assert set(r.result.heading_pages) == {"t", "k", "w", "f", "g"}


def test_odd_input_does_not_crash() -> None:
    base = sample_dossier()
    long_word = "x" * 5000
    control = "bell\x07 form\x0c feed \ufffe"
    fact = dataclasses.replace(
        base.fact_sections()[0].facts[0],
        anchor="odd-1",
        body=(),
        meta="",
        cite_text="[999]",
        source_number=999,  # no such annex entry: printed, not linked
    )
    sections: tuple[Section, ...] = (
        TextSection("1", long_word, "t", parse_blocks(f"{long_word}\n\n{control}")),
        FactSection("2", control, "f", (fact,), lead=(TableBlock((), ()),)),
        KeyPointsSection("3", "k", "k", ()),
    )
    dossier = dataclasses.replace(
        base,
        title=long_word,
        marking_text="M" * 400,
        cover=(*base.cover, CoverLine("Huge", "value " * 2000)),
        sections=sections,
        keywords=(),
    )
    out = io.BytesIO()
    result = render_pdf(dossier, out)
    assert result.pages == len(PdfReader(io.BytesIO(out.getvalue())).pages)
