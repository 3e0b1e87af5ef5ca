"""The PDF brief's paragraph (``Para``): a reportlab Paragraph that links and bookmarks
itself, sets each run in a font that prints it, and takes faster ways through reportlab's
own breaking and drawing for the common plain and one-link paragraphs (each checked against
reportlab's result: tests/test_render_pdf_fast.py, tests/test_pdf_text.py).

Split from ``pdf_flowables`` (the other, simpler flowables), which re-exports ``Para``,
``Mark`` and ``HeadingListener`` for the modules that import them from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParaLines, _wsc, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefing.dossier.coverage import BODY, font_runs, is_rtl_text, needs_fallback
from briefing.dossier.pdf_lines import plain_lines
from briefing.dossier.pdf_scripts import fallback_frags, order_lines, script_style
from briefing.dossier.pdf_text import fill_code, paragraph_code, paragraph_links
from briefing.dossier.styles import FALLBACK_FONTS

__all__ = ["HeadingListener", "Mark", "Para"]


@dataclass(frozen=True)
class Mark:
    """A heading's identity: destination, outline entry, and what it means for the header."""

    dest: str
    number: str
    title: str
    level: int  # 0 for sections, contents and sources; 1 for sub-sections
    section_anchor: str | None  # dossier anchor whose page is reported, if any


class HeadingListener(Protocol):
    """Told when a heading is drawn (its page, outline entry, running header)."""

    def heading_drawn(self, canv: Canvas, mark: Mark, height: float) -> None: ...


_MARKUP = re.compile("[<&]")
# what reportlab's paragraph cleaner strips besides white space (its _wsc is white space
# to str.isspace, and this)
_ODD_SPACES = tuple(c for c in _wsc if not c.isspace())


def _is_clean(text: str) -> bool:
    """Whether reportlab's paragraph cleaner leaves ``text`` as it is: no white space other
    than single spaces between words. (Split and join in C: 1.4 µs for a statement, where
    one regular expression with the same alternatives took 11 µs.)"""
    return " ".join(text.split()) == text and not any(c in text for c in _ODD_SPACES)


# the fragment reportlab's parser makes of plain text in a style, by the style's id (the
# style is kept with it, so the id is never reused while the entry lives)
_plain_frags: dict[int, tuple[ParagraphStyle, Any]] = {}


def _plain_frag(style: ParagraphStyle, text: str) -> Any:
    """The fragment ``ParaParser`` makes of ``text`` (no tags, no entities) in ``style``."""
    found = _plain_frags.get(id(style))
    if found is None or found[0] is not style:
        parsed_style, parsed, _ = ParaParser().parse("x", style)
        if parsed_style is not style or not parsed or len(parsed) != 1:
            raise AssertionError(f"plain text in style {style.name} is not one fragment")
        found = _plain_frags[id(style)] = (style, parsed[0])
    template = found[1]
    frag = object.__new__(type(template))  # copy.copy, without its reduce protocol
    # the lists of a parsed fragment are its own: reportlab appends to them as it draws
    frag.__dict__.update(template.__dict__, link=[], us_lines=[], text=text)
    return frag


# a paragraph that is one internal link (a citation cell, a "see also" line), as
# ``pdf_styles.internal_link`` writes it, around text without tags or entities
_LINK = re.compile('<a href="#([^"&<>]*)" color="([^"&<>]*)">([^<&]+)</a>')
# the fragment reportlab's parser makes of such a link, by (style id, colour)
_link_frags: dict[tuple[int, str], tuple[ParagraphStyle, Any]] = {}


