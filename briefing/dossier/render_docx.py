"""Render a Dossier as a Word document (DOCX).

Layout: a cover page (no header or footer), a real Word table of contents (a TOC field
whose result is already filled in, with estimated page numbers), the numbered sections
(facts with a meta line citing the sources annex, key-figure and participant tables), and
the sources annex with the exact quotes. Every body page carries a header (dossier title,
current section via a STYLEREF field) and a footer (marking, date, "Page X of Y").

The body is built with lxml (see ``docx_xml``); python-docx only provides the package
(template parts, header/footer parts, core properties) and writes the zip. That keeps a
10,000-fact dossier well under a second, where python-docx's ``add_paragraph`` is quadratic.

Page numbers in the TOC are estimates from character counts (no layout engine); the
document asks Word to update fields on open, and the PAGEREF fields make that exact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Twips
from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FiguresSection,
    ParticipantsSection,
    Section,
    SourceNote,
)
from briefing.dossier.markup import Block, Paragraph, Run
from briefing.dossier.output import Progress

__all__ = ["DocxResult", "render_docx"]

S = x.STYLE
UNCLASSIFIED = "UNCLASSIFIED"
META_SEPARATOR = " · "
TITLE_SEPARATOR = " — "
HEADING_GAP = "  "  # between a section number and its title: "1.2  Title"

_A4 = x.PageGeometry(width=11906, height=16838, margin=1247, header_distance=567)
_LETTER = x.PageGeometry(width=12240, height=15840, margin=1247, header_distance=567)

# Default regions for the languages a brief is usually written in (w:lang wants a tag).
_REGIONS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "ru": "ru-RU",
    "de": "de-DE",
    "es": "es-ES",
    "it": "it-IT",
    "pt": "pt-PT",
    "ar": "ar-SA",
    "zh": "zh-CN",
    "uk": "uk-UA",
    "kk": "kk-KZ",
    "uz": "uz-Latn-UZ",
    "tg": "tg-Cyrl-TJ",
    "ky": "ky-KG",
    "tk": "tk-TM",
    "el": "el-GR",
    "tr": "tr-TR",
}


@dataclass(frozen=True)
class DocxResult:
    """What was written.

    Attributes:
        paragraphs: paragraphs in the document body (cover, contents, sections, tables, annex).
        headings: Heading 1 / Heading 2 paragraphs (each has a TOC entry).
        tables: Word tables written.
        facts: fact entries printed.
        sources: entries of the sources annex.
        estimated_pages: the page-count estimate the TOC numbers are based on.
    """

    paragraphs: int
    headings: int
    tables: int
    facts: int
    sources: int
    estimated_pages: int


def render_docx(dossier: Dossier, out: BinaryIO, progress: Progress | None = None) -> DocxResult:
    """Write ``dossier`` as DOCX to ``out``.

    ``progress(done, total)`` is called regularly (about 200 times, and once more when the
    file is saved); an ``ExportCancelled`` it raises propagates unchanged. Write through
    ``atomic_output`` so that a cancelled or failed export leaves no partial file.
    """
    return _DocxWriter(dossier, progress).write(out)


def word_language(code: str, page_size: str = "A4") -> str:
    """A language tag for ``w:lang``: "fr" → "fr-FR"; tags with a region pass through."""
    tag = code.strip().replace("_", "-")
    if "-" in tag or not tag:
        return tag or "en-GB"
    if tag.lower() == "en" and page_size == "Letter":
        return "en-US"
    return _REGIONS.get(tag.lower(), tag)


_STYLE_NAMES = {
    S.statement: "Statement",
    S.list_bullet: "List Bullet",
    S.list_number: "List Number",
    S.quote: "Quote",
}
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


# --------------------------------------------------------------------------- page estimate

# Average advance of running text in em (measured on Noto Serif / Noto Sans prose) and the
# fonts' line height (ascent + descent) in em: enough to guess page numbers for the TOC.
_EM_SERIF = 0.49
_EM_SANS = 0.52
_LINE_EM = 1.362


class _PageEstimator:
    """A running guess of the page a paragraph lands on, from character counts."""

    def __init__(self, geometry: x.PageGeometry) -> None:
        self.width = geometry.text_width
        self.height = geometry.text_height
        self.page = 1
        self.used = 0.0
        # (size, em, indent, line) -> (characters per line, line height)
        self._metrics: dict[tuple[float, float, int, int], tuple[int, float]] = {}

    def new_page(self) -> None:
        if self.used > 0:
            self.page += 1
            self.used = 0.0

    @staticmethod
    def line_height(size: float, line: int = x.LINE) -> float:
        return size * 20 * _LINE_EM * line / 240

    @staticmethod
    def lines(chars: int, size: float, em: float, width: float) -> int:
        per_line = max(1, int(width / (size * 20 * em)))
        return max(1, -(-chars // per_line))

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.used > 0 and self.used + height > self.height:
            self.new_page()

    def flow(self, height: float) -> None:
        """Add content that may break across pages."""
        self.used += height
        while self.used > self.height:
            self.page += 1
            self.used -= self.height

    def paragraph(
        self,
        chars: int,
        size: float,
        *,
        em: float = _EM_SERIF,
        before: int = 0,
        after: int = 0,
        indent: int = 0,
        line: int = x.LINE,
    ) -> None:
        key = (size, em, indent, line)
        metrics = self._metrics.get(key)
        if metrics is None:
            per_line = max(1, int((self.width - indent) / (size * 20 * em)))
            metrics = self._metrics[key] = (per_line, self.line_height(size, line))
        per_line, height = metrics
        lines = -(-chars // per_line) if chars > per_line else 1
        if self.used > 0:
            self.used += before
        self.used += lines * height + after
        while self.used > self.height:
            self.page += 1
            self.used -= self.height


# --------------------------------------------------------------------------- the writer


@dataclass(frozen=True)
class _TocEntry:
    level: int
    text: str
    bookmark: str
    page: int  # relative to the first body page (1)


class _DocxWriter:
    """One rendering: owns the python-docx package and the lxml containers being filled."""

    def __init__(self, dossier: Dossier, progress: Progress | None) -> None:
        self.dossier = dossier
        self.labels = dossier.labels
        self.progress = progress
        self.lang = word_language(dossier.language, dossier.page_size)
        self.geometry = _LETTER if dossier.page_size == "Letter" else _A4

        self.doc: Any = docx.Document()
        self.part: Any = self.doc.part
        self.numbering = x.Numbering(self.part.numbering_part.element)
        x.install_styles(
            self.doc.styles.element,
            self.geometry,
            self.lang,
            self.numbering.bullet,
            self.numbering.decimal,
        )
        x.install_settings(self.doc.settings.element, self.lang)
        x.replace_part_xml(self.part, RT.FONT_TABLE, x.add_fonts)
        x.replace_part_xml(self.part, RT.THEME, x.set_theme_fonts)
        self._drop_template_leftovers()

        # Section set-up while the body is still empty: python-docx finds sections with an
        # XPath over the whole document.
        self.m = x.Maker()
        self._numpages: etree._Element | None = None
        self._page_setup()
        self._headers_footers()
        self.m.paragraphs = 0  # count body paragraphs only

        # Content goes straight into the document body (moving ~10^5 elements between lxml
        # documents afterwards would cost a third of the run); the final sectPr is moved
        # back to the end and the front matter inserted before the first section at the end.
        self.body: etree._Element = self.doc.element.body
        self._sect_pr: etree._Element = self.body.find(x.w("sectPr"))
        for child in list(self.body):
            self.body.remove(child)
        self.estimate = _PageEstimator(self.geometry)
        self.toc: list[_TocEntry] = []
        self.tables = 0
        self.facts = 0
        self._bookmark_names: set[str] = set()
        self._bookmark_id = 0
        self._links: dict[str, str] = {}
        self._styles_el: etree._Element = self.doc.styles.element
        self._variants: dict[tuple[str, str], str] = {}
        self.source_bookmarks = {
            s.number: self._bookmark_name(f"source_{s.number}") for s in dossier.sources
        }

        units = dossier.fact_count() + len(dossier.sources)
        for section in dossier.sections:
            if isinstance(section, FiguresSection | ParticipantsSection):
                units += len(section.rows)
        self._save_units = max(1, units // 4)
        self.total = units + self._save_units
        self.done = 0
        self._step = max(1, self.total // 200)
        self._next_report = 0
        self.estimated_pages = 0

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

    def _bookmark_name(self, anchor: str) -> str:
        """A unique Word bookmark name (letters, digits, '_'; starts with a letter; ≤ 40)."""
        base = _BOOKMARK_UNSAFE.sub("_", anchor)
        if not base[:1].isalpha():
            base = "b_" + base
        base = base[:40]
        name, n = base, 1
        while name.lower() in self._bookmark_names:
            n += 1
            suffix = f"_{n}"
            name = base[: 40 - len(suffix)] + suffix
        self._bookmark_names.add(name.lower())
        return name

    def _new_bookmark_id(self) -> int:
        self._bookmark_id += 1
        return self._bookmark_id

    def _link_rel(self, url: str) -> str:
        rel_id = self._links.get(url)
        if rel_id is None:
            rel_id = f"rIdLink{len(self._links) + 1}"
            self.part.rels.add_relationship(RT.HYPERLINK, x.clean(url), rel_id, is_external=True)
            self._links[url] = rel_id
        return rel_id

    def _style_for(self, style: str, language: str | None) -> str:
        """``style``, or its variant marked as ``language`` when that is not the dossier's."""
        if not language or language == self.dossier.language:
            return style
        key = (style, language)
        variant = self._variants.get(key)
        if variant is None:
            tag = word_language(language, self.dossier.page_size)
            if tag == self.lang:
                variant = style
            else:
                variant = x.add_language_variant(self._styles_el, style, _STYLE_NAMES[style], tag)
            self._variants[key] = variant
        return variant

    # ---------------------------------------------------------------- whole document

    def write(self, out: BinaryIO) -> DocxResult:
        self._tick(0)
        for section in self.dossier.sections:
            self._section(section, level=1, first=not self.toc)
        self._annex()

        front = x.new_container()
        self._cover(front)
        toc_pages = self._contents(front)
        self.estimated_pages = 1 + toc_pages + self.estimate.page
        if self._numpages is not None:  # cached result of the footer's NUMPAGES field
            self._numpages.text = str(self.estimated_pages)

        body = self.body
        first = body[0] if len(body) else None
        if first is not None:
            x.move_children(front, first)
        else:
            body.extend(list(front))
        if len(body) and body[-1].tag == x.w("tbl"):
            self.m.para(body, S.normal)  # Word wants a paragraph after a closing table
        body.append(self._sect_pr)  # the section properties close the body
        self._body_paragraphs = self.m.paragraphs
        self.numbering.flush()
        self._core_properties()

        self.doc.save(out)
        self.done = self.total - self._save_units
        self._next_report = 0
        self._tick(self._save_units)
        return DocxResult(
            paragraphs=self._body_paragraphs,
            headings=len(self.toc),
            tables=self.tables,
            facts=self.facts,
            sources=len(self.dossier.sources),
            estimated_pages=self.estimated_pages,
        )

    def _page_setup(self) -> None:
        g = self.geometry
        section = self.doc.sections[0]
        section.page_width = Twips(g.width)
        section.page_height = Twips(g.height)
        section.top_margin = section.bottom_margin = Twips(g.margin)
        section.left_margin = section.right_margin = Twips(g.margin)
        section.header_distance = section.footer_distance = Twips(g.header_distance)
        section.gutter = Twips(0)
        section.different_first_page_header_footer = True

    def _core_properties(self) -> None:
        d = self.dossier
        props = self.doc.core_properties
        props.title = x.clean(d.title)
        props.subject = x.clean(d.subject or d.subtitle or "")
        props.author = x.clean(d.prepared_by or "")
        props.last_modified_by = x.clean(d.prepared_by or "")
        props.keywords = x.clean(", ".join(d.keywords))
        props.language = self.lang
        props.category = x.clean(d.marking)
        props.comments = ""
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now

    # ---------------------------------------------------------------- cover and contents

    def _cover(self, c: etree._Element) -> None:
        d, lab = self.dossier, self.labels
        self.m.run(self.m.para(c, S.cover_marking), d.marking)
        self.m.run(self.m.para(c, S.title), d.title)
        if d.subtitle:
            self.m.run(self.m.para(c, S.subtitle), d.subtitle)
        details: list[tuple[str, str | None]] = [
            (lab.event, d.event),
            ("", d.place_date),
            (lab.prepared_for, d.prepared_for),
            (lab.prepared_by, d.prepared_by),
            (lab.date, d.date_text),
            (lab.marking, d.marking),
        ]
        for label, value in details:
            if not value:
                continue
            p = self.m.para(c, S.cover_detail)
            if label:
                self.m.run(p, label, char_style=S.strong)
            x.add_tab(p)
            self.m.run(p, value)

    def _contents(self, c: etree._Element) -> int:
        """The contents page(s): a TOC field with its result filled in. Returns its pages."""
        g = self.geometry
        toc_estimate = _PageEstimator(g)
        self.m.run(self.m.para(c, S.toc_heading, page_break_before=True), self.labels.contents)
        toc_estimate.paragraph(len(self.labels.contents), x.H1_PT, em=_EM_SANS, after=x.H1_AFTER)
        for entry in self.toc:
            toc_estimate.paragraph(
                len(entry.text) + 4,
                x.TOC_PT,
                em=_EM_SANS,
                before=120 if entry.level == 1 else 0,
                after=40,
                indent=567,
                line=240,
            )
        first_body_page = 2 + toc_estimate.page  # the cover is page 1

        instruction = 'TOC \\o "1-2" \\h \\z \\u'
        if not self.toc:
            p = self.m.para(c, S.toc1)
            x.begin_field(p, instruction)
            x.end_field(p)
            return toc_estimate.page
        last = len(self.toc) - 1
        for i, entry in enumerate(self.toc):
            p = self.m.para(c, S.toc1 if entry.level == 1 else S.toc2)
            if i == 0:
                x.begin_field(p, instruction)
            link = x.add_internal_link(p, entry.bookmark)
            self.m.run(link, entry.text)
            x.add_tab(link, web_hidden=True)
            page = str(entry.page + first_body_page - 1)
            x.add_field(link, f"PAGEREF {entry.bookmark} \\h", page, web_hidden=True)
            if i == last:
                x.end_field(p)
        return toc_estimate.page

    # ---------------------------------------------------------------- sections

    def _heading(
        self, level: int, number: str, title: str, anchor: str, *, page_break: bool
    ) -> None:
        text = f"{number}{HEADING_GAP}{title}" if number else title
        style = S.heading1 if level == 1 else S.heading2
        p = self.m.para(self.body, style, page_break_before=page_break)
        name = self._bookmark_name(anchor)
        bid = self._new_bookmark_id()
        x.add_bookmark_start(p, bid, name)
        self.m.run(p, text)
        x.add_bookmark_end(p, bid)

        est = self.estimate
        size = x.H1_PT if level == 1 else x.H2_PT
        if page_break:
            est.new_page()
        height = est.line_height(size, 240) * 2 + est.line_height(x.BODY_PT) * 2
        est.keep(height)
        self.toc.append(_TocEntry(level, x.clean(text), name, est.page))
        est.paragraph(
            len(text),
            size,
            em=_EM_SANS,
            before=x.H1_BEFORE if level == 1 else x.H2_BEFORE,
            after=x.H1_AFTER if level == 1 else x.H2_AFTER,
            line=240,
        )

    def _section(self, section: Section, level: int, *, first: bool = False) -> None:
        self._heading(level, section.number, section.title, section.anchor, page_break=first)
        if isinstance(section, FactSection):
            for fact in section.facts:
                self._fact(fact)
            if not section.facts and not section.subsections:
                self._note(self.labels.no_facts)
            for sub in section.subsections:
                self._section(sub, level=2)
        elif isinstance(section, FiguresSection):
            self._figures(section)
        else:
            self._participants(section)

    def _note(self, text: str) -> None:
        self.m.run(self.m.para(self.body, S.body), text, italic=True)
        self.estimate.paragraph(len(text), x.BODY_PT, after=x.BODY_AFTER)

    # ---------------------------------------------------------------- facts

    def _fact(self, fact: DossierFact) -> None:
        for block in fact.body:
            self._block(block, fact.text_language)
        self._meta(fact)
        self.facts += 1
        self._tick()

    def _block(self, block: Block, language: str) -> None:
        """A statement paragraph or list (the styles keep a fact with its meta line)."""
        est = self.estimate
        if isinstance(block, Paragraph):
            style = self._style_for(S.statement, language)
            runs = block.runs
            only = runs[0] if len(runs) == 1 else None
            if only is not None and not (only.bold or only.italic or only.code or only.href):
                self.m.text_para(self.body, style, only.text)  # the common case: one plain run
                est.paragraph(len(only.text), x.BODY_PT, after=x.BODY_AFTER)
                return
            p = self.m.para(self.body, style)
            est.paragraph(self._runs(p, runs), x.BODY_PT, after=x.BODY_AFTER)
            return
        if block.ordered:
            style, num_id = S.list_number, self.numbering.numbered_list(block.start)
        else:
            style, num_id = S.list_bullet, self.numbering.bullet
        style = self._style_for(style, language)
        for item in block.items:
            p = self.m.list_para(self.body, style, num_id)
            est.paragraph(self._runs(p, item), x.BODY_PT, after=40, indent=x.LIST_INDENT)
        est.flow(x.BODY_AFTER)

    def _runs(self, p: etree._Element, runs: Sequence[Run]) -> int:
        """Append styled runs to ``p``; return the number of characters."""
        chars = 0
        for run in runs:
            if not run.text:
                continue
            chars += len(run.text)
            if not (run.bold or run.italic or run.code or run.href):
                self.m.run(p, run.text)
                continue
            parent = p
            style = None
            if run.href:
                parent = x.add_external_link(p, self._link_rel(run.href))
                style = S.hyperlink
            if run.code:
                style = S.code
            self.m.run(parent, run.text, bold=run.bold, italic=run.italic, char_style=style)
        return chars

    def _meta(self, fact: DossierFact) -> None:
        """The small line under a statement: date · confidence · language · marking · [n].

        Plain parts share one run; only the marking (bold) and the "[n]" link need their own.
        """
        parts = (fact.date_text, fact.confidence, fact.foreign_language_note)
        text = META_SEPARATOR.join(t for t in parts if t)
        chars = len(text)
        number = fact.source_number
        marked = bool(fact.marking) and fact.marking != UNCLASSIFIED
        bookmark = None if number is None else self.source_bookmarks.get(number)
        if text and not marked and bookmark is not None:  # the common shape, in one copy
            self.m.text_link_para(
                self.body, S.fact_meta, text + META_SEPARATOR, bookmark, f"[{number}]"
            )
            self.estimate.paragraph(chars + 6, x.META_PT, em=_EM_SANS, after=x.META_AFTER, line=240)
            return
        p = self.m.para(self.body, S.fact_meta)
        something = bool(text)
        if marked:
            if text:
                self.m.run(p, text + META_SEPARATOR)
            self.m.run(p, fact.marking, bold=True)
            chars += len(fact.marking) + 3
            text, something = "", True
        if number is not None:
            if something:
                text += META_SEPARATOR
            if text:
                self.m.run(p, text)
            self._source_ref(p, number)
            chars += 6
        elif text:
            self.m.run(p, text)
        self.estimate.paragraph(chars, x.META_PT, em=_EM_SANS, after=x.META_AFTER, line=240)

    def _source_ref(self, p: etree._Element, number: int) -> None:
        """ "[n]" as an internal link to annex entry n (plain text if n is not in the annex)."""
        bookmark = self.source_bookmarks.get(number)
        if bookmark is None:
            self.m.run(p, f"[{number}]")
            return
        link = x.add_internal_link(p, bookmark)
        self.m.run(link, f"[{number}]")

    # ---------------------------------------------------------------- tables

    def _columns(self, spec: Sequence[tuple[str, float]]) -> list[x.Column]:
        width = self.geometry.text_width
        cols = [x.Column(header, int(width * share)) for header, share in spec]
        # give rounding leftovers to the first column so the table spans the text width
        spare = width - sum(c.width for c in cols)
        cols[0] = x.Column(cols[0].header, cols[0].width + spare)
        return cols

    def _table_rows(self, columns: Sequence[x.Column], rows: Sequence[Sequence[str]]) -> None:
        est = self.estimate
        header_h = est.line_height(x.TABLE_PT, 240) + 90
        est.keep(header_h * 2)
        est.flow(header_h)
        tbl = x.start_table(self.m, self.body, S.table, columns, S.table_heading)
        self.tables += 1
        for row in rows:
            tr = x.table_row(tbl)
            lines = 1
            for col, value in zip(columns, row, strict=True):
                cell = x.table_cell(tr, col.width)
                p = self.m.para(cell, S.table_text)
                if value.startswith("\0ref"):
                    self._source_ref(p, int(value[4:]))
                    continue
                if value:
                    self.m.run(p, value)
                lines = max(lines, est.lines(len(value), x.TABLE_PT, _EM_SANS, col.width - 200))
            est.flow(lines * est.line_height(x.TABLE_PT, 240) + 90)
            self._tick()
        est.flow(x.H1_BEFORE // 2)  # the next heading's space before

    def _figures(self, section: FiguresSection) -> None:
        lab = self.labels
        if not section.rows:
            self._note(lab.no_facts)
            return
        columns = self._columns(
            [(lab.figure, 0.42), (lab.value, 0.26), (lab.country, 0.20), (lab.source, 0.12)]
        )
        rows = [
            (
                r.label,
                r.value_text,
                r.countries,
                "" if r.source_number is None else f"\0ref{r.source_number}",
            )
            for r in section.rows
        ]
        self._table_rows(columns, rows)

    def _participants(self, section: ParticipantsSection) -> None:
        lab = self.labels
        if not section.rows:
            self._note(lab.no_facts)
            return
        columns = self._columns([(lab.name, 0.40), (lab.role, 0.35), (lab.country, 0.25)])
        self._table_rows(columns, [(r.name, r.role, r.country) for r in section.rows])

    # ---------------------------------------------------------------- annex

    def _annex(self) -> None:
        sources = self.dossier.sources
        if not sources:
            return
        self._heading(1, "", self.labels.sources, "annex_sources", page_break=True)
        est = self.estimate
        for source in sources:
            self._source(source)
            est.keep(est.line_height(x.SOURCE_PT, 240) * 3)
            details = [v for v in (source.publisher, source.date_text, source.locator) if v]
            tail = ", ".join(details)
            est.paragraph(
                len(source.title) + len(tail) + 8,
                x.SOURCE_PT,
                em=_EM_SANS,
                before=60,
                after=60,
                indent=x.LIST_INDENT,
                line=240,
            )
            if source.quote:
                est.paragraph(len(source.quote), x.QUOTE_PT, after=200, indent=x.LIST_INDENT * 2)
            self._tick()

    def _source(self, source: SourceNote) -> None:
        """ "[n]<tab>Title — publisher, date, locator" (bookmarked), then the exact quote."""
        details = ", ".join(v for v in (source.publisher, source.date_text, source.locator) if v)
        self.m.source_entry(
            self.body,
            S.source_entry,
            (self._new_bookmark_id(), self.source_bookmarks[source.number]),
            f"[{source.number}]",
            source.title,
            TITLE_SEPARATOR + details if details else "",
        )
        if source.quote:
            self.m.text_para(self.body, self._style_for(S.quote, source.language), source.quote)

    # ---------------------------------------------------------------- header and footer

    def _first_heading_text(self) -> str:
        """What STYLEREF "Heading 1" shows on the first body page (its cached result)."""
        for section in self.dossier.sections:
            return x.clean(f"{section.number}{HEADING_GAP}{section.title}")
        return x.clean(self.labels.sources) if self.dossier.sources else ""

    def _headers_footers(self) -> None:
        section = self.doc.sections[0]
        first_heading = self._first_heading_text()
        header = self._fresh_story(section.header)
        p = self.m.para(header, S.header)
        self.m.run(p, self.dossier.title)
        x.add_tab(p)
        x.add_field(p, 'STYLEREF "Heading 1"', first_heading)

        footer = self._fresh_story(section.footer)
        p = self.m.para(footer, S.footer)
        self.m.run(p, self.dossier.marking, bold=True)
        x.add_tab(p)
        self.m.run(p, self.dossier.date_text)
        x.add_tab(p)
        self._page_of(p)

        # The cover (first page) gets empty ones.
        self.m.para(self._fresh_story(section.first_page_header), None)
        self.m.para(self._fresh_story(section.first_page_footer), None)

    def _fresh_story(self, story: Any) -> etree._Element:
        """The emptied root (w:hdr / w:ftr) of ``story``'s own definition."""
        story.is_linked_to_previous = False
        root: etree._Element = story.part.element
        for child in list(root):
            root.remove(child)
        return root

    def _page_of(self, p: etree._Element) -> None:
        """The localised "Page {page} of {total}" with PAGE and NUMPAGES fields."""
        template = self.labels.page_of
        for piece in re.split(r"(\{page\}|\{total\})", template):
            if piece == "{page}":
                x.add_field(p, "PAGE", "1")
            elif piece == "{total}":
                self._numpages = x.add_field(p, "NUMPAGES", "1")
            elif piece:
                self.m.run(p, piece)
