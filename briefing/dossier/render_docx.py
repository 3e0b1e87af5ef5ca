"""Render a Dossier as a Word document (DOCX) that reads the same in Word and LibreOffice.

Layout: the cover (kicker, title, subtitle, the labelled cover lines, marking and handling
line), the contents (a real TOC field, filled in), then each top-level section on a new
page (written text, key points, who's who, facts with their meta lines, key figures with
charts) and the sources annex, grouped by document. Every page carries the marking at its
top; every page after the cover a header naming its section and a footer with
"Page X of Y", the marking and the date.

The Dossier decides every printed word; this module only lays it out, with the styles of
``briefing.dossier.styles``. Its parts: ``docx_styles`` (StyleSheet → Word styles, lists,
settings), ``docx_fonts`` (embedded Noto faces), ``docx_body`` (paragraphs, runs, lists,
tables, pictures), ``docx_layout`` (the page estimate behind the contents' page numbers),
``docx_pages`` (sections, headers, footers), ``docx_toc`` (the contents) and
``docx_chart`` (bar charts as PNG).

The body is built with lxml; python-docx provides the package, which keeps a 10,000-fact
dossier at a few seconds (python-docx's ``add_paragraph`` is quadratic), and
``docx_package`` writes it as a ZIP with the embedded fonts' deflate streams made once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.document import (
    Dossier,
    FiguresSection,
    Section,
    WhoSection,
)
from briefing.dossier.docx_body import Body, Bookmarks
from briefing.dossier.docx_fonts import embed_fallbacks, embed_fonts, font_streams
from briefing.dossier.docx_layout import Flow, Metrics
from briefing.dossier.docx_package import deflate_pieces, save_document
from briefing.dossier.docx_pages import Furniture, PageGeometry, section_properties
from briefing.dossier.docx_sections import SOURCES_ANCHOR, SectionWriter, source_anchor
from briefing.dossier.docx_settings import Numbering, install_settings
from briefing.dossier.docx_styles import DocxStyles, Hangs, ParaStyle, install_styles, word_language
from briefing.dossier.docx_toc import TocEntry, measure_contents, write_contents
from briefing.dossier.output import Progress
from briefing.dossier.styles import STYLES, StyleSheet

__all__ = ["DocxResult", "render_docx", "word_language"]

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
HEADER_GAP = "  "  # between a section's number and title in the running header


@dataclass(frozen=True)
class DocxResult:
    """What was written.

    Attributes:
        paragraphs: paragraphs in the document body (cover, contents, sections, tables, annex).
        headings: headings with an entry in the contents.
        tables: Word tables written.
        facts: fact entries printed.
        sources: entries of the sources annex.
        estimated_pages: the page count the contents' numbers are based on.
        heading_pages: the estimated page of each heading, by anchor (the annex's is
            "sources"), as printed in the contents.
        bookmark_pages: the estimated page of every bookmark (headings, facts, annex
            entries), by its name in the document.
    """

    paragraphs: int
    headings: int
    tables: int
    facts: int
    sources: int
    estimated_pages: int
    heading_pages: dict[str, int] = field(default_factory=dict)
    bookmark_pages: dict[str, int] = field(default_factory=dict)


def render_docx(dossier: Dossier, out: BinaryIO, progress: Progress | None = None) -> DocxResult:
    """Write ``dossier`` as DOCX to ``out``.

    ``progress(done, total)`` is called regularly (about 200 times, and once more when the
    file is saved); an ``ExportCancelled`` it raises propagates unchanged. Write through
    ``atomic_output`` so that a cancelled or failed export leaves no partial file.
    """
    return _DocxWriter(dossier, progress).write(out)


def _hang(metrics: Metrics, style: ParaStyle, numbers: Sequence[str], gap: float) -> float:
    """Width of a number column: the widest number in ``style`` plus ``gap``."""
    text = style.text
    face = metrics.face(text.family, text.bold, text.italic)
    size = x.half_points(text.size) / 2
    widest = max((metrics.width(n, face, size) for n in numbers if n), default=0.0)
    return widest + gap if widest else 0.0


@dataclass
class _Placed:
    """A top-level section once written: its pages and where its sub-headings fell."""

    anchor: str
    pages: int
    marks: dict[str, int]


class _DocxWriter:
    """One rendering: owns the python-docx package and the lxml body being filled."""

    def __init__(self, dossier: Dossier, progress: Progress | None, sheet: StyleSheet = STYLES):
        self.dossier = dossier
        self.labels = dossier.labels
        self.progress = progress
        self.sheet = sheet
        self.lang = word_language(dossier.language, dossier.page_size)
        self.geometry = PageGeometry.for_page(dossier.page_size, sheet)
        self.entries = dossier.walk(level=1)
        self.groups = dossier.annex_groups()

        self.doc: Any = docx.Document()
        self.part: Any = self.doc.part
        self._drop_template_leftovers()
        self.numbering = Numbering(
            self.part.numbering_part.element, sheet.list_indent, sheet.key_point.indent
        )
        probe = DocxStyles(
            sheet, self.geometry.text_width, self.geometry.text_height, Hangs(), self.numbering
        )
        metrics = Metrics()
        levels = {1: [s.number for lvl, s in self.entries if lvl == 1]}
        levels[2] = [s.number for lvl, s in self.entries if lvl > 1]
        hangs = Hangs(
            h1=_hang(metrics, probe.heading1, levels[1], sheet.heading_gap),
            h2=_hang(metrics, probe.heading2, levels[2], sheet.heading_gap),
            toc1=_hang(metrics, probe.toc1, levels[1], sheet.toc_number_gap),
            toc2=_hang(metrics, probe.toc2, levels[2], sheet.toc_number_gap),
        )
        self.styles = DocxStyles(
            sheet, self.geometry.text_width, self.geometry.text_height, hangs, self.numbering
        )
        install_styles(self.doc.styles.element, self.styles, self.lang)
        install_settings(self.doc.settings.element, self.lang)
        embed_fonts(self.part)

        self.bookmarks = Bookmarks()
        self.body = Body(
            self.part,
            self.styles,
            self.doc.styles.element,
            self.numbering,
            self.bookmarks,
            text_width=self.geometry.text_width,
            text_height=self.geometry.text_height,
            language=dossier.language,
            page_size=dossier.page_size,
        )
        self.furniture = Furniture(
            self.part,
            self.styles,
            title=dossier.title,
            marking=dossier.marking_text,
            date_text=dossier.date_text,
            page_of=self.labels.page_of,
            metrics=self.body.metrics,
            text_width=self.geometry.text_width,
        )
        # Every anchor a link may point to gets its bookmark name up front (key points
        # link forward to facts printed later).
        for _, section in self.entries:
            self.bookmarks.add(section.anchor)
        for fs in dossier.fact_sections():
            for fact in fs.facts:
                self.bookmarks.add(fact.anchor)
        if self.groups:
            self.bookmarks.add(SOURCES_ANCHOR)
        for group in self.groups:
            for note in group.notes:
                self.bookmarks.add(source_anchor(note.number))

        self.document_body: etree._Element = self.doc.element.body
        for child in list(self.document_body):
            self.document_body.remove(child)
        self.body.parent = self.document_body
        self.toc: list[TocEntry] = []
        self._toc_anchors: list[str] = []
        self.placed: list[_Placed] = []
        self.sections = SectionWriter(self.body, self.labels, self._tick)

        units = dossier.fact_count() + sum(len(g.notes) for g in self.groups)
        for _, section in self.entries:
            if isinstance(section, FiguresSection):
                units += len(section.rows)
            elif isinstance(section, WhoSection):
                units += len(section.people)
        self._save_units = max(1, units // 4)
        self.total = units + self._save_units
        self.done = 0
        self._step = max(1, self.total // 200)
        self._next_report = 0

    # ---------------------------------------------------------------- plumbing

    def _drop_template_leftovers(self) -> None:
        """Drop the template's thumbnail (a picture of another document) and the
        Word 2010 styles copy that would disagree with the rewritten styles."""
        for rel_id, rel in list(self.part.rels.items()):
            if rel.reltype == _STYLES_WITH_EFFECTS:
                self.part.drop_rel(rel_id)
        package_rels = self.part.package.rels
        for rel_id, rel in list(package_rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package_rels.pop(rel_id)

    def _tick(self, units: int = 1) -> None:
        self.done += units
        if self.progress is not None and self.done >= self._next_report:
            self._next_report = self.done + self._step
            self.progress(min(self.done, self.total), self.total)

    # ---------------------------------------------------------------- whole document

    def write(self, out: BinaryIO) -> DocxResult:
        self._tick(0)
        sections: list[tuple[str, etree._Element]] = []  # (anchor, sectPr) per section
        for level, section in self.entries:
            if level == 1:
                sections.append((section.anchor, self._top_section(section)))
        if self.groups:
            sections.append((SOURCES_ANCHOR, self._annex()))

        front = x.new_container()
        self.body.parent = front
        first_body_page = self._front_matter(front)
        anchor_pages = self._number_pages(first_body_page)
        total = first_body_page - 1 + sum(p.pages for p in self.placed)
        self.furniture.set_total(total)
        write_contents(self.body, front, self.labels.contents, self.toc)
        # the section break after the contents sits in a paragraph of its own, outside the
        # TOC field's result (LibreOffice drops the footer's fields otherwise)
        self.body.maker.para(front, self.styles.table_gap.sid)
        contents_header = self.furniture.header(self.labels.contents)
        self._attach(section_properties(self.geometry, contents_header, self.furniture.footer()))
        self.body.parent = self.document_body

        body = self.document_body
        for child in reversed(list(front)):
            body.insert(0, child)
        # the last section's properties close the body; the others end their last paragraph
        if sections:
            last = sections[-1][1]
            holder = last.getparent()
            if holder is not None:
                holder.remove(last)
            body.append(last)
        else:
            body.append(section_properties(self.geometry, None, None))
        self.numbering.flush()
        self._core_properties()

        makers = (self.body.maker, self.furniture.maker)
        for maker in makers:
            x.mark_bidi(maker.rtl_paras)
        embed_fallbacks(self.part, set().union(*(m.fallbacks_used for m in makers)))
        # deflated as it is serialised: the part's text is never held whole (see pieces)
        document_xml = deflate_pieces(self.body.deferred.pieces(self.doc.element))
        save_document(self.doc, out, font_streams(self.part), {self.part.partname: document_xml})
        self.done = self.total - self._save_units
        self._next_report = 0
        self._tick(self._save_units)
        return DocxResult(
            paragraphs=self.body.maker.paragraphs,
            headings=len(self.toc),
            tables=self.body.tables,
            facts=self.sections.facts,
            sources=self.sections.notes,
            estimated_pages=total,
            heading_pages={a: anchor_pages[a] for a in self._toc_anchors if a in anchor_pages},
            bookmark_pages={
                name: page
                for anchor, page in anchor_pages.items()
                if (name := self.bookmarks.get(anchor)) is not None
            },
        )

    def _close_section(self, anchor: str, header_title: str) -> etree._Element:
        """End the current Word section: measure it, give it its header and footer."""
        flow = self.body.new_flow()
        pages, marks = flow.layout()
        self.placed.append(_Placed(anchor, pages, marks))
        sect = section_properties(
            self.geometry, self.furniture.header(header_title), self.furniture.footer()
        )
        self._attach(sect)
        return sect

    def _attach(self, sect: etree._Element) -> None:
        """Put ``sect`` in the properties of the body's last paragraph."""
        self.body.deferred.materialise_last(self.body.parent)
        last = self.body.parent[-1] if len(self.body.parent) else None
        if last is None or last.tag != x.P:
            last = self.body.maker.para(self.body.parent, self.styles.table_gap.sid)
        ppr = last.find(x.PPR)
        if ppr is None:
            ppr = etree.Element(x.PPR)
            last.insert(0, ppr)
        ppr.append(sect)

    def _number_pages(self, first_body_page: int) -> dict[str, int]:
        """Give every contents entry its page; returns the pages by anchor."""
        pages: dict[str, int] = {}
        start = first_body_page
        for placed in self.placed:
            pages[placed.anchor] = start
            for anchor, page in placed.marks.items():
                pages.setdefault(anchor, start + page - 1)
            start += placed.pages
        names = {self.bookmarks.get(a): a for a in pages}
        for entry in self.toc:
            entry.page = pages.get(names.get(entry.bookmark, ""), 0)
        return pages

    def _core_properties(self) -> None:
        d = self.dossier
        author = next((c.value for c in d.cover if c.label == self.labels.prepared_by), "")
        props = self.doc.core_properties
        props.title = _property(d.title)
        props.subject = _property(d.subject or d.subtitle or "")
        props.author = _property(author)
        props.last_modified_by = _property(author)
        props.keywords = _property(", ".join(d.keywords))
        props.language = self.lang
        props.category = _property(d.marking)
        props.comments = ""
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now

    # ---------------------------------------------------------------- cover and contents

    def _front_matter(self, front: etree._Element) -> int:
        """Cover and contents into ``front``; returns the page the first section starts on."""
        d, body, s = self.dossier, self.body, self.styles
        body.flow = Flow(self.geometry.text_height)
        if d.kicker:
            body.text(s.kicker, d.kicker)
        body.text(s.title, d.title)
        if d.subtitle:
            body.text(s.subtitle, d.subtitle)
        body.para(s.cover_rule)
        if d.cover:
            self._cover_lines()
        if d.marking_text:
            body.text(s.cover_marking, d.marking_text)
        if d.handling:
            body.text(s.handling, d.handling)
        cover_pages, _ = body.new_flow().layout()
        self._attach(
            section_properties(
                self.geometry, self.furniture.cover_header(), self.furniture.cover_footer()
            )
        )
        for level, section in self.entries:
            name = self.bookmarks.add(section.anchor)
            self.toc.append(TocEntry(level, section.number, section.title, name))
            self._toc_anchors.append(section.anchor)
        if self.groups:
            name = self.bookmarks.add(SOURCES_ANCHOR)
            self.toc.append(TocEntry(1, "", self.labels.sources, name))
            self._toc_anchors.append(SOURCES_ANCHOR)
        # the contents are written once their page numbers are known (see write)
        contents_pages = measure_contents(body, self.labels.contents, self.toc)
        return 1 + cover_pages + contents_pages

    def _cover_lines(self) -> None:
        body, s = self.body, self.styles
        style = s.cover_line
        for line in self.dossier.cover:
            p = body.maker.para(body.parent, style.sid)
            x.add_tab(p)
            body.maker.run(p, line.label, char_style=s.cover_label.sid)
            x.add_tab(p)
            body.maker.run(p, line.value)
            body.measure(style, body.metrics.text_pieces(line.value, style.text))

    # ---------------------------------------------------------------- sections

    def _top_section(self, section: Section) -> etree._Element:
        self.sections.section(1, section)
        title = f"{section.number}{HEADER_GAP}{section.title}" if section.number else section.title
        return self._close_section(section.anchor, title)

    # ---------------------------------------------------------------- annex

    def _annex(self) -> etree._Element:
        self.sections.heading(1, None, SOURCES_ANCHOR, self.labels.sources)
        for group in self.groups:
            self.sections.group(group)
        return self._close_section(SOURCES_ANCHOR, self.labels.sources)


# OPC core properties hold at most 255 characters (python-docx refuses more); a cover
# title may run to 500 and keywords to any length, so the metadata gets a shortened copy.
CORE_PROPERTY_LIMIT = 255


def _property(text: str) -> str:
    clean = x.clean(text)
    if len(clean) <= CORE_PROPERTY_LIMIT:
        return clean
    return clean[: CORE_PROPERTY_LIMIT - 1].rstrip() + "…"
