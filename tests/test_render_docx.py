"""The DOCX renderer, judged by reading its output back (python-docx, raw XML, LibreOffice)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree
from PIL import Image

from briefing.dossier.document import (
    CrossRef,
    Dossier,
    DossierFact,
    FactSection,
    KeyPointsSection,
    PersonEntry,
    Section,
    WhoSection,
)
from briefing.dossier.docx_fonts import obfuscate
from briefing.dossier.fonts import FONT_DIR
from briefing.dossier.markup import parse_blocks
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.dossier.render_docx import DocxResult, render_docx
from briefing.dossier.styles import STYLES
from briefing.paths import seed_dir
from tests.sample_dossier import CYRILLIC, TRICKY, all_statements, sample_dossier

pytestmark = pytest.mark.export

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def render(dossier: Dossier, **kwargs: Any) -> tuple[bytes, DocxResult]:
    out = io.BytesIO()
    result = render_docx(dossier, out, **kwargs)
    return out.getvalue(), result


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def part_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def texts(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


def style_of(p: etree._Element) -> str | None:
    el = p.find(f"{w('pPr')}/{w('pStyle')}")
    return None if el is None else el.get(w("val"))


def paragraphs(body: etree._Element, style: str) -> list[etree._Element]:
    return [p for p in body.iter(w("p")) if style_of(p) == style]


def bookmark(anchor: str) -> str:
    """The bookmark name the renderer gives a Dossier anchor like "f-1" or "sec-4-1"."""
    return anchor.replace("-", "_")


def headings(d: Dossier) -> list[tuple[int, str]]:
    """(level, text) of every heading in document order, number and title tab-separated."""
    out: list[tuple[int, str]] = []

    def walk(s: Section, level: int) -> None:
        out.append((level, f"{s.number}\t{s.title}"))
        if isinstance(s, FactSection):
            for sub in s.subsections:
                walk(sub, level + 1)

    for s in d.sections:
        walk(s, 1)
    if d.source_groups:
        out.append((1, d.labels.sources))
    return out


@pytest.fixture(scope="module")
def en() -> tuple[Dossier, bytes, DocxResult]:
    d = sample_dossier()
    data, result = render(d)
    return d, data, result


@pytest.fixture(scope="module")
def en_doc(en: tuple[Dossier, bytes, DocxResult]) -> Any:
    return docx.Document(io.BytesIO(en[1]))


@pytest.fixture(scope="module")
def en_body(en: tuple[Dossier, bytes, DocxResult]) -> etree._Element:
    return part(en[1], "word/document.xml")


def single_section(d: Dossier, body_text: str) -> Dossier:
    """``d`` cut down to its first fact section holding one fact with ``body_text``."""
    section = next(s for s in d.sections if isinstance(s, FactSection))
    fact = dataclasses.replace(section.facts[0], body=parse_blocks(body_text))
    section = dataclasses.replace(section, facts=(fact,), subsections=())
    return dataclasses.replace(d, sections=(section,))


# --------------------------------------------------------------------------- order and text


def test_sections_print_in_order(en: Any, en_doc: Any) -> None:
    d = en[0]
    got = [
        (int(p.style.name[-1]), p.text)
        for p in en_doc.paragraphs
        if p.style.name in ("heading 1", "heading 2", "Heading 1", "Heading 2")
    ]
    assert got == headings(d)
    titles = [text.split("\t")[-1] for level, text in got if level == 1]
    lab = d.labels
    assert titles[:3] == ["Purpose", lab.key_points, lab.who_is_who]
    assert titles[-2:] == [lab.key_figures, lab.sources]
    assert all(t.startswith("Section") for t in titles[3:-2])
    assert en[2].headings == len(got)


def test_cover_prints_the_dossiers_words(en: Any, en_doc: Any, en_body: Any) -> None:
    d = en[0]
    texts_ = [p.text for p in en_doc.paragraphs]
    assert texts_[:3] == [d.kicker, d.title, d.subtitle]
    # label and value in one paragraph (one baseline), each after a tab
    lines = [p for p in en_doc.paragraphs if p.style.name == "Cover Line"]
    assert [p.text for p in lines] == [f"\t{c.label}\t{c.value}" for c in d.cover]
    assert all(p.runs[1].style.name == "Cover Label" for p in lines)
    assert d.marking_text in texts_ and d.handling in texts_
    assert texts_.index(d.handling) < texts_.index(d.labels.contents)
    # the cover is a section of its own: its header and footer hold only the marking
    cover = en_doc.sections[0]
    assert texts(cover.header._element) == d.marking_text
    assert texts(cover.footer._element) == d.marking_text


def test_every_statement_is_printed(en: Any, en_doc: Any) -> None:
    printed = {p.text for p in en_doc.paragraphs}
    statements = all_statements(en[0])
    assert len(statements) == en[2].facts == en[0].fact_count()
    for statement in statements:
        for line in statement.split("\n"):  # list items are separate paragraphs
            assert line in printed


def test_statement_formatting_and_lists(en: Any, en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.2:"))
    assert [r.text for r in para.runs if r.bold] == ["three pillars"]
    assert [r.text for r in para.runs if r.italic] == ["one"]
    link = para._p.find(w("hyperlink"))
    rel = en_doc.part.rels[link.get(f"{{{R}}}id")]
    assert rel.is_external and rel.target_ref == "https://example.org/annex"
    items = [p for p in en_doc.paragraphs if p.text in ("security cooperation", "energy")]
    assert len(items) == 2 * 3  # in each of the three fact sections
    for item in items:
        assert item.style.name.startswith("List Bullet")  # (fr-FR): the fact is French
        assert item._p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}") is not None


def test_numbered_list_restarts_at_its_start() -> None:
    d = single_section(
        sample_dossier(sections=1, facts_per_section=1), "Steps:\n\n3. three\n4. four"
    )
    data, _ = render(d)
    body = part(data, "word/document.xml")
    items = [p for p in body.iter(w("p")) if texts(p) in ("three", "four")]
    num_ids = {p.find(f".//{w('numId')}").get(w("val")) for p in items}
    assert len(num_ids) == 1
    numbering = part(data, "word/numbering.xml")
    (num,) = [n for n in numbering.iter(w("num")) if n.get(w("numId")) in num_ids]
    assert num.find(f".//{w('startOverride')}").get(w("val")) == "3"


def test_code_runs_and_awkward_urls() -> None:
    text = "Run `rm -rf <dir>` then see [the list](https://example.org/?a=1&b=2) **now**."
    data, _ = render(single_section(sample_dossier(sections=1, facts_per_section=1), text))
    doc = docx.Document(io.BytesIO(data))
    para = next(p for p in doc.paragraphs if p.text.startswith("Run "))
    assert para.text == "Run rm -rf <dir> then see the list now."
    code = next(r for r in para.runs if r.text == "rm -rf <dir>")
    assert code.style.name == "Code"
    link = para._p.find(w("hyperlink"))
    assert doc.part.rels[link.get(f"{{{R}}}id")].target_ref == "https://example.org/?a=1&b=2"


def test_markup_and_xml_text_stay_literal(en: Any, en_doc: Any) -> None:
    assert any(p.text.endswith(TRICKY) for p in en_doc.paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(en[1])).read("word/document.xml").decode()
    assert "<script>" not in xml and "<b>not" not in xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 5 &lt; 6" in xml


def test_cyrillic_and_greek_survive(en_doc: Any) -> None:
    assert any(p.text.endswith(CYRILLIC) for p in en_doc.paragraphs)
    assert "Владимир Путин" in [p.text for p in en_doc.paragraphs]


def test_control_characters_are_dropped_not_fatal() -> None:
    d = single_section(
        sample_dossier(sections=1, facts_per_section=1),
        "Nul\x00 bell\x07 vt\x0b esc\x1b tab\tnewline\n ok \ufffe",
    )
    section = dataclasses.replace(d.sections[0], title="Title\x01 with \x1f junk")
    d = dataclasses.replace(d, title="Brief\x02", sections=(section,))
    data, _ = render(d)
    doc = docx.Document(io.BytesIO(data))
    printed = [p.text for p in doc.paragraphs]
    assert "Nul bell vt esc tab newline ok" in " ".join(printed).replace("  ", " ")
    assert f"{section.number}\tTitle with  junk" in printed
    assert doc.core_properties.title == "Brief"


# --------------------------------------------------------------------------- links


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


def test_whos_who_entries_keep_together(en: Any, en_body: Any) -> None:
    who = next(s for s in en[0].sections if isinstance(s, WhoSection))
    names = paragraphs(en_body, "PersonName")
    assert [texts(p) for p in names] == [p.name for p in who.people]
    for p in names:
        assert p.getnext() is not None and style_of(p.getnext()) == "PersonRole"
    bio_notes = paragraphs(en_body, "BioNote")
    assert [texts(p) for p in bio_notes] == [p.bio_note for p in who.people if p.bio_note]
    # within an entry every paragraph keeps with the next; the last one does not
    styles = docx.Document(io.BytesIO(en[1])).styles
    for sid in ("PersonName", "PersonRole", "PersonBio"):
        el = styles.element.find(f"{w('style')}[@{w('styleId')}='{sid}']")
        assert el.find(f"{w('pPr')}/{w('keepNext')}") is not None
        assert el.find(f"{w('pPr')}/{w('keepLines')}") is not None
    last_role = paragraphs(en_body, "PersonRole")[-1]  # Japarov: no biography
    assert last_role.find(f"{w('pPr')}/{w('keepNext')}").get(w("val")) == "0"
    rahmon_bio = paragraphs(en_body, "PersonBio")[0]  # no note: ends the entry
    assert rahmon_bio.find(f"{w('pPr')}/{w('keepNext')}").get(w("val")) == "0"


def test_sources_annex_groups_titles_once(en: Any, en_body: Any) -> None:
    d = en[0]
    titles = [texts(p) for p in paragraphs(en_body, "SourceTitle")]
    assert titles == [g.title for g in d.source_groups]
    for group in d.source_groups:
        assert sum(texts(p) == group.title for p in en_body.iter(w("p"))) == 1
    details = [texts(p) for p in paragraphs(en_body, "SourceDetails")]
    assert details == [
        "Test wire, 9 October 2025",
        "Другое агентство",
        "https://example.org/article",
    ]
    entries = paragraphs(en_body, "SourceEntry")
    notes = [n for g in d.source_groups for n in g.notes]
    assert [texts(p) for p in entries] == [f"[{n.number}]{n.locator}" for n in notes]
    for p, note in zip(entries, notes, strict=True):
        assert p.find(w("bookmarkStart")).get(w("name")) == f"src_{note.number}"
        quote = p.getnext()
        assert style_of(quote).startswith("Quote") and texts(quote) == note.quote_text
    assert en[2].sources == len(notes)


def test_note_outside_every_group_still_prints() -> None:
    d = sample_dossier(sections=1, facts_per_section=2)
    d = dataclasses.replace(d, source_groups=d.source_groups[:1])
    body = part(render(d)[0], "word/document.xml")
    marks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    assert {f"src_{n.number}" for n in d.sources} <= marks


# --------------------------------------------------------------------------- tables, charts


def test_table_rows_never_split_and_headers_repeat(en: Any, en_doc: Any) -> None:
    tables = en_doc.tables
    assert en[2].tables == len(tables) == 2
    written, figures = tables
    assert [c.text for c in written.rows[0].cells] == ["Corridor", "Length"]
    assert [c.text for c in figures.rows[0].cells] == ["Figure", "Value", "Country", "Source"]
    for table in tables:
        rows = table._tbl.findall(w("tr"))
        assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
        assert all(r.find(f"{w('trPr')}/{w('cantSplit')}") is not None for r in rows)
    # the figures' citations link to the annex
    cites = [h.get(w("anchor")) for h in figures._tbl.iter(w("hyperlink"))]
    assert cites == ["src_1", "src_2", "src_3"]


def test_chart_is_a_png_picture(en: Any, en_body: Any) -> None:
    chart = en[0].sections[-1].charts[0]  # type: ignore[union-attr]
    (inline,) = en_body.iter(f"{{{WP}}}inline")
    assert inline.find(f"{{{WP}}}docPr").get("descr") == chart.title
    extent = inline.find(f"{{{WP}}}extent")
    width_pt = int(extent.get("cx")) / 12700
    assert width_pt == pytest.approx(min(STYLES.chart_width, 470.5), abs=1)
    rel_id = inline.find(f".//{{{A}}}blip").get(f"{{{R}}}embed")
    doc = docx.Document(io.BytesIO(en[1]))
    image = doc.part.rels[rel_id].target_part
    assert image.content_type == "image/png"
    picture = Image.open(io.BytesIO(image.blob))
    ratio = int(extent.get("cx")) / int(extent.get("cy"))
    assert picture.width / picture.height == pytest.approx(ratio, rel=0.02)
    titles = [texts(p) for p in paragraphs(en_body, "ChartTitle")]
    units = [texts(p) for p in paragraphs(en_body, "ChartUnit")]
    assert (titles, units) == ([chart.title], [chart.unit_text])


def _strings(node: Any, m: tuple[float, float] = (0.0, 0.0)) -> list[tuple[str, float, float]]:
    """(text, left, right) of every string of a reportlab drawing, in drawing points."""
    from reportlab.graphics.shapes import Group, String, UserNode
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while isinstance(node, UserNode):
        node = node.provideNode()
    if isinstance(node, String):
        width = stringWidth(node.text, node.fontName, node.fontSize)
        x = node.x + m[0]
        left = {"start": x, "middle": x - width / 2, "end": x - width}[node.textAnchor]
        return [(node.text, left, left + width)]
    out = []
    if isinstance(node, Group):
        t = node.transform
        for child in node.contents:
            out += _strings(child, (m[0] + t[4], m[1] + t[5]))
    return out


def test_chart_with_a_negative_bar_keeps_labels_apart() -> None:
    from briefing.dossier.chart_drawing import chart_drawings
    from briefing.dossier.document import Chart, ChartBar
    from briefing.dossier.docx_chart import chart_images

    chart = Chart(
        "Growth",
        "% a year",
        (ChartBar("Kazakhstan", 4.8, "4.8 %"), ChartBar("Tajikistan", -1.5, "-1.5 %")),
    )
    (drawing,) = chart_drawings(chart, STYLES, (470, 700))
    strings = _strings(drawing)
    labels = [s for s in strings if s[0] in ("Kazakhstan", "Tajikistan")]
    values = [s for s in strings if s[0].endswith("%")]
    assert len(labels) == len(values) == 2
    assert max(s[2] for s in labels) < min(s[1] for s in values)
    assert all(s[1] >= 0 and s[2] <= drawing.width + 1 for s in strings)
    (image,) = chart_images(chart, STYLES, (470, 700))
    assert Image.open(io.BytesIO(image.png)).size[0] > image.width  # drawn above 72 dpi


# --------------------------------------------------------------------------- pages


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


# --------------------------------------------------------------------------- contents


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


# --------------------------------------------------------------------------- fonts, language


def test_fonts_are_embedded(en: Any) -> None:
    data = en[1]
    fonts = part(data, "word/fontTable.xml")
    rels = part(data, "word/_rels/fontTable.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    types = part(data, "[Content_Types].xml")
    odttf = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
    assert any(t.get("ContentType") == odttf for t in types)
    seen = {}
    for font in fonts.iter(w("font")):
        for slot in ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic"):
            el = font.find(w(slot))
            if el is not None:
                seen[font.get(w("name")), slot] = (
                    targets[el.get(f"{{{R}}}id")],
                    el.get(w("fontKey")),
                )
    assert {name for name, _ in seen} == {"Noto Serif", "Noto Sans"}
    assert len(seen) == 8
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        target, key = seen["Noto Sans", "embedBold"]
        stored = z.read(f"word/{target}")
    assert stored[:32] != (FONT_DIR / "NotoSans-Bold.ttf").read_bytes()[:32]
    assert obfuscate(stored, key) == (FONT_DIR / "NotoSans-Bold.ttf").read_bytes()
    settings = part(data, "word/settings.xml")
    assert settings.find(w("embedTrueTypeFonts")) is not None


def test_every_rfonts_names_all_four_slots(en: Any) -> None:
    data = en[1]
    names = [
        n
        for n in part_names(data)
        if re.match(r"word/(styles|document|numbering|header\d*|footer\d*)\.xml", n)
    ]
    seen = 0
    for name in names:
        for rfonts in part(data, name).iter(w("rFonts")):
            seen += 1
            attrs = {etree.QName(a).localname for a in rfonts.attrib}
            assert {"ascii", "hAnsi", "cs", "eastAsia"} <= attrs, (name, attrs)
            assert not any(a.endswith(("Theme", "theme")) for a in attrs), (name, attrs)
    assert seen > 10


# --------------------------------------------------------------------------- widths, saving

_STYLE_NAMES = {"Regular": "", "Bold": "-Bold", "Italic": "-Italic", "BoldItalic": "-BoldItalic"}
FACES = [  # (reportlab's name, file) of each bundled face
    (f"{family}{suffix}", f"{family}-{style}.ttf")
    for family in ("NotoSerif", "NotoSans")
    for style, suffix in _STYLE_NAMES.items()
]


def _width_corpus() -> list[str]:
    """The seed's words in its three languages, and Cyrillic, Greek and odd characters."""
    seed = json.loads((seed_dir() / "dushanbe-summit-2025.json").read_text("utf-8"))
    texts = [CYRILLIC, TRICKY, "Ελληνικά: Σύνοδος κορυφής — «Κεντρική Ασία» ΑΒΓΔ αβγδ ώϊΰ"]
    texts.append("ёЁ № ½ ‰ € ™ ﬁ\u00a0\u2009\u202f\u00ad x\U0001f600\ufffd Ǆ ẞ")
    for fact in seed["facts"]:
        texts += [fact["statement"], *fact.get("translations", {}).values()]
    for theme in seed["themes"]:
        texts += [theme["en"], theme["fr"], theme["ru"]]
    for person in seed["people"]:
        texts += [*person["names"].values(), person["role"], *person["bio"].values()]
    return [t for t in texts if t]


