"""Text the body fonts lack, in a PDF paragraph: fallback fonts, shaping, visual order.

``Para`` (``pdf_flowables``) calls these for a paragraph holding such text: the style
variant that has reportlab shape it with harfbuzz (and set it from the right when it is
mostly right-to-left), the parsed fragments cut into runs of the font that has their
glyphs (``coverage.font_runs``), and, once the lines are broken, each line's words put in
visual order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from bidi.algorithm import get_display  # the pure-Python algorithm: it mirrors brackets
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from briefing.dossier.coverage import BODY, font_runs, needs_fallback
from briefing.dossier.fonts import RTL_FACES, install_shaping_by_font, pdf_fallback, pdf_fonts

__all__ = ["fallback_frags", "order_lines", "script_style"]

_variants: dict[tuple[int, bool, bool], ParagraphStyle] = {}


def script_style(style: ParagraphStyle, shaped: bool, rtl: bool) -> ParagraphStyle:
    """``style`` shaped (harfbuzz) and/or aligned from the right (cached per style)."""
    if not (shaped or rtl):
        return style
    key = (id(style), shaped, rtl)
    found = _variants.get(key)
    if found is None or found.parent is not style:
        if len(_variants) > 256:  # each render builds its styles anew: keep only recent ones
            _variants.clear()
        align = TA_RIGHT if rtl and style.alignment == TA_LEFT else style.alignment
        found = ParagraphStyle(
            f"{style.name}.script", parent=style, shaping=int(shaped), alignment=align
        )
        _variants[key] = found
    return found


def fallback_frags(frags: list[Any]) -> list[Any]:
    """The parsed fragments with each run the body font lacks in the fallback that has it
    (bold inside bold text); what no font has stays in the body font and is reported by
    the export."""
    install_shaping_by_font()
    bold_faces = pdf_fonts().bold_faces
    out: list[Any] = []
    for frag in frags:
        value = getattr(frag, "text", None)
        if not value or hasattr(frag, "cbDefn") or not needs_fallback(value):
            out.append(frag)
            continue
        bold = frag.fontName in bold_faces
        for piece, index in font_runs(value):
            name = pdf_fallback(index, bold) if index > BODY else None
            out.append(frag.clone(text=piece, fontName=name) if name else frag.clone(text=piece))
    return out


def _word_direction(word: Sequence[Any]) -> bool | None:
    """True for a right-to-left word (set in a right-to-left font), False for one with a
    left-to-right letter, None for digits and punctuation (they follow their neighbours)."""
    strong: bool | None = None
    for frag, piece in word[1:]:
        name = getattr(frag, "fontName", "")
        if name in RTL_FACES:
            return True
        if strong is None and any(unicodedata.bidirectional(ch) == "L" for ch in piece):
            strong = False
    return strong


def _neutral_rtl(piece: Any) -> Any:
    """Digits and punctuation inside right-to-left text ("(2025)." after a Hebrew word) in
    visual order, brackets mirrored: python-bidi's display order of the piece on its own.
    Letters are left alone (harfbuzz has ordered those), and so is a piece the shaper
    changed (its glyph positions are tied to its order)."""
    if type(piece) is not str or not piece or piece.isspace():
        return piece
    if any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in piece):
        return piece
    return get_display(piece, base_dir="R")


def order_lines(lines: Sequence[Any], words: Sequence[Any], rtl: bool) -> None:
    """Put the words of each laid-out line in visual order.

    reportlab breaks the lines in reading order and draws each line's words left to right;
    harfbuzz has already put the letters of each right-to-left word in visual order. What
    is left is the order of the words: the Unicode bidirectional algorithm's levels
    (rules W/N/I) taken at word granularity (a word's direction is its font's; digits and
    punctuation between two words of one direction take it, else the paragraph's), then
    rule L2 (reverse every run at or above each level). reportlab's own reordering needs
    ``rlbidi`` and skips paragraphs of more than one font, which every mixed-script
    paragraph is.
    """
    for i, line in enumerate(lines):
        start = line.sFW
        stop = lines[i + 1].sFW if i + 1 < len(lines) else len(words)
        own = [w for w in words[start:stop] if any(piece for _, piece in w[1:])]
        if not own:
            continue
        kinds = [_word_direction(w) for w in own]
        resolved: list[bool] = []
        for j, kind in enumerate(kinds):
            if kind is None:
                before = next((k for k in reversed(kinds[:j]) if k is not None), rtl)
                after = next((k for k in kinds[j + 1 :] if k is not None), rtl)
                kind = before if before == after else rtl
            resolved.append(kind)
        levels = [(1 if k else 2) if rtl else (1 if k else 0) for k in resolved]
        order = list(range(len(own)))
        for level in range(max(levels), 0, -1):
            j = 0
            while j < len(order):
                if levels[order[j]] >= level:
                    k = j
                    while k < len(order) and levels[order[k]] >= level:
                        k += 1
                    order[j:k] = order[j:k][::-1]
                    j = k
                else:
                    j += 1
        new: list[Any] = []
        for n, j in enumerate(order):
            parts = own[j][1:]
            rtl_word = levels[j] % 2 == 1
            if rtl_word:  # the fonts' parts of a right-to-left word, right to left
                parts = parts[::-1]
            for frag, piece in parts:
                if hasattr(frag, "cbDefn"):
                    continue
                g = frag.clone()
                g.text = _neutral_rtl(piece) if rtl_word else piece
                new.append(g)
            if n < len(order) - 1 and new:
                new[-1].text = new[-1].text + " "
        tail = [g for g in line.words if not getattr(g, "text", "")]
        line.words = new + tail
