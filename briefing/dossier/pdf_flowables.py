"""The flowables a PDF brief is made of: single lines, pairs that never part across a page
break, stacks, indented blocks, rules and contents lines; its paragraphs (``Para``, which
link and bookmark themselves) are in ``pdf_para`` and re-exported here.

Nothing here decides what is printed: every string arrives as escaped markup or as a
Dossier value, and every size and colour comes from the StyleSheet (via ``PdfStyles``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from briefing.dossier.coverage import needs_fallback
from briefing.dossier.pdf_para import HeadingListener, Mark, Para
from briefing.dossier.pdf_styles import text
from briefing.dossier.pdf_text import fill_code, text_code

__all__ = [
    "HeadingListener",
    "Line",
    "Mark",
    "Pair",
    "Para",
    "Rule",
    "Stack",
    "TocEntry",
    "Wrapped",
]

# a contents line must fit on one page (it cannot split): longer titles are shortened there
# (the heading itself prints in full)
TOC_TITLE_MAX = 300


class Line(Flowable):  # type: ignore[misc]
    """A paragraph of one line of plain text, drawn as ``Para`` draws it without being one
    (a fact line, an annex entry's locator).

    A ``Para`` costs its parse, its line breaking and reportlab's paragraph drawing; 2,100
    of them (every fact line and locator of a 1,000-fact brief) were a tenth of its
    layout. ``fits`` says whether ``value`` qualifies: text in the body fonts, already
    single-spaced, on one line of ``width``. ``hanging``, ``dest``, ``link`` and
    ``counted`` are ``Para``'s.
    """

    def __init__(
        self,
        value: str,
        style: ParagraphStyle,
        *,
        hanging: str = "",
        dest: str | None = None,
        link: tuple[str, str] | None = None,
        counted: bool = False,
    ) -> None:
        super().__init__()
        self.value = value
        self.style = style
        self.hanging = hanging
        self.dest = dest
        self.link = link
        self.counted = counted
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.width = 0.0
        self.height = float(style.leading)

    @staticmethod
    def fits(value: str, style: ParagraphStyle, width: float) -> bool:
        if not value or value != " ".join(value.split()) or needs_fallback(value):
            return False
        room = width - style.leftIndent - style.firstLineIndent - style.rightIndent
        return bool(stringWidth(value, style.fontName, style.fontSize) <= room)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv, style = self.canv, self.style
        if self.dest is not None:  # a line's worth of air above the text, as Para
            air = max(style.spaceBefore, style.leading - style.fontSize)
            canv.bookmarkHorizontal(self.dest, 0, self.height + air)
        base = self.height - style.fontSize
        left = style.leftIndent + style.firstLineIndent
        font, size = style.fontName, style.fontSize
        # written as reportlab writes it (pdf_text), bracketed as its saveState and
        # restoreState would (setFont sets the leading to 1.2 × the size)
        code = [
            fill_code(canv, style.textColor),
            text_code(canv, 0, base, self.hanging, font, size, size * 1.2) if self.hanging else "",
            text_code(canv, left, base, self.value, font, size, size * 1.2),
        ]
        if None not in code:
            canv._code.extend(("q", *(c for c in code if c), "Q"))
        else:
            canv.saveState()
            canv.setFont(font, size)
            canv.setFillColor(style.textColor)
            if self.hanging:
                canv.drawString(0, base, self.hanging)
            canv.drawString(left, base, self.value)
            canv.restoreState()
        if self.link is not None:
            dest, tail = self.link
            size = style.fontSize
            right = left + stringWidth(self.value, style.fontName, size)
            start = right - stringWidth(tail, style.fontName, size)
            canv.linkRect(
                "", dest, Rect=(start - 1, base - 0.3 * size, right + 1, base + size), relative=1
            )


class Pair(Flowable):  # type: ignore[misc]
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
            if len(parts) >= 2:
                return [*parts[:-1], Pair(parts[-1], self.second, split_first=True)]
        else:
            room = availHeight - self.h1 - self.gap
            parts = self.second.splitOn(self.canv, availWidth, room) if room > 0 else []
            if len(parts) >= 2:
                return [Pair(self.first, parts[0], split_first=False), *parts[1:]]
        frame = getattr(self, "_frame", None)
        if frame is None or not getattr(frame, "_atTop", False):
            return []  # try again at the top of the next page
        # Even a whole page cannot keep them together (a meta line or a source title
        # longer than a page): let them part rather than fail.
        if self.h1 + self.gap < availHeight:
            room = availHeight - self.h1 - self.gap
            return [
                self.first,
                *(self.second.splitOn(self.canv, availWidth, room) or [self.second]),
            ]
        return [
            *(self.first.splitOn(self.canv, availWidth, availHeight) or [self.first]),
            self.second,
        ]

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self.h2 + self.gap)
        self.second.drawOn(self.canv, 0, 0)


class Stack(Flowable):  # type: ignore[misc]
    """A few short flowables drawn as one block (a source document's title, details and
    address); a stack taller than the room it is offered flows on item by item."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        super().__init__()
        self.items = list(items)
        self.spaceBefore = self.items[0].getSpaceBefore()
        self.spaceAfter = self.items[-1].getSpaceAfter()
        self.heights: list[float] = []
        self.gaps = [
            max(a.getSpaceAfter(), b.getSpaceBefore()) for a, b in itertools.pairwise(self.items)
        ]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.heights = [item.wrapOn(self.canv, availWidth, availHeight)[1] for item in self.items]
        self.width, self.height = availWidth, sum(self.heights) + sum(self.gaps)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self.items) if len(self.items) > 1 else []

    def draw(self) -> None:
        y = self.height
        for i, (item, height) in enumerate(zip(self.items, self.heights, strict=True)):
            y -= height
            item.drawOn(self.canv, 0, y)
            if i < len(self.gaps):
                y -= self.gaps[i]


