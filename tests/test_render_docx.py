"""The DOCX renderer, judged by reading its output back (python-docx, raw XML, LibreOffice)."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from briefing.dossier.document import Dossier, DossierFact, FactSection, Section
from briefing.dossier.markup import parse_blocks
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.dossier.render_docx import DocxResult, render_docx
from tests.sample_dossier import CYRILLIC, TRICKY, all_statements, sample_dossier

pytestmark = pytest.mark.export

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}


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


def expected_headings(d: Dossier) -> list[tuple[str, str]]:
    """(style name, text) of every heading, in document order."""
    out: list[tuple[str, str]] = []

    def walk(s: Section | FactSection, level: int) -> None:
        out.append((f"Heading {level}", f"{s.number}  {s.title}"))
        if isinstance(s, FactSection):
            for sub in s.subsections:
                walk(sub, 2)

    for s in d.sections:
        walk(s, 1)
    if d.sources:
        out.append(("Heading 1", d.labels.sources))
    return out


@pytest.fixture(scope="module")
def en() -> tuple[Dossier, bytes, DocxResult]:
    d = sample_dossier()
    data, result = render(d)
    return d, data, result


@pytest.fixture(scope="module")
def en_doc(en: tuple[Dossier, bytes, DocxResult]) -> Any:
    return docx.Document(io.BytesIO(en[1]))


# --------------------------------------------------------------------------- content


def test_headings_are_real_heading_styles_in_order(en: Any, en_doc: Any) -> None:
    d = en[0]
    got = [
        (p.style.name, p.text)
        for p in en_doc.paragraphs
        if p.style.name in ("Heading 1", "Heading 2")
    ]
    assert got == expected_headings(d)
    assert en[2].headings == len(got)


def test_every_statement_is_printed(en: Any, en_doc: Any) -> None:
    paragraphs = {p.text for p in en_doc.paragraphs}
    statements = all_statements(en[0])
    assert len(statements) == en[2].facts == en[0].fact_count()
    for statement in statements:
        for line in statement.split("\n"):  # list items are separate paragraphs
            assert line in paragraphs


def test_statement_formatting_and_lists(en: Any, en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.2:"))
    assert [r.text for r in para.runs if r.bold] == ["three pillars"]
    assert [r.text for r in para.runs if r.italic] == ["one"]
    link = para._p.find(w("hyperlink"))
    rel = en_doc.part.rels[link.get(f"{{{R}}}id")]
    assert rel.is_external
    assert rel.target_ref == "https://example.org/annex"
    items = [p for p in en_doc.paragraphs if p.text in ("security cooperation", "energy")]
    assert len(items) == 2 * 3  # in each of the three sections
    for item in items:
        assert item.style.name.startswith("List Bullet")
        assert item._p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}") is not None
    numbering = part(en[1], "word/numbering.xml")
    formats = {el.get(w("val")) for el in numbering.iter(w("numFmt"))}
    assert {"bullet", "decimal"} <= formats


def test_numbered_list_restarts_at_its_start() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    fact = d.sections[0].facts[0]  # type: ignore[union-attr]
    numbered = dataclasses.replace(fact, body=parse_blocks("Steps:\n\n3. three\n4. four"))
    section = dataclasses.replace(d.sections[0], facts=(numbered,), subsections=())
    d = dataclasses.replace(d, sections=(section,))
    data, _ = render(d)
    body = part(data, "word/document.xml")
    items = [p for p in body.iter(w("p")) if texts(p) in ("three", "four")]
    num_ids = {p.find(f".//{w('numId')}").get(w("val")) for p in items}
    assert len(num_ids) == 1
    numbering = part(data, "word/numbering.xml")
    (num,) = [n for n in numbering.iter(w("num")) if n.get(w("numId")) in num_ids]
    assert num.find(f".//{w('startOverride')}").get(w("val")) == "3"


def test_code_runs_and_awkward_urls() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    text = "Run `rm -rf <dir>` then see [the list](https://example.org/?a=1&b=<2>) **now**."
    fact = dataclasses.replace(d.sections[0].facts[0], body=parse_blocks(text))  # type: ignore[union-attr]
    section = dataclasses.replace(d.sections[0], facts=(fact,), subsections=())
    data, _ = render(dataclasses.replace(d, sections=(section,)))
    doc = docx.Document(io.BytesIO(data))
    para = next(p for p in doc.paragraphs if p.text.startswith("Run "))
    assert para.text == "Run rm -rf <dir> then see the list now."
    code = next(r for r in para.runs if r.text == "rm -rf <dir>")
    assert code.style.name == "Code"
    rfonts = code.style.element.find(f"{w('rPr')}/{w('rFonts')}")
    assert {rfonts.get(w(s)) for s in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Courier New"}
    link = para._p.find(w("hyperlink"))
    assert doc.part.rels[link.get(f"{{{R}}}id")].target_ref == "https://example.org/?a=1&b=<2>"


def test_markup_and_xml_text_stay_literal(en: Any, en_doc: Any) -> None:
    assert any(p.text.endswith(TRICKY) for p in en_doc.paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(en[1])).read("word/document.xml").decode()
    assert "<script>" not in xml and "<b>not" not in xml
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 5 &lt; 6" in xml


def test_cyrillic_and_greek_survive(en_doc: Any) -> None:
    assert any(p.text.endswith(CYRILLIC) for p in en_doc.paragraphs)
    assert any("Владимир Путин" in c.text for t in en_doc.tables for c in t._cells)


def test_control_characters_are_dropped_not_fatal() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    bad = "Nul\x00 bell\x07 vt\x0b esc\x1b tab\tnewline\n ok \ufffe"
    fact = dataclasses.replace(d.sections[0].facts[0], body=parse_blocks(bad))  # type: ignore[union-attr]
    section = dataclasses.replace(d.sections[0], facts=(fact,), title="Title\x01 with \x1f junk")
    d = dataclasses.replace(d, title="Brief\x02", sections=(section, *d.sections[1:]))
    data, _ = render(d)
    doc = docx.Document(io.BytesIO(data))
    texts_ = [p.text for p in doc.paragraphs]
    assert "Nul bell vt esc tab newline ok" in " ".join(texts_).replace("  ", " ")
    assert "1  Title with  junk" in texts_
    assert doc.core_properties.title == "Brief"


def test_meta_line_and_source_links(en: Any, en_doc: Any) -> None:
    metas = [p for p in en_doc.paragraphs if p.style.name == "Fact Meta"]
    assert len(metas) == en[2].facts
    assert metas[0].text == "9 October 2025 · [1]"
    assert metas[1].text == "9 October 2025 · Reported · Original in French · [2]"
    assert metas[2].text == "9 October 2025 · RESTRICTED · [3]"  # marking when not UNCLASSIFIED
    body = part(en[1], "word/document.xml")
    bookmarks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    anchors = [h.get(w("anchor")) for h in body.iter(w("hyperlink")) if h.get(w("anchor"))]
    assert anchors and set(anchors) <= bookmarks
    for name in bookmarks:
        assert len(name) <= 40 and name[0].isalpha() and re.fullmatch(r"\w+", name)
    ids = [b.get(w("id")) for b in body.iter(w("bookmarkStart"))]
    assert len(ids) == len(set(ids)) == len(bookmarks)
    assert sorted(ids) == sorted(b.get(w("id")) for b in body.iter(w("bookmarkEnd")))


def test_sources_annex(en: Any, en_doc: Any) -> None:
    d = en[0]
    entries = [p for p in en_doc.paragraphs if p.style.name == "Source Entry"]
    assert len(entries) == len(d.sources) == en[2].sources
    first = d.sources[0]
    assert entries[0].text == f"[1]\t{first.title} — {first.publisher}, {first.date_text}, §1"
    quotes = [p.text for p in en_doc.paragraphs if p.style.name.startswith("Quote")]
    assert quotes == [s.quote for s in d.sources]
    # each "[n]" in the meta lines points at the bookmark on annex entry n
    body = part(en[1], "word/document.xml")
    entry_marks = {
        # the bookmark wraps the "[n]" label at the start of the entry
        p.find(w("bookmarkStart")).get(w("name")): texts(p)[:3]
        for p in body.iter(w("p"))
        if p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "SourceEntry"
    }
    links = {texts(h): h.get(w("anchor")) for h in body.iter(w("hyperlink")) if h.get(w("anchor"))}
    assert entry_marks[links["[3]"]] == "[3]"


def test_tables_have_repeating_header_and_borders(en: Any, en_doc: Any) -> None:
    assert en[2].tables == len(en_doc.tables) == 2
    figures, people = en_doc.tables
    assert [c.text for c in figures.rows[0].cells] == ["Figure", "Value", "Country", "Source"]
    assert [c.text for c in people.rows[1].cells] == ["Emomali Rahmon", "President", "Tajikistan"]
    for table in en_doc.tables:
        tbl = table._tbl
        rows = tbl.findall(w("tr"))
        assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
        assert all(r.find(f"{w('trPr')}/{w('cantSplit')}") is None for r in rows[1:])
        style_id = tbl.find(f"{w('tblPr')}/{w('tblStyle')}").get(w("val"))
        style = en_doc.styles.element.find(f"{w('style')}[@{w('styleId')}='{style_id}']")
        borders = style.find(f"{w('tblPr')}/{w('tblBorders')}")
        assert {etree.QName(b).localname for b in borders} >= {"top", "bottom", "insideH"}


# --------------------------------------------------------------------------- TOC


def test_toc_is_a_prefilled_word_field(en: Any) -> None:
    d, data, _ = en
    body = part(data, "word/document.xml")
    instr = [i.text for i in body.iter(w("instrText"))]
    toc = [i for i in instr if "TOC \\o" in i]
    assert toc == [' TOC \\o "1-2" \\h \\z \\u ']
    # the field's result: one TOC 1 / TOC 2 paragraph per heading, linked, with a page number
    entries = [
        p
        for p in body.iter(w("p"))
        if p.find(f"{w('pPr')}/{w('pStyle')}") is not None
        and p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) in ("TOC1", "TOC2")
    ]
    headings = expected_headings(d)
    assert len(entries) == len(headings)
    bookmarks = {b.get(w("name")) for b in body.iter(w("bookmarkStart"))}
    pages = []
    for p, (style, text) in zip(entries, headings, strict=True):
        style_id = p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
        assert style_id == ("TOC1" if style == "Heading 1" else "TOC2")
        link = p.find(w("hyperlink"))
        assert link.get(w("anchor")) in bookmarks
        entry_text = texts(link)
        assert entry_text.startswith(text)
        pageref = [i.text for i in link.iter(w("instrText"))]
        assert pageref == [f" PAGEREF {link.get(w('anchor'))} \\h "]
        pages.append(int(entry_text[len(text) :]))
    assert pages == sorted(pages) and pages[0] >= 3  # cover, contents, then the body
    # begin … separate in the first entry, end in the last
    kinds = [f.get(w("fldCharType")) for f in entries[0].iter(w("fldChar"))]
    assert kinds[:2] == ["begin", "separate"]
    assert [f.get(w("fldCharType")) for f in entries[-1].iter(w("fldChar"))][-1] == "end"
    settings = part(data, "word/settings.xml")
    assert settings.find(w("updateFields")).get(w("val")) == "true"


def test_toc_and_heading_styles_exist(en_doc: Any) -> None:
    # Word's built-in names ("toc 1" is shown as "TOC 1"), case as python-docx reports them
    names = {s.name.lower() for s in en_doc.styles}
    required = {"heading 1", "heading 2", "title", "subtitle", "toc 1", "toc 2", "toc heading"}
    assert required | {"body text", "list bullet", "list number", "quote", "statement"} <= names
    h1 = en_doc.styles["Heading 1"].element
    assert h1.find(f"{w('pPr')}/{w('keepNext')}") is not None
    assert h1.find(f"{w('pPr')}/{w('outlineLvl')}").get(w("val")) == "0"
    tabs = en_doc.styles["toc 1"].element.findall(f".//{w('tab')}")
    assert [(t.get(w("val")), t.get(w("leader"))) for t in tabs] == [("right", "dot")]


# --------------------------------------------------------------------------- fonts, language


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
    styles = part(data, "word/styles.xml")
    default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    assert default.get(w("ascii")) == default.get(w("cs")) == "Noto Serif"
    h1 = styles.find(f"{w('style')}[@{w('styleId')}='Heading1']//{w('rFonts')}")
    assert h1.get(w("eastAsia")) == "Noto Sans"


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("fr", "fr-FR"), ("ru", "ru-RU")])
def test_document_language(language: str, tag: str) -> None:
    d = sample_dossier(language=language, sections=1, facts_per_section=2)
    data, _ = render(d)
    styles = part(data, "word/styles.xml")
    lang = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('lang')}")
    assert lang.get(w("val")) == tag
    assert lang.get(w("eastAsia")) and lang.get(w("bidi"))
    assert docx.Document(io.BytesIO(data)).core_properties.language == tag


def test_foreign_statements_are_tagged_with_their_language(en: Any, en_doc: Any) -> None:
    para = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.4:"))
    assert para.style.name == "Statement (fr-FR)"
    lang = para.style.element.find(f"{w('rPr')}/{w('lang')}")
    assert lang.get(w("val")) == "fr-FR"
    english = next(p for p in en_doc.paragraphs if p.text.startswith("Statement 1.1 "))
    assert english.style.name == "Statement"


# --------------------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("Page", "of")), ("fr", ("Page", "sur")), ("ru", ("Страница", "из"))],
)
def test_header_and_footer_fields(language: str, words: tuple[str, str]) -> None:
    d = sample_dossier(language=language, sections=2, facts_per_section=2)
    data, _ = render(d)
    doc = docx.Document(io.BytesIO(data))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element
    footer = section.footer._element
    header_instr = [i.text.strip() for i in header.iter(w("instrText"))]
    assert header_instr == ['STYLEREF "Heading 1"']
    assert texts(header).startswith(d.title)
    assert "1  Section 1" in texts(header)  # cached result: the first section's heading
    footer_instr = [i.text.strip() for i in footer.iter(w("instrText"))]
    assert footer_instr == ["PAGE", "NUMPAGES"]
    # words and fields in the order of labels.page_of: "<w1> PAGE <w2> NUMPAGES"
    sequence: list[str] = []
    for el in footer.iter(w("t"), w("instrText")):
        is_field = el.tag == w("instrText")
        if is_field or (el.text and el.text.strip()):
            sequence.append(el.text.strip())
    tail = sequence[sequence.index("PAGE") - 1 :]
    assert tail[0].endswith(words[0]) and tail[1] == "PAGE"
    assert tail[3] == words[1] and tail[4] == "NUMPAGES"
    assert d.marking in texts(footer) and d.date_text in texts(footer)
    # the cover page has its own, empty header and footer
    assert texts(section.first_page_header._element) == ""
    assert texts(section.first_page_footer._element) == ""


def test_cover_page(en: Any, en_doc: Any) -> None:
    d = en[0]
    paragraphs = en_doc.paragraphs
    assert paragraphs[0].text == d.marking
    assert paragraphs[1].style.name == "Title" and paragraphs[1].text == d.title
    assert paragraphs[2].style.name == "Subtitle" and paragraphs[2].text == d.subtitle
    cover = [p.text for p in paragraphs[3:9]]
    assert f"{d.labels.prepared_for}\t{d.prepared_for}" in cover
    assert f"{d.labels.prepared_by}\t{d.prepared_by}" in cover
    assert f"{d.labels.date}\t{d.date_text}" in cover
    contents = paragraphs[9]
    assert contents.text == d.labels.contents
    assert contents._p.find(f"{w('pPr')}/{w('pageBreakBefore')}") is not None


@pytest.mark.parametrize(("size", "dims"), [("A4", (11906, 16838)), ("Letter", (12240, 15840))])
def test_page_size_and_margins(size: str, dims: tuple[int, int]) -> None:
    d = sample_dossier(page_size=size, sections=1, facts_per_section=1)  # type: ignore[arg-type]
    data, _ = render(d)
    sect = part(data, "word/document.xml").find(f"{w('body')}/{w('sectPr')}")
    pg = sect.find(w("pgSz"))
    assert (int(pg.get(w("w"))), int(pg.get(w("h")))) == dims
    margin = int(sect.find(w("pgMar")).get(w("left")))
    assert 1200 <= margin <= 1300  # about 2.2 cm
    assert sect.find(w("titlePg")) is not None
    assert part(data, "word/document.xml").find(w("body"))[-1].tag == w("sectPr")


def test_core_properties(en: Any, en_doc: Any) -> None:
    d = en[0]
    props = en_doc.core_properties
    assert props.title == d.title
    assert props.author == d.prepared_by
    assert props.subject == d.subject
    assert props.keywords == "Central Asia, Russia"
    assert props.language == "en-GB"
    assert "docProps/thumbnail.jpeg" not in part_names(en[1])


# --------------------------------------------------------------------------- robustness


def test_long_text() -> None:
    d = sample_dossier(long_text=True, page_size="Letter")
    data, result = render(d)
    doc = docx.Document(io.BytesIO(data))
    longest = max((p.text for p in doc.paragraphs), key=len)
    assert longest == all_statements(d)[0]
    assert any(len(c.text) > 9000 for t in doc.tables for c in t._cells)
    assert result.estimated_pages > 20


def test_empty_sections_and_no_sources() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    empty = FactSection(number="1", title="Nothing yet", anchor="1-empty", facts=())
    d = dataclasses.replace(d, sections=(empty,), sources=())
    data, result = render(d)
    doc = docx.Document(io.BytesIO(data))
    assert d.labels.no_facts in [p.text for p in doc.paragraphs]
    assert result.headings == 1 and result.sources == 0
    assert "b_1_empty" in {
        b.get(w("name")) for b in part(data, "word/document.xml").iter(w("bookmarkStart"))
    }


def test_table_at_the_very_end_is_followed_by_a_paragraph() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    d = dataclasses.replace(d, sections=d.sections[-1:], sources=())  # participants only
    data, result = render(d)
    body = part(data, "word/document.xml").find(w("body"))
    assert [etree.QName(el).localname for el in body[-3:]] == ["tbl", "p", "sectPr"]
    assert result.paragraphs == sum(1 for _ in body.iter(w("p")))


def test_fact_without_source_or_date() -> None:
    d = sample_dossier(sections=1, facts_per_section=1)
    bare = DossierFact(
        uuid="u",
        body=parse_blocks("Bare"),
        text_language="en",
        foreign_language_note=None,
        date_text=None,
        confidence=None,
        marking="UNCLASSIFIED",
        source_number=None,
    )
    section = dataclasses.replace(d.sections[0], facts=(bare,), subsections=())
    data, _ = render(dataclasses.replace(d, sections=(section,)))
    doc = docx.Document(io.BytesIO(data))
    i = [p.text for p in doc.paragraphs].index("Bare")
    assert doc.paragraphs[i + 1].text == ""


def test_progress_is_reported_and_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    d = sample_dossier(sections=4, facts_per_section=30)
    render(d, progress=lambda done, total: calls.append((done, total)))
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


def test_result_counts(en: Any, en_doc: Any) -> None:
    result = en[2]
    body = part(en[1], "word/document.xml")
    assert result.paragraphs == sum(1 for _ in body.iter(w("p")))
    assert result.estimated_pages >= 4


# --------------------------------------------------------------------------- LibreOffice


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.libreoffice
def test_libreoffice_renders_headings_toc_and_cyrillic(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext not installed")
    d = sample_dossier(language="ru")
    source = tmp_path / "brief.docx"
    data, _ = render(d)
    source.write_bytes(data)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "brief.pdf"
    assert pdf.exists()

    def pdf_text(*pages: str) -> str:
        cmd = ["pdftotext", *pages, str(pdf), "-"]
        return _normalise(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)

    everything = pdf_text()
    contents_page = pdf_text("-f", "2", "-l", "2")
    assert d.labels.contents in contents_page
    for _style, heading in expected_headings(d):
        assert _normalise(heading) in everything
        assert _normalise(heading) in contents_page  # the prefilled TOC is shown
    assert re.search(r"Участники\s*\.+\s*\d+", contents_page)
    assert _normalise(CYRILLIC) in everything
    assert "Страница 3 из" in everything
    assert "<script>alert(1)</script>" in everything
