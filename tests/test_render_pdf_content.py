"""The PDF renderer's printed content, read back with pdftotext: cover, contents and
sections in order, every heading, statement and annex entry, markup, scripts, escaping."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.dossier.document import KeyPointsSection, TextSection, WhoSection
from briefing.dossier.markup import parse_blocks
from tests.pdf_readback import _norm, _render, _render_dossier, _sections, _toc, needs_pdftotext
from tests.sample_dossier import CYRILLIC, TRICKY, all_statements, sample_dossier

pytestmark = pytest.mark.export


@needs_pdftotext
def test_sections_print_in_order_after_cover_and_contents() -> None:
    r = _render()
    d = r.dossier
    assert [type(s) for s in d.sections[:3]] == [TextSection, KeyPointsSection, WhoSection]
    _, last_toc = _toc(r)
    body = _norm("\n".join(r.pages(body_only=True)[last_toc:]))
    headings = [_norm(f"{s.number} {s.title}") for s in d.sections]
    positions = [body.index(h) for h in headings]
    positions.append(body.index(f"{d.labels.sources} {d.source_groups[0].title}"))
    assert positions == sorted(positions), headings
    # the cover: kicker, title, subtitle, cover lines, marking and handling, in that order
    cover = _norm(r.pages(body_only=True)[0])
    parts = [d.kicker, d.title, d.subtitle or ""]
    parts += [f"{line.label} {line.value}" for line in d.cover]
    parts += [d.marking_text, d.handling or ""]
    at = [cover.index(p) for p in parts]
    assert at == sorted(at), cover
    assert d.labels.contents in _norm(r.pages(body_only=True)[1])


@needs_pdftotext
def test_every_heading_statement_and_annex_entry_is_printed() -> None:
    r = _render()
    text = r.text()
    for level, section in _sections(r.dossier):
        assert _norm(f"{section.number} {section.title}") in text, (level, section.title)
    statements = all_statements(r.dossier)
    assert statements
    for statement in statements:
        assert _norm(statement)[:40] in text, statement
    for note in r.dossier.sources:
        assert note.quote_text is not None
        assert f"[{note.number}] {note.locator}" in text
        assert _norm(note.quote_text) in text


@needs_pdftotext
def test_written_section_prints_paragraphs_lists_and_a_grid_table() -> None:
    r = _render()
    text = _norm(r.pages(body_only=True)[r.result.heading_pages["sec-1"] - 1])
    assert "Purpose of the meeting: agree the road map." in text
    assert "first aim" in text and "second aim" in text
    assert "Corridor Length North–South 7,200 km Middle 6,500 km" in text
    assert "**agree**" not in text


@needs_pdftotext
def test_markup_characters_print_literally() -> None:
    r = _render()
    text = r.text()
    assert TRICKY in text
    assert "&amp;amp;" not in text
    # markdown formatting is applied, not printed
    assert "**three pillars**" not in text
    assert "The plan has three pillars and one annex:" in text
    assert "security cooperation" in text


@needs_pdftotext
@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_cyrillic_and_greek_round_trip(language: str) -> None:
    r = _render(language=language)
    text = r.text()
    assert _norm(CYRILLIC) in text
    assert "Владимир Путин" in text
    assert "Second article — Вторая статья" in text
    assert r.dossier.labels.who_is_who in text


@needs_pdftotext
def test_user_text_in_titles_and_links_is_escaped() -> None:
    base = sample_dossier()
    first = base.fact_sections()[0]
    href = 'https://example.org/a?x=1&y="2"<z>'
    fact = dataclasses.replace(
        first.facts[0], body=parse_blocks(f"Link test [the <report>]({href}) & more")
    )
    section = dataclasses.replace(first, title="Title <i>x</i> & Co", facts=(fact,))
    sections = tuple(section if s is first else s for s in base.sections)
    dossier = dataclasses.replace(base, title="Brief <b>bold?</b> & co", sections=sections)
    r = _render_dossier(dossier)
    text = r.text()
    assert "Brief <b>bold?</b> & co" in text
    assert "Title <i>x</i> & Co" in text
    assert "Link test the <report> & more" in text
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in r.reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert href in uris
    assert r.reader.metadata is not None
    assert r.reader.metadata.title == "Brief <b>bold?</b> & co"
