"""The DOCX's bookmarks and internal links: every fact is a bookmark that key points,
citations and see-also references link to."""

from __future__ import annotations

import re
from typing import Any

import pytest

from briefing.dossier.document import KeyPointsSection
from tests.docx_readback import bookmark, paragraphs, texts, w

pytestmark = pytest.mark.export


def test_every_fact_is_a_bookmark_and_key_points_link_to_them(en: Any, en_body: Any) -> None:
    d = en[0]
    marks = {b.get(w("name")) for b in en_body.iter(w("bookmarkStart"))}
    anchors = [f.anchor for s in d.fact_sections() for f in s.facts]
    assert {bookmark(a) for a in anchors} <= marks
    key_points = next(s for s in d.sections if isinstance(s, KeyPointsSection))
    entries = paragraphs(en_body, "KeyPoint")
    assert len(entries) == len(key_points.points)
    for p, point in zip(entries, key_points.points, strict=True):
        links = {texts(h): h.get(w("anchor")) for h in p.iter(w("hyperlink"))}
        assert links[point.ref_text] == bookmark(point.target)
        assert links[point.cite_text] == f"src_{point.source_number}"
        words = "".join(r.text for r in point.text)
        assert texts(p) == f"{words} {point.ref_text} {point.cite_text}"
    # every internal link lands on a bookmark; names are valid Word bookmark names
    targets = {h.get(w("anchor")) for h in en_body.iter(w("hyperlink")) if h.get(w("anchor"))}
    assert targets <= marks
    for name in marks:
        assert len(name) <= 40 and name[0].isalpha() and re.fullmatch(r"\w+", name)
    ids = [b.get(w("id")) for b in en_body.iter(w("bookmarkStart"))]
    assert len(ids) == len(set(ids)) == len(marks)
    assert sorted(ids) == sorted(b.get(w("id")) for b in en_body.iter(w("bookmarkEnd")))


def test_meta_line_is_the_dossiers_with_the_citation_linked(en: Any, en_body: Any) -> None:
    d = en[0]
    metas = paragraphs(en_body, "FactMeta")
    facts = [f for s in d.fact_sections() for f in s.facts]
    assert [texts(p) for p in metas] == [f"{f.meta} {f.cite_text}" for f in facts]
    for p, fact in zip(metas, facts, strict=True):
        (link,) = p.iter(w("hyperlink"))
        assert texts(link) == fact.cite_text
        assert link.get(w("anchor")) == f"src_{fact.source_number}"


def test_desk_note_and_see_also(en: Any, en_body: Any) -> None:
    notes = paragraphs(en_body, "DeskNote")
    assert [texts(p) for p in notes] == ["Desk note: stable background on the country."]
    see_also = paragraphs(en_body, "SeeAlso")
    section = next(s for s in en[0].fact_sections() if s.see_also)
    (p,) = see_also
    assert texts(p).startswith(section.see_also_label)
    links = [(texts(h), h.get(w("anchor"))) for h in p.iter(w("hyperlink"))]
    assert links == [(r.text, bookmark(r.target)) for r in section.see_also]
