"""The DOCX renderer on long and odd input: a long text, empty sections, a fact without
source or meta line, a person with only a name."""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest

from briefing.dossier.document import (
    CrossRef,
    DossierFact,
    FactSection,
    KeyPointsSection,
    PersonEntry,
    WhoSection,
)
from briefing.dossier.markup import parse_blocks
from tests.docx_readback import paragraphs, part, render, style_of, texts, w
from tests.sample_dossier import all_statements, sample_dossier

pytestmark = pytest.mark.export


def test_long_text() -> None:
    d = sample_dossier(long_text=True, page_size="Letter")
    data, result = render(d)
    doc = docx.Document(io.BytesIO(data))
    longest = max((p.text for p in doc.paragraphs), key=len)
    assert longest == all_statements(d)[0]
    figures = doc.tables[-1]
    tall = figures.rows[1]._tr  # a cell of pages: the row must be free to split
    assert len(figures.rows[1].cells[0].text) > 9000
    assert tall.find(f"{w('trPr')}/{w('cantSplit')}") is None
    assert figures.rows[2]._tr.find(f"{w('trPr')}/{w('cantSplit')}") is not None
    assert result.estimated_pages > 20


def test_empty_sections_print_their_empty_text() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    empty = FactSection("1", "Nothing yet", "1-empty", (), empty_text="No facts in this section.")
    who = WhoSection("2", "Who", "who", (), empty_text="Nobody yet.")
    points = KeyPointsSection("3", "Points", "kp", (), empty_text="No key points.")
    refs = FactSection(
        "4",
        "Only elsewhere",
        "refs",
        (),
        see_also_label="See also",
        see_also=(CrossRef("1 Nothing yet", "1-empty"),),
        empty_text="Nothing here.",
    )
    d = dataclasses.replace(d, sections=(empty, who, points, refs), sources=(), source_groups=())
    data, result = render(d)
    printed = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert {"No facts in this section.", "Nobody yet.", "No key points."} <= set(printed)
    # a section of cross-references only: its empty text, then where to look
    assert printed[printed.index("Nothing here.") + 1] == "See also\n1 Nothing yet"
    assert result.headings == 4 and result.sources == 0
    marks = {b.get(w("name")) for b in part(data, "word/document.xml").iter(w("bookmarkStart"))}
    assert "b_1_empty" in marks


def test_fact_without_source_or_meta_still_has_its_bookmark() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    bare = DossierFact(
        uuid="u",
        anchor="f-99",
        body=parse_blocks("Bare"),
        text_language="en",
        meta="",
        cite_text=None,
        source_number=None,
        marking="UNCLASSIFIED",
    )
    empty = dataclasses.replace(bare, uuid="v", anchor="f-100", body=())
    section = dataclasses.replace(d.sections[3], facts=(bare, empty), subsections=())
    data, _ = render(dataclasses.replace(d, sections=(section,)))
    body = part(data, "word/document.xml")
    p = next(p for p in body.iter(w("p")) if texts(p) == "Bare")
    assert p.find(w("bookmarkStart")).get(w("name")) == "f_99"
    # no meta line for a fact with nothing to say; one without a body still has a target
    carrier = p.getnext()
    assert style_of(carrier) == "FactMeta" and texts(carrier) == ""
    assert carrier.find(w("bookmarkStart")).get(w("name")) == "f_100"


def test_person_without_role_or_bio() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    who = WhoSection("1", "Who", "who", (PersonEntry("Only A Name", "", ()),))
    data, _ = render(dataclasses.replace(d, sections=(who,)))
    body = part(data, "word/document.xml")
    (name,) = paragraphs(body, "PersonName")
    assert texts(name) == "Only A Name"
    assert name.find(f"{w('pPr')}/{w('keepNext')}").get(w("val")) == "0"
