"""Print a Dossier as a PDF brief with reportlab, in a single layout pass.

Layout: a cover page, a table of contents, the numbered sections (facts, key-figures table,
participants table) and the sources annex. Every page after the cover carries a running
header (marking, dossier title, current section) and a footer (date, marking, "Page x of y").

One pass, not ``multiBuild``: the page numbers the TOC and the footers need are only known
once layout is over, but they occupy a fixed-width slot whose contents never change the
layout. So each such number is drawn as a PDF form XObject that pages reference while they
are laid out (``canvas.doForm``) and that is defined with the real number just before the
file is written (``_BriefCanvas.save``). Heading pages are recorded when the heading is drawn.

Every piece of user text goes through ``_text`` (XML escaping) before it reaches reportlab's
Paragraph markup, so statements print literally.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    ListFlowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from briefing.dossier.document import (
    Dossier,
    DossierFact,
    FactSection,
    FiguresSection,
    Labels,
    Section,
    SourceNote,
)
from briefing.dossier.fonts import PdfFonts, pdf_fonts
from briefing.dossier.markup import Block, ListBlock, Run
from briefing.dossier.output import Progress

__all__ = ["PdfResult", "PdfStyles", "block_flowables", "render_pdf", "runs_markup"]

MARGIN = 2.2 * cm
UNCLASSIFIED = "UNCLASSIFIED"

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#8a939e")
ACCENT = colors.HexColor("#1f3a5f")
LINK = colors.HexColor("#1f4e79")
_LINK_HEX = "#1f4e79"  # as markup: a CSS hex string takes reportlab's fast colour path
MARKING_RED = colors.HexColor("#9b1c1c")
HEAD_FILL = colors.HexColor("#e3e8ee")
ZEBRA_FILL = colors.HexColor("#f4f6f8")
CODE_FILL = "#eef0f2"

_PAGE_SIZES = {"A4": A4, "Letter": letter}
# Characters XML (and so reportlab's markup parser) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Destination names of our own; section anchors never contain '.', so these cannot clash.
_CONTENTS_DEST = "annex.contents"
_SOURCES_DEST = "annex.sources"
_TOC_TITLE_MAX = 300
# running header and footer: font size, baseline below the top edge, baseline above the bottom
_HF_SIZE = 8
_HEADER_DROP = 1.6 * cm
_FOOTER_Y = 1.3 * cm


@dataclass(frozen=True)
class PdfResult:
    """What was printed: the page count and, per section anchor, the page of its heading."""

    pages: int
    heading_pages: dict[str, int] = field(default_factory=dict)


def _text(value: str) -> str:
    """User text → Paragraph markup that prints it literally."""
    if _CONTROL.search(value):
        value = _CONTROL.sub(" ", value)
    return escape(value)


def _attr(value: str) -> str:
    """User text → a double-quoted markup attribute value."""
    return escape(_CONTROL.sub("", value), {'"': "&quot;"})


def _source_dest(number: int) -> str:
    return f"annex.src.{number}"


# --------------------------------------------------------------------------------------
# Styles and statement markup (shared with the benchmark's plain-reportlab baseline)


@dataclass(frozen=True)
class PdfStyles:
    """The paragraph styles of a brief (built once per render)."""

    fonts: PdfFonts
    body: ParagraphStyle
    list_item: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h_plain: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    source: ParagraphStyle
    quote: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle

    @classmethod
    def build(cls, h1_indent: float = 0.0, h2_indent: float = 0.0) -> PdfStyles:
        """The styles; ``h*_indent`` is the width of the heading-number column."""
        fonts = pdf_fonts()
        serif, sans = fonts.serif, fonts.sans
        body = ParagraphStyle(
            "body",
            fontName=serif.regular,
            fontSize=10.5,
            leading=14.5,
            textColor=INK,
            spaceAfter=4,
            alignment=TA_LEFT,
        )
        h1 = ParagraphStyle(
            "h1",
            fontName=sans.bold,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=12,
            leftIndent=h1_indent,
            keepWithNext=1,
        )
        return cls(
            fonts=fonts,
            body=body,
            list_item=ParagraphStyle("list_item", parent=body, spaceAfter=2),
            meta=ParagraphStyle(
                "meta",
                fontName=sans.regular,
                fontSize=7.8,
                leading=10,
                textColor=MUTED,
                spaceBefore=1,
                spaceAfter=11,
            ),
            h1=h1,
            h2=ParagraphStyle(
                "h2",
                parent=h1,
                fontSize=12,
                leading=15,
                spaceBefore=12,
                spaceAfter=8,
                leftIndent=h2_indent,
            ),
            h_plain=ParagraphStyle("h_plain", parent=h1, leftIndent=0),
            toc1=ParagraphStyle(
                "toc1", fontName=sans.regular, fontSize=10.5, leading=13.5, textColor=INK
            ),
            toc2=ParagraphStyle(
                "toc2", fontName=sans.regular, fontSize=9.5, leading=12, textColor=INK
            ),
            cell=ParagraphStyle(
                "cell", fontName=sans.regular, fontSize=8.8, leading=11.2, textColor=INK
            ),
            cell_head=ParagraphStyle(
                "cell_head", fontName=sans.bold, fontSize=8.8, leading=11.2, textColor=ACCENT
            ),
            source=ParagraphStyle(
                "source",
                fontName=sans.regular,
                fontSize=9,
                leading=12,
                textColor=INK,
                leftIndent=1.1 * cm,
                spaceBefore=7,
                spaceAfter=2,
            ),
            quote=ParagraphStyle(
                "quote",
                fontName=serif.italic,
                fontSize=9.5,
                leading=13,
                textColor=INK,
                leftIndent=1.1 * cm,
                rightIndent=0.6 * cm,
                spaceAfter=4,
            ),
            cover_kicker=ParagraphStyle(
                "cover_kicker",
                fontName=sans.regular,
                fontSize=10,
                leading=14,
                textColor=MUTED,
                alignment=TA_CENTER,
                spaceAfter=14,
            ),
            cover_title=ParagraphStyle(
                "cover_title",
                fontName=serif.bold,
                fontSize=25,
                leading=31,
                textColor=INK,
                alignment=TA_CENTER,
                spaceAfter=10,
            ),
            cover_subtitle=ParagraphStyle(
                "cover_subtitle",
                fontName=serif.italic,
                fontSize=14,
                leading=19,
                textColor=INK,
                alignment=TA_CENTER,
            ),
            cover_label=ParagraphStyle(
                "cover_label",
                fontName=sans.regular,
                fontSize=8.5,
                leading=13,
                textColor=MUTED,
                alignment=2,  # right
            ),
            cover_value=ParagraphStyle(
                "cover_value", fontName=serif.regular, fontSize=11, leading=14, textColor=INK
            ),
        )


def runs_markup(runs: Iterable[Run], fonts: PdfFonts) -> str:
    """Styled runs → Paragraph markup; every ``Run.text`` and href is escaped."""
    parts: list[str] = []
    for run in runs:
        piece = _text(run.text)
        if run.code:
            piece = f'<font face="{fonts.sans.regular}" backColor="{CODE_FILL}">{piece}</font>'
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.href:
            piece = f'<a href="{_attr(run.href)}" color="{_LINK_HEX}">{piece}</a>'
        parts.append(piece)
    return "".join(parts)


def block_flowables(blocks: Sequence[Block], styles: PdfStyles) -> list[Flowable]:
    """A statement's paragraphs and lists as flowables."""
    out: list[Flowable] = []
    fonts = styles.fonts
    for block in blocks:
        if isinstance(block, ListBlock):
            items = [Paragraph(runs_markup(item, fonts), styles.list_item) for item in block.items]
            if block.ordered:
                out.append(
                    ListFlowable(
                        items,
                        bulletType="1",
                        start=block.start,
                        bulletFormat="%s.",
                        bulletFontName=fonts.serif.regular,
                        bulletFontSize=styles.body.fontSize,
                        leftIndent=18,
                        spaceAfter=styles.body.spaceAfter,
                    )
                )
            else:
                out.append(
                    ListFlowable(
                        items,
                        bulletType="bullet",
                        start="•",
                        bulletFontName=fonts.serif.regular,
                        bulletFontSize=styles.body.fontSize,
                        leftIndent=18,
                        spaceAfter=styles.body.spaceAfter,
                    )
                )
        else:
            out.append(Paragraph(runs_markup(block.runs, fonts), styles.body))
    return out


