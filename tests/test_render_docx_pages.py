"""The DOCX's pages: a running header per section, the footer's "page x of y", page size
and margins, styles from the stylesheet, the prefilled contents field, where sections start."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import docx
import pytest

from briefing.dossier.styles import STYLES
from tests.docx_readback import headings, part, render, style_of, texts, w
from tests.sample_dossier import sample_dossier

pytestmark = pytest.mark.export


def test_each_section_has_its_own_header(en: Any, en_doc: Any) -> None:
    d = en[0]
    sections = en_doc.sections
    top = list(d.sections)
    assert len(sections) == 2 + len(top) + 1  # cover, contents, sections, annex
    expected = [d.labels.contents]
    expected += [f"{s.number}  {s.title}" for s in top]
    expected += [d.labels.sources]
    for section, title in zip(sections[1:], expected, strict=True):
        header = section.header._element
        lines = [texts(p) for p in header.iter(w("p"))]
        assert lines == [d.marking_text, f"{d.title}{title}"]
        assert header.find(f".//{w('tab')}") is not None
        assert not list(header.iter(w("instrText")))  # literal text, no STYLEREF
        assert section.start_type == 2  # WD_SECTION_START.NEW_PAGE


def test_long_header_texts_are_shortened_to_one_line() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    long = "A dossier title long enough to fill the whole running header twice over, " * 2
    d = dataclasses.replace(d, title=long.strip(), marking_text="RESTRICTED " * 20)
    doc = docx.Document(io.BytesIO(render(d)[0]))
    marking, line = [texts(p) for p in doc.sections[2].header._element.iter(w("p"))]
    assert marking.endswith("…") and len(marking) < len(d.marking_text)
    title, section = line.split("1  Purpose")[0], "1  Purpose"
    assert title.endswith("…") and d.title.startswith(title[:-1])
    assert line.endswith(section)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("Page", "of")), ("fr", ("Page", "sur")), ("ru", ("Страница", "из"))],
)
def test_footer_page_x_of_y(language: str, words: tuple[str, str]) -> None:
    d = sample_dossier(language=language, sections=2, facts_per_section=2)
    data, result = render(d)
    doc = docx.Document(io.BytesIO(data))
    footers = {id(s.footer.part) for s in doc.sections[1:]}
    assert len(footers) == 1  # one footer, shared
    footer = doc.sections[1].footer._element
    sequence = []
    for el in footer.iter(w("t"), w("instrText")):
        if el.text and el.text.strip():
            sequence.append(el.text.strip())
    assert sequence[:5] == [words[0], "PAGE", sequence[2], words[1], "NUMPAGES"]
    assert sequence[4 + 1 + 1 :] == [d.marking_text, d.date_text]
    assert sequence[5] == str(result.estimated_pages)  # NUMPAGES' stored result


@pytest.mark.parametrize(("size", "dims"), [("A4", (11906, 16838)), ("Letter", (12240, 15840))])
def test_page_size_and_margins(size: str, dims: tuple[int, int]) -> None:
    d = sample_dossier(page_size=size, sections=1, facts_per_section=1)  # type: ignore[arg-type]
    body = part(render(d)[0], "word/document.xml")
    assert body.find(w("body"))[-1].tag == w("sectPr")
    for sect in body.iter(w("sectPr")):
        pg = sect.find(w("pgSz"))
        assert (int(pg.get(w("w"))), int(pg.get(w("h")))) == dims
        assert int(sect.find(w("pgMar")).get(w("left"))) == round(STYLES.margin * 20)


def test_styles_come_from_the_stylesheet(en_doc: Any) -> None:
    def props(name: str) -> tuple[str, str, str, str]:
        el = en_doc.styles[name].element
        spacing = el.find(f"{w('pPr')}/{w('spacing')}")
        size = el.find(f"{w('rPr')}/{w('sz')}").get(w("val"))
        font = el.find(f"{w('rPr')}/{w('rFonts')}").get(w("ascii"))
        colour = el.find(f"{w('rPr')}/{w('color')}").get(w("val"))
        assert spacing.get(w("lineRule")) == "exact"
        return size, spacing.get(w("line")), font, colour

    assert props("heading 1") == ("30", "380", "Noto Sans", "1F3A5F")
    assert props("Body Text") == ("21", "290", "Noto Serif", "1A1A1A")
    assert props("Fact Meta") == (str(round(STYLES.meta.size * 2)), "200", "Noto Sans", "5B6470")
    assert props("Quote")[2] == "Noto Serif"
    h1 = en_doc.styles["heading 1"].element
    assert h1.find(f"{w('pPr')}/{w('outlineLvl')}").get(w("val")) == "0"
    tabs = en_doc.styles["toc 1"].element.findall(f".//{w('tab')}")
    assert ("right", "dot") in [(t.get(w("val")), t.get(w("leader"))) for t in tabs]


def test_contents_is_a_prefilled_toc_field(en: Any, en_body: Any) -> None:
    d, _, result = en
    toc = [i.text for i in en_body.iter(w("instrText")) if "TOC" in i.text]
    assert toc == [' TOC \\o "1-2" \\h \\z \\u ']
    entries = [p for p in en_body.iter(w("p")) if style_of(p) in ("TOC1", "TOC2")]
    expected = headings(d)
    assert len(entries) == len(expected)
    marks = {b.get(w("name")) for b in en_body.iter(w("bookmarkStart"))}
    anchors = [s.anchor for s in d.sections for s in [s, *getattr(s, "subsections", ())]]
    pages = []
    for p, (level, text) in zip(entries, expected, strict=True):
        assert style_of(p) == f"TOC{level}"
        link = p.find(w("hyperlink"))
        assert link.get(w("anchor")) in marks
        pageref = [i.text for i in link.iter(w("instrText"))]
        assert pageref == [f" PAGEREF {link.get(w('anchor'))} \\h "]
        shown = texts(link)
        assert shown.startswith(text.replace("\t", ""))
        pages.append(int(shown[len(text.replace("\t", "")) :]))
    assert pages == [result.heading_pages[a] for a in [*anchors, "sources"]]
    assert pages[0] == 3  # cover, contents, then the first section
    kinds = [f.get(w("fldCharType")) for f in entries[0].iter(w("fldChar"))]
    assert kinds[:2] == ["begin", "separate"]
    assert [f.get(w("fldCharType")) for f in entries[-1].iter(w("fldChar"))][-1] == "end"
    settings = part(en[1], "word/settings.xml")
    assert settings.find(w("updateFields")).get(w("val")) == "true"


def test_every_top_level_section_starts_a_page(en: Any) -> None:
    pages = en[2].heading_pages
    top = [s.anchor for s in en[0].sections] + ["sources"]
    starts = [pages[a] for a in top]
    assert starts == sorted(set(starts))
    assert en[2].estimated_pages >= starts[-1]