def _link_frag(style: ParagraphStyle, dest: str, color: str, text: str) -> Any | None:
    """The fragment ``ParaParser`` makes of ``<a href="#dest" color="color">text</a>`` in
    ``style`` (None when the parser would make more than one, or underline it)."""
    key = (id(style), color)
    found = _link_frags.get(key)
    if found is None or found[0] is not style:
        parsed_style, parsed, _ = ParaParser().parse(f'<a href="#x" color="{color}">x</a>', style)
        if (
            parsed_style is not style
            or not parsed
            or len(parsed) != 1
            or parsed[0].link != [(0, "#x")]
            or parsed[0].us_lines
        ):
            return None
        found = _link_frags[key] = (style, parsed[0])
    template = found[1]
    frag = object.__new__(type(template))
    frag.__dict__.update(template.__dict__, link=[(0, f"#{dest}".strip())], us_lines=[], text=text)
    return frag


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph with extras that survive splitting (on the first or last part).

    ``hanging`` is printed in the left indent on the first line (heading and annex numbers);
    ``mark`` makes it a heading that reports itself to ``listener`` when drawn; ``dest`` is a
    destination name set at its top; ``link`` = (destination, tail) makes the trailing
    ``tail`` of its last line a link; ``counted`` advances the progress count once laid out.

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
        mark: Mark | None = None,
        dest: str | None = None,
        link: tuple[str, str] | None = None,
        listener: HeadingListener | None = None,
        counted: bool = False,
        set_from_right: bool = True,
    ) -> None:
        # direction of the paragraph when it holds right-to-left text (None: none to order)
        self.rtl: bool | None = None
        self._broken: tuple[Any, Any] | None = None  # (width, frags) → lines of shaped text
        fallback = False
        if text is not None and frags is None and needs_fallback(text):
            fallback = True
            style = self._script_style(text, style, set_from_right)
        self._plain_ok = not fallback
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        if fallback:
            parsed: list[Any] = getattr(self, "frags")  # noqa: B009 (reportlab sets it untyped)
            self.frags = fallback_frags(parsed)
        self.hanging = hanging
        self.mark = mark
        self.dest = dest
        self.link = link
        self.listener = listener
        self.counted = counted

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        # Text without tags or entities (most fact and annex lines) is one fragment in the
        # style's font: made from the style's template, it skips reportlab's HTML parser,
        # a tenth of laying out a 1,000-fact brief.
        if (
            frags is None
            and getattr(self, "_plain_ok", False)
            and isinstance(text, str)
            and not _MARKUP.search(text)
        ):
            # reportlab's cleaner (whitespace runs to one space, ends stripped: 4 µs a
            # paragraph) leaves text that has nothing to collapse as it is
            clean = text if _is_clean(text) else cleaner(text)
            if clean:
                frags = [_plain_frag(style, clean)]
                textTransformFrags(frags, style)
                text = clean
        elif (
            frags is None
            and getattr(self, "_plain_ok", False)
            and isinstance(text, str)
            and text.startswith('<a href="#')
        ):
            # one internal link (277 citation cells and "see also" lines in a 1,000-fact
            # brief): its fragment from the style's template, without the HTML parser
            clean = text if _is_clean(text) else cleaner(text)
            found = _LINK.fullmatch(clean)
            frag = _link_frag(style, *found.groups()) if found is not None else None
            if frag is not None:
                frags = [frag]
                textTransformFrags(frags, style)
                text = clean
        super()._setup(text, style, bulletText, frags, cleaner)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts and isinstance(parts[0], Para) and isinstance(parts[-1], Para):
            first, last = parts[0], parts[-1]
            first.hanging, first.mark, first.dest = self.hanging, self.mark, self.dest
            first.listener, first.counted = self.listener, self.counted
            last.link = self.link
        for part in parts:
            if isinstance(part, Para):
                part.rtl = self.rtl
        if len(parts) == 2 and isinstance(parts[1], Para):
            self._hand_on_lines(parts[0], parts[1])
        return parts

    def _hand_on_lines(self, first: Flowable, rest: Para) -> None:
        """Give the part after a page break the lines this paragraph already broke for it.

        reportlab breaks the rest of a split paragraph again from its first word: for
        shaped text, run through the shaper's fragments, that made a long Arabic quote
        cost the square of its pages. Breaking greedily from the same word at the same
        width gives the same lines, so they are handed on (renumbered) instead.
        """
        broken = self._broken
        if broken is None or not hasattr(first, "blPara"):
            return
        if self.rtl is None and not self.style.shaping:
            return  # unshaped text breaks again cheaply (and exactly as reportlab does)
        (widths, _), lines = broken
        if not isinstance(widths, tuple) or len(set(widths)) != 1 or lines.kind != 1:
            return  # a first line of its own width (an indent, a bullet) breaks anew
        kept = len(first.blPara.lines)
        if kept >= len(lines.lines):
            return
        base = lines.lines[kept].sFW
        moved = [line.clone(sFW=line.sFW - base) for line in lines.lines[kept:]]
        rest._broken = ((widths, id(rest.frags)), ParaLines(kind=1, lines=moved))

    def _script_style(
        self, markup: str, style: ParagraphStyle, set_from_right: bool
    ) -> ParagraphStyle:
        """The style for text with characters outside the body fonts: shaped when a run
        needs it, set from the right when the paragraph is mostly right-to-left (unless
        ``set_from_right`` is off: a contents line keeps its title left of the leaders)."""
        shaped = rtl_runs = False
        for _, index in font_runs(markup):
            if index > BODY:
                font = FALLBACK_FONTS[index - 1]
                shaped = shaped or font.shaped
                rtl_runs = rtl_runs or font.rtl
        if rtl_runs:
            self.rtl = is_rtl_text(markup)
        return script_style(style, shaped or rtl_runs, bool(self.rtl) and set_from_right)

    def breakLines(self, width: Any) -> Any:
        key = (tuple(width) if isinstance(width, list | tuple) else width, id(self.frags))
        if self._broken is not None and self._broken[0] == key:
            # A frame, a Pair, a table (twice: measuring, then drawing its cells) and a
            # split each wrap a paragraph again at the same width: same width, same lines.
            # A 1,000-fact brief broke 7,853 paragraphs for 5,556 (the key figures' cells
            # 2-3 times each); shaped text re-broken every time made a long Arabic quote
            # grow quadratically (20,000 characters: 2.3 s).
            return self._broken[1]
        lines = plain_lines(self, width) if self.rtl is None else None
        if lines is None:
            lines = super().breakLines(width)
            if self.rtl is not None and lines.kind == 1:
                order_lines(lines.lines, self.frags, self.rtl)
        # keyed by the fragments as breaking left them: shaping replaces ``self.frags``
        # with shaped ones, which must never be shaped again (harfbuzz refuses them)
        self._broken = ((key[0], id(self.frags)), lines)
        return lines

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        if self.mark is not None and self.listener is not None:
            self.listener.heading_drawn(canv, self.mark, self.height)
        if self.dest is not None:  # a line's worth of air above the text
            air = max(style.spaceBefore, style.leading - style.fontSize)
            canv.bookmarkHorizontal(self.dest, 0, self.height + air)
        if self.hanging:
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(0, self.height - style.fontSize, self.hanging)
        code = paragraph_code(self)
        fill = None if code is None else fill_code(canv, self.blPara.textColor)
        if fill is not None:
            # what reportlab's drawPara writes, written directly (pdf_text): nothing of
            # the canvas's own state changes between its saveState and restoreState
            canv._code.extend(("q", fill, code, "Q"))
            for dest, rect in paragraph_links(self):
                canv.linkRect("", dest, rect, relative=1)
        elif code is not None:
            canv.saveState()
            canv.setFillColor(self.blPara.textColor)
            canv._code.append(code)
            for dest, rect in paragraph_links(self):
                canv.linkRect("", dest, rect, relative=1)
            canv.restoreState()
        else:
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