@pytest.mark.parametrize(("face", "filename"), FACES)
def test_docx_widths_are_the_pdfs(face: str, filename: str) -> None:
    """The DOCX's page estimate reads the TTFs itself: the very tables reportlab builds."""
    from reportlab.pdfbase import pdfmetrics

    from briefing.dossier.docx_layout import read_advance_widths
    from briefing.dossier.fonts import pdf_fonts

    pdf_fonts()
    reportlab = pdfmetrics.getFont(face).face
    ours = read_advance_widths(FONT_DIR / filename)
    assert ours.widths == reportlab.charWidths
    assert ours.default == reportlab.defaultWidth


def test_docx_measures_text_as_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfmetrics

    from briefing.dossier import docx_layout
    from briefing.dossier.fonts import pdf_fonts

    pdf_fonts()
    corpus = _width_corpus()
    assert len(corpus) > 150
    ours = docx_layout.Metrics()
    widths = {(face, text): ours.width(text, face, 10.5) for face, _ in FACES for text in corpus}
    lines = {
        (face, text, column): ours.lines([(text, face, 10.5)], column)
        for face, _ in FACES
        for text in corpus
        for column in (60.0, 170.0, 451.3)
    }
    assert all(n >= 1 for n in lines.values()) and max(lines.values()) > 3
    for (face, text), width in widths.items():
        assert width == pdfmetrics.stringWidth(text, face, 1.0) * 10.5, (face, text)

    def reportlab_widths(face: str) -> docx_layout.FaceWidths:
        font = pdfmetrics.getFont(face).face
        return docx_layout.FaceWidths(dict(font.charWidths), font.defaultWidth)

    monkeypatch.setattr(docx_layout, "face_widths", reportlab_widths)
    theirs = docx_layout.Metrics()
    assert {key: theirs.lines([(key[1], key[0], 10.5)], key[2]) for key in lines} == lines


