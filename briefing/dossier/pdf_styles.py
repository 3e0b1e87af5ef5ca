"""The StyleSheet as reportlab objects, and user text as Paragraph markup that prints literally.

Every size and colour comes from ``briefing.dossier.styles``: this module only translates a
``TextStyle`` into a ``ParagraphStyle`` (the DOCX renderer does the same into Word styles).
Every piece of user text goes through ``text`` (XML escaping) before it reaches reportlab's
Paragraph markup, so statements print literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from briefing.dossier.fonts import FontFamily, PdfFonts, pdf_fonts
from briefing.dossier.markup import Run
from briefing.dossier.styles import STYLES, StyleSheet, TextStyle

__all__ = ["PdfStyles", "attr", "color", "face", "runs_markup", "text"]

# Characters XML (and so reportlab's markup parser) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# what ``xml.sax.saxutils.escape`` replaces (that module imports urllib.request: 6 ms of
# every PDF export's start)
_XML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_XML_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def text(value: str) -> str:
    """User text → Paragraph markup that prints it literally."""
    if _CONTROL.search(value):
        value = _CONTROL.sub(" ", value)
    if "&" in value or "<" in value or ">" in value:  # translate is 10 ns a character
        return value.translate(_XML)
    return value


def attr(value: str) -> str:
    """User text → a double-quoted markup attribute value."""
    return _CONTROL.sub("", value).translate(_XML_ATTR)


@lru_cache(maxsize=64)
def color(hex_value: str) -> colors.Color:
    """A StyleSheet colour ("#1f3a5f") as a reportlab colour."""
    return colors.HexColor(hex_value)


def face(fonts: PdfFonts, style: TextStyle) -> str:
    """The registered font name of a text style (family, weight and slant)."""
    family: FontFamily = fonts.serif if style.family == "serif" else fonts.sans
    if style.bold:
        return family.bold_italic if style.italic else family.bold
    return family.italic if style.italic else family.regular


def paragraph_style(
    name: str, style: TextStyle, fonts: PdfFonts, **extra: float | int | str
) -> ParagraphStyle:
    """A ``TextStyle`` as a reportlab ``ParagraphStyle``; ``extra`` sets layout-only
    attributes (a heading's number column, keepWithNext)."""
    font = face(fonts, style)
    params: dict[str, object] = {
        "fontName": font,
        "bulletFontName": font,
        "fontSize": style.size,
        "leading": style.leading,
        "textColor": color(style.color),
        "spaceBefore": style.space_before,
        "spaceAfter": style.space_after,
        "leftIndent": style.indent,
        "alignment": _ALIGN.get(style.align, TA_LEFT),
    }
    params.update(extra)
    return ParagraphStyle(name, **params)


@dataclass(frozen=True)
class PdfStyles:
    """The paragraph styles of a brief, built once per render from a StyleSheet."""

    sheet: StyleSheet
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
    source_title: ParagraphStyle
    source_details: ParagraphStyle
    source: ParagraphStyle
    quote: ParagraphStyle
    key_point: ParagraphStyle
    person_name: ParagraphStyle
    person_role: ParagraphStyle
    see_also: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    cover_marking: ParagraphStyle
    handling: ParagraphStyle
    chart_title: ParagraphStyle
    chart_unit: ParagraphStyle

    @classmethod
    def build(
        cls, sheet: StyleSheet = STYLES, h1_indent: float = 0.0, h2_indent: float = 0.0
    ) -> PdfStyles:
        """The styles; ``h*_indent`` is the width of the heading-number column."""
        fonts = pdf_fonts()

        def ps(name: str, style: TextStyle, **extra: float | int | str) -> ParagraphStyle:
            return paragraph_style(name, style, fonts, **extra)

        return cls(
            sheet=sheet,
            fonts=fonts,
            body=ps("body", sheet.body),
            list_item=ps("list_item", sheet.list_item),
            meta=ps("meta", sheet.meta),
            h1=ps("h1", sheet.h1, leftIndent=h1_indent, keepWithNext=1),
            h2=ps("h2", sheet.h2, leftIndent=h2_indent, keepWithNext=1),
            h_plain=ps("h_plain", sheet.h1, keepWithNext=1),
            toc1=ps("toc1", sheet.toc1),
            toc2=ps("toc2", sheet.toc2),
            cell=ps("cell", sheet.cell),
            cell_head=ps("cell_head", sheet.cell_head),
            source_title=ps("source_title", sheet.source_title),
            source_details=ps("source_details", sheet.source_details),
            source=ps("source", sheet.source),
            quote=ps("quote", sheet.quote),
            key_point=ps("key_point", sheet.key_point),
            person_name=ps("person_name", sheet.person_name),
            person_role=ps("person_role", sheet.person_role),
            see_also=ps("see_also", sheet.see_also),
            cover_kicker=ps("cover_kicker", sheet.cover_kicker),
            cover_title=ps("cover_title", sheet.cover_title),
            cover_subtitle=ps("cover_subtitle", sheet.cover_subtitle),
            cover_label=ps("cover_label", sheet.cover_label),
            cover_value=ps("cover_value", sheet.cover_value),
            cover_marking=ps("cover_marking", sheet.cover_marking),
            handling=ps("handling", sheet.handling),
            chart_title=ps("chart_title", sheet.chart_title, keepWithNext=1),
            chart_unit=ps("chart_unit", sheet.chart_unit, keepWithNext=1),
        )


def runs_markup(runs: Iterable[Run], styles: PdfStyles) -> str:
    """Styled runs → Paragraph markup; every ``Run.text`` and href is escaped."""
    palette = styles.sheet.palette
    parts: list[str] = []
    for run in runs:
        piece = text(run.text)
        if run.code:
            piece = (
                f'<font face="{styles.fonts.sans.regular}" backColor="{palette.code_fill}">'
                f"{piece}</font>"
            )
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.href:
            piece = f'<a href="{attr(run.href)}" color="{palette.link}">{piece}</a>'
        parts.append(piece)
    return "".join(parts)


def internal_link(markup: str, dest: str, styles: PdfStyles) -> str:
    """Markup linking to a destination of this document (a fact, a source entry)."""
    return f'<a href="#{attr(dest)}" color="{styles.sheet.palette.link}">{markup}</a>'
