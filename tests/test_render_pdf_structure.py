"""What the PDF holds beside its text: embedded fonts and glyph coverage, outline and
metadata, and plain paragraphs built as reportlab's parser builds them."""

from __future__ import annotations

import html
from typing import Any

import pytest
from pypdf.generic import DictionaryObject, IndirectObject

from briefing.dossier.document import KeyPointsSection
from briefing.dossier.fonts import pdf_fonts
from tests.pdf_readback import _render, _sections
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def _fonts(resources: Any, seen: set[int]) -> list[DictionaryObject]:
    found: list[DictionaryObject] = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        ident = xobject.idnum if isinstance(xobject, IndirectObject) else id(xobject)
        if ident in seen:
            continue
        seen.add(ident)
        found.extend(_fonts(xobject.get_object().get("/Resources"), seen))
    return found


def test_every_font_is_embedded() -> None:
    r = _render()
    seen: set[int] = set()
    fonts: list[DictionaryObject] = []
    for page in r.reader.pages:
        fonts.extend(_fonts(page.get("/Resources"), seen))
    assert fonts
    for font in fonts:
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target.get("/FontDescriptor")
        assert descriptor is not None, font.get("/BaseFont")
        assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
    names = {str(f["/BaseFont"]).split("+")[-1] for f in fonts}
    assert {"NotoSerif-Regular", "NotoSans-Regular", "NotoSans-Bold"} <= names


def test_every_printed_character_has_a_glyph() -> None:
    # reportlab drops a character its font lacks silently: the labels the Dossier composes
    # must stay within the bundled faces (no "→", which Noto Serif does not have)
    fonts = pdf_fonts()
    from reportlab.pdfbase import pdfmetrics

    covered = set(pdfmetrics.getFont(fonts.serif.regular).face.charToGlyph)
    d = sample_dossier()
    printed = [
        point.ref_text for s in d.sections if isinstance(s, KeyPointsSection) for point in s.points
    ]
    printed += [ref.text for s in d.fact_sections() for ref in s.see_also]
    missing = {c for value in printed for c in value if ord(c) not in covered}
    assert not missing


def test_outline_and_metadata() -> None:
    r = _render()
    reader = r.reader

    def titles(items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            out.extend(titles(item) if isinstance(item, list) else [str(item.title)])
        return out

    outline = titles(reader.outline)
    for _, section in _sections(r.dossier):
        assert any(t.endswith(section.title) and section.number in t for t in outline)
    assert r.dossier.labels.contents in outline
    assert r.dossier.labels.sources in outline
    meta = reader.metadata
    assert meta is not None
    assert meta.title == r.dossier.title
    prepared_by = next(c for c in r.dossier.cover if c.label == r.dossier.labels.prepared_by)
    assert meta.author == prepared_by.value
    assert meta.subject == r.dossier.subject
    assert meta.creator == "Briefing"
    assert "Central Asia" in str(meta.get("/Keywords"))


@pytest.mark.parametrize(
    "text",
    [
        "A statement of fact.",
        "  spaced   out\n over two\tlines  ",
        "non\u00a0breaking « guillemets » and > signs",
        "Съезд в Душанбе",
    ],
)
def test_plain_text_paragraph_is_what_the_parser_makes(text: str) -> None:
    """Plain text skips reportlab's parser: its fragments must be the parser's own."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RlParagraph

    from briefing.dossier.pdf_flowables import Para

    fonts = pdf_fonts()
    style = ParagraphStyle("t", fontName=fonts.serif.italic, fontSize=9, textColor="#123456")
    ours, theirs = Para(text, style), RlParagraph(text, style)
    assert ours.text == theirs.text
    assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
    again = Para(text, style)  # fragments of two paragraphs share no list reportlab fills
    assert again.frags[0].link is not ours.frags[0].link
    assert again.frags[0].us_lines is not ours.frags[0].us_lines
    marked = Para(f"<b>{html.escape(text)}</b> &amp;", style)  # markup still goes through it
    assert [vars(f) for f in marked.frags] == [
        vars(f) for f in RlParagraph(f"<b>{html.escape(text)}</b> &amp;", style).frags
    ]
