"""Text operators of a PDF brief written as reportlab writes them, with fewer Python calls.

A 1,000-fact brief draws about 5,000 lines of plain text (statements, fact lines, annex
entries, "Page 3 of"). reportlab writes each through a text object: a paragraph's
``drawPara`` and ``Canvas.drawString`` build a ``PDFTextObject``, format every line with
``_formatText`` (its state saved and restored around each), and map every character to
its subset code in ``TTFont.splitString``, one Python step per character. That was a
third of laying the brief out. This module writes the same bytes:

* ``FastTTFont`` maps a string whose characters all have codes with ``str.translate``
  (the codes were given by reportlab's own ``splitString``, which still meets every new
  character first);
* ``string_code`` / ``text_code`` is what ``Canvas.drawString`` appends for a plain string,
  ``fill_code`` what ``Canvas.setFillColor`` appends for an RGB colour;
* ``paragraph_code`` is the text object ``Paragraph.drawPara`` appends for a paragraph of
  plain lines (one style, no bullet, no border or background, no underline or link), or
  None for any other paragraph, which reportlab then draws itself.

The tests in ``tests/test_pdf_text.py`` hold each equal to reportlab's output.
"""

from __future__ import annotations

import re
import weakref
from itertools import islice
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "FastTTFont",
    "fill_code",
    "paragraph_code",
    "paragraph_links",
    "string_code",
    "text_code",
]


class _Codes:
    """The subset codes reportlab gave the characters of one font in one document:
    ``tables[s]`` maps a character of subset ``s`` to its byte, ``coded`` any known
    character to its full code (subset × 256 + byte), for ``str.translate``."""

    __slots__ = ("coded", "count", "known", "runs", "tables")

    def __init__(self) -> None:
        self.count = 0  # how many of the state's assignments are read in
        self.known: set[str] = set()
        self.coded: dict[int, int] = {}
        self.tables: list[dict[int, int]] = []
        self.runs: re.Pattern[str] = _runs(0)

    def read(self, assignments: dict[int, int]) -> None:
        """Take in the assignments made since the last read (reportlab only adds them)."""
        if len(assignments) < self.count:  # never happens; start again rather than lie
            self.__init__()  # type: ignore[misc]
        for code, n in islice(assignments.items(), self.count, None):
            subset = n >> 8
            while len(self.tables) <= subset:
                self.tables.append({})
                self.runs = _runs(len(self.tables))
            for char in (code, 0xA0) if code == 32 else (code,):
                # reportlab prints a no-break space with the space's code
                self.known.add(chr(char))
                self.coded[char] = n
                self.tables[subset][char] = n & 0xFF
        self.count = len(assignments)


def _runs(subsets: int) -> re.Pattern[str]:
    """Runs of full codes in one subset (one high byte)."""
    ranges = (
        f"[{re.escape(chr(s << 8))}-{re.escape(chr((s << 8) | 0xFF))}]+" for s in range(subsets)
    )
    return re.compile("|".join(ranges) or "(?!)")


class FastTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose ``splitString`` answers a string of characters that already
    have codes without a Python step per character; anything else is reportlab's own."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        # the state of the document drawn last, without the weak-keyed lookup (which makes
        # a weak reference per call: 8,500 calls a brief)
        last = self.__dict__.get("_briefing_last")
        if last is not None and last[0]() is doc:
            state = last[1]
        else:
            state = self.state.get(doc)
            if state is not None:
                self._briefing_last = (weakref.ref(doc), state)
        if state is not None and text and type(text) is str:
            codes: _Codes | None = getattr(state, "_briefing_codes", None)
            if codes is None:
                codes = state._briefing_codes = _Codes()
            if codes.count != len(state.assignments):
                codes.read(state.assignments)
            # a character the font lacks is never assigned: such a string goes to reportlab
            if codes.known.issuperset(text):
                tables = codes.tables
                if len(tables) == 1:
                    return [(0, text.translate(tables[0]).encode("latin-1"))]
                out = []
                for run in codes.runs.finditer(text.translate(codes.coded)):
                    subset = ord(run.group()[0]) >> 8
                    chunk = text[run.start() : run.end()]
                    out.append((subset, chunk.translate(tables[subset]).encode("latin-1")))
                return out
        return super().splitString(text, doc, encoding)


def _show(
    canv: Any, font: Any, size: float, leading: float, text: str, subset: int
) -> tuple[str, int]:
    """``PDFTextObject._formatText`` of ``text`` for a TrueType font, and the subset it
    leaves current (``subset`` is the current one, -1 after a font change)."""
    doc = canv._doc
    chunks = font.splitString(text, doc)
    if len(chunks) == 1 and chunks[0][0] == subset:  # a paragraph's next line, mostly
        return f"({canv._escape(chunks[0][1])}) Tj", subset
    parts: list[str] = []
    tmpl = None
    for sub, chunk in chunks:
        if sub != subset:
            if tmpl is None:
                tmpl = f"{fp_str(size)} Tf {fp_str(leading)} TL"
            parts.append(f"{font.getSubsetInternalName(sub, doc)} {tmpl}")
            subset = sub
        parts.append(f"({canv._escape(chunk)}) Tj")
    return " ".join(parts), subset