def test_docx_renderer_loads_no_pdf_or_picture_library() -> None:
    """Charts aside, a DOCX needs neither reportlab nor Pillow (their imports cost time)."""
    code = (
        "import dataclasses, io, sys\n"
        "from briefing.dossier.render_docx import render_docx\n"
        "from tests.sample_dossier import sample_dossier\n"
        "d = sample_dossier(sections=1, facts_per_section=3)\n"
        "plain = tuple(s for s in d.sections if not getattr(s, 'charts', ()))\n"
        "render_docx(dataclasses.replace(d, sections=plain), io.BytesIO())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PIL'}))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_package_is_the_zip_python_docx_writes() -> None:
    from briefing.dossier.docx_package import deflate, save_document

    document = docx.Document()
    document.add_paragraph("Héllo — Привет")
    blob = (FONT_DIR / "NotoSans-Regular.ttf").read_bytes()
    font = Part(
        PackURI("/word/fonts/font1.odttf"), "application/x-font", blob, document.part.package
    )
    document.part.relate_to(font, RT.FONT)
    stream = deflate(blob, 1)  # a stream zipfile would not make: it must be taken as it is
    ours, theirs = io.BytesIO(), io.BytesIO()
    save_document(document, ours, {id(blob): (blob, stream)})
    document.save(theirs)
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
        assert a.testzip() is None
        assert a.namelist() == b.namelist()
        for name in b.namelist():
            if name != "docProps/core.xml":
                assert a.read(name) == b.read(name), name
        info = a.getinfo("word/fonts/font1.odttf")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.compress_size == len(stream.stream)
    assert docx.Document(ours).paragraphs[-1].text == "Héllo — Привет"


def test_font_streams_come_from_a_checked_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.dossier import docx_fonts

    def fresh_process() -> None:  # what a new process knows: nothing deflated yet
        monkeypatch.setattr(docx_fonts, "_streams", {})
        monkeypatch.setattr(docx_fonts, "_worker", None)

    def embedded_fonts(data: bytes) -> dict[str, bytes]:
        keys = {
            el.get(f"{{{R}}}id"): el.get(w("fontKey"))
            for el in part(data, "word/fontTable.xml").iter()
            if el.get(w("fontKey"))
        }
        rels = {r.get("Id"): r.get("Target") for r in part(data, "word/_rels/fontTable.xml.rels")}
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {rels[i]: obfuscate(z.read(f"word/{rels[i]}"), key) for i, key in keys.items()}

    small = sample_dossier(sections=1, facts_per_section=1)
    fresh_process()
    first, _ = render(small)
    cache = tmp_path / "home" / "cache" / "docx-fonts"
    files = sorted(cache.glob("*.deflate"))
    assert [f.name for f in files] == sorted(f"{name[:-4]}.deflate" for _, name in FACES)
    originals = {f.name: f.read_bytes() for f in files}
    # one cache file damaged, one made from other font bytes: both ignored and made again
    damaged = bytearray(originals["NotoSerif-Regular.deflate"])
    damaged[-100] ^= 0xFF
    (cache / "NotoSerif-Regular.deflate").write_bytes(bytes(damaged))
    other = bytearray(originals["NotoSans-Bold.deflate"])
    other[8:12] = b"\0\0\0\0"  # the CRC-32 of the bytes it inflates to
    (cache / "NotoSans-Bold.deflate").write_bytes(bytes(other))
    fresh_process()
    second, _ = render(small)
    assert {f.name: f.read_bytes() for f in cache.glob("*.deflate")} == originals
    fonts = {(FONT_DIR / name).read_bytes() for _, name in FACES}
    assert set(embedded_fonts(first).values()) == fonts
    assert embedded_fonts(second) == embedded_fonts(first)


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("fr", "fr-FR"), ("ru", "ru-RU")])
def test_document_language(language: str, tag: str) -> None:
    data, _ = render(sample_dossier(language=language, sections=1, facts_per_section=2))
    styles = part(data, "word/styles.xml")
    lang = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('lang')}")
    assert lang.get(w("val")) == tag
    assert docx.Document(io.BytesIO(data)).core_properties.language == tag