class Wrapped(Flowable):  # type: ignore[misc]
    """One flowable set in by ``indent``, with an optional bar at its left and an optional
    destination at its top; splits like the flowable it holds.

    A desk note is a run of these with a bar: each ``bridge``s the space below it, so the
    bars of consecutive blocks read as one line down the note's left side.
    """

    def __init__(
        self,
        inner: Flowable,
        *,
        indent: float = 0.0,
        bar: tuple[float, colors.Color] | None = None,
        dest: str | None = None,
        bridge: bool = False,
    ) -> None:
        super().__init__()
        self.inner = inner
        self.indent = indent
        self.bar = bar
        self.dest = dest
        self.bridge = bridge
        self.spaceBefore = inner.getSpaceBefore()
        self.spaceAfter = inner.getSpaceAfter()
        self.counted = getattr(inner, "counted", False)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, height = self.inner.wrapOn(self.canv, availWidth - self.indent, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.splitOn(self.canv, availWidth - self.indent, availHeight)
        last = len(parts) - 1
        return [
            Wrapped(
                part,
                indent=self.indent,
                bar=self.bar,
                dest=self.dest if i == 0 else None,
                bridge=self.bridge and i == last,
            )
            for i, part in enumerate(parts)
        ]

    def draw(self) -> None:
        canv = self.canv
        if self.dest is not None:
            canv.bookmarkHorizontal(self.dest, 0, self.height + self.spaceBefore)
        if self.bar is not None:
            width, fill = self.bar
            below = self.spaceAfter if self.bridge else 0.0
            canv.saveState()
            canv.setFillColor(fill)
            canv.rect(0, -below, width, self.height + below, stroke=0, fill=1)
            canv.restoreState()
        self.inner.drawOn(canv, self.indent, 0)


class Rule(Flowable):  # type: ignore[misc]
    """A short centred horizontal rule."""

    def __init__(self, length: float, fill: colors.Color, thickness: float) -> None:
        super().__init__()
        self.length = length
        self.fill = fill
        self.thickness = thickness
        self.avail = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.avail = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        x = (self.avail - self.length) / 2
        self.canv.setStrokeColor(self.fill)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, 0, x + self.length, 0)


class TocEntry(Flowable):  # type: ignore[misc]
    """One contents line: number, title, dot leaders, and the page number as a form XObject
    (``form_name``) that the renderer defines once the page is known."""

    def __init__(
        self,
        number: str,
        title: str,
        dest: str,
        style: ParagraphStyle,
        *,
        indent: float,
        number_width: float,
        page_width: float,
        space_before: float,
        leader: tuple[float, colors.Color],
    ) -> None:
        super().__init__()
        self.number = number
        self.dest = dest
        self.style = style
        self.indent = indent
        self.number_width = number_width
        self.page_width = page_width
        self.spaceBefore = space_before
        self.leader = leader
        if len(title) > TOC_TITLE_MAX:
            title = title[: TOC_TITLE_MAX - 1].rstrip() + "…"
        self.para = Para(text(title), style, set_from_right=False)
        self.width = 0.0
        self.height = 0.0

    @property
    def form_name(self) -> str:
        return f"toc.{self.dest}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        pitch = self.leader[0]
        text_width = availWidth - self.indent - self.number_width - self.page_width - 3 * pitch
        _, self.height = self.para.wrap(max(text_width, availWidth / 4), availHeight)
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
        if lines:
            last = lines[-1]
            extra = last[0] if isinstance(last, tuple) else last.extraSpace
            text_end = text_x + self.para.width - extra
            # dots on a fixed pitch so that leaders line up from one entry to the next
            pitch, leader_color = self.leader
            start = math.ceil((text_end + pitch) / pitch) * pitch
            stop = self.width - self.page_width
            if stop - start > pitch:
                canv.setStrokeColor(leader_color)
                canv.setLineWidth(pitch / 4)
                canv.setLineCap(1)
                canv.setDash([0, pitch])
                canv.line(
                    start, last_base + style.fontSize / 6, stop, last_base + style.fontSize / 6
                )
        canv.translate(self.width, last_base)
        canv.doForm(self.form_name)
        canv.restoreState()
        canv.linkRect("", self.dest, Rect=(self.indent, 0, self.width, self.height), relative=1)