def _plain_font(name: str) -> Any:
    """The registered font ``name`` when it is a TrueType font this module writes."""
    font = pdfmetrics.getFont(name)
    return font if isinstance(font, FastTTFont) else None


def text_code(
    canv: Any, x: float, y: float, text: str, font_name: str, size: float, leading: float
) -> str | None:
    """What ``canv.drawString(x, y, text)`` appends to the page with the canvas's font set
    to ``font_name``, ``size``, ``leading``; None when that font is not one this module
    writes (then draw it as usual)."""
    font = _plain_font(font_name)
    if font is None or not canv.bottomup:
        return None
    shown, _ = _show(canv, font, size, leading, text, -1)
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} T* ET"


def string_code(canv: Any, x: float, y: float, text: str) -> str | None:
    """What ``canv.drawString(x, y, text)`` appends to the page, in the canvas's current
    font; None when that font is not one this module writes."""
    return text_code(canv, x, y, text, canv._fontname, canv._fontsize, canv._leading)


def fill_code(canv: Any, color: Any) -> str | None:
    """What ``canv.setFillColor(color)`` appends, when it changes nothing else: an RGB
    colour whose alpha the graphics state already has (else None: set it as usual)."""
    if type(color) is not Color or canv._enforceColorSpace:
        return None
    if color.alpha is not None and canv._extgstate.getValue("ca") != color.alpha:
        return None
    return f"{fp_str(color.red, color.green, color.blue)} rg"


def paragraph_code(para: Any) -> str | None:
    """The text object ``para.drawPara()`` appends between its fill colour and its
    ``restoreState``, for a laid-out paragraph of plain lines; None for any paragraph
    this does not cover exactly (reportlab draws those). A paragraph that is one internal
    link is covered: ``paragraph_links`` gives the rectangles drawPara adds."""
    blpara = para.blPara
    lines = blpara.lines
    style = para.style
    canv = para.canv
    if (
        blpara.kind != 0
        or not lines
        or para.bulletText
        or style.alignment not in (TA_LEFT, TA_JUSTIFY)
        or style.firstLineIndent
        or style.backColor
        or (style.borderColor and style.borderWidth)
        or style.wordWrap
        or style.shaping
        or style.endDots
        or getattr(para, "autoLeading", getattr(style, "autoLeading", ""))
        or hasattr(para, "_offsets")
        or getattr(para, "debug", 0)
        or "preformatted" in type(para).__name__.lower()
        or getattr(blpara, "us_lines", None)
        or any(not str(link).startswith("#") for _, link in getattr(blpara, "link", None) or ())
        or not canv.bottomup
    ):
        return None
    font = _plain_font(blpara.fontName)
    if font is None:
        return None
    size, leading = blpara.fontSize, style.leading
    top = size if rl_config.paraFontSizeHeightOffset else getattr(blpara, "ascent", size)
    code = [f"BT 1 0 0 1 {fp_str(style.leftIndent, para.height - top)} Tm"]
    justify = style.alignment == TA_JUSTIFY
    last_index = len(lines) - 1
    no_justify_last = not getattr(para, "_JustifyLast", False)
    jllwc = style.justifyLastLine
    subset = -1
    for i, (extra, words) in enumerate(lines):
        text = " ".join(words)
        if justify:
            last = no_justify_last and i == last_index
            if last and jllwc and len(words) > jllwc:
                last = False
            simple = -1e-8 < extra <= 1e-8 or (last and extra > -1e-8)
        else:
            simple = extra > -1e-8
        spaces = 0
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        shown, subset = _show(canv, font, size, leading, text, subset)
        if simple:
            code.append(f"{shown} T*")
        else:
            code.append(f"{fp_str(extra / float(spaces))} Tw")
            code.append(f"{shown} T*")
            code.append("0 Tw")
    code.append("ET")
    return " ".join(code)


def paragraph_links(para: Any) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The internal links ``para.drawPara()`` adds for a paragraph ``paragraph_code``
    covers, in its order: (destination, rectangle relative to the paragraph) per line and
    link, as ``_do_link_line`` measures them."""
    blpara = para.blPara
    links = getattr(blpara, "link", None)
    if not links:
        return []
    style = para.style
    size, leading = blpara.fontSize, style.leading
    top = size if rl_config.paraFontSizeHeightOffset else getattr(blpara, "ascent", size)
    cur_y = para.height - top
    left = 0 + style.leftIndent  # the line's offset (no first-line indent here) + indent
    out = []
    for i, (_, words) in enumerate(blpara.lines):
        y = cur_y - i * leading - size / 8.0
        width = pdfmetrics.stringWidth(" ".join(words), blpara.fontName, size)
        for _, link in links:
            if link:
                out.append((link[1:], (left, y, left + width, y + leading)))
    return out
