"""The body of a DOCX brief: paragraphs of runs, lists, tables and pictures, each written as
WordprocessingML and, at the same time, measured for the page estimate (``docx_layout``).

``Body`` is the one place that turns the Dossier's blocks and runs into elements: the
renderer says which style a piece of text takes; ``Body`` prints every ``Run.text``
literally, links what is linked, and adds an ``Item`` of the right height to the current
section's ``Flow``.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.shape import CT_Inline
from docx.shared import Pt
from lxml import etree

from briefing.dossier import docx_tables as tables
from briefing.dossier import docx_xml as x
from briefing.dossier.docx_fast import Deferred, XmlBatch, plain, row_xml
from briefing.dossier.docx_layout import Flow, Item, Metrics
from briefing.dossier.docx_settings import Numbering
from briefing.dossier.docx_styles import DocxStyles, ParaStyle, add_language_variant
from briefing.dossier.docx_styles import word_language as _word_language
from briefing.dossier.markup import Block, ListBlock, Paragraph, Run, TableBlock
from briefing.dossier.styles import TextStyle

if TYPE_CHECKING:  # the chart module (reportlab graphics, Pillow) loads with the first chart
    from briefing.dossier.docx_chart import ChartImage

__all__ = ["Body", "Bookmarks"]

_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
Cell = tuple[Run, ...]


def _cell_text(cell: Cell) -> str:
    return cell[0].text if len(cell) == 1 else "".join(run.text for run in cell)


class Bookmarks:
    """Word bookmark names for the Dossier's anchors, and bookmark ids.

    A name has letters, digits and '_' only, starts with a letter and has at most 40
    characters; different anchors always get different names.
    """

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._taken: set[str] = set()
        self._id = 0

    def add(self, anchor: str) -> str:
        """The name of ``anchor``, made on first use."""
        name = self._names.get(anchor)
        if name is not None:
            return name
        # the usual anchor ("f-12", "src_3") needs only its hyphens replaced: checked with
        # string methods, which cost half the pattern (20,000 anchors at 10,000 facts)
        base = anchor.replace("-", "_")
        if not (base.isascii() and base.replace("_", "").isalnum()):
            base = _BOOKMARK_UNSAFE.sub("_", anchor)
        if not base[:1].isalpha():
            base = "b_" + base
        base = base[:40]
        name, n = base, 1
        key = name.lower()
        while key in self._taken:
            n += 1
            suffix = f"_{n}"
            name = base[: 40 - len(suffix)] + suffix
            key = name.lower()
        self._taken.add(key)
        self._names[anchor] = name
        return name

    def get(self, anchor: str) -> str | None:
        return self._names.get(anchor)

    def next_id(self) -> int:
        self._id += 1
        return self._id


class Body:
    """Writes into ``parent`` (the document body) and measures into ``flow``."""

    def __init__(
        self,
        part: Any,
        styles: DocxStyles,
        styles_element: etree._Element,
        numbering: Numbering,
        bookmarks: Bookmarks,
        *,
        text_width: float,
        text_height: float,
        language: str,
        page_size: str,
    ) -> None:
        self.part = part
        self.styles = styles
        self.sheet = styles.sheet
        self._styles_element = styles_element
        self.numbering = numbering
        self.bookmarks = bookmarks
        self.text_width = text_width
        self.text_height = text_height
        self.language = language
        self.page_size = page_size
        self.lang_tag = _word_language(language, page_size)
        self.maker = x.Maker()
        self.metrics = Metrics()
        self.parent: etree._Element = x.new_container()
        self.flow = Flow(text_height)
        # the facts and annex entries of the body, kept as text until it is saved
        self.deferred = Deferred()
        self.tables = 0
        self.pictures = 0
        self._links: dict[str, str] = {}
        self._variants: dict[tuple[str, str], str] = {}
        self._avail: dict[int, tuple[ParaStyle, float]] = {}  # a style's text width, by id
        # a style's (itself, face, size, text width, leading, space before and after), by id
        self._plain: dict[int, tuple[ParaStyle, str, float, float, float, float, float]] = {}

    # ---------------------------------------------------------------- plumbing

    def new_flow(self) -> Flow:
        """Start measuring a new section (the previous flow is returned to the caller)."""
        done, self.flow = self.flow, Flow(self.text_height)
        return done

    def _link_rel(self, url: str) -> str:
        rel_id = self._links.get(url)
        if rel_id is None:
            rel_id = self.part.relate_to(x.clean(url), RT.HYPERLINK, is_external=True)
            self._links[url] = rel_id
        return rel_id

    def _style_id(self, style: ParaStyle, language: str | None) -> str:
        """``style``'s id, or that of its variant marked as ``language``."""
        if not language or language == self.language:
            return style.sid
        key = (style.sid, language)
        variant = self._variants.get(key)
        if variant is None:
            tag = _word_language(language, self.page_size)
            variant = (
                style.sid
                if tag == self.lang_tag
                else add_language_variant(self._styles_element, style, tag)
            )
            self._variants[key] = variant
        return variant

    def measure(
        self,
        style: ParaStyle | TextStyle,
        pieces: Sequence[tuple[str, str, float]],
        *,
        width: float | None = None,
        keep_next: bool | None = None,
        keep_lines: bool | None = None,
        mark: str | None = None,
    ) -> Item:
        """Add a paragraph of ``pieces`` in ``style`` to the flow; return its item."""
        if isinstance(style, ParaStyle):
            text = style.text
            if width is None:
                known = self._avail.get(id(style))
                if known is None or known[0] is not style:
                    known = (style, self.text_width - style.indent - style.right)
                    self._avail[id(style)] = known  # the style is kept: its id not reused
                avail = known[1]
            else:
                avail = width
            kn = style.keep_next if keep_next is None else keep_next
            kl = style.keep_lines if keep_lines is None else keep_lines
        else:
            text, avail = style, self.text_width if width is None else width
            kn, kl = bool(keep_next), bool(keep_lines)
        lines = self.metrics.lines(pieces, avail) if pieces else 1
        item = Item(
            lines,
            text.leading,
            text.space_before,
            text.space_after,
            keep_next=kn,
            keep_lines=kl,
            mark=mark,
        )
        self.flow.add(item)
        return item

    def measure_plain(
        self, style: ParaStyle, texts: Sequence[str], keep_next: bool, mark: str | None = None
    ) -> None:
        """``measure(style, metrics.run_pieces([Run(t) for t in texts], style.text),
        keep_next=keep_next, mark=mark)``: a paragraph of plain runs (a fact, an annex
        entry), without making the runs, the pieces' faces or the style's numbers again
        (40,000 times at 10,000 facts)."""
        known = self._plain.get(id(style))
        if known is None or known[0] is not style:
            size, face = self.metrics.style_face(style.text)
            text = style.text
            avail = self.text_width - style.indent - style.right
            known = (style, face, size, avail, text.leading, text.space_before, text.space_after)
            self._plain[id(style)] = known  # the style is kept: its id not reused
        _, face, size, avail, leading, before, after = known
        pieces = [(t, face, size) for t in texts if t]
        lines = self.metrics.lines(pieces, avail) if pieces else 1
        item = Item(lines, leading, before, after, keep_next, style.keep_lines, 0.0, mark)
        self.flow.items.append(item)

    # ---------------------------------------------------------------- paragraphs

    def para(
        self,
        style: ParaStyle,
        runs: Sequence[Run] = (),
        *,
        language: str | None = None,
        keep_next: bool | None = None,
        keep_lines: bool | None = None,
        mark: str | None = None,
        parent: etree._Element | None = None,
    ) -> etree._Element:
        """A paragraph of ``runs`` in ``style``, measured into the flow."""
        sid = self._style_id(style, language)
        target = self.parent if parent is None else parent
        only = runs[0] if len(runs) == 1 else None
        if only is not None and not (only.bold or only.italic or only.code or only.href):
            p = self.maker.text_para(target, sid, only.text) if "\n" not in only.text else None
            if p is None:
                p = self.maker.para(target, sid)
                self.maker.run(p, only.text)
        else:
            p = self.maker.para(target, sid)
            self.runs(p, runs)
        self._keeps(p, style, keep_next, keep_lines)
        if parent is None:
            self.measure(
                style,
                self.metrics.run_pieces(runs, style.text),
                keep_next=keep_next,
                keep_lines=keep_lines,
                mark=mark,
            )
        return p

    def text(
        self,
        style: ParaStyle,
        text: str,
        *,
        keep_next: bool | None = None,
        mark: str | None = None,
        parent: etree._Element | None = None,
    ) -> etree._Element:
        """A paragraph of one plain run."""
        return self.para(style, (Run(text),), keep_next=keep_next, mark=mark, parent=parent)

    @staticmethod
    def _keeps(
        p: etree._Element, style: ParaStyle, keep_next: bool | None, keep_lines: bool | None
    ) -> None:
        if keep_next is not None and keep_next != style.keep_next:
            x.set_paragraph_property(p, "keepNext", None if keep_next else {x.VAL: "0"})
        if keep_lines is not None and keep_lines != style.keep_lines:
            x.set_paragraph_property(p, "keepLines", None if keep_lines else {x.VAL: "0"})

    def runs(self, p: etree._Element, runs: Sequence[Run]) -> None:
        """Append styled runs to ``p``; links to http(s)/mailto addresses are hyperlinks."""
        maker = self.maker
        for run in runs:
            if not run.text:
                continue
            if not (run.bold or run.italic or run.code or run.href):
                maker.run(p, run.text)
                continue
            parent = p
            style = None
            if run.href:
                parent = x.add_external_link(p, self._link_rel(run.href))
                style = self.styles.hyperlink.sid
            if run.code:
                style = self.styles.code.sid
            maker.run(parent, run.text, bold=run.bold, italic=run.italic, char_style=style)

    def link(self, p: etree._Element, text: str, anchor: str | None) -> None:
        """``text`` as a link to bookmark ``anchor`` (plain text when nothing is there)."""
        name = self.bookmarks.get(anchor) if anchor else None
        if name is None:
            self.maker.run(p, text)
            return
        self.maker.run(x.add_internal_link(p, name), text, char_style=self.styles.hyperlink.sid)

    def bookmark(self, p: etree._Element, anchor: str) -> str:
        """Make ``p`` the target of ``anchor``; returns the bookmark name."""
        name = self.bookmarks.add(anchor)
        self.maker.bookmark(p, self.bookmarks.next_id(), name)
        return name

    # ---------------------------------------------------------------- blocks

    def blocks(
        self,
        blocks: Sequence[Block],
        style: ParaStyle,
        *,
        language: str | None = None,
        keep_last: bool | None = None,
    ) -> etree._Element | None:
        """Paragraphs, lists and tables; returns the first paragraph written (if any).

        ``keep_last`` overrides keep-with-next on the last paragraph (a fact's statement
        keeps with its meta line; the last paragraph of a person's biography does not
        keep with the next person).
        """
        first: etree._Element | None = None
        last = len(blocks) - 1
        for i, block in enumerate(blocks):
            keep = keep_last if i == last else None
            p: etree._Element | None
            if isinstance(block, Paragraph):
                p = self.para(style, block.runs, language=language, keep_next=keep)
            elif isinstance(block, ListBlock):
                p = self.list_block(block, style, language=language, keep_last=keep)
            else:
                p = self.table_block(block)
            if first is None:
                first = p
        return first

    def list_block(
        self,
        block: ListBlock,
        style: ParaStyle,
        *,
        language: str | None = None,
        keep_last: bool | None = None,
    ) -> etree._Element | None:
        """A bullet or numbered list, at its nesting level, keeping the statement's keeps."""
        level = min(int(getattr(block, "level", 0)), 5)
        base = self.styles.list_number if block.ordered else self.styles.list_bullet
        num_id = (
            self.numbering.numbered_list(block.start) if block.ordered else self.numbering.bullet
        )
        sid = self._style_id(base, language)
        first: etree._Element | None = None
        indent = self.sheet.list_indent * (level + 1)
        last = len(block.items) - 1
        for i, item in enumerate(block.items):
            p = self.maker.list_para(self.parent, sid, num_id, level)
            self.runs(p, item)
            keep = style.keep_next if i < last or keep_last is None else keep_last
            self._keeps(p, base, keep, None)
            self.measure(
                base,
                self.metrics.run_pieces(item, base.text),
                width=self.text_width - indent,
                keep_next=keep,
            )
            if first is None:
                first = p
        return first

    def table_block(self, block: TableBlock) -> etree._Element | None:
        """A Markdown table: columns as wide as their text asks, header row repeated."""
        columns = max([len(block.header), *(len(r) for r in block.rows)], default=0)
        if not columns:
            return None
        weights = []
        for c in range(columns):
            longest = max(
                (
                    sum(len(r.text) for r in row[c])
                    for row in (block.header, *block.rows)
                    if c < len(row)
                ),
                default=1,
            )
            weights.append(min(max(longest, 6), 60))
        total = sum(weights)
        widths = [self.text_width * wgt / total for wgt in weights]
        header = [block.header[c] if c < len(block.header) else () for c in range(columns)]
        rows = [[row[c] if c < len(row) else () for c in range(columns)] for row in block.rows]
        return self.table(widths, header if block.header else None, rows)

    def table(
        self,
        widths: Sequence[float],
        header: Sequence[Cell] | None,
        rows: Sequence[Sequence[Cell]],
        *,
        links: Sequence[Sequence[str | None]] | None = None,
        rows_as_text: bool = False,
    ) -> etree._Element | None:
        """A ruled table; ``links[r][c]`` links a body cell to a bookmark anchor. Returns
        the first body row, or with ``rows_as_text`` None: its rows of plain cells stay
        text in the document (``Deferred``), for a caller that reads none of them."""
        sheet, styles = self.sheet, self.styles
        pad_x, pad_y = sheet.cell_padding
        # the left border on the margin, the right one on the other margin
        scale = self.text_width / sum(widths) if sum(widths) else 1.0
        widths = self._fit_columns([wd * scale for wd in widths], header, rows)
        tbl = tables.start_table(self.parent, styles.table, widths, indent=pad_x)
        self.tables += 1
        first: etree._Element | None = None
        repeat = 0.0
        if header is not None:
            tr = tables.add_row(tbl, header=True)
            height = self._row(tr, widths, header, styles.cell_head, fill=sheet.palette.head_fill)
            repeat = height
            self.flow.add(Item(1, height, keep_next=True, keep_lines=True))
        limit = self.text_height - repeat - 2 * pad_y
        # rows of plain cells, written as text (``docx_fast``)
        batch = XmlBatch(self.deferred if rows_as_text else None)
        for r, row in enumerate(rows):
            row_links = links[r] if links else None
            cells = self._plain_cells(row, row_links)
            if cells is not None:
                height = self._row_height(widths, row, styles.cell)
                # a row taller than a page must be free to split
                xml = row_xml(styles.cell.sid, widths, cells, height <= limit, styles.hyperlink.sid)
                batch.add(tbl, xml)
                self.maker.paragraphs += len(cells)
            else:
                batch.flush()
                tr = tables.add_row(tbl)
                height = self._row(tr, widths, row, styles.cell, links=row_links)
                if height > limit:
                    trpr = tr.find(x.w("trPr"))
                    if trpr is not None:
                        tr.remove(trpr)
            if height > limit:
                lines = max(1, math.ceil(height / styles.cell.text.leading))
                self.flow.add(Item(lines, styles.cell.text.leading, repeat=repeat))
            else:
                self.flow.add(Item(1, height, keep_lines=True, repeat=repeat))
        batch.flush()
        if rows and not rows_as_text:
            first = tbl.findall(x.w("tr"))[0 if header is None else 1]
        # the gap after a table is a paragraph of its own (Word wants one after a table)
        self.para(styles.table_gap)
        return first

    def _fit_columns(
        self,
        widths: list[float],
        header: Sequence[Cell] | None,
        rows: Sequence[Sequence[Cell]],
    ) -> list[float]:
        """Widen a column too narrow for its longest word (a header's "Source" would
        break inside the word), taking the room from the widest column."""
        pad_x = self.sheet.cell_padding[0]
        width = self.metrics.width
        (head_face, head_size), (face, size) = (
            (self.metrics.face(t.family, t.bold, t.italic), x.half_points(t.size) / 2)
            for t in (self.styles.cell_head.text, self.styles.cell.text)
        )
        cap = self.text_width / 3
        for c in range(len(widths)):
            # each distinct word measured once (a figures table repeats its countries and
            # units down 1,400 rows at 10,000 facts)
            head_words = set(_cell_text(header[c]).split()) if header and c < len(header) else ()
            words: set[str] = set()
            for row in rows:
                if c < len(row):
                    words.update(_cell_text(row[c]).split())
            need = max(
                [
                    0.0,
                    *(width(word, head_face, head_size) for word in head_words),
                    *(width(word, face, size) for word in words),
                ]
            )
            need = min(need + 2 * pad_x + 1.0, cap)
            if widths[c] < need:
                donor = max(range(len(widths)), key=lambda i: widths[i])
                if donor != c:
                    give = min(need - widths[c], widths[donor] - cap / 2)
                    if give > 0:
                        widths[c] += give
                        widths[donor] -= give
        return widths

    def _plain_cells(
        self, cells: Sequence[Cell], links: Sequence[str | None] | None
    ) -> list[tuple[str | None, str | None]] | None:
        """(text, link target) of each cell when every cell is empty or one plain run
        (``row_xml`` writes them as ``_row`` does); None otherwise."""
        out: list[tuple[str | None, str | None]] = []
        for c, cell in enumerate(cells):
            anchor = links[c] if links else None
            runs = [run for run in cell if run.text]
            if not runs and not anchor:
                out.append((None, None))
                continue
            if len(runs) != 1 or runs[0].bold or runs[0].italic or runs[0].code or runs[0].href:
                return None
            text = plain(runs[0].text)
            if text is None or (anchor and len(cell) != 1):
                return None
            target = self.bookmarks.get(anchor) if anchor else None
            out.append((text, target))
        return out

    def _row_height(
        self, widths: Sequence[float], cells: Sequence[Cell], style: ParaStyle
    ) -> float:
        """The height of a row of ``cells`` (points), as ``_row`` measures it."""
        pad_x, pad_y = self.sheet.cell_padding
        tallest = 0.0
        for width, cell in zip(widths, cells, strict=True):
            pieces = self.metrics.run_pieces(cell, style.text)
            lines = self.metrics.lines(pieces, width - 2 * pad_x) if pieces else 1
            tallest = max(tallest, lines * style.text.leading)
        return tallest + 2 * pad_y + self.sheet.grid_rule

    def _row(
        self,
        tr: etree._Element,
        widths: Sequence[float],
        cells: Sequence[Cell],
        style: ParaStyle,
        *,
        fill: str | None = None,
        links: Sequence[str | None] | None = None,
    ) -> float:
        """Write one row's cells; returns the row's height (points)."""
        pad_x, pad_y = self.sheet.cell_padding
        tallest = 0.0
        for c, (width, cell) in enumerate(zip(widths, cells, strict=True)):
            tc = tables.add_cell(tr, width, fill=fill)
            anchor = links[c] if links else None
            p = self.maker.para(tc, style.sid)
            if anchor:
                self.link(p, "".join(r.text for r in cell), anchor)
            else:
                self.runs(p, cell)
            pieces = self.metrics.run_pieces(cell, style.text)
            lines = self.metrics.lines(pieces, width - 2 * pad_x) if pieces else 1
            tallest = max(tallest, lines * style.text.leading)
        return tallest + 2 * pad_y + self.sheet.grid_rule

    # ---------------------------------------------------------------- pictures

    def picture(self, image: ChartImage, description: str) -> etree._Element:
        """A picture in a paragraph of its own, ``image.width`` × ``image.height`` points."""
        rel_id, _ = self.part.get_or_add_image(io.BytesIO(image.png))
        self.pictures += 1
        inline = CT_Inline.new_pic_inline(
            self.pictures, rel_id, f"chart{self.pictures}.png", Pt(image.width), Pt(image.height)
        )
        doc_pr = inline.find(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        )
        if doc_pr is not None:
            doc_pr.set("descr", x.clean(description))
        p = self.maker.para(self.parent, self.styles.chart.sid)
        drawing = x.SubElement(x.SubElement(p, x.R), x.w("drawing"))
        drawing.append(inline)
        style = self.styles.chart.text
        self.flow.add(
            Item(1, image.height + 2.0, style.space_before, style.space_after, keep_lines=True)
        )
        return p
