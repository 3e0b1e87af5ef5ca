"""The PDF's links, read back with pypdf and pdftotext: key points to their facts and
annex entries, a fact's citation to its entry, see-also references; the desk note's place."""

from __future__ import annotations

import re

import pytest

from briefing.dossier.document import DossierFact, KeyPointsSection
from briefing.dossier.markup import plain_text
from briefing.dossier.render_pdf import MARGIN
from briefing.dossier.styles import STYLES
from tests.pdf_readback import Word, _dest, _links, _locate, _norm, _render, needs_pdftotext

pytestmark = pytest.mark.export


def _on_line(rect: tuple[float, float, float, float], word: Word) -> bool:
    middle = (word.top + word.bottom) / 2
    return rect[1] <= middle <= rect[3]


def _statement_marker(fact: DossierFact) -> str:
    m = re.match(r"Statement \d+\.\d+", plain_text(fact.body))
    assert m is not None
    return m.group(0)


@needs_pdftotext
def test_key_points_link_to_their_facts_and_sources() -> None:
    r = _render()
    d = r.dossier
    facts = {f.anchor: f for s in d.fact_sections() for f in s.facts}
    section = next(s for s in d.sections if isinstance(s, KeyPointsSection))
    assert section.points
    annex_page, _ = _locate(r, d.source_groups[0].title)
    for point in section.points:
        page, word = _locate(r, "".join(run.text for run in point.text))
        targets = [_dest(r, dest) for rect, dest in _links(r, page) if _on_line(rect, word)]
        assert len(targets) == 2, point  # the reference and the citation
        # the reference lands on the fact: its page, just above its statement
        fact_page, fact_word = _locate(r, _statement_marker(facts[point.target]))
        to_fact = next(t for t in targets if t[0] == fact_page)
        assert 0 <= fact_word.top - to_fact[1] <= STYLES.body.leading * 2, (to_fact, fact_word)
        # the citation lands on its annex entry
        assert point.cite_text is not None
        entry_page, entry = _locate(r, point.cite_text, after=annex_page - 1)
        to_entry = next(t for t in targets if t[0] == entry_page)
        assert 0 <= entry.top - to_entry[1] <= STYLES.source.leading * 2
        # text, reference, citation on one line ("→" aside: see the xfail on glyphs below)
        line = " ".join(w.text for w in r.words()[page - 1] if abs(w.top - word.top) < 1)
        reference = point.ref_text.replace("→", "").strip()
        assert line.endswith(f"{reference} {point.cite_text}"), line


@needs_pdftotext
def test_fact_meta_line_prints_meta_and_a_linked_citation() -> None:
    r = _render()
    text = r.text()
    assert "9 October 2025 · Reported [7]" in text
    annex_page, _ = _locate(r, r.dossier.source_groups[0].title)
    for section in r.dossier.fact_sections():
        for fact in section.facts:
            assert fact.cite_text is not None
            page, _ = _locate(r, _statement_marker(fact))
            meta_page, meta = _locate(r, f"{fact.meta} {fact.cite_text}", after=page - 1)
            cite = next(
                w
                for w in r.words()[meta_page - 1]
                if w.text == fact.cite_text and w.top >= meta.top
            )
            links = [d for rect, d in _links(r, meta_page) if _on_line(rect, cite)]
            assert len(links) == 1
            entry_page, _ = _locate(r, fact.cite_text, after=annex_page - 1)
            assert _dest(r, links[0])[0] == entry_page


@needs_pdftotext
def test_see_also_links_to_the_entry_printed_elsewhere() -> None:
    r = _render()
    section = next(s for s in r.dossier.fact_sections() if s.see_also)
    ref = section.see_also[0]
    page, word = _locate(r, ref.text)
    above = _norm(r.pages()[page - 1])
    assert f"{section.see_also_label} {ref.text}" in above
    targets = [_dest(r, d) for rect, d in _links(r, page) if _on_line(rect, word)]
    facts = {f.anchor: f for s in r.dossier.fact_sections() for f in s.facts}
    fact_page, _ = _locate(r, _statement_marker(facts[ref.target]))
    assert [t[0] for t in targets] == [fact_page]


@needs_pdftotext
def test_desk_note_stands_in_before_the_facts() -> None:
    r = _render()
    section = next(s for s in r.dossier.fact_sections() if s.lead)
    _, note = _locate(r, "Desk note:")
    _, statement = _locate(r, _statement_marker(section.facts[0]))
    assert note.top < statement.top
    assert note.x0 >= MARGIN + STYLES.lead_indent - 0.5
    assert abs(statement.x0 - MARGIN) < 0.5