def test_foreign_statements_are_tagged_with_their_language(en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.4:"))
    assert para.style.name == "Statement (fr-FR)"
    assert para.style.element.find(f"{w('rPr')}/{w('lang')}").get(w("val")) == "fr-FR"
    english = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.1 "))
    assert english.style.name == "Statement"


def test_core_properties(en: Any, en_doc: Any) -> None:
    d = en[0]
    props = en_doc.core_properties
    assert props.title == d.title
    assert props.author == "Desk officer"
    assert props.subject == d.subject
    assert props.keywords == "Central Asia, Russia"
    assert "docProps/thumbnail.jpeg" not in part_names(en[1])


# --------------------------------------------------------------------------- robustness


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


def test_progress_is_reported_and_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    render(
        sample_dossier(sections=4, facts_per_section=30), progress=lambda d, t: calls.append((d, t))
    )
    assert len(calls) >= 10
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1]
    dones = [c[0] for c in calls]
    assert dones == sorted(dones)
    assert len({c[1] for c in calls}) == 1


def test_cancel_propagates_and_atomic_output_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.docx"
    target.write_bytes(b"previous")
    seen = 0

    def cancel_soon(done: int, total: int) -> None:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise ExportCancelled

    d = sample_dossier(sections=4, facts_per_section=30)
    with pytest.raises(ExportCancelled), atomic_output(target) as out:
        render_docx(d, out, cancel_soon)
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as out:
        render_docx(d, out)
    assert docx.Document(str(target)).core_properties.title == d.title