# --------------------------------------------------------------------------------------
# Flowables that talk to the renderer while they are drawn


@dataclass(frozen=True)
class _Mark:
    """A heading's identity: destination, outline entry, and what it means for the header."""

    dest: str
    number: str
    title: str
    level: int  # 0 for sections, contents and sources; 1 for sub-sections
    section_anchor: str | None  # dossier anchor whose page is reported, if any


class _Para(Paragraph):  # type: ignore[misc]
    """A paragraph with extras that survive splitting (on the first or last part).

    ``hanging`` is printed in the left indent on the first line (heading and annex numbers);
    ``mark`` makes it a heading that bookmarks itself when drawn; ``dest`` is a destination
    name set at its top; ``link`` = (destination, tail) makes the trailing ``tail`` of its
    last line a link; ``counted`` advances the progress count once it has been laid out.

    ``dest`` and ``link`` are drawn by hand rather than as ``<a>`` markup: a paragraph
    without tags keeps reportlab's fast single-style path, which matters for thousands of
    fact lines.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
        *,
        hanging: str = "",
        mark: _Mark | None = None,
        dest: str | None = None,
        link: tuple[str, str] | None = None,
        renderer: _Renderer | None = None,
        counted: bool = False,
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.hanging = hanging
        self.mark = mark
        self.dest = dest
        self.link = link
        self.renderer = renderer
        self.counted = counted

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts and isinstance(parts[0], _Para) and isinstance(parts[-1], _Para):
            first, last = parts[0], parts[-1]
            first.hanging, first.mark, first.dest = self.hanging, self.mark, self.dest
            first.renderer, first.counted = self.renderer, self.counted
            last.link = self.link
        return parts

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        if self.mark is not None and self.renderer is not None:
            self.renderer.heading_drawn(canv, self.mark, self.height)
        if self.dest is not None:
            canv.bookmarkHorizontal(self.dest, 0, self.height + style.spaceBefore)
        if self.hanging:
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(0, self.height - style.fontSize, self.hanging)
        super().draw()
        if self.link is not None:
            self._draw_link(*self.link)

    def _draw_link(self, dest: str, tail: str) -> None:
        style = self.style
        lines = self.blPara.lines
        if not lines:
            return
        last = lines[-1]
        extra = last[0] if isinstance(last, tuple) else last.extraSpace
        indent = style.leftIndent + (style.firstLineIndent if len(lines) == 1 else 0)
        right = indent + (self.width - indent - style.rightIndent) - extra
        size = style.fontSize
        base = self.height - size - (len(lines) - 1) * style.leading
        left = right - stringWidth(tail, style.fontName, size)
        self.canv.linkRect(
            "", dest, Rect=(left - 1, base - 0.3 * size, right + 1, base + size), relative=1
        )


class _Pair(Flowable):  # type: ignore[misc]
    """Two flowables that are never parted by a page break (and count as one for progress).

    Cheaper than keepWithNext (which wraps everything twice through KeepTogether). When the
    pair does not fit, ``split_first`` splits the first one and carries its end over with
    the second (a statement and its fact line); otherwise the second one is split and its
    start stays with the first (an annex entry and its quote).
    """

    counted = True

    def __init__(self, first: Flowable, second: Flowable, *, split_first: bool) -> None:
        super().__init__()
        self.first = first
        self.second = second
        self.split_first = split_first
        # as a frame does by default (overlapAttachedSpace): adjacent spaces overlap
        self.gap = max(first.getSpaceAfter(), second.getSpaceBefore())
        self.spaceBefore = first.getSpaceBefore()
        self.spaceAfter = second.getSpaceAfter()
        self.h1 = self.h2 = 0.0
        self.wrapped: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self.h1 = self.first.wrapOn(self.canv, availWidth, availHeight)
        _, self.h2 = self.second.wrapOn(self.canv, availWidth, availHeight)
        self.width, self.height = availWidth, self.h1 + self.gap + self.h2
        self.wrapped = (availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.wrapped != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        if self.split_first:
            room = availHeight - self.gap - self.h2
            parts = self.first.splitOn(self.canv, availWidth, room) if room > 0 else []
            if len(parts) < 2:
                return []
            return [*parts[:-1], _Pair(parts[-1], self.second, split_first=True)]
        room = availHeight - self.h1 - self.gap
        parts = self.second.splitOn(self.canv, availWidth, room) if room > 0 else []
        if len(parts) < 2:
            return []
        return [_Pair(self.first, parts[0], split_first=False), *parts[1:]]

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self.h2 + self.gap)
        self.second.drawOn(self.canv, 0, 0)


class _TocEntry(Flowable):  # type: ignore[misc]
    """One contents line: number, title, dot leaders, and the page number as a form XObject."""

    def __init__(
        self,
        number: str,
        title: str,
        dest: str,
        style: ParagraphStyle,
        indent: float,
        number_width: float,
        page_width: float,
        space_before: float,
    ) -> None:
        super().__init__()
        self.number = number
        self.dest = dest
        self.style = style
        self.indent = indent
        self.number_width = number_width
        self.page_width = page_width
        self.spaceBefore = space_before
        self.spaceAfter = 1.5
        if len(title) > _TOC_TITLE_MAX:  # an entry must fit on a page: it cannot split
            title = title[: _TOC_TITLE_MAX - 1].rstrip() + "…"
        self.para = Paragraph(_text(title), style)
        self.width = 0.0
        self.height = 0.0

    @property
    def form_name(self) -> str:
        return f"toc.{self.dest}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        text_width = availWidth - self.indent - self.number_width - self.page_width - 10
        _, self.height = self.para.wrap(max(text_width, 2 * cm), availHeight)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        lines = self.para.blPara.lines
        first_base = self.height - style.fontSize
        last_base = first_base - (len(lines) - 1) * style.leading
        text_x = self.indent + self.number_width
        canv.saveState()
        canv.setFillColor(style.textColor)
        if self.number:
            canv.setFont(style.fontName, style.fontSize)
            canv.drawString(self.indent, first_base, self.number)
        self.para.drawOn(canv, text_x, 0)
        last = lines[-1]
        extra = last[0] if isinstance(last, tuple) else last.extraSpace
        text_end = text_x + self.para.width - extra
        # dots on a fixed pitch so that leaders line up from one entry to the next
        pitch = 3.6
        start = math.ceil((text_end + 5) / pitch) * pitch
        stop = self.width - self.page_width
        if stop - start > pitch:
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.9)
            canv.setLineCap(1)
            canv.setDash([0, pitch])
            canv.line(start, last_base + 1.6, stop, last_base + 1.6)
        canv.translate(self.width, last_base)
        canv.doForm(self.form_name)
        canv.restoreState()
        canv.linkRect("", self.dest, Rect=(self.indent, 0, self.width, self.height), relative=1)


class _BriefCanvas(Canvas):  # type: ignore[misc]
    """A canvas that lets the renderer define the late page-number forms before saving."""

    def __init__(self, *args: Any, before_save: Callable[[Canvas], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._before_save = before_save

    def save(self) -> None:
        self._before_save(self)
        super().save()


class _BriefDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BinaryIO, renderer: _Renderer, **kwargs: Any) -> None:
        super().__init__(out, **kwargs)
        self._renderer = renderer

    def afterFlowable(self, flowable: Flowable) -> None:
        self._renderer.flowable_done(flowable)


# --------------------------------------------------------------------------------------
# The renderer


def _truncate(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with an ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _walk(sections: Iterable[Section], level: int = 0) -> Iterable[tuple[int, Section]]:
    for section in sections:
        yield level, section
        if isinstance(section, FactSection):
            yield from _walk(section.subsections, level + 1)


class _Renderer:
    def __init__(self, dossier: Dossier, progress: Progress | None) -> None:
        self.dossier = dossier
        self.labels: Labels = dossier.labels
        self.progress = progress
        self.pagesize = _PAGE_SIZES.get(dossier.page_size, A4)
        fonts = pdf_fonts()
        self.fonts = fonts
        entries = list(_walk(dossier.sections))
        self.entries = entries
        num_w = [0.0, 0.0]
        for level, section in entries:
            size = 15 if level == 0 else 12
            lvl = min(level, 1)
            num_w[lvl] = max(num_w[lvl], stringWidth(section.number, fonts.sans.bold, size))
        self.styles = PdfStyles.build(
            h1_indent=num_w[0] + 0.45 * cm if num_w[0] else 0,
            h2_indent=num_w[1] + 0.45 * cm if num_w[1] else 0,
        )
        self.source_numbers = {s.number for s in dossier.sources}
        # French sets a (non-breaking) space before a colon
        self.colon = "\u00a0: " if dossier.language.startswith("fr") else ": "
        # progress: one unit per fact entry and per annex entry
        self.total = max(1, dossier.fact_count() + len(dossier.sources))
        self.done = 0
        # layout state
        self.heading_pages: dict[str, int] = {}
        self.dest_pages: dict[str, int] = {}
        self.current_section = ""
        self.last_source_title: str | None = None
        self.page_carried = ""
        self.page_first_heading: str | None = None
        self.page_has_content = False
        self.pages = 0
        self._fitted: dict[tuple[str, str, float, float], str] = {}
        self._section_forms: dict[str, str] = {}
        self.toc_entries: list[_TocEntry] = []

    # ---- callbacks from flowables and the doc template --------------------------------

    def heading_drawn(self, canv: Canvas, mark: _Mark, height: float) -> None:
        page = canv.getPageNumber()
        self.dest_pages[mark.dest] = page
        if mark.section_anchor is not None:
            self.heading_pages[mark.section_anchor] = page
        canv.bookmarkHorizontal(mark.dest, 0, height + 4)
        label = f"{mark.number}  {mark.title}" if mark.number else mark.title
        canv.addOutlineEntry(label, mark.dest, level=mark.level)
        if mark.level == 0:
            self.current_section = label
            if self.page_first_heading is None and not self.page_has_content:
                self.page_first_heading = label

    def flowable_done(self, flowable: Flowable) -> None:
        if isinstance(flowable, ActionFlowable):
            return
        if not isinstance(flowable, _Para) or flowable.mark is None:
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
        self._draw_header_footer(canv, page, section)

    def cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.pages = max(self.pages, canv.getPageNumber())
        width, height = self.pagesize
        self._marking_line(canv, width / 2, height - 1.5 * cm, 10.5)
        self._marking_line(canv, width / 2, 1.3 * cm, 10.5)

    def _marking_line(self, canv: Canvas, x: float, y: float, size: float) -> None:
        marking = self.dossier.marking
        font = self.fonts.sans.bold
        spacing = 1.2
        text_w = stringWidth(marking, font, size) + spacing * max(len(marking) - 1, 0)
        canv.saveState()
        canv.setFont(font, size)
        canv.setFillColor(MUTED if marking == UNCLASSIFIED else MARKING_RED)
        canv.drawString(x - text_w / 2, y, marking, charSpace=spacing)
        canv.restoreState()

    # Header and footer: what is the same on every page (marking, title, date, rules) is one
    # form XObject, each running section title another; only "Page 3 of" is drawn per page.
    # This keeps their cost per page to a few operators.

    def _draw_header_footer(self, canv: Canvas, page: int, section: str) -> None:
        canv.doForm("hf.static")
        if section:
            name = f"hf.section.{len(self._section_forms)}"
            canv.doForm(self._section_forms.setdefault(section, name))
        sans = self.fonts.sans
        head = self._page_head(page)
        canv.saveState()
        canv.setFont(sans.regular, _HF_SIZE)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, _FOOTER_Y, head)
        total_form = self._total_form(page)
        if total_form is not None:
            canv.translate(MARGIN + stringWidth(head, sans.regular, _HF_SIZE), _FOOTER_Y)
            canv.doForm(total_form)
        canv.restoreState()

    def _define_header_footer(self, canv: Canvas) -> None:
        width, height = self.pagesize
        left, right = MARGIN, width - MARGIN
        avail = right - left
        sans = self.fonts.sans
        size = _HF_SIZE
        y = height - _HEADER_DROP
        title = self._fit(self.dossier.title, sans.regular, size, avail * 0.5 - 12)
        canv.beginForm("hf.static")
        self._marking_line(canv, width / 2, height - 1.05 * cm, 8.5)
        canv.setFont(sans.regular, size)
        canv.setFillColor(MUTED)
        canv.drawString(left, y, title)
        canv.drawRightString(
            right, _FOOTER_Y, self._fit(self.dossier.date_text, sans.regular, size, avail / 3)
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y - 5, right, y - 5)
        canv.line(left, _FOOTER_Y + 11, right, _FOOTER_Y + 11)
        self._marking_line(canv, width / 2, _FOOTER_Y, size)
        canv.endForm()
        room = avail - stringWidth(title, sans.regular, size) - 18
        for section, name in self._section_forms.items():
            canv.beginForm(name)
            canv.setFont(sans.bold, size)
            canv.setFillColor(MUTED)
            canv.drawRightString(right, y, self._fit(section, sans.bold, size, room))
            canv.endForm()

    def _page_head(self, page: int) -> str:
        """What precedes the total in "Page 3 of 12": printed directly."""
        text = self.labels.page_of.format(page=page, total="\x00")
        return text.partition("\x00")[0]

    def _total_form(self, page: int) -> str | None:
        """The form holding the rest of the page label (the total and what follows it).

        One form serves every page, unless the label's page number comes after the total.
        """
        template = self.labels.page_of
        if "{total}" not in template:
            return None
        if "{page}" in template.partition("{total}")[2]:
            return f"pageof.{page}"
        return "pageof"

    def _fit(self, text: str, font: str, size: float, width: float) -> str:
        key = (text, font, size, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            fitted = self._fitted[key] = _truncate(text, font, size, width)
        return fitted

    def define_forms(self, canv: Canvas) -> None:
        """Called just before the file is written: the numbers are known now."""
        self._define_header_footer(canv)
        total = self.pages
        sans = self.fonts.sans
        forms = {self._total_form(page) for page in range(2, total + 1)} - {None}
        for name in sorted(f for f in forms if f):
            page = int(name.rpartition(".")[2]) if "." in name else 0
            text = self.labels.page_of.format(page=page, total="\x00" + str(total))
            canv.beginForm(name, -1, -4, 300, 12)
            canv.setFont(sans.regular, _HF_SIZE)
            canv.setFillColor(MUTED)
            canv.drawString(0, 0, text.partition("\x00")[2])
            canv.endForm()
        for entry in self.toc_entries:
            page_no = self.dest_pages.get(entry.dest)
            canv.beginForm(entry.form_name, -60, -4, 1, 14)
            canv.setFont(entry.style.fontName, entry.style.fontSize)
            canv.setFillColor(INK)
            canv.drawRightString(0, 0, str(page_no) if page_no is not None else "–")
            canv.endForm()

    # ---- the story ----------------------------------------------------------------------

    def heading(self, mark: _Mark, style: ParagraphStyle) -> _Para:
        return _Para(_text(mark.title), style, hanging=mark.number, mark=mark, renderer=self)

    def cover(self) -> list[Flowable]:
        d, s, lab = self.dossier, self.styles, self.labels
        frame_h = self.pagesize[1] - 2 * MARGIN
        out: list[Flowable] = [Spacer(1, frame_h * 0.2)]
        if d.event and d.event != d.title:
            out.append(Paragraph(_text(d.event), s.cover_kicker))
        out.append(Paragraph(_text(d.title), s.cover_title))
        if d.subtitle:
            out.append(Paragraph(_text(d.subtitle), s.cover_subtitle))
        out.append(Spacer(1, 0.9 * cm))
        out.append(_Rule(4 * cm, ACCENT, 1.0))
        out.append(Spacer(1, 0.9 * cm))
        rows: list[tuple[str, str]] = []
        if d.event:
            rows.append((lab.event, d.event))
        if d.place_date and d.place_date != d.subtitle:  # else it is printed already
            rows.append(("", d.place_date))
        if d.prepared_for:
            rows.append((lab.prepared_for, d.prepared_for))
        if d.prepared_by:
            rows.append((lab.prepared_by, d.prepared_by))
        rows.append((lab.date, d.date_text))
        rows.append((lab.marking, d.marking))
        width = self.pagesize[0] - 2 * MARGIN
        col_w = [width * 0.38, width * 0.5]
        data, _ = self._fit_rows(
            [
                [Paragraph(_text(k), s.cover_label), Paragraph(_text(v), s.cover_value)]
                for k, v in rows
            ],
            [w - 12 for w in col_w],
        )
        table = Table(data, colWidths=col_w, hAlign="CENTER")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.sans.regular, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    # labels are smaller than values: lower them onto the same baseline
                    (
                        "TOPPADDING",
                        (0, 0),
                        (0, -1),
                        3 + s.cover_value.fontSize - s.cover_label.fontSize,
                    ),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out.append(table)
        return out

    def contents(self) -> list[Flowable]:
        s = self.styles
        lab = self.labels
        mark = _Mark(_CONTENTS_DEST, "", lab.contents, 0, None)
        out: list[Flowable] = [self.heading(mark, s.h_plain)]
        sans = self.fonts.sans
        page_w = stringWidth("0000", sans.regular, s.toc1.fontSize)
        num_w = [0.0, 0.0]
        for level, section in self.entries:
            style = s.toc1 if level == 0 else s.toc2
            lvl = min(level, 1)
            num_w[lvl] = max(
                num_w[lvl], stringWidth(section.number, style.fontName, style.fontSize)
            )
        num_w = [w + 0.4 * cm if w else 0.0 for w in num_w]
        entries: list[_TocEntry] = []
        for level, section in self.entries:
            top = level == 0
            entries.append(
                _TocEntry(
                    section.number,
                    section.title,
                    section.anchor,
                    s.toc1 if top else s.toc2,
                    indent=0 if top else num_w[0] + (level - 1) * num_w[1],
                    number_width=num_w[0] if top else num_w[1],
                    page_width=page_w,
                    space_before=7 if top else 2,
                )
            )
        if self.dossier.sources:
            entries.append(
                _TocEntry(
                    "",
                    lab.sources,
                    _SOURCES_DEST,
                    s.toc1,
                    indent=0,
                    number_width=num_w[0],
                    page_width=page_w,
                    space_before=7,
                )
            )
        self.toc_entries = entries
        out.extend(entries)
        return out

    def section(self, level: int, section: Section) -> list[Flowable]:
        s = self.styles
        mark = _Mark(section.anchor, section.number, section.title, min(level, 1), section.anchor)
        out: list[Flowable] = []
        if level == 0:
            # The first section opens the body on a fresh page; later ones continue on the
            # same page when a good part of it is left (a by-country brief has many short
            # sections: one page each would be mostly white).
            first = section is self.entries[0][1]
            out.append(PageBreak() if first else CondPageBreak(self.pagesize[1] * 0.22))
        out.append(self.heading(mark, s.h1 if level == 0 else s.h2))
        if isinstance(section, FactSection):
            if not section.facts and not section.subsections:
                out.append(Paragraph(_text(self.labels.no_facts), s.body))
            for fact in section.facts:
                out.extend(self.fact(fact))
        elif isinstance(section, FiguresSection):
            lab = self.labels
            header = [lab.figure, lab.value, lab.country, lab.source]
            rows = [
                [
                    _text(r.label),
                    _text(r.value_text),
                    _text(r.countries),
                    self.source_ref(r.source_number),
                ]
                for r in section.rows
            ]
            out.extend(self.table(header, rows, (0.44, 0.25, 0.19, 0.12)))
        else:
            lab = self.labels
            header = [lab.name, lab.role, lab.country]
            rows = [[_text(r.name), _text(r.role), _text(r.country)] for r in section.rows]
            out.extend(self.table(header, rows, (0.38, 0.37, 0.25)))
        return out

    def source_ref(self, number: int | None) -> str:
        if number is None:
            return ""
        if number not in self.source_numbers:
            return f"[{number}]"
        return f'<a href="#{_source_dest(number)}" color="{_LINK_HEX}">[{number}]</a>'

    def fact(self, fact: DossierFact) -> list[Flowable]:
        s = self.styles
        out = block_flowables(fact.body, s)
        parts: list[str] = []
        if fact.marking and fact.marking != UNCLASSIFIED:
            parts.append(f'<font face="{self.fonts.sans.bold}">{_text(fact.marking)}</font>')
        if fact.date_text:
            parts.append(_text(fact.date_text))
        if fact.confidence is not None:
            parts.append(f"{_text(self.labels.confidence)}{self.colon}{_text(fact.confidence)}")
        if fact.foreign_language_note:
            parts.append(_text(fact.foreign_language_note))
        link: tuple[str, str] | None = None
        if fact.source_number is not None:
            ref = f"[{fact.source_number}]"
            parts.append(ref)
            if fact.source_number in self.source_numbers:
                link = (_source_dest(fact.source_number), ref)
        meta = _Para(" · ".join(parts), s.meta, link=link)
        if not out:
            meta.counted = True
            return [meta]
        # the fact line never starts a page alone: it keeps the statement's end with it
        out[-1] = _Pair(out[-1], meta, split_first=True)
        return out

    def table(
        self, header: list[str], rows: list[list[str]], fractions: Sequence[float]
    ) -> list[Flowable]:
        s = self.styles
        if not rows:
            return [Paragraph(_text(self.labels.no_facts), s.body)]
        width = self.pagesize[0] - 2 * MARGIN
        col_w = [width * f for f in fractions]
        pad_x, pad_y = 5, 3.5
        body, groups = self._fit_rows(
            [[Paragraph(markup, s.cell) for markup in row] for row in rows],
            [w - 2 * pad_x for w in col_w],
        )
        data: list[list[Any]] = [[Paragraph(_text(h), s.cell_head) for h in header], *body]
        groups = [(first + 1, last + 1) for first, last in groups]
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), s.cell.fontName, s.cell.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
            ("TOPPADDING", (0, 0), (-1, -1), pad_y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
        if len(groups) == len(data) - 1:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]))
        else:
            for i, (first, last) in enumerate(groups):
                if i % 2:
                    commands.append(("BACKGROUND", (0, first), (-1, last), ZEBRA_FILL))
                if last > first:  # the pieces of a cut cell read as one block of text
                    commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
                    commands.append(("TOPPADDING", (0, first + 1), (-1, last), 1.5))
        table = Table(data, colWidths=col_w, repeatRows=1, hAlign="LEFT", spaceAfter=8)
        table.setStyle(TableStyle(commands))
        return [table]

    def _fit_rows(
        self, rows: list[list[Paragraph]], widths: Sequence[float]
    ) -> tuple[list[list[Any]], list[tuple[int, int]]]:
        """Table rows that each fit on a page, and which of them came from which input row.

        reportlab never splits a table row, so a row taller than the page raises LayoutError.
        A cell taller than a third of the page is therefore cut into pieces of about seven
        lines, one table row each (the other cells of that row stay in its first piece).
        """
        frame_h = self.pagesize[1] - 2 * MARGIN
        too_tall, chunk_h = frame_h / 3, frame_h / 8
        out: list[list[Any]] = []
        groups: list[tuple[int, int]] = []
        for row in rows:
            cells: list[list[Flowable]] = []
            for para, width in zip(row, widths, strict=True):
                # a cell needs some hundreds of characters to reach a third of a page
                if len(para.text) > 300 and para.wrap(width, frame_h)[1] > too_tall:
                    cells.append(self._cut(para, width, chunk_h))
                else:
                    cells.append([para])
            first = len(out)
            for i in range(max(len(c) for c in cells)):
                out.append([c[i] if i < len(c) else "" for c in cells])
            groups.append((first, len(out) - 1))
        return out, groups

    @staticmethod
    def _cut(para: Paragraph, width: float, chunk_h: float) -> list[Flowable]:
        """Cut a paragraph into pieces no taller than ``chunk_h`` (for table cells)."""
        pieces: list[Flowable] = []
        rest: Flowable = para
        while True:
            _, h = rest.wrap(width, chunk_h)
            if h <= chunk_h:
                pieces.append(rest)
                return pieces
            parts = rest.split(width, chunk_h)
            if len(parts) < 2:  # cannot be cut (a single enormous word): keep it whole
                pieces.append(rest)
                return pieces
            pieces.append(parts[0])
            rest = parts[1]

    def annex(self) -> list[Flowable]:
        s = self.styles
        if not self.dossier.sources:
            return []
        mark = _Mark(_SOURCES_DEST, "", self.labels.sources, 0, None)
        out: list[Flowable] = [PageBreak(), self.heading(mark, s.h_plain)]
        for note in self.dossier.sources:
            out.extend(self.source_entry(note))
        return out

    def source_entry(self, note: SourceNote) -> list[Flowable]:
        s = self.styles
        # Consecutive quotes from one source name it once, then only where each quote is.
        repeat = note.title == self.last_source_title
        self.last_source_title = note.title
        if repeat:
            line = _text(note.locator or "")
        else:
            details = [x for x in (note.publisher, note.date_text, note.locator) if x]
            line = f"<b>{_text(note.title)}</b>"
            if details:
                line += " — " + _text(", ".join(details))
        entry = _Para(line, s.source, hanging=f"[{note.number}]", dest=_source_dest(note.number))
        if not note.quote:
            entry.counted = True
            return [entry]
        # the entry never ends a page alone: the start of its quote goes with it
        quote = Paragraph(f"« {_text(note.quote)} »", s.quote)
        return [_Pair(entry, quote, split_first=False)]

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [NextPageTemplate("body")]
        story.extend(self.cover())
        story.append(PageBreak())
        story.extend(self.contents())
        for level, section in self.entries:
            story.extend(self.section(level, section))
        story.extend(self.annex())
        return story

    # ---- build --------------------------------------------------------------------------

    def render(self, out: BinaryIO) -> PdfResult:
        d = self.dossier
        width, height = self.pagesize
        frame = Frame(
            MARGIN,
            MARGIN,
            width - 2 * MARGIN,
            height - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        doc = _BriefDocTemplate(
            out,
            self,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=d.title,
            author=d.prepared_by or "",
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
        story = self.story()
        if self.progress is not None:
            self.progress(0, self.total)

        def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
            canv = _BriefCanvas(*args, before_save=self.define_forms, **kwargs)
            canv.showOutline()
            return canv

        doc.build(story, canvasmaker=make_canvas)
        if self.progress is not None:
            self.progress(self.total, self.total)
        return PdfResult(pages=self.pages, heading_pages=dict(self.heading_pages))


class _Rule(Flowable):  # type: ignore[misc]
    """A short centred horizontal rule."""

    def __init__(self, length: float, color: colors.Color, thickness: float) -> None:
        super().__init__()
        self.length = length
        self.color = color
        self.thickness = thickness

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        x = (self.avail - self.length) / 2
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, 0, x + self.length, 0)


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
