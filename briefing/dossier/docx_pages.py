"""Page furniture of a DOCX brief: page geometry, one Word section per top-level section,
and the headers and footers those sections carry.

LibreOffice (7.4) does not evaluate STYLEREF fields, so a running header that named "the
current Heading 1" showed the first section's title on every page there. Instead each
top-level section of the brief is a Word section of its own (starting a new page) whose
header holds its title as literal text, under the marking. All sections share one footer:
"Page X of Y" (PAGE and NUMPAGES fields in the words of ``labels.page_of``), the marking
and the date. The cover has the marking at its top and foot and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.hdrftr import FooterPart, HeaderPart
from lxml import etree

from briefing.dossier import docx_xml as x
from briefing.dossier.docx_layout import Metrics
from briefing.dossier.docx_styles import DocxStyles, ParaStyle
from briefing.dossier.docx_xml import half_points
from briefing.dossier.styles import StyleSheet

__all__ = ["Furniture", "PageGeometry", "section_properties"]

_PAGE_SIZES = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}
_TWIPS = {"A4": (11906, 16838), "Letter": (12240, 15840)}


@dataclass(frozen=True)
class PageGeometry:
    """Page size, margins and header/footer distances (points)."""

    width_twips: int
    height_twips: int
    margin: float
    header_distance: float
    footer_distance: float

    @classmethod
    def for_page(cls, page_size: str, sheet: StyleSheet) -> PageGeometry:
        w_twips, h_twips = _TWIPS.get(page_size, _TWIPS["A4"])
        # the header's first line (the marking) sits where the PDF prints its marking
        header = sheet.marking_top - sheet.marking_band.leading * 0.8
        footer = sheet.footer_y - sheet.header_footer.leading * 0.3
        return cls(w_twips, h_twips, sheet.margin, max(header, 12.0), max(footer, 12.0))

    @property
    def width(self) -> float:
        return self.width_twips / 20

    @property
    def height(self) -> float:
        return self.height_twips / 20

    @property
    def text_width(self) -> float:
        return self.width - 2 * x.twips(self.margin) / 20

    @property
    def text_height(self) -> float:
        return self.height - 2 * x.twips(self.margin) / 20


def section_properties(
    geometry: PageGeometry, header: str | None, footer: str | None
) -> etree._Element:
    """A ``w:sectPr`` starting its section on a new page, with its header and footer.

    CT_SectPr order: headerReference, footerReference, type, pgSz, pgMar, cols, docGrid.
    """
    sect = etree.Element(x.w("sectPr"), nsmap=x.NSMAP)
    if header is not None:
        x.SubElement(sect, x.w("headerReference"), {x.w("type"): "default", x.R_ID: header})
    if footer is not None:
        x.SubElement(sect, x.w("footerReference"), {x.w("type"): "default", x.R_ID: footer})
    x.SubElement(sect, x.w("type"), {x.VAL: "nextPage"})
    x.SubElement(
        sect,
        x.w("pgSz"),
        {x.w("w"): str(geometry.width_twips), x.w("h"): str(geometry.height_twips)},
    )
    margin = str(x.twips(geometry.margin))
    x.SubElement(
        sect,
        x.w("pgMar"),
        {
            x.w("top"): margin,
            x.w("right"): margin,
            x.w("bottom"): margin,
            x.w("left"): margin,
            x.w("header"): str(x.twips(geometry.header_distance)),
            x.w("footer"): str(x.twips(geometry.footer_distance)),
            x.w("gutter"): "0",
        },
    )
    x.SubElement(sect, x.w("cols"), {x.w("space"): "720"})
    x.SubElement(sect, x.w("docGrid"), {x.w("linePitch"): "360"})
    return sect


class Furniture:
    """Creates the header and footer parts of a brief and hands out their relationship ids."""

    def __init__(
        self,
        document_part: Any,
        styles: DocxStyles,
        *,
        title: str,
        marking: str,
        date_text: str,
        page_of: str,
        metrics: Metrics,
        text_width: float,
    ) -> None:
        self.part = document_part
        self.styles = styles
        self.metrics = metrics
        self.text_width = text_width
        self.title = title
        self.marking = marking
        self.date_text = date_text
        self.page_of = page_of
        self.maker = x.Maker()
        self.numpages: list[etree._Element] = []  # cached NUMPAGES results, set at the end
        self._footer: str | None = None

    def _story(self, part_class: Any, reltype: str) -> tuple[etree._Element, str]:
        part = part_class.new(self.part.package)
        root: etree._Element = part.element
        for child in list(root):
            root.remove(child)
        return root, self.part.relate_to(part, reltype)

    def _fit(self, value: str, style: ParaStyle, width: float, *, bold: bool = False) -> str:
        """``value`` shortened with "…" to fit ``width`` points on one line, as the PDF's
        running header does (a header that wraps would push the text down the page)."""
        text = style.text
        face = self.metrics.face(text.family, bold or text.bold, text.italic)
        size = half_points(text.size) / 2

        def fits(candidate: str) -> bool:
            tracking = style.tracking * len(candidate)
            return self.metrics.width(candidate, face, size) + tracking <= width

        if fits(value):
            return value
        lo, hi = 0, len(value)
        while lo < hi:  # the longest prefix that fits with an ellipsis
            mid = (lo + hi + 1) // 2
            if fits(value[:mid].rstrip() + "…"):
                lo = mid
            else:
                hi = mid - 1
        return value[:lo].rstrip() + "…"

    def _marking(self, root: etree._Element) -> None:
        p = self.maker.para(root, self.styles.marking.sid)
        if self.marking:
            self.maker.run(p, self._fit(self.marking, self.styles.marking, self.text_width))

    def cover_header(self) -> str:
        root, rel_id = self._story(HeaderPart, RT.HEADER)
        self._marking(root)
        return rel_id

    def cover_footer(self) -> str:
        root, rel_id = self._story(FooterPart, RT.FOOTER)
        self._marking(root)
        return rel_id

    def header(self, section_title: str) -> str:
        """A header: the marking, then the dossier title and this section's title."""
        root, rel_id = self._story(HeaderPart, RT.HEADER)
        self._marking(root)
        p = self.maker.para(root, self.styles.header.sid)
        size = self.styles.header.text.size
        title = self._fit(self.title, self.styles.header, self.text_width * 0.5 - size)
        text = self.styles.header.text
        face = self.metrics.face(text.family, text.bold, text.italic)
        room = self.text_width - self.metrics.width(title, face, half_points(size) / 2) - 2 * size
        self.maker.run(p, title)
        x.add_tab(p)
        self.maker.run(p, self._fit(section_title, self.styles.header, room, bold=True), bold=True)
        return rel_id

    def footer(self) -> str:
        """The footer every page after the cover shares (made once)."""
        if self._footer is not None:
            return self._footer
        root, rel_id = self._story(FooterPart, RT.FOOTER)
        p = self.maker.para(root, self.styles.footer.sid)
        for piece in re.split(r"(\{page\}|\{total\})", self.page_of):
            if piece == "{page}":
                x.add_field(p, "PAGE", "1")
            elif piece == "{total}":
                self.numpages.append(x.add_field(p, "NUMPAGES", "1"))
            elif piece:
                self.maker.run(p, piece)
        x.add_tab(p)
        # page label, marking and date share one line: each keeps to its share of it
        if self.marking:
            marking = self._fit(self.marking, self.styles.footer, self.text_width * 0.4, bold=True)
            self.maker.run(p, marking, char_style=self.styles.marking_char.sid)
        x.add_tab(p)
        self.maker.run(p, self._fit(self.date_text, self.styles.footer, self.text_width / 4))
        self._footer = rel_id
        return rel_id

    def set_total(self, pages: int) -> None:
        for t in self.numpages:
            t.text = str(pages)
