"""Print a Dossier as a PDF brief with reportlab, in a single layout pass.

Layout: a cover page, a table of contents, the numbered sections (written text, key points,
who's who, facts, key figures with charts) and the sources annex. Every page carries the
marking at its top and bottom; every page after the cover a running header (dossier title,
current section) and a footer ("Page x of y", date).

The Dossier decides what is printed; this module only lays it out, with the sizes and
colours of ``briefing.dossier.styles``. Its parts: ``pdf_styles`` (StyleSheet → reportlab
styles, literal markup), ``pdf_flowables`` (paragraphs that link and bookmark themselves,
tables), ``pdf_chart`` (bar charts) and ``pdf_page`` (page furniture and the late page
numbers that make a single pass possible).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FiguresSection,
    KeyPointsSection,
    PersonEntry,
    Section,
    SourceGroup,
    SourceNote,
    TextSection,
    WhoSection,
)
from briefing.dossier.output import Progress
from briefing.dossier.pdf_blocks import CHUNK, block_flowables, data_table, fit_rows
from briefing.dossier.pdf_flowables import Line, Mark, Pair, Para, Rule, Stack, TocEntry, Wrapped
from briefing.dossier.pdf_page import BriefCanvas, Furniture
from briefing.dossier.pdf_story import Story
from briefing.dossier.pdf_styles import (
    PdfStyles,
    attr,
    color,
    internal_link,
    runs_markup,
    text,
)
from briefing.dossier.styles import STYLES, StyleSheet

__all__ = ["MARGIN", "PdfResult", "PdfStyles", "block_flowables", "render_pdf", "runs_markup"]

MARGIN = STYLES.margin
_PAGE_SIZES = {"A4": A4, "Letter": letter}
# Destination names of our own; dossier anchors never contain '.', so these cannot clash.
_CONTENTS_DEST = "annex.contents"
_SOURCES_DEST = "annex.sources"
# A later top-level section starts on the current page when this share of it is left.
_NEW_PAGE_SHARE = 0.22


@dataclass(frozen=True)
class PdfResult:
    """What was printed: the page count and, per section anchor, the page of its heading."""

    pages: int
    heading_pages: dict[str, int] = field(default_factory=dict)


def _source_dest(number: int) -> str:
    return f"annex.src.{number}"


class _BriefDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BinaryIO, renderer: _Renderer, **kwargs: Any) -> None:
        super().__init__(out, **kwargs)
        self._renderer = renderer

    def afterFlowable(self, flowable: Flowable) -> None:
        self._renderer.flowable_done(flowable)


class _Renderer:
    def __init__(
        self, dossier: Dossier, progress: Progress | None, sheet: StyleSheet = STYLES
    ) -> None:
        self.dossier = dossier
        self.labels = dossier.labels
        self.progress = progress
        self.sheet = sheet
        self.pagesize: tuple[float, float] = _PAGE_SIZES.get(dossier.page_size, A4)
        self.frame = (self.pagesize[0] - 2 * sheet.margin, self.pagesize[1] - 2 * sheet.margin)
        self.entries = dossier.walk()
        styles = PdfStyles.build(sheet)
        self.fonts = styles.fonts
        # the heading numbers hang in a column as wide as the widest number of the level
        num_w = [0.0, 0.0]
        for level, section in self.entries:
            style = styles.h1 if level == 0 else styles.h2
            lvl = min(level, 1)
            width = stringWidth(section.number, style.fontName, style.fontSize)
            num_w[lvl] = max(num_w[lvl], width)
        self.styles = PdfStyles.build(
            sheet,
            h1_indent=num_w[0] + sheet.heading_gap if num_w[0] else 0,
            h2_indent=num_w[1] + sheet.heading_gap if num_w[1] else 0,
        )
        self.groups = dossier.annex_groups()
        self.source_numbers = {note.number for g in self.groups for note in g.notes}
        # every destination a link may point to: sections and facts (and annex entries)
        self.dests = {s.anchor for _, s in self.entries}
        self.dests.update(f.anchor for s in dossier.fact_sections() for f in s.facts)
        # progress: one unit per fact entry and per annex entry
        self.total = max(1, dossier.fact_count() + sum(len(g.notes) for g in self.groups))
        self.done = 0
        self.furniture = Furniture(
            sheet,
            self.fonts,
            self.pagesize,
            marking=dossier.marking_text,
            title=dossier.title,
            date_text=dossier.date_text,
            page_of=self.labels.page_of,
        )
        # layout state
        self.heading_pages: dict[str, int] = {}
        self.dest_pages: dict[str, int] = {}
        self.current_section = ""
        self.page_carried = ""
        self.page_first_heading: str | None = None
        self.page_has_content = False
        self.pages = 0
        self.toc_entries: list[TocEntry] = []
        self.see_also_styles: dict[tuple[bool, bool], ParagraphStyle] = {}

    # ---- callbacks from flowables and the doc template --------------------------------

    def heading_drawn(self, canv: Canvas, mark: Mark, height: float) -> None:
        page = canv.getPageNumber()
        self.dest_pages[mark.dest] = page
        if mark.section_anchor is not None:
            self.heading_pages[mark.section_anchor] = page
        canv.bookmarkHorizontal(mark.dest, 0, height + self.styles.h1.spaceBefore / 4)
        label = f"{mark.number}  {mark.title}" if mark.number else mark.title
        canv.addOutlineEntry(label, mark.dest, level=mark.level)
        if mark.level == 0:
            self.current_section = label
            if self.page_first_heading is None and not self.page_has_content:
                self.page_first_heading = label

    def flowable_done(self, flowable: Flowable) -> None:
        if isinstance(flowable, ActionFlowable):
            return
        if not isinstance(flowable, Para) or flowable.mark is None:
            self.page_has_content = True
        if getattr(flowable, "counted", False):
            self.done += 1
            if self.progress is not None:
                self.progress(min(self.done, self.total), self.total)

    def page_begun(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.page_carried = self.current_section
        self.page_first_heading = None
        self.page_has_content = False

    def page_ended(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        page = canv.getPageNumber()
        self.pages = max(self.pages, page)
        # A section that opens the page names it; otherwise the page continues the section
        # that was current when it began.
        section = self.page_first_heading or self.page_carried or self.current_section
        self.furniture.page(canv, page, section)

    def cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.pages = max(self.pages, canv.getPageNumber())
        self.furniture.cover(canv)

    def define_forms(self, canv: Canvas) -> None:
        """Called just before the file is written: the page numbers are known now."""
        self.furniture.define_forms(canv, self.pages, self.toc_entries, self.dest_pages)

    # ---- the story: cover and contents ------------------------------------------------

    def heading(self, mark: Mark, style: ParagraphStyle) -> Para:
        return Para(text(mark.title), style, hanging=mark.number, mark=mark, listener=self)

    def cover(self) -> list[Flowable]:
        d, s, sheet = self.dossier, self.styles, self.sheet
        out: list[Flowable] = [Spacer(1, self.frame[1] * sheet.cover_top)]
        if d.kicker:
            out.append(Para(text(d.kicker), s.cover_kicker))
        out.append(Para(text(d.title), s.cover_title))
        if d.subtitle:
            out.append(Para(text(d.subtitle), s.cover_subtitle))
        length, thickness = sheet.cover_rule
        out += [
            Spacer(1, sheet.cover_gap),
            Rule(length, color(sheet.palette.accent), thickness),
            Spacer(1, sheet.cover_gap),
        ]
        if d.cover:
            col_w = [self.frame[0] * f for f in sheet.cover_columns]
            pad_x, pad_y = sheet.cell_padding
            data, _ = fit_rows(
                [
                    [Para(text(line.label), s.cover_label), Para(text(line.value), s.cover_value)]
                    for line in d.cover
                ],
                [w - 2 * pad_x for w in col_w],
                self.frame[1] - 2 * pad_y,
                self.frame[1] * CHUNK,
            )
            table = Table(data, colWidths=col_w, hAlign="CENTER")
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), s.cover_value.fontName, s.cover_value.fontSize),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
                        ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
                        ("TOPPADDING", (0, 0), (-1, -1), pad_y),
                        # labels are smaller than values: lower them onto the same baseline
                        (
                            "TOPPADDING",
                            (0, 0),
                            (0, -1),
                            pad_y + s.cover_value.fontSize - s.cover_label.fontSize,
                        ),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y),
                    ]
                )
            )
            out.append(table)
        if d.marking_text:
            out.append(Para(text(d.marking_text), s.cover_marking))
        if d.handling:
            out.append(Para(text(d.handling), s.handling))
        return out

    def contents(self) -> list[Flowable]:
        s, sheet = self.styles, self.sheet
        mark = Mark(_CONTENTS_DEST, "", self.labels.contents, 0, None)
        out: list[Flowable] = [self.heading(mark, s.h_plain)]
        page_w = stringWidth("0000", s.toc1.fontName, s.toc1.fontSize)
        num_w = [0.0, 0.0]
        for level, section in self.entries:
            style = s.toc1 if level == 0 else s.toc2
            lvl = min(level, 1)
            width = stringWidth(section.number, style.fontName, style.fontSize)
            num_w[lvl] = max(num_w[lvl], width)
        num_w = [w + sheet.toc_number_gap if w else 0.0 for w in num_w]
        leader = (sheet.toc_leader_pitch, color(sheet.palette.rule))
        top_gap, sub_gap = sheet.toc_space_before
        entries: list[TocEntry] = []
        for level, section in self.entries:
            top = level == 0
            entries.append(
                TocEntry(
                    section.number,
                    section.title,
                    section.anchor,
                    s.toc1 if top else s.toc2,
                    indent=0 if top else num_w[0] + (level - 1) * num_w[1],
                    number_width=num_w[0] if top else num_w[1],
                    page_width=page_w,
                    space_before=top_gap if top else sub_gap,
                    leader=leader,
                )
            )
        if self.groups:
            entries.append(
                TocEntry(
                    "",
                    self.labels.sources,
                    _SOURCES_DEST,
                    s.toc1,
                    indent=0,
                    number_width=num_w[0],
                    page_width=page_w,
                    space_before=top_gap,
                    leader=leader,
                )
            )
        self.toc_entries = entries
        out.extend(entries)
        return out

    # ---- the story: sections ------------------------------------------------------------

    def section(self, level: int, section: Section) -> Iterator[list[Flowable]]:
        """The section's flowables, in parts (a fact's each): see ``pdf_story.Story``."""
        s = self.styles
        mark = Mark(section.anchor, section.number, section.title, min(level, 1), section.anchor)
        out: list[Flowable] = []
        if level == 0:
            # The first section opens the body on a fresh page; later ones continue on the
            # same page when a good part of it is left.
            first = section is self.entries[0][1]
            out.append(PageBreak() if first else CondPageBreak(self.pagesize[1] * _NEW_PAGE_SHARE))
        out.append(self.heading(mark, s.h1 if level == 0 else s.h2))
        if isinstance(section, FactSection):
            yield out
            yield from self.fact_section(level, section)
            return
        if isinstance(section, FiguresSection):
            out.extend(self.figures(section))
        elif isinstance(section, KeyPointsSection):
            out.extend(self.key_points(section))
        elif isinstance(section, WhoSection):
            out.extend(self.who(section))
        elif isinstance(section, TextSection):
            out.extend(block_flowables(section.body, s, self.frame))
        yield out

    def link(self, markup: str, dest: str) -> str:
        """``markup`` as a link to ``dest``, when ``dest`` is printed somewhere."""
        return internal_link(markup, dest, self.styles) if dest in self.dests else markup

    def cite(self, cite_text: str | None, number: int | None) -> str:
        """A citation ("[3]") as markup, linked to its annex entry."""
        if not cite_text:
            return ""
        if number is None or number not in self.source_numbers:
            return text(cite_text)
        return internal_link(text(cite_text), _source_dest(number), self.styles)

    def empty(self, empty_text: str) -> list[Flowable]:
        return [Para(text(empty_text), self.styles.body)] if empty_text else []

    def key_points(self, section: KeyPointsSection) -> list[Flowable]:
        s = self.styles
        if not section.points:
            return self.empty(section.empty_text)
        out: list[Flowable] = []
        for point in section.points:
            parts = [runs_markup(point.text, s)]
            if point.ref_text:
                parts.append(self.link(text(point.ref_text), point.target))
            parts.append(self.cite(point.cite_text, point.source_number))
            out.append(Para(" ".join(p for p in parts if p), s.key_point, bulletText="•"))
        return out

    def who(self, section: WhoSection) -> list[Flowable]:
        if not section.people:
            return self.empty(section.empty_text)
        # a person's entry stays on one page (KeepTogether splits only what cannot fit one)
        return [KeepTogether(self.person(person)) for person in section.people]

    def person(self, person: PersonEntry) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [Para(text(person.name), s.person_name)]
        if person.role_line:
            out.append(Para(text(person.role_line), s.person_role))
        out.extend(block_flowables(person.bio, s, self.frame))
        if person.bio_note:
            out.append(Para(text(person.bio_note), s.meta))
        return out

    def fact_section(self, level: int, section: FactSection) -> Iterator[list[Flowable]]:
        s, sheet = self.styles, self.sheet
        out: list[Flowable] = []
        if section.lead:  # the desk note: set in, with a bar down its left side
            indent = sheet.lead_indent
            blocks = block_flowables(section.lead, s, (self.frame[0] - indent, self.frame[1]))
            bar = (sheet.lead_bar, color(sheet.palette.accent))
            for i, block in enumerate(blocks):
                out.append(Wrapped(block, indent=indent, bar=bar, bridge=i < len(blocks) - 1))
            if blocks:
                out.append(Spacer(1, s.body.spaceAfter))
            yield out
            out = []
        for fact in section.facts:
            yield self.fact(fact)
        for sub in section.subsections:
            yield from self.section(level + 1, sub)
        if section.see_also:
            # one paragraph per line: a single paragraph of many lines is re-broken in full
            # at every page it spans (quadratic: 89 s of a 10,000-fact export)
            lines = [text(section.see_also_label)] if section.see_also_label else []
            lines += [self.link(text(ref.text), ref.target) for ref in section.see_also]
            for i, line in enumerate(lines):
                out.append(Para(line, self.see_also_style(i == 0, i == len(lines) - 1)))
        if not (section.facts or section.lead or section.subsections):
            out.extend(self.empty(section.empty_text))
        if out:
            yield out

    def see_also_style(self, first: bool, last: bool) -> ParagraphStyle:
        """The style of a "see also" line: the space before the first line and after the
        last, the first kept with the next. One object per kind (the parsed fragment of a
        style is kept by style)."""
        key = (first, last)
        style = self.see_also_styles.get(key)
        if style is None:
            base = self.styles.see_also
            style = self.see_also_styles[key] = ParagraphStyle(
                f"see_also_{int(not first)}{int(last)}",
                parent=base,
                spaceBefore=base.spaceBefore if first else 0,
                spaceAfter=base.spaceAfter if last else 0,
                keepWithNext=int(first and not last),
            )
        return style

    def fact(self, fact: DossierFact) -> list[Flowable]:
        s = self.styles
        out = block_flowables(fact.body, s, self.frame, dest=fact.anchor)
        line = " ".join(x for x in (fact.meta, fact.cite_text) if x)
        link: tuple[str, str] | None = None
        if fact.cite_text and fact.source_number in self.source_numbers:
            assert fact.source_number is not None
            link = (_source_dest(fact.source_number), fact.cite_text)
        if not line:
            if not out:  # nothing to print, but links to the fact must land somewhere
                return [Para("", s.meta, dest=fact.anchor, counted=True)]
            out[-1].counted = True
            return out
        meta: Para | Line = (
            Line(line, s.meta, link=link)
            if Line.fits(line, s.meta, self.frame[0])
            else Para(text(line), s.meta, link=link)
        )
        if not out:
            meta.dest, meta.counted = fact.anchor, True
            return [meta]
        # the fact line never starts a page alone: it keeps the statement's end with it
        out[-1] = Pair(out[-1], meta, split_first=True)
        return out

    def figures(self, section: FiguresSection) -> list[Flowable]:
        s, sheet = self.styles, self.sheet
        out: list[Flowable] = []
        if section.rows:
            columns = max(len(section.columns), 4)
            fractions: Sequence[float] = sheet.figures_columns
            if len(fractions) != columns:
                fractions = [1 / columns] * columns
            rows = [
                [
                    text(r.label),
                    text(r.value_text),
                    text(r.countries),
                    self.cite(r.cite_text, r.source_number),
                ]
                for r in section.rows
            ]
            header = [text(c) for c in section.columns]
            out.append(data_table(header, rows, fractions, s, self.frame))
        else:
            out.extend(self.empty(section.empty_text))
        if section.charts:
            # reportlab's charts are imported only for a brief that has some (20 ms of
            # every other export)
            from briefing.dossier.pdf_chart import chart_flowables

            for chart in section.charts:
                out.extend(chart_flowables(chart, s, self.frame))
        return out

    # ---- the story: the annex -----------------------------------------------------------

    def annex(self) -> Iterator[list[Flowable]]:
        if not self.groups:
            return
        mark = Mark(_SOURCES_DEST, "", self.labels.sources, 0, None)
        yield [PageBreak(), self.heading(mark, self.styles.h_plain)]
        for group in self.groups:
            yield from self.group(group)

    def group(self, group: SourceGroup) -> Iterator[list[Flowable]]:
        """A source document: its title once, its details and address, then its notes."""
        s = self.styles
        head: list[Flowable] = [Para(text(group.title), s.source_title)]
        if group.details:
            head.append(Para(text(group.details), s.source_details))
        if group.url:
            url = text(group.url)
            if group.url.lower().startswith(("http://", "https://")):
                url = f'<a href="{attr(group.url)}" color="{self.sheet.palette.link}">{url}</a>'
            head.append(Para(url, s.source_details))
        if not group.notes:
            yield head
            return
        # the document's name never ends a page: the start of its first entry goes with it
        yield [Pair(Stack(head), self.note(group.notes[0]), split_first=False)]
        for note in group.notes[1:]:
            yield [self.note(note)]

    def note(self, note: SourceNote) -> Flowable:
        s = self.styles
        dest, number = _source_dest(note.number), f"[{note.number}]"
        quote = Para(text(note.quote_text), s.quote) if note.quote_text else None
        if note.locator or quote is None:
            locator = note.locator or ""
            entry: Para | Line = (
                Line(locator, s.source, hanging=number, dest=dest)
                if Line.fits(locator, s.source, self.frame[0])
                else Para(text(locator), s.source, hanging=number, dest=dest)
            )
            if quote is None:
                entry.counted = True
                return entry
            # the entry never ends a page alone: the start of its quote goes with it
            return Pair(entry, quote, split_first=False)
        # no locator: the number hangs beside the quote itself
        quote.hanging, quote.dest, quote.counted = number, dest, True
        return quote

    def parts(self) -> Iterator[list[Flowable]]:
        """The story in printing order, in parts: a fact's or an annex entry's flowables
        each, made when asked for."""
        yield [NextPageTemplate("body"), *self.cover(), PageBreak(), *self.contents()]
        for level, section in self.entries:
            if level == 0:  # sub-sections print inside their section
                yield from self.section(level, section)
        yield from self.annex()

    def story(self) -> list[Flowable]:
        """The whole story at once (``render`` makes it as it is laid out)."""
        return [flowable for part in self.parts() for flowable in part]

    # ---- build --------------------------------------------------------------------------

    def render(self, out: BinaryIO) -> PdfResult:
        d = self.dossier
        margin = self.sheet.margin
        frame = Frame(
            margin,
            margin,
            *self.frame,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        author = next((c.value for c in d.cover if c.label == self.labels.prepared_by), "")
        doc = _BriefDocTemplate(
            out,
            self,
            pagesize=self.pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=d.title,
            author=author,
            subject=d.subject or d.title,
            keywords=list(d.keywords),
            creator="Briefing",
            lang=d.language,
            displayDocTitle=True,
            initialFontName=self.fonts.serif.regular,
            pageTemplates=[
                PageTemplate("cover", [frame], onPage=self.cover_page),
                PageTemplate("body", [frame], onPage=self.page_begun, onPageEnd=self.page_ended),
            ],
        )
        story = Story(self.parts())
        if self.progress is not None:
            self.progress(0, self.total)

        def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
            canv = BriefCanvas(*args, before_save=self.define_forms, **kwargs)
            canv.showOutline()
            return canv

        doc.build(story, canvasmaker=make_canvas)
        if self.progress is not None:
            self.progress(self.total, self.total)
        return PdfResult(pages=self.pages, heading_pages=dict(self.heading_pages))


def render_pdf(dossier: Dossier, out: BinaryIO, progress: Progress | None = None) -> PdfResult:
    """Write ``dossier`` as a PDF brief to ``out``, laying it out in a single pass.

    Args:
        dossier: what to print.
        out: a binary file opened for writing; nothing reaches it before layout is done.
        progress: called as ``progress(done, total)`` as fact and annex entries are laid
            out (total = printed facts + annex entries). If it raises ExportCancelled, the
            exception propagates and nothing has been written to ``out``.

    Returns:
        The page count and the physical page of every section heading, by section anchor.
    """
    return _Renderer(dossier, progress).render(out)