def test_result_counts(en: Any, en_body: Any) -> None:
    result = en[2]
    assert result.paragraphs == sum(1 for _ in en_body.iter(w("p")))
    assert result.facts == en[0].fact_count()
    assert set(result.heading_pages) <= {bookmark(a) for a in result.heading_pages} | set(
        result.heading_pages
    )
    assert len(result.bookmark_pages) == sum(1 for _ in en_body.iter(w("bookmarkStart")))


# --------------------------------------------------------------------------- LibreOffice


def _libreoffice_pdf(tmp_path: Path, data: bytes) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext not installed")
    source = tmp_path / "brief.docx"
    source.write_bytes(data)
    # Word bookmarks become named destinations, so every fact's page can be read back
    export = (
        "pdf:writer_pdf_Export:"
        '{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
    )
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            export,
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = tmp_path / "brief.pdf"
    assert pdf.exists()
    return pdf


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    return out.stdout.decode().split("\f")[:-1]


@pytest.mark.libreoffice
@pytest.mark.parametrize(("language", "size"), [("en", "A4"), ("ru", "Letter"), ("fr", "A4")])
def test_libreoffice_pages_match_the_contents(tmp_path: Path, language: str, size: str) -> None:
    from pypdf import PdfReader

    facts = 4 if language == "en" else 25  # sections of several pages, sub-sections inside
    d = sample_dossier(language=language, page_size=size, facts_per_section=facts)  # type: ignore[arg-type]
    data, result = render(d)
    pdf = _libreoffice_pdf(tmp_path, data)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == result.estimated_pages

    # every heading, fact and annex entry on the page the estimate (and the contents) says
    actual = {
        name.lstrip("/").replace("5F", "_"): reader.get_destination_page_number(dest) + 1
        for name, dest in reader.named_destinations.items()
    }
    assert {k: actual.get(k) for k in result.bookmark_pages} == result.bookmark_pages
    assert len(result.bookmark_pages) > 30

    # the contents as LibreOffice shows them: each entry's number is its heading's page
    pages = _page_texts(pdf)
    contents = re.sub(r"\s+", " ", pages[1])
    anchors = [s.anchor for s in d.sections for s in [s, *getattr(s, "subsections", ())]]
    for (_, text), anchor in zip(headings(d), [*anchors, "sources"], strict=True):
        title = re.sub(r"\s+", " ", text.replace("\t", " "))
        found = re.search(re.escape(title) + r" ?\.+ ?(\d+)", contents)
        assert found is not None, title
        assert int(found.group(1)) == actual[bookmark(anchor)], title

    # each page's header: the marking on top, then the title of the section it belongs to
    starts = sorted((page, anchor) for anchor, page in result.heading_pages.items())
    titles = {s.anchor: f"{s.number} {s.title}" for s in d.sections}
    titles["sources"] = d.labels.sources
    for index, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == d.marking_text, index
        if index == 1:  # the cover: the marking at its foot too, no page number
            assert lines[-1] == d.marking_text
            continue
        footer = re.sub(r"\s+", " ", lines[-1])
        assert footer.startswith(d.labels.page_of.format(page=index, total=len(pages)))
        assert d.marking_text in footer and footer.endswith(d.date_text)
        if index == 2:
            assert lines[1].endswith(d.labels.contents)
            continue
        current = [a for page, a in starts if page <= index and a in titles][-1]
        assert re.sub(r"\s+", " ", lines[1]).endswith(re.sub(r"\s+", " ", titles[current]))

    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert "NotoSerif-Regular" in fonts.stdout and "NotoSans-Bold" in fonts.stdout
