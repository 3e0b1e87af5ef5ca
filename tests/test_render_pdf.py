"""The PDF renderer, judged by reading its output back (pdftotext and pypdf)."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from briefing.dossier.document import Dossier, FactSection, FiguresSection, PageSize
from briefing.dossier.markup import parse_blocks
from briefing.dossier.output import ExportCancelled, atomic_output
from briefing.dossier.render_pdf import MARGIN, PdfResult, render_pdf
from tests.sample_dossier import CYRILLIC, TRICKY, all_statements, sample_dossier

pytestmark = pytest.mark.export

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler) not found")


@dataclasses.dataclass(frozen=True)
class Rendered:
    dossier: Dossier
    pdf: bytes
    result: PdfResult

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.pdf))

    def pages(
        self,
        *,
        layout: bool = False,
        body_only: bool = False,
        x_range: tuple[float, float] | tuple[()] = (),
    ) -> list[str]:
        """Text of each page (pdftotext); ``body_only`` crops away header and footer,
        ``x_range`` (in points from the left edge) keeps one column of the body."""
        return _pages_text(self.pdf, layout, body_only, x_range)


def _norm(text: str) -> str:
    return " ".join(text.split())


@cache
def _pages_text(
    pdf: bytes, layout: bool, body_only: bool, x_range: tuple[float, float] | tuple[()]
) -> list[str]:
    assert PDFTOTEXT is not None
    args = [PDFTOTEXT, "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if body_only or x_range:
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        width, height = float(box.width), float(box.height)
        left, right = x_range or (0, width)
        args += ["-r", "72", "-x", str(int(left)), "-y", str(int(MARGIN) - 4)]
        args += ["-W", str(int(right - left)), "-H", str(int(height - 2 * MARGIN) + 8)]
    done = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    pages = done.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@cache
def _render(**kwargs: Any) -> Rendered:
    dossier = sample_dossier(**kwargs)
    return _render_dossier(dossier)


def _render_dossier(
    dossier: Dossier, progress: Callable[[int, int], None] | None = None
) -> Rendered:
    out = io.BytesIO()
    result = render_pdf(dossier, out, progress)
    return Rendered(dossier, out.getvalue(), result)


def _sections(dossier: Dossier) -> list[tuple[int, Any]]:
    found: list[tuple[int, Any]] = []

    def walk(section: Any, level: int) -> None:
        found.append((level, section))
        if isinstance(section, FactSection):
            for sub in section.subsections:
                walk(sub, level + 1)

    for section in dossier.sections:
        walk(section, 0)
    return found


_TOC_LINE = re.compile(r"^\s*(?:(\d+(?:\.\d+)*)\s+)?(\S.*?)\s+(\d+)\s*$")


def _toc(rendered: Rendered) -> tuple[dict[str, int], int]:
    """Contents entries as printed ("number title" or title → page) and the last TOC page.

    The TOC pages are those after the cover whose running header names the contents.
    """
    entries: dict[str, int] = {}
    last_page = 1
    contents = rendered.dossier.labels.contents
    whole = rendered.pages(layout=True)
    bodies = rendered.pages(layout=True, body_only=True)
    for page, body in zip(whole[1:], bodies[1:], strict=True):
        if contents not in _norm(" ".join(page.splitlines()[:3])):
            break
        last_page += 1
        for line in body.splitlines():
            m = _TOC_LINE.match(line)
            if m:
                number, title, page_number = m.groups()
                entries[_norm(f"{number or ''} {title}")] = int(page_number)
    return entries, last_page


def _first_page_with(rendered: Rendered, needle: str, after: int) -> int:
    """1-based number of the first page after page ``after`` whose body contains ``needle``."""
    for number, text in enumerate(rendered.pages(body_only=True), start=1):
        if number > after and needle in _norm(text):
            return number
    raise AssertionError(f"{needle!r} not found after page {after}")


# --------------------------------------------------------------------------- content


@needs_pdftotext
def test_every_heading_and_statement_is_printed() -> None:
    r = _render()
    text = _norm("\n".join(r.pages()))
    for level, section in _sections(r.dossier):
        assert _norm(f"{section.number} {section.title}") in text, (level, section.title)
    statements = all_statements(r.dossier)
    assert statements
    for statement in statements:
        assert _norm(statement)[:40] in text, statement
        marker = re.match(r"Statement \d+\.\d+", statement)
        assert marker is not None
        assert marker.group(0) in text
    assert r.dossier.labels.sources in text
    assert "[1] Summit article — Test wire, 9 October 2025, §1" in text
    assert "« Quote 1.1: « texte exact de la source »" in text


@needs_pdftotext
def test_markup_characters_print_literally() -> None:
    r = _render()
    text = _norm("\n".join(r.pages()))
    assert TRICKY in text
    assert "&amp;amp;" not in text
    # markdown formatting is applied, not printed
    assert "**three pillars**" not in text
    assert "The plan has three pillars and one annex:" in text
    assert "security cooperation" in text


@needs_pdftotext
def test_cyrillic_and_greek_round_trip() -> None:
    r = _render()
    text = _norm("\n".join(r.pages()))
    assert _norm(CYRILLIC) in text
    assert "Владимир Путин" in text


@needs_pdftotext
def test_user_text_in_titles_and_links_is_escaped() -> None:
    base = sample_dossier()
    first = base.sections[0]
    assert isinstance(first, FactSection)
    href = 'https://example.org/a?x=1&y="2"<z>'
    fact = dataclasses.replace(
        first.facts[0], body=parse_blocks(f"Link test [the <report>]({href}) & more")
    )
    section = dataclasses.replace(first, title="Title <i>x</i> & Co", facts=(fact,))
    dossier = dataclasses.replace(
        base, title="Brief <b>bold?</b> & co", sections=(section, *base.sections[1:])
    )
    r = _render_dossier(dossier)
    text = _norm("\n".join(r.pages()))
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


@needs_pdftotext
def test_fact_line_has_date_confidence_note_marking_and_source() -> None:
    r = _render()
    text = _norm("\n".join(r.pages()))
    assert "9 October 2025 · Confidence: Reported · Original in French · [2]" in text
    assert "RESTRICTED · 9 October 2025 · [3]" in text  # portion marking
    assert "UNCLASSIFIED" not in text
    # source references link to the annex entries
    annex_page = _first_page_with(r, "[1] Summit article", after=2)
    dests = 0
    for page in r.reader.pages:
        for annot in page.get("/Annots", []):
            dest = annot.get_object().get("/Dest")
            if dest is not None:
                dests += 1
    assert dests >= len(all_statements(r.dossier))
    assert annex_page == r.result.pages


# --------------------------------------------------------------------------- contents, pages


@needs_pdftotext
@pytest.mark.parametrize(
    "shape",
    [{}, {"long_text": True}, {"sections": 70, "facts_per_section": 1}],
    ids=["sample", "long_text", "long_toc"],
)
def test_toc_page_numbers_match_headings(shape: dict[str, Any]) -> None:
    r = _render(**shape)
    toc, last_toc_page = _toc(r)
    if shape.get("sections", 0) > 50:
        assert last_toc_page >= 3  # the contents run over more than one page
    for level, section in _sections(r.dossier):
        key = _norm(f"{section.number} {section.title}")
        assert key in toc, (key, toc)
        actual = _first_page_with(r, key, after=last_toc_page)
        assert toc[key] == actual == r.result.heading_pages[section.anchor], (level, key)
    annex = _first_page_with(r, "[1] Summit article", after=last_toc_page)
    assert toc[r.dossier.labels.sources] == annex
    # every entry links to its heading
    links = [
        annot.get_object()
        for page in r.reader.pages[1:last_toc_page]
        for annot in page.get("/Annots", [])
    ]
    page_of_ref = {
        page.indirect_reference.idnum: n
        for n, page in enumerate(r.reader.pages, start=1)
        if page.indirect_reference is not None
    }
    targets = [page_of_ref[a["/Dest"][0].idnum] for a in links if "/Dest" in a]
    assert sorted(targets) == sorted(toc.values())
    assert set(r.result.heading_pages) == {s.anchor for _, s in _sections(r.dossier)}


@needs_pdftotext
def test_footer_counts_the_real_pages() -> None:
    r = _render()
    pages = r.pages()
    total = len(r.reader.pages)
    assert r.result.pages == total == len(pages)
    assert "Page" not in pages[0]  # no footer on the cover
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in _norm(text)
        assert "27 November 2026" in text
        assert "RESTRICTED" in text


@needs_pdftotext
def test_running_header_names_the_current_section() -> None:
    r = _render(long_text=True)
    pages = r.pages(layout=True)
    first, second = r.result.heading_pages["sec-1"], r.result.heading_pages["sec-2"]
    assert second - first > 3  # the long statement runs over several pages
    for number in range(first, second):
        header = _norm(" ".join(pages[number - 1].splitlines()[:3]))
        assert "Second Central Asia – Russia summit" in header
        assert "1 Section 1 — Безопасность and security" in header, number
    header = _norm(" ".join(pages[second - 1].splitlines()[:3]))
    assert "2 Section 2 — Безопасность and security" in header
    assert "Contents" in _norm(" ".join(pages[1].splitlines()[:3]))


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "contents", "page_of"),
    [
        ("en", "Contents", "Page 2 of {}"),
        ("fr", "Table des matières", "Page 2 sur {}"),
        ("ru", "Содержание", "Страница 2 из {}"),
    ],
)
def test_labels_follow_the_language(language: str, contents: str, page_of: str) -> None:
    r = _render(language=language)
    page2 = _norm(r.pages()[1])
    assert contents in page2
    assert page_of.format(r.result.pages) in page2
    root = r.reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    assert str(root["/Lang"]) == language
    assert r.dossier.labels.prepared_for in _norm(r.pages()[0])


@needs_pdftotext
@pytest.mark.parametrize(
    "template", ["p. {page}/{total}", "{total} pages — page {page}", "Page {page}"]
)
def test_any_page_label_template(template: str) -> None:
    base = sample_dossier()
    r = _render_dossier(
        dataclasses.replace(base, labels=dataclasses.replace(base.labels, page_of=template))
    )
    for number, text in enumerate(r.pages()[1:], start=2):
        assert template.format(page=number, total=r.result.pages) in _norm(text)


@pytest.mark.parametrize(
    ("page_size", "expected"), [("A4", (595.3, 841.9)), ("Letter", (612.0, 792.0))]
)
def test_page_size(page_size: PageSize, expected: tuple[float, float]) -> None:
    r = _render(page_size=page_size)
    for page in r.reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == expected


# --------------------------------------------------------------------------- PDF structure


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
    assert meta.author == r.dossier.prepared_by
    assert meta.subject == r.dossier.subject
    assert meta.creator == "Briefing"
    assert "Central Asia" in str(meta.get("/Keywords"))


# --------------------------------------------------------------------------- long text


@needs_pdftotext
def test_long_statement_quote_and_cell_flow_across_pages() -> None:
    r = _render(long_text=True)
    body = _norm("\n".join(r.pages(body_only=True)))
    statement = next(s for s in all_statements(r.dossier) if s.startswith("Statement 1.1 "))
    assert len(statement) > 20_000
    assert _norm(statement) in body
    quote = next(s.quote for s in r.dossier.sources if s.quote and len(s.quote) > 10_000)
    assert _norm(f"« {quote} »") in body
    figures = next(s for s in r.dossier.sections if isinstance(s, FiguresSection))
    first = r.result.heading_pages[figures.anchor]
    after = r.result.heading_pages["participants"]
    assert after - first >= 3  # the table with the huge cell spans several pages
    for page in r.pages(layout=True)[first - 1 : after - 1]:  # the header row is repeated
        assert "Figure Value Country Source" in _norm(page)
    # the first column alone, on the table's pages, holds the whole cell once
    frame_width = float(r.reader.pages[0].mediabox.width) - 2 * MARGIN
    # (sections continue on the same page, so the table may end on the next heading's page)
    column = r.pages(x_range=(MARGIN, MARGIN + 0.43 * frame_width))[first - 1 : after]
    cell = _norm(" ".join(column)).replace("Figure ", "")
    assert cell.count("A very long table cell.") == 400


# --------------------------------------------------------------------------- progress


def test_progress_is_reported_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    dossier = sample_dossier()
    _render_dossier(dossier, lambda done, total: calls.append((done, total)))
    total = dossier.fact_count() + len(dossier.sources)
    assert len(calls) > total // 2
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert all(b[0] >= a[0] and b[1] == total for a, b in itertools.pairwise(calls))


def test_cancel_propagates_and_leaves_nothing(tmp_path: Path) -> None:
    def cancel_after_three(done: int, total: int) -> None:
        if done >= 3:
            raise ExportCancelled()

    out = io.BytesIO()
    with pytest.raises(ExportCancelled):
        render_pdf(sample_dossier(), out, cancel_after_three)
    assert out.getvalue() == b""

    target = tmp_path / "brief.pdf"
    with pytest.raises(ExportCancelled), atomic_output(target) as handle:
        render_pdf(sample_dossier(), handle, cancel_after_three)
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_writes_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    with atomic_output(target) as handle:
        result = render_pdf(sample_dossier(language="fr", page_size="Letter"), handle)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(data)).pages) == result.pages


def test_section_without_facts_says_so() -> None:
    base = sample_dossier()
    empty = FactSection(number="1", title="Nothing here", anchor="empty", facts=())
    r = _render_dossier(dataclasses.replace(base, sections=(empty,), sources=()))
    assert r.result.heading_pages == {"empty": 3}
    if PDFTOTEXT is not None:
        assert base.labels.no_facts in _norm("\n".join(r.pages()))


def test_renderer_imports_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys, briefing.dossier.render_pdf\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
